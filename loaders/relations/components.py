"""componentOf from the markers a sentence states between two named activities.

The layout of a report (headings, leads, enumerations) is read by the activities stage; this module
adds the parts a sentence says in so many words, wherever they stand:

- a means and its end: 以A为抓手(推进B), 以A推进B, 通过A、B推动C, 以A、B为主要形式的C → A (and B) serve the other
  (quoted names written side by side, “A”“B”, are a list as much as A、B);
- an umbrella and what is done under it: 围绕A(,)开展B、C → B and C are parts of A;
- a whole and what it holds: A中的B, A“B” written together (X行动“四个清单”), A,核心是构建B, A…,其中B,
  A…,分为B和C → B (and C);
- a name listed inside another's quoted name (“党组织领导—议事会协商—村委会实施”的自治机制 holds 议事会);
- a counted group and as many names on its head listed in its sentence (“两个驿站”: 甲驿站、乙驿站), or as many
  names of any kind listed right after a colon (“三项机制”：A制度、B制度和C制度).

>>> from pathlib import Path
>>> from loaders.pipeline import extract
>>> d = extract(Document(path=Path("x.txt"), text="某县经验\\n某县以“红色驿站”为抓手,深入推进“幸福家园”行动。\\n"))
>>> [(d.entities[r.subject].label, d.entities[r.object].label) for r in d.relations if r.predicate == "componentOf"]
[('“红色驿站”', '“幸福家园”行动')]
"""

from __future__ import annotations

import re

from loaders.activities import norm
from loaders.activities.parts import ACTIVITY_CLASSES as _ACTIVITY
from loaders.activities.parts import acted_on
from loaders.document import Document, Mention, Relation
from loaders.relations.announced import announced_parts
from loaders.relations.referred import referred_parts

__all__ = ["stated_components"]

