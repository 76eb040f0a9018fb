"""Initiatives, mechanisms and policy documents read from short report-like snippets."""

from __future__ import annotations

from pathlib import Path

from loaders.activities.stage import activity_key, categories_for, norm
from loaders.document import Document, Entity
from loaders.pipeline import extract

REPORT = (
    "兰考县推进基层治理经验\n"
    "近年来,兰考县深入实施“红色引擎”工程,严格落实包联机制,开展“三争三比”活动,"
    "被中组部确定为全国基层党建示范县。\n"
    "一、夯实基础,筑牢“桥头堡”。\n"
    "推行股份合作、托管经营、订单农业等3种经营模式。建立“一村一档”制度,推行网格化管理,"
    "将全县划分为520个网格,配备1.2万名网格员。\n"
    "实施“银发先锋”行动。组建老党员宣讲团12个,开展“话初心”宣讲活动80余场。\n"
    "出台《兰考县村级组织运转经费保障办法(试行)》,党员双报到实现全覆盖,“双报到”工作纳入考核。\n"
)


def _doc(text: str = REPORT) -> Document:
    return extract(Document(path=Path("t.txt"), text=text))


def _activities(doc: Document) -> dict[str, Entity]:
    kinds = ("Initiative", "Mechanism", "PolicyDocument")
    return {e.label: e for e in doc.entities.values() if e.cls in kinds}


def test_names_and_classes() -> None:
    acts = {label: e.cls for label, e in _activities(_doc()).items()}
    assert acts["“红色引擎”工程"] == "Initiative"  # quoted name + head noun 工程
    assert acts["包联机制"] == "Mechanism"  # unquoted, cut after the verb 落实
    assert acts["“三争三比”活动"] == "Initiative"
    assert acts["“一村一档”制度"] == "Mechanism"
    assert acts["网格化管理"] == "Mechanism"  # a fixed term of the field
    assert acts["《兰考县村级组织运转经费保障办法(试行)》"] == "PolicyDocument"
    assert acts["全国基层党建示范县"] == "Initiative"
    for item in ("股份合作", "托管经营", "订单农业"):  # an enumeration under one head: each a Mechanism
        assert acts[item] == "Mechanism"


def test_metaphors_in_headings_are_not_activities() -> None:
    labels = set(_activities(_doc()))
    assert not any("桥头堡" in label for label in labels)
    assert "经营模式" not in labels and "3种经营模式" not in labels  # the enumeration's generic head


def test_spans_and_provenance() -> None:
    doc = _doc()
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        p = doc.passages[m.passage]
        assert p.start <= m.start and m.end <= p.end
    for e in _activities(doc).values():
        assert e.passages, e.label


def test_short_and_long_forms_are_one_entity() -> None:
    doc = _doc()
    dual = [e for e in _activities(doc).values() if "双报到" in norm(e.label)]
    assert len(dual) == 1
    assert activity_key("“双报到”工作") == activity_key("双报到") == "activity/双报到"
    # a head noun that names a programme stays in the key
    assert activity_key("“头雁领航”工程") != activity_key("头雁领航")


def test_alt_labels_and_categories() -> None:
    acts = _activities(_doc())
    engine = acts["“红色引擎”工程"]
    assert {"红色引擎", "“红色引擎”", "红色引擎工程"} <= engine.alt_labels
    assert "GridGovernance" in acts["网格化管理"].categories
    assert "GridGovernance" not in acts["“一村一档”制度"].categories  # 网格, 网格员 follow 网格化管理: its words
    assert "PartyMemberHouseholdContact" in categories_for({"“党员联户、干部包片”工作机制"})


def test_component_of_heading_and_lead() -> None:
    doc = _doc()
    parts = {
        (doc.entities[r.subject].label, doc.entities[r.object].label)
        for r in doc.relations
        if r.predicate == "componentOf"
    }
    assert ("“话初心”宣讲活动", "“银发先锋”行动") in parts  # under the heading that names the action
    assert ("“银发先锋”行动", "“红色引擎”工程") in parts  # the heading's action serves the lead's programme


