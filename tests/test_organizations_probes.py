"""Names of places found by a second round of probing with invented sentences.

A kind of settlement written right before a name of its level (省级示范村杏坪村, 重点镇某某镇) describes
it: the name is the one after it. A town described by what it is known for (农业大镇, 经济强镇, 旅游名村)
is no town.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

from extracted import doers, reporters

from loaders.document import Document
from loaders.names import bodies, places
from loaders.pipeline import extract


def _units(text: str) -> list[str]:
    return [f.text for f in bodies.scan(text)]


def test_a_kind_of_village_before_a_village_names_the_one_after_it() -> None:
    assert _units("，省级示范村杏坪村推行“积分超市”，") == ["杏坪村"]
    assert _units("，曾经的贫困村杏坪村推行，") == ["杏坪村"]
    assert _units("，乡村振兴示范村杏坪村推行，") == ["杏坪村"]


def test_a_kind_of_town_or_community_before_its_name() -> None:
    assert _units("，重点镇桃溪镇推行，") == ["桃溪镇"]
    assert _units("，示范社区翠竹社区推行，") == ["翠竹社区"]


def test_a_kind_of_village_alone_is_no_village() -> None:
    assert _units("，贫困村村民增收，") == []


def test_the_village_after_its_kind_acts_and_reports() -> None:
    text = "松阳县：党建引领促发展\n近年来，松阳县坚持党建引领。\n省级示范村杏坪村推行“积分超市”，兑换物品3000件。\n"
    assert doers(text)["“积分超市”"] == {"杏坪村"}
    assert reporters(text)["3000件"] == "杏坪村"


def test_a_town_described_by_its_trade_is_no_town() -> None:
    assert _units("，桃溪镇是农业大镇，") == ["桃溪镇"]
    assert _units("，作为经济重镇，") == []
    assert _units("，打造旅游名村，") == []
    assert _units("，石大镇推行，") == ["石大镇"]


def test_a_countys_short_name_after_its_prefectures_is_found() -> None:
    text = "丽水松阳：小网格撬动大治理\n近年来，松阳推进网格治理，全县划分网格1200个。\n"
    assert reporters(text)["1200个"] == "松阳县"


def test_a_prefectures_short_name_before_another_word_finds_no_county() -> None:
    names = [f.text for f in places.scan("金华市：网格治理\n金华的义乌推进网格治理。\n")]
    assert "义乌" not in names


def test_a_levels_vocational_and_technical_schools_are_found() -> None:
    assert _units("，县职业技术学校推行，") == ["县职业技术学校"]
    assert _units("，县技工学校推行，") == ["县技工学校"]
    assert _units("，县中等职业学校推行，") == ["县中等职业学校"]
    assert _units("，职业技术学校建设，") == []


def test_a_levels_archives_is_a_venue_and_a_deed_on_a_venue_is_none() -> None:
    assert _units("，县档案馆推出“档案云查”服务，") == ["县档案馆"]
    assert _units("，建设图书馆，") == []
    assert _units("，打造文化馆，") == []


def _labels(text: str) -> dict[str, tuple[str, set[str]]]:
    doc = extract(Document(path=Path("t.txt"), text=text))
    return {e.label: (e.cls, set(e.alt_labels)) for e in doc.entities.values()}


def test_a_levels_own_company_and_college_are_named_for_its_unit() -> None:
    head = "松阳县：城乡建设\n近年来，松阳县加快城乡建设。\n"
    found = _labels(head + "县城投集团实施“旧城焕新”工程。县老年大学开设“银龄课堂”。\n")
    assert found["松阳县城投集团"] == ("Enterprise", {"县城投集团"})
    assert found["松阳县老年大学"][1] == {"县老年大学"}
    assert "县城投集团" not in found


def test_a_friendship_association_named_by_its_unit_is_a_body() -> None:
    assert _units("，县乡贤联谊会推出“乡贤回归”计划，") == ["县乡贤联谊会"]
    assert _units("，桃溪镇乡贤联谊会开展，") == ["桃溪镇乡贤联谊会"]
    assert _units("，成立乡贤联谊会，") == []
    assert _units("，举办青年联谊会，") == []


def test_stationed_in_is_no_part_of_a_villages_name() -> None:
    assert _units("，驻杏坪村第一书记王强推行，") == ["杏坪村"]
    assert "驻杏坪村" not in _units("，县人社局驻杏坪村工作队推行，")


def test_a_governance_verb_before_a_place_is_no_part_of_its_name() -> None:
    assert _units("，对口帮扶杏坪村，") == ["杏坪村"]
    assert _units("，包联桃溪镇，") == ["桃溪镇"]
    assert _units("，督导翠竹社区，") == ["翠竹社区"]
    assert _units("，建设村推行，") == ["建设村"]


def test_a_verb_opening_the_run_before_a_body_is_no_part_of_its_name() -> None:
    assert _units("，帮扶青禾农业发展有限公司，") == ["青禾农业发展有限公司"]
    assert _units("，服务浙江农林大学，") == ["浙江农林大学"]
    assert _units("，县便民服务中心推出，") == ["县便民服务中心"]


def test_a_companys_brand_with_gongsi_is_its_registered_name_written_short() -> None:
    text = (
        "黔丰公司：党建引领企业发展\n修文县位于贵阳市北部。贵州黔丰农业发展有限公司成立于2015年，现有员工320人。"
        "黔丰公司推行“党员先锋岗”，2023年黔丰公司实现销售收入1.2亿元。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    companies = [e for e in doc.entities.values() if e.cls == "Enterprise"]
    assert [e.label for e in companies] == ["贵州黔丰农业发展有限公司"]
    assert "黔丰公司" in companies[0].alt_labels
    assert set(reporters(text).values()) == {"贵州黔丰农业发展有限公司"}


def test_a_brand_two_registered_names_hold_stays_its_own_company() -> None:
    text = "修文县经验\n近年来，修文县引进贵州华兴农业发展有限公司和华兴物流有限公司。华兴公司带动农户320户。\n"
    doc = extract(Document(path=Path("t.txt"), text=text))
    assert "华兴公司" in {e.label for e in doc.entities.values()}
