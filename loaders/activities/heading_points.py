"""The points under a report's headings as the layout rules of componentOf read them: whether a heading carries
its programme out (一是实施X), whether a point's own name is a part at all (not a state the work reaches, nor the
aim it is steered by), and the groups a lead counts (推行“四种模式”) whose kinds the points after it name.
"""

from __future__ import annotations

import re

from loaders.activities.outline import clause_stop
from loaders.document import Document, Mention
from loaders.segment import ITEM_MARK

__all__ = [
    "GUIDE",
    "carries_out",
    "counted_groups",
    "group_of",
    "kind_of",
    "listed_members",
    "member_named",
    "names_part",
    "opens_point",
    "sets_up",
]

# 以“某某”为导向 / 按照“某某”的发展思路: the aim or line a deed follows, not a deed
GUIDE = re.compile(
    r"[”\"]?(?:为(?:导向|指引|遵循|目标|方向|原则)|的[^，,。；;“”]{0,6}(?:思路|原则|理念|方针|目标|方向))"
)
# a heading that names a state the work reaches (构建“某某”新格局) names no part of the programme
_STATE = re.compile(r"(?:格局|局面|态势)[”\"]?$")
# a heading that carries its programme out (一是实施X, （二）深化X) or is the programme's name alone (二是“X”行动。)
_HEADING_VERB = re.compile(
    r"(?:实施|开展|推进|推行|深化|加强|强化|落实|抓实|做实|创建|启动|打造|建设|推动|部署|探索|建立|构建|健全|完善)"
    r"[^，,。；;：:“”\"]{0,12}$"
)
_HEADING_END = re.compile(r"\s*[。．.：:；;]?\s*")


_COPULA = re.compile(r"(?<![一二三四五六七八九十])是$")  # not the mark of a point, 二是
_NEWS_LEAD = re.compile(
    r"\s*(?:本报讯|本报[\u4e00-\u9fff]{1,4}讯|[（(【]?(?:记者|通讯员)|近日|日前|\d{1,2}月\d{1,2}日)"
)


def carries_out(doc: Document, i: int, own: Mention) -> bool:
    """Whether heading `i` carries its programme `own` out, so that the deeds under it are the programme's:
    a verb of carrying out before it, or the heading naming it alone after its number. A heading that only
    says what the programme brings (“某某”让楼院焕发新活力) makes it the topic, not the frame."""
    p = doc.passages[i]
    if _NEWS_LEAD.match(doc.text, p.start):
        return False  # 本报讯（记者…）近日，某县启动X行动。: a news story's lead, whose deeds are told after it
    if _HEADING_VERB.search(doc.text, p.start, own.start):
        return True
    number = ITEM_MARK.match(doc.text, p.start)
    return (
        number is not None
        and number.end() >= own.start - 1
        and _HEADING_END.fullmatch(doc.text, own.end, p.end) is not None
    )


def names_part(doc: Document, own: Mention, named: set[str]) -> bool:
    """Whether a point's own name is a part of the programme: not one a name already places (“某某”工作台账), a
    state the work reaches (…新格局) or the aim it is steered by (以“某某”为导向)."""
    return (
        own.key not in named
        and not _STATE.search(own.text)
        and not GUIDE.match(doc.text, own.end)
        and not _COPULA.search(doc.text, max(0, own.start - 2), own.start)  # 某镇是X模式的受益者: its topic, no deed
    )


def opens_point(doc: Document, i: int, own: Mention) -> bool:
    """Whether point `i` names `own` in its first clause (二是设立“X”，…), as a point's heading names its part."""
    return own.start < clause_stop(doc.text, doc.passages[i].start)


_COUNTED = re.compile(r"[一二两三四五六七八九十\d]+[个大项类支张]?([\u4e00-\u9fff]{2,4})[”\"]?$")


def counted_groups(doc: Document, named: list[Mention]) -> dict[str, str]:
    """The lead's counted groups by head noun: 成立“一个枢纽”,搭建“两个平台” → {中心: …, 平台: …}."""
    out: dict[str, str] = {}
    for m in named:
        counted = _COUNTED.search(m.text)
        if counted and m.key:
            out.setdefault(counted.group(1)[-2:], m.key)
    return out


def kind_of(own: Mention, counted: dict[str, str]) -> str | None:
    """The counted group whose head noun a point's own name ends with (“甲乙”模式 → “四种模式”)."""
    name = own.text.rstrip('”"')
    return next((key for head, key in counted.items() if name.endswith(head)), None)


def group_of(heading: str, groups: dict[str, str]) -> str | None:
    """A heading that names one of the lead's counted groups by its head noun (搭建服务平台 → “两个平台”)."""
    return next((key for head, key in groups.items() if head in heading), None)


_BARE = re.compile(r"[“”\"‘’]")


def listed_members(doc: Document, lead: list[Mention]) -> dict[str, str]:
    """The practices the lead lists as parts of another it names (“固定课堂、流动课堂、网上课堂”党员教育模式 holds
    流动课堂), by their names without quotes: the points after the lead may take one each."""
    keys = {m.key for m in lead if m.key}
    return {
        name: r.subject
        for r in doc.relations
        if r.predicate == "componentOf" and r.subject in keys and r.object in keys
        if len(name := _BARE.sub("", doc.entities[r.subject].label)) >= 3
    }


def member_named(heading: str, members: dict[str, str], own: Mention | None) -> str | None:
    """The listed part a point's heading is about (二是做活流动课堂，让学习进田间。): its name written in the heading,
    which names no other practice of its own."""
    if own is not None and own.key not in members.values():
        return None
    return next((key for name, key in members.items() if name in heading), None)


_SETS_UP = re.compile(
    r"[^，,。；;：:“”\"]{0,16}?(?:推行|推出|开设|开通|设立|设置|建立|组建|配备|开展|实行|实施|打造|搭建|创建|举办)了?"
    r"[^，,。；;：:“”\"]{0,4}(?:(?:“[^“”]{1,20}”[^，,。；;：:“”\"]{0,6})?[、和及与])?"
)


def sets_up(text: str, clause: int, at: int) -> bool:
    """Whether the clause opening at `clause` sets up the name at `at` (推行“送学上门”, 为…党员配备“学习小助手”),
    alone or after another it lists (推行“送学上门”和“流动党课”)."""
    return _SETS_UP.fullmatch(text, clause, at) is not None
