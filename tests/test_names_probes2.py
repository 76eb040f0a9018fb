"""Names and containment found by a third round of probing with invented sentences.

A village listed after 下辖 is its town's, which vouches for a name that is also a common word (桃花村);
a serial-verb clause (拿出资金|支持|某某村) puts the village after its second verb; a brand that holds a
county's short name (翠岭|富民…有限公司, 富民 being a county's) keeps its first word; the office of a
county committee's leading group (中共某县委…领导小组办公室) lies in that county.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from extracted import COUNTY_OPENING, relation_pairs

from loaders.names import bodies


def _units(text: str) -> list[str]:
    return [f.text for f in bodies.scan(text)]


def test_villages_listed_under_their_town_are_named_though_common_words() -> None:
    assert _units("翠岭乡下辖桃花村、杏坪村等8个行政村。") == ["翠岭乡", "桃花村", "杏坪村"]
    assert _units("翠岭乡下辖杏坪村、横塘村、桃花村。") == ["翠岭乡", "杏坪村", "横塘村", "桃花村"]


def test_the_verb_of_governing_is_no_part_of_the_village() -> None:
    assert _units("翠岭乡辖杏坪村、桃花村。") == ["翠岭乡", "杏坪村", "桃花村"]
    assert _units("翠岭乡辖区杏坪村推行积分制。") == ["翠岭乡", "杏坪村"]
    assert _units("翠岭乡辖区内杏坪村推行积分制。") == ["翠岭乡", "杏坪村"]


def test_a_kind_of_village_after_governing_is_still_no_name() -> None:
    assert _units("翠岭乡下辖行政村12个。") == ["翠岭乡"]


def test_a_village_after_a_second_verb_of_a_serial_clause() -> None:
    assert _units("翠岭乡拿出资金支持杏坪村发展产业。") == ["翠岭乡", "杏坪村"]
    assert _units("县财政拿出专项资金支持横塘村建设。") == ["横塘村"]
    assert _units("镇里筹集资金帮助横塘村修路。") == ["横塘村"]
    assert _units("，拿杏坪村来说，该村推行积分制。") == ["杏坪村"]


def test_a_brand_holding_a_county_short_name_keeps_its_first_word() -> None:
    assert _units("，翠岭富民农业开发有限公司带动农户增收。") == ["翠岭富民农业开发有限公司"]
    assert _units("引进翠岭惠民食品有限公司建成加工厂。") == ["翠岭惠民食品有限公司"]


def test_a_kind_written_before_a_registered_name_is_still_left_out() -> None:
    assert _units("，全县企业翠岭富民食品有限公司带动农户增收。") == ["翠岭富民食品有限公司"]


def test_a_county_committees_group_office_lies_in_the_county() -> None:
    parts = relation_pairs(COUNTY_OPENING + "中共松阳县委农村工作领导小组办公室牵头推进宅基地改革。\n", "partOf")
    assert ("中共松阳县委农村工作领导小组办公室", "松阳县") in parts


def test_the_general_offices_of_a_county_committee_and_government_keep_their_office() -> None:
    parts = relation_pairs(COUNTY_OPENING + "中共松阳县委员会办公室、松阳县人民政府办公室联合印发通知。\n", "partOf")
    assert ("松阳县委办公室", "松阳县") in parts
    assert ("松阳县人民政府办公室", "松阳县") in parts