def test_speech_and_generic_phrases_are_not_names() -> None:
    text = "新县社区治理经验\n新县建立工作机制,完善长效机制。村民说:“有了这个议事会,心里踏实。”\n"
    labels = set(_activities(_doc(text)))
    assert labels == set()


def test_what_a_sentence_forms_belongs_to_its_opening_practice() -> None:
    text = (
        "兰考县推进基层治理经验\n"
        "近年来,兰考县持续推进基层治理。\n"
        "兰考县建立县乡村三级贯通的智慧治理平台,打造“发现、派单、处置、反馈”闭环,覆盖全县380个网格。"
        "开展村级阵地提升行动,出台《兰考县村级阵地建设奖补办法》,新建党群服务中心21个。\n"
    )
    doc = _doc(text)
    label = {k: e.label for k, e in doc.entities.items()}
    parts = {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "componentOf"}
    assert ("“发现、派单、处置、反馈”闭环", "智慧治理平台") in parts
    assert ("《兰考县村级阵地建设奖补办法》", "村级阵地提升行动") in parts


def test_trie_pattern_prefers_the_longest_word() -> None:
    import re

    from loaders.keywords import trie_pattern

    pattern = re.compile(trie_pattern(["网格", "网格化管理", "网格员", "机制"]))
    assert [m.group(0) for m in pattern.finditer("网格化管理、网格员和网格的机制")] == [
        "网格化管理",
        "网格员",
        "网格",
        "机制",
    ]


def test_shapes_of_fixed_practices() -> None:
    text = "兰考县经验\n兰考县推行清单化管理,实行“一村一策”,全面完成城乡供水一体化,推进党支部标准化建设。\n"
    acts = _activities(_doc(text))
    assert {"清单化管理", "“一村一策”", "城乡供水一体化", "党支部标准化建设"} <= set(acts)


def test_model_headings_are_components_of_the_parts_programme() -> None:
    text = (
        "兰考县人才工作经验\n"
        "近年来,兰考县坚持人才强县。\n"
        "二、创新模式聚人才。着眼产业升级,探索“三型”引才模式,集聚一批高层次人才。\n"
        "候鸟服务型。引导企业柔性引进专家教授20人。\n"
        "校地合作型。与高校共建实验室3个。\n"
    )
    doc = _doc(text)
    acts = _activities(doc)
    assert acts["候鸟服务型"].cls == "Mechanism" and acts["校地合作型"].cls == "Mechanism"
    label = {k: e.label for k, e in doc.entities.items()}
    parts = {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "componentOf"}
    assert ("候鸟服务型", "“三型”引才模式") in parts
    assert ("校地合作型", "“三型”引才模式") in parts


def _parts(doc: Document) -> set[tuple[str, str]]:
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "componentOf"}


ALLIANCE = (
    "兰考县:党建联盟推动城乡一体化\n"
    "来源:兰考日报\n"
    "近年来,兰考县依托黄河流域生态保护示范区建设,牵头组建“黄河岸”党建联盟,持续深化区域协作。\n"
    "一、健全联席会议制度。联盟实行双月例会。\n"
    "二、搭建引才平台。柔性引进专家20人。\n"
    "三、做强特色产业。实施“人才强县”战略,打造“兰考蜜瓜”区域品牌,推进“美丽庭院”建设,"
    "举办梨花节等节庆活动,开展为期一个月的宣传。兰考县被农业农村部认定为省级现代农业产业园。\n"
)


def test_a_part_title_that_only_sets_up_a_rule_names_it() -> None:
    doc = _doc(ALLIANCE)
    acts = _activities(doc)
    assert acts["联席会议制度"].cls == "Mechanism"  # 一、健全联席会议制度。
    assert "引才平台" not in acts  # 二、搭建引才平台。: a slogan
    assert "城乡一体化" not in acts  # the report title is a slogan too
    # the lead's programme is what it sets up, not the source line nor what it leans on (依托…示范区)
    assert ("联席会议制度", "“黄河岸”党建联盟") in _parts(doc)


