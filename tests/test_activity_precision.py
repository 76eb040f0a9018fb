"""What is no activity name, or no part of one: clause verbs, times, words a head only begins, states,
puns and quoted lists (sentences written for these tests)."""

from __future__ import annotations

from loaders.activities.rules import candidates


def _names(text: str) -> set[str]:
    return {c.text(text) for c in candidates(text, [])}


def test_a_verb_opening_the_clause_is_no_part_of_the_name() -> None:
    names = _names("各村积极开展培训,并接入县域智慧巡河监测平台,拓展农村资产流转交易平台功能。")
    assert {"县域智慧巡河监测平台", "农村资产流转交易平台"} <= names
    assert not any(n.startswith(("接入", "拓展")) for n in names)
    # after a verb of setting up, the verb that follows is the name's own
    assert "外出务工人员信息台账" in _names("建立外出务工人员信息台账。")


def test_a_period_or_a_turn_before_a_name_says_when() -> None:
    names = _names("全年突击队完成检修任务12项。问题在下一次院坝议事会上反馈。")
    assert "全年突击队" not in names and "下一次院坝议事会" not in names
    assert "院坝议事会" in names


def test_a_head_that_only_begins_a_longer_word_is_none() -> None:
    names = _names("鼓励企业申报省级工程技术研究中心,吸纳青年志愿服务队伍30支。")
    assert not any(n.endswith(("工程", "服务队")) for n in names)


def test_states_reached_and_changed_are_no_names() -> None:
    names = _names("推动更多村由“空壳”变“实体”,让集体经济“活起来”。")
    assert not {"“空壳”", "“实体”", "“活起来”"} & names
    names = _names("推动巡河从“有形”向“有效”“有力”转变。")
    assert not {"“有效”", "“有力”"} & names


def test_a_one_character_pun_described_by_its_noun_is_a_figure() -> None:
    assert not _names("一、强化协同,搭稳“联”的架构")


def test_a_quoted_list_before_a_head_is_one_name() -> None:
    text = "建立“县领导包乡、乡干部包村、村干部包户”三级联系机制,实现全覆盖。"
    names = _names(text)
    assert not any(n.startswith("“") != n.endswith(("”", "机制")) for n in names)
    assert not {"乡干部包村", "“县领导包乡"} & names


def test_a_standardisation_drive_is_an_initiative() -> None:
    found = {c.text(t): c.cls for t in ["推进便民服务站点规范化建设。"] for c in candidates(t, [])}
    assert found.get("便民服务站点规范化建设") == "Initiative"
    assert not any(n.startswith("巩固") for n in _names("在巩固标准化建设成果的基础上推进。"))


def test_a_numbered_title_that_is_only_a_name_names_it() -> None:
    from pathlib import Path

    from loaders import segment
    from loaders.activities import run
    from loaders.document import Document

    text = "某县经验\n一、多元经营\n1.山林托管经营模式。以强村公司为主体提供服务。\n2.重组议事架构,让群众说了算。\n"
    doc = run(segment.run(Document(path=Path("x.txt"), text=text)))
    labels = {e.label for e in doc.entities.values()}
    assert "山林托管经营模式" in labels
    assert "重组议事架构" not in labels


def test_a_body_and_its_deed_inside_a_name_are_its_doer() -> None:
    from pathlib import Path

    from loaders import STAGES, Document

    text = "某县经验\n青河县住房和城乡建设局将柳岸街道列为老旧小区微更新试点,柳岸街道共富工坊吸纳就业60人。\n"
    doc = Document(path=Path("x.txt"), text=text)
    for _, stage in STAGES[:3]:  # segment, organizations, activities
        doc = stage(doc)
    labels = {e.label for e in doc.entities.values() if e.cls in ("Initiative", "Mechanism")}
    assert "老旧小区微更新试点" in labels
    assert not any("列为" in n for n in labels)
    doc = Document(path=Path("y.txt"), text="某县经验\n成立全县非公党建工作领导小组,统筹推进。\n")
    for _, stage in STAGES[:3]:
        doc = stage(doc)
    assert "党建工作领导小组" not in {e.label for e in doc.entities.values()}  # 非公 is no deed


