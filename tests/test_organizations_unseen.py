"""Organization names in prose nobody tuned for: what a longer name implies, which sites name a
page, and bodies named by what they do.

Every sentence here is invented (counties of the division data, made-up towns, villages and bodies).
"""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.document import Document
from loaders.names import stage as organizations


def _doc(text: str) -> Document:
    return organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))


def test_an_owner_written_only_inside_a_longer_name_is_implied_not_mentioned() -> None:
    doc = _doc("临朐县推进机关党建\n县委组织部机关党支部开展学习，县教育局党组部署任务。")
    by_label = {e.label: e for e in doc.entities.values()}
    branch = by_label["临朐县委组织部机关党支部"]
    assert branch.passages
    owner = by_label["临朐县委组织部"]  # kept for the partOf chain, drawn from no passage of its own
    assert owner.passages == []
    assert any(r.subject == branch.key and r.object == owner.key for r in doc.relations)
    assert by_label["临朐县教育局"].passages == []


def test_an_owner_written_on_its_own_keeps_its_passage() -> None:
    doc = _doc("临朐县推进机关党建\n县委组织部牵头，县委组织部机关党支部开展学习。")
    by_label = {e.label: e for e in doc.entities.values()}
    assert by_label["临朐县委组织部"].passages
