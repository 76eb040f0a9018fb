"""Whom a news page speaks for: a town named in its headline, read past a bracketed menu line."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract
from loaders.segment import is_boilerplate

PAGE = (
    "吴兴区人民政府 > 政务动态 > 乡镇动态\n\n"
    "白鹭镇：小巷里的“微治理”\n\n"
    "【字号：大 中 小】　【打印本页】　【关闭窗口】\n\n"
    "入春以来，吴兴区白鹭镇推进“街巷微治理”行动，引导居民参与环境整治。\n"
    "镇里推行“街长巡街”机制，由镇干部包片，区水利局、区交通运输局等部门配合。\n"
    "区水利局在河道沿线设置“护河哨所”，劝阻违规垂钓120次。\n"
)


def test_a_line_of_bracketed_menu_items_is_page_chrome() -> None:
    assert is_boilerplate("【字号：大 中 小】　【打印本页】　【关闭窗口】")
    assert not is_boilerplate("【编者按】近年来，某县推行网格化管理，群众满意度明显提升。")


def test_a_town_in_the_headline_stays_the_subject_past_a_department_named_later() -> None:
    doc = extract(Document(path=Path("t.txt"), text=PAGE))
    label = {k: e.label for k, e in doc.entities.items()}
    assert [label.get(r.subject or "") for r in doc.reports] == ["白鹭镇"]
    triples = {(label[r.subject], r.predicate, label[r.object]) for r in doc.relations}
    assert ("白鹭镇", "uses", "“街长巡街”机制") in triples
    assert ("吴兴区水利局", "uses", "“护河哨所”") in triples  # the department keeps its own deed


def test_a_government_work_report_in_the_first_person_speaks_for_its_place() -> None:
    text = (
        "政府工作报告\n"
        "——2025年2月在湖州市第九届人民代表大会第五次会议上\n"
        "……\n"
        "（四）坚持生态优先，守护绿水青山\n"
        "这一年，我们深入实施“绿水绕城”提升行动，制定《湖州市河湖长效管护办法》，新增绿道120公里。"
        "德清县、长兴县建设生态廊道，串联村庄40个。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    assert [label.get(r.subject or "") for r in doc.reports] == ["湖州市"]
    triples = {(label[r.subject], r.predicate, label[r.object]) for r in doc.relations}
    assert ("湖州市", "implements", "“绿水绕城”提升行动") in triples


def test_a_village_party_branch_reports_for_its_village() -> None:
    text = (
        "一片竹林富了一方百姓\n"
        "——湖州市安吉县白鹭镇竹溪村党总支工作经验\n"
        "竹溪村地处白鹭镇北部山区，有党员54名。这几年，竹溪村党总支实行“党员包片”做法，每名党员联系6户家庭。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    assert [label.get(r.subject or "") for r in doc.reports] == ["竹溪村"]
