"""Enumerations: practices listed under one head, each read as a name of its own.

推行三资融合、三权分置等6种发展模式 and 建立甲、乙和丙制度 name each listed practice (with the shared head
as a longer form); 跟班学习、专题培训“四项计划” and “甲、乙、丙”三种模式 also name the whole, whose parts
the items are; 每日走访、每月研判的机制 defines one way by parallel steps; 即甲型、乙型、丙型。 lists
kinds; 远程会诊、消毒供应等共享中心 names the centres by what they do. People listed (负责人, 代表,
专干) take part in a system and are no practices.

>>> text = "某县推行村民说事、干部夜访、积分评比三项机制。"
>>> [c.text(text) for c in enumerations(text)]
['村民说事', '干部夜访', '积分评比']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.activities.candidate import Candidate
from loaders.activities.lexicon import lexicon, name_start
from loaders.activities.quote_edges import JOINED_WAY, head_after
from loaders.activities.quote_verbs import ADOPT
from loaders.activities.quotes import DEQUOTE
from loaders.names.lexicon import verbs
from loaders.names.words import boundaries

__all__ = ["enumerations"]

_HAN = "\u4e00-\u9fff"
_L = lexicon()
_LONGEST_LISTING = 400  # a longer "clause" is not prose (tables, keyword dumps): no enumeration read there
_CLAUSE_RUN = re.compile("[^，,。；;！？!?：:\\n]+")
# a person holding a post (村支书, 合作社负责人, 村民代表): listed people are who take part, not practices
_PERSON = re.compile("(?:[^党]员|长|书记|顾问|负责人|代表|专干|主任|干部|干事|主席)$")
_ITEM = f'[{_HAN}“”"]{{2,14}}'
_ENUM_HINT = re.compile("等|[\\d一二两三四五六七八九十][种类项大]")
_ENUM_HEADS = "模式|机制|制度|工程|行动|计划|途径|业态|举措|做法"
# centres named by what they do (甲、乙、丙三大共享中心), not the centre of the work (中心工作)
_CENTRE = "中心(?!工作|任务)"
_ENUM = re.compile(
    f"({_ITEM}(?:、{_ITEM})+)(?:(?:和|及|以及)({_ITEM}))?"
    "(?:等(?:[\\d一二两三四五六七八九十]+[种项类个大])?|(?<!等)[\\d一二两三四五六七八九十]+[种类项大])(?:不同)?"
    f"[{_HAN}]{{0,8}}?({_ENUM_HEADS}|{_CENTRE})"
)
# a clause without one of the heads holds no enumeration: the cheap test before the costly pattern
_ENUM_HEAD_WORD = re.compile(f"{_ENUM_HEADS}|(?:等|[\\d一二两三四五六七八九十][种类项大])[{_HAN}]{{0,8}}?{_CENTRE}")
# 每日走访、每月研判的机制; 采取周记录、月评议、年考核的方式: parallel steps defining one way of working
_DEFINED_HEAD = re.compile("的(?:机制|方式|模式|制度|办法|做法|流程|工作法|工作机制)")
_DEFINED_LIST = re.compile(
    f"((?:[{_HAN}]{{3,10}})(?:、[{_HAN}]{{3,5}})+)的(机制|方式|模式|制度|办法|做法|流程|工作法|工作机制)"
)
# 跟班学习、专题培训“四项计划”; 县级领导包乡、部门包村、干部包户“三包”责任制 (the head may follow the quote)
_GROUP_HINT = re.compile("工程|计划|行动|制|模式")  # every head of the pattern below holds one of these
_ENUM_GROUP = re.compile(
    f"({_ITEM}(?:、{_ITEM})+)(“[一二两三四五六七八九十\\d]+[大项个类种条][{_HAN}]{{0,4}}(?:工程|计划|行动|机制|制度)”"
    f"|“[一二两三四五六七八九十\\d]+[{_HAN}]{{1,3}}”(?:工作机制|责任制|机制|制度|模式))"
)
_ENUM_HEAD = re.compile(
    f"({_ITEM}(?:、{_ITEM})+)([\\d一二两三四五六七八九十]+[项种个类])?(工作制度|工作机制|制度|机制)(?![{_HAN}])"
)
# “甲型、乙型、丙型”三种模式: a quoted list whose own count follows it names each member under the head
_QUOTED_COUNTED = re.compile(
    f"“((?:[{_HAN}]{{2,10}}、)+[{_HAN}]{{2,10}})”([\\d一二两三四五六七八九十]+)([项种个类大张条支套轮步])"
    f"[{_HAN}]{{0,4}}?(模式|机制|制度|改革|工程|行动|计划|举措|做法|工作法|清单|平台|体系|活动|方式)"
)
# “固定课堂、流动课堂、网上课堂”党员教育模式: a quoted list of whole names, each with its own head
_QUOTED_NAMES = re.compile(f'[“"]((?:[{_HAN}]{{3,10}}、)+[{_HAN}]{{3,10}})[”"]')
# 建立隐患旬排查、季讲评制度: steps of a schedule (each led by its period) make one rule together
_SCHEDULE = re.compile(f"((?:[{_HAN}]+、)+)([{_HAN}]{{2,4}})(工作制度|工作机制|制度|机制)(?![{_HAN}])")
_PERIOD = re.compile("[日周旬月季年]|每|半年")
# 通过就地建、挂靠建等方式; 采取自主成建、片区联建等方式: the ways a body is set up, each a practice
_SET_UP_WAYS = re.compile(
    f"((?:[{_HAN}]{{1,6}}建、)+[{_HAN}]{{1,6}}建)(?:等|的)?(?:[\\d一二两三四五六七八九十]种)?(?:方式|模式|形式|办法|途径)"
)
# the same ways quoted as one list, with no head after them
_QUOTED_WAYS = re.compile(f'[“"]((?:[{_HAN}]{{1,6}}建、)+[{_HAN}]{{1,6}}建)[”"]')
# works on a building (原址扩建, 选址新建), not a way of setting a body up
_BUILDING = ("扩建", "改建", "新建", "重建", "修建", "兴建", "续建", "翻建", "筹建", "在建")
# kinds of one deed of governance work listed (人民调解、行政调解、司法调解; 单独组建、联合组建): each kind
# is a way of its own; a deed of production (养殖, 种植) or a noun (人才, 产业) shared names no way
_DEED_KINDS = re.compile(f"([{_HAN}]{{2}})(调解|组建|竞聘|督查|督导|巡查|托管|代办|联建|共建)((?:、[{_HAN}]{{2}}\\2)+)")
# a body listed (村党组织、物业公司): the listed are the parties of a practice, not practices
_BODY = re.compile("(?:组织|企业|公司|单位|部门|局|党委|党组|支部|政府)$")
# the last of the parties and the way they join (村组联动, 公安机关衔接, 信访联合督办)
_JOINED_PARTY = re.compile(
    f"([{_HAN}]{{2,6}}?)(?:{JOINED_WAY}|协调|联合|会商|共商|联席|互通|配合|联防|联调)[{_HAN}]{{0,2}}"
)
# a counted quote, its head, a colon and the members it counts up to the clause's end (“四化”：甲化、乙化、…)
_SPELLED = re.compile(
    f"“([一二两三四五六七八九十][{_HAN}]{{1,5}})”[{_HAN}]{{0,6}}?[：:]((?:[{_HAN}]{{2,12}}、)+[{_HAN}]{{2,12}})(?=[，,。；;\n])"
)
_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
# 建立联席会议、限时办结机制: two practices sharing one head; the second carries it, the first is named bare
_PAIR_HINT = re.compile(f"[{_HAN}](?:机制|制度)(?![{_HAN}])")
_PAIR_HEAD = re.compile(f"([{_HAN}]{{2,12}})(?:、|和|及)([{_HAN}]{{4,8}})(工作机制|机制|制度)(?![{_HAN}])")
# an item that already ends in a rule's head is a whole name of its own, not a modifier of the shared head
_RULE_NAMED = re.compile("(?:制度|机制|制|工作法)$")
_OBJECT_END = re.compile("(?:问题|情况|事项|矛盾|纠纷|需求|诉求|资源|信息|数据)$")
_PROGRAMME = re.compile("(?:工程|行动|活动|攻坚)$")
# 即文旅融合型、生态保护型、劳务输出型。: kinds listed on their own (no head noun after them) name models
_KINDS = re.compile(f"((?:[{_HAN}]{{2,8}}型、){{2,}}[{_HAN}]{{2,8}}型)(?![{_HAN}])")


def _in_quote(text: str, pos: int) -> bool:
    """True when `pos` lies inside an open “…” of its sentence."""
    lo = max(text.rfind("。", max(0, pos - 200), pos), text.rfind("\n", max(0, pos - 200), pos), pos - 200)
    chunk = text[lo + 1 : pos]
    return chunk.count("“") > chunk.count("”")


def _balanced(span: str) -> bool:
    """Whether `span` closes every “ it opens."""
    return span.count("“") == span.count("”")


def enumerations(text: str) -> Iterator[Candidate]:
    """Candidates for the listed practices of every clause of `text` that lists with 、."""
    if "：" in text or ":" in text:
        yield from _spelled_out(text)
    for clause in _CLAUSE_RUN.finditer(text):
        if "、" in clause.group(0) and len(clause.group(0)) <= _LONGEST_LISTING:
            yield from _enumerations_in(text, clause.start(), clause.end())
        elif "和" in clause.group(0) or "及" in clause.group(0):
            yield from _pairs(text, clause.start(), clause.end())


def _spelled_out(text: str) -> Iterator[Candidate]:
    """The members a counted quote is spelled out by after a colon, when as many as it counts (“两联”机制：
    联村、联户): each member is a practice of its own, the part of the counted whole."""
    for m in _SPELLED.finditer(text):
        members = m.group(2).split("、")
        members[-1:] = re.split("以及|和|及", members[-1])
        if len(members) != _NUMERALS.get(m.group(1)[0]) or not all(2 <= len(x) <= 8 for x in members):
            continue
        at = m.start(2)
        for member in members:
            at = text.index(member, at)
            if not (_L.is_generic(member) or _PERSON.search(member) or _BODY.search(member)):
                # “五大行动”：甲提升行动、乙建设行动: a member with a head of its own is of that head's class
                cls = _L.class_of(member) or "Mechanism"
                yield Candidate(at, at + len(member), cls, "enum-item", 1, set())
            at += len(member)


def _enumerations_in(text: str, lo: int, hi: int) -> Iterator[Candidate]:
    clause = text[lo:hi]
    for m in _ENUM.finditer(text, lo, hi) if _ENUM_HINT.search(clause) and _ENUM_HEAD_WORD.search(clause) else ():
        items = m.group(1).split("、") + ([m.group(2)] if m.group(2) else [])
        if _in_quote(text, m.start()) or not all(map(_balanced, items)) or _bodies(items):
            continue  # 完善“街道吹哨、部门报到”等机制: one quoted name, not a list
        if m.group(3) == "做法" and "“" in m.group(0):
            continue  # 形成甲社区“某某”议事会、乙社区“某某”工作室等创新做法: whole names, each read by its quote
        yield from _items(text, m.start(1), items, _item_class(m.group(3)), m.start(1))
    for m in _DEFINED_LIST.finditer(text, lo, hi) if _DEFINED_HEAD.search(clause) else ():
        items = m.group(1).split("、")
        items[0] = items[0][name_start(text, m.start(1), items[0]) :]
        start = m.end(1) - len("、".join(items))
        if text.endswith("通过", 0, start):
            continue  # 通过甲、乙的方式: the means of something else
        if not items[0] or all(item[0] in "可易能好" for item in items):
            continue  # 可复制、可推广的做法: qualities of a way, not its steps; 以及、甲、乙的机制: no first name
        if len(set(map(len, items))) == 1 and len(items[0]) >= 3 and not _in_quote(text, m.start()):
            listed = "、".join(items)
            yield Candidate(start, m.end(), "Mechanism", "enum-defined", 1, {listed, listed + m.group(2)})
    for m in _DEED_KINDS.finditer(text, lo, hi):
        if not _in_quote(text, m.start()):
            for k in range(m.start(), m.end(), 5):
                yield Candidate(k, k + 4, "Mechanism", "enum-item", 1, set())
    grouped = set()
    for m in _ENUM_GROUP.finditer(text, lo, hi) if "“" in clause and _GROUP_HINT.search(clause) else ():
        if _in_quote(text, m.start()) or not _balanced(m.group(1)):
            continue
        grouped.add(m.end())
        if _bodies(m.group(1).split("、")):
            continue  # 村党组织、物业公司“两家共商”机制: the parties; the quoted rule names the way
        items = m.group(1).split("、")
        items[-1] = items[-1].removesuffix("的")
        first_cut = _first_cut(text, m.start(1), items[0])
        start = m.start(1) + first_cut
        cls = _L.class_of(DEQUOTE.sub("", m.group(2))) or "Initiative"
        alts = {m.group(2), DEQUOTE.sub("", m.group(2))}
        yield Candidate(start, m.end(), cls, "enum-group", 1, alts, group=start)
        yield from _items(text, m.start(1), items, _item_class(m.group(2)), start)
    for m in _ENUM_HEAD.finditer(text, lo, hi) if "制" in clause else ():
        items = m.group(1).split("、")
        if _LAST_COUNT.search(items[-1]):
            continue  # 甲、乙和丙三项制度: a counted list, which the enumeration rule reads (the item took the count)
        joined = re.search("以及|和|及", items[-1]) is not None  # 甲、乙和丙制度: the last two joined by 和
        if len(items) + joined < 3:
            continue
        # a counted list (联席会议、问题共商、服务共评3项制度) names its items, not a whole of its own
        shortest = 4 if m.group(2) else 5
        if "等" in items[-1] or m.end() in grouped:
            continue  # …等3项机制, …“三包”工作机制: the enumeration rules read them
        if any(_RULE_NAMED.search(item) for item in [*items[:-1], *re.split("以及|和|及", items[-1])[:-1]]):
            continue  # 甲制度、乙制度和丙制度: each item carries its own head, a list of whole names
        if _in_quote(text, m.start()) or not all(map(_balanced, items)) or min(map(len, items[1:])) < shortest:
            continue  # “甲、乙、丙”三级联系机制: one quoted name, not a list
        if _bodies(items):
            continue
        first_cut = _first_cut(text, m.start(1), items[0])
        if _parties([items[0][first_cut:], *items[1:]]):
            # 乡镇、部门和村组联动机制: the parties listed before the way they join are one mechanism's
            yield Candidate(m.start(1) + first_cut, m.end(), "Mechanism", "enum-head", 1, set())
            continue
        start = m.start(1) + first_cut
        if not m.group(2) and not joined:
            cls = _L.class_of(m.group(3)) or "Mechanism"
            # …村干部包户的三级包联机制: what follows 的 is the way's own short name
            described = items[-1].rpartition("的")[2]
            short = "的" in items[-1] and len(described) >= 2
            alts = {described + m.group(3)} if short else set()
            # its short name meets the same name quoted elsewhere (a title's “三事分流”)
            core = described.removesuffix("工作") if short and len(described) >= 3 else None
            yield Candidate(start, m.end(), cls, "enum-head", 1, alts, core, group=start)
        # 县长督办、部门推进的工作机制, 甲包镇、乙包村的两级包联机制: clauses that define one way of
        # working, not members of a list
        if "的" not in items[-1]:
            yield from _items(text, m.start(1), items, "Mechanism", start, m.group(3))
    for m in _QUOTED_COUNTED.finditer(text, lo, hi) if "”" in clause else ():
        items = m.group(1).split("、")
        if all(item.endswith(_BUILDING) for item in items):
            continue  # “原址扩建、择址新建”两种方式: works on a building
        if (int(m.group(2)) if m.group(2).isdigit() else _NUMERALS.get(m.group(2))) == len(items):
            whole = m.group(0)
            cls = _L.class_of(whole) or "Mechanism"
            yield Candidate(m.start(), m.end(), cls, "enum-group", 1, {DEQUOTE.sub("", whole)}, group=m.start())
            if m.group(3) == "步" or m.group(4) == "工作法":
                continue  # “提事、议事、办事、评事”四步工作法: the steps of one method, no practice each
            for c in _items(text, m.start(1), items, _item_class(m.group(4)), m.start()):
                c.core, c.bare = c.text(text), True  # a quoted member meets its own quoted name (“甲”改革)
                yield c
    for m in _SET_UP_WAYS.finditer(text, lo, hi) if "建、" in clause else ():
        ways = m.group(1).split("、")
        if max(map(len, ways[1:])) >= 3 and not _in_quote(text, m.start()):  # 新建、改建: works on a building
            yield from _items(text, m.start(1), ways, "Mechanism", m.start(1))
    for m in _QUOTED_WAYS.finditer(text, lo, hi) if "建、" in clause else ():
        ways = m.group(1).split("、")  # “强村单建、多村联建”: the quote lists the ways, each a practice
        if min(map(len, ways)) >= 3 and not any(w.endswith(_BUILDING) for w in ways):
            yield from _items(text, m.start(1), ways, "Mechanism", m.start(1))
    for m in _QUOTED_NAMES.finditer(text, lo, hi) if "、" in clause and "”" in clause else ():
        yield from _quoted_names(text, m)
    for m in _SCHEDULE.finditer(text, lo, hi) if "制" in clause else ():
        schedule = _schedule(text, m)
        if schedule is not None:
            yield schedule
    for m in _KINDS.finditer(text, lo, hi) if "型、" in clause else ():
        ways = m.group(1).split("、")
        if max(map(len, ways[1:])) >= 3 and not _in_quote(text, m.start()):  # 新建、改建: works on a building
            yield from _items(text, m.start(1), ways, "Mechanism", m.start(1))
    yield from _pairs(text, lo, hi)


def _quoted_names(text: str, m: re.Match[str]) -> Iterator[Candidate]:
    """A quoted list whose members each end in a head noun after words of their own (“固定课堂、流动课堂、
    网上课堂”党员教育模式, “党员先锋岗、党员责任区”): the quote, with the head after it, names the whole, and
    each member names a practice of its own, a part of it."""
    members = m.group(1).split("、")
    heads = [_L.head_of(member) for member in members]
    if not all(
        h and len(x) - len(h) >= 2 and not _L.is_generic(x[: -len(h)]) for x, h in zip(members, heads, strict=True)
    ):
        return
    end = head_after(text, m.end(), True)
    group = m.start() if end else None  # without a head after it, the quote only lists its members
    if end:
        whole = text[m.start() : end]
        alts = {DEQUOTE.sub("", whole), m.group(0), m.group(1)}
        yield Candidate(m.start(), end, _L.class_of(whole) or "Mechanism", "enum-group", 1, alts, group=group)
    at = m.start(1)
    for member in members:
        yield Candidate(at, at + len(member), _L.class_of(member) or "Mechanism", "enum-item", 1, set(), group=group)
        at += len(member) + 1


def _shared_tail(items: list[str]) -> str:
    """The last word all items share when they are more than one and it leaves each item a modifier
    (自主成建、片区联建 share 建; 村民说事、干部夜访 share nothing)."""
    tail = items[-1]
    for item in items[:-1]:
        while tail and not item.endswith(tail):
            tail = tail[1:]
    return tail if len(items) > 1 and all(len(item) > len(tail) for item in items) else ""


def _bodies(items: list[str]) -> bool:
    """Whether half the listed items or more name bodies (村党组织, 物业公司, 县水利局): then the list
    names the parties of a practice, or who set it up, and none of them is a practice (one deed that ends
    in a body among practices, 支部创办劳务公司, leaves the list a list of practices)."""
    return 2 * sum(_BODY.search(item.strip('“”"')) is not None for item in items) >= len(items)


def _parties(items: list[str]) -> bool:
    """The listed items are parties and the last ends in the way they join (公安、法院和检察院衔接, 乡镇、
    部门和村组联动): each party is a bare noun, with no verb of its own, so the list is no list of practices."""
    parties = [*items[:-1], *re.split("以及|和|及", items[-1])]
    joined = _JOINED_PARTY.fullmatch(parties[-1])
    if joined is None:
        return False
    said = verbs()
    return all(
        2 <= len(p) <= 6 and not any(p[k : k + 2] in said for k in range(len(p) - 1))
        for p in [*parties[:-1], joined.group(1)]
    )


def _schedule(text: str, m: re.Match[str]) -> Candidate | None:
    """旬排查、季讲评制度; 日登记、周汇总、季评议机制: steps of one length, each led by its period, before a
    rule's head are one rule (the first step is cut out of the words before it)."""
    last = m.group(2)
    items = [*m.group(1).split("、")[:-1], last]
    if any(len(item) != len(last) for item in items[1:]) or len(items[0]) < len(last):
        return None
    items[0] = items[0][-len(last) :]
    if not all(_PERIOD.match(item) for item in items) or _in_quote(text, m.start()):
        return None
    start = m.start(2) - len("、".join(items[:-1])) - 1
    listed = "、".join(items)
    return Candidate(
        start, m.end(), "Mechanism", "enum-defined", 1, {listed, listed.replace("、", ""), listed + m.group(3)}
    )