_STOP = "。；;！？!?\n"
_STOP_MARK = re.compile(f"[{_STOP}]")
# 以A为抓手 / 以A为载体 …: A is the means of what the sentence goes on to do
_MEANS_AS = re.compile(r"为(?:重要|主要|有力|关键)?(?:抓手|载体|依托|平台|切入点|突破口|牵引|支撑|纽带|路径)")
# 以A推进B: A is the means of the practice the verb right after it pushes forward
_MEANS_TO = re.compile(r"[，,]?(?:来|全面|深入|持续|有效)?(?:推进|推动|促进|带动|助推|深化|落实)")
# 以A、B为主要形式的C: the forms C takes
_SETS_UP_UNDER = re.compile(r"[：:]|(?:建立|推出|设立|组建|搭建|开设|成立)了?[^，,。；;]{0,4}$")
_FORMS_OF = re.compile(r"为(?:主要|重要|基本)?(?:形式|内容|方式|途径)的")
# the verbs a list of deeds repeats before each item (通过建立A、推行B、开展C)
_DEED_VERB = r"(?:建立|推行|开展|实施|设立|组建|搭建|打造|推广|完善|健全|落实|用好|强化|深化|创新|实行|创建|举办|引入)"
_LIST = re.compile(rf"(?:[、和及与]|、(?:并|同时)?){_DEED_VERB}?")
# 通过A推动B: A serves B when a verb of pushing forward (or of building B: 通过建立A、推行B，构建C) stands between
_THROUGH = re.compile(rf"通过{_DEED_VERB}?$")
_THROUGH_TO = re.compile(
    r"[，,]?(?:来|进一步|持续|全面|不断|有效|深入|积极)?(?:推动|推进|助推|带动|促进|深化|落实|实现|服务|支撑|助力"
    r"|构建|打造|探索|健全|完善)"
    r"[^，,。；;]{0,6}$"
)
# 围绕A,…开展B: what is done around an umbrella programme belongs to it
# 围绕“五星”标准 / 围绕“双提升”目标: an aim or a yardstick the work is measured by holds no deeds
_AIM = re.compile(r"(?:标准|要求|目标|原则|理念|方针|主题|精神)[”\"]?$")
_AROUND_TASK = re.compile(r"(?:的)?(?:任务|要求|目标|主题|部署|重点)?(?:要求)?")
_DONE = re.compile(r"(?:开展|实施|推出|打造|举办|组织|启动|推行|建立|创建)[^，,。；;]{0,12}$")
# A,核心是构建B: the core of A is B
_CORE_IS = re.compile(r"[，,](?:其)?核心(?:是|在于)(?:构建|建立|打造|推行|实行|健全)?")
# A…,其中B、C: what follows 其中 is among A (no other name between them)
_AMONG = re.compile(r"[，,：:]\s*其中[^，,。；;]{0,16}$")
# A站点总面积864㎡,分为B和C两个区域: what the topic of the sentence is divided into
_DIVIDED = re.compile(r"[，,：:]\s*(?:主要|共|具体)?(?:分为|分成|划分为|细分为)$")
# 某某中心下设A、B两个站 / 搭建“某某”平台，开通A、B等功能模块 / 在各村党群服务中心设立A: a body's stations, a
# platform's channels; a platform or centre the work leans on (依托X平台开设A) only hosts it
_TOOL = re.compile(r"(?:平台|系统|中心|小程序|APP|App|驿站|服务站)[”\"]?$")
_TOOL_HOLDS = re.compile(r"[，,]?\s*(?:并|还)?(?:下设|设有|开设|开通|设置|设立|整合|集成|嵌入|接入)了?")
_HOSTED = re.compile(r"(?:依托|借助|利用|通过|运用|用好)[^，,。；;]{0,12}$")
# 出台《某县…办法》，明确实行A，在全县推行B: what the clauses after an issued document set up is the document's
_ISSUED = re.compile(r"(?:出台|印发|制定|发布|颁布|修订)了?$")
_DOCUMENT_SETS_UP = re.compile(
    r"(?:明确|规定|要求|提出)?(?:在全[县市区镇乡州旗]|全面|统一)?(?:推行|实行|建立|实施|设立)"
)
_CLAUSE_MARK = re.compile(r"[，,；;：:]")
# 在“某某”创建活动中，… / 作为“某某”建设的配套措施，…: a fronted frame whose sentence then sets up its parts
_FRAME_AT = re.compile(r"(?:^|[，,。；;\n])\s*(?:在|作为)$")
_FRAME_CLOSE = re.compile(
    r"(?:工作|活动|过程)?(?:中|期间|框架下|框架内)[，,]|的(?:配套|重要|主要|具体)?(?:措施|举措|内容|组成部分|部分|延伸)[，,]"
)
_FRAME_SETS_UP = re.compile(
    r"[^，,。；;“”\"]{0,8}?(?:先后|还|并|同步|积极)?(?:推出|建立|设立|开展|推行|实施|组建|搭建|举办|开设|实行|创建)了?"
)
_WRITTEN_TOGETHER = re.compile(r"(?:中的|里的|之)?")
# 推动党群服务中心“去行政化”: a change made to the thing named before it (…化), no part of it
_CHANGE_MADE = re.compile(r"化[”\"]$")
_CLOSERS = ("”", '"', "’", "》", "」")
_OPENERS = ("“", '"', "‘", "「")


def stated_components(doc: Document) -> None:
    """Add the componentOf relations that a sentence states between two of its activities."""
    seen = {(r.subject, r.object) for r in doc.relations if r.predicate == "componentOf"}

    def add(part: str, whole: str, i: int) -> None:
        if part != whole and (part, whole) not in seen and (whole, part) not in seen:
            seen.add((part, whole))
            if not acted_on(doc.entities[part].label, doc.entities[whole].label):
                doc.relations.append(Relation(part, "componentOf", whole, i))

    by_passage: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.cls in _ACTIVITY and m.key and m.key in doc.entities:
            by_passage.setdefault(m.passage, []).append(m)
    for i, found in by_passage.items():
        found.sort(key=lambda m: (m.start, -m.end))
        acts = [m for k, m in enumerate(found) if not any(o.start <= m.start and m.end <= o.end for o in found[:k])]
        for part, whole in _pairs(doc.text, acts):
            add(part, whole, i)
    for part, whole, i in _listed_inside(doc) + referred_parts(doc, by_passage) + announced_parts(doc, by_passage):
        add(part, whole, i)
    for i, found in by_passage.items():
        for part, whole in _counted_members(doc.text, found):
            add(part, whole, i)


