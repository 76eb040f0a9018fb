"""The report's main programme as the layout rules of componentOf read it: the one its title or lead names as
what its subject carries out (not a superior's programme it only carries out, nor what it leans on), and whether a
sentence of the body ties a deed to it by naming its core again (在推进X工作中,…).
"""

from __future__ import annotations

import re

from loaders.activities.clause_parts import NAME_MARKS
from loaders.activities.named_parts import QUOTED
from loaders.document import Document, Mention, Report
from loaders.names.words import boundaries

__all__ = ["LEANING", "main_activity", "names_core", "reports", "ties_to", "title_above", "undertaken_core"]

_NAMED_RULES = frozenset({"quoted-head", "quoted-bare", "enum-group", "policy-title"})
# a superior's programme the lead only says it carries out (认真贯彻落实省委“百县千镇万村…工程”)
# what something is made into is not the programme itself (将…作为乡村振兴的“关键一招”)
_AS_WHAT = re.compile(r"作为[^，,。；]*$")
_CARRIED_OUT = re.compile(r"贯彻(?:落实)?[^，,。；]{0,6}$")
# what the lead leans on is not its programme (依托长三角…示范区建设,牵头组建“…”党建联盟)
LEANING = "依托|借助|利用"
_RELIED_ON = re.compile(rf"(?:{LEANING}|围绕|立足|结合|抢抓|抓住|对接|融入|服务)[^，,。；]{{0,4}}$")
# the lead names the report's programme only as what its subject carries out (全面推行“…”模式, 对…进行集中整顿),
# not as a means (通过“…”模式), a setting (在“…”主题教育中), a result (实现…“双赢”) or a title (是全国…示范县)
_UNDERTAKES = re.compile(
    r"(?:推进|推行|推广|实施|开展|探索|打造|构建|建立|创建|创新|进行|实行|启动|部署|试行|建设|升级|组建|成立|设立"
    r"|搭建|健全|完善)(?:了|起)?"
    r"(?:[^，,。；;“”\"]{0,24}的)?$"
)


def title_above(doc: Document, rep: Report, first: int) -> int | None:
    """The title line of a report whose body (from passage `first`) starts below a title block (a subtitle,
    a salutation, 【】 lines): the heading a few lines above the body that reads as the report's title."""
    title = rep.title.strip()
    for i in range(first - 1, max(-1, first - 8), -1):
        p = doc.passages[i]
        if title and p.heading and doc.text[p.start : p.end].strip() == title:
            return i
    return None


_GENERIC_HEAD = re.compile(
    r"(?:工作机制|工作法|工程|行动|活动|机制|制度|模式|建设|创建|工作|体系|攻坚|试点|计划|项目|改革)$"
)


def reports(doc: Document, key: str) -> set[int | None]:
    """The reports an entity is written in (None for a passage outside every report)."""
    return {doc.passages[i].report for i in doc.entities[key].passages}


def ties_to(doc: Document, i: int, m: Mention, main: str, found: list[Mention]) -> bool:
    """Whether sentence `i` ties `m` to the report's programme: it names the programme's core, or the core's
    last word, beside `m` (在推进X工作中,…; 对整顿对象实行…).

    Without such a tie a deed in the body is the report's work, not a part of its programme. The core
    written inside another practice's name (“某某”洽谈月 beside “某某”引才行动) names that practice, and a
    name listed with the programme's own (实施X和Y) is its sibling: neither ties.
    """
    whole = doc.entities.get(main)
    if whole is None or _listed_with(doc.text, m, found, main):
        return False
    cores = _core_names(whole.label)
    cores += [w for w in (boundaries(c).word_at(len(c) - 1) for c in cores) if 2 <= len(w) < len(cores[0])]
    # another practice whose name goes on past the core to a head of its own (“某某”洽谈月 beside “某某”引才行动);
    # one that ends on the core (村级X of X), on a generic head (“X”工作) or on the programme's own head cut short
    # (“X”服务 of “X”服务模式) is the programme again
    others = [(o.start, o.end) for o in found if o.key != main and o is not m and not whole.label.startswith(o.text)]
    p = doc.passages[i]
    text = doc.text
    for core in cores:
        if core in m.text:
            continue  # 物业 of “智慧物业”平台 under “暖心物业”: the word names the deed itself
        at = text.find(core, p.start, p.end)
        while at >= 0:
            end = at + len(core)
            if (end <= m.start or at >= m.end) and not any(
                s <= at and end <= e and not _OWN_HEAD.fullmatch(text, end, e) for s, e in others
            ):
                return True
            at = text.find(core, at + 1, p.end)
    return False


_JOINS = frozenset("、和及与")
_OWN_HEAD = re.compile(r"[”\"]?(?:工作机制|工作|建设|创建|机制|制度|模式|工程|行动|活动|改革)?[”\"]?")


def _listed_with(text: str, m: Mention, found: list[Mention], main: str) -> bool:
    """Whether `m` is listed right beside the programme's own mention (实施X和Y、Z): a sibling, not a part."""
    before = {o.end for o in found if o.key == main}
    after = {o.start for o in found if o.key == main}
    return (m.start - 1 in before and text[m.start - 1] in _JOINS) or (m.end + 1 in after and text[m.end] in _JOINS)


def _core_names(label: str) -> list[str]:
    """A programme's quoted names (“楼长+”模式 → 楼长+), else its name without quotes and generic head."""
    quoted = [q for q in QUOTED.findall(label) if len(q) >= 2]
    return quoted or [c for c in (_GENERIC_HEAD.sub("", NAME_MARKS.sub("", label)),) if len(c) >= 2]


def undertaken_core(doc: Document, o: Mention, main: str) -> bool:
    """Whether mention `o` names the programme itself, or a name holding its core (“某某”…机制), as what its
    clause carries out (深入实施“某某”机制), not as what a clause extends (让“某某”服务延伸到…)."""
    whole = doc.entities.get(main)
    if whole is None or not (o.key == main or any(c in o.text for c in _core_names(whole.label))):
        return False
    return _UNDERTAKES.search(doc.text, max(0, o.start - 34), o.start) is not None


def names_core(doc: Document, i: int, main: str) -> bool:
    """Whether passage `i` writes the programme's core name itself (not only its last word)."""
    whole = doc.entities.get(main)
    p = doc.passages[i]
    return whole is not None and any(doc.text.find(c, p.start, p.end) >= 0 for c in _core_names(whole.label))


def main_activity(doc: Document, named: list[Mention], undertaken: bool = False) -> str | None:
    """The programme a lead sentence is about: an initiative, else a quoted name, else the first named.

    A superior's programme the sentence only says it carries out (贯彻落实省委“…工程”) is skipped;
    `undertaken` accepts only names that a verb of carrying out introduces.
    """
    own = sorted(
        (
            m
            for m in named
            if m.cls != "PolicyDocument"
            and not _CARRIED_OUT.search(doc.text, max(0, m.start - 10), m.start)
            and not _AS_WHAT.search(doc.text, max(0, m.start - 14), m.start)
            and not _RELIED_ON.search(doc.text, max(0, m.start - 8), m.start)
            and (not undertaken or _UNDERTAKES.search(doc.text, max(0, m.start - 34), m.start))
        ),
        key=lambda m: m.start,
    )
    ranked = sorted(own, key=lambda m: (m.cls != "Initiative", m.rule not in _NAMED_RULES))
    return ranked[0].key if ranked else None
