"""A paragraph that opens on a scene in a village, town or community (走进某村，…) reports its later figures
through that unit where their sentences name no doer; a body a later sentence names ends the scene."""

from __future__ import annotations

from extracted import reporters


def test_figures_after_a_scene_with_no_doer_of_their_own_are_the_scenes() -> None:
    got = reporters(
        "丹凤县：“五个一”机制助力基层治理\n"
        "丹凤县在全县推行“五个一”机制。来到棣花镇万湾村，只见议事厅里坐满了村民。"
        "今年以来，共召开议事会24次，解决问题56个。\n"
    )
    assert got["24次"] == got["56个"] == "万湾村"


def test_a_doer_named_after_the_scene_keeps_its_figures() -> None:
    got = reporters(
        "岚县：小杂粮做成大产业\n"
        "走进岚县东村镇，漫山遍野的马铃薯花竞相开放。近年来，岚县坚持发展马铃薯产业，建成加工企业12家。\n"
        "在岚县普明镇，马铃薯花开得正艳。当地群众告诉记者，今年长势良好。\n"
        "近年来，共建成马铃薯储藏窖86个。\n"
    )
    assert got["12家"] == "岚县"
    assert got["86个"] == "岚县"  # a new paragraph: the scene has ended


def test_a_sentence_that_ends_on_the_village_a_visit_reaches_sets_the_scene() -> None:
    got = reporters(
        "尤溪县：“一村一品”铺就致富路\n"
        "近年来，尤溪县因地制宜发展特色产业。"
        "从甲溪村驱车半小时，便来到了洋中镇后楼村。这里的高山蔬菜远近闻名，种植面积达到1300亩，带动农户410户。\n"
    )
    assert got["1300亩"] == got["410户"] == "后楼村"


def test_the_figures_after_the_example_a_clause_takes_are_the_examples() -> None:
    got = reporters(
        "临湘市：人居环境整治\n临湘市扎实推进人居环境整治。以桃林镇为例，今年以来共拆除旱厕380座，清理沟渠95公里。\n"
    )
    assert got["380座"] == got["95公里"] == "桃林镇"


def test_a_bare_village_word_after_a_village_officials_words_is_that_village() -> None:
    got = reporters(
        "尤溪县：“一村一品”铺就致富路\n"
        "近年来，尤溪县因地制宜发展特色产业。在西城镇玉池村，村里种植茶叶1600亩。\n"
        "“我们村的竹笋卖到了全国各地。”管前镇岭头村党支部书记吴建新说。目前，村里建成竹笋加工厂3座，年产值达到900万元。\n"
    )
    assert got["1600亩"] == "玉池村"
    assert got["3座"] == got["900万元"] == "岭头村"
