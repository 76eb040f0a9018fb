"""Reported quantities: value, unit as written, measure, period, subject, about."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from loaders.document import Document, Metric
from loaders.pipeline import extract

REPORT = (
    "兰考县推进基层治理经验\n"
    "2022年,兰考县创成“五好”支部8个、“四好”支部31个,累计转化后进村党组织12个。\n"
    "推行网格化管理,将全县划分为520个网格,配备1.2万名网格员,帮助群众解决难题3000余件。\n"
    "投入资金350万元,村级党群服务中心覆盖率达95%,在职党员1500余名到社区报到。\n"
    "建立“四帮一”机制,开展第一批次培训,学习党的二十大精神,构建六级组织体系,2023年7月召开推进会。\n"
)


def _metrics(text: str = REPORT) -> tuple[Document, list[Metric]]:
    doc = extract(Document(path=Path("t.txt"), text=text))
    return doc, doc.metrics


def test_values_units_and_measures() -> None:
    _, ms = _metrics()
    got = [(str(m.value), m.unit, m.measure) for m in ms]
    assert got == [
        ("8", "个", "“五好”支部"),
        ("31", "个", "“四好”支部"),
        ("12", "个", "后进村党组织"),
        ("520", "个", "网格"),
        ("12000", "名", "网格员"),
        ("3000", "件", "难题"),
        ("350", "万元", "资金"),
        ("95", "%", "村级党群服务中心覆盖率"),
        ("1500", "名", "在职党员"),
    ]
    assert all(isinstance(m.value, Decimal) for m in ms)


def test_a_year_said_relative_to_now_is_kept_whole() -> None:
    """今年 and 去年 are periods as written; only a year's number sheds its 年 (2021年 is 2021)."""
    _, ms = _metrics("兰考县人才工作汇报\n去年全县引进人才260人，2021年引进190人，今年新增博士12人。\n")
    assert [m.period for m in ms] == ["去年", "2021", "今年"]


def test_a_year_a_figure_is_compared_with_dates_nothing() -> None:
    """是2021年的5倍, 比2020年增长: the figures of that sentence keep the year it reports on."""
    _, ms = _metrics(
        "兰考县集体经济情况\n2024年村集体收入达到120万元，是2021年的4倍，比2020年增长300%，村民人均收入达到1.9万元。\n"
    )
    assert [(str(m.value), m.period) for m in ms] == [
        ("120", "2024"),
        ("4", "2024"),
        ("300", "2024"),
        ("1.9", "2024"),
    ]


def test_names_dates_and_ordinals_are_not_quantities() -> None:
    _, ms = _metrics()
    values = {str(m.value) for m in ms}
    # “四帮一”, 第一批次, 二十大, 六级, 2023年7月 give no metric
    assert not values & {"4", "1", "20", "6", "2023", "7"}


def test_period_subject_about_and_span() -> None:
    doc, ms = _metrics()
    first = ms[0]
    assert first.period == "2022"
    assert ms[2].period == "累计"
    subject = doc.reports[0].subject
    assert subject is not None and doc.entities[subject].label == "兰考县"
    assert {m.subject for m in ms} == {subject}
    assert ms[3].about == "activity/网格化管理"  # the activity of the same sentence
    for m in ms:
        assert doc.text[m.start : m.end].startswith(str(m.value)[:1]) or "万" in doc.text[m.start : m.end]
        assert doc.passages[m.passage].start <= m.start < doc.passages[m.passage].end


def test_named_actor_reports_its_own_figures() -> None:
    text = "兰考县经验\n兰考县持续推进社区治理。城关镇东街社区“好邻居”议事会解决矛盾纠纷160余件。\n"
    doc, ms = _metrics(text)
    labels = {doc.entities[m.subject].label for m in ms}
    assert labels == {"东街社区"}