def test_a_lack_stated_is_no_practice_in_place() -> None:
    assert "山塘联管联护机制" not in _names("三是山塘联管联护机制有待完善。")
    assert "山塘联管联护机制" in _names("建立山塘联管联护机制。")


def test_ways_of_building_listed_in_one_quote_are_each_a_practice() -> None:
    names = _names("以“强社独建、片村合建、社企联建”壮大集体经济。")
    assert {"强社独建", "片村合建", "社企联建"} <= names
    assert not {"旧址扩建", "异地新建"} & _names("采用“旧址扩建、异地新建”两种路径。")


def test_two_parties_joined_in_one_way_of_working() -> None:
    names = _names("深入推进村企共建,探索农旅融合,开展医养结合服务。")
    assert {"村企共建", "农旅融合", "医养结合"} <= names
    assert not {"产业融合", "战略合作", "三方联动"} & _names("推动产业融合,签订战略合作协议,建立三方联动。")
    assert "攻守结合" not in _names("坚持攻守结合,稳步推进。")  # two deeds, no parties


def test_a_work_named_by_its_deed() -> None:
    names = _names("开展山区教师托管帮扶工作,巩固湖区禁渔工作成果。")
    assert {"山区教师托管帮扶", "湖区禁渔"} <= names
    assert not _names("做好营商环境工作,推进基层党建各项工作,推动乡村治理的重点工作。")
    assert not _names("各镇每季度开展一次评比工作观摩,现场打分。")


def test_what_something_becomes_is_a_figure() -> None:
    assert not _names("村党支部正成为推动产业振兴的“主引擎”。")
    assert "“两单制”" in _names("推行群众点单的“两单制”。")


def test_a_deed_done_to_a_thing_and_qualities_of_a_way_are_no_names() -> None:
    assert not _names("对违反清单的干部实行约谈。")
    assert "派驻机制" in _names("严格落实派驻机制,定期轮换驻村干部。")
    assert not _names("探索形成了一套可复制、可推广的做法。")


def test_a_quoted_rule_of_management_and_dated_or_contingency_titles() -> None:
    found = {c.text(t): c.rule for t in ["推行人员、财务、物资“三统一”管理。"] for c in candidates(t, [])}
    assert found.get("“三统一”管理") == "quoted-head"
    text = "制定《青河县防汛抢险应急预案》和《青河县强村富民三年行动方案（2023—2025年）》。"
    found = {c.text(text): c.cls for c in candidates(text, [])}
    assert found.get("《青河县防汛抢险应急预案》") == "PolicyDocument"
    assert found.get("《青河县强村富民三年行动方案（2023—2025年）》") == "PolicyDocument"


def test_building_a_quoted_place_names_it_but_a_building_bureau_does_not() -> None:
    assert "“科创飞地”" in _names("青河县在省城建设“科创飞地”,吸引团队入驻。")
    assert "“报到”" not in _names("由街道“吹哨”,区住房城乡建设委等部门“报到”。")


def test_a_verb_of_managing_tagged_as_a_noun_still_opens_the_clause() -> None:
    names = _names("启动宅基地改革试点,规范农村集体资产交易平台运行。")
    assert "农村集体资产交易平台" in names and "规范农村集体资产交易平台" not in names


def test_honours_won_and_contests_entered_are_no_practices() -> None:
    from pathlib import Path

    from loaders import STAGES, Document

    text = "某公司经验\n公司党委被评为全市国有企业党建工作示范点,职工在全省青年技能大赛中获一等奖2项。\n"
    doc = Document(path=Path("z.txt"), text=text)
    for _, stage in STAGES[:3]:
        doc = stage(doc)
    labels = {e.label for e in doc.entities.values()}
    assert not any(n.endswith(("示范点", "大赛")) for n in labels)


def test_how_people_push_is_no_drive() -> None:
    assert "逐月攻坚" not in _names("由街道领导牵头,逐月攻坚,完成整治。")
    assert "产业攻坚" in _names("实施产业攻坚,带动群众增收。")


def test_a_cut_inside_a_verb_moves_past_it() -> None:
    assert not any(n.startswith("成") for n in _names("目前,全市共建成院士专家工作站5个。"))
