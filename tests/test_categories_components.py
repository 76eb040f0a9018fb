"""Categories from an activity's name and its sentence's field of work; componentOf only where the text ties
the part to its whole. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from loaders.activities import categories_for
from loaders.document import Document
from loaders.pipeline import extract


def _doc(text: str) -> Document:
    return extract(Document(path=Path("x.txt"), text=text))


def _categories(doc: Document) -> dict[str, set[str]]:
    return {e.label: e.categories for e in doc.entities.values() if e.cls in ("Initiative", "Mechanism")}


def test_a_sentence_lends_its_field_of_work_but_not_its_methods() -> None:
    doc = _doc("青川县社区治理经验\n青川县建立“楼栋议事会”制度,服务小区物业,每年评选十佳楼栋。\n")
    cats = _categories(doc)["“楼栋议事会”制度"]
    assert "PropertyManagement" in cats  # 物业: the field the sentence works in
    assert "EvaluationRanking" not in cats  # 评选: another deed of the sentence, not this council


def test_a_method_in_the_name_itself_still_counts() -> None:
    doc = _doc("青川县社区治理经验\n青川县建立“亮绩晒单”考评机制,激励干部担当作为。\n")
    assert "EvaluationRanking" in _categories(doc)["“亮绩晒单”考评机制"]


def test_overlapping_keywords_of_one_name_all_count() -> None:
    assert {"EvaluationRanking", "PartyMemberManagement"} <= categories_for({"党员积分量化管理"})


def test_a_star_rating_of_enterprises_is_an_evaluation_not_a_party_branch() -> None:
    cats = categories_for({"物业企业星级评定"})
    assert "EvaluationRanking" in cats and "StarRatedBranch" not in cats
    assert "StarRatedBranch" in categories_for({"五星支部创建"})
