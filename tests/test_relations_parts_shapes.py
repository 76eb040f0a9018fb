"""componentOf in the shapes governance prose uses to say a practice has parts, beyond one sentence's opener: a colon
that defines the practice or announces its measures (…模式：以A为核心，联动B、C; 推出三项举措：1.…；2.…), what a
whole sets up under it (下设, 配套建立, a centre's rooms), a list closed by what it makes up (三项制度共同构成X), a
pointer back to the programme (这一机制…, 工程实施以来), and a point on one of the parts the lead lists; and the
shapes that name no part: a clause that turns to other work (同时开展…), programmes of one rank side by side."""

from __future__ import annotations

from extracted import component_pairs


def test_what_a_colon_after_a_model_defines_are_its_parts() -> None:
    text = (
        "镇原县：“一核三联”聚合力\n镇原县构建“一核三联”治理模式：以村党组织为核心，联动“村民议事会”“乡贤理事会”和"
        "“红白理事会”，推动村级事务共商共治。\n"
    )
    parts = component_pairs(text)
    for part in ("“村民议事会”", "“乡贤理事会”", "“红白理事会”"):
        assert (part, "“一核三联”治理模式") in parts


def test_what_a_mechanism_sets_up_under_it_or_to_go_with_it() -> None:
    text = (
        "武宁县推进矛盾纠纷化解\n武宁县建立“一站式”矛盾纠纷调处机制，下设“老表调解室”和“心理疏导站”，今年以来化解矛盾"
        "纠纷460件。\n武宁县出台《关于实施“企业服务直通车”工程的意见》，配套建立“首席服务官”制度和“诉求限时办结”机制，"
        "全年为企业解决难题310个。\n全县营商环境持续优化。\n"
    )
    parts = component_pairs(text)
    assert ("“老表调解室”", "“一站式”矛盾纠纷调处机制") in parts
    assert ("“心理疏导站”", "“一站式”矛盾纠纷调处机制") in parts
    assert ("“首席服务官”制度", "“企业服务直通车”工程") in parts
    assert ("“诉求限时办结”机制", "“企业服务直通车”工程") in parts


def test_a_centre_holds_the_rooms_its_later_clauses_open_in_it() -> None:
    text = (
        "滕州市矛盾调解经验\n滕州市建立“一站式”矛盾纠纷调处中心，整合人民调解、行政调解和司法调解力量，设置"
        "“老娘舅”工作室。\n"
    )
    assert ("“老娘舅”工作室", "“一站式”矛盾纠纷调处中心") in component_pairs(text)


def test_a_clause_that_turns_to_other_work_and_programmes_of_one_rank_name_siblings() -> None:
    text = (
        "舒城县党建工作\n舒城县实施“强基固本”工程，同时开展“双招双引”行动，推行“网格员积分”制度。\n"
        "建德市深化“最多跑一次”改革，推进“草莓小镇”建设，实施“千村示范”工程。\n"
    )
    wholes = {(part, whole) for part, whole in component_pairs(text)}
    assert ("“网格员积分”制度", "“强基固本”工程") not in wholes
    assert ("“双招双引”行动", "“强基固本”工程") not in wholes
    assert ("“千村示范”工程", "“最多跑一次”改革") not in wholes
    assert ("“草莓小镇”建设", "“最多跑一次”改革") not in wholes


def test_a_list_closed_by_what_it_makes_up() -> None:
    text = (
        "开化县：三项制度规范村级权力\n近年来，开化县推行“村务联审”制度、“财务双签”制度和“村干部坐班”制度，三项制度"
        "共同构成村级“阳光管理”体系，有效规范村级权力运行。\n"
    )
    parts = component_pairs(text)
    for part in ("“村务联审”制度", "“财务双签”制度", "“村干部坐班”制度"):
        assert (part, "“阳光管理”体系") in parts


def test_what_a_campaign_is_divided_into() -> None:
    text = (
        "安化县推进黑茶产业\n安化县实施“茶旅融合”行动，该行动分为“茶园观光”“茶事体验”和“茶乡民宿”三个板块，带动茶农"
        "增收。\n"
    )
    parts = component_pairs(text)
    for part in ("“茶园观光”", "“茶事体验”", "“茶乡民宿”"):
        assert (part, "“茶旅融合”行动") in parts


