"""Invented passages where the words around a name belong to its clause, not to the name.

The sentences are our own (invented county 松岭县 and town 白河镇); each probe sits inside a body
paragraph, as in a real report, so that no line is read as a title.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extracted import ACTIVITY_KINDS, body_activities

from loaders.document import Document
from loaders.pipeline import extract

_KINDS = ACTIVITY_KINDS


def _labels(sentence: str) -> set[str]:
    return body_activities(sentence, "松岭县")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("白河镇通过“积分银行”激励村民参与村庄建设，", "“积分银行”"),
        ("白河镇依托“红色驿站”服务快递小哥，提供休息场所，", "“红色驿站”"),
        ("白河镇推行“爱心代办”帮办群众急事难事，", "“爱心代办”"),
    ],
)
def test_a_verb_after_a_quote_that_acts_on_people_is_no_head(sentence: str, name: str) -> None:
    """服务, 激励, 帮办 are heads (“某某”服务) and verbs: before the people they act on, the clause's verb."""
    labels = _labels(sentence)
    assert name in labels
    assert not any(label.startswith(name) and label != name for label in labels)


def test_a_quote_keeps_a_verbal_head_before_punctuation() -> None:
    assert "“暖心到家”服务" in _labels("白河镇推出“暖心到家”服务，")


def test_organise_before_people_is_the_clause_verb() -> None:
    """该镇组织党员志愿服务队深入…: 该镇 is the doer and 组织 its verb, neither is part of the team's name."""
    labels = _labels("该镇组织党员志愿服务队深入各村开展环境整治，")
    assert "党员志愿服务队" in labels
    assert not any("组织" in label or label.startswith("镇") for label in labels)


def test_organisation_life_meeting_keeps_its_noun() -> None:
    assert "组织生活会制度" in _labels("白河镇严格落实组织生活会制度，")


def test_a_partner_before_a_verb_of_building_opens_a_clause() -> None:
    """与某大学共建实践基地: the university is the partner, 共建 the clause's verb, neither names the base."""
    labels = _labels("白河镇推行校地合作模式，与青岭农业大学共建实践基地，")
    assert "校地合作模式" in labels
    assert not any("大学" in label for label in labels)


def test_a_count_of_sheets_after_a_list_names_no_list() -> None:
    """村级事务清单、服务清单两张清单: the count and its head gather the list, they name none of it."""
    labels = _labels("松岭县建立村级事务清单、服务清单两张清单，")
    assert "村级事务清单" in labels
    assert not any("两张" in label for label in labels)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("“三色预警”化解矛盾。", "“三色预警”"),
        ("（二）“板凳夜谈”凝聚民心", "“板凳夜谈”"),
        ("一是“院坝茶叙”聚民智。每月召开一次。", "“院坝茶叙”"),
        ("二是以“掌上网格”提效能。", "“掌上网格”"),
    ],
)
def test_a_line_that_opens_on_a_quote_and_its_deed_names_the_practice(line: str, name: str) -> None:
    """A short line made of a quote, a verb and its object credits the practice it names, whatever the verb."""
    text = f"松岭县经验交流\n松岭县聚焦基层治理，探索形成了一批好经验。\n{line}\n松岭县对矛盾纠纷实行分级管理。\n"
    doc = extract(Document(path=Path("t.txt"), text=text))
    assert name in {e.label for e in doc.entities.values() if e.cls in _KINDS}


def test_a_small_thing_set_against_a_big_one_at_a_line_start_stays_a_figure() -> None:
    text = "松岭县经验交流\n“小积分”提升“大治理”\n松岭县对矛盾纠纷实行分级管理。\n"
    doc = extract(Document(path=Path("t.txt"), text=text))
    assert not {e.label for e in doc.entities.values() if e.cls in _KINDS} & {"“小积分”", "“大治理”"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("白河镇开展百日清洁活动，", "百日清洁活动"),
        ("白河镇举办农民丰收节、三十天读书活动等，", "三十天读书活动"),
        ("白河镇组织开展法律进乡村活动，", "法律进乡村活动"),
        ("白河镇开展科技下乡活动，", "科技下乡活动"),
    ],
)
def test_an_unquoted_campaign_by_its_span_or_its_going_into_a_place(sentence: str, name: str) -> None:
    """活动 without quotes names a bounded programme when a span of time leads it or it goes into a place."""
    assert name in _labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["白河镇开展志愿服务活动，", "白河镇严审各类讲座、辅导进校园活动，", "白河镇开展丰富多彩的文体活动，"],
)
def test_a_field_of_activities_or_events_reviewed_name_no_campaign(sentence: str) -> None:
    assert not any(label.endswith("活动") for label in _labels(sentence))


def test_a_channel_opened_under_a_quoted_name_is_a_practice() -> None:
    assert "“书记信箱”" in _labels("白河镇开通“书记信箱”，收集群众意见建议300余条，")


def test_a_one_character_pun_without_a_head_is_no_name() -> None:
    """搭建平台“用”: the quote marks a pun on the word before it; with no head after it nothing is named."""
    assert not any("用" in label for label in _labels("白河镇开辟阵地“用”起来，搭建平台“用”，"))


def test_a_quote_that_describes_a_bare_deed_is_no_name() -> None:
    """通过“全天候”的服务: the quote says how the service is given, as an adjective; nothing is named."""
    labels = _labels("白河镇便民服务站将通过“全天候”的服务解决群众办事难题，")
    assert not any("全天候" in label for label in labels)


def test_a_quote_described_with_its_own_name_after_de_stays() -> None:
    assert "“支部+协会+农户”的产业发展模式" in _labels("白河镇探索“支部+协会+农户”的产业发展模式，")


def test_a_verb_of_joining_before_a_head_stays_in_the_quoted_name() -> None:
    """“甲联乙”结对共建机制: 共建 says which way of joining the mechanism is; it cuts no clause there."""
    assert "“村村联建”结对共建机制" in _labels("白河镇建立“村村联建”结对共建机制，")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("白河镇实施庭院经济提质三年行动计划，", "庭院经济提质三年行动计划"),
        ("白河镇着力打造十分钟便民生活圈，", "十分钟便民生活圈"),
        ("白河镇构建居家养老服务圈，", "居家养老服务圈"),
    ],
)
def test_an_action_plan_or_a_circle_of_services_is_named_whole(sentence: str, name: str) -> None:
    assert name in _labels(sentence)


def test_a_service_team_set_up_is_named() -> None:
    assert "乡村医生巡诊服务团队" in _labels("白河镇卫生院组建乡村医生巡诊服务团队，")


@pytest.mark.parametrize("line", ["（二）“领头羊”强起来。", "“米袋子”鼓起来。", "一是“软件”再提升。"])
def test_a_quote_at_a_line_start_that_only_changes_state_is_no_practice(line: str) -> None:
    """“某某”强起来: the quote is what grows or improves, a figure of the work's object, not a way of working."""
    text = f"松岭县经验交流\n{line}\n松岭县对矛盾纠纷实行分级管理。\n"
    doc = extract(Document(path=Path("t.txt"), text=text))
    quote = line[line.index("“") : line.index("”") + 1]
    assert quote not in {e.label for e in doc.entities.values() if e.cls in _KINDS}