def _pairs(text: str, lo: int, hi: int) -> Iterator[Candidate]:
    """Two practices sharing one head (建立联席会议、限时办结机制; 完善坐班值守和来访登记制度)."""
    for m in _PAIR_HEAD.finditer(text, lo, hi) if _PAIR_HINT.search(text, lo, hi) else ():
        first = m.group(1)[name_start(text, m.start(1), m.group(1)) :]
        if text[m.start(1) - 1 : m.start(1)] == "、" or len(first) < 4 or _L.head_of(first) or _L.is_generic(first):
            continue  # a longer list is the enumeration rules'; 联席会议制度、X机制: the first has its own head
        if name_start(text, m.start(2), m.group(2)) or first[:2] in verbs() or m.group(2)[:2] in verbs():
            continue  # 打破部门壁垒、创新分层机制: deeds listed, each with its own verb
        if _OBJECT_END.search(first):
            continue  # 矛盾问题和平安信息收集机制: what the practice handles, not a practice
        at = m.end(1) - len(first)
        yield Candidate(at, m.end(1), "Mechanism", "enum-item", 1, {first, first + m.group(3)})


def _item_class(group_head: str) -> str:
    """Parts of a programme (…等行动, “三大工程”) are initiatives; parts of a plan, model or system are
    standing practices (跟班学习、专题培训…“四项计划”)."""
    return "Initiative" if _PROGRAMME.search(group_head.strip("“”")) else "Mechanism"


