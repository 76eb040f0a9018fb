"""componentOf from the layout of a report: headings, lead sentences and the clauses of one sentence.

componentOf comes from what the text states, never from mere position: an activity under a heading that
names a programme (实施“头雁领航”工程。) is its component; the report's main programme (named by its title
or lead) holds a heading's activity and a deed whose sentence names the programme again (在推进X工作中,…);
inside a sentence, what a clause forms, issues, lists or is made part of (出台《…办法》, 其中包括…, 该工程由A、B组成,
将X作为Y的重要内容), or what a clause that speaks of the opener's own thing again names (推行积分制,…凭积分可到X兑换),
belongs to the practice the sentence opens with.
The parts names state by themselves (“某某”工作台账 of “某某”) are read in `named_parts`, a sentence's clauses in
`clause_parts`, the report's programme in `programme` and the points under its headings in `heading_points`.
"""

from __future__ import annotations

import re

from loaders.activities.clause_parts import BROUGHT_INTO, among_bodies, sentence_components
from loaders.activities.heading_points import (
    GUIDE,
    carries_out,
    counted_groups,
    group_of,
    kind_of,
    listed_members,
    member_named,
    names_part,
    opens_point,
    sets_up,
)
from loaders.activities.introduced import CONFERRING
from loaders.activities.named_parts import named_parts
from loaders.activities.outline import UNMARKED, clause_start, closing_part, depth, later_points
from loaders.activities.programme import (
    LEANING,
    main_activity,
    names_core,
    reports,
    ties_to,
    title_above,
    undertaken_core,
)
from loaders.document import Document, Mention, Relation
from loaders.segment import ITEM_MARK

__all__ = ["ACTIVITY_CLASSES", "acted_on", "heading_components"]

ACTIVITY_CLASSES = frozenset({"Initiative", "Mechanism", "PolicyDocument"})  # the classes activities have
_CONFERRED = re.compile(f"(?:{CONFERRING})$")
# what a deed leans on (依托某某信息平台开展…) is its means, not a part of the programme around it
# 结合选派工作队工作,…: the work a deed is combined with runs beside the programme, no part of it
_COMBINED = re.compile(r"结合[^，,。；;“”]{0,12}$")
# 将“甲”与“乙”相结合: what the work is joined with runs beside it
_JOINED_TO = re.compile(r"(?:相|深度|有机)?(?:结合|融合|衔接)")
_LEANS_ON = re.compile(rf"(?:{LEANING}|依靠|凭借)[^，,。；;]{{0,4}}$")
_SOURCE_LINE = re.compile(r"\s*(?:来源|作者|编辑|责任编辑|发布时间|发布日期|供稿|通讯员|记者)\s*[:：]")
# “甲示范县”和“乙强县”等名号 / “某某”称号: titles the doer holds, not deeds of the programme
_TITLE = re.compile(r"(?:[、和及与]“[^“”]{1,30}”)*等?(?:荣誉)?(?:名号|称号|荣誉|金字招牌)")
# a strategy (乡村振兴战略, 人才强县战略) names the direction of all the work, neither one of its parts nor a frame
# that the deeds beside it make up
_STRATEGY = re.compile(r"战略[”\"]?$")
# 按照“提品质、强品牌…”的发展思路: the line the work follows is no part of the practice it steers
_LINE_OF_WORK = re.compile(r"(?:思路|原则|理念|方针)[”\"]?$")


