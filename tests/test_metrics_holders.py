"""Whose figure it is: jointly acting or counted bodies report none of their own, and a comparison with the
whole unit, or a body that leads its people, leaves the figure its doer's."""

from __future__ import annotations

from extracted import reporters


def test_bodies_acting_jointly_or_counted_report_nothing_of_their_own() -> None:
    got = reporters(
        "宁陵县基层治理工作总结\n"
        "宁陵县委督查室、宁陵县委组织部联合组成4个督导组，全年发现问题186个。"
        "县委组织部、县财政局等9个部门为成员单位。\n"
    )
    assert got == {"4个": "宁陵县", "186个": "宁陵县", "9个": "宁陵县"}


def test_a_comparison_with_the_whole_unit_and_those_a_body_serves_leave_the_figure_its_doers() -> None:
    got = reporters(
        "沙县区乡村振兴工作汇报\n"
        "沙县区农村居民人均可支配收入同比增长7.1%，增速高于全市平均水平0.6个百分点。\n"
        "中国电信沙县分公司投入资金320万元，为全区网格员配发智能终端860台。\n"
    )
    assert got["0.6个百分点"] == "沙县区"
    assert got["860台"] == "中国电信沙县分公司"


def test_a_body_its_clause_names_before_the_whole_unit_keeps_its_figure() -> None:
    got = reporters(
        "宁陵县法治乡村建设经验\n宁陵县辖14个乡镇、364个村。县司法局组织全县律师与364个村结对，实现法律顾问全覆盖。\n"
    )
    assert got["364个"] == "宁陵县司法局"


def test_a_figure_over_the_whole_village_its_committee_leads_is_the_villages() -> None:
    got = reporters("丰都县：特色产业\n近年来，丰都县三建乡绿春坝村党支部带领村民发展中蜂养殖，全村养蜂达到2700箱。\n")
    assert got["2700箱"] == "绿春坝村"
