"""Invented passages in the shapes unseen reports use: each names practices the extractor must read whole.

The sentences are our own (invented county 青禾县 and town 柳溪镇); each probe sits inside a body
paragraph, as in a real report, so that no line is read as a title.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extracted import ACTIVITY_KINDS, body_activities

from loaders.document import Document
from loaders.pipeline import extract

_KINDS = ACTIVITY_KINDS


def _labels(sentence: str) -> set[str]:
    return body_activities(sentence, "青禾县")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("柳溪镇全面推行湖长制和田长制。", {"湖长制", "田长制"}),
        ("推行路长制、街长制和田长制。", {"路长制", "街长制", "田长制"}),
    ],
)
def test_systems_of_posts_listed_are_read_one_by_one(sentence: str, names: set[str]) -> None:
    """A list of post systems joined by 和 stays a list, whatever word the joint makes (和田)."""
    assert _labels(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("柳溪镇对各村实行“晴雨表”考评，每季度通报一次。", "“晴雨表”考评"),
        ("全镇推行干部“一人多村”包联，确保村村有人管。", "“一人多村”包联"),
        ("开通“民情直通车”热线，群众诉求一键直达。", "“民情直通车”热线"),
        ("柳溪镇创新“道德银行”，把好人好事折算成积分。", "“道德银行”"),
        ("各商户作出“先行赔付”承诺，消费纠纷当场化解。", "“先行赔付”承诺"),
    ],
)
def test_a_quote_keeps_the_deed_noun_that_heads_it(sentence: str, name: str) -> None:
    """A quoted core followed by the noun of the deed it names (考评, 包联, 热线, 承诺) is read with that
    noun, which tells what kind of practice the quote is."""
    assert name in _labels(sentence)


def test_a_special_supervision_after_a_quote_is_a_campaign() -> None:
    text = "青禾县经验交流\n近年来，青禾县开展“村账清”专项监督，查出问题32个。\n"
    doc = extract(Document(path=Path("t.txt"), text=text))
    assert {(e.label, e.cls) for e in doc.entities.values() if e.cls in _KINDS} == {("“村账清”专项监督", "Initiative")}


def test_a_name_right_after_a_title_written_elsewhere_is_read() -> None:
    """A report whose title is the document's head line starts further down: its first sentence is body
    text, not the title, and a name there is read as in any sentence."""
    text = (
        "柳溪镇2023年工作总结和2024年工作计划\n一、2023年工作开展情况\n"
        "（一）基层治理。一是建立镇村干部包片联户制度，每名干部联系30户。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    assert "镇村干部包片联户制度" in {e.label for e in doc.entities.values() if e.cls in _KINDS}


def test_how_often_is_no_shape_of_a_way() -> None:
    """一月一次 says how often (一X一次), and a shape ends where its last word does (一月一次议事会)."""
    labels = _labels("推行“三个一”机制：一个支部带一个合作社、一名党员帮一户群众、一月一次议事会。")
    assert labels == {"“三个一”机制"}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("柳溪镇开展净河行动，清理河道12条。", {"净河行动"}),
        ("全县启动雷霆行动，查处违规用火8起。", {"雷霆行动"}),
        ("柳溪镇开展清四乱行动，拆除违建5处。", {"清四乱行动"}),
        ("全县开展联合行动，检查商户30家。", set()),
        ("深入开展扫黑除恶专项斗争，打掉团伙2个。", {"扫黑除恶专项斗争"}),
    ],
)
def test_a_short_campaign_launched_is_named_whole(sentence: str, names: set[str]) -> None:
    """A campaign of two or three coined characters right after the verb that launches it is one name; a
    common word before 行动 (联合) says how the work is done."""
    assert _labels(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("整合人民调解、行政调解、司法调解力量，化解纠纷86件。", {"人民调解", "行政调解", "司法调解"}),
        ("各园区采取单独组建、联合组建方式，建立党组织12个。", {"单独组建", "联合组建"}),
        ("全镇发展肉牛养殖、生猪养殖，带动农户增收。", set()),
    ],
)
def test_kinds_of_one_deed_listed_are_ways(sentence: str, names: set[str]) -> None:
    """Kinds of one deed of governance work listed side by side (甲调解、乙调解) are each a way of working;
    kinds of a production deed (养殖) are industries."""
    assert _labels(sentence) == names


def test_a_quoted_app_keeps_its_kind() -> None:
    """A tool named by a quote and its kind (“某某”APP, “某某”微信小程序) is read with the kind."""
    labels = _labels("柳溪镇推广使用“青禾通”APP，开发“村务明”微信小程序，")
    assert {"“青禾通”APP", "“村务明”微信小程序"} <= labels


@pytest.mark.parametrize(
    "sentence",
    [
        "依托村“青禾农民讲习所”，每月组织党员学习一次，",
        "在各村开设“柳溪夜校”，每周授课两次，",
        "依托“邻里食堂”，为高龄老人提供午餐，",
    ],
)
def test_a_quoted_place_of_learning_or_service_is_a_way(sentence: str) -> None:
    """A quoted name ending in the kind of place a practice runs in (讲习所, 夜校, 食堂) names the practice."""
    assert any(label.startswith("“") for label in _labels(sentence))


def test_honours_won_are_no_practices() -> None:
    """Quoted titles a place won (获得“甲”“乙”等荣誉, 3项殊荣) are honours, not ways of working."""
    assert _labels("柳溪镇先后获得“全国文明镇”“省级生态乡镇”等荣誉，") == set()
    assert _labels("石门村摘得“全省美丽乡村”等3项殊荣，") == set()


def test_a_pilot_of_any_level_keeps_its_level() -> None:
    """A designation ends on the level of unit it makes a pilot of (试点镇, 试点社区), as 试点县 does."""
    assert "乡村治理试点镇" in _labels("柳溪镇被列为全省乡村治理试点镇，")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("柳溪镇设立村民议事日，每月15日集中议事，", "村民议事日"),
        ("全县举行村党组织书记大比武，决出优胜者10名，", "村党组织书记大比武"),
    ],
)
def test_a_fixed_day_or_contest_of_the_work_is_named(sentence: str, name: str) -> None:
    """A day fixed for a kind of work (议事日, 接访日) is a way of working; a 大比武 is a campaign."""
    assert name in _labels(sentence)


def test_a_quote_then_a_count_of_levels_keeps_the_whole_name() -> None:
    """After a quote, a count of levels (三级) opens the rest of the name; its verbs (联动, 调解) are words of
    the name, not a clause of their own."""
    assert "“县—镇—村”三级联动调解体系" in _labels("全县建立“县—镇—村”三级联动调解体系，")