def heading_components(doc: Document) -> None:
    """componentOf from the text's layout, report by report.

    An activity under a heading that names a programme (实施“头雁领航”工程。) is its component; a
    heading's own activity is a component of the report's main activity (the one its title or lead
    names: 省委部署开展“五星”支部创建…), and so is a deed whose sentence names that programme again.
    A point on one of the parts the lead lists (二是做活流动课堂), or one that carries out a practice named by what
    it does (（四）推行土地托管), holds what its clauses set up, not all they name. A deed under a heading that names
    a slogan or a frame of rules, or in a body that never names the programme, is the report's work and no part
    of anything.
    """
    by_passage: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.cls in ACTIVITY_CLASSES and m.key:
            by_passage.setdefault(m.passage, []).append(m)
    seen = {(r.subject, r.object) for r in doc.relations if r.predicate == "componentOf"}

    def add(part: str, whole: str, i: int) -> None:
        if part != whole and (part, whole) not in seen and (whole, part) not in seen:
            seen.add((part, whole))
            ours, theirs = doc.entities[part], doc.entities[whole]
            # a campaign or project is a part of a campaign, not of a standing mechanism, unless words say so
            # (components.py): a deed under a mechanism's heading or beside it is the report's own campaign
            if (
                not acted_on(ours.label, theirs.label)
                and (ours.cls != "Initiative" or theirs.cls == "Initiative")
                and not _STRATEGY.search(ours.label)
                and not _STRATEGY.search(theirs.label)
                and not _LINE_OF_WORK.search(ours.label)
            ):
                doc.relations.append(Relation(part, "componentOf", whole, i))

    named: set[str] = set()
    for kind, practice, where in named_parts({k: e for k, e in doc.entities.items() if e.cls in ACTIVITY_CLASSES}):
        if (ours := reports(doc, kind)) and (theirs := reports(doc, practice)) and ours.isdisjoint(theirs):
            continue  # each report of a compilation speaks for another unit: its names hold no other's parts
        add(kind, practice, where)
        named.add(kind)
    in_report: dict[int, list[int]] = {}
    titles: dict[int, int] = {}  # report -> its title passage
    for i, p in enumerate(doc.passages):
        if p.report is not None and p.heading and p.start == doc.reports[p.report].start:
            titles[p.report] = i
        elif p.report is not None:
            in_report.setdefault(p.report, []).append(i)
    for r_index, indices in in_report.items():
        if r_index not in titles and (above := title_above(doc, doc.reports[r_index], indices[0])) is not None:
            titles[r_index] = above
    outer: str | None = None  # the programme an earlier report's title or lead names
    for r_index in range(len(doc.reports)):
        indices = in_report.get(r_index, [])
        body = [
            i
            for i in indices
            if not doc.passages[i].heading and not _SOURCE_LINE.match(doc.text, doc.passages[i].start)
        ]
        # a body that opens under a point (（一）强化“一核”引领。推行A…) has no lead: its first sentence is the point’s
        lead = body[0] if body and not any(_marked_heading(doc, i) for i in indices if i < body[0]) else None
        title = titles.get(r_index)
        main = main_activity(doc, by_passage.get(title, [])) if title is not None else None
        if main is None and lead is not None:
            main = main_activity(doc, by_passage.get(lead, []), undertaken=True)
        groups = counted_groups(doc, by_passage.get(lead, [])) if lead is not None else {}
        members = listed_members(doc, by_passage.get(lead, [])) if lead is not None else {}
        counted: dict[str, str] = {}  # the groups the last sentence counts (推行“四种模式”), for the points after it
        scope: str | None = None
        if main is None and outer and title is not None and not by_passage.get(title) and names_core(doc, title, outer):
            scope, lead = outer, None  # a section titled by the programme's core (“楼长+”模式 … 楼长+议事协商)
        outer = outer or main
        # 一、实施“甲”工程 … 二、实施“乙”行动: where a heading names the report's programme itself, the headings
        # of its rank name programmes beside it, not its parts
        peers = {
            depth(doc.text, doc.passages[i].start)
            for i in indices
            if doc.passages[i].heading and main and (first := _first(by_passage.get(i, []))) and first.key == main
        }
        member: str | None = None  # the lead's listed part a point's heading is about, when that is `scope`
        frame = UNMARKED  # how deep the heading whose programme `scope` is lies (二、 of 二、实施X工程)
        closing: float | None = None  # how deep the heading opening a part on problems or plans lies (二、存在问题)
        run = False  # the passage before is a point of a run closed by a ；(一是开展A；)
        for i in indices:
            found = sorted(by_passage.get(i, []), key=lambda m: m.start)
            p = doc.passages[i]
            level = depth(doc.text, p.start)
            if p.heading and (closing is None or level <= closing):
                closing = level if closing_part(doc.text, p.start, p.end) else None
            if closing is not None:  # 存在问题 / 下一步打算: its points name troubles and plans, no programme's parts
                run, scope = False, None
                for part, whole in sentence_components(doc.text, doc.passages[i].start, found).items():
                    add(part, whole, i)
                continue
            # 一是开展A；二是设立B；三是…: a point after a ；is no heading, yet names its part as the first point does
            next_point = run and ITEM_MARK.match(doc.text, doc.passages[i].start) is not None
            run = (doc.passages[i].heading or next_point) and doc.text[doc.passages[i].end - 1] in "；;"
            if next_point and found and main and opens_point(doc, i, found[0]) and names_part(doc, found[0], named):
                add(found[0].key or "", main, i)
            # 二、实施X工程。…（一）推行A。: a point of another mark under a programme's heading is a point of X
            inside = scope if scope and level > frame else None
            holder = inside or (main if level not in peers or not p.heading else None)
            if doc.passages[i].heading:
                own = found[0] if found else None
                heading = doc.passages[i].text_of(doc)
                counted = {head: key for head, key in counted.items() if head in heading}
                group = kind_of(own, counted) if own else None
                if own and group and group != own.key:  # 推行“四种模式”。…4.“甲乙”模式。: one of the kinds counted
                    add(own.key or "", group, i)
                elif own and holder and names_part(doc, own, named) and not _JOINED_TO.match(doc.text, own.end):
                    # a point's heading names a part of the programme
                    add(own.key or "", holder, i)  # the title or lead names, unless its own name says whose part it is
                for m in later_points(doc.text, doc.passages[i].start, found) if holder else ():
                    if names_part(doc, m, named):  # 一是实施A，二是开展B，三是组建C。: each point names a part
                        add(m.key or "", holder or "", i)
                if inside:
                    continue  # the points of a programme's heading stay under it
                # a heading's programme (实施“头雁领航”工程) holds the deeds under it; a mechanism or a slogan
                # that a heading names (建设智慧平台, 拉紧“三张清单”) is one deed among them
                scope = own.key if own and own.cls == "Initiative" and carries_out(doc, i, own) else None
                scope = scope or group_of(heading, groups)
                # 推行“固定课堂、流动课堂…”模式。…二是做活流动课堂，…: a point on one of the lead's listed parts
                member = None if scope else member_named(heading, members, own)
                # （四）推行土地托管，做强服务经济。: a practice named by what it does holds the ways its point sets up
                if scope is None and member is None and own and _concrete(own) and _takes_up(doc, i, own):
                    member = own.key
                scope = scope or member
                frame = level
                continue
            if ITEM_MARK.match(doc.text, p.start) and not inside:
                scope = None  # 一是实施X…；二是深化Y…: the next point of a run of points is X's sibling
            counted = counted_groups(doc, found) or counted
            inner = sentence_components(doc.text, doc.passages[i].start, found)
            for part, whole in inner.items():
                add(part, whole, i)
            if i == lead:
                continue
            # 以A为基础,深入实施X: what comes before the programme's own name is its ground or means, which
            # the sentence's words relate (components.py), not a part tied by the name
            undertaken = max((o.start for o in found if undertaken_core(doc, o, main)), default=-1) if main else -1
            for m in found:
                if _CONFERRED.search(doc.text, max(0, m.start - 4), m.start):
                    continue  # a title conferred on the doer (被中组部列为…试点) is no part of its work
                if _LEANS_ON.search(doc.text, max(0, m.start - 8), m.start):
                    continue
                if _COMBINED.search(doc.text, max(0, m.start - 14), m.start) or _JOINED_TO.match(doc.text, m.end):
                    continue
                named_later = undertaken > m.end
                if (
                    scope
                    and scope == member
                    and not sets_up(doc.text, clause_start(doc.text, p.start, m.start), m.start)
                ):
                    continue  # under a point on a listed part, what its clauses set up is the part's, not all they name
                parent = scope or (main if main and not named_later and ties_to(doc, i, m, main, found) else None)
                # 以“某某”为导向, 按照“某某”的发展思路: what the work is steered by is no part of it
                if (
                    parent
                    and m.key
                    and m.key not in (scope, main)
                    and m.key not in inner
                    and not GUIDE.match(doc.text, m.end)
                    and not _TITLE.match(doc.text, m.end)
                    and not BROUGHT_INTO.search(doc.text, max(0, m.start - 12), m.start)
                    and not among_bodies(doc.text, m)
                ):
                    add(m.key, parent, i)


