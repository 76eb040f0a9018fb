"""Categories from the words of an activity's name: a keyword inside a longer one is not read, a count
inside a keyword still is, and a word with several senses goes by the longer word it stands in. The
names here are invented."""

from __future__ import annotations

from loaders.activities import categories_for


def test_a_keyword_inside_a_longer_keyword_is_not_read_on_its_own() -> None:
    cats = categories_for({"青川县微党校"})
    assert "PoliticalStudy" in cats
    assert "CadreTraining" not in cats  # 党校 is inside 微党校


def test_keywords_that_overlap_without_nesting_both_count() -> None:
    assert {"EvaluationRanking", "PartyMemberManagement"} <= categories_for({"退休党员积分制激励"})


def test_a_count_of_households_inside_a_keyword_still_names_it() -> None:
    assert "PartyMemberHouseholdContact" in categories_for({"党员联五户"})
    assert "PartyMemberHouseholdContact" in categories_for({"“支部+十户长”模式"})
    assert "PartyMemberHouseholdContact" not in categories_for({"五户联保"})


def test_a_front_of_propaganda_is_no_service_centre() -> None:
    assert "PartyMassServiceCenter" not in categories_for({"网络宣传阵地"})
    assert "IdeologicalWork" in categories_for({"网络宣传阵地"})
    assert "PartyMassServiceCenter" in categories_for({"村级活动阵地"})
