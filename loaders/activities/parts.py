"""componentOf from the layout of a report: headings, lead sentences and the clauses of one sentence.

componentOf comes from what the text states, never from mere position: an activity under a heading that
names a programme (实施“头雁领航”工程。) is its component; the report's main programme (named by its title
or lead) holds a heading's activity and a deed whose sentence names the programme again (在推进X工作中,…);
inside a sentence, what a clause forms, issues, lists or is made part of (出台《…办法》, 其中包括…, 该工程由A、B组成,
将X作为Y的重要内容), or what a clause that speaks of the opener's own thing again names (推行积分制,…凭积分可到X兑换),
belongs to the practice the sentence opens with.
The parts names state by themselves (“某某”工作台账 of “某某”) are read in `named_parts`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from loaders.activities.introduced import CONFERRING
from loaders.activities.named_parts import QUOTED, named_parts
from loaders.activities.outline import (
    CLAUSE_MARKS,
    UNMARKED,
    clause_start,
    clause_stop,
    closing_part,
    depth,
    later_points,
)
from loaders.activities.stated_parts import THIS, made_of, named_alike, stated_part
from loaders.document import Document, Mention, Relation, Report
from loaders.names.words import boundaries
from loaders.segment import ITEM_MARK

__all__ = ["ACTIVITY_CLASSES", "acted_on", "heading_components"]

ACTIVITY_CLASSES = frozenset({"Initiative", "Mechanism", "PolicyDocument"})  # the classes activities have
_NAMED_RULES = frozenset({"quoted-head", "quoted-bare", "enum-group", "policy-title"})
# a superior's programme the lead only says it carries out (认真贯彻落实省委“百县千镇万村…工程”)
# what something is made into is not the programme itself (将…作为乡村振兴的“关键一招”)
_AS_WHAT = re.compile(r"作为[^，,。；]*$")
_CARRIED_OUT = re.compile(r"贯彻(?:落实)?[^，,。；]{0,6}$")
# what the lead leans on is not its programme (依托长三角…示范区建设,牵头组建“…”党建联盟)
_LEANING = "依托|借助|利用"
_RELIED_ON = re.compile(rf"(?:{_LEANING}|围绕|立足|结合|抢抓|抓住|对接|融入|服务)[^，,。；]{{0,4}}$")
_CONFERRED = re.compile(f"(?:{CONFERRING})$")
# what a deed leans on (依托某某信息平台开展…) is its means, not a part of the programme around it
# 结合选派工作队工作,…: the work a deed is combined with runs beside the programme, no part of it
_COMBINED = re.compile(r"结合[^，,。；;“”]{0,12}$")
_LEANS_ON = re.compile(rf"(?:{_LEANING}|依靠|凭借)[^，,。；;]{{0,4}}$")
# the lead names the report's programme only as what its subject carries out (全面推行“…”模式, 对…进行集中整顿),
# not as a means (通过“…”模式), a setting (在“…”主题教育中), a result (实现…“双赢”) or a title (是全国…示范县)
_UNDERTAKES = re.compile(
    r"(?:推进|推行|推广|实施|开展|探索|打造|构建|建立|创建|创新|进行|实行|启动|部署|试行|建设|升级|组建|成立|设立"
    r"|搭建|健全|完善)(?:了|起)?"
    r"(?:[^，,。；;“”\"]{0,24}的)?$"
)
_SOURCE_LINE = re.compile(r"\s*(?:来源|作者|编辑|责任编辑|发布时间|发布日期|供稿|通讯员|记者)\s*[:：]")
_FORMS = re.compile(r"(?:并|还|同时|先后|积极|逐步)?(?:打造|(?P<result>形成)了?|出台|制定|印发)")
# what a clause says the work 形成 in the end (…的治理格局, …体系, 闭环) is its outcome, not one of its parts
_OUTCOME = re.compile(r"(?:格局|体系|闭环|局面|态势|生态)[”\"]?$")
# a campaign or a framework opening the sentence also holds what its clauses set up or rest on
# (开展“亮践”行动,…设立党员先锋岗; 推行…共建共治模式,依托党群服务站)
# 具体做法：一是建立A，二是推行B: a point of the sentence's own list opens its clause before the verb
_POINT = r"(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十]|首先|其次|再次|最后)?"
_SETS_UP = re.compile(
    _POINT + r"(?:(?:在|对|针对|面向)[^，,。；;“”]{1,14}?|(?:组织|动员)[^，,。；;“”]{1,40}?)?"
    r"(?:并|还|先后|积极|逐步)?(?:(?:每[年季月周日天]度?|定期|常态化)[^，,。；;“”]{0,6}?)?"
    r"(?:设立|设置|划分|组建|建立|依托|通过|搭建|推行|发展|按照|采取|采用|运用|实行|开展|举办|实施)"
)  # 按照“龙头村+普通村”模式: the model a programme follows; 组织…赴高校开展“…”活动: an event the programme holds
_SETTING = re.compile(r"(?:工作|活动)?中[，,]")  # 在“…”主题教育中,…: the setting of the sentence, not its practice
# 以X为契机 / 按照X模式 / 通过X / 围绕X: what a sentence starts from, follows or goes through frames its deeds,
# which are not X's parts (以某某试点为契机,建立…平台)
_FRAMED = re.compile(
    r"(?<![可所难加予])以$|(?:围绕|按照|依照|根据|通过|借助|依托|紧扣|结合|对标|立足|抢抓|抓住)[^，,。；;“”]{0,6}$"
    r"|(?:贯彻|落实)[^，,。；;“”]{0,6}$"
)
# 以“某某”为导向 / 按照“某某”的发展思路: the aim or line a deed follows, not a deed
_GUIDE = re.compile(
    r"[”\"]?(?:为(?:导向|指引|遵循|目标|方向|原则)|的[^，,。；;“”]{0,6}(?:思路|原则|理念|方针|目标|方向))"
)
# “甲示范县”和“乙强县”等名号 / “某某”称号: titles the doer holds, not deeds of the programme
_TITLE = re.compile(r"(?:[、和及与]“[^“”]{1,30}”)*等?(?:荣誉)?(?:名号|称号|荣誉|金字招牌)")
# what a clause 形成 is its result (…的运行机制, 全县“一本账”), unless it lists examples (形成了A、B等做法, “A”“B”等)
_EXAMPLES = re.compile(r"[、等“]")
# a framework: a model, a system, or a mechanism of joint work (“河长+警长”协作机制,建立A、B等制度 holds A and B)
_FRAME = re.compile(r"(?:模式|体系|格局|(?:联动|协作|协同)机制)$")
# a strategy (乡村振兴战略, 人才强县战略) names the direction of all the work, neither one of its parts nor a frame
# that the deeds beside it make up
_STRATEGY = re.compile(r"战略[”\"]?$")
# a heading that names a state the work reaches (构建“某某”新格局) names no part of the programme
_STATE = re.compile(r"(?:格局|局面|态势)[”\"]?$")
# 实施…工程,其中包括A、B和C / 该工程具体包括A和B: the listed items are its parts, whatever the opener
_INCLUDES = re.compile(rf"{THIS}(?:其中|具体|主要)?(?:包括|包含|涵盖)")
# 推行“党员两岗”,即在小区设置党员示范岗…: what the definition after 即 sets up are the practice's parts
_DEFINED = re.compile(r"[，,：:]?\s*即")
_MOVES_ON = re.compile(r"[，,；;]\s*(?:同时|此外|另外|并且|还)")
# 将集团化办学分为A、B和C3种模式 / X包括A、B: what X is divided into are its parts
_DIVIDES = re.compile(r"(?:主要|具体|共)?(?:细分为|划分为|分为|分成|包括|包含|涵盖)")
# 建立“校院共育”“厂校联培”等柔性引才机制: the members of a list are parts of the head it closes with
_LIST_JOIN = re.compile(r"[、和及与]?")
_LIST_HEAD = re.compile(r"等(?:[\d一二两三四五六七八九十]+[种类项个大])?(?:多种|各类)?")


def heading_components(doc: Document) -> None:
    """componentOf from the text's layout, report by report.

    An activity under a heading that names a programme (实施“头雁领航”工程。) is its component; a
    heading's own activity is a component of the report's main activity (the one its title or lead
    names: 省委部署开展“五星”支部创建…), and so is a deed whose sentence names that programme again.
    A deed under a heading that names a mechanism or a slogan, or in a body that never names the
    programme, is the report's work and no part of anything.
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
            ):
                doc.relations.append(Relation(part, "componentOf", whole, i))

    named: set[str] = set()
    for kind, practice, where in named_parts({k: e for k, e in doc.entities.items() if e.cls in ACTIVITY_CLASSES}):
        if (ours := _reports(doc, kind)) and (theirs := _reports(doc, practice)) and ours.isdisjoint(theirs):
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
        if r_index not in titles and (above := _title_above(doc, doc.reports[r_index], indices[0])) is not None:
            titles[r_index] = above
    outer: str | None = None  # the programme an earlier report's title or lead names
    for r_index in range(len(doc.reports)):
        indices = in_report.get(r_index, [])
        body = [
            i
            for i in indices
            if not doc.passages[i].heading and not _SOURCE_LINE.match(doc.text, doc.passages[i].start)
        ]
        lead = body[0] if body else None
        title = titles.get(r_index)
        main = _main_activity(doc, by_passage.get(title, [])) if title is not None else None
        if main is None and lead is not None:
            main = _main_activity(doc, by_passage.get(lead, []), undertaken=True)
        groups = _counted_groups(doc, by_passage.get(lead, [])) if lead is not None else {}
        counted: dict[str, str] = {}  # the groups the last sentence counts (推行“四种模式”), for the points after it
        scope: str | None = None
        if (
            main is None
            and outer
            and title is not None
            and not by_passage.get(title)
            and _names_core(doc, title, outer)
        ):
            scope, lead = outer, None  # a section titled by the programme's core (“楼长+”模式 … 楼长+议事协商)
        outer = outer or main
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
                for part, whole in _sentence_components(doc.text, doc.passages[i].start, found).items():
                    add(part, whole, i)
                continue
            # 一是开展A；二是设立B；三是…: a point after a ；is no heading, yet names its part as the first point does
            next_point = run and ITEM_MARK.match(doc.text, doc.passages[i].start) is not None
            run = (doc.passages[i].heading or next_point) and doc.text[doc.passages[i].end - 1] in "；;"
            if next_point and found and main and _opens_point(doc, i, found[0]) and _names_part(doc, found[0], named):
                add(found[0].key or "", main, i)
            # 二、实施X工程。…（一）推行A。: a point of another mark under a programme's heading is a point of X
            inside = scope if scope and level > frame else None
            holder = inside or main
            if doc.passages[i].heading:
                own = found[0] if found else None
                heading = doc.passages[i].text_of(doc)
                counted = {head: key for head, key in counted.items() if head in heading}
                group = _kind_of(own, counted) if own else None
                if own and group and group != own.key:  # 推行“四种模式”。…4.“甲乙”模式。: one of the kinds counted
                    add(own.key or "", group, i)
                elif own and holder and _names_part(doc, own, named):
                    # a point's heading names a part of the programme
                    add(own.key or "", holder, i)  # the title or lead names, unless its own name says whose part it is
                for m in later_points(doc.text, doc.passages[i].start, found) if holder else ():
                    if _names_part(doc, m, named):  # 一是实施A，二是开展B，三是组建C。: each point names a part
                        add(m.key or "", holder or "", i)
                if inside:
                    continue  # the points of a programme's heading stay under it
                # a heading's programme (实施“头雁领航”工程) holds the deeds under it; a mechanism or a slogan
                # that a heading names (建设智慧平台, 拉紧“三张清单”) is one deed among them
                scope = own.key if own and own.cls == "Initiative" and _carries_out(doc, i, own) else None
                scope = scope or _group_of(doc.passages[i].text_of(doc), groups)
                frame = level
                continue
            if ITEM_MARK.match(doc.text, p.start) and not inside:
                scope = None  # 一是实施X…；二是深化Y…: the next point of a run of points is X's sibling
            counted = _counted_groups(doc, found) or counted
            inner = _sentence_components(doc.text, doc.passages[i].start, found)
            for part, whole in inner.items():
                add(part, whole, i)
            if i == lead:
                continue
            # 以A为基础,深入实施X: what comes before the programme's own name is its ground or means, which
            # the sentence's words relate (components.py), not a part tied by the name
            undertaken = max((o.start for o in found if _undertaken_core(doc, o, main)), default=-1) if main else -1
            for m in found:
                if _CONFERRED.search(doc.text, max(0, m.start - 4), m.start):
                    continue  # a title conferred on the doer (被中组部列为…试点) is no part of its work
                if _LEANS_ON.search(doc.text, max(0, m.start - 8), m.start):
                    continue
                if _COMBINED.search(doc.text, max(0, m.start - 14), m.start):
                    continue
                named_later = undertaken > m.end
                parent = scope or (main if main and not named_later and _ties_to(doc, i, m, main, found) else None)
                # 以“某某”为导向, 按照“某某”的发展思路: what the work is steered by is no part of it
                if (
                    parent
                    and m.key
                    and m.key not in (scope, main)
                    and m.key not in inner
                    and not _GUIDE.match(doc.text, m.end)
                    and not _TITLE.match(doc.text, m.end)
                    and not _BROUGHT_INTO.search(doc.text, max(0, m.start - 12), m.start)
                    and not _among_bodies(doc.text, m)
                ):
                    add(m.key, parent, i)


