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
    named = _named("宁陵县推进乡村振兴\n组建宁陵县现代农机专业合作社，设立乡村振兴青年人才学院。")
    assert "宁陵县现代农机专业合作社" in named
    assert "乡村振兴青年人才学院" in named


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
