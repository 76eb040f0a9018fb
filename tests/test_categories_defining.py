"""Categories of activities come from their own name and the text that defines them, not from any field
word of their sentence (sentences written for these tests)."""

from __future__ import annotations

import pytest
from activity_categories import categories, of

from loaders.activities import categories_for


def test_items_take_the_field_of_their_list_head() -> None:
    cats = categories("青禾县经验\n青禾县探索形成了自主管理型、联合管理型等不同小区物业服务模式。")
    assert "PropertyManagement" in of(cats, "联合管理型")


def test_items_after_a_head_and_ji_take_its_field() -> None:
    cats = categories("青禾县经验\n青禾县确定三种集体经济发展类型，即龙头带动型、能人领办型、资源开发型。")
    assert "CollectiveEconomy" in of(cats, "龙头带动型")


def test_an_apposition_defines_the_name_before_it() -> None:
    cats = categories("青禾县经验\n青禾县在小区推行“两户一员”，即在楼栋设置党员中心户，在单元设置党员联系户。")
    assert "PartyMemberHouseholdContact" in of(cats, "两户一员")


def test_a_name_that_states_its_field_takes_no_field_from_its_sentence() -> None:
    cats = categories("青禾县经验\n针对物业服务纠纷多的问题，青禾县各小区普遍成立居民议事会，集中商议停车和绿化。")
    council = of(cats, "居民议事会")
    assert "DemocraticConsultation" in council
    assert "PropertyManagement" not in council


def test_a_field_word_beyond_another_practice_belongs_to_that_practice() -> None:
    cats = categories("青禾县经验\n青禾县开展“三进三帮”活动，推行“双报到”制度，组织在职党员到社区服务。")
    assert "DualReporting" not in of(cats, "三进三帮")


def test_an_opaque_name_takes_the_fields_of_its_own_clause() -> None:
    cats = categories("青禾县经验\n青禾县各街道通过“1+3+N”模式强化网格力量配备，每个网格配备专职网格员。")
    assert "GridGovernance" in of(cats, "1+3+N")


@pytest.mark.parametrize(
    ("name", "concept"),
    [
        ("“党支部+合作社+农户”模式", "CollectiveEconomy"),
        ("“党组织+合作社+基地”模式", "CollectiveEconomy"),
        ("“村社合一”经营模式", "CollectiveEconomy"),
        ("乡贤参事会", "DemocraticConsultation"),
        ("“院落屋场会”", "DemocraticConsultation"),
        ("人才强县战略", "TalentRecruitment"),
        ("“订单班”培养模式", "IndustryAcademiaCollaboration"),
        ("村干部“擂台比武”活动", "EvaluationRanking"),
        ("职工技能竞赛", "EvaluationRanking"),
    ],
)
def test_names_of_a_practice_give_its_concept(name: str, concept: str) -> None:
    assert concept in categories_for({name})


def test_renewing_old_compounds_is_no_property_management() -> None:
    assert "PropertyManagement" not in categories_for({"老旧小区改造"})
    assert "PropertyManagement" in categories_for({"“红色物业”服务队"})


def test_leasing_collective_property_is_collective_economy_not_property_management() -> None:
    cats = categories_for({"物业经营"})
    assert "CollectiveEconomy" in cats
    assert "PropertyManagement" not in cats


def test_an_item_takes_the_field_its_siblings_name() -> None:
    cats = categories("青禾县经验\n青禾县各村因地制宜推行资源开发、物业经营、服务创收等增收模式。")
    assert "CollectiveEconomy" in of(cats, "资源开发")


def test_a_quoted_description_before_de_defines_the_name_after_it() -> None:
    chain = "社区党委统筹—楼栋议事会民主协商—业主代表大会民主表决—物业公司组织执行—居民代表评议监督"
    text = f"青禾县推行“{chain}”的居民自治机制。"
    assert "DemocraticConsultation" in categories("青禾县经验\n" + text)["居民自治机制"]