def test_strategies_brands_and_drives_after_a_quote_are_initiatives() -> None:
    acts = _activities(_doc(ALLIANCE))
    for label in ("“人才强县”战略", "“兰考蜜瓜”区域品牌", "“美丽庭院”建设"):
        assert acts[label].cls == "Initiative", label


def test_events_held_and_designations_conferred() -> None:
    doc = _doc(ALLIANCE)
    acts = _activities(doc)
    assert acts["梨花节"].cls == "Initiative"  # 举办梨花节等节庆活动
    assert acts["省级现代农业产业园"].cls == "Initiative"  # 被…认定为…产业园
    assert not any(label.endswith("月") for label in acts)  # 为期一个月: a duration
    assert not any(whole == "省级现代农业产业园" or part == "省级现代农业产业园" for part, whole in _parts(doc))


TEAMS = (
    "兰考县人才工作经验\n"
    "近年来,兰考县坚持人才强县。组建党员巡河队20支,设立乡村振兴专项资金每年500万元,成立专家团队和工作队。"
    "实行村干部星级评定,推行“双强”书记县级备案管理。新增自治区级党群服务中心3个。"
    "打造“山水田园”乡村振兴新高地。兰考县“三联三帮”做法被人民日报报道。\n"
    "一是发展“订单果园”。推行托管模式。\n"
    "二是夯实堡垒。让党组织成为引领发展的“主心骨”。开展“亮身份”行动,设立党员先锋岗12个。\n"
)


def test_teams_funds_ratings_and_filings_are_mechanisms() -> None:
    acts = _activities(_doc(TEAMS))
    for label in ("党员巡河队", "乡村振兴专项资金", "村干部星级评定", "“双强”书记县级备案管理", "“订单果园”"):
        assert acts[label].cls == "Mechanism", label
    assert "党群服务中心" in acts and "区级党群服务中心" not in acts  # 自治区级 is a rank
    assert not any(label.endswith(("团队", "工作队")) for label in acts)  # no names


def test_quotes_that_are_goals_praise_or_metaphors_are_not_names() -> None:
    labels = set(_activities(_doc(TEAMS)))
    assert not any(word in label for label in labels for word in ("山水田园", "三联三帮", "主心骨"))


def test_a_campaign_holds_what_its_sentence_sets_up() -> None:
    assert ("党员先锋岗", "“亮身份”行动") in _parts(_doc(TEAMS))


def test_listed_parts_and_parts_made_of_a_programme() -> None:
    text = (
        "某供电公司党建经验\n"
        "某供电公司党委全面实施“红旗引领”党建工程,其中包括“党员服务队”建设、“红色供电所”创建和“安全先锋”评选。"
        "城区供电所将“暖心帮”志愿服务作为“红旗引领”党建工程的重要内容。\n"
    )
    doc = _doc(text)
    acts = _activities(doc)
    # quotes joined by 和 are two names, not one (“红色供电所”创建和“安全先锋”)
    assert acts["“红色供电所”创建"].cls == "Initiative"
    assert acts["“暖心帮”志愿服务"].cls == "Mechanism"  # a quoted core with the head noun 服务
    parts = _parts(doc)
    for label in ("“党员服务队”建设", "“红色供电所”创建", "“暖心帮”志愿服务"):
        assert (label, "“红旗引领”党建工程") in parts, label


def test_study_campaigns_and_quotes_introduced_by_more_verbs() -> None:
    text = (
        "某县党建经验\n"
        "某县深入开展党史学习教育,开展“守初心、担使命”主题教育,全面推进“五社联动”,开设“周末课堂”,"
        "推动“领头雁”队伍结构优化。\n"
    )
    acts = _activities(_doc(text))
    assert acts["党史学习教育"].cls == "Initiative"
    assert acts["“守初心、担使命”主题教育"].cls == "Initiative"
    assert "“五社联动”" in acts and "“周末课堂”" in acts
    assert not any("领头雁" in label for label in acts)  # “…”队伍: a group of people


