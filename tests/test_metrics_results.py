"""Which figures are reported results, and in which unit: counts of visits, working days, shared units,
stated zeros; plans, requirements, allotments and titles give none."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract


def _figures(body: str) -> list[tuple[str, str]]:
    doc = extract(Document(path=Path("t.txt"), text="兰考县优化营商环境工作总结\n" + body))
    return [(str(m.value), m.unit) for m in doc.metrics]


def test_units_written_with_a_count_of_visits_or_an_alternative() -> None:
    got = _figures("全年走访企业560余家次,巡查河道2.3万公里次,储备应急物资3200件（套）。\n")
    assert got == [("560", "家次"), ("23000", "公里次"), ("3200", "件（套）")]


def test_working_days_pairs_and_boats() -> None:
    got = _figures("企业开办时间压缩至2.5个工作日,结对帮扶120对,检查船舶46艘,认领河段18段。\n")
    assert got == [("2.5", "个工作日"), ("120", "对"), ("46", "艘"), ("18", "段")]


def test_the_first_of_two_figures_shares_the_unit_written_after_the_second() -> None:
    got = _figures("群众满意率、办结率分别提高8个和5.5个百分点。\n")
    assert got == [("8", "个百分点"), ("5.5", "个百分点")]


def test_a_zero_is_a_result_only_where_a_label_states_it() -> None:
    got = _figures("主要指标\n无集体经济收入村：0个\n新建驿站：12个\n")
    assert got == [("0", "个"), ("12", "个")]


def test_plans_and_problems_parts_report_no_results() -> None:
    body = (
        "一、主要成效\n全年新建便民驿站14个。\n"
        "二、存在的问题\n仍有9个村集体经济薄弱。\n"
        "三、2025年工作打算\n一是新建便民驿站20个。\n"
    )
    assert _figures(body) == [("14", "个")]


def test_modal_targets_are_no_results_but_a_fronted_object_is() -> None:
    assert _figures("今年要完成改造农户300户,我们将新建学校5所。\n") == []
    assert _figures("将46个高频事项集成办理。\n") == [("46", "个")]


def test_requirements_limits_and_one_to_one_are_no_results() -> None:
    body = "干部每月走访不少于4次,群众诉求在5个工作日内办结,推行1对1帮扶,每个村至少有1名法律顾问。\n"
    assert _figures(body) == []


def test_allotments_per_unit_are_standards_but_averages_are_results() -> None:
    assert _figures("为每个村配备2名法律顾问,给予每人最高30万元安家补贴。\n") == []
    assert _figures("平均每名网格员联系农户15户。\n") == [("15", "户")]


def test_numbers_inside_a_title_are_no_quantities() -> None:
    assert _figures("出台《兰考县支持人才发展十二条措施》,引进人才260名。\n") == [("260", "名")]


def test_a_figure_over_the_whole_unit_is_the_units_not_the_paragraphs_village() -> None:
    text = (
        "兰考县乡村治理经验\n"
        "东坝头镇张庄村党支部推行“积分超市”,张庄村评出文明户36户。"
        "目前,全县已在215个行政村推广这一做法,全村参与积分的农户达到97%。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    by_value = {str(m.value): doc.entities[m.subject].label for m in doc.metrics}
    assert by_value["36"] == "张庄村"
    assert by_value["215"] == "兰考县"


def test_a_figure_over_the_whole_village_is_the_villages_in_its_party_branchs_report() -> None:
    text = (
        "兰考县东坝头镇张庄村党支部经验材料\n"
        "张庄村地处黄河滩区。张庄村党支部推行“积分超市”,全村参与积分的农户达到97%。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    assert [doc.entities[m.subject].label for m in doc.metrics] == ["张庄村"]


def _measures(body: str) -> list[tuple[str, str]]:
    doc = extract(Document(path=Path("t.txt"), text="兰考县优化营商环境工作总结\n" + body))
    return [(str(m.value), m.measure) for m in doc.metrics]


def test_respective_figures_measure_the_listed_nouns_in_their_places() -> None:
    got = _measures("群众办结率、满意率分别达到96.5%和98.2%,对新建和改扩建的驿站分别奖补投资额的30%、20%。\n")
    assert got == [("96.5", "群众办结率"), ("98.2", "满意率"), ("30", "奖补投资额"), ("20", "奖补投资额")]


def test_a_dated_change_measures_the_noun_before_it() -> None:
    got = _measures("全县网格员人数由2021年的320名增加到2023年的586名。\n")
    assert got == [("320", "全县网格员人数"), ("586", "全县网格员人数")]


def test_a_label_may_hold_a_figure_and_a_measure_stays_in_its_sentence() -> None:
    body = (
        "兰考县坚持问题导向,推动集体经济发展。\n年收入20万元以上的村：58个\n新建驿站：12个\n培训干部1200人次。共3场。\n"
    )
    got = _measures(body)
    assert got[0] == ("58", "年收入20万元以上的村")
    assert got[-1] == ("3", "")


def test_a_threshold_before_a_counted_noun_is_no_figure_but_a_count_before_a_deed_is() -> None:
    assert _figures("全县流域面积30平方公里以上河流12条。\n") == [("12", "条")]
    assert _figures("全县党员300名以上参加轮训2次。\n") == [("300", "名"), ("2", "次")]


def test_a_part_on_targets_achieved_reports_results() -> None:
    body = "兰考县聚焦民生。\n一、主要目标任务完成情况\n全年新建驿站14个。\n二、下一步工作打算\n新建驿站20个。\n"
    assert _figures(body) == [("14", "个")]
