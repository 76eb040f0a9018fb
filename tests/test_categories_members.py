"""Categories from whom a practice works on, who runs it and what it is made of: party members named in or
right before its name, a clause that sorts or scores members, a company's party organization as its doer,
the rating clause right after it, a council seated by owners, a platform that runs on phones or data, and
the general words of ratings, apps and talent services. The names and sentences here are invented."""

from __future__ import annotations

import pytest
from activity_categories import categories, of

from loaders.activities import categories_for


def test_a_name_that_names_party_members_is_their_management() -> None:
    cats = categories("荣昌区经验\n荣昌区开展“党员回家”行动，定期开展组织生活。\n")
    assert "PartyMemberManagement" in of(cats, "党员回家")
    cats = categories("彭水县经验\n彭水县建立党员“e档案”，实行一人一档。\n")
    assert "PartyMemberManagement" in of(cats, "e档案")


def test_a_post_team_or_plot_of_members_is_their_vanguard_role() -> None:
    cats = categories("宁都县经验\n宁都县设立“党员责任田”，组建党员技术攻关队，在窗口单位设立党员示范岗。\n")
    assert "PartyMemberVanguard" in of(cats, "党员责任田")
    assert "PartyMemberVanguard" in of(cats, "攻关队")
    assert {"PartyMemberVanguard", "DemonstrationSites"} <= of(cats, "党员示范岗")


def test_a_clause_that_sorts_or_scores_members_defines_its_practice() -> None:
    cats = categories("宁乡市经验\n宁乡市实施“三色管理”法，将农村党员按照履职情况分为红、黄、绿三类。\n")
    assert "PartyMemberManagement" in of(cats, "三色管理")
    cats = categories("汝阳县经验\n汝阳县推出“红色档案”，即为每名农村党员建立包含学习、服务情况的档案。\n")
    assert "PartyMemberManagement" in of(cats, "红色档案")


def test_the_practice_of_a_companys_party_organization_is_non_public_sector_party_building() -> None:
    cats = categories("金华经验\n金华市华兴电器有限公司党支部推行“师徒结对”，由技术骨干带徒弟。\n")
    assert "NonPublicSectorPartyBuilding" in of(cats, "师徒结对")
    cats = categories("松阳县经验\n松阳县推行“师徒结对”，由技术骨干带徒弟。\n")
    assert "NonPublicSectorPartyBuilding" not in of(cats, "师徒结对")


def test_the_clause_right_after_a_name_says_what_it_rates_or_who_takes_charge() -> None:
    cats = categories("汉川市经验\n汉川市实行“五比五看”，每月对各村党组织书记抓党建情况进行评分排序。\n")
    assert {"EvaluationRanking", "VillageLeaderTeam"} <= of(cats, "五比五看")
    cats = categories("隆回县经验\n隆回县建立“四联四包”制度，每名县级领导联系1个乡镇、包抓2个重点项目。\n")
    assert "LeaderContactSystem" in of(cats, "四联四包")


def test_a_contest_takes_the_field_of_those_it_sets_against_each_other() -> None:
    cats = categories("石阡县经验\n石阡县开展“擂台比武”，组织全县村党支部书记比发展思路、比工作实绩。\n")
    assert {"EvaluationRanking", "VillageLeaderTeam"} <= of(cats, "擂台比武")


def test_a_council_of_a_compound_or_seated_by_owners_is_property_management() -> None:
    cats = categories("龙岗区经验\n龙岗区推行“居民议事会”制度，由业主代表、物业企业和社区共同商议停车问题。\n")
    assert {"DemocraticConsultation", "PropertyManagement"} <= of(cats, "居民议事会")
    cats = categories("龙岗区经验\n龙岗区推行“小区议事会”制度，定期商议公共事务。\n")
    assert {"DemocraticConsultation", "PropertyManagement"} <= of(cats, "小区议事会")
    cats = categories("龙岗区经验\n龙岗区推行“居民议事会”制度，推动物业服务提升。\n")
    assert "PropertyManagement" not in of(cats, "居民议事会")  # a goal of better services seats no owners


def test_a_platform_whose_sentence_says_it_runs_on_phones_or_data_is_digital() -> None:
    cats = categories("柯城区经验\n柯城区建设“县乡一体”指挥中心，整合视频监控等数据资源。\n")
    assert "DigitalGovernance" in of(cats, "指挥中心")
    cats = categories("柯城区经验\n柯城区建设“县乡一体”服务中心，为群众提供帮办服务。\n")
    assert "DigitalGovernance" not in of(cats, "服务中心")


