"""Figures in the shapes unseen reports write them: round and approximate numbers, tenths, scores, counts in
Chinese numerals, speech, bars that counted units pass, bounds, and plans."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract


def _figures(body: str, title: str = "岳西县基层治理工作总结") -> list[tuple[str, str]]:
    doc = extract(Document(path=Path("t.txt"), text=f"{title}\n{body}"))
    return [(f"{m.value.normalize():f}", m.unit) for m in doc.metrics]


def test_about_a_round_hundred_thousand_or_ten_thousand() -> None:
    got = _figures("全县万余名党员到社区报到，千余户群众参与评议，百余名志愿者参加服务。\n")
    assert got == [("10000", "名"), ("1000", "户"), ("100", "名")]
    assert _figures("上百名群众围观，数百名游客到访。\n") == []


def test_tenths_are_a_percentage() -> None:
    got = _figures("全镇民宿中星级民宿超过5成，八成以上的村建成议事室。\n")
    assert got == [("50", "%"), ("80", "%")]
    assert _figures("2019成立合作社，组建3成员小组，坚持一成不变的标准。\n") == []


def test_a_single_chinese_digit_counts_where_its_clause_ends() -> None:
    got = _figures("新建村级活动场所三个，改造文化广场两处。\n")
    assert got == [("3", "个"), ("2", "处")]
    assert _figures("坚决做到两个维护，落实三个一批要求。\n") == []


def test_a_score_in_points() -> None:
    got = _figures("群众满意度91.3分，年度综合考核得分96.5分，每户基础分100分，违规一次扣5分。\n")
    assert got == [("91.3", "分"), ("96.5", "分")]


def test_points_of_a_points_scheme_handed_out_or_spent_but_not_its_rules() -> None:
    got = _figures("今年以来，全县共发放积分3.2万分，累计兑换积分860万分。每户基础积分100分，违规一次扣积分5分。\n")
    assert got == [("32000", "分"), ("8600000", "分")]


def test_households_counted_as_families() -> None:
    assert ("125000", "户") in _figures("今年以来，全县签约服务12.5万户家庭，培育家庭农场120家。\n")


def test_how_often_a_body_acts_the_grades_of_an_assessment_and_a_rank_are_no_result() -> None:
    got = _figures(
        "全县每月召开1次联席会议，每季度开展2场督查，全年共开展督查36场。"
        "考核结果分为优秀、良好、一般3个等次，前3名给予通报表扬。\n"
    )
    assert got == [("36", "场")]


def test_one_named_persons_life_is_no_bodys_figure() -> None:
    got = _figures(
        "村民赵大姐在合作社务工，每月能挣2800元。脱贫户林永福种植脐橙6亩，去年收入4万元。"
        "她家有5口人。今年以来，全县脐橙种植面积达到2.8万亩。\n"
    )
    assert got == [("28000", "亩")]
    assert _figures("村民赵大姐说，现在村里每年分红2万元。群众高度评价这一做法，参与农户达到640户。\n") == [
        ("2", "万元"),
        ("640", "户"),
    ]


def test_the_people_a_news_scene_shows_at_work_are_no_count() -> None:
    got = _figures(
        "在村部会议室，30余名村民围坐在一起商量修路。车间里60余名工人各司其职。今年以来，全村共召开议事会28场。\n"
    )
    assert got == [("28", "场")]


def test_units_of_works_crops_and_power() -> None:
    got = _figures(
        "全县新建蓄水池800立方米，年发电量560万度，安装路灯430盏，铺设管网2.1万延米，造林1800公顷，打机井9口。\n"
    )
    assert got == [
        ("800", "立方米"),
        ("5600000", "度"),
        ("430", "盏"),
        ("21000", "延米"),
        ("1800", "公顷"),
        ("9", "口"),
    ]
    assert _figures("她家有4口人。\n") == []


def test_who_sat_in_a_meeting_is_no_result_but_who_a_course_trained_is() -> None:
    got = _figures("全县各乡镇党委书记共70余人参加会议。全年举办培训班12期，共有960人参加。\n")
    assert got == [("12", "期"), ("960", "人")]


def test_a_zero_a_change_ends_on_is_a_result() -> None:
    got = _figures("无集体经济收入的空壳村由63个减少到0个。\n")
    assert got == [("63", "个"), ("0", "个")]


def test_a_bar_the_counted_units_pass_is_no_result_but_their_total_is() -> None:
    assert _figures("全县已有12个村集体经济收入超过100万元。\n") == [("12", "个")]
    assert _figures("其中8个社区年收入均达到50万元。\n") == [("8", "个")]
    assert _figures("全县166个村集体经济总收入达到1.38亿元。\n") == [("166", "个"), ("1.38", "亿元")]


def test_a_bound_is_no_result() -> None:
    assert _figures("村集体经济收入由不足3万元增加到21万元。\n") == [("21", "万元")]


def test_a_plan_is_no_result_but_a_plan_carried_out_is() -> None:
    assert _figures("计划新建党群服务中心15个，计划投资800万元。\n") == []
    assert _figures("按计划完成改造农户300户。\n") == [("300", "户")]


def test_a_body_s_figures_a_speaker_states_count_but_a_speaker_s_own_life_and_quoted_names_do_not() -> None:
    body = (
        "“村里去年集体收入达到28.6万元，今年给每户分了200元。”村党支部书记说。"
        "“以前在外打工一年也就挣3万元，现在在家门口就能挣钱。”村民说。"
        "全村推行“三个一批”做法，建成“5分钟生活圈”。\n"
    )
    assert _figures(body) == [("28.6", "万元"), ("200", "元")]


def test_the_last_line_of_a_figures_list_is_no_title() -> None:
    body = (
        "今年以来，全区城市基层党建工作扎实推进。主要数据如下：\n"
        "城市社区：38个\n"
        "成立业主委员会的小区：216个\n"
        "推行“红色议事”的小区：305个\n"
        "（二）物业服务。区住房城乡建委对全区物业企业开展考评，清退不合格物业企业5家。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text="铜梁区城市基层党建工作总结\n" + body))
    assert len(doc.reports) == 1
    assert [f"{m.value.normalize():f}" for m in doc.metrics] == ["38", "216", "305", "5"]