# 把X工作纳入目标考核: what the work is brought into (an evaluation, a list) is no part of it
_BROUGHT_INTO = re.compile(r"纳入[^，,。；;“”]{0,20}$")
# 居委会、业主委员会和物业公司: a name listed among bodies is a party to the work, not a deed of it
_BODY_ITEM = re.compile(r"(?:组织|企业|公司|单位|部门|社区|委会|委员会|党委|党组|支部|政府|协会|合作社)$")
_ITEM_STOP = re.compile(r"[、，,。；;：:“”\"（）()]")


def _among_bodies(text: str, m: Mention) -> bool:
    """Whether `m` is an item of a 、-list whose item right before or after it names a body."""
    if text[m.start - 1 : m.start] == "、":
        lo = m.start - 1
        while lo > 0 and not _ITEM_STOP.match(text, lo - 1) and m.start - lo < 16:
            lo -= 1
        if _BODY_ITEM.search(text, lo, m.start - 1):
            return True
    if text[m.end : m.end + 1] == "、":
        stop = _ITEM_STOP.search(text, m.end + 1, m.end + 17)
        if stop and stop.group(0) in '“"':
            return False  # 、某社区“某某”议事会: the next item is a practice named with its place, no body
        return _BODY_ITEM.search(text, m.end + 1, stop.start() if stop else m.end + 17) is not None
    return False


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