def test_a_town_named_as_doer_keeps_its_figures_past_its_scope_word() -> None:
    text = "兰考县经验\n兰考县推进乡村治理。城关镇探索“议事会+合作社”模式，带动全镇9个村集体经济收入增长12%。\n"
    doc, ms = _metrics(text)
    assert {doc.entities[m.subject].label for m in ms} == {"城关镇"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "兰考县经验\n兰考县选派三十六名干部驻村,发展集体经济项目百余个,带动两万户群众增收,发放贷款3.5亿元。\n",
            [("36", "名"), ("100", "个"), ("20000", "户"), ("3.5", "亿元")],
            id="chinese_numerals_and_scales",
        ),
        pytest.param(
            "兰考县经验\n兰考县对全县450个行政村进行改造提升。"
            "26个试点村改造完成后,群众满意度明显提升。450个行政村全部完成改造。\n",
            [("450", "个")],
            id="restated_and_subordinate_figures_are_not_counted_twice",
        ),
        pytest.param(
            "兰考县经验\n兰考县按照每格300至500户的标准划分网格,集体经济收入50万元以上的村达到36个,"
            "对增幅在30%至50%的村给予5万元至10万元奖励,每人费用从93元降至75元。\n",
            [("36", "个"), ("30", "%"), ("5", "万元"), ("93", "元"), ("75", "元")],
            id="ranges_and_thresholds_are_not_quantities",
        ),
    ],
)
def test_values_and_units_as_written(text: str, expected: list[tuple[str, str]]) -> None:
    _, ms = _metrics(text)
    assert [(str(m.value), m.unit) for m in ms] == expected


def test_an_enterprise_after_its_designation_reports_its_figures() -> None:
    text = "兰考县经验\n兰考县推进物业治理。县属国有企业开封兰城投资集团有限公司组建物业公司，接管无物业小区30个。\n"
    doc, ms = _metrics(text)
    assert {doc.entities[m.subject].label for m in ms} == {"开封兰城投资集团有限公司"}


def test_the_second_figure_of_a_change_measures_what_the_first_did() -> None:
    text = "兰考县政务服务经验\n兰考县推行“一窗通办”,群众办事平均时间由7天缩短至2.5天。\n"
    doc = extract(Document(path=Path("t.txt"), text=text))
    measures = {str(m.value): m.measure for m in doc.metrics if m.unit == "天"}
    assert set(measures) == {"7", "2.5"}  # 缩短至 is a change, not a range's upper end
    assert measures["2.5"] == measures["7"] and "时间" in measures["2.5"]