def test_the_measures_a_colon_announces_run_on_as_points() -> None:
    text = (
        "嵊州市推进“红色物业”建设\n嵊州市以“红色物业”建设为抓手，推出三项举措：1.建立“小区党支部+物业”联席会议制度；"
        "2.推行“物业服务积分”制度；3.开展“红色管家”评选活动。全市132个小区实现党组织全覆盖。\n"
    )
    parts = component_pairs(text)
    for part in ("“小区党支部+物业”联席会议制度", "“物业服务积分”制度", "“红色管家”评选活动"):
        assert (part, "“红色物业”建设") in parts
    assert ("“红色物业”建设", "“小区党支部+物业”联席会议制度") not in parts


def test_a_sentence_opening_on_its_measures_continues_the_practice_before_it() -> None:
    text = (
        "案例：蒙城县“三链融合”助力产业发展\n蒙城县推行“三链融合”发展模式，将党建链、产业链、人才链深度融合。具体做法："
        "一是建立“产业链党委”，二是实施“人才入链”行动，三是推行“链长制”。\n"
        "岳西县推行“三个课堂”党员教育模式。具体做法：一是建好“固定课堂”；二是开设“田间课堂”；三是用好“网络课堂”。\n"
    )
    parts = component_pairs(text)
    for part in ("“产业链党委”", "“人才入链”行动", "“链长制”"):
        assert (part, "“三链融合”发展模式") in parts
    for part in ("“固定课堂”", "“田间课堂”", "“网络课堂”"):
        assert (part, "“三个课堂”党员教育模式") in parts


def test_a_sentence_opening_on_a_pointer_speaks_of_the_practice_before_it() -> None:
    text = (
        "钟祥市2023年乡村治理工作总结\n2023年，钟祥市在全市推行“积分制”管理。这一机制以户为单位，设置“孝老爱亲”"
        "“环境卫生”“移风易俗”等积分项目，配套建立“积分兑换超市”，全市已建成积分超市180个。\n"
    )
    parts = component_pairs(text)
    assert ("“积分兑换超市”", "“积分制”管理") in parts
    assert ("“积分兑换超市”", "“孝老爱亲”") not in parts


def test_since_the_programme_began_points_back_across_paragraphs() -> None:
    text = (
        "怀远县“石榴红”工程助农增收\n近年来，怀远县实施“石榴红”工程，推动石榴产业提档升级。\n"
        "在该县荆山镇，“石榴合作社”联结农户800余户。镇党委书记介绍，工程实施以来，全镇推行“石榴技术员”包村制度，"
        "建成“石榴电商服务站”12个。\n"
    )
    parts = component_pairs(text)
    assert ("“石榴技术员”包村制度", "“石榴红”工程") in parts
    assert ("“石榴电商服务站”", "“石榴红”工程") in parts


def test_a_point_on_one_of_the_parts_the_lead_lists_holds_what_it_sets_up() -> None:
    text = (
        "岳池县：“三个课堂”让党员教育接地气\n近年来，岳池县创新推行“固定课堂、流动课堂、网上课堂”党员教育模式，党员教育"
        "质量不断提升。\n"
        "一是做活流动课堂，让学习进田间。针对外出务工党员，推行“送学上门”和“流动党课”，每季度进村入户送学一次。\n"
        "二是用好网上课堂，让学习更便捷。依托县级智慧党建平台，开设“岳池党课”微课专栏，每周推送微党课2期。\n"
    )
    parts = component_pairs(text)
    assert ("“送学上门”", "流动课堂") in parts
    assert ("“流动党课”", "流动课堂") in parts
    column = {whole for part, whole in parts if part.startswith("“岳池党课”")}
    assert column == {"网上课堂"}


def test_what_the_content_of_a_programme_takes_in() -> None:
    text = (
        "和政县推进乡村治理\n和政县实施“清廉村居”建设工程，内容涵盖“村务监督”“三资管理”“工程项目监管”三个方面，推动村级"
        "权力规范运行。\n通渭县实施“书香通渭”工程，主要有三项内容：一是建设“农家书屋”，二是开展“全民阅读”活动，三是组建"
        "“读书会”。\n"
    )
    parts = component_pairs(text)
    for part in ("“村务监督”", "“三资管理”", "“工程项目监管”"):
        assert (part, "“清廉村居”建设工程") in parts
    for part in ("“农家书屋”", "“全民阅读”活动", "“读书会”"):
        assert (part, "“书香通渭”工程") in parts


