"""A report is about the field its title names when its body comes back to that field: a practice whose name
says no field, or says only a method (观摩, 评比, 示范), is a tool of that field; a field the title names
once in passing lends nothing. Every report here is invented."""

from __future__ import annotations

from extracted import activity_categories


def test_a_titled_field_the_body_returns_to_lends_to_a_practice_that_names_none() -> None:
    text = (
        "松岭县发展壮大村级集体经济工作总结\n"
        "今年以来，松岭县把发展壮大村级集体经济作为重点任务，全县村集体收入稳步增长。\n"
        "一、健全工作体系\n"
        "松岭县建立“县统筹、镇主推、村落实”工作体系，定期研究解决重点难题。\n"
        "二、拓宽增收路径\n"
        "松岭县推行“资源盘活、服务创收、产业带动”三条路径，带动村集体经济持续壮大。\n"
    )
    assert "CollectiveEconomy" in activity_categories(text)["“县统筹、镇主推、村落实”工作体系"]


def test_a_rating_in_a_titled_report_is_a_tool_of_its_field() -> None:
    text = (
        "柳河区：机关党员回社区“双报到” 家门口服务暖人心\n"
        "柳河区组织2000余名机关党员到居住地社区报到，认领服务项目。\n"
        "柳河区推行“社区评单位、单位评党员”的双向评价机制，把党员到社区报到情况纳入年度考核。\n"
    )
    cats = activity_categories(text)["“社区评单位、单位评党员”的双向评价机制"]
    assert {"DualReporting", "EvaluationRanking"} <= cats


def test_a_field_the_title_names_in_passing_lends_nothing() -> None:
    text = (
        "桂溪县：“一事一议”奖补打造乡村振兴试点村\n"
        "桂溪县抢抓政策机遇，谋划一批产业项目，推进乡村振兴示范带建设。\n"
        "桂溪县推行“三比三赛”活动，比项目进度、比群众满意度，激发干部干事热情。\n"
    )
    assert "DemocraticConsultation" not in activity_categories(text)["“三比三赛”活动"]


def test_a_practice_is_a_tool_of_the_field_it_is_said_to_push() -> None:
    text = "平川县经验\n平川县实施“头雁领跑”工程助推村集体经济提质增效，选优配强村党组织书记，带领群众增收致富。\n"
    assert {"CollectiveEconomy", "VillageLeaderTeam"} <= activity_categories(text)["“头雁领跑”工程"]
