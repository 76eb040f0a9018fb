"""A part whose title names a village, town, company or department reports its figures through that unit,
though its sentences do not name it again; a body its own sentence names keeps its figures."""

from __future__ import annotations

from extracted import reporters


def test_a_part_titled_by_a_village_gives_it_the_figures_its_sentences_leave_unnamed() -> None:
    got = reporters(
        "松滋市：村级集体经济发展典型案例\n"
        "近年来，松滋市多措并举发展壮大村级集体经济，涌现出一批典型。\n"
        "（一）八宝镇东湖村：土地流转增收益\n"
        "将分散土地集中流转，流转面积达2600亩，引进种植大户8户。\n"
        "（二）绿源生态农业有限公司：订单农业带农户\n"
        "与农户签订订单，带动农户1200户，收购农产品3000吨。\n"
    )
    assert got["2600亩"] == got["8户"] == "东湖村"
    assert got["1200户"] == got["3000吨"] == "绿源生态农业有限公司"


def test_label_lines_under_a_heading_that_names_a_town_are_the_towns() -> None:
    got = reporters(
        "东台市2023年基层党建工作总结\n"
        "今年以来，东台市扎实推进基层党建各项工作，全市新建党群服务中心26个。\n"
        "附表：弶港镇主要指标完成情况\n"
        "新发展党员：32名\n"
        "村级集体经济总收入：860万元\n"
    )
    assert got["26个"] == "东台市"
    assert got["32名"] == got["860万元"] == "弶港镇"


def test_a_body_named_in_the_part_or_the_whole_county_keeps_its_figures() -> None:
    got = reporters(
        "霍山县：典型引路促振兴\n"
        "近年来，霍山县坚持以点带面推进乡村振兴。\n"
        "一、诸佛庵镇：竹产业富民\n"
        "县林业局帮助镇里建成竹木加工园区1个，全县竹林面积达到68万亩。\n"
        "二、主要成效\n"
        "培育省级示范合作社15家。\n"
    )
    assert got["1个"] == "霍山县林业局"
    assert got["680000亩"] == "霍山县"
    assert got["15家"] == "霍山县"
