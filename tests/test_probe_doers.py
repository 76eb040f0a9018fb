"""Doers and reporters of shapes no readable document holds, found by probing with invented sentences.

A department written after the report's words for its unit (我县人社局, 该区民政局), a company written
after its rank and kind (省级龙头企业某某公司), a county's association of individual members (县个体劳动者
协会), and a village given as an example (如某村，…) each open their clause and act there; a named company
brand with 企业 in it (某某企业管理有限公司) keeps its 企业; 全村 after a village is named reports for that
village.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from extracted import COUNTY_OPENING, doers, reporters

from loaders.names import bodies


def test_a_department_after_our_countys_word_acts() -> None:
    does = doers(COUNTY_OPENING + "我县人社局推出“就业加油站”服务，帮助群众就近就业。\n")
    assert does["“就业加油站”服务"] == {"松阳县人社局"}


def test_a_department_after_that_countys_word_acts() -> None:
    does = doers(COUNTY_OPENING + "该县民政局建立“邻里互助”机制，培育社区社会组织。\n")
    assert does["“邻里互助”机制"] == {"松阳县民政局"}


def test_a_determiner_inside_a_word_opens_no_level() -> None:
    names = [f.text for f in bodies.scan("，资本市场监管局推出新规，")]
    assert "市场监管局" not in names


def test_a_company_after_its_rank_and_kind_is_found_and_acts() -> None:
    text = "省级龙头企业青禾绿源农业开发有限公司推出“保底收购”模式，带动农户900户增收。\n"
    assert doers(COUNTY_OPENING + text)["“保底收购”模式"] == {"青禾绿源农业开发有限公司"}
    assert reporters(COUNTY_OPENING + text)["900户"] == "青禾绿源农业开发有限公司"


def test_a_brand_before_qiye_keeps_it() -> None:
    names = [f.text for f in bodies.scan("，绿源企业管理有限公司推出，市级龙头企业绿源公司开展")]
    assert names == ["绿源企业管理有限公司", "绿源公司"]


def test_a_countys_association_of_individual_members_is_a_body() -> None:
    names = [(f.text, f.level) for f in bodies.scan("，县个体劳动者协会开展诚信经营，")]
    assert names == [("县个体劳动者协会", "县")]
    assert bodies.scan("，个体劳动者协会开展诚信经营，") == []


def test_a_village_given_as_an_example_reports_its_figures() -> None:
    reps = reporters(COUNTY_OPENING + "如杏林村，通过流转土地800亩发展苗木种植，带动60户农户增收。\n")
    assert reps["800亩"] == "杏林村"
    assert reps["60户"] == "杏林村"


def test_the_whole_village_after_a_village_is_named_is_that_village() -> None:
    reps = reporters(COUNTY_OPENING + "杏林村地处山区。全村共有农户380户，2023年村集体收入达到45万元。\n")
    assert reps["380户"] == "杏林村"
    assert reps["45万元"] == "杏林村"


def test_a_unit_in_a_bracketed_label_opens_its_paragraph() -> None:
    text = "【杏林镇】推行“屋场夜话”制度，收集群众意见260条。\n"
    assert doers(COUNTY_OPENING + text)["“屋场夜话”制度"] == {"杏林镇"}
    assert reporters(COUNTY_OPENING + text)["260条"] == "杏林镇"


def test_a_village_after_another_examples_marker_is_found_and_acts() -> None:
    text = "杏林村推行“屋场夜话”制度。又如桃溪村推行“积分换物”做法，带动农户120户增收。\n"
    does = doers(COUNTY_OPENING + text)
    assert does["“积分换物”做法"] == {"桃溪村"}
    assert reporters(COUNTY_OPENING + text)["120户"] == "桃溪村"


def test_a_sentence_that_singles_out_a_town_credits_its_figures_to_it() -> None:
    reps = reporters(COUNTY_OPENING + "各乡镇积极推进数字治理。特别是杏林镇推行“村务云”平台，覆盖农户9000户。\n")
    assert reps["9000户"] == "杏林镇"


def test_a_town_singled_out_inside_a_sentence_is_an_object_not_the_doer() -> None:
    text = "各村要对标先进，特别是杏林镇推行“村务云”的经验，条件成熟的村可以设立“院坝议事会”。\n"
    assert "杏林镇" not in doers(COUNTY_OPENING + text)["“院坝议事会”"]