def _carries_out(doc: Document, i: int, own: Mention) -> bool:
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


def _names_part(doc: Document, own: Mention, named: set[str]) -> bool:
    """Whether a point's own name is a part of the programme: not one a name already places (“某某”工作台账), a
    state the work reaches (…新格局) or the aim it is steered by (以“某某”为导向)."""
    return (
        own.key not in named
        and not _STATE.search(own.text)
        and not _GUIDE.match(doc.text, own.end)
        and not _COPULA.search(doc.text, max(0, own.start - 2), own.start)  # 某镇是X模式的受益者: its topic, no deed
    )


def _opens_point(doc: Document, i: int, own: Mention) -> bool:
    """Whether point `i` names `own` in its first clause (二是设立“X”，…), as a point's heading names its part."""
    return own.start < clause_stop(doc.text, doc.passages[i].start)


def _title_above(doc: Document, rep: Report, first: int) -> int | None:
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
_MARKS = re.compile(r"[\s“”\"'‘’《》「」]")


def _reports(doc: Document, key: str) -> set[int | None]:
    """The reports an entity is written in (None for a passage outside every report)."""
    return {doc.passages[i].report for i in doc.entities[key].passages}


def _ties_to(doc: Document, i: int, m: Mention, main: str, found: list[Mention]) -> bool:
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
    return quoted or [c for c in (_GENERIC_HEAD.sub("", _MARKS.sub("", label)),) if len(c) >= 2]


