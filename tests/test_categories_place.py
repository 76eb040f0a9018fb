"""A service given at a party-mass service centre is that centre's work; a service written without one is
only a service. Every sentence here is invented."""

from __future__ import annotations

from extracted import activity_categories


def test_a_service_offered_at_the_centre_takes_the_centre() -> None:
    text = "青禾县阵地建设经验\n青禾县改造提升村级党群服务中心，推行“一窗受理、帮办到底”服务，全年代办事项900件。\n"
    cats = activity_categories(text)
    assert {"ConvenienceServices", "PartyMassServiceCenter"} <= cats["“一窗受理、帮办到底”服务"]


def test_a_service_without_a_centre_is_only_a_service() -> None:
    cats = activity_categories("青禾县政务服务经验\n青禾县政务大厅推行“一窗受理、帮办到底”服务，全年代办事项900件。\n")
    service = cats["“一窗受理、帮办到底”服务"]
    assert "ConvenienceServices" in service
    assert "PartyMassServiceCenter" not in service


def test_a_practice_that_names_its_own_field_keeps_it() -> None:
    cats = activity_categories("青禾县阵地建设经验\n青禾县在村级党群服务中心设立“石桥议事会”，每月协商一次村务。\n")
    assert "PartyMassServiceCenter" not in cats["“石桥议事会”"]


def test_a_place_the_party_keeps_is_a_service_centre_whatever_it_offers() -> None:
    text = "青禾县经验\n青禾县在商圈、园区建设“党群连心站”28个，由党员轮流值守，开展政策宣讲和矛盾调解。\n"
    assert "PartyMassServiceCenter" in activity_categories(text)["“党群连心站”"]
    text = "青禾县经验\n青禾县依托银行网点建设“暖心驿站”30个，为外卖骑手提供歇脚、饮水、充电服务。\n"
    assert "PartyMassServiceCenter" in activity_categories(text)["“暖心驿站”"]


def test_a_party_place_named_for_another_field_keeps_that_field() -> None:
    cats = activity_categories("青禾县经验\n青禾县在小区建设“红色物业服务中心”，统一受理居民报修。\n")
    assert "PartyMassServiceCenter" not in cats["“红色物业服务中心”"]
