"""Initiatives named without quotes (campaigns, drives, battles, reforms, surveys) and their doers."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.activities.events import campaigns
from loaders.activities.introduced import introduced
from loaders.document import Document
from loaders.pipeline import extract


def _names(text: str) -> list[str]:
    return [c.text(text) for c in campaigns(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年,全县高位推动和美边境示范村建设,群众满意度明显提升。", "和美边境示范村建设"),
        ("要加强美丽青溪湖建设,统筹推进流域治理。", "美丽青溪湖建设"),
        ("持续巩固拓展新业态党的组织体系全覆盖攻坚行动成果。", "新业态党的组织体系全覆盖攻坚行动"),
        ("2024年成功实现平安创建九连冠。", "平安创建"),
        ("80个村党支部实现标准化达标创建全覆盖。", "标准化达标创建"),
        ("打出乡村教师编制管理与交流改革系列组合拳。", "乡村教师编制管理与交流改革"),
        ("做好第四次全国文物普查。", "第四次全国文物普查"),
        ("以“百花”支部建设为牵引,夯实基层基础。", "“百花”支部建设"),
        ("深入开展百日攻坚行动,成效明显。", "百日攻坚行动"),  # a span of time is part of the name
        ("实施小微水体治理提升三年行动。", "小微水体治理提升三年行动"),  # 提升 is the name's own
        ("开展2024年度作风建设提升年行动。", "作风建设提升年行动"),  # the date is no part of it
        ("实施乡村建设行动。", "乡村建设行动"),  # 建设 before the head is a noun
        ("全县美丽乡村建设取得明显成效。", "美丽乡村建设"),  # the subject of its clause, after its scope
        ("该区文明城市创建扎实推进。", "文明城市创建"),
        ("坚决打赢禽流感防控阻击战。", "禽流感防控阻击战"),
        ("党员干部带头参加义务植树活动和环境整治行动。", "环境整治行动"),  # two names joined, not one
        # the verbs right before the head say what the campaign does: the name's own
        ("深入实施非遗技艺传承弘扬三年行动。", "非遗技艺传承弘扬三年行动"),
        ("全面开展城区停车秩序规范整治攻坚行动,通行明显顺畅。", "城区停车秩序规范整治攻坚行动"),
        ("扎实开展燃气安全专项排查整治2024行动,消除隐患。", "燃气安全专项排查整治2024行动"),
        # an inspection or a rectification with what it inspects
        ("县委组织部开展后进村党组织集中整顿,今年整顿到位。", "后进村党组织集中整顿"),
        ("县市场监管局开展加油站计量专项检查,检查站点40个。", "加油站计量专项检查"),
        ("推进背街小巷综合整治,今年完成12条。", "背街小巷综合整治"),
        # people of an age (青年) and eras (现代) qualify a name, they are no time before it
        ("实施青年教师成长三年行动。", "青年教师成长三年行动"),
        ("瞄准生态康养岭南样板区创建目标,持续用力。", "生态康养岭南样板区创建"),
        ("以县、乡、村三级平安示范村创建为抓手,服务群众。", "三级平安示范村创建"),  # levels counted by 三级
        ("围绕全面实施新时代科教兴镇战略,培育人才。", "新时代科教兴镇战略"),  # what strengthens the place
        ("全县紧扣美丽宜居村庄建设这条主线,抓实基础。", "美丽宜居村庄建设"),
        # a quote that holds a clause is speech: its names are read like prose
        ("“今后，我们要推进农村公路养护制度改革，方便群众出行。”", "农村公路养护制度改革"),
    ],
)
def test_campaign_names(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_battle_fronts_share_the_head() -> None:
    text = "打好蓝天、碧水、净土保卫战,抓好河湖长制。"
    (c,) = campaigns(text)
    assert c.text(text) == "蓝天、碧水、净土保卫战"
    assert c.alts == {"蓝天保卫战", "碧水保卫战", "净土保卫战"}


def test_place_before_a_campaign_is_also_left_off() -> None:
    text = "云溪镇美丽乡村建设成效明显。"
    (c,) = campaigns(text)
    assert c.text(text) == "云溪镇美丽乡村建设" and "美丽乡村建设" in c.alts


def test_a_quoted_name_with_its_head_before_a_drive_stays_a_name() -> None:
    text = "加快推进“青苗成长”体系建设。"
    (c,) = campaigns(text)
    assert c.text(text) == "“青苗成长”体系建设" and "青苗成长体系" in c.alts


def test_two_quotes_joined_by_a_verb_are_one_core() -> None:
    text = "村里推行“小切口”撬动“大治理”体系建设,成效明显。"
    (c,) = campaigns(text)
    assert c.text(text) == "“小切口”撬动“大治理”体系建设"
    assert {"小切口撬动大治理", "小切口撬动大治理体系"} <= c.alts


def test_survey_keeps_ordinal_and_is_also_named_without_it() -> None:
    text = "做好第四次全国文物普查。"
    (c,) = campaigns(text)
    assert "全国文物普查" in c.alts


@pytest.mark.parametrize(
    "text",
    [
        "统筹抓好干部人才队伍建设。",  # a line of work, not a place built
        "全面加强农村精神文明建设。",
        "整合涉农资金投入乡村建设。",  # a deed: the verb takes 乡村建设 as its object
        "坚持片区建设和农业生产同步推进。",  # a bare kind of place
        "紧密结合全县创建文明县城工作。",  # 创建 with an object is a verb
        "开展入户普查,摸清底数。",  # a survey without its ordinal or scope
        "深入推进党的建设。",  # the Party's building: a line of work
        "今年以来,全县开展三项行动。",  # a count of campaigns names none
        "打好十大攻坚战。",
        "持续推进生态文明建设。",  # a line of the country's work, no place built
        "各乡镇轮流汇报创建进度。",  # a clause before 创建, and no predicate after it
        "对相关工作进行改革创新。",
        "乡村振兴工作队扎实开展帮扶行动。",  # a two-character action is a line of work
        "实施民生工程,办好民生实事。",
        "推动“明理”书屋建设和“乐学”课堂创建。",  # quotes are read by the quoted rules unless right before
        "在物流园区中开展示范创建。",  # a verb (示范) says how, not which drive
        "县纪委开展专项检查,发现问题5个。",  # an inspection that names nothing it inspects
        "开展2024行动。",
        "全面实施乡村振兴战略。",  # the country's strategy, a line of policy
        "落实新一轮发展战略。",
    ],
)
def test_not_campaigns(text: str) -> None:
    names = _names(text)
    assert not [n for n in names if "“" not in n], names


def test_a_quoted_name_before_a_second_campaign_is_not_part_of_it() -> None:
    text = "扎实推进“青山英才”回引行动和技能人才倍增三年行动,留住人才。"
    assert "技能人才倍增三年行动" in _names(text)


def test_an_inspection_of_a_quoted_matter_keeps_the_quote() -> None:
    text = "县审计局开展社区“小金库”问题专项清理,查出问题12个。"
    (c,) = campaigns(text)
    assert c.text(text) == "“小金库”问题专项清理" and c.alts == {"小金库问题专项清理"}


def test_inside_quotes_and_titles_no_campaign() -> None:
    assert _names("他说:“我们要推进平安创建。”") == []
    assert _names("印发《汝阳县美丽乡村建设实施办法》。") == []


REPORT = (
    "汝阳县推进边境治理经验\n"
    "近年来,汝阳县高位推动和美边境示范村建设,打好蓝天、碧水保卫战,做好第四次全国文物普查。\n"
    "全县持续巩固提升民族团结进步创建成果,80个村党支部实现标准化达标创建全覆盖。\n"
)


def test_campaigns_are_initiatives_with_their_doer() -> None:
    doc = extract(Document(path=Path("t.txt"), text=REPORT))
    label = {k: e.label for k, e in doc.entities.items()}
    classes = {e.label: e.cls for e in doc.entities.values()}
    for name in ("和美边境示范村建设", "蓝天、碧水保卫战", "第四次全国文物普查", "民族团结进步创建", "标准化达标创建"):
        assert classes.get(name) == "Initiative", (name, classes)
    does = {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "implements"}
    assert ("汝阳县", "和美边境示范村建设") in does
    assert ("汝阳县", "民族团结进步创建") in does


def test_the_countrys_campaign_as_a_line_of_policy_is_no_initiative() -> None:
    doc = extract(Document(path=Path("t.txt"), text="汝阳县经验\n汝阳县巩固拓展脱贫攻坚成果,实施山水社区提升行动。\n"))
    labels = {e.label for e in doc.entities.values() if e.cls == "Initiative"}
    assert "脱贫攻坚" not in labels
    assert "山水社区提升行动" in labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年秋季将举办“枫林晚照”赏枫节等群众活动。", "“枫林晚照”赏枫节"),
        ("组织开展社区家政服务技能竞赛,评选先进个人。", "社区家政服务技能竞赛"),
        ("成功举办第十届中国（白沙）国际茶叶博览会。", "中国（白沙）国际茶叶博览会"),
    ],
)
def test_events_held_are_named(text: str, name: str) -> None:
    assert [text[s:e] for s, e, _ in introduced(text)] == [name]


def test_a_bare_contest_names_nothing() -> None:
    assert list(introduced("开展技能竞赛,提升服务水平。")) == []


HONOURS = (
    "白沙县推进乡村治理经验\n"
    "白沙县青溪村相继荣获省级卫生村、全国生态文化示范村,柳湾社区被评为省级绿色示范社区。"
    "全县在云溪镇试点开展“邻里调解”工作,实施小微水体治理提升三年行动。"
    "白沙县被农业农村部确定为全国乡村治理体系建设试点县。\n"
)


def test_honours_won_and_places_tried_are_no_initiatives_designations_are() -> None:
    doc = extract(Document(path=Path("t.txt"), text=HONOURS))
    labels = {e.label for e in doc.entities.values() if e.cls == "Initiative"}
    assert not {x for x in labels if x.endswith(("示范村", "示范社区", "试点"))}, labels
    assert "小微水体治理提升三年行动" in labels
    assert "全国乡村治理体系建设试点县" in labels  # a programme the county is designated for


def test_levels_listed_before_their_count_are_no_part_of_a_standardisation_drive() -> None:
    text = "白沙县经验\n白沙县把县、镇、村三级矛调中心标准化建设作为重点,推进县、乡两级调解组织规范化建设。\n"
    labels = {e.label for e in extract(Document(path=Path("t.txt"), text=text)).entities.values()}
    assert {"三级矛调中心标准化建设", "两级调解组织规范化建设"} <= labels, labels


def test_eras_and_ages_stay_in_a_name_a_time_does_not() -> None:
    text = "白沙县经验\n白沙县推行现代农业经理人培育试点,建成青年创客之家2个,下半年长者食堂覆盖各镇。\n"
    labels = {e.label for e in extract(Document(path=Path("t.txt"), text=text)).entities.values()}
    assert {"现代农业经理人培育试点", "青年创客之家"} <= labels, labels
    assert not any(label.startswith("下半年") for label in labels), labels