def test_a_bare_rank_is_no_designation() -> None:
    text = "兰考县经验\n兰考县被确定为全省试点,被命名为省级美丽乡村示范村。\n"
    acts = _activities(_doc(text))
    assert "全省试点" not in acts
    assert acts["省级美丽乡村示范村"].cls == "Initiative"


def test_the_first_clause_of_a_part_title_may_name_a_rule() -> None:
    text = "兰考县经验\n兰考县坚持党建引领。\n一、健全议事协商机制,激发自治活力。群众广泛参与。\n二、完善机制强保障。\n"
    acts = _activities(_doc(text))
    assert acts["议事协商机制"].cls == "Mechanism"
    assert not any(label.endswith("机制") and label != "议事协商机制" for label in acts)


def test_a_plan_carried_out_is_an_initiative_but_a_plan_drawn_up_is_not() -> None:
    text = "兰考县人才工作经验\n兰考县实施青年人才托举计划,制定年度培训计划。\n"
    acts = _activities(_doc(text))
    assert acts["青年人才托举计划"].cls == "Initiative"
    assert not any(label.endswith("培训计划") for label in acts)


def test_more_terms_of_the_field_and_generic_platforms() -> None:
    text = "兰考县经验\n兰考县推行三务公开,建设农家书屋120个,推广村民说事,依托电商平台拓宽销路。\n"
    acts = _activities(_doc(text))
    assert {"三务公开", "农家书屋", "村民说事"} <= set(acts)
    assert "电商平台" not in acts  # a kind of platform, not a named one


def test_political_formulas_quoted_alone_are_not_practices() -> None:
    text = "兰考县经验\n兰考县坚持“两个确立”,推动“四个意识”入脑入心,建立“四个一”服务模式。\n"
    acts = _activities(_doc(text))
    assert not any("两个确立" in label or "四个意识" in label for label in acts)
    assert acts["“四个一”服务模式"].cls == "Mechanism"


def test_keywords_of_the_field_give_categories() -> None:
    assert "DemocraticConsultation" in categories_for({"“院坝会”议事平台"})
    assert "ConvenienceServices" in categories_for({"“全城通办”服务"})
    assert "TalentServices" in categories_for({"人才发展专项资金"})
    assert "InclusiveFinance" in categories_for({"“整村授信”模式"})
    assert "FirstSecretaryDispatch" in categories_for({"“强基惠民”驻村工作"})


def test_a_policy_quoting_a_practice_serves_it_and_short_drive_names_merge() -> None:
    text = (
        "兰考县:党建引领“共富车间”建设\n"
        "近年来,兰考县深入实施“共富车间”建设行动。县委组织部制定《兰考县“共富车间”建设三年行动方案》。"
        "兰考县“共富车间”建设经验被农业农村部推介。\n"
    )
    doc = _doc(text)
    acts = _activities(doc)
    assert "“共富车间”建设" not in acts  # the short form of the campaign, not a second node
    assert ("《兰考县“共富车间”建设三年行动方案》", "“共富车间”建设行动") in _parts(doc)


def test_a_home_after_a_quote_is_a_mechanism_and_a_selection_verb_is_no_prefix() -> None:
    text = "兰考县经验\n兰考县依托社区建立“同心圆”家园,全县共评选“最美家庭”120户。\n"
    acts = _activities(_doc(text))
    assert acts["“同心圆”家园"].cls == "Mechanism"
    assert not any("评选" in alt for e in acts.values() for alt in e.alt_labels)


def _components(doc: Document) -> set[tuple[str, str]]:
    label = {e.key: e.label for e in doc.entities.values()}
    return {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "componentOf"}


def test_two_states_of_a_change_are_not_names() -> None:
    doc = _doc("某县经验\n某县推行积分管理,推动治理由“单靠政府”向“多方共治”转变。\n")
    assert not any("单靠政府" in label or "多方共治" in label for label in _activities(doc))