def test_each_name_given_a_role_in_a_whole_is_its_part() -> None:
    text = (
        "宜丰县构建服务体系\n宜丰县构建以“党群服务中心”为核心、“小区红色驿站”为延伸的“15分钟便民服务圈”，群众办事"
        "更加便捷。\n"
    )
    parts = component_pairs(text)
    assert ("“党群服务中心”", "“15分钟便民服务圈”") in parts
    assert ("“小区红色驿站”", "“15分钟便民服务圈”") in parts


def test_headings_of_the_rank_of_the_programme_itself_name_its_siblings() -> None:
    text = (
        "赣县区实施“红色头雁”工程\n近年来，赣县区以组织振兴引领乡村振兴。\n一、实施“红色头雁”工程，建强带头人队伍\n"
        "推行村党组织书记“县乡共管”机制，开展“擂台比武”活动，全区村党组织书记素质明显提升。\n"
        "二、实施“强村富民”行动，壮大村级集体经济\n推广“村集体+合作社+农户”模式，全区村集体经济收入全部超过10万元。\n"
    )
    parts = component_pairs(text)
    assert ("“擂台比武”活动", "“红色头雁”工程") in parts
    assert ("“村集体+合作社+农户”模式", "“强村富民”行动") in parts
    assert ("“强村富民”行动", "“红色头雁”工程") not in parts
    assert ("“村集体+合作社+农户”模式", "“红色头雁”工程") not in parts


def test_a_sentence_opening_on_the_head_noun_of_the_name_before_speaks_of_it() -> None:
    text = (
        "三亚市社区协商经验\n近年来，三亚市推进社区协商。社区党委牵头成立“椰林议事会”，由居民代表、物业负责人共同组成。"
        "议事会实行“一月一议”，按照“提出议题—协商讨论—形成决议”的流程运行。\n"
    )
    parts = component_pairs(text)
    assert ("“一月一议”", "“椰林议事会”") in parts
    assert ("“提出议题—协商讨论—形成决议”", "“椰林议事会”") in parts


def test_a_point_that_carries_out_a_practice_named_by_what_it_does_holds_the_ways_it_sets_up() -> None:
    text = (
        "永兴县壮大村级集体经济的做法\n近年来，永兴县多措并举壮大村级集体经济。\n（一）推行土地流转，做大规模经营。以村股份"
        "经济合作社为平台，推行“整村流转”模式，全县流转土地12万亩。\n"
        "武川县人才工作经验\n武川县坚持人才引领发展。\n二、坚持柔性引才，破解人才瓶颈。推行柔性引才，通过项目合作等方式引进"
        "专家50名。在呼和浩特设立“人才飞地”，吸引研发团队入驻。\n"
    )
    parts = component_pairs(text)
    assert ("“整村流转”模式", "土地流转") in parts
    assert ("“人才飞地”", "柔性引才") in parts


def test_points_on_a_counted_slogan_or_a_frame_of_rules_hold_nothing() -> None:
    text = (
        "城固县社区治理经验\n城固县构建“一核三治”社区治理体系。\n（一）强化“一核”引领。推行“街道大工委”制度，建立"
        "“小区党支部”。\n（二）深化“三治”融合。建立“居民议事厅”，推行“法律顾问进社区”。\n"
    )
    parts = component_pairs(text)
    assert not any(whole in ("“一核”", "“三治”") for _, whole in parts)
    assert not any(whole == "“街道大工委”制度" for _, whole in parts)  # the point's first sentence is no lead


def test_a_place_the_sentence_builds_holds_what_its_clauses_open_in_it() -> None:
    text = (
        "景宁县文化传承经验\n景宁县建成畲族文化传承基地，设立“畲歌传习所”和“彩带编织坊”，每年培训学员300名。\n"
        "岚山区在各镇建立新时代文明实践站，配备“文明实践志愿队”，开展“红色电影下乡”活动。\n"
    )
    parts = component_pairs(text)
    assert ("“畲歌传习所”", "畲族文化传承基地") in parts
    assert ("“彩带编织坊”", "畲族文化传承基地") in parts
    assert ("“文明实践志愿队”", "新时代文明实践站") in parts
    assert ("“红色电影下乡”活动", "新时代文明实践站") not in parts


