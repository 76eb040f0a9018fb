"""Who does a practice where a unit below the report's subject is named by its committee, its scene, a bare
word for it or a 的 before the practice, found by probing invented passages of reports, news and cases.

A town's, village's or community's party committee that does a practice does it for its unit too (the unit
the reports credit); a village whose scene a sentence sets (在某村，…) keeps the deeds of its paragraph past
short sentences with no doer; a bare 社区党委 / 街道 opening a clause is the committee or unit named last;
某镇的“X” is the town's practice; a body after 联系 is a partner, not the doer.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from extracted import COUNTY_OPENING, doers


def test_a_communitys_committee_does_its_practice_for_the_community() -> None:
    text = "沭阳县城市基层党建经验\n青枫社区党委创新推行“三议一评”工作法，把社区大事交给居民商量。\n"
    assert doers(text)["“三议一评”工作法"] == {"青枫社区", "青枫社区党委"}


def test_a_bare_community_committee_is_the_one_named_last() -> None:
    text = (
        "沭阳县城市基层党建经验\n青枫社区党委创新推行“三议一评”工作法。社区党委还引入“红色管家”，"
        "解决了老旧小区无人管理的问题。\n"
    )
    assert "青枫社区" in doers(text)["“红色管家”"]


def test_a_bare_street_word_is_the_street_its_committee_names() -> None:
    text = (
        "博兴县街道工作经验\n锦秋街道党工委坚持以人民为中心，推行“全程帮办”服务。街道实行“一呼即应”机制，"
        "辖区单位23家全部报到。此外，还建成“邻里驿站”，配备社工8名。\n"
    )
    does = doers(text)
    assert "锦秋街道党工委" in does["“一呼即应”机制"]
    assert "锦秋街道党工委" in does["“邻里驿站”"]
    assert "博兴县" not in does["“一呼即应”机制"] | does["“邻里驿站”"]


def test_the_points_under_a_towns_committee_are_the_towns() -> None:
    text = (
        "南江县经验材料\n近年来，南江县大力推进基层党建工作。\n"
        "杨坝乡党委聚焦群众需求，主要做法如下：一是推行“党员包院”制度，每名党员联系10户群众。"
        "二是召开“屋场夜话”会，听取群众意见。\n"
    )
    assert doers(text)["“屋场夜话”"] == {"杨坝乡"}


def test_a_villages_scene_holds_its_paragraph_past_a_short_sentence() -> None:
    text = (
        "清丰县基层治理纪实\n清丰县把基层治理作为重点工作。\n"
        "在南营村，村民把议事叫作拉家常。每逢周五晚上，村民聚在一起商量村里的事。"
        "村“两委”推行“明白账”管理，村里的事一目了然。\n"
    )
    assert doers(text)["“明白账”管理"] == {"南营村"}


def test_a_run_in_heading_of_one_clause_ends_a_villages_paragraph() -> None:
    text = COUNTY_OPENING + (
        "南营村、北营村先进做法纳入全省典型案例。实施干部队伍培育攻坚。推行“导师结对”制度，培训干部200名。\n"
    )
    assert doers(text)["“导师结对”制度"] == {"松阳县"}


def test_each_units_practice_after_its_name_and_de_is_its_own() -> None:
    text = "大邑县经验\n大邑县总结推广了西岭镇的“上门代办”、花水湾社区的“睦邻议事会”等做法。\n"
    does = doers(text)
    assert "西岭镇" in does["“上门代办”"]
    assert does["“睦邻议事会”"] == {"花水湾社区"}


def test_a_body_after_lianxi_is_a_partner_not_the_doer() -> None:
    text = "通渭县干部队伍建设\n县委组织部联系县委党校推行“结对帮学”制度。\n"
    does = doers(text)["“结对帮学”制度"]
    assert "通渭县委党校" not in does
    assert does == {"通渭县委组织部"}


def test_a_department_that_folds_a_practice_into_its_assessment_does_not_do_it() -> None:
    text = COUNTY_OPENING + "县委组织部将“党员亮身份”活动开展情况纳入年度党建考核，提醒谈话党员12名。\n"
    assert doers(text)["“党员亮身份”活动"] == {"松阳县"}


def test_a_village_that_folds_a_practice_into_its_rules_does_it() -> None:
    text = COUNTY_OPENING + "杏坪村将“积分兑换”制度纳入村规民约，参与农户达300户。\n"
    assert doers(text)["“积分兑换”制度"] == {"杏坪村"}


def test_the_outlet_of_a_dateline_is_no_doer() -> None:
    text = "临澧县：家庭农场抱团发展\n常德日报讯 临澧县积极培育家庭农场，组建“农场主联盟”，推广“稻鳖共生”模式。\n"
    does = doers(text)
    assert does["“农场主联盟”"] == {"临澧县"}
    assert does["“稻鳖共生”模式"] == {"临澧县"}


def test_a_village_given_as_an_example_does_not_hold_its_paragraph() -> None:
    text = (
        "蓬溪县基层治理\n蓬溪县全面推行“院落议事”制度。如赤城镇龙泉村，议事会成员由7人组成，每月议事一次。"
        "推行“村务明白卡”，规范村干部用权。\n"
    )
    assert doers(text)["“村务明白卡”"] == {"蓬溪县"}


def test_the_body_of_a_relative_clause_before_a_practice_does_it() -> None:
    text = "泰和县新闻\n南溪村过去是集体经济薄弱村。转机来自泰和县推行的“异地置业”模式。\n"
    assert doers(text)["“异地置业”模式"] == {"泰和县"}


def test_a_town_after_a_practice_taken_as_its_lever_uses_it() -> None:
    text = COUNTY_OPENING + "以“能人回引”工程为抓手，赤石镇吸引在外人才回乡创业120人，带动就业2000余人。\n"
    assert "赤石镇" in doers(text)["“能人回引”工程"]


def test_a_town_after_a_means_in_a_short_sentence_uses_it() -> None:
    text = COUNTY_OPENING + "依托“智慧党建”平台，赤石镇实现党员管理全覆盖。群众满意度不断提升，基层治理效能持续增强。\n"
    assert "赤石镇" in doers(text)["“智慧党建”平台"]


def test_departments_listed_that_issue_a_document_jointly_each_issue_it() -> None:
    text = "宁乡市就业工作\n宁乡市人社局、市财政局联合出台《关于支持返乡创业的实施办法》，全年发放贷款1.2亿元。\n"
    assert doers(text)["《关于支持返乡创业的实施办法》"] == {"宁乡市人社局", "宁乡市财政局"}


def test_a_partner_after_yu_stays_a_partner() -> None:
    text = COUNTY_OPENING + "杏坪村党支部与丽水学院合作建立“教授工作站”，引进教授6名。\n"
    assert "丽水学院" not in doers(text)["“教授工作站”"]


def test_the_narrator_goes_on_after_a_companys_deed() -> None:
    text = COUNTY_OPENING + (
        "县农商银行推出“兴村贷”金融产品，累计为38个村发放贷款6200万元。同时，强化村级财务“阳光审批”管理，"
        "杜绝“小微权力”滥用。\n"
    )
    assert doers(text)["“阳光审批”管理"] == {"松阳县"}


def test_a_company_goes_on_after_its_semicolon() -> None:
    text = COUNTY_OPENING + "青禾公司推出“订单收购”模式，带动农户1200户；建立“保底分红”机制，每股年分红300元。\n"
    assert doers(text)["“保底分红”机制"] == {"青禾公司"}