def _undertaken_core(doc: Document, o: Mention, main: str) -> bool:
    """Whether mention `o` names the programme itself, or a name holding its core (“某某”…机制), as what its
    clause carries out (深入实施“某某”机制), not as what a clause extends (让“某某”服务延伸到…)."""
    whole = doc.entities.get(main)
    if whole is None or not (o.key == main or any(c in o.text for c in _core_names(whole.label))):
        return False
    return _UNDERTAKES.search(doc.text, max(0, o.start - 34), o.start) is not None


def _names_core(doc: Document, i: int, main: str) -> bool:
    """Whether passage `i` writes the programme's core name itself (not only its last word)."""
    whole = doc.entities.get(main)
    p = doc.passages[i]
    return whole is not None and any(doc.text.find(c, p.start, p.end) >= 0 for c in _core_names(whole.label))


_COUNTED = re.compile(r"[一二两三四五六七八九十\d]+[个大项类支张]?([\u4e00-\u9fff]{2,4})[”\"]?$")


def _counted_groups(doc: Document, named: list[Mention]) -> dict[str, str]:
    """The lead's counted groups by head noun: 成立“一个枢纽”,搭建“两个平台” → {中心: …, 平台: …}."""
    out: dict[str, str] = {}
    for m in named:
        counted = _COUNTED.search(m.text)
        if counted and m.key:
            out.setdefault(counted.group(1)[-2:], m.key)
    return out


