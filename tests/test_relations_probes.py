"""Partners, honours and containment on short invented passages of the shapes governance reports use: a body
that signs with, joins, invites or leans on another; an honour given by a named body; a village written with
its town, a town's list of villages, a community placed in its street."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import Document
from loaders.pipeline import extract

_LEAD = "近年来，岚皋县坚持以人民为中心，持续推进基层治理现代化，取得了积极成效。"


def _edges(sentence: str, predicate: str) -> set[tuple[str, str]]:
    doc = extract(Document(path=Path("p.txt"), text=f"岚皋县工作经验\n{_LEAD}{sentence}\n"))
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == predicate}


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("岚皋县与西京理工大学签订战略合作协议，共建乡村振兴研究院。", ("岚皋县", "西京理工大学")),
        ("岚皋县联合江城农业科学院，开展“科技下乡”活动。", ("岚皋县", "江城农业科学院")),
        ("岚皋县携手北辰集团有限公司打造“数字乡村”示范区。", ("岚皋县", "北辰集团有限公司")),
        ("岚皋县邀请西京理工大学专家团队开展技术指导。", ("岚皋县", "西京理工大学")),
        ("岚皋县依托西京理工大学的科研力量，建立专家工作站。", ("岚皋县", "西京理工大学")),
        ("柳溪镇与北辰集团有限公司开展村企结对，共建产业园。", ("柳溪镇", "北辰集团有限公司")),
        ("柳溪镇和桃源镇签订跨区域合作协议，共同开展联合执法。", ("柳溪镇", "桃源镇")),
    ],
)
def test_a_partner_the_sentence_names(sentence: str, pair: tuple[str, str]) -> None:
    edges = _edges(sentence, "collaboratesWith")
    assert pair in edges or pair[::-1] in edges


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("岚皋县“阳光议事”制度被民政部评为全国基层治理创新案例。", ("“阳光议事”制度", "民政部")),
        ("岚皋县“清风乡村”工程入选农业农村部乡村治理典型案例名单。", ("“清风乡村”工程", "农业农村部")),
        ("岚皋县民主镇桃花村被农业农村部评为全国乡村治理示范村。", ("桃花村", "农业农村部")),
        (
            "岚皋县人民医院被国家卫生健康委员会授予“改善医疗服务示范医院”称号。",
            ("岚皋县人民医院", "国家卫生健康委员会"),
        ),
    ],
)
def test_an_honour_goes_to_what_the_sentence_honours(sentence: str, pair: tuple[str, str]) -> None:
    assert pair in _edges(sentence, "recognizedBy")


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        ("岚皋县柳溪镇桃花村地处山区，全村共有农户320户。", {("桃花村", "柳溪镇"), ("柳溪镇", "岚皋县")}),
        (
            "柳溪街道辖8个社区，其中翠竹社区、枫林社区为老旧小区集中的社区。",
            {("翠竹社区", "柳溪街道"), ("枫林社区", "柳溪街道")},
        ),
        (
            "民主镇桃花村、柳树村和杏林村联合成立强村公司。",
            {("桃花村", "民主镇"), ("柳树村", "民主镇"), ("杏林村", "民主镇")},
        ),
        ("城关镇枫林社区位于县城中心，辖居民小区8个。", {("枫林社区", "城关镇")}),
    ],
)
def test_a_unit_lies_in_the_unit_written_with_it(sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert pairs <= _edges(sentence, "partOf")