def test_a_way_a_role_or_a_team_named_in_quotes() -> None:
    doc = _doc("某县经验\n某县采取“错峰共享”方式运营车位,聘请5名专家担任“产业顾问”,组建“田埂宣讲团”。\n")
    alts = {a for e in _activities(doc).values() for a in (e.label, *e.alt_labels)}
    assert {"错峰共享", "产业顾问", "田埂宣讲团"} <= alts


def test_counted_lists_and_listed_ways_are_parts_of_the_opening_practice() -> None:
    doc = _doc(
        "某县经验\n某县推行“三方协同”联动机制,建立例会通报、问题会商、结果公示3项制度。"
        "某县实施“强村富民”工程,通过能人回引、产业培育、资产盘活等途径,壮大集体经济。\n"
    )
    acts = _activities(doc)
    assert {"例会通报", "问题会商", "结果公示", "能人回引", "资产盘活"} <= set(acts)
    assert not any(label.endswith("3项制度") for label in acts)
    parts = _components(doc)
    assert ("问题会商", "“三方协同”联动机制") in parts
    assert ("能人回引", "“强村富民”工程") in parts


def test_listed_duties_before_a_quoted_numbered_rule() -> None:
    doc = _doc("某县经验\n某县落实领导包片、干部包村、党员包户“三包”责任制,压实责任。\n")
    acts = _activities(doc)
    whole = next(e for e in acts.values() if "三包责任制" in {norm(a) for a in (e.label, *e.alt_labels)})
    assert whole.cls == "Mechanism"
    assert ("干部包村", whole.label) in _components(doc)


def test_a_term_that_is_a_point_title_is_its_topic() -> None:
    doc = _doc("某市经验\n二、广聚人才\n一是柔性引才。\n某市出台办法,引进专家12名。\n三是坚持柔性引才,聘请顾问5名。\n")
    acts = _activities(doc)
    assert "柔性引才" in acts  # named in prose
    assert acts["柔性引才"].passages == [
        i for i, p in enumerate(doc.passages) if "坚持柔性引才" in doc.text[p.start : p.end]
    ]


def test_new_terms_of_the_field_and_their_categories() -> None:
    doc = _doc("某区经验\n某区对邻里纠纷实行诉前调解,每月召开院坝会,开展星级评定,设立“老李调解室”。\n")
    acts = _activities(doc)
    assert {"诉前调解", "院坝会", "星级评定"} <= set(acts)
    assert "DemocraticConsultation" in acts["院坝会"].categories
    assert "RuleOfLawServices" in acts["“老李调解室”"].categories


def test_counts_and_aims_are_no_part_of_a_name() -> None:
    doc = _doc("某区经验\n某区每季度召开一期政企恳谈会,力争新增院士工作站2个,建立一户一档制度。\n")
    acts = set(_activities(doc))
    assert {"政企恳谈会", "院士工作站"} <= acts
    assert not any(label.startswith(("一期", "力争")) for label in acts)
    assert "一户一档制度" in acts


def test_the_rules_of_a_named_practice_are_its_component() -> None:
    doc = _doc("某县经验\n某县推行党员积分制管理,出台《某县农村党员积分制管理实施细则》。\n")
    assert ("《某县农村党员积分制管理实施细则》", "党员积分制管理") in _components(doc)


def test_quoted_names_listed_as_brands() -> None:
    doc = _doc("某集团经验\n某集团开展品牌创建,其中“暖心驿站”“先锋车队”等12个品牌获评优秀。\n")
    assert {"“暖心驿站”", "“先锋车队”"} <= set(_activities(doc))


def test_a_quoted_criterion_or_honour_is_no_practice() -> None:
    doc = _doc("某旗经验\n某旗按照“就近便利”原则划分网格,某村党支部被命名为“草原红旗”示范党支部。\n")
    labels = set(_activities(doc))
    assert not any("就近便利" in label or "草原红旗" in label for label in labels)


