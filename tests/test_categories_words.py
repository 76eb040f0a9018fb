"""Categories from the words of an activity's name: a keyword inside a longer one is not read, a count
inside a keyword still is, a word with several senses goes by the longer word it stands in, and a term
of art is a practice of its field. The names and sentences here are invented."""

from __future__ import annotations

from activity_categories import categories, of

from loaders.activities import categories_for


def test_a_keyword_inside_a_longer_keyword_is_not_read_on_its_own() -> None:
    cats = categories_for({"青川县微党校"})
    assert "PoliticalStudy" in cats
    assert "CadreTraining" not in cats  # 党校 is inside 微党校


def test_keywords_that_overlap_without_nesting_both_count() -> None:
    assert {"EvaluationRanking", "PartyMemberManagement"} <= categories_for({"退休党员积分量化激励"})


def test_a_count_of_households_inside_a_keyword_still_names_it() -> None:
    assert "PartyMemberHouseholdContact" in categories_for({"党员联五户"})
    assert "PartyMemberHouseholdContact" in categories_for({"“支部+十户长”模式"})
    assert "PartyMemberHouseholdContact" not in categories_for({"七户联防"})


def test_a_front_of_propaganda_is_no_service_centre() -> None:
    assert "PartyMassServiceCenter" not in categories_for({"网络宣传阵地"})
    assert "IdeologicalWork" in categories_for({"网络宣传阵地"})
    assert "PartyMassServiceCenter" in categories_for({"村级活动阵地"})


def test_terms_of_art_are_practices_with_their_fields() -> None:
    cats = categories("青禾县经验\n青禾县深化校企合作，全面开展清产核资，对重点问题挂牌督办。\n")
    assert "IndustryAcademiaCollaboration" in of(cats, "校企合作")
    assert "CollectiveEconomy" in of(cats, "清产核资")
    assert "SupervisionInspection" in of(cats, "挂牌督办")


def test_words_documents_use_for_the_contract_fields() -> None:
    assert "GridGovernance" in categories_for({"“格长制”管理模式"})
    assert "DemocraticConsultation" in categories_for({"“楼道微议事”机制"})
    assert "DemocraticConsultation" not in categories_for({"《党委会议事规则》"})
    assert "EvaluationRanking" in categories_for({"党员“先锋积分”"})
    assert "EvaluationRanking" in categories_for({"“物业服务月评议”制度"})
    assert "PoliticalStudy" in categories_for({"“农牧民夜校”"})
    assert "CollectiveEconomy" in categories_for({"村级财务“村账镇管”"})
    assert "DualReporting" in categories_for({"在职党员回社区"})
    assert "TalentRecruitment" in categories_for({"“乡贤回归”工程"})
    assert "DemocraticConsultation" in categories_for({"“火塘会”"})
    assert "IndustryAcademiaCollaboration" in categories_for({"校县合作机制"})
    assert "ResponsibilitySystem" in categories_for({"议事协调机构"})


def test_a_name_that_brings_people_in_is_talent_recruitment() -> None:
    cats = categories("青禾县经验\n青禾县出台《关于加快集聚海内外青年人才的若干措施》，给予安家补贴。\n")
    assert "TalentRecruitment" in of(cats, "加快集聚海内外青年人才")