_LAST_COUNT = re.compile("[\\d一二两三四五六七八九十]+[项种个类]$")
# a way called only a way, with a word of praise (好经验, 新做法, 先进典型): no practice named
_WAY_ONLY = re.compile("[\u4e00-\u9fff]{0,2}(?:经验|做法|举措|办法|典型|亮点)")


def _first_cut(text: str, at: int, item: str) -> int:
    """Where the first listed item (written at `at`) starts after the clause's verb. An item whose own last
    word is a boundary word (推行党组织联建、…) keeps it: the cut is looked for before that word."""
    cut = name_start(text, at, item)
    end = at + len(item)
    if cut == len(item) and len(item) > 4 and boundaries(text).span_at(end - 2) == (end - 2, end):
        return name_start(text, at, item[:-2])
    return cut


def _items(text: str, pos: int, items: list[str], cls: str, group: int, head: str = "") -> Iterator[Candidate]:
    """Each listed item as a candidate of the group; `head` is the head noun the items share (甲、乙制度)."""
    shared = _shared_tail(items)
    for i, raw in enumerate(items):
        at = text.find(raw, pos)
        pos = at + len(raw)
        # 采取自主成建、片区联建: the tail every item shares is the name's own, whatever word it is
        name = raw[_first_cut(text, at, raw[: len(raw) - len(shared)]) :] if i == 0 else raw
        verb = ADOPT.match(name) if i == 0 else None
        if verb and len(name) - verb.end() >= 4:
            name = name[verb.end() :]
        if i == 0 and "“" in name and not boundaries(text).is_boundary(at + len(raw) - len(name)):
            name = name[name.index("“") :]  # 落实村|级重大事项决策“四议两公开”: a list read from inside a word
        s = at + len(raw) - len(name)
        for part in re.split("以及|和|及", name) if i == len(items) - 1 else [name]:
            part = part.removesuffix("工作")
            ps = text.find(part, s)
            clean = part.strip('“”"')
            if len(clean) < 2 or _L.is_generic(clean) or _PERSON.search(clean) or _WAY_ONLY.fullmatch(clean):
                continue  # …, 好经验、好做法等: a way called only a way names none
            alts = {clean} | ({part} if part != clean else set()) | ({clean + head} if head else set())
            yield Candidate(ps, ps + len(part), cls, "enum-item", 1, alts, group=group)