def test_an_activity_takes_the_context_of_the_passage_that_introduces_it() -> None:
    doc = _doc(
        "兰考县经验\n兰考县推行“星火”指导员制度，选派党员干部联系非公企业。\n"
        "“星火”指导员制度实施以来，网格员配合指导员开展网格巡查。\n"
    )
    act = next(e for e in doc.entities.values() if e.label == "“星火”指导员制度")
    assert "GridGovernance" not in act.categories


def test_a_name_starts_where_a_word_starts() -> None:
    # 对 begins the word 对口 and 经 the word 经过 here: neither ends a name's left edge inside a word,
    # while a preposition written alone (经村民议事会) does
    doc = _doc(
        "某县经验\n某县持续深化苏黔对口帮扶机制,新建村道经过村民议事会合议,"
        "安置点选址经村民议事会表决,落实这一积分管理模式。\n"
    )
    labels = set(_activities(doc))
    assert "苏黔对口帮扶机制" in labels and "口帮扶机制" not in labels
    assert "村民议事会" in labels and not any(label.startswith(("经", "过")) for label in labels)
    assert "积分管理模式" in labels and "一积分管理模式" not in labels


def test_people_listed_in_a_system_are_no_practices() -> None:
    doc = _doc("某镇经验\n某镇建立由村党支部书记、合作社理事长、驻村专干以及村民代表等组成的议事会制度。\n")
    labels = set(_activities(doc))
    assert "议事会制度" in labels
    assert not any(label.endswith(("书记", "理事长", "专干", "代表", "以")) for label in labels)


def test_clauses_that_define_one_way_are_no_members() -> None:
    doc = _doc("某县经验\n某县建立县长亲自督办、部门分头推进、乡镇全面落实的工作机制,形成上下联动格局。\n")
    labels = set(_activities(doc))
    assert not any(label.endswith(("督办", "推进", "落实的")) for label in labels)


def test_kinds_listed_on_their_own_are_models() -> None:
    doc = _doc(
        "某镇经验\n某镇按村情确定发展路子,即文旅融合型、生态保护型、劳务输出型,分类施策。"
        "某镇争创学习型、服务型、创新型党组织。\n"
    )
    acts = {label: e.cls for label, e in _activities(doc).items()}
    for kind in ("文旅融合型", "生态保护型", "劳务输出型"):
        assert acts.get(kind) == "Mechanism"
    assert "学习型" not in acts and "服务型" not in acts  # kinds that qualify a noun after them


def test_a_post_with_its_system_is_a_practice_the_post_alone_is_not() -> None:
    doc = _doc("某区经验\n某区全面推行塘库长制,以退休干部为网格长。\n")
    labels = set(_activities(doc))
    assert "塘库长制" in labels and "网格长" not in labels


def test_quoted_names_listed_as_members_of_a_set() -> None:
    doc = _doc(
        "某街道经验\n某街道党群服务站分为“晨读角”和“百姓台”两个区域,"
        "另组建“银龄”“青禾”等志愿服务队,着力打通“最后一米”“最后一步”等堵点。\n"
    )
    labels = set(_activities(doc))
    assert {"“晨读角”", "“百姓台”", "“银龄”", "“青禾”"} <= labels
    assert not any("最后" in label for label in labels)  # a figure, listed or not


def test_time_batch_and_deed_words_are_no_part_of_a_name() -> None:
    doc = _doc(
        "某县经验\n某县下半年人才工作专班完成排查,选派第三批科技服务队进村,"
        "培育乡村振兴示范点5个,启用暖·心党群服务站。\n"
    )
    labels = {norm(label) for label in _activities(doc)}
    assert {"人才工作专班", "科技服务队", "乡村振兴示范点", "暖心党群服务站"} <= labels
    assert not any(label.startswith(("下半年", "第三批", "培育", "心党群")) for label in labels)


def test_rule_setting_documents_named_without_title_marks() -> None:
    doc = _doc("某市经验\n某市贯彻落实古城风貌保护条例,制定街巷长效管理办法和门前责任区考核细则,印发工作方案。\n")
    acts = {label: e.cls for label, e in _activities(doc).items()}
    for title in ("古城风貌保护条例", "街巷长效管理办法", "门前责任区考核细则"):
        assert acts.get(title) == "PolicyDocument", title
    assert "工作方案" not in acts


