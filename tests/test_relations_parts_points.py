"""componentOf from the points a report lists and the words that point back: points of a line (一是A，二是B),
points of another mark under a programme's heading, means listed with their verbs (通过建立A、推行B，构建C), a
platform's channels, a copula with a part noun (A是B的重要组成部分), and a sentence that opens on 该工程 / 根据计划.
Every passage is invented."""

from __future__ import annotations

from extracted import component_pairs

_REPORT = (
    "宁国市党建引领乡村振兴工作报告\n近年来，宁国市坚持以党建引领乡村振兴，推动各项工作取得明显成效，"
    "现将有关情况报告如下。\n"
)
_AFTER = "群众获得感明显增强，干部作风持续转变。\n"


def test_the_points_of_one_line_each_name_a_part() -> None:
    text = (
        "2023年度工作总结\n今年以来，我镇深入开展“美丽庭院”创建活动。"
        "一是实施“垃圾分类”积分制，二是开展“最美家庭”评选，三是组建“巾帼志愿队”。\n"
    )
    parts = component_pairs(text)
    assert ("“垃圾分类”积分制", "“美丽庭院”创建活动") in parts
    assert ("“最美家庭”评选", "“美丽庭院”创建活动") in parts


def test_points_after_a_colon_in_the_programmes_sentence() -> None:
    text = (
        "遂昌县：党建引领激活乡村治理\n近年来，遂昌县深入实施“金穗先锋”工程，具体做法：一是建立“村情联络员”制度，"
        "二是推行“红色代办”服务，三是开展“田间课堂”活动。\n"
    )
    parts = component_pairs(text)
    for part in ("“村情联络员”制度", "“红色代办”服务", "“田间课堂”活动"):
        assert (part, "“金穗先锋”工程") in parts


def test_points_under_a_programmes_heading_belong_to_it_not_to_the_next() -> None:
    text = (
        _REPORT
        + "一、深入实施“头雁领航”工程\n（一）推行“书记擂台赛”。每季度组织村党组织书记比学赶超，晒实绩、比成效。\n"
        "（二）建立“导师帮带”制度。选派优秀乡镇干部担任村干部导师，帮助解决实际问题。\n"
        "二、全面开展“清廉村居”行动\n（一）推行“村务阳光”工程。全面公开村级财务收支。\n"
        "（二）健全“小微权力”清单制度。明确村级权力事项36项。\n"
    )
    parts = component_pairs(text)
    assert ("“书记擂台赛”", "“头雁领航”工程") in parts
    assert ("“导师帮带”制度", "“头雁领航”工程") in parts
    assert ("“村务阳光”工程", "“清廉村居”行动") in parts
    assert ("“小微权力”清单制度", "“清廉村居”行动") in parts
    assert ("“村务阳光”工程", "“头雁领航”工程") not in parts


def test_body_points_under_a_programmes_heading() -> None:
    text = (
        _REPORT + "一、深入实施“强村富民”工程\n一是推行“飞地抱团”模式，在县城工业园区建设标准厂房，收益按股分红。"
        "二是开展“千名能人回村”活动，吸引在外人才返乡创业。\n二、扎实推进“和美乡村”建设\n"
        "一是开展“五美庭院”评比，带动群众整治房前屋后。二是实施“垃圾分类”积分制，定期兑换生活用品。\n"
    )
    parts = component_pairs(text)
    assert ("“飞地抱团”模式", "“强村富民”工程") in parts
    assert ("“千名能人回村”活动", "“强村富民”工程") in parts
    assert ("“垃圾分类”积分制", "“和美乡村”建设") in parts
    assert ("“垃圾分类”积分制", "“强村富民”工程") not in parts


def test_a_mechanisms_heading_holds_no_points() -> None:
    text = (
        _REPORT + "一、建强“红色网格”体系\n（一）推行“网格吹哨”。网格员发现问题及时上报，部门限时处置。\n"
        "（二）建立“党员联户”制度。每名党员联系10户群众，定期走访。\n"
    )
    assert not component_pairs(text)


def test_means_listed_with_their_verbs_build_the_whole() -> None:
    text = (
        "遂昌县：党建引领激活乡村治理\n遂昌县通过建立“乡贤议事会”、推行“积分兑换”、开展“庭院评比”，"
        "构建“三治融合”乡村治理体系。" + _AFTER
    )
    parts = component_pairs(text)
    for part in ("“乡贤议事会”", "“积分兑换”", "“庭院评比”"):
        assert (part, "“三治融合”乡村治理体系") in parts


def test_a_sibling_after_tongshi_is_no_part() -> None:
    text = "武夷山市：党建引领乡村振兴\n武夷山市开展“清风廉村”行动，同时实施“乡村振兴人才”工程。" + _AFTER
    assert not component_pairs(text)


def test_a_platforms_channels_and_a_centres_stations() -> None:
    platform = (
        "光泽县：智慧治理\n光泽县打造“光泽智治”平台，整合“12345热线”、“网格e通”和“随手拍”等渠道，"
        "实现群众诉求一网通办。" + _AFTER
    )
    centre = (
        "武夷山市：党建引领乡村振兴\n武夷山市成立“茶乡共富”服务中心，下设“技术服务站”“电商服务站”两个站点。" + _AFTER
    )
    assert ("“网格e通”", "“光泽智治”平台") in component_pairs(platform)
    assert ("“电商服务站”", "“茶乡共富”服务中心") in component_pairs(centre)


