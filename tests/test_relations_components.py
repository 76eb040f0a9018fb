"""componentOf inside one sentence: what a programme's later clause sets up (also after 在X/对X), never the
outcome it forms (…格局, …体系), nor the parties or levels a quoted chain lists (“A+B+C”三方机制)."""

from __future__ import annotations

from extracted import component_pairs


def test_what_a_programme_sets_up_after_a_place_or_a_target_is_its_part() -> None:
    text = (
        "青溪县审批改革经验\n青溪县推行“交地即开工”改革，对小型项目实行“多证联办”，审批时间压缩至20个工作日。"
        "卫生院开展“健康守门人”创建活动，在各村卫生室推行“小病不出村”，服务群众3000人次。\n"
    )
    parts = component_pairs(text)
    assert ("“多证联办”", "“交地即开工”改革") in parts
    assert ("“小病不出村”", "“健康守门人”创建活动") in parts


def test_the_outcome_a_clause_forms_is_no_part() -> None:
    text = (
        "青溪县社区治理经验\n青溪县深化“邻里共治”行动，吸纳驻区单位120家，形成“多方联动”的社区治理体系。"
        "青溪县推进“红色驿站”建设，形成了“暖心小屋”“邻里食堂”等创新做法。\n"
    )
    parts = component_pairs(text)
    assert not any(part.endswith("治理体系") for part, _ in parts)
    assert ("“暖心小屋”", "“红色驿站”建设") in parts


def test_the_parties_of_a_counted_chain_are_no_parts() -> None:
    text = (
        "青溪县物业治理经验\n青溪县坚持党建引领，着力破解小区治理难题，居民满意度逐年提升。"
        "青溪县推行“街道党工委—社区党委—楼栋党小组—党员中心户”四级联动体系，每个楼栋选出“党员中心户”1名，"
        "服务居民2000户。青溪县构建“党组织领导—邻里议事会协商—居委会实施”的自治机制，"
        "每个小区成立“邻里议事会”1个，协商解决问题120件。\n"
    )
    parts = component_pairs(text)
    assert not any(part == "“党员中心户”" for part, _ in parts)
    assert ("“邻里议事会”", "“党组织领导—邻里议事会协商—居委会实施”的自治机制") in parts


def test_numbered_points_after_a_counted_group_are_its_kinds() -> None:
    text = (
        "青溪县：深入实施“强村兴业”工程\n\n"
        "近年来，青溪县深入实施“强村兴业”工程，全县村集体经济收入稳步增长。\n\n"
        "一、创新发展模式\n\n"
        "立足各村资源禀赋，因村施策推行“三种模式”，让每个村都有一条增收路子。\n\n"
        "1.“资产盘活”模式。盘活闲置校舍12处，年租金收入80万元。\n\n"
        "2.“抱团发展”模式。组织21个村抱团投资600万元，建设标准厂房。\n\n"
        "二、规范管理监督\n\n"
        "（一）强化督导。建立“季度观摩”制度，每季度开展一次现场观摩。\n"
    )
    parts = component_pairs(text)
    assert ("“资产盘活”模式", "“三种模式”") in parts
    assert ("“抱团发展”模式", "“三种模式”") in parts
    assert ("“抱团发展”模式", "“强村兴业”工程") not in parts


def test_an_event_a_programme_organizes_in_its_sentence_is_its_part() -> None:
    text = (
        "青溪县人才工作经验\n青溪县深入实施“青才回乡”计划，组织32家企业赴省内高校开展“校园引才季”活动8场次，"
        "引进急需人才210人。\n"
    )
    assert ("“校园引才季”活动", "“青才回乡”计划") in component_pairs(text)


def test_what_a_clause_builds_runs_on_the_platform_set_up_just_before() -> None:
    text = (
        "青溪县网格治理经验\n青溪县落实“村吹哨、镇响应”工作机制，划分单元网格210个，建立“一网统管”智慧平台，"
        "打造“受理、交办、反馈”闭环，及时解决群众诉求。\n"
    )
    parts = component_pairs(text)
    assert ("“受理、交办、反馈”闭环", "“一网统管”智慧平台") in parts
    assert ("“受理、交办、反馈”闭环", "“村吹哨、镇响应”工作机制") not in parts


def test_each_item_done_around_a_programme_is_its_part() -> None:
    text = (
        "青溪县乡村治理经验\n青溪县围绕“清廉村居”建设实施“阳光村务”工程、“小微权力清单”制度和“村务监督”提升行动，"
        "全县村级事务公开率达100%。\n"
    )
    parts = component_pairs(text)
    for part in ("“阳光村务”工程", "“小微权力清单”制度", "“村务监督”提升行动"):
        assert (part, "“清廉村居”建设") in parts


def test_as_many_names_on_a_counted_groups_head_are_its_members() -> None:
    text = (
        "青溪县养老服务经验\n青溪县依托“三个驿站”建设，推动助餐驿站、康养驿站、文化驿站覆盖全部社区，"
        "建成助餐驿站42个。\n"
    )
    parts = component_pairs(text)
    assert {("助餐驿站", "“三个驿站”建设"), ("康养驿站", "“三个驿站”建设"), ("文化驿站", "“三个驿站”建设")} <= parts


def test_a_list_longer_than_the_count_holds_no_members() -> None:
    text = (
        "青溪县养老服务经验\n青溪县依托“两个驿站”建设，推动助餐驿站、康养驿站、文化驿站覆盖全部社区，"
        "建成助餐驿站42个。\n"
    )
    assert not any(whole == "“两个驿站”建设" for _, whole in component_pairs(text))