def test_a_topic_phrase_in_a_title_or_a_short_sentence_is_no_practice() -> None:
    doc = _doc(
        "某县经验\n某县夯实基层基础。\n（一）健全督查机制\n某县建立“周督月评”制度。"
        "创新议事模式。某县推行院坝议事会制度,严格落实派驻机制,形成长效工作格局。\n"
    )
    labels = set(_activities(doc))
    assert {"院坝议事会制度", "派驻机制"} <= labels
    assert "督查机制" not in labels and "议事模式" not in labels


def test_a_quoted_aim_or_instruction_is_no_practice() -> None:
    doc = _doc("某县经验\n某县深入践行“两进两回”重要指示精神,围绕“村美、业兴、民富”目标任务,推行“院坝说事”制度。\n")
    labels = set(_activities(doc))
    assert "“院坝说事”制度" in labels
    assert not any("两进两回" in label or "村美" in label for label in labels)


def test_the_practice_a_policy_title_carries_out_is_named() -> None:
    doc = _doc("某县经验\n某县印发《关于推行村级事务阳光积分管理工作的实施意见》,每季度评议一次。\n")
    acts = {label: e.cls for label, e in _activities(doc).items()}
    assert acts.get("《关于推行村级事务阳光积分管理工作的实施意见》") == "PolicyDocument"
    assert acts.get("村级事务阳光积分管理") == "Mechanism"


def test_facilities_named_by_their_head_noun() -> None:
    doc = _doc("某县经验\n某县建成廉洁文化教育基地3个,新建农耕文化大院5个,组建乡土人才智库,明确“村级代办服务目录”。\n")
    labels = {norm(label) for label in _activities(doc)}
    assert {"廉洁文化教育基地", "农耕文化大院", "乡土人才智库", "村级代办服务目录"} <= labels


def test_a_count_inside_the_words_before_a_head_ends_a_clause() -> None:
    doc = _doc("某区经验\n某区委挑选三个试点,推行四方联席会议制度。\n")
    labels = set(_activities(doc))
    assert not any(label.endswith("三个试点") for label in labels)
    assert "四方联席会议制度" in labels


def test_listed_practices_share_the_head_after_them() -> None:
    doc = _doc("某镇经验\n某镇推行村民说事、干部夜访、积分评比三项机制,健全矛盾纠纷排查、分级调处和跟踪回访制度。\n")
    acts = _activities(doc)
    for item in ("村民说事", "干部夜访", "积分评比", "矛盾纠纷排查", "分级调处", "跟踪回访"):
        assert item in acts and acts[item].cls == "Mechanism", item
    assert "跟踪回访制度" in acts["跟踪回访"].alt_labels  # the shared head makes a longer form of each


def test_a_quoted_list_with_its_own_count_names_each_member() -> None:
    doc = _doc("某县经验\n全县推广“股份合作型、托管服务型、订单生产型”三种模式,另推行“晨会、夜谈”三项制度。\n")
    acts = _activities(doc)
    for item in ("股份合作型", "托管服务型", "订单生产型"):
        assert item in acts, item
    assert "晨会" not in acts  # two listed, three counted: not the list's own count


def test_a_device_or_a_leader_before_a_head_is_no_part_of_a_name() -> None:
    doc = _doc("某县经验\n某县借助微信平台发布通知,由科级干部带领专班督导,做好台账管理。\n")
    labels = set(_activities(doc))
    assert "微信平台" not in labels
    assert not any("带领" in label or label.startswith("做好") for label in labels)


def test_clauses_before_的_describe_the_way_they_define() -> None:
    doc = _doc("某县经验\n某县建立县领导包镇、镇干部包村、村干部包户的三级包联机制,成立“和事佬”调解队。\n")
    acts = _activities(doc)
    assert not any(label.endswith(("包镇", "包村", "三级包联")) for label in acts)
    way = next(e for label, e in acts.items() if label.endswith("三级包联机制"))
    assert "三级包联机制" in {way.label, *way.alt_labels}
    assert "“和事佬”调解队" in acts  # a team named in quotes, by its head 队