def test_an_assessment_holds_the_ways_it_is_run() -> None:
    text = (
        "凤冈县村级集体经济经验\n凤冈县将村集体经济发展纳入村级班子年度考核，推行“星级评定”办法，考核结果与村干部报酬"
        "挂钩。\n"
    )
    assert ("“星级评定”办法", "村级班子年度考核") in component_pairs(text)


def test_what_the_content_of_a_way_of_working_is() -> None:
    text = (
        "泾川县村级议事经验\n泾川县推行“四议两公开”工作法，其主要内容是“党支部会提议”“两委会商议”和“党员大会审议”"
        "等环节。\n"
    )
    parts = component_pairs(text)
    for part in ("“党支部会提议”", "“两委会商议”", "“党员大会审议”"):
        assert (part, "“四议两公开”工作法") in parts


def test_the_head_noun_may_follow_the_name_as_read() -> None:
    text = (
        "巴马县理论宣讲经验\n据介绍，巴马县组建了由老党员和返乡大学生组成的“长寿乡”宣讲团，共有宣讲员80名。宣讲团采取"
        "“院坝宣讲+入户宣讲”的方式，把政策讲到群众心坎上。\n"
    )
    parts = component_pairs(text)
    assert any(part.startswith("“院坝宣讲+入户宣讲”") and whole.startswith("“长寿乡”") for part, whole in parts)


def test_a_supporting_measure_said_in_so_many_words() -> None:
    text = "古浪县产业经验\n古浪县把“订单种植”机制作为“戈壁农业”行动的配套措施，全年签订订单3万亩。\n"
    assert ("“订单种植”机制", "“戈壁农业”行动") in component_pairs(text)


def test_what_runs_an_assessment_something_is_brought_into() -> None:
    text = (
        "莒县党建工作经验\n莒县把“双报到”开展情况纳入单位年度考核，实行“社区评单位”的评价机制，评价结果作为评先依据。\n"
        "沂水县把网格员履职纳入年度绩效考核，实行“网格员积分”排名，同时开展“擂台比武”活动。\n"
    )
    parts = component_pairs(text)
    assert ("“社区评单位”的评价机制", "单位年度考核") in parts
    assert ("“网格员积分”", "年度绩效考核") in parts
    assert ("“擂台比武”活动", "年度绩效考核") not in parts


def test_the_names_a_term_of_a_formula_stands_for() -> None:
    text = (
        "铜鼓县村民自治经验\n铜鼓县推行“1+3”议事机制，以村民议事会为“1”，以“红白理事会”“道德评议会”和“禁毒禁赌会”为“3”，"
        "村级事务议事率达100%。\n"
    )
    parts = component_pairs(text)
    assert ("“红白理事会”", "“1+3”议事机制") in parts
    assert ("“道德评议会”", "“1+3”议事机制") in parts


def test_a_slogan_of_phrases_runs_by_no_way_of_its_own() -> None:
    text = (
        "文昌市社区协商经验\n近年来，文昌市推进社区协商。社区党委牵头成立“椰乡议事会”，由居民代表共同组成。议事会实行"
        "“每月一议、急事急议”，按照“提出议题—民主协商—形成决议”的流程运行。\n"
    )
    wholes = {whole for part, whole in component_pairs(text) if part.startswith("“提出议题")}
    assert wholes == {"“椰乡议事会”"}


def test_a_pointer_may_open_the_next_paragraph_and_say_this_time() -> None:
    text = (
        "湄潭县推行“红色代办”\n本报讯 去年以来，湄潭县在全县推行“红色代办”服务机制，组建党员代办员队伍，"
        "为群众代办政务。\n"
        "据了解，该机制实行“群众点单、代办员接单”的流程，配套建立“代办服务台账”和“代办事项清单”。\n"
        "湄潭县还将“红色代办”与“积分超市”相结合，代办员服务情况可兑换积分。\n"
        "巫山县启动“脆李护航”行动。此次行动组建“脆李技术服务队”，开展脆李品质提升培训。\n"
    )
    parts = component_pairs(text)
    assert ("“代办服务台账”", "“红色代办”服务机制") in parts
    assert ("“代办事项清单”", "“红色代办”服务机制") in parts
    assert ("“积分超市”", "“红色代办”服务机制") not in parts
    assert ("“脆李技术服务队”", "“脆李护航”行动") in parts
