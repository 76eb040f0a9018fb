"""An enterprise's work done with a university or research institute as its partner is industry-academia
collaboration; a county's or a school's work with one is not industry's. Every sentence here is invented."""

from __future__ import annotations

from extracted import activity_categories


def test_an_enterprise_building_with_a_college_is_industry_academia_work() -> None:
    text = "青禾电机有限公司人才工作经验\n青禾电机有限公司与青禾理工学院共建“青禾工匠”实训基地，每年培养技工80名。\n"
    assert "IndustryAcademiaCollaboration" in activity_categories(text)["“青禾工匠”实训基地"]


def test_a_county_building_with_a_university_is_not_industry_work() -> None:
    text = "青禾县生态保护经验\n青禾县与青禾农业大学合作建设“青禾云”监测平台，布设监测点40个。\n"
    assert "IndustryAcademiaCollaboration" not in activity_categories(text)["“青禾云”监测平台"]
