"""Figures a body's own Party organization is read to report: the village's, town's or company's own
results are theirs; a company's party work stays its Party committee's. Sentences invented for the tests."""

from __future__ import annotations

from extracted import COUNTY_OPENING, reporters


def test_a_village_branch_leading_its_village_reports_for_the_village() -> None:
    got = reporters(COUNTY_OPENING + "石桥村党支部领办合作社，村集体经济收入达到56万元，全村党员42名。\n")
    assert got.get("56万元") == "石桥村", got
    assert got.get("42名") == "石桥村", got


def test_a_company_party_committee_keeps_its_party_work_and_gives_the_company_its_output() -> None:
    got = reporters(
        COUNTY_OPENING
        + "华兴公司党委推行“党员先锋岗”制度，带领职工完成产值3.6亿元，发展党员12名，设立党员示范岗18个。\n"
    )
    assert got.get("3.6亿元") == "华兴公司", got
    assert got.get("12名") == "华兴公司党委", got
    assert got.get("18个") == "华兴公司党委", got


def test_a_party_body_that_is_the_reports_subject_keeps_its_figures() -> None:
    text = "华兴公司党委：红色引擎\n近年来，华兴公司党委坚持党建引领，带领职工完成产值3.6亿元，发展党员12名。\n"
    assert reporters(text).get("3.6亿元") == "华兴公司党委"


def test_a_figure_counted_over_the_whole_province_is_the_provinces_not_the_countys() -> None:
    got = reporters("修文县：党建引领\n近年来，修文县全县培训党员3200人次。据悉，全省共选派第一书记1.2万名。\n")
    assert got.get("3200人次") == "修文县", got
    assert got.get("12000名") == "贵州省", got
