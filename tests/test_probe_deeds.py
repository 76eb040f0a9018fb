"""Doers and reporters of shapes found by a second round of probing with invented sentences.

A practice that opens its clause and is then said to be carried out at a town or village (“某某”制度在某镇
全面推行) is that unit's, as is one a 由-agent first made (由某镇首创); the figures written after a practice
in its sentence are reported by whoever its own words say does it (某局指导某村推行X，托管土地3000亩 → the
village), not by the body that only guides.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from extracted import COUNTY_OPENING, doers, reporters

from loaders.names import bodies


def test_a_practice_carried_out_at_a_town_is_the_towns() -> None:
    text = "“院落议事”制度在桃溪镇全面推行，化解纠纷150件。\n"
    assert doers(COUNTY_OPENING + text)["“院落议事”制度"] == {"桃溪镇"}
    assert reporters(COUNTY_OPENING + text)["150件"] == "桃溪镇"


def test_a_practice_carried_out_at_listed_villages_is_each_ones() -> None:
    text = "“积分超市”在杏坪村、桃溪村率先推行。\n"
    assert doers(COUNTY_OPENING + text)["“积分超市”"] == {"杏坪村", "桃溪村"}


def test_a_body_that_opens_the_clause_keeps_the_practice_it_spreads() -> None:
    text = "县民政局将“院落议事”制度在桃溪镇推行，化解纠纷150件。\n"
    assert "桃溪镇" not in doers(COUNTY_OPENING + text)["“院落议事”制度"]


def test_a_practice_only_praised_at_a_town_stays_the_reports() -> None:
    text = "“院落议事”制度在桃溪镇得到群众认可。\n"
    assert doers(COUNTY_OPENING + text)["“院落议事”制度"] == {"松阳县"}


def test_a_practice_a_town_first_made_is_the_towns() -> None:
    text = "“院落议事”制度由桃溪镇首创，化解纠纷150件。\n"
    assert doers(COUNTY_OPENING + text)["“院落议事”制度"] == {"桃溪镇"}


def test_the_figures_after_a_guided_villages_practice_are_the_villages() -> None:
    text = "县农业农村局指导杏坪村推行“土地托管”模式，托管土地3000亩。\n"
    assert doers(COUNTY_OPENING + text)["“土地托管”模式"] == {"杏坪村"}
    assert reporters(COUNTY_OPENING + text)["3000亩"] == "杏坪村"


def test_a_body_opening_a_later_clause_reports_its_own_figures() -> None:
    text = "县农业农村局指导杏坪村推行“土地托管”模式，桃溪村建成大棚120个。\n"
    assert reporters(COUNTY_OPENING + text)["120个"] == "桃溪村"


def test_figures_of_a_practice_set_up_in_a_centre_stay_the_doers() -> None:
    text = "松阳县在县综治中心设立“老娘舅”调解室，调处纠纷64件。\n"
    assert reporters(COUNTY_OPENING + text)["64件"] == "松阳县"


def test_figures_given_respectively_go_each_to_its_body() -> None:
    reps = reporters(COUNTY_OPENING + "桃溪镇、杏林乡分别建成党群服务中心3个、2个。\n")
    assert reps["3个"] == "桃溪镇"
    assert reps["2个"] == "杏林乡"


def test_figures_given_respectively_after_a_counted_list() -> None:
    reps = reporters(COUNTY_OPENING + "全县确定杏坪村、桃溪村、石门村3个试点村，分别流转土地500亩、300亩、200亩。\n")
    assert reps["3个"] == "松阳县"
    assert (reps["500亩"], reps["300亩"], reps["200亩"]) == ("杏坪村", "桃溪村", "石门村")


def test_respectively_with_fewer_figures_than_bodies_changes_nothing() -> None:
    reps = reporters(COUNTY_OPENING + "杏坪村、桃溪村分别流转土地，共计800亩。\n")
    assert reps["800亩"] != "桃溪村"


def test_a_body_after_a_time_word_with_no_comma_opens_its_clause() -> None:
    text = "近期县人社局推出“就业直通车”服务，帮助1200人就业。\n今年上半年桃溪镇推行“院落议事”制度。\n"
    does = doers(COUNTY_OPENING + text)
    assert does["“就业直通车”服务"] == {"松阳县人社局"}
    assert does["“院落议事”制度"] == {"桃溪镇"}
    assert reporters(COUNTY_OPENING + text)["1200人"] == "松阳县人社局"


def test_a_quote_speaks_for_the_village_whose_official_says_it_after() -> None:
    text = "“我们村推行‘积分超市’以后，村容村貌大变样。”杏坪村党支部书记王强说。\n"
    assert doers(COUNTY_OPENING + text)["‘积分超市’"] == {"杏坪村", "杏坪村党支部"}  # the branch, and its village


def test_a_quote_speaks_for_the_company_whose_chairman_says_it() -> None:
    text = "“公司推行‘订单收购’模式，农户心里踏实了。”青禾公司董事长王强介绍。\n"
    assert doers(COUNTY_OPENING + text)["‘订单收购’模式"] == {"青禾公司"}


def test_a_quote_of_the_countys_own_department_speaks_for_the_county() -> None:
    text = "“‘院落议事’制度让矛盾化解在基层。”县委组织部副部长王强说。\n"
    assert doers(COUNTY_OPENING + text)["‘院落议事’制度"] == {"松阳县"}


def test_the_company_a_dash_names_acts_and_reports() -> None:
    text = "桃溪镇强村公司——青禾乡村发展有限公司承接村内保洁项目，去年实现营业收入860万元。\n"
    assert reporters(COUNTY_OPENING + text)["860万元"] == "青禾乡村发展有限公司"


def test_the_whole_city_in_a_county_level_citys_report_is_that_city() -> None:
    text = "浙江省金华市义乌市：乡村振兴\n近年来，义乌市推进乡村振兴。杏坪村推行“积分超市”，带动全市建成120个。\n"
    assert reporters(text)["120个"] == "义乌市"


def test_the_whole_city_in_a_countys_report_is_the_prefecture_holding_it() -> None:
    text = "浙江省丽水市松阳县：乡村振兴\n近年来，松阳县推进乡村振兴。杏坪村推行“积分超市”，全市共建成积分超市300个。\n"
    assert reporters(text)["300个"] == "丽水市"


def test_a_villages_official_cited_for_figures_gives_them_to_the_village() -> None:
    reps = reporters(COUNTY_OPENING + "据杏坪村党支部书记王强介绍，村里流转土地800亩，村集体增收20万元。\n")
    assert reps["800亩"] == reps["20万元"] == "杏坪村"  # the branch's figures of its village are the village's


def test_a_county_departments_official_cited_leaves_the_county_its_figures() -> None:
    reps = reporters(COUNTY_OPENING + "据县委组织部副部长王强介绍，全县选派驻村干部260名。\n")
    assert reps["260名"] == "松阳县"


def test_a_village_taken_as_an_example_is_found_and_reports() -> None:
    reps = reporters(COUNTY_OPENING + "拿杏坪村来说，流转土地800亩，村集体增收20万元。\n")
    assert reps["800亩"] == "杏坪村"


def test_a_company_the_countys_scope_ranks_reports_its_own_figures() -> None:
    reps = reporters(COUNTY_OPENING + "全县龙头企业青禾食品有限公司年产值达2亿元，带动农户500户。\n")
    assert reps["2亿元"] == reps["500户"] == "青禾食品有限公司"


def test_the_countys_scope_over_a_kind_of_unit_stays_the_countys() -> None:
    reps = reporters(COUNTY_OPENING + "全县社区工厂累计达到106家，吸纳就业4300人。\n")
    assert reps["106家"] == "松阳县"


def test_a_company_that_settles_in_a_town_reports_its_investment() -> None:
    text = "青禾食品有限公司落户桃溪镇，总投资3亿元。\n"
    assert reporters(COUNTY_OPENING + text)["3亿元"] == "青禾食品有限公司"
    assert "落户桃溪镇" not in [f.text for f in bodies.scan("，" + text)]


def test_practices_given_respectively_go_each_to_its_body() -> None:
    does = doers(COUNTY_OPENING + "杏坪村、桃溪村分别推行“积分超市”和“院落议事”制度。\n")
    assert does["“积分超市”"] == {"杏坪村"}
    assert does["“院落议事”制度"] == {"桃溪村"}


def test_the_body_whose_ways_a_sentence_tells_does_them() -> None:
    assert doers(COUNTY_OPENING + "桃溪镇的做法是：推行“院落议事”制度，化解纠纷150件。\n")["“院落议事”制度"] == {
        "桃溪镇"
    }
    assert doers(COUNTY_OPENING + "桃溪镇的主要做法有：推行“院落议事”制度。\n")["“院落议事”制度"] == {"桃溪镇"}
    assert doers(COUNTY_OPENING + "学习桃溪镇的做法是推行“院落议事”制度。\n")["“院落议事”制度"] == {"松阳县"}
