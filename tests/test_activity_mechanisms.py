"""Mechanism names from lists, schedules, post systems and meetings (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.activities import stage
from loaders.activities.rules import candidates
from loaders.document import Document


def _names(text: str) -> set[str]:
    return {c.text(text) for c in candidates(text, [])}


def _entities(text: str) -> dict[str, set[str]]:
    """Activity entities the stage settles on: label -> other labels."""
    doc = stage.run(segment.run(Document(path=Path("t.txt"), text="某县经验\n" + text)))
    return {e.label: e.alt_labels for e in doc.entities.values() if e.cls in stage.ACTIVITY_CLASSES}


def test_ways_a_body_is_set_up_are_each_a_practice() -> None:
    names = _names("对辖区商户采取独立成建、片区联建共建、行业挂靠成建等方式,今年新建党组织12个。")
    assert {"独立成建", "片区联建共建", "行业挂靠成建"} <= names  # the verb 采取 is cut, the shared 建 kept
    assert {"就地建", "挂靠建"} <= _names("直播基地采取就地建、挂靠建办法组建党支部。")
    assert not _names("对危旧校舍实行新建、改建、扩建等方式改造。")  # works on a building


def test_steps_of_a_schedule_make_one_rule() -> None:
    found = _entities("建立安全隐患旬排查、季讲评制度,重点路段实行干部包段。")
    assert [label for label in found if "制度" in label] == ["旬排查、季讲评制度"]
    assert "旬排查季讲评" in found["旬排查、季讲评制度"]
    assert "日登记、周汇总、季评议机制" in _names("落实日登记、周汇总、季评议机制。")
    # steps that name no period are read by the other list rules, not as one schedule
    assert "联户走访、线上受理制度" not in _names("完善联户走访、线上受理制度。")


def test_listed_bodies_are_parties_not_practices() -> None:
    text = "建立村党组织、物业公司、业主代表“三家共商”机制,每月碰头。"
    names = _names(text)
    assert "“三家共商”机制" in names
    assert not {"村党组织", "物业公司"} & names
    names = _names("县林业局、县应急管理局、乡政府建立护林联防机制,今年扑灭火情6起。")
    assert "护林联防机制" in names
    assert not any("林业局" in n for n in names)
    # one deed ending in a body among practices leaves the list a list of practices
    names = _names("探索村企联营、林地代管、党支部创办劳务公司等增收模式。")
    assert {"村企联营", "林地代管"} <= names


def test_the_system_of_a_post_without_its_place_or_office() -> None:
    assert not _names("柏溪县塘长制办公室归口县农业农村局管理。")  # the office is a body
    assert "巷长制" in _names("2023年,枫林县城区巷长制工作成效明显。")
    assert "塘长制" in _names("为全面掌握塘长制落实情况,开展专题调研。")
    assert not any(len(n) > 3 for n in _names("为全面掌握塘长制落实情况,开展专题调研。"))


def test_a_meeting_held_once_and_a_guise_taken_are_no_part_of_a_name() -> None:
    names = _names("小区每月召开一次楼栋议事会,实行一次性告知制度。")
    assert {"楼栋议事会", "一次性告知制度"} <= names
    assert _names("镇里每季召开民情恳谈会4场。") == {"民情恳谈会"}
    assert not _names("请市民以“普通顾客”身份体验窗口服务流程。")


def test_a_term_practised_in_a_field_keeps_the_field_and_meets_the_bare_term() -> None:
    found = {c.text(t): c for t in ["通过行业党建联建化解难题。"] for c in candidates(t, [])}
    assert "党建联建" in found["行业党建联建"].alts
    assert "村民积分管理" in _names("在全镇推行村民积分管理。")
    assert "网格化管理" in _names("对全县网格化管理进行考核。")  # 全县 is a place, no field
    assert "党建指导员" in _names("选派党建指导员进驻园区。")  # a verb before the term is no field
    entities = _entities("通过行业党建联建化解难题。党建联建让企业和社区走得更近。")
    assert [label for label in entities if "联建" in label] == ["行业党建联建"]


def _classes(text: str) -> dict[str, str]:
    return {c.text(text): c.cls for c in candidates(text, [])}


def test_a_combination_in_quotes_is_a_model() -> None:
    assert _classes("一是以“支部+民宿”,带动村民增收。") == {"“支部+民宿”": "Mechanism"}
    assert "“电商+”" in _classes("推行“电商+”的销售形式。")
    assert not _classes("一是以“好评+点赞-投诉”,算出积分。")  # a score is no model


def test_a_pilot_introduces_a_quoted_practice() -> None:
    assert "“夜间便民门诊”" in _classes("镇卫生院试点“夜间便民门诊”,今年接诊3000人次。")


def test_carrying_out_a_quoted_way_of_doing_a_deed_is_a_mechanism() -> None:
    assert _classes("开展“老手带新手”帮教,结对90对。")["“老手带新手”"] == "Mechanism"
    assert _classes("开展“红旗飘飘”等主题活动20场。")["“红旗飘飘”"] == "Initiative"
    assert _classes("举办“山歌对唱”歌会。")["“山歌对唱”"] == "Initiative"
    assert _classes("开展“百村示范”经验学习。")["“百村示范”"] == "Initiative"  # the experience of it, no deed


def test_a_policy_is_named_by_what_it_grants() -> None:
    assert "返乡创业场地租金减免政策" in _names("区人社局推动返乡创业场地租金减免政策落地。")
    assert "耕地地力保护补贴政策" in _names("严格执行耕地地力保护补贴政策。")
    assert not _names("落实各项扶持政策,出台一系列优惠政策。")  # policies in general name nothing


def test_a_model_named_by_the_field_it_develops_is_no_name() -> None:
    assert not _names("不断探索山区茶叶产业发展模式,形成城郊振兴模式。")
    assert "林下种养合作模式" in _names("推行林下种养合作模式。")


def test_a_brand_is_a_standing_practice() -> None:
    assert _classes("打造“红石榴驿站”服务品牌。")["“红石榴驿站”服务品牌"] == "Mechanism"


def test_a_way_put_in_place_at_the_end_of_its_clause() -> None:
    names = _names("对信访积案实行片区干部蹲点调解,对重点企业推行上门代缴服务。")
    assert {"片区干部蹲点调解"} <= names
    assert "上门代缴服务" in names
    assert not _names("对低保户实行重点管理,推行延时服务。")  # a generic manner, a short service
    assert not _names("对结果实行向全体村民公示管理。")  # a clause, not a name


def test_a_preposition_inside_a_word_does_not_end_a_quoted_name() -> None:
    text = "推行“1名党员+3户群众”结对帮带模式,帮带群众600户。"
    assert "“1名党员+3户群众”结对帮带模式" in _names(text)


def test_a_function_character_ending_a_content_word_does_not_cut_a_name() -> None:
    assert "城乡人才双向流动机制" in _names("完善城乡人才双向流动机制。")  # 向 ends 双向
    assert "村民不文明行为劝导机制" in _names("建立村民不文明行为劝导机制。")  # 为 ends 行为
    assert "村级运转保障机制" in _names("设立用于村级运转保障机制。")  # 用于 still cuts


def test_a_list_counted_by_its_items_is_content_not_a_practice() -> None:
    assert not _names("方案明确40项村级事务清单、12项负面清单。梳理堵点清单30项。")
    assert "小区楼道议事清单" in _names("建立小区楼道议事清单,公开运行。")


def test_a_quoted_list_counted_in_rounds_names_each_round() -> None:
    names = _names("推行“初审筛选、面试答辩、考察公示”三轮选拔机制,报名人数达320人。")
    assert {"初审筛选", "面试答辩", "考察公示"} <= names
