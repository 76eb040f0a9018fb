"""Shapes of report, news and summary prose that name practices, or only seem to: meetings named as
terms of the field, lists of whole names, coined posts, evaluations work is brought into, criteria,
next steps and a summary's titles of progress. Sentences invented for these tests."""

from __future__ import annotations

from pathlib import Path

from extracted import ACTIVITY_KINDS, body_activities

from loaders.document import Document
from loaders.pipeline import extract


def _classes(text: str) -> dict[str, str]:
    """Activity label -> class for a whole invented document."""
    doc = extract(Document(path=Path("t.txt"), text=text))
    return {e.label: e.cls for e in doc.entities.values() if e.cls in ACTIVITY_KINDS}


def test_meetings_of_neighbours_are_terms_of_the_field() -> None:
    acts = body_activities("在城市社区推行楼务会，各村普遍建立院落会、坝坝会，每周召开村民夜话会，", "通江县")
    assert {"楼务会", "院落会", "坝坝会", "村民夜话会"} <= acts


def test_a_list_of_whole_rules_keeps_each_head() -> None:
    acts = body_activities("建立县级领导联系乡镇制度、部门包村制度和干部结对帮扶制度，", "修水县")
    assert {"县级领导联系乡镇制度", "部门包村制度", "干部结对帮扶制度"} <= acts
    acts = body_activities("建立联席会议制度、信息通报机制和督查督办制度，", "武宁县")
    assert {"联席会议制度", "信息通报机制", "督查督办制度"} <= acts


def test_a_quoted_list_of_whole_names_names_each_member() -> None:
    acts = body_activities("创新推行“固定课堂、流动课堂、网上课堂”党员教育模式，", "奈曼旗")
    assert {"“固定课堂、流动课堂、网上课堂”党员教育模式", "固定课堂", "流动课堂", "网上课堂"} <= acts
    acts = body_activities("在非公企业中设立“党员先锋岗、党员责任区、党员示范岗”，", "宁国市")
    assert {"党员先锋岗", "党员责任区", "党员示范岗"} <= acts
    assert "“党员先锋岗、党员责任区、党员示范岗”" not in acts  # no head after it: the quote only lists


def test_members_of_a_counted_programme_are_programmes() -> None:
    classes = _classes(
        "某县工作总结\n2023年，全县深入实施“三大行动”：村级组织提升行动、青年人才回引行动、集体经济壮大行动。\n"
    )
    assert classes.get("村级组织提升行动") == "Initiative"
    assert classes.get("青年人才回引行动") == "Initiative"


def test_a_coined_post_people_are_sent_to_is_a_practice() -> None:
    acts = body_activities("红旗乡选派“网格助企员”36名，县人社局组建“人才服务专员”队伍，", "龙游县")
    assert {"“网格助企员”", "“人才服务专员”"} <= acts
    assert "“银发顾问”" in body_activities("为每个小区招募“银发顾问”，", "桐庐县")


def test_the_evaluation_work_is_brought_into_is_named_by_whose_work_it_weighs() -> None:
    acts = body_activities(
        "把集体经济发展情况纳入村党组织书记年度考核，将志愿服务情况纳入机关党建考核，纳入年度考核，", "灌阳县"
    )
    assert {"村党组织书记年度考核", "机关党建考核"} <= acts
    assert "年度考核" not in acts  # a period alone names no kind of evaluation


def test_a_quoted_check_or_clean_up_is_a_programme() -> None:
    classes = _classes("某县经验\n近年来，某县全面开展农村集体“三资”清查。\n")
    assert classes.get("“三资”清查") == "Initiative"


def test_criteria_aims_and_changes_in_quotes_are_no_practices() -> None:
    acts = body_activities("按照“地缘相近、规模适度”的原则推行“多网合一”，", "衢江区")
    assert acts == {"“多网合一”"}
    acts = body_activities("坚持把“让群众满意”作为工作标准，推出“码上办”服务平台，", "祁阳市")
    assert acts == {"“码上办”服务平台"}
    acts = body_activities("以“三个走在前列”为目标，着力打造“皖南最美县城”，开展“双报到”，", "泾县")
    assert acts == {"“双报到”"}
    acts = body_activities("推动“积分制”从“有形覆盖”向“有效覆盖”转变，", "溆浦县")
    assert acts == {"“积分制”"}


def test_a_campaign_in_the_first_person_launched_by_its_verb() -> None:
    assert "“我为群众办实事”" in body_activities("扎实开展“我为群众办实事”，", "望江县")


def test_terms_in_a_board_a_cooperative_or_a_list_of_matters_name_no_practice() -> None:
    acts = body_activities(
        "明确土地流转、项目建设、低保评定等21项必须协商的事项，结果在村务公开栏公示，组建土地股份合作社12家，",
        "陆良县",
    )
    assert not {"土地流转", "村务公开", "土地股份合作"} & acts
    assert {"土地流转", "村务公开"} <= body_activities("推行土地流转、村务公开等做法，", "陆良县")