def test_stars_given_to_members_or_households_are_a_rating() -> None:
    cats = categories("蓟州区经验\n蓟州区开展“星级文明户”评选，评出五星级文明户1200户。\n")
    assert {"EvaluationRanking", "MoralGovernance"} <= of(cats, "星级文明户")


GENERAL_WORDS = [
    ("“数字党建”平台", "DigitalGovernance"),
    ("“村务云”APP", "DigitalGovernance"),
    ("“党建指数”", "EvaluationRanking"),
    ("“人才绿卡”", "TalentServices"),
    ("“党建+金融”行动", "InclusiveFinance"),
    ("“银政合作”", "InclusiveFinance"),
    ("“红袖标”巡防队", "PublicSafety"),
    ("“一村一辅警”", "PublicSafety"),
    ("建强村级组织", "OrganizationBuilding"),
    ("行业协会党委", "NonPublicSectorPartyBuilding"),
    ("“红黄牌”警示", "SupervisionInspection"),
    ("党员“三亮三比”", "PartyMemberVanguard"),
    ("“15分钟生活圈”", "ConvenienceServices"),
]


@pytest.mark.parametrize(("name", "concept"), GENERAL_WORDS)
def test_general_words_of_governance_say_their_field(name: str, concept: str) -> None:
    assert concept in categories_for({name})


def test_a_keyword_read_inside_a_longer_phrase_is_none() -> None:
    assert "CollectiveEconomy" not in categories_for({"建强村级组织"})  # 强村 is a word of 强村公司


def test_the_first_item_of_a_list_run_on_with_semicolons_heads_only_itself() -> None:
    text = (
        "松阳县经验\n近年来，松阳县推进基层治理。一是抓党员教育，推行“固定党日+N”；"
        "二是抓村务管理，推行“阳光村务”；三是抓产业发展，建立“共富工坊”。\n"
    )
    assert "PoliticalStudy" not in of(categories(text), "阳光村务")


def test_a_name_defined_where_it_stands_again_is_what_the_definition_says() -> None:
    text = "崇义县经验\n崇义县探索“一组两会”。“一组两会”就是党小组、理事会和户长会共同协商村内事务。\n"
    assert "DemocraticConsultation" in of(categories(text), "一组两会")
    text = "平阴县经验\n平阴县推出“三色码”。所谓“三色码”，是指对村级重大事项公开监督、定期督查。\n"
    assert "SupervisionInspection" in of(categories(text), "三色码")
    text = "平阴县经验\n平阴县推出“众议坊”。“众议坊”是全县的协商议事品牌，旨在打造示范点。\n"
    cats = of(categories(text), "众议坊")
    assert "DemocraticConsultation" in cats
    assert "DemonstrationSites" not in cats  # a role said with 是 gives its field, not the methods after it


def test_a_village_leading_team_named_as_the_doer_gives_its_field() -> None:
    text = "曲阳县经验\n曲阳县村党组织书记全部开展“书记项目”，每年办成一件实事。\n"
    assert "VillageLeaderTeam" in of(categories(text), "书记项目")


def test_words_a_longer_keyword_holds_or_other_words_split_still_say_their_field() -> None:
    cats = categories("新干县经验\n新干县在各村设立“和事佬”调解室，推出人才“一站式”服务。\n")
    assert {"RuleOfLawServices", "ConflictResolution"} <= of(cats, "调解室")
    assert "TalentServices" in of(cats, "一站式")


def test_a_clause_that_sets_up_something_else_says_nothing_of_the_rating_before_it() -> None:
    text = "松溪县经验\n松溪县开展“比学赶超”评比，组建党员技术攻关小组，攻克难题5项。\n"
    assert "TechnologyInnovation" not in of(categories(text), "比学赶超")


def test_leaders_each_taking_charge_of_towns_or_villages_are_the_contact_system() -> None:
    text = "慈溪县经验\n慈溪县推行“走村入户”，每名县领导联系1个乡镇，每月至少走访2个村。\n"
    assert "LeaderContactSystem" in of(categories(text), "走村入户")


def test_a_contest_of_grid_workers_is_grid_work() -> None:
    text = "罗江县经验\n罗江县推行“比武打擂”，组织全县网格员比拼信息采集能力。\n"
    assert {"EvaluationRanking", "GridGovernance"} <= of(categories(text), "比武打擂")
