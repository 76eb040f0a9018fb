"""Names in titles: a part title is mostly a slogan, but a term of the field and a way its verb sets up
are named there (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.activities import run
from loaders.document import Document


def _labels(text: str) -> set[str]:
    doc = run(segment.run(Document(path=Path("x.txt"), text=text)))
    return {e.label for e in doc.entities.values()}


_REPORT = (
    "青松县推行村企联建 激活集体经济\n"
    "近年来，青松县多措并举发展集体经济。\n"
    "一、创新山林托管模式，让村民离乡不离利\n"
    "各村把闲置山林交给合作社统一经营。\n"
    "二、完善工作推进体系，凝聚发展合力\n"
    "县里成立专班统筹推进。\n"
)


def test_a_term_of_the_field_in_a_title_is_named() -> None:
    assert "村企联建" in _labels(_REPORT)


def test_a_way_a_part_title_sets_up_is_named_and_a_generic_one_is_not() -> None:
    labels = _labels(_REPORT)
    assert "山林托管模式" in labels
    assert not any(label.endswith("推进体系") for label in labels)


def test_ways_a_part_of_recommendations_proposes_are_not_in_place() -> None:
    text = (
        "关于青松县河道管护情况的调研报告\n"
        "为摸清全县河道管护情况，调研组走访了8个乡镇。现将有关情况报告如下。\n"
        "一、主要做法\n"
        "县里建立河道巡查联动机制，每月通报一次。各乡镇落实专人巡河，全年巡河1.2万次。\n"
        "二、对策建议\n"
        "一是健全上下游生态补偿机制；二是建立河道保洁经费保障机制。\n"
    )
    labels = _labels(text)
    assert "河道巡查联动机制" in labels
    assert not any("补偿" in label or "保洁" in label for label in labels)