def _kind_of(own: Mention, counted: dict[str, str]) -> str | None:
    """The counted group whose head noun a point's own name ends with (“甲乙”模式 → “四种模式”)."""
    name = own.text.rstrip('”"')
    return next((key for head, key in counted.items() if name.endswith(head)), None)


def _group_of(heading: str, groups: dict[str, str]) -> str | None:
    """A heading that names one of the lead's counted groups by its head noun (搭建服务平台 → “两个平台”)."""
    return next((key for head, key in groups.items() if head in heading), None)


def _main_activity(doc: Document, named: list[Mention], undertaken: bool = False) -> str | None:
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


_TOOL = re.compile(r"(?:平台|系统|中心)$")


def _tool_before(text: str, found: list[Mention], opener: Mention, m: Mention, lo: int) -> str | None:
    """The platform or system the clause right before `m`'s sets up (not the sentence's opener), if any."""
    before = max(text.rfind(c, 0, lo - 1) for c in CLAUSE_MARKS) + 1
    tools = [x for x in found if before <= x.start and x.end < lo and x is not opener and _TOOL.search(x.text)]
    return tools[-1].key if tools else None


# 推广“小区议事会”，…，实行“…”的议事流程 / 设立“人才飞地”，按照“…”的模式: the way a practice just set up runs
_SET_UP_BEFORE = re.compile(r"(?:推行|推广|实行|实施|建立|设立|组建|搭建|创建|成立)了?$")
_RUNS_BY = re.compile(r"(?:并|还|统一)?(?:实行|按照|采取|采用)")
_WAY_END = re.compile(r"(?:模式|流程|步骤|程序)[”\"]?$")
_WAY_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,4}(?:模式|流程|步骤|程序)")
_INTRODUCES = re.compile(r"(?:推行|实行|实施|推进|建立|开展|探索|构建|健全|深化|用好)了?$")
# “A—B—C”四级体系: a chain of levels or parties, whose words name bodies the text goes on to speak of
_CHAIN = re.compile(r"[”\"][一二两三四五六七八九十\d]+(?:级|方|层)")
_CORE_HEADS = re.compile(r"(?:治理|管理|制度|机制|模式|体系|工作|建设|服务|改革|工程|行动|活动|创建|制)+$")


@lru_cache(maxsize=4096)
def _core_words(name: str) -> tuple[str, ...]:
    """The words of a practice's name without its quotes and generic heads (“美德积分”管理 → 美德, 积分);
    kept per name: the practice a sentence opens with opens many."""
    core = _CORE_HEADS.sub("", _MARKS.sub("", name))
    return tuple(w for w in boundaries(core).words(0, len(core)) if len(w) >= 2)


