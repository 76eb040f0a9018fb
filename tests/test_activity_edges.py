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


def test_a_scope_before_a_name_is_no_part_of_it() -> None:
    labels = _labels("全镇共富工坊吸纳就业600人，各乡镇调解工作室全部挂牌。")
    assert "共富工坊" in labels
    assert not any(label.startswith(("全镇", "各乡镇")) for label in labels)


def test_a_title_won_after_its_scope_is_an_honour() -> None:
    labels = _labels("该公司党委被省国资委评为全省国有企业党建工作示范点。")
    assert not any(label.endswith("示范点") for label in labels)


def test_a_pilot_of_a_named_mechanism_is_one_name() -> None:
    labels = _labels("该县推进林下资源价值实现机制试点。")
    assert "林下资源价值实现机制试点" in labels
    assert "机制试点" not in labels


def test_words_listed_before_a_name_share_it() -> None:
    labels = _labels("该镇健全了法治、自治、德治社区治理体系。")
    assert "法治、自治、德治社区治理体系" in labels
    assert "德治社区治理体系" not in labels