def _pairs(text: str, acts: list[Mention]) -> list[tuple[str, str]]:
    """(part, whole) keys that the markers between the activities of one passage state."""
    out: list[tuple[str, str]] = []
    for k, a in enumerate(acts):
        rest = acts[k + 1 :]
        after = [b for b in rest if not _stop_between(text, a.end, b.start)]
        if text.endswith("以", 0, a.start) and (held := _roles_of(text, acts, k)):
            out += held  # 构建以A为核心、B为延伸的C: each name given a role in C is a part of it
        if text.endswith("以", 0, a.start) and (term := _term_of(text, acts, k)):
            out += term  # 构建“1+N”体系，以A为“1”，以B、C等为“N”: each name a term of the formula stands for
        if text.endswith("以", 0, a.start):
            members = _listed(text, acts, k)
            last = members[-1]
            forms = _FORMS_OF.match(text, last.end)
            nxt = next((b for b in after if b.start >= last.end), None)
            means = _MEANS_AS.match(text, last.end)
            # 以A为牵引，推动居委会、业委会…同向发力: what the means drives is the bodies listed, not one of them;
            # 以A为抓手，推出三项举措：建立B: what the sentence sets up under A is A's, not what A serves
            driven = (
                means is not None
                and nxt is not None
                and "、" not in text[means.end() : nxt.start]
                and not _SETS_UP_UNDER.search(text, means.end(), nxt.start)
            )
            if nxt is not None and (
                (forms is not None and nxt.start - forms.end() <= 12)
                or driven
                or _MEANS_TO.fullmatch(text, last.end, nxt.start)
            ):
                out += [(m.key or "", nxt.key or "") for m in members]
        if _THROUGH.search(text, max(0, a.start - 6), a.start):  # 通过A、B等方式推动C: each means listed serves C
            members = _listed(text, acts, k)
            tail = members[-1].end
            nxt = next((b for b in after if b.start >= tail and _THROUGH_TO.search(text, tail, b.start)), None)
            if nxt is not None:
                out += [(m.key or "", nxt.key or "") for m in members]
        if text.endswith("围绕", 0, a.start) and not _AIM.search(a.text):
            task = _AROUND_TASK.match(text, a.end)
            if task is not None:
                nxt = next((b for b in after if _DONE.search(text, task.end(), b.start)), None)
                if nxt is not None:  # 围绕A,实施B、C和D: each item listed is done under A
                    out += [(b.key or "", a.key or "") for b in _listed(text, after, after.index(nxt))]
        among = next((b for b in after if _AMONG.search(text, a.end, b.start)), None)
        if among is not None and not any(a.end <= c.start and c.end <= among.start for c in after):
            out += [(b.key or "", a.key or "") for b in _listed(text, after, after.index(among))]
        split = next((b for b in after if _DIVIDED.search(text, a.end, b.start)), None)
        if split is not None and not any(a.end <= c.start and c.end <= split.start for c in after):
            out += [(b.key or "", a.key or "") for b in _listed(text, after, after.index(split))]
        if after and _holds_listed(text, a, after[0]):
            out += [(b.key or "", a.key or "") for b in _listed(text, after, 0)]
        if a.cls == "PolicyDocument" and _ISSUED.search(text, max(0, a.start - 4), a.start):
            out += [(b.key or "", a.key or "") for b in _set_up_by_document(text, a, after)]
        close = _FRAME_CLOSE.match(text, a.end)
        if close and _FRAME_AT.search(text, max(0, a.start - 3), a.start):
            out += [(b.key or "", a.key or "") for b in _set_up_in_frame(text, close.end(), after)]
        core = _CORE_IS.match(text, a.end)
        if core is not None and after and after[0].start - core.end() <= 12:
            out.append((after[0].key or "", a.key or ""))
        if (
            rest
            and not text.endswith(_CLOSERS, a.start, a.end)
            and text.startswith(_OPENERS, rest[0].start)
            and _WRITTEN_TOGETHER.fullmatch(text, a.end, rest[0].start)
            and not _CHANGE_MADE.search(rest[0].text)
        ):  # 网格化管理“多网合一”工作: a name after a head noun; “A”“B” written side by side is a list
            out.append((rest[0].key or "", a.key or ""))
    return out


# 以A为核心、B为支撑的C: the roles the members of a whole play in it
_ROLE = re.compile(
    r"[”\"’]?为(?:核心|龙头|主体|中心|基础|依托|骨干|主阵地|枢纽|主导|主线|延伸|支撑|补充|节点|网点|辅助|末梢|触角|纽带"
    r"|载体|保障|平台|阵地)"
)
_NEXT_ROLE = re.compile(r"[、，,]\s*以?")
_ROLES_END = re.compile(r"的[^，,。；;“”\"]{0,10}")


