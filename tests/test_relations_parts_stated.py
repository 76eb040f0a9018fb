"""componentOf stated by grammar or by a name: a tool named after its practice, the means 以A推进B, a clause
that speaks of the opener's own thing again, a set-up done at a stated frequency, and the programme a title
names above a subtitle and a salutation."""

from __future__ import annotations

from extracted import component_pairs


def test_a_tool_named_after_a_practice_is_its_part() -> None:
    text = (
        "青溪县政务服务经验\n青溪县深化“码上办”改革，群众办事时间缩短一半。"
        "县政务服务中心建立“码上办”工作台账，逐项跟踪办理进度。\n"
    )
    assert ("“码上办”工作台账", "“码上办”改革") in component_pairs(text)


def test_a_tool_of_another_practice_named_alike_is_no_part() -> None:
    text = (
        "青溪县人才工作经验\n青溪县实施“青溪英才”集聚行动，引进人才200名。"
        "县人社局举办“青溪英才”招聘月活动，签约人才80名。\n"
    )
    parts = component_pairs(text)
    assert not any(part.endswith("招聘月活动") for part, _ in parts)


def test_the_means_a_practice_is_pushed_forward_by() -> None:
    text = "青溪县城市更新经验\n石桥街道以“一院一策”推进老旧小区综合整治，今年改造小区8个。\n"
    assert ("“一院一策”", "老旧小区综合整治") in component_pairs(text)


def test_a_clause_that_speaks_of_the_openers_own_thing_names_its_part() -> None:
    text = (
        "青溪县乡风文明经验\n青溪县推行“善行积分”制度，将孝老爱亲、环境卫生等纳入评分内容，"
        "村民凭积分可到“爱心超市”兑换生活用品。\n"
    )
    assert ("“爱心超市”", "“善行积分”制度") in component_pairs(text)


def test_a_clause_about_something_else_names_no_part() -> None:
    text = (
        "青溪县乡风文明经验\n青溪县推行“善行积分”制度，将孝老爱亲、环境卫生等纳入评分内容，"
        "县妇联另行开展“最美家庭”评选活动。\n"
    )
    assert not any(whole == "“善行积分”制度" for _, whole in component_pairs(text))


def test_what_a_framework_sets_up_at_a_stated_frequency_is_its_part() -> None:
    text = "青溪县物业治理经验\n青溪县建立物业服务质量评价体系，每季度开展“物业星级评定”，评定结果与企业信用挂钩。\n"
    assert ("“物业星级评定”", "物业服务质量评价体系") in component_pairs(text)


def test_the_programme_a_title_names_above_a_subtitle_and_a_salutation_holds_its_points() -> None:
    text = (
        "以“联校共育”改革促进城乡教育均衡\n"
        "——青溪县实验学校在全县教育工作会议上的交流发言\n\n"
        "尊敬的各位领导：\n\n"
        "青溪县实验学校是一所九年一贯制学校，现有学生1800人。\n\n"
        "一、统一管理，让学校联起来\n\n"
        "（一）实行“四统一”管理。集团内各校统一课程、统一教研、统一考核、统一调配。\n\n"
        "（二）实施“青苗工程”。每名新教师配备一名导师，三年内完成培养。\n"
    )
    parts = component_pairs(text)
    assert ("“四统一”管理", "“联校共育”改革") in parts
    assert ("“青苗工程”", "“联校共育”改革") in parts


def test_the_rules_a_cooperation_mechanism_sets_up_are_its_parts() -> None:
    text = (
        "青溪县河湖治理经验\n县水利局与县公安局联合推行“河长+警长”协作机制，"
        "建立信息共享、联合执法、案件移送等制度，全年查处涉河案件36起。\n"
    )
    parts = component_pairs(text)
    assert ("案件移送", "“河长+警长”协作机制") in parts
    assert ("联合执法", "“河长+警长”协作机制") in parts