def test_a_copula_with_a_part_noun_states_the_part() -> None:
    text = "武夷山市：党建引领乡村振兴\n“红色茶山”工程是武夷山市“党建富民”行动的重要组成部分。" + _AFTER
    measure = "武夷山市：党建引领乡村振兴\n“村医驻点”制度是武夷山市“健康乡村”建设的一项重要举措。" + _AFTER
    assert ("“红色茶山”工程", "“党建富民”行动") in component_pairs(text)
    assert ("“村医驻点”制度", "“健康乡村”建设") in component_pairs(measure)


def test_a_sentence_pointing_back_to_the_programme_sets_up_its_parts() -> None:
    project = (
        "武夷山市：党建引领乡村振兴\n武夷山市实施“茶农培训”工程。该工程设立“田间学校”，开展“师徒结对”，"
        "推行“技能认证”制度。" + _AFTER
    )
    plan = (
        "建瓯市推行“乡贤回归”计划\n本报讯 建瓯市日前启动“乡贤回归”计划。根据计划，该市将建立“乡贤信息库”，"
        "设立“乡贤工作室”，开展“乡贤返乡日”活动。\n"
    )
    model = (
        "案例：青田县“侨乡调解”模式\n青田县探索形成“侨乡调解”模式。在该模式下，县里设立“海外调解站”，"
        "推行“视频调解”，并建立“侨商顾问团”。\n"
    )
    assert ("“技能认证”制度", "“茶农培训”工程") in component_pairs(project)
    assert ("“乡贤工作室”", "“乡贤回归”计划") in component_pairs(plan)
    assert ("“视频调解”", "“侨乡调解”模式") in component_pairs(model)


def test_a_pointer_to_a_document_or_a_result_names_no_part() -> None:
    document = (
        "龙泉市：基层治理见实效\n近年来，龙泉市坚持党建引领，推动各项工作落地见效。\n"
        "龙泉市出台《龙泉市村级工程项目管理办法》。根据办法，设立“村级工程监督岗”。" + _AFTER
    )
    result = (
        "龙泉市：基层治理见实效\n近年来，龙泉市坚持党建引领，推动各项工作落地见效。\n"
        "龙泉市推行“山海协作”模式。这一模式带动“飞地经济”快速发展。" + _AFTER
    )
    assert ("“村级工程监督岗”", "《龙泉市村级工程项目管理办法》") not in component_pairs(document)
    assert not component_pairs(result)


def test_what_an_issued_document_sets_up_is_its_part() -> None:
    text = (
        "永嘉县：网格治理\n近年来，永嘉县坚持党建引领，推动各项工作落地见效。\n"
        "永嘉县出台《永嘉县村级小微权力清单管理办法》，明确实行“村务联审”制度，在全县推行“三色督办”机制，"
        "村级事务办理更加规范。" + _AFTER
    )
    parts = component_pairs(text)
    assert ("“村务联审”制度", "《永嘉县村级小微权力清单管理办法》") in parts
    assert ("“三色督办”机制", "《永嘉县村级小微权力清单管理办法》") in parts


def test_a_tool_named_by_a_practices_own_words() -> None:
    text = (
        "永嘉县：党员带富\n近年来，永嘉县坚持党建引领，推动各项工作落地见效。\n"
        "永嘉县推行党员结对帮扶制度，每名党员联系3户群众，走访情况记入“党员结对帮扶台账”，定期评议。" + _AFTER
    )
    assert ("“党员结对帮扶台账”", "党员结对帮扶制度") in component_pairs(text)


def test_a_deed_held_at_a_time_of_the_year_under_a_campaign() -> None:
    text = (
        "永嘉县：人才回引\n近年来，永嘉县坚持党建引领，推动各项工作落地见效。\n"
        "永嘉县实施“永商回归”工程，建立在外人才信息库，每年中秋前后举办“乡贤座谈会”，引回人才200名。" + _AFTER
    )
    assert ("“乡贤座谈会”", "“永商回归”工程") in component_pairs(text)


def test_the_points_of_a_problems_or_plans_part_name_no_parts() -> None:
    text = (
        "永嘉县2024年基层治理工作总结\n今年以来，永嘉县深入推进“网格连心”行动，基层治理水平持续提升。\n"
        "一、主要成效\n（一）网格体系更加健全。全县划分网格800个，配备专职网格员120名。\n"
        "二、存在问题\n一是网格员队伍不够稳定，流动性较大；\n二是部分村“积分管理”流于形式，群众参与不够；\n"
        "三、下一步打算\n一是全面推行“网格夜访”，每月走访一次；\n二是加快建设“智慧网格”平台，提升处置效率。\n"
    )
    parts = component_pairs(text)
    assert not any(whole == "“网格连心”行动" for _, whole in parts)