def test_verb_chains_and_complements_end_a_name_on_its_left() -> None:
    doc = _doc(
        "某区经验\n某区印发实施乡村工匠培育三年规划,构建起区镇村三级人才服务体系,"
        "建立“岗位清单、技能清单、培训清单”三张清单。\n"
    )
    acts = _activities(doc)
    assert acts["乡村工匠培育三年规划"].cls == "PolicyDocument"
    assert "区镇村三级人才服务体系" in acts
    assert {"岗位清单", "技能清单", "培训清单"} <= set(acts)


def test_levels_listed_before_their_count_are_no_part_of_the_name() -> None:
    doc = _doc("某区经验\n某区建立健全区、街道、社区、楼栋四级联动机制,推进基层服务体系建设试点。\n")
    labels = set(_activities(doc))
    assert "四级联动机制" in labels and not any(label.startswith("楼栋四级") for label in labels)
    assert "基层服务体系" not in labels  # a system being built as a pilot: the pilot, not a standing system


def test_a_verb_between_two_heads_belongs_to_the_longer_name() -> None:
    doc = _doc("某镇经验\n某镇建立健全“日巡查、周调度、月通报”工作推进机制,开展“三争三比”活动推进产业发展。\n")
    labels = set(_activities(doc))
    assert "“日巡查、周调度、月通报”工作推进机制" in labels
    assert "“三争三比”活动" in labels  # a verb after the head with no head behind it still ends the name


def test_verbs_that_introduce_a_quote_are_no_part_of_its_prefix() -> None:
    doc = _doc("某乡经验\n某乡试行“村账乡代管”,聘请“法律明白人”担任调解员。\n")
    quoted = next(e for label, e in _activities(doc).items() if "村账乡代管" in label)
    assert not any(label.startswith("试行") for label in {quoted.label, *quoted.alt_labels})


def test_what_is_fought_or_ended_is_no_practice() -> None:
    doc = _doc("某县经验\n某县打破干部“论资排辈”的做法,严厉打击“套路贷”活动,推行“赛场选马”机制。\n")
    labels = set(_activities(doc))
    assert "“赛场选马”机制" in labels
    assert not any("论资排辈" in label or "套路贷" in label for label in labels)


def test_a_manner_of_management_is_no_practice() -> None:
    doc = _doc("某县经验\n某县以精细化管理提升阵地效能,推行网格化管理,实行清单化管理。\n")
    labels = set(_activities(doc))
    assert {"网格化管理", "清单化管理"} <= labels and "精细化管理" not in labels


def test_listed_programmes_before_a_count_of_big_ones() -> None:
    doc = _doc("某县经验\n某县实施人才回引、技能提升、创业扶持三大工程。\n")
    acts = {label: e.cls for label, e in _activities(doc).items()}
    assert all(acts.get(item) == "Initiative" for item in ("人才回引", "技能提升", "创业扶持"))
    assert not any(label.endswith("三大工程") and "、" not in label for label in acts)


def test_two_practices_joined_by_和_share_the_head() -> None:
    doc = _doc("某村经验\n某村完善干部轮班值守和群众来访登记制度,健全矛盾问题和民情信息收集机制。\n")
    acts = _activities(doc)
    assert "干部轮班值守" in acts and "干部轮班值守制度" in acts["干部轮班值守"].alt_labels
    assert "群众来访登记制度" in acts
    assert "矛盾问题" not in acts  # what a practice handles is no practice


def test_a_post_filled_by_members_is_no_practice_a_post_people_are_sent_to_is() -> None:
    doc = _doc("某社区经验\n每个网格由社区“两委”成员担任网格长。某县选派年轻干部担任第一书记。\n")
    labels = set(_activities(doc))
    assert "网格长" not in labels and "第一书记" in labels
