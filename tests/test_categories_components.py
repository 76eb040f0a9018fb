"""Categories from an activity's name and, for a name that says no field, its sentence's field of work;
componentOf only where the text ties the part to its whole. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from loaders.activities import categories_for
from loaders.document import Document
from loaders.pipeline import extract


def _doc(text: str) -> Document:
    return extract(Document(path=Path("x.txt"), text=text))


def _categories(doc: Document) -> dict[str, set[str]]:
    return {e.label: e.categories for e in doc.entities.values() if e.cls in ("Initiative", "Mechanism")}


def _parts(doc: Document) -> set[tuple[str, str]]:
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "componentOf"}


def test_a_sentence_lends_its_field_of_work_but_not_its_methods() -> None:
    doc = _doc("青川县社区治理经验\n青川县建立“三联三帮”制度,服务小区物业,每年评选十佳楼栋。\n")
    cats = _categories(doc)["“三联三帮”制度"]
    assert "PropertyManagement" in cats  # 物业: the field the sentence works in
    assert "EvaluationRanking" not in cats  # 评选: another deed of the sentence, not this practice


def test_a_name_that_says_its_field_takes_none_from_its_sentence() -> None:
    doc = _doc("青川县社区治理经验\n青川县建立“楼栋议事会”制度,服务小区物业,每年评选十佳楼栋。\n")
    cats = _categories(doc)["“楼栋议事会”制度"]
    assert "DemocraticConsultation" in cats
    assert "PropertyManagement" not in cats  # a council that serves property owners is still a council


def test_a_method_in_the_name_itself_still_counts() -> None:
    doc = _doc("青川县社区治理经验\n青川县建立“亮绩晒单”考评机制,激励干部担当作为。\n")
    assert "EvaluationRanking" in _categories(doc)["“亮绩晒单”考评机制"]


def test_overlapping_keywords_of_one_name_all_count() -> None:
    assert {"EvaluationRanking", "PartyMemberManagement"} <= categories_for({"退休党员积分量化激励"})


def test_a_star_rating_of_enterprises_is_an_evaluation_not_a_party_branch() -> None:
    cats = categories_for({"物业企业星级评定"})
    assert "EvaluationRanking" in cats and "StarRatedBranch" not in cats
    assert "StarRatedBranch" in categories_for({"五星支部创建"})


LAYOUT = (
    "青川县基层治理经验\n"
    "近年来,青川县深入推进基层治理,群众满意度持续提升。\n"
    "一、实施“暖巢”工程。\n"
    "青川县设立“邻里互助站”,开展“周末课堂”活动。\n"
    "二、完善议事机制。\n"
    "青川县建立“院坝夜话”制度,推行“一事一议”。\n"
)


def test_deeds_under_a_heading_that_names_a_programme_are_its_parts() -> None:
    parts = _parts(_doc(LAYOUT))
    assert ("“邻里互助站”", "“暖巢”工程") in parts
    assert ("“周末课堂”活动", "“暖巢”工程") in parts


def test_deeds_under_a_heading_that_only_names_a_mechanism_are_no_parts_of_it() -> None:
    parts = _parts(_doc(LAYOUT))
    assert not {p for p, _ in parts} & {"“院坝夜话”制度", "“一事一议”"}


def test_a_body_deed_is_part_of_the_reports_programme_only_where_its_sentence_names_it() -> None:
    text = (
        "青川县推行“红管家”服务模式\n"
        "近年来,青川县全面推行“红管家”服务模式,提升小区治理水平。\n"
        "配强队伍。青川县建立“楼栋夜话”制度,每月召开一次。\n"
        "搭建平台。青川县开设“邻里课堂”,把“红管家”送到楼栋。\n"
    )
    parts = _parts(_doc(text))
    assert ("“邻里课堂”", "“红管家”服务模式") in parts
    assert ("“楼栋夜话”制度", "“红管家”服务模式") not in parts


def test_kinds_belong_to_the_programme_that_counts_them() -> None:
    text = (
        "青川县产业发展经验\n"
        "近年来,青川县探索“三型”增收模式,带动村民致富。\n"
        "资源盘活型。青川县盘活闲置厂房6处。\n"
        "劳务输出型。青川县组建劳务队3支。\n"
    )
    parts = _parts(_doc(text))
    assert {("资源盘活型", "“三型”增收模式"), ("劳务输出型", "“三型”增收模式")} <= parts
