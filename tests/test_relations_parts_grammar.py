"""componentOf from the grammar of one sentence: the means listed after 通过 (also quoted names written side by
side, which Chinese lists without a mark), what a whole is said to include (具体包括, 该工程包括) and what it is
made of (由A、B和C组成, 由A、B构成的X)."""

from __future__ import annotations

from extracted import component_pairs

_LEAD = "近年来，岚皋县坚持以人民为中心，持续推进基层治理现代化，取得了积极成效。"


def test_each_means_listed_after_tongguo_serves_the_practice() -> None:
    text = f"岚皋县乡风文明经验\n{_LEAD}岚皋县通过“积分超市”“红黑榜”等方式，推动“文明乡风”行动落地见效。\n"
    parts = component_pairs(text)
    assert ("“积分超市”", "“文明乡风”行动") in parts
    assert ("“红黑榜”", "“文明乡风”行动") in parts


def test_a_list_joined_by_marks_after_tongguo_serves_the_practice() -> None:
    text = f"岚皋县治理经验\n{_LEAD}岚皋县通过“民情日记”制度和“红黑榜”制度，深入推进“小院议事”行动。\n"
    parts = component_pairs(text)
    assert ("“民情日记”制度", "“小院议事”行动") in parts
    assert ("“红黑榜”制度", "“小院议事”行动") in parts


def test_what_a_programme_is_said_to_include_after_an_adverb() -> None:
    text = f"岚皋县人才经验\n{_LEAD}岚皋县实施“人才回归”工程，具体包括“乡贤回归”计划和“能人返乡”行动。\n"
    parts = component_pairs(text)
    assert ("“乡贤回归”计划", "“人才回归”工程") in parts
    assert ("“能人返乡”行动", "“人才回归”工程") in parts


def test_what_the_programme_is_made_of() -> None:
    text = (
        f"岚皋县廉洁经验\n{_LEAD}岚皋县实施“清风乡村”工程，该工程由“三色预警”机制、“阳光议事”制度和"
        "“廉洁家风”活动组成。\n"
    )
    parts = component_pairs(text)
    for part in ("“三色预警”机制", "“阳光议事”制度", "“廉洁家风”活动"):
        assert (part, "“清风乡村”工程") in parts


def test_what_a_named_whole_after_de_is_made_of() -> None:
    text = f"岚皋县调解经验\n{_LEAD}岚皋县推行由“村级初调”“镇级复调”构成的“两级调解”机制，全年化解纠纷300余件。\n"
    parts = component_pairs(text)
    assert ("“村级初调”", "“两级调解”机制") in parts
    assert ("“镇级复调”", "“两级调解”机制") in parts


def test_a_team_of_people_is_made_of_no_practices() -> None:
    text = f"岚皋县服务经验\n{_LEAD}岚皋县推行“周末课堂”，由老党员、老教师组成宣讲小分队，开展宣讲200场。\n"
    assert not any(whole == "“周末课堂”" for _, whole in component_pairs(text))


def test_the_work_a_deed_is_combined_with_is_no_part_of_the_programme() -> None:
    text = (
        "岚皋县整顿软弱涣散村党组织工作经验\n今年以来，岚皋县整合力量，对排查确定的9个软弱涣散村党组织进行集中整顿。\n"
        "一是压实工作责任。结合选派“驻村工作队”工作，抓好班子整顿转化。建立“包村联户”制度，抓好班子整顿转化。\n"
    )
    parts = component_pairs(text)
    assert ("“包村联户”制度", "集中整顿") in parts
    assert not any(part.startswith("“驻村工作队”") for part, _ in parts)


def test_every_point_of_a_run_closed_by_semicolons_is_a_part_as_the_first_is() -> None:
    text = (
        "岚皋县人才工作经验\n岚皋县实施“秦巴英才”计划。一是开展“名师带徒”活动；二是设立“人才服务站”；"
        "三是建立“人才积分”制度。\n"
    )
    parts = component_pairs(text)
    for part in ("“名师带徒”活动", "“人才服务站”", "“人才积分”制度"):
        assert (part, "“秦巴英才”计划") in parts


def test_a_point_that_only_names_an_aim_is_no_part() -> None:
    text = (
        "岚皋县人才工作经验\n岚皋县实施“秦巴英才”计划。一是开展“名师带徒”活动；二是以“人才兴县”为导向，完善评价办法。\n"
    )
    assert not any(part.startswith("“人才兴县”") for part, _ in component_pairs(text))


def test_a_yardstick_the_work_is_done_around_holds_no_deeds() -> None:
    text = (
        "民主镇“五星支部”创建经验\n民主镇全面开展“五星支部”创建活动，围绕“五星”标准，实施“头雁培育”工程、"
        "“党员积分”管理和“村务公开”行动。\n"
    )
    parts = component_pairs(text)
    assert not any(whole == "“五星”标准" for _, whole in parts)
    for part in ("“头雁培育”工程", "“党员积分”管理", "“村务公开”行动"):
        assert (part, "“五星支部”创建活动") in parts


def test_a_counted_group_before_a_colon_holds_as_many_names_as_it_counts() -> None:
    text = f"岚皋县机制经验\n{_LEAD}岚皋县推行“三项机制”：联席会议制度、结对帮扶制度和考核评价制度。\n"
    parts = component_pairs(text)
    assert ("联席会议制度", "“三项机制”") in parts
    assert ("结对帮扶制度", "“三项机制”") in parts


def test_a_list_after_a_colon_longer_than_the_count_is_no_group_of_it() -> None:
    text = f"岚皋县机制经验\n{_LEAD}岚皋县推行“两项机制”：联席会议制度、结对帮扶制度和考核评价制度。\n"
    assert not any(whole == "“两项机制”" for _, whole in component_pairs(text))