# 以B、C等为“N”: the term of a formula (“1+N”, “1+3+X”) the names listed stand for
_AS_TERM = re.compile(
    r"(?:[、和及与]?[“\"][^“”\"]{1,20}[”\"])*\s*等?(?:[\u4e00-\u9fff]{0,6}?)为[“\"]([0-9A-Za-z一二三四五六七八九十]{1,2})[”\"]"
)
_FORMULA = re.compile(r"[“\"]([0-9A-Za-z一二三四五六七八九十]{1,2}(?:[+＋][0-9A-Za-z一二三四五六七八九十]{1,2})+)[”\"]")


def _term_of(text: str, acts: list[Mention], k: int) -> list[tuple[str, str]]:
    """(member, whole) for 以B、C等为“N” after a whole named by a formula (“1+N”矛盾调处体系) earlier in the sentence:
    the names listed stand for one of its terms."""
    members = _listed(text, acts, k)
    term = _AS_TERM.match(text, members[-1].end)
    if term is None:
        return []
    wholes = [
        w
        for w in acts[:k]
        if w.key
        and not _stop_between(text, w.end, acts[k].start)
        and (f := _FORMULA.search(w.text))
        and term.group(1) in re.split("[+＋]", f.group(1))
    ]
    if not wholes:
        return []
    return [(m.key or "", wholes[-1].key or "") for m in members if m.key and m.key != wholes[-1].key]


def _roles_of(text: str, acts: list[Mention], k: int) -> list[tuple[str, str]]:
    """(member, whole) for 以A为核心、B为延伸的C: names each given a role, chained by 、 or ，, then 的 and the
    whole they make up."""
    members: list[Mention] = []
    j = k
    while j < len(acts) and (role := _ROLE.match(text, acts[j].end)) is not None:
        members.append(acts[j])
        if j + 1 < len(acts) and _NEXT_ROLE.fullmatch(text, role.end(), acts[j + 1].start):
            j += 1
            continue
        tail = _ROLES_END.match(text, role.end())
        whole = next((b for b in acts[j + 1 :] if tail and b.start <= tail.end() and b.start >= tail.start()), None)
        if whole is None or not whole.key:
            return []
        return [(m.key or "", whole.key) for m in members if m.key and m.key != whole.key]
    return []


def _set_up_by_document(text: str, document: Mention, after: list[Mention]) -> list[Mention]:
    """The practices that the clauses after an issued document set up (出台《…办法》，明确实行A，推行B)."""
    out = []
    for b in after:
        marks = [m.end() for m in _CLAUSE_MARK.finditer(text, document.end, b.start)]
        if marks and b.cls != "PolicyDocument" and _DOCUMENT_SETS_UP.match(text, marks[-1]):
            out.append(b)
    return out


def _set_up_in_frame(text: str, start: int, after: list[Mention]) -> list[Mention]:
    """What the sentence after a fronted frame (在X活动中，…) sets up: a name its clause's verb governs, and the
    names listed right after it (推出A和B)."""
    out: list[Mention] = []
    for b in after:
        if b.start < start:
            continue
        marks = [m.end() for m in _CLAUSE_MARK.finditer(text, start, b.start)]
        lo = marks[-1] if marks else start
        if _FRAME_SETS_UP.fullmatch(text, lo, b.start) or (out and _joined(text, out[-1], b)):
            out.append(b)
    return out


def _holds_listed(text: str, a: Mention, b: Mention) -> bool:
    """Whether `a` is a body or platform whose next words say it holds what is listed from `b` on."""
    hosted = _HOSTED.search(text, max(0, a.start - 14), a.start)
    return bool(_TOOL.search(a.text) and not hosted and _TOOL_HOLDS.fullmatch(text, a.end, b.start))


_QUOTED = re.compile(r"[“\"]([^”\"]{4,160})[”\"]")
_QUOTE_BEFORE = re.compile(r"[“\"]([^“”\"]{4,160})[”\"]的?$")
# the marks between the steps of a quoted chain; “A+B+C” joins parties or fields, whose items are no practices
_ITEM_MARKS = re.compile(r"\s*(?:[、，,；;/／]|—+|-+|→)\s*")
# “A—B—C”四级体系 / “A、B、C”三方机制: a chain counted by its levels or parties lists bodies, not steps
_LEVELS = re.compile(r"[一二两三四五六七八九十\d]+(?:级|方|层)")


