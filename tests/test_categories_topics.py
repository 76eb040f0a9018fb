"""Categories lent by a sentence's opening topic and taken by names that say only an instrument of work
(sentences written for these tests)."""

from __future__ import annotations

from activity_categories import categories, of

from loaders.activities import categories_for


def test_a_topic_opening_the_sentence_reaches_every_practice_it_introduces() -> None:
    cats = categories(
        "青禾县经验\n在推进村级集体经济壮大工作中，青禾县推行干部分片指导、“第一书记”蹲村服务工作机制，"
        "建立“镇统村建户参”的推进体系。"
    )
    assert "CollectiveEconomy" in of(cats, "第一书记")  # a name with a field of its own still serves the topic
    assert "CollectiveEconomy" in of(cats, "镇统村建户参")  # beyond another practice, still the topic


def test_what_a_doer_makes_its_priority_is_the_topic_not_the_role() -> None:
    cats = categories(
        "青禾县经验\n青禾县将发展壮大村级集体经济作为“书记工程”，建立“一村一策”帮扶机制。\n"
        "白石镇把“板凳夜话”作为联系服务群众的主要载体，推行“一户一码”管理。"
    )
    assert "CollectiveEconomy" in of(cats, "一村一策")
    assert "PartyMemberHouseholdContact" not in of(cats, "一户一码")  # 联系服务群众 is the role, not the topic


def test_a_sentence_without_an_opening_topic_lends_nothing_to_a_named_field() -> None:
    cats = categories("青禾县经验\n青禾县成立居民议事会，推动村级集体经济和小区物业服务提升。")
    assert of(cats, "居民议事会") & {"CollectiveEconomy", "PropertyManagement"} == set()


def test_a_name_that_says_only_its_instrument_takes_the_field_of_its_sentence() -> None:
    cats = categories("青禾县经验\n青禾县成立以县委书记为组长的创建工作专班，统筹推进全县小区物业服务提升。")
    assert "PropertyManagement" in of(cats, "工作专班")


def test_posts_and_plots_for_showing_the_way_and_star_grades_of_people() -> None:
    assert "DemonstrationSites" in categories_for({"党员示范岗"})
    assert "DemonstrationSites" in categories_for({"“青年示范田”"})
    grades = categories_for({"村干部星级化管理"})
    assert "EvaluationRanking" in grades
    assert "StarRatedBranch" not in grades  # people graded by stars, not a branch rated
    assert "EvaluationRanking" in categories_for({"教师综合素质评价办法"})


def test_people_sent_to_do_the_work_do_not_say_what_the_practice_is() -> None:
    cats = categories("青禾县经验\n青禾县选派120名在职党员到原籍村担任“乡情联络官”，协助村里规划发展。")
    assert "DualReporting" not in of(cats, "乡情联络官")
    cats = categories("青禾县经验\n由派出所民警、网格员和楼栋长采取“一看二问三记”的方式摸排隐患。")
    assert "GridGovernance" not in of(cats, "一看二问三记")
    assert "GridGovernance" in categories_for({"网格员积分管理"})  # its own name still says it


def test_village_rules_are_self_governance_not_a_council() -> None:
    cats = categories_for({"《青禾村村规民约》"})
    assert "SelfGovernance" in cats
    assert "DemocraticConsultation" not in cats


def test_a_paragraph_opening_on_its_topic_lends_it_to_its_later_sentences_only() -> None:
    cats = categories(
        "青禾县经验\n青禾县把壮大村级集体经济作为“一号工程”，层层压实责任。各乡镇完成资产登记造册，形成全县“一张图”。\n"
        "青禾县还建立“周三夜谈”制度，倾听群众意见。\n"
    )
    assert "CollectiveEconomy" in of(cats, "一张图")  # a later sentence of the same paragraph
    assert "CollectiveEconomy" not in of(cats, "周三夜谈")  # the next paragraph has a topic of its own


def test_practices_set_up_for_the_practice_a_sentence_opens_on_are_its_tools() -> None:
    text = "青禾县经验\n青禾县深化“双报到”机制，建立“三张清单”，即需求清单、资源清单、项目清单，推动服务精准对接。\n"
    assert "DualReporting" in of(categories(text), "三张清单")
    text = "青禾县经验\n青禾县健全网格化管理体系，建立“三项机制”：一是“日走访”机制，二是“周研判”机制。\n"
    assert "GridGovernance" in of(categories(text), "日走访")