# “一核”“三治”“双报到”: a counted slogan; …体系, …机制: a frame of rules; neither holds the ways a point sets up
_SLOGAN = re.compile(r"^[“\"]?[一二两三四五六七八九十双多百千万]")
_FRAME_OF_RULES = re.compile(r"(?:体系|格局|机制|体制|制度)[”\"]?$")


def _concrete(own: Mention) -> bool:
    """Whether a heading's mechanism is a practice named by what it does (土地托管, 柔性引才, 流动课堂)."""
    return own.cls == "Mechanism" and not _SLOGAN.search(own.text) and not _FRAME_OF_RULES.search(own.text)


_KEEPS_TO = re.compile(r"坚持[^，,。；;：:“”\"]{0,4}$")


def _takes_up(doc: Document, i: int, own: Mention) -> bool:
    """Whether heading `i` carries its practice out, or keeps to it (二、坚持柔性引才，…)."""
    return carries_out(doc, i, own) or _KEEPS_TO.search(doc.text, doc.passages[i].start, own.start) is not None


def _marked_heading(doc: Document, i: int) -> bool:
    """Whether passage `i` is a heading with a point's mark (一、, （一）, 一是, 1.)."""
    return doc.passages[i].heading and ITEM_MARK.match(doc.text, doc.passages[i].start) is not None


def _first(found: list[Mention]) -> Mention | None:
    """The first activity a passage names."""
    return min(found, key=lambda m: m.start) if found else None


_LIST_MARKS = frozenset("、，,+＋—-–/／；;·")
_QUOTES = '“”"‘’「」'


def acted_on(part: str, whole: str) -> bool:
    """Whether the name `part` is written inside the name `whole` as what that practice works on, not as an item
    of its list: 村级服务中心 in 村级服务中心提升行动, “某某” in “某某”改革, 示范点 in “某某”打造示范点 name one thing
    and the work on it; 甲 in 甲、乙“两项工程”, 党建+甲 in “党建+甲+乙”模式, 议事会 in “…—议事会协商—…” are items."""
    at = whole.find(part)
    if at < 0:
        part = part.strip(_QUOTES)
        at = whole.find(part) if len(part) >= 2 else -1
    if at < 0 or len(part) >= len(whole):
        return False
    end = at + len(part)
    if at > 0 and whole[at - 1] in _LIST_MARKS:
        return False  # an item after a list mark, perhaps with what it does (…—议事会协商—…)
    opens = at == 0 or whole[at - 1] in _QUOTES
    closes = end == len(whole) or whole[end] in _LIST_MARKS or whole[end] in _QUOTES
    return not (opens and closes)
