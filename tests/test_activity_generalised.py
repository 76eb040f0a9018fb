"""Shapes of governance prose found by probing invented passages of the four genres: a summary's numbered
items, steps of a method, evaluations carried out, catalogues drawn up, rooms a practice opens, banks of
points, a headline's quote written again in the body, lists whose first item ends in a deed, and the
ways a clause only seems to name one. Sentences invented for these tests."""

from __future__ import annotations

from pathlib import Path

from extracted import ACTIVITY_KINDS, body_activities

from loaders.document import Document
from loaders.pipeline import extract


def _doc(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    """Activity labels and (class, label) of the bodies of a whole invented document."""
    doc = extract(Document(path=Path("t.txt"), text=text))
    acts = {e.label for e in doc.entities.values() if e.cls in ACTIVITY_KINDS}
    bodies = {(e.cls, e.label) for e in doc.entities.values() if e.cls not in ACTIVITY_KINDS}
    return acts, bodies


def test_a_summarys_numbered_item_that_reports_figures_is_body_not_a_slogan() -> None:
    acts, _ = _doc(
        "临武县2023年人才工作总结\n一、主要成效\n1.实施青年人才返乡工程，吸引在外人才215名返乡。\n"
        "2.推行乡村工匠培育计划，认定乡村工匠80名。\n二、存在问题\n人才总量不足。\n"
    )
    assert {"青年人才返乡工程", "乡村工匠培育计划"} <= acts


def test_a_numbered_title_that_sets_up_a_named_programme_names_it() -> None:
    acts, _ = _doc("桂东县2022年工作总结\n一、主要工作\n（一）实施强村富民工程。全县村集体收入全部超过10万元。\n")
    assert "强村富民工程" in acts


def test_the_steps_of_one_method_are_no_practices_each() -> None:
    acts = body_activities("推行“问情、解情、评情、回访”四步工作法，", "汝城县")
    assert "“问情、解情、评情、回访”四步工作法" in acts
    assert not {"问情", "解情", "评情", "回访"} & acts
    acts = body_activities("推行“清单制、积分制、责任制”三项制度，", "嘉禾县")
    assert {"清单制", "积分制", "责任制"} <= acts  # members of a set of rules are rules each


def test_a_verb_after_a_quote_that_holds_its_own_head_is_the_clauses() -> None:
    acts, _ = _doc("湄潭县以“茶旅融合模式”带动乡村旅游\n近年来，湄潭县坚持茶旅融合。\n")
    assert "“茶旅融合模式”" in acts
    assert "“茶旅融合模式”带动" not in acts


def test_an_evaluation_carried_out_is_named_by_what_it_rates() -> None:
    acts = body_activities("每半年开展一次养老服务质量测评，对全县村干部开展季度考评，开展评比，", "通道县")
    assert {"养老服务质量测评", "季度考评"} <= acts
    assert "评比" not in acts


def test_a_catalogue_drawn_up_is_a_practice_a_catalogue_named_in_passing_is_not() -> None:
    acts = body_activities("编制乡村人才需求目录、制定村级议事协商目录，将药品纳入医保目录，", "绥宁县")
    assert {"乡村人才需求目录", "村级议事协商目录"} <= acts
    assert "医保目录" not in acts


def test_rooms_a_practice_opens_are_named_where_they_are_set_up() -> None:
    acts = body_activities("开办农民夜校42所，在各村开办长者食堂，开设乡贤讲堂，", "洞口县")
    assert {"农民夜校", "长者食堂", "乡贤讲堂"} <= acts
    acts = body_activities("学生在学校食堂就餐，新建大型超市2家，", "隆回县")
    assert not {"学校食堂", "大型超市"} & acts


def test_a_bank_of_points_or_good_deeds_is_a_practice_not_a_company() -> None:
    acts, bodies = _doc("武冈市经验\n近年来，武冈市在各村设立积分银行，开办道德银行，武冈农商银行发放贷款。\n")
    assert {"积分银行", "道德银行"} <= acts
    assert not any(label in ("积分银行", "道德银行") for _, label in bodies)


def test_a_headlines_quote_written_again_in_the_body_names_the_practice() -> None:
    acts, _ = _doc("余庆县：山村里的“板凳议事会”\n遵义市余庆县在各村推行板凳议事会，群众有事好商量。\n")
    assert "“板凳议事会”" in acts or "板凳议事会" in acts
    acts, _ = _doc("小积分撬动“大治理”\n某县推行积分制，推动大治理。\n")
    assert "“大治理”" not in acts  # a small thing set against a big one is a figure


def test_a_list_whose_first_item_ends_in_a_deed_keeps_that_item() -> None:
    acts = body_activities("推行支部联建、产业联兴、治理联抓、服务联办的“四联共进”模式，", "新邵县")
    assert {"支部联建", "产业联兴", "治理联抓", "服务联办"} <= acts
    assert not any(a.startswith("、") for a in acts)


def test_practices_listed_before_zuofa_are_each_named() -> None:
    acts = body_activities("探索林下经济、碳汇交易和林权抵押贷款等做法，总结好经验、好做法等做法，", "城步县")
    assert {"林下经济", "碳汇交易", "林权抵押贷款"} <= acts
    assert not {"好经验", "好做法"} & acts


def test_parties_counted_as_doers_do_not_name_the_practice_again() -> None:
    acts = body_activities("推广党支部领办合作社，全县97个村党支部领办合作社112家，", "新宁县")
    assert "党支部领办合作社" in acts
    assert "村党支部领办合作社" not in acts


def test_a_defined_mechanism_meets_its_short_name_quoted_in_the_headline() -> None:
    doc = extract(
        Document(
            path=Path("t.txt"),
            text="城步县探索“三事分办”\n城步县推行大事乡镇办、小事村里办、私事自己办的三事分办工作机制。\n",
        )
    )
    acts = [e for e in doc.entities.values() if e.cls in ACTIVITY_KINDS]
    assert len(acts) == 1


def test_a_one_y_shape_is_no_count_of_one() -> None:
    acts = body_activities("推行一村一品、一户一策，做到一户一个致富门路，", "会同县")
    assert {"一村一品", "一户一策"} <= acts
    assert "一户一个" not in acts


def test_the_matters_of_a_list_are_no_name() -> None:
    acts = body_activities("明确各类事项清单，编制政务服务事项清单，", "靖州县")
    assert "事项清单" not in acts
    assert "政务服务事项清单" in acts


def test_a_county_civilisation_office_is_a_body() -> None:
    _, bodies = _doc("兰坪县经验\n近年来，兰坪县文明办、县妇联联合开展家庭评选，市文明办牵头推进。\n")
    assert {label for cls, label in bodies if cls == "PartyOrganization" and label.endswith("文明办")}


def test_a_time_of_day_before_a_community_is_no_part_of_its_name() -> None:
    _, bodies = _doc("泸水市经验\n每逢上下班高峰期社区志愿者在路口执勤，节假日社区组织义诊。\n")
    assert not any(label.endswith("社区") for _, label in bodies)


def test_a_former_seats_town_is_named_though_its_seat_word_runs_into_zhen() -> None:
    _, bodies = _doc("古市镇经验\n近年来，古市镇推行积分制管理，新市镇开展环境整治。\n")
    assert {("Township", "古市镇"), ("Township", "新市镇")} <= bodies


def test_a_registered_brand_may_hold_an_adverb() -> None:
    _, bodies = _doc("某县经验\n云南果然甜果业有限公司在县里建设基地，湖南真正香食品有限公司带动农户增收。\n")
    labels = {label for _, label in bodies}
    assert {"云南果然甜果业有限公司", "湖南真正香食品有限公司"} <= labels


def test_quotes_listed_as_model_people_are_honours() -> None:
    acts = body_activities("评选表彰“最美儿媳”“好邻居”等先进典型420户，", "陇川县")
    assert not {"“最美儿媳”", "“好邻居”"} & acts


def test_a_counted_list_of_rules_names_each_rule_without_its_count() -> None:
    acts = body_activities("建立县领导联系乡镇、部门包村和干部结对帮扶三项制度，", "盈江县")
    assert {"县领导联系乡镇", "部门包村", "干部结对帮扶"} <= acts
    assert "干部结对帮扶三项" not in acts


def test_a_combination_model_without_quotes_keeps_its_parties() -> None:
    acts = body_activities("探索保险+期货模式，推行党支部+合作社+农户模式，", "梁河县")
    assert {"保险+期货模式", "党支部+合作社+农户模式"} <= acts


def test_a_defined_rule_is_the_rule_its_headline_quotes() -> None:
    doc = extract(
        Document(
            path=Path("t.txt"),
            text="芒市推行干部“三包”责任制\n德宏州芒市推行县领导包乡镇、乡镇干部包村、党员包户的“三包”责任制。\n",
        )
    )
    wholes = [e for e in doc.entities.values() if e.cls in ACTIVITY_KINDS and "三包" in e.label]
    assert len(wholes) == 1


def test_verbs_of_founding_set_up_a_quoted_practice() -> None:
    acts = body_activities("该镇首创“板凳夜谈”，各村建起了“村民说事厅”，", "瑞丽市")
    assert {"“板凳夜谈”", "“村民说事厅”"} <= acts


def test_a_points_title_of_a_deed_and_its_object_is_its_topic() -> None:
    acts, _ = _doc(
        "弥渡县2023年基层治理工作总结\n一、主要做法\n（一）织密网格体系。全县划分网格640个。\n"
        "（二）推进矛盾化解。化解纠纷1200件。\n（三）结对帮扶机制。全县结对900户。\n（四）推行积分制管理。全县推行积分制。\n"
    )
    assert not {"织密网格体系", "矛盾化解"} & acts
    assert {"结对帮扶机制", "积分制管理"} <= acts


def test_a_selection_held_is_a_campaign_named_by_who_is_chosen() -> None:
    acts = body_activities("开展好家风家庭评选活动，组织最美护林员评选，举办年度评选，", "沧源县")
    assert {"好家风家庭评选活动", "最美护林员评选"} <= acts
    assert "年度评选" not in acts