def _listed_inside(doc: Document) -> list[tuple[str, str, int]]:
    """(part, whole, passage): a name (3 characters or more) that is an item of another's quoted list, alone or
    opening the item (议事会 in “…—议事会、参事会民主协商—…”); the list may be the quote that describes the
    name right before it (“A—B—C”的自治机制). A list of levels or parties (“A—B—C”三级体系) holds none."""
    names = {e.key: norm(e.label) for e in doc.entities.values() if e.cls in _ACTIVITY}
    out = []
    for m in doc.mentions:
        if m.cls not in _ACTIVITY or not m.key or m.key not in names:
            continue
        quotes = [q.group(1) for q in _QUOTED.finditer(m.text) if not _LEVELS.match(m.text, q.end())]
        before = (
            _QUOTE_BEFORE.search(doc.text, max(0, m.start - 170), m.start) if _after_quote(doc.text, m.start) else None
        )
        if before is not None and not _LEVELS.match(m.text):
            quotes.append(before.group(1))
        items = [norm(item) for q in quotes if _ITEM_MARKS.search(q) for item in _ITEM_MARKS.split(q)]
        if not items:
            continue
        openings = {item[:n] for item in items for n in range(3, len(item) + 1)}  # what an item starts with
        for key, name in names.items():
            if key != m.key and name in openings:
                out.append((key, m.key, m.passage))
    return out


# “三个课堂”, “两大平台”: a quoted count of things of one kind, named by their shared head noun
_COUNTED_KIND = re.compile(r"([一二两三四五六七八九十])[个大项类种支张条座]([\u4e00-\u9fff]{1,4})[”\"]")
_NUMBERS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
_MEMBER_END = re.compile(r"[”\"’]+$")


def _counted_members(text: str, acts: list[Mention]) -> list[tuple[str, str]]:
    """(member, group): a counted group (“三个课堂”) and, in its sentence, a list of exactly as many names that
    end on the group's head noun (甲课堂、乙课堂、丙课堂), or a list of as many right after a colon that follows
    it (“三项机制”：A制度、B制度和C制度): the members it counts."""
    out: list[tuple[str, str]] = []
    acts = sorted(acts, key=lambda m: m.start)
    for g in acts:
        counted = _COUNTED_KIND.search(g.text)
        if counted is None or not g.key:
            continue
        n, head = _NUMBERS[counted.group(1)], counted.group(2)
        after = next((k for k, m in enumerate(acts) if m.start == g.end + 1), None)
        if text[g.end : g.end + 1] in "：:" and after is not None:  # “三个一”：A、B、C — as many as it counts
            run = _listed(text, acts, after)
            if len(run) == n:
                out += [(m.key or "", g.key) for m in run if m.key and m.key != g.key]
        k = 0
        while k < len(acts):
            run = _listed(text, acts, k)
            k += len(run)
            named = [m for m in run if m.key and m.key != g.key and _MEMBER_END.sub("", m.text).endswith(head)]
            if len(run) == n and len(named) == n:
                out += [(m.key or "", g.key) for m in named]
    return out


def _after_quote(text: str, pos: int) -> bool:
    """Whether `_QUOTE_BEFORE` may end at `pos` (a closing quote, perhaps 的 after it, perhaps a line end
    last): the cheap test before the pattern, which would try every quote of the window."""
    tail = text[max(0, pos - 3) : pos]
    return tail.removesuffix("\n").endswith(("”", '"', "”的", '"的'))


def _listed(text: str, acts: list[Mention], k: int) -> list[Mention]:
    """acts[k] and the names listed right after it (A、B和C)."""
    members = [acts[k]]
    while k + 1 < len(acts) and _joined(text, acts[k], acts[k + 1]):
        k += 1
        members.append(acts[k])
    return members


def _joined(text: str, a: Mention, b: Mention) -> bool:
    """Whether `b` is listed right after `a`: a list mark between them, or two quoted names written side by
    side (“积分超市”“红黑榜”), which Chinese lists without a mark."""
    if _LIST.fullmatch(text, a.end, b.start):
        return True
    return a.end == b.start and text.endswith(_CLOSERS, a.start, a.end) and text.startswith(_OPENERS, b.start)


def _stop_between(text: str, start: int, end: int) -> bool:
    return _STOP_MARK.search(text, start, end) is not None
