"""A practice whose sentence counts the households each party member keeps in touch with is household
contact work; enterprises counted the same way are not households. Every sentence here is invented."""

from __future__ import annotations

from extracted import activity_categories


def test_households_counted_per_member_make_household_contact() -> None:
    text = "青禾县党员管理经验\n青禾县推行“三帮三带”任务，每名党员对口联系8至12户群众，帮助解决实际困难。\n"
    assert "PartyMemberHouseholdContact" in activity_categories(text)["“三帮三带”"]


def test_enterprises_counted_in_households_are_no_households() -> None:
    text = "青禾县营商环境经验\n青禾县推行“三帮三带”任务，每名干部联系服务企业5户，帮助解决实际困难。\n"
    assert "PartyMemberHouseholdContact" not in activity_categories(text)["“三帮三带”"]


def test_households_a_member_mentors_are_household_contact() -> None:
    text = "青禾县党员管理经验\n青禾县开展“一名党员带一片”活动，每名党员帮带三至五户群众，做到户户有人联。\n"
    assert "PartyMemberHouseholdContact" in activity_categories(text)["“一名党员带一片”活动"]