def test_a_body_founded_in_the_sentence_reports_its_later_clauses() -> None:
    text = (
        "红庙村发展集体经济经验\n近年来,红庙村党支部牵头成立红庙农机合作社,整合土地1.2万亩,入社农户占全村农户的80%。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    by_value = {str(m.value): doc.entities[m.subject].label for m in doc.metrics}
    assert by_value["12000"] == "红庙农机合作社" and by_value["80"] == "红庙农机合作社"


def test_measures_drop_trailing_verbs_and_a_thresholds_leftovers() -> None:
    text = (
        "兰考县产业经验\n"
        "兰考县建成蜜瓜种植基地,年产值超过12亿元。全县村集体经济收入全部达到10万元以上,"
        "其中50万元以上的村占比达35.6%。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    measures = {str(m.value): m.measure for m in doc.metrics}
    assert measures["12"] == "年产值"
    assert measures["10"] == "全县村集体经济收入"
    assert measures["35.6"] == "村占比"


def test_spaced_figures_labels_thresholds_and_targets() -> None:
    text = (
        "桃源县乡村振兴经验\n"
        "2023 年,桃源县建成党群服务中心 128 个,第 3 批试点村 12 个。收入超过100万元的村有15个,"
        "2024年力争新建示范点20个。\n"
        "主要成效\n"
        "村集体经济收入：320万元\n"
        "服务群众:1.2万人次\n"
    )
    _, ms = _metrics(text)
    got = [(str(m.value), m.unit, m.measure) for m in ms]
    # 128 个 keeps its number; 第 3 批 is an ordinal; 超过100万元的村 picks out villages and 力争 is a target
    assert got == [
        ("128", "个", "党群服务中心"),
        ("12", "个", got[1][2]),
        ("15", "个", "村"),
        ("320", "万元", "村集体经济收入"),
        ("12000", "人次", "服务群众"),
    ]
    assert ms[0].period == "2023"


def test_a_forecast_is_no_result() -> None:
    text = "桃源县经验\n桃源县新建示范基地3个,预计年收入能达到30万元。\n"
    _, ms = _metrics(text)
    assert [(str(m.value), m.unit) for m in ms] == [("3", "个")]


def test_the_body_a_sentence_cites_reports_its_figures() -> None:
    text = "遂昌县人才工作经验\n遂昌县推进人才工作。据遂昌县委组织部统计,目前,妙高、云峰等5个乡镇建成人才驿站9个。\n"
    doc, ms = _metrics(text)
    got = {(str(m.value), doc.entities[m.subject].label) for m in ms}
    assert got == {("5", "遂昌县委组织部"), ("9", "遂昌县委组织部")}


def test_a_table_measures_its_figures_by_column_header() -> None:
    text = (
        "遂昌县村集体经济发展情况\n"
        "遂昌县推进村集体经济发展,成效明显。\n"
        "村名\t集体收入（万元）\t农户（户）\t序号\n"
        "妙高村\t120\t356\t1\n"
        "云峰村\t85.5\t210户\t2\n"
        "合计\t205.5万\t566\t3\n"
    )
    doc, ms = _metrics(text)
    got = [(str(m.value), m.unit, m.measure, doc.entities[m.subject].label) for m in ms]
    assert got == [
        ("120", "万元", "集体收入", "妙高村"),
        ("356", "户", "农户", "妙高村"),
        ("85.5", "万元", "集体收入", "云峰村"),
        ("210", "户", "农户", "云峰村"),
        ("205.5", "万元", "集体收入", "遂昌县"),  # a row naming no organization: the report's subject
        ("566", "户", "农户", "遂昌县"),
    ]
    for m in ms:
        assert doc.text[m.start : m.end].startswith(str(m.value)[:2])


def test_the_place_a_reporter_walks_into_reports_what_follows() -> None:
    text = "莲都区老旧小区改造经验\n莲都区推进老旧小区改造。近日,记者走进莲都区紫金街道,辖区内12个老旧小区完成改造。\n"
    doc, ms = _metrics(text)
    assert [(str(m.value), doc.entities[m.subject].label) for m in ms] == [("12", "紫金街道")]


def test_a_change_gives_both_figures() -> None:
    text = "遂昌县经验\n遂昌县示范点由8个增加到14个,群众办事时间从3天缩短至1天。\n"
    _, ms = _metrics(text)
    assert [(str(m.value), m.unit) for m in ms] == [("8", "个"), ("14", "个"), ("3", "天"), ("1", "天")]
    assert ms[0].measure == ms[1].measure and ms[2].measure == ms[3].measure == "群众办事时间"


def test_a_threshold_before_the_noun_it_picks_out_is_no_result() -> None:
    text = "遂昌县经验\n全县集体经济收入50万元以上村达到12个,累计投入资金100万元以上。\n"
    _, ms = _metrics(text)
    assert [(str(m.value), m.unit, m.measure) for m in ms] == [("12", "个", "村"), ("100", "万元", "资金")]


def test_more_than_a_hundred_million_is_one_yi_yuan() -> None:
    _, ms = _metrics("遂昌县经验\n遂昌县累计投入帮扶资金超亿元,建成示范点12个。\n")
    first = ms[0]
    assert (str(first.value), first.unit) == ("1", "亿元") and first.measure.endswith("资金")


def test_a_digit_one_counts_and_a_conversion_rate_is_no_result() -> None:
    text = "松阳县经验\n松阳县建立1个联合党委、3个功能型党支部。每5个积分相当于1元钱,一个支部一件实事。\n"
    _, ms = _metrics(text)
    assert [(str(m.value), m.unit) for m in ms] == [("1", "个"), ("3", "个")]


def test_funds_and_projects_won_are_results_a_strived_for_figure_is_not() -> None:
    text = "松阳县经验\n今年以来松阳县争取扶持项目6个,解决群众急难问题9个,投入800万元项目资金。明年争取新建驿站5个。\n"
    _, ms = _metrics(text)
    assert [(str(m.value), m.unit) for m in ms] == [("6", "个"), ("9", "个"), ("800", "万元")]


def test_nearly_ten_thousand_is_one_wan() -> None:
    _, ms = _metrics("松阳县经验\n松阳县累计培训近万人,创作原创剧目30余部。\n")
    assert [(str(m.value), m.unit) for m in ms] == [("10000", "人"), ("30", "部")]


def test_round_the_clock_is_a_kind_of_service_not_a_duration() -> None:
    _, ms = _metrics("松阳县经验\n松阳县开设24小时便民服务区,办事时间缩短到48小时。\n")
    assert [(str(m.value), m.unit) for m in ms] == [("48", "小时")]


def test_a_small_figure_pointed_back_at_is_the_same_quantity() -> None:
    text = "松阳县经验\n全县共评出9个示范村。此次评出的9个示范村各具特色,另有9个村列入培育名单。\n"
    _, ms = _metrics(text)
    assert [(str(m.value), m.unit) for m in ms] == [("9", "个"), ("9", "个")]
