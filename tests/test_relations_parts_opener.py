"""componentOf inside one sentence: which practice opens it, and what its clauses do with the others.

A practice the sentence only starts from, follows or goes through (以X为契机, 按照X, 通过X) opens nothing: the
deeds after it are no parts of it. What a clause 形成 is the work's result, unless it lists examples of it.
"""

from __future__ import annotations

from extracted import component_pairs

from loaders.activities.parts import acted_on


def test_an_occasion_the_sentence_starts_from_holds_none_of_its_deeds() -> None:
    text = (
        "青溪县基层治理经验\n青溪县推进网格治理，成效明显。\n"
        "以“智慧青溪”试点为契机，搭建全县通用的“溪e办”平台，群众诉求统一受理。\n"
    )
    parts = component_pairs(text)
    assert not any(whole == "“智慧青溪”试点" for _, whole in parts)


def test_a_model_followed_holds_none_of_the_next_clause() -> None:
    text = "青溪县阵地建设经验\n青溪县推进村级阵地建设。\n按照“6+N”模式，推行集中办公模式，便利群众。\n"
    parts = component_pairs(text)
    assert not any(whole == "“6+N”模式" for _, whole in parts)


def test_what_a_clause_forms_is_a_result_not_a_part() -> None:
    text = (
        "青溪县矛盾调处经验\n青溪县深化矛盾纠纷化解工作。\n"
        "县综治中心推行“一窗受理”平台，整合12个部门力量，形成“前台受理、后台处置”的运行机制。\n"
    )
    parts = component_pairs(text)
    assert not any(part.endswith("的运行机制") for part, _ in parts)


def test_examples_a_clause_forms_are_parts() -> None:
    text = (
        "青溪县协商议事经验\n青溪县推进城市基层治理。\n"
        "健全多方联动协商机制，形成了东门社区“板凳会”议事会、西门社区“连心室”工作室等创新做法。\n"
    )
    assert ("“板凳会”议事会", "多方联动协商机制") in component_pairs(text)


def test_a_state_a_heading_names_is_no_part_of_the_programme() -> None:
    text = (
        "青溪县基层治理经验\n近年来，青溪县探索“一核三治”治理模式，成效明显。\n"
        "一、织密网格，构建“红色引领”新格局\n"
        "把每个自然村划为一个单元，搭起三级网格体系。\n"
    )
    parts = component_pairs(text)
    assert not any(part.endswith("新格局") for part, _ in parts)


def test_the_aim_a_deed_is_steered_by_is_no_part_of_the_programme() -> None:
    text = (
        "青溪县阵地建设经验\n青溪县推进“党群驿站”建设，全县建成驿站120个。\n"
        "二、改造提升\n"
        "青溪县以“驿站为民、驿站聚心”为导向，对“党群驿站”进行提档升级，新增服务功能室40间，群众满意度明显提升。"
        "各乡镇同步开展驿站服务评议，评议结果公开。\n"
    )
    parts = component_pairs(text)
    assert not any(part.startswith("“驿站为民") for part, _ in parts)


def test_a_name_inside_another_as_what_it_works_on_is_no_part() -> None:
    assert acted_on("村级文化站", "村级文化站提质三年行动")
    assert acted_on("“溪上议”", "“溪上议”改革")
    assert acted_on("文化示范点", "“书香青溪”打造文化示范点")
    assert not acted_on("甲村联建", "甲村联建、乙村共建“两项工程”")
    assert not acted_on("“党建+文旅”", "“党建+文旅+康养”的融合模式")
    assert not acted_on("“溪上议”工作台账", "“溪上议”")


def test_a_campaign_beside_a_mechanism_is_no_part_of_it() -> None:
    text = (
        "青溪县网格治理经验\n青溪县全面推行“楼栋吹哨”机制，全县划分网格260个。\n"
        "在推进“楼栋吹哨”工作中，各社区开展“守望相助”行动，组织网格员走访群众3000户。\n"
    )
    parts = component_pairs(text)
    assert not any(part == "“守望相助”行动" for part, _ in parts)


def test_titles_the_doer_holds_are_no_parts() -> None:
    text = (
        "青溪县产业发展经验\n青溪县实施“产业强村”行动，全县发展特色产业村40个。\n"
        "在推进“产业强村”工作中，青溪县争创“全省茶叶示范县”和“生态农业强县”等名号，茶园面积达到8万亩。\n"
    )
    parts = component_pairs(text)
    assert not any(part in ("“全省茶叶示范县”", "“生态农业强县”") for part, _ in parts)


def test_a_strategy_holds_no_parts_by_layout() -> None:
    text = (
        "青溪县人才工作经验\n青溪县深入实施人才强县战略，引进各类人才600名。\n"
        "一、拓宽引才渠道\n"
        "在推进人才强县工作中，青溪县建立“周末专家”制度，柔性引进专家45名。\n"
    )
    parts = component_pairs(text)
    assert not any(whole == "人才强县战略" for _, whole in parts)
