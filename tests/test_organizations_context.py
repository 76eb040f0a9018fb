"""Where a unit's name starts and whether it is one, read from the words around it: a time word or a
particle before it, the siblings listed with it, and places written only as where a deed reaches.

Every sentence here is invented (counties of the division data, made-up towns and villages).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import segment
from loaders.document import Document
from loaders.names import stage as organizations


def _named(text: str) -> dict[str, str]:
    """Label -> class of the organizations and places a passage of `text` names."""
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    return {e.label: e.cls for e in doc.entities.values() if e.passages}


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("近年来凤凰街道坚持党建引领。", "凤凰街道"),
        ("多年来石桥乡坚持发展特色产业。", "石桥乡"),
        ("去年起河西街道推行积分制。", "河西街道"),
        ("目前青山村已建成文化广场。", "青山村"),
        ("党员干部帮扶了南山村的困难群众。", "南山村"),
    ],
)
def test_a_time_word_or_particle_before_a_unit_is_no_part_of_its_name(sentence: str, unit: str) -> None:
    named = _named("宁陵县推进基层治理\n" + sentence)
    assert unit in named
    assert not [n for n in named if n.endswith(unit) and n != unit]


def test_a_time_word_that_describes_stays_in_the_name() -> None:
    named = _named("宁陵县推进乡村振兴\n组建宁陵县现代农机专业合作社，设立乡村振兴青年创业学院。")
    assert "宁陵县现代农机专业合作社" in named
    assert "乡村振兴青年创业学院" in named


def test_every_township_of_a_list_is_a_name_though_a_word_names_it() -> None:
    named = _named("宁陵县推进集体经济\n草桥镇、时集镇和棋盘镇，光明镇、新兴镇各建成基地一个。")
    assert {"草桥镇", "时集镇", "棋盘镇", "光明镇", "新兴镇"} <= {n for n, c in named.items() if c == "Township"}


def test_a_described_kind_of_village_is_no_name() -> None:
    named = _named("宁陵县建设美丽乡村\n走进了美丽山村，党员带头整治环境。")
    assert not [n for n in named if n.endswith("村")]


def test_places_a_deed_reaches_are_no_units_of_the_text() -> None:
    named = _named("宁陵县发展梨产业\n酥梨销往广州、深圳等地，干部赴浙江安吉、江苏昆山等地学习经验。")
    assert not {"广州市", "深圳市", "安吉县", "昆山市", "浙江省", "江苏省"} & set(named)
    assert "广州市" in _named("宁陵县发展梨产业\n与广州市农业部门签订协议。")


def test_a_name_written_whole_after_a_preposition_keeps_its_verb_like_first_character() -> None:
    named = _named("宁陵县推进网格治理\n在来龙湾街道、石湾街道开展试点。来龙湾街道东湖社区建成驿站。")
    assert "来龙湾街道" in named
    assert "龙湾街道" not in named


def test_a_community_named_after_its_housing_estate_and_a_water_town_that_is_none() -> None:
    named = _named("宁陵县推进社区治理\n锦江花园社区推行积分制，全县打造江南水乡风貌。")
    assert named.get("锦江花园社区") == "Community"
    assert not [n for n, c in named.items() if c == "Township"]


def test_an_honour_naming_a_flag_is_no_banner_and_its_awarding_body_is_named() -> None:
    named = _named("宁陵县推进精神文明建设\n县团委被评为全国五四红旗团委，县城被中央文明委评为全国文明城市。")
    assert named.get("中央精神文明建设指导委员会") == "PartyOrganization"
    assert [n for n in named if "团" in n] == ["共青团宁陵县委"]  # 县团委; no 旗团委 of 五四红旗团委


def test_a_named_community_before_its_residents_and_a_common_village_name_after_a_verb() -> None:
    named = _named("宁陵县推进基层治理\n帮助前进村修路，让东湖社区居民受益，方便社区居民办事。")
    assert named.get("前进村") == "Village"
    assert named.get("东湖社区") == "Community"
    assert [n for n, c in named.items() if c == "Community"] == ["东湖社区"]


def test_a_verb_of_making_before_a_village_word_names_no_village() -> None:
    named = _named("宁陵县改善人居环境\n硬化村内道路12公里，绿化村庄道路5公里，以“四化”提档村党群服务中心。")
    assert not [n for n, c in named.items() if c == "Village"]