def test_a_means_that_drives_listed_bodies_serves_none_of_them() -> None:
    text = (
        "永嘉县：小区治理\n近年来，永嘉县以“红色管家”工程为牵引，推动居委会、业委会、物业企业协同发力，"
        "小区治理水平明显提升。" + _AFTER
    )
    assert not any(part == "“红色管家”工程" for part, _ in component_pairs(text))


def test_a_superiors_programme_carried_out_holds_nothing_the_county_sets_up() -> None:
    text = (
        "永嘉县：人才工作\n近年来，永嘉县深入落实省委“鲲鹏计划”，制定出台《永嘉县引才十条》，"
        "在全县推行“周末专家”柔性引才模式，引进人才300名。" + _AFTER
    )
    assert not any(whole == "省委“鲲鹏计划”" or whole.endswith("“鲲鹏计划”") for _, whole in component_pairs(text))


def test_a_fronted_frame_holds_what_its_sentence_sets_up() -> None:
    campaign = (
        "柯城区：基层治理\n近年来，柯城区坚持党建引领，推动各项工作落地见效。\n"
        "在“美丽乡村”创建活动中，柯城区推出“垃圾不落地”行动，群众参与热情高涨。" + _AFTER
    )
    measure = (
        "柯城区：基层治理\n近年来，柯城区坚持党建引领，推动各项工作落地见效。\n"
        "作为“共富工坊”建设的配套措施，柯城区建立“工坊联络员”制度。" + _AFTER
    )
    assert ("“垃圾不落地”行动", "“美丽乡村”创建活动") in component_pairs(campaign)
    assert ("“工坊联络员”制度", "“共富工坊”建设") in component_pairs(measure)


def test_a_pointer_after_what_the_reporter_learned() -> None:
    text = (
        "柯城区“红色代办”服务暖民心\n本报讯 柯城区在全区推行“红色代办”服务。据了解，该服务设立“代办员”岗位，"
        "开通“代办热线”，群众办事不出村。" + _AFTER
    )
    assert ("“代办热线”", "“红色代办”服务") in component_pairs(text)


def test_a_practice_taken_into_a_programme_is_its_part() -> None:
    text = (
        "永嘉县：技能培训\n近年来，永嘉县坚持党建引领，推动各项工作落地见效。\n"
        "县人社局将“乡村工匠培育”项目纳入全县“技能永嘉”行动，给予培训补贴。" + _AFTER
    )
    assert ("“乡村工匠培育”项目", "“技能永嘉”行动") in component_pairs(text)


def test_a_news_lead_read_as_a_heading_holds_no_deeds() -> None:
    text = (
        "遂川县：文明实践走深走实\n本报讯（记者 刘洋）近日，江西省遂川县启动“文明实践进万家”行动。"
        "据了解，该行动组建“红色宣讲团”，力争年内覆盖全县所有村组。\n"
        "遂川县委宣传部负责人介绍，县里还推行“文明积分”制度，村民凭积分到“文明超市”兑换生活用品。\n"
    )
    parts = component_pairs(text)
    assert ("“红色宣讲团”", "“文明实践进万家”行动") in parts
    assert ("“文明积分”制度", "“文明实践进万家”行动") not in parts


def test_a_heading_about_who_gains_from_a_model_names_no_part() -> None:
    text = (
        "灌阳县：“飞地抱团”让薄弱村增收\n转机来自灌阳县推行的“飞地抱团”发展模式，全县村集体经济收入明显增加。\n"
        "江口镇是“党支部+合作社+农户”模式的受益者。\n全镇11个村全部成立了村党支部领办的合作社，村均收入35万元。\n"
    )
    assert ("“党支部+合作社+农户”模式", "“飞地抱团”发展模式") not in component_pairs(text)


def test_a_change_made_to_a_centre_and_bodies_listed_are_no_parts() -> None:
    change = (
        "永嘉县：阵地建设\n近年来，永嘉县坚持党建引领，推动各项工作落地见效。\n"
        "推动党群服务中心“去行政化”，腾出办公用房用于居民活动。" + _AFTER
    )
    bodies = (
        "永嘉县：小区治理\n近年来，永嘉县坚持党建引领，推动各项工作落地见效。\n"
        "深化“支部建在小区上”，推动小区党组织、业主委员会、物业服务企业协同议事。" + _AFTER
    )
    assert not component_pairs(change)
    assert not any(part == "业主委员会" for part, _ in component_pairs(bodies))


def test_the_way_a_practice_just_set_up_runs_is_its_part() -> None:
    steps = (
        "嵊州市：基层治理\n近年来，嵊州市坚持党建引领，推动各项工作落地见效。\n"
        "嵊州市推行“积分制”管理，由村党组织统一组织，按照“月评、季比、年奖”的流程开展评比。" + _AFTER
    )
    rule = (
        "嵊州市：基层治理\n近年来，嵊州市坚持党建引领，推动各项工作落地见效。\n"
        "嵊州市组建“巾帼志愿队”，按照“就近就便”原则开展服务。" + _AFTER
    )
    assert ("“月评、季比、年奖”", "“积分制”管理") in component_pairs(steps)
    assert not component_pairs(rule)
