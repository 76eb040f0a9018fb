"""Which figures are reported results, and in which unit: counts of visits, working days, shared units,
stated zeros; plans, requirements, allotments and titles give none."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract


def _figures(body: str) -> list[tuple[str, str]]:
    doc = extract(Document(path=Path("t.txt"), text="兰考县为民办实事工作总结\n" + body))
    return [(str(m.value), m.unit) for m in doc.metrics]


def test_units_written_with_a_count_of_visits_or_an_alternative() -> None:
    got = _figures("全年回访商户1280余家次,骑行巡线4.6万公里次,发放防汛器材900件（套）。\n")
    assert got == [("1280", "家次"), ("46000", "公里次"), ("900", "件（套）")]


def test_working_days_pairs_and_boats() -> None:
    got = _figures("不动产登记时限缩短至3.5个工作日,组建师徒对子75对,登记渔船28艘,划分责任路段9段。\n")
    assert got == [("3.5", "个工作日"), ("75", "对"), ("28", "艘"), ("9", "段")]


def test_the_first_of_two_figures_shares_the_unit_written_after_the_second() -> None:
    got = _figures("学生近视检出率、肥胖率分别下降3个和1.5个百分点。\n")
    assert got == [("3", "个百分点"), ("1.5", "个百分点")]


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
    assert _figures("将27个涉企事项合并办理。\n") == [("27", "个")]


def test_requirements_limits_and_one_to_one_are_no_results() -> None:
    body = "干部每月走访不少于4次,群众诉求在5个工作日内办结,推行1对1帮扶,每个小区至少有1名楼栋长。\n"
    assert _figures(body) == []


def test_allotments_per_unit_are_standards_but_averages_are_results() -> None:
    assert _figures("为每所学校配备2名心理教师,给予每户最高8000元改厕补助。\n") == []
    assert _figures("平均每名驻村干部联系农户15户。\n") == [("15", "户")]


def test_numbers_inside_a_title_are_no_quantities() -> None:
    assert _figures("印发《兰考县促进消费十条措施》,新增商户260家。\n") == [("260", "家")]


def test_a_figure_over_the_whole_unit_is_the_units_not_the_paragraphs_village() -> None:
    text = (
        "兰考县乡村治理经验\n"
        "北岗镇桐花村党支部推行“文明银行”,桐花村评出星级家庭36户。"
        "目前,全县已在186个行政村推广这一做法,全村参与评星的家庭达到93%。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    by_value = {str(m.value): doc.entities[m.subject].label for m in doc.metrics}
    assert by_value["36"] == "桐花村"
    assert by_value["186"] == "兰考县"


def test_a_figure_over_the_whole_village_is_the_villages_in_its_party_branchs_report() -> None:
    text = (
        "兰考县北岗镇桐花村党支部经验材料\n"
        "桐花村位于北岗镇西北部。桐花村党支部推行“文明银行”,全村参与评星的家庭达到93%。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    assert [doc.entities[m.subject].label for m in doc.metrics] == ["桐花村"]


def test_a_figure_where_a_bodys_deed_is_aimed_over_the_whole_unit_is_the_bodys() -> None:
    text = (
        "兰考县：党建引领促发展\n近年来，兰考县坚持党建引领，推动各项工作落地见效。\n"
        "县住建局牵头出台考评办法，对全县86家物业企业开展季度考评。县人社局在全县设立就业驿站48个。"
        "全县已建成党群服务中心210个。兰考县人民医院与全县16家乡镇卫生院组建医共体。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    by_value = {str(m.value): doc.entities[m.subject].label for m in doc.metrics}
    assert by_value["86"] == "兰考县住建局"
    assert by_value["48"] == "兰考县人社局"
    assert by_value["210"] == "兰考县"
    assert by_value["16"] == "兰考县人民医院"


def _measures(body: str) -> list[tuple[str, str]]:
    doc = extract(Document(path=Path("t.txt"), text="兰考县为民办实事工作总结\n" + body))
    return [(str(m.value), m.measure) for m in doc.metrics]


def test_respective_figures_measure_the_listed_nouns_in_their_places() -> None:
    got = _measures("学生体质达标率、优良率分别达到91.3%和36.4%,对新购和更新的农机分别补助购置价的25%、15%。\n")
    assert got == [("91.3", "学生体质达标率"), ("36.4", "优良率"), ("25", "补助购置价"), ("15", "补助购置价")]


def test_a_dated_change_measures_the_noun_before_it() -> None:
    got = _measures("全镇养老床位数由2020年的140张增加到2024年的365张。\n")
    assert got == [("140", "全镇养老床位数"), ("365", "全镇养老床位数")]


def test_a_label_may_hold_a_figure_and_a_measure_stays_in_its_sentence() -> None:
    body = (
        "兰考县坚持问题导向,推动集体经济发展。\n年产值500万元以上的企业：58家\n"
        "新建驿站：12个\n培训干部1200人次。共3场。\n"
    )
    got = _measures(body)
    assert got[0] == ("58", "年产值500万元以上的企业")
    assert got[-1] == ("3", "")


def test_a_threshold_before_a_counted_noun_is_no_figure_but_a_count_before_a_deed_is() -> None:
    assert _figures("全县库容10万立方米以上山塘21座。\n") == [("21", "座")]
    assert _figures("全县党员300名以上参加轮训2次。\n") == [("300", "名"), ("2", "次")]


def test_a_part_on_targets_achieved_reports_results() -> None:
    body = "兰考县聚焦民生。\n一、主要目标任务完成情况\n全年新建驿站14个。\n二、下一步工作打算\n新建驿站20个。\n"
    assert _figures(body) == [("14", "个")]