def test_one_to_one_says_how_not_what() -> None:
    acts = body_activities("由技术骨干一对一带教新员工，推行一村一品，", "蕲春县")
    assert acts == {"一村一品"}


def test_levels_listed_with_their_alternatives_are_no_part_of_the_name() -> None:
    acts = body_activities("建立县、乡镇（街道）、村（社区）三级网格联席会议制度，", "龙游县")
    assert "三级网格联席会议制度" in acts


def test_next_steps_and_plans_name_nothing_in_place() -> None:
    classes = _classes(
        "某县经验\n近年来，某县深化“网格连心”工程。\n"
        "下一步，某县将持续深化“网格连心”工程，进一步完善报到党员管理服务机制。\n"
    )
    assert set(classes) == {"“网格连心”工程"}
    classes = _classes(
        "某县工作总结\n一、主要成效\n全年建立联户长例会制度。\n"
        "二、下一步打算\n一是全面推行物业服务质量考评制度；二是完善联户长例会制度。\n"
    )
    assert set(classes) == {"联户长例会制度", "物业服务质量考评制度"}  # a summary's plans are work in motion


def test_titles_of_points_and_of_progress_are_topics() -> None:
    classes = _classes("某县经验\n近年来，某县坚持党建引领。\n二是党员联户，打通服务末梢。深化党员中心户制度。\n")
    assert "党员联户" not in classes
    classes = _classes(
        "某县2023年工作总结\n一、主要成效\n（三）督查考核机制不断完善。坚持“四不两直”方式开展暗访。\n"
        "（四）村企联建持续深化。深入开展“千企联村”行动，推行村企联建。\n"
    )
    assert "督查考核机制" not in classes
    assert {"村企联建", "“千企联村”行动"} <= set(classes)


def test_a_part_title_that_builds_a_forum_proposes_nothing() -> None:
    classes = _classes(
        "某社区：议事会让居民成为主人\n近年来，某社区坚持党建引领。\n一、搭建议事平台，让居民有话有处说。\n"
        "社区牵头成立“槐荫议事会”，议事会实行“每月一议、急事急议”。\n"
        "二、对策建议\n一是推行“楼栋夜谈”制度。\n"
    )
    assert {"“槐荫议事会”", "“每月一议、急事急议”"} <= set(classes)
    assert "“楼栋夜谈”制度" not in classes  # proposed, not in place


def test_a_way_the_parties_listed_before_it_join_in() -> None:
    acts = body_activities("推行业委会成员、物业项目经理与居民区“两委”成员“互兼互派”，", "嘉定区")
    assert "“互兼互派”" in acts
    assert not any("成员" in label for label in acts)
    assert "“结对共学”" in body_activities("推行村干部、驻村工作队员与企业骨干“结对共学”，", "奉贤区")


def test_the_drive_to_set_weak_party_bodies_right() -> None:
    classes = _classes("某县经验\n近年来，某县持续整顿软弱涣散基层党组织，开展软弱涣散村党支部集中整顿。\n")
    assert classes.get("整顿软弱涣散基层党组织") == "Initiative"
    assert classes.get("软弱涣散村党支部集中整顿") == "Initiative"


def test_figures_and_guidelines_in_quotes_are_no_practices() -> None:
    acts = body_activities(
        "让党群服务中心成为群众的“加油站”，按下了发展“快进键”，紧扣“抓基层、强基础”工作导向，", "铜鼓县"
    )
    assert not {"“加油站”", "“快进键”"} & acts
    assert not any("抓基层" in label for label in acts)


def test_a_term_practised_in_a_field_is_one_practice_with_the_bare_term() -> None:
    classes = _classes("某县经验\n近年来，某县在全县推行乡村治理积分制。积分制让村民从旁观者变成参与者。\n")
    assert [label for label in classes if "积分制" in label] == ["乡村治理积分制"]


def test_honours_works_by_size_learners_and_title_years() -> None:
    acts = body_activities("某社区先后被评为某市“五好”社区，", "吉阳区")
    assert not acts
    acts = body_activities("统一承接小型工程、劳务派遣等业务，坚持把党员学习教育作为基础性工作，", "将乐县")
    assert not acts
    acts = body_activities("印发《某县“红色物业”三年行动方案（2023—2025年）》，", "未央区")
    assert acts == {"《某县“红色物业”三年行动方案（2023—2025年）》"}


def test_the_work_of_a_term_keeps_the_terms_class() -> None:
    classes = _classes("某区经验\n近年来，某区深化“双报到”工作，推动党员回社区报到。\n")
    assert classes.get("“双报到”工作") == "Initiative"


def test_lists_set_up_counts_and_the_heads_of_a_practice() -> None:
    acts = body_activities("由社区党组织梳理形成需求清单、资源清单和项目清单，其中党员联户长占62%，", "密云区")
    assert {"需求清单", "资源清单", "项目清单"} <= acts
    assert "党员联户" not in acts  # 党员联户长 is a post
    assert not any(label.startswith("四个") for label in body_activities("建立四个清单，", "密云区"))
