"""Where a name starts: a verb done to a term of the field is no part of it (sentences written for
these tests)."""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.activities import run
from loaders.document import Document


def _labels(text: str) -> set[str]:
    doc = run(segment.run(Document(path=Path("x.txt"), text="某县经验\n" + text)))
    return {e.label for e in doc.entities.values()}


def test_a_verb_before_a_term_is_the_clauses_deed() -> None:
    labels = _labels("该区深化拓展新时代文明实践中心建设，各村完善提升网格化管理。")
    assert "新时代文明实践中心" in labels
    assert not any(label.startswith(("拓展", "提升")) for label in labels)
