"""Whom a news page speaks for: a town named in its headline, read past a bracketed menu line."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract
from loaders.segment import is_boilerplate

PAGE = (
    "海曙区人民政府 > 新闻中心 > 街镇动态\n\n"
    "古林镇：从“接诉即办”到“主动治理”\n\n"
    "【字体：大 中 小】　【打印】　【关闭】\n\n"
    "今年以来，海曙区古林镇深化“接诉即办”改革，推动工作向主动治理延伸。\n"
    "镇里推行“吹哨报到”机制，由镇里“吹哨”，区城管局、区住建局等部门“报到”。\n"
    "区城管局在集镇组建“城管驿站”，处置问题300件。\n"
)


def test_a_line_of_bracketed_menu_items_is_page_chrome() -> None:
    assert is_boilerplate("【字体：大 中 小】　【打印】　【关闭】")
    assert not is_boilerplate("【编者按】近年来，某县推行网格化管理，群众满意度明显提升。")


def test_a_town_in_the_headline_stays_the_subject_past_a_department_named_later() -> None:
    doc = extract(Document(path=Path("t.txt"), text=PAGE))
    label = {k: e.label for k, e in doc.entities.items()}
    assert [label.get(r.subject or "") for r in doc.reports] == ["古林镇"]
    triples = {(label[r.subject], r.predicate, label[r.object]) for r in doc.relations}
    assert ("古林镇", "uses", "“吹哨报到”机制") in triples
    assert ("海曙区城管局", "uses", "“城管驿站”") in triples  # the department keeps its own deed


def test_a_government_work_report_in_the_first_person_speaks_for_its_place() -> None:
    text = (
        "政府工作报告（节选）\n"
        "——2024年1月在宁波市第十六届人民代表大会第二次会议上\n"
        "……\n"
        "（二）坚持人才引领，建设青年友好型城市\n"
        "过去一年，我们持续实施“甬上英才”集聚行动，出台《宁波市青年人才若干措施》，新引进人才3万名。"
        "海曙区、江北区打造青年人才创新社区，吸引团队32个。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    assert [label.get(r.subject or "") for r in doc.reports] == ["宁波市"]
    triples = {(label[r.subject], r.predicate, label[r.object]) for r in doc.relations}
    assert ("宁波市", "implements", "“甬上英才”集聚行动") in triples


def test_a_village_party_branch_reports_for_its_village() -> None:
    text = (
        "小村庄走出致富路\n"
        "——宁波市海曙区古林镇茂新村党总支典型经验\n"
        "茂新村位于古林镇西部，党员86名。近年来，茂新村党总支推行“党员责任区”制度，党员每人联系10户村民。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    assert [label.get(r.subject or "") for r in doc.reports] == ["茂新村"]