def _listed_example(text: str, m: Mention) -> bool:
    """Whether `m` is a member of a list (A、B等做法): examples of what was formed, not the result itself."""
    return text[m.start - 1 : m.start] in ("、", "”") or _EXAMPLES.match(text, m.end) is not None


def _sentence_components(text: str, start: int, found: list[Mention]) -> dict[str, str]:
    """Within one sentence, what a clause forms or issues belongs to the practice the sentence opens with.

    建立…网格化管理智慧平台,打造“收集、上报、交办、反馈”闭环 → the loop is part of the platform;
    开展…集中提升两年行动,出台《…办法》 → the rules are part of the campaign; 推行“美德积分”管理,村民凭积分
    可到“美德超市”兑换 → a clause that names a word of the introduced opener again speaks of it.
    """
    opener = next(
        (
            m
            for m in found
            if m.cls != "PolicyDocument"
            and not _SETTING.match(text, m.end)
            and not _FRAMED.search(text, max(start, m.start - 8), m.start)
        ),
        None,
    )
    out: dict[str, str] = {}
    if opener is None or opener.key is None:
        return out
    holds = opener.cls == "Initiative" or _FRAME.search(opener.text) is not None
    introduced = _INTRODUCES.search(text, max(start, opener.start - 4), opener.start) is not None
    cores = _core_words(opener.text) if introduced and not _CHAIN.search(opener.text) else ()
    set_up = _SET_UP_BEFORE.search(text, max(start, opener.start - 4), opener.start) is not None
    for m in found:
        if m.start <= opener.end or not m.key or m.key == opener.key or named_alike(m.text, opener.text):
            continue
        if _among_bodies(text, m):
            continue  # 推动小区党组织、业主委员会、物业企业…: a party listed among bodies, no part of the opener
        lo = clause_start(text, start, m.start)
        forms = _FORMS.match(text, lo)
        if forms is not None and forms["result"] and (_OUTCOME.search(m.text) or not _listed_example(text, m)):
            continue
        # 推行积分制,积分可在X兑换: X serves it; 把X工作纳入Y考核: Y takes the work in
        tied = any(text.find(w, lo, m.start) >= 0 for w in cores) and not _BROUGHT_INTO.search(text, lo, m.start)
        way = _WAY_END.search(m.text) or _WAY_AFTER.match(text, m.end)
        runs_by = set_up and _RUNS_BY.match(text, lo) is not None and way is not None
        if lo > opener.end and (
            forms or _INCLUDES.match(text, lo) or (holds and _SETS_UP.match(text, lo)) or tied or runs_by
        ):
            out[m.key] = opener.key
            if forms is not None and "打造" in forms.group(0) and (tool := _tool_before(text, found, opener, m, lo)):
                out[m.key] = tool  # 建立…智慧平台,打造“…”闭环: the loop runs on the platform just built
    for k, x in enumerate(found):
        if x.key and _DIVIDES.match(text, x.end):
            clause_end = clause_stop(text, x.end)
            for y in found[k + 1 :]:
                if y.start >= clause_end:
                    break
                if y.key and y.key != x.key:
                    out[y.key] = x.key
        head = _LIST_HEAD.fullmatch(text, found[k - 1].end, x.start) if k and x.key else None
        if head:  # A、B等X: walk the list back from its last member
            j = k - 1
            while j >= 0 and found[j].key and found[j].key != x.key:
                out[found[j].key or ""] = x.key or ""
                if j == 0 or not _LIST_JOIN.fullmatch(text, found[j - 1].end, found[j].start):
                    break
                j -= 1
        if x.key and _DEFINED.match(text, x.end):
            stop = _MOVES_ON.search(text, x.end)
            for y in found[k + 1 :]:
                if stop and y.start >= stop.start():
                    break
                if y.key and y.key != x.key:
                    out[y.key] = x.key
    out.update(made_of(text, start, found, opener))
    for x, y in pairwise(found):
        if x.key and y.key and x.key != y.key and stated_part(text, x, y):
            out[x.key] = y.key
    return out
