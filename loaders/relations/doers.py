"""Who acts at a place in the text: the doer a sentence names, else the report's subject.

A report's subject does everything its report describes unless the sentence names another actor (an
enterprise, a community, a department) opening a clause before the deed; a body founded earlier in the
sentence acts in its later clauses; an anaphor (该公司, 该村) that opens a later clause hands the deed to
the body of its kind named last; a village or community named as doer keeps the deeds of its paragraph.
The subject's words for itself act for it, and its own party leadership reports its figures (`selves`).
Used by the relations and metrics stages; `agents` reads the doers a practice's own clause names before
these rules, and `figures` who reports a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders import names
from loaders.document import Document, Mention
from loaders.names.references import doer_start
from loaders.relations import selves
from loaders.relations.mentions import activity_spans, org_mentions, per_document
from loaders.relations.speakers import SPEAKER, speaker
from loaders.scanning import gated
from loaders.segment import ITEM_MARK

__all__ = [
    "DOING",
    "FOUNDING",
    "actor_of",
    "clause_end",
    "contains",
    "defined_owner",
    "doer_mentions",
    "doers",
    "founded",
    "fronted_doer",
    "listed_with",
    "placed",
    "proposals",
    "verb_subject",
]

_LOCAL = frozenset({"Village", "Community"})
_BELOW = frozenset({"Village", "Community", "Township"})  # 全村, 全镇: the unit of the level named before
_GOES_ON = re.compile("同时|并且|此外|另外|与此同时")
_BARE_DOER = gated(  # tried at each of 80 characters before a deed: a look-ahead of its first characters first
    "(?:(?:该|本|这个)?(?P<kind>党委|党支部|党组|局|委|公司|企业|村|社区)(?:里)?"
    "|(?:该|本|这个)(?P<unit>街道|区|县|市|镇|乡|旗)"  # 该区以…为切入点: the district named last
    "|(?P<seat>镇|乡)(?:里|党委))(?=[^，,。；;]{1,4})"  # 镇里还建立…, 镇党委推行…: the town named last
    # 社区党组织通过…, 村干部…: a class of bodies or people, not the one named last
    "(?!党组织|党员|干部|居民|村民|群众|书记|工作者|两委|“两委”)"
)
_CLAUSE_MARK = re.compile("[，,；;：:]")
_CLAUSE_STOP = re.compile("[，,。；;！？!?\n]")


def clause_end(text: str, pos: int, end: int) -> int:
    """Where the clause at `pos` ends: its next comma or stop, else `end`."""
    m = _CLAUSE_STOP.search(text, pos, end)
    return m.start() if m else end


def actor_of(doc: Document, passage: int, pos: int) -> str | None:
    """The organization doing what is written at `pos`: one the sentence names, else the report's subject
    (else the document's place).

    Doers are organizations that open a clause (`references.doer_start`). The doer of the clause at
    `pos` if it names one, else the sentence's first doer (荣军街道探索…,区城管局等部门接到…后限时响应,
    今年累计处置问题8300余件 → 荣军街道). An address chain names its last unit as the doer
    (凤山乡银川村从… → 银川村); a village or community named as doer earlier in the same paragraph stays
    the doer until another is named; a unit that contains the report's subject is an address prefix
    (山东省鱼台县 → 鱼台县), not another actor.
    """
    subject = names.subject_of(doc, passage)
    key = None
    for rule, found in _proposed(doc, passage, pos):  # the first rule with a body decides
        if found or rule in _OPENERS:  # an opener decides even where its unit is only a scope (全市…)
            key = found
            break
    if key is not None and subject is not None and contains(key, subject) and not _named_alone(doc, passage, key, pos):
        key = subject
    if key or subject:
        return key or subject
    # a report whose lead names nobody: the document's own place speaks for it
    return doc.place if doc.place in doc.entities and doc.passages[passage].report is not None else None


_OPENERS = ("anaphor", "founded", "sentence")  # bodies the clause itself names, carried down their address chain


def _proposed(doc: Document, passage: int, pos: int) -> Iterator[tuple[str, str | None]]:
    """Each rule's body at `pos`, in the order `actor_of` trusts them, computed only as far as it is read:
    the bodies the clause names (an opener only where it names one), then the scene a clause names, and,
    outside a heading, a referent, the paragraph's continued or carried doer. A short line that is a
    sentence (在某乡，“某某”调解队活跃在…。) still says where it is done."""
    for rule, find in zip(_OPENERS, (_anaphor, founded, _sentence_doer), strict=True):
        if key := find(doc, passage, pos):
            yield rule, _innermost(doc, passage, key, pos)
    yield "speaker", speaker(doc, passage)
    yield "located", _located(doc, passage, pos)
    if _item(doc, passage):  # 甲镇整合…。一是实施…: a point run in after its paragraph's sentences
        yield "carried", _carried(doc, passage)
    elif not doc.passages[passage].heading:
        yield "referent", _referent(doc, passage, pos)
        yield "continued", _continued(doc, passage)
        yield "carried", _carried(doc, passage)


def proposals(doc: Document, passage: int, pos: int) -> dict[str, str]:
    """What each of `actor_of`'s rules proposes at `pos`, all of them (the ranker weighs them as evidence):
    rule name -> organization key; `address` is the subject when a proposed unit contains it (an address
    prefix), `subject` the report's subject."""
    out: dict[str, str] = {}
    subject = names.subject_of(doc, passage)
    for rule, key in _proposed(doc, passage, pos):
        if not key:
            continue
        out[rule] = key
        if subject is not None and contains(key, subject) and not _named_alone(doc, passage, key, pos):
            out.setdefault("address", subject)
    if subject is not None:
        out["subject"] = subject
    return out


def _named_alone(doc: Document, passage: int, key: str, pos: int) -> bool:
    """A unit above the report's subject named in full as the doer, no unit of its own after it (重庆市制定…,
    not 山东省|鱼台县): it acts itself; as an address prefix it only says where the subject lies."""
    orgs = [m for m in org_mentions(doc, passage) if m.start < pos]
    named = [k for k, m in enumerate(orgs) if m.key == key]
    named = [k for k in named if not orgs[k].text.startswith("全")] or named  # 某区在全区推广…: the unit, not its scope
    if not named:
        return False
    k = named[-1]
    m = orgs[k]
    chained = k + 1 < len(orgs) and orgs[k + 1].start == m.end
    return not chained and not m.text.startswith("全") and doer_start(doc.text, m.start, m.end)


FOUNDING = re.compile("(?:牵头|领办|发起)?(?:成立|组建|创办|注册)了?$")


# 引入某某公司实施…: the company brought in is the subject of the verb right after it (a pivot), and of the
# clauses after that; 引入某某公司，… or 引入甲、乙等企业 names only whom the unit brought in
_PIVOT = re.compile("(?:引入|引进|吸引)$")
_VERB_NEXT = re.compile('[^、等的和与及，,。；;：:（(“"]')


def founded(doc: Document, passage: int, pos: int) -> str | None:
    """An enterprise founded or brought in earlier in the sentence acts in its later clauses: 村党支部牵头成立
    永兴农机合作社,整合土地1.8万亩 → the cooperative integrates the land. A team, association or committee a
    unit sets up (成立某某志愿服务队,开展活动120场) is the unit's instrument: its deeds and figures stay the unit's."""
    text = doc.text
    for m in reversed(org_mentions(doc, passage)):
        if m.end > pos or not m.key or m.text.startswith("全"):  # 全村: a scope word, not an actor
            continue
        ent = doc.entities.get(m.key)
        if ent is None or ent.cls != "Enterprise":
            return None
        pivot = _PIVOT.search(text, max(0, m.start - 2), m.start) and _VERB_NEXT.match(text, m.end)
        if not pivot and not FOUNDING.search(text, max(0, m.start - 6), m.start):
            return None
        if len(ent.label) < 6:
            return None  # 组建物业公司: a kind of body, not one named
        between = text[m.end : pos]
        if pivot and _SERVES.fullmatch(between):
            return m.key  # 引入某某公司提供“菜单式”服务: the company brought in does what its own verb names
        return m.key if _CLAUSE_MARK.search(between) and not _ANY_STOP.search(between) else None
    return None


# the verb a body brought in does right after its name (引入X提供/运营/负责…)
_SERVES = re.compile("(?:提供|运营|负责|承接|开展|实施|推行|打造|建设)")


_ANY_STOP = re.compile("[。！？!?；;]")


def _sentence_doer(doc: Document, passage: int, pos: int) -> str | None:
    doers = [m for m in doer_mentions(doc, passage) if m.start < pos]
    if not doers:
        return None
    last = doers[-1]
    if _GROUP_COUNT.fullmatch(doc.text, last.end, pos):
        return None  # 甲公司等15家企业建成…: the figure counts a group the body only heads
    if not _CLAUSE_MARK.search(doc.text, last.end, pos):
        # A、B等部门参与的|X制度: the bodies describe what is set up, the one who sets it up is not named
        return None if doc.text.endswith(_TAKING_PART, last.end, pos) else last.key
    first = doers[0]  # the sentence's subject, unless a clause before it already acts with no subject named
    # 某镇强村公司——某某有限公司承接…: the name the dash gives is the subject; so is the body a scope ranks
    # (全县龙头企业|某某公司…: 全县 says among whom, the company acts)
    named = len(doers) > 1 and (doc.text.endswith("——", 0, doers[1].start) or first.text.startswith("全"))
    if named and not _CLAUSE_MARK.search(doc.text, first.end, doers[1].start):
        first = doers[1]
    if passage not in _OPENED:  # kept per passage with the mention index
        before = doc.text[doc.passages[passage].start : first.start]
        _OPENED[passage] = not any(_OWN_DEED.search(c) for c in _CLAUSE_MARK.split(before)[:-1])
    listed = doc.text.startswith(_LISTED, last.end) or doc.text.endswith(("、", "和", "及"), 0, last.start)
    if _OPENED[passage]:
        # 甲区、乙区打造…，丙区建设…，吸引团队32个: a unit of the same kind that opens a later clause on its own
        # (not one of a list) is the topic of the clauses after it
        same_kind = (last.key or "").startswith("place/") == (first.key or "").startswith("place/")
        return last.key if last is not first and not listed and same_kind else first.key
    # 推行某某模式，某公司与12个村签订协议，带动农户…: a company or institution that opens a later clause is
    # its topic and does the subject-less clauses after it (a listed group of bodies, 甲局、乙局等部门常驻, is not)
    return last.key if first is last and last.cls in _HEAD_BODIES and not listed else None


_LISTED = ("、", "等", "和", "及")
_GROUP_COUNT = re.compile("等[近约共计逾超]{0,2}")


_OPENED: dict[int, bool] = per_document({})
_TAKING_PART = ("参与的", "配合的", "参加的", "协同的", "协作的")
# a clause that opens its sentence with a deed of its own and no subject (在X建成Y中心,A局等部门常驻,…): the
# sentence is the report subject's, and a body named later is the subject of its own clause only
_OWN_DEED = re.compile(
    "^(?!为|为了|围绕|按照|根据|针对|聚焦|立足|坚持|结合|通过|依托|借助|紧扣|着眼|以)"
    ".*(?:建成|设立|成立|出台|制定|印发|实施|开展|推行|建立|打造|组建)"
)


_DOERS: dict[int, list[Mention]] = per_document({})


def doer_mentions(doc: Document, passage: int) -> list[Mention]:
    """The clause-opening organization mentions of a passage (kept with the mention index below)."""
    orgs = org_mentions(doc, passage)  # refreshes the index, and clears _DOERS, when the document changes
    if passage not in _DOERS:
        text = doc.text
        named = activity_spans(doc, passage)
        found, modified = [], []
        for m in orgs:
            if _inside(m, named) or _quoted_speaker(text, m, orgs):
                continue
            if (lo := _modifier_start(text, m)) is not None:
                modified.append((lo, m.start))
                found.append(m)
            elif doer_start(text, m.start, m.end):
                found.append(m)
        # 某园区内的某公司与…签订, 某村党支部领办的某合作社流转…: a unit inside the modifier only qualifies the head
        found = [m for m in found if not any(lo <= m.start < head for lo, head in modified)]
        own = selves.self_mentions(doc, passage)
        if own:
            found = sorted(found + own, key=lambda m: m.start)
        _DOERS[passage] = found
    return _DOERS[passage]


def _quoted_speaker(text: str, m: Mention, orgs: list[Mention]) -> bool:
    """某部副部长某某介绍，从2011年起，某区已…: an official's body that only speaks for a unit the reported
    clauses name; where they name none (镇里将…, 学校通过…) the speaker's body speaks of its own deeds."""
    said = SPEAKER.match(text, m.end)
    return said is not None and any(o.start >= said.end() and o.key and doer_start(text, o.start, o.end) for o in orgs)


# a clause opening on a preposition or a verb that makes others act: the body after its 的 is an object
_GOVERNED = re.compile(
    "(?:在|于|对|向|为|从|与|和|同|随着|依托|通过|借助|按照|根据|围绕|针对|联合|携手|支持|帮助|引导|鼓励|推动|组织|指导|要求|动员|"
    "引进|引入|邀请|聘请|依靠|利用|发挥|把|将|让|使|由)"
)
_HEAD_BODIES = frozenset({"Enterprise", "SocialOrganization", "ResearchInstitution"})


def _modifier_start(text: str, m: Mention) -> int | None:
    """Where the modifier of a clause's head body starts, when `m` is that head: 该村党支部领办的某某合作社流转
    土地…, 某园区内的某某公司与…签订: a body after the 的 that closes its clause's modifier heads the clause's
    subject, and its verb follows it."""
    if m.cls not in _HEAD_BODIES or not text.startswith("的", m.start - 1):
        return None
    mark = _CLAUSE_START.search(text, max(0, m.start - 30), m.start)
    if mark is None:
        return None
    run = text[mark.start() + 1 : m.start]
    listed = text.startswith(("的", "等", "、", "和", "及"), m.end)  # 新组建的甲、乙等5个公司: objects listed
    return mark.start() + 1 if 2 <= len(run) <= 24 and not _GOVERNED.match(run) and not listed else None


_CLAUSE_START = re.compile("[，,；;。！？!?\n][^，,；;。！？!?\n]*$")


def _inside(m: Mention, activities: list[tuple[int, int]]) -> bool:
    """元泰化工|研发平台…不达标: an organization that opens an activity's name owns it; it does nothing."""
    return any(s <= m.start and m.end < e for s, e in activities)


def _innermost(doc: Document, passage: int, key: str, pos: int) -> str | None:
    """The doer a chain of names ends with (凤山乡|银川村); None for a scope word (全市65所学校)."""
    orgs = [m for m in org_mentions(doc, passage) if m.start < pos]
    ats = [k for k, m in enumerate(orgs) if m.key == key]
    named = [  # 日兴镇探索…，带动全镇: the doer was named before its scope word
        k for k in ats if not orgs[k].text.startswith("全") and doer_start(doc.text, orgs[k].start, orgs[k].end)
    ]
    at = max(named or ats, default=None)
    if at is None:
        return key
    while at + 1 < len(orgs) and orgs[at + 1].start == orgs[at].end:
        at += 1
    if orgs[at].text.startswith("全") and orgs[at].cls not in _BELOW:
        return None  # 全市65所学校: a scope of the county's report; 全村 after a village named: that village
    return orgs[at].key or key


_AT_LEAD = re.compile(r"(?:近日|日前|当天|近年来|(?:\d{4}年)?\d{1,2}月\d{1,2}日)?[，,]?")
# the scene a clause opens on: 在X, 走进X (a reporter's visit), 来到X; a compass region may come first (在皖南X)
_SCENE_WORDS = ("走进", "来到", "走访", "步入")
_SCENE = re.compile(
    r"(?:(?:[^，,。；;]{0,12}?(?:记者|我们|笔者))?(?:走进|来到|走访|步入)|在)"
    r"(?:[东南西北]{1,2}部?|[\u4e00-\u9fff][东南西北]{1,2})?$"
)


def _located(doc: Document, passage: int, pos: int) -> str | None:
    """1月20日,在城关镇东街社区,一场…活动… / 记者走进X社区,…: the place a clause names alone (在X,)
    is where the deeds after it are done."""
    text = doc.text
    orgs = [m for m in org_mentions(doc, passage) if m.end < pos]
    scenes = _scenes(doc, passage)
    for k, m in enumerate(orgs):
        if k and orgs[k - 1].end == m.start:
            continue  # inside a chain: 在柳河区|城关镇
        if m.start not in scenes:
            continue
        members, last = [], k  # 在柳河区|城关镇: a chain's last unit; 在甲街道、乙街道开展…: each listed one
        while True:
            while last + 1 < len(orgs) and orgs[last + 1].start == orgs[last].end:
                last += 1
            members.append(last)
            if last + 1 < len(orgs) and text[orgs[last].end : orgs[last + 1].start] == "、":
                last += 1
                continue
            break
        first = orgs[members[0]].key  # the list's first unit (`doers` adds those listed after it)
        if text.startswith(("，", ","), orgs[last].end):
            return first
        ent, end = doc.entities.get(orgs[last].key or ""), orgs[last].end
        if ent is not None and ent.cls in _PLACES and (_DOING.match(text, end) or _TRIED.match(text, end)):
            return first  # 在某镇试点开展…，调处纠纷83件: the unit the practice is set up in
    return None


_SCENES: dict[int, set[int]] = per_document({})


def _scenes(doc: Document, passage: int) -> set[int]:
    """Where a mention of the passage opens a scene (在X, 走进X after nothing but a time), by its start: the
    test reads only the clause before the mention, so it is made once per passage (kept with the mention
    index) instead of once per practice and figure after it."""
    orgs = org_mentions(doc, passage)  # refreshes the index, and clears _SCENES, when the document changes
    if passage not in _SCENES:
        text, start = doc.text, doc.passages[passage].start
        found = set()
        for m in orgs:
            near = text[max(start, m.start - 5) : m.start]
            if "在" not in near and not any(w in near for w in _SCENE_WORDS):
                continue
            lo = max(start, *(text.rfind(c, start, m.start) + 1 for c in "，,；;…"))
            scene = _SCENE.search(text, lo, m.start)
            if scene is not None and _AT_LEAD.fullmatch(text, lo, scene.start()):
                found.add(m.start)
        _SCENES[passage] = found
    return _SCENES[passage]


def _referent(doc: Document, passage: int, pos: int) -> str | None:
    """A bare 党委 / 该局 / 村里 opening a clause before `pos`: the body of that kind named last before it."""
    text, p = doc.text, doc.passages[passage]
    for m in _BARE_DOER.finditer(text, max(p.start, pos - 80), pos):
        if not doer_start(text, m.start(), m.end()):
            continue
        kind = m.group("kind") or m.group("unit") or m.group("seat")
        for j in range(passage, max(-1, passage - 6), -1):
            if doc.passages[j].report != p.report:
                break
            named = [o for o in org_mentions(doc, j) if o.end <= m.start() and o.text.endswith(kind) and o.key]
            if named:
                return named[-1].key
    return None


# 该公司/这家企业/该村 opening a clause: the body of that kind named last (by the endings its names have)
_ANAPHOR = re.compile(
    "(?:该|这个|这家|这所|此)(?P<kind>公司|企业|合作社|集团|中心|医院|卫生院|卫生室|学校|协会|村|社区|街道|镇|乡)"
)
_KIND_CLASSES = {
    "村": ("Village",),
    "社区": ("Community",),
    "街道": ("Township",),
    "镇": ("Township",),
    "乡": ("Township",),
    **dict.fromkeys(("公司", "企业", "合作社", "集团"), ("Enterprise",)),
}


def _anaphor(doc: Document, passage: int, pos: int) -> str | None:
    """该公司进驻以来… / 这家企业…: an anaphor that opens a clause after the sentence's last named doer and
    before `pos` takes the deed from that doer: the body of its kind named last before it."""
    text, p = doc.text, doc.passages[passage]
    if pos <= p.end and not _has_anaphor(doc, passage):
        return None
    floor = max([p.start] + [m.end for m in doer_mentions(doc, passage) if m.start < pos])
    found = [m for m in _ANAPHOR.finditer(text, floor, pos) if doer_start(text, m.start(), m.end())]
    if not found:
        return None
    at, kind = found[-1].start(), found[-1].group("kind")
    classes = _KIND_CLASSES.get(kind, ("SocialOrganization", "ResearchInstitution"))
    for j in range(passage, max(-1, passage - 4), -1):
        if doc.passages[j].report != p.report:
            break
        named = [
            o for o in org_mentions(doc, j) if o.end <= at and o.key and (o.text.endswith(kind) or o.cls in classes)
        ]
        if named:
            return named[-1].key
    return None


_ANAPHORS: dict[int, bool] = per_document({})


def _has_anaphor(doc: Document, passage: int) -> bool:
    """Whether a passage holds an anaphor at all (kept with the mention index): most hold none, and
    `_anaphor` is asked for every practice and figure. The pattern looks at nothing outside its match, so
    one found in a part of the passage is found in the whole."""
    org_mentions(doc, passage)  # refreshes the index, and clears _ANAPHORS, when the document changes
    if passage not in _ANAPHORS:
        p = doc.passages[passage]
        _ANAPHORS[passage] = _ANAPHOR.search(doc.text, p.start, p.end) is not None
    return _ANAPHORS[passage]


def _continued(doc: Document, passage: int) -> str | None:
    """同时,健全… / 甲局推行…；建立…: a sentence that goes on with the previous one, or a clause after its
    semicolon with no subject of its own, keeps its named doer (not an item of a list: 二是…). Kept per
    passage with the mention index: it depends on the passage alone, and every practice and figure asks."""
    org_mentions(doc, passage)  # refreshes the index, and clears _CONTINUED, when the document changes
    if passage not in _CONTINUED:
        _CONTINUED[passage] = _continued_from(doc, passage)
    return _CONTINUED[passage]


_CONTINUED: dict[int, str | None] = per_document({})
_SEMICOLONS = ("；", ";")


def _continued_from(doc: Document, passage: int) -> str | None:
    p = doc.passages[passage]
    if passage == 0:
        return None
    q = doc.passages[passage - 1]
    if not _GOES_ON.match(doc.text, p.start) and (
        not doc.text.endswith(_SEMICOLONS, q.start, q.end) or ITEM_MARK.match(doc.text, p.start)
    ):
        return None
    if q.heading or q.report != p.report or "\n" in doc.text[q.end : p.start]:
        return None
    key = _sentence_doer(doc, passage - 1, q.end)
    return _innermost(doc, passage - 1, key, q.end) if key else _referent(doc, passage - 1, q.end)


_CARRIED: dict[int, str | None] = per_document({})


def _carried(doc: Document, passage: int) -> str | None:
    """A village or community that was the doer of an earlier sentence of the same paragraph (kept per
    passage with the mention index: every figure and practice of a passage asks again)."""
    org_mentions(doc, passage)  # refreshes the index, and clears _CARRIED, when the document changes
    if passage not in _CARRIED:
        _CARRIED[passage] = _carried_from(doc, passage)
    return _CARRIED[passage]


def _carried_from(doc: Document, passage: int) -> str | None:
    text = doc.text
    j = passage
    while j > 0 and "\n" not in text[doc.passages[j - 1].end : doc.passages[j].start]:
        j -= 1
        end = doc.passages[j].end
        if _item(doc, j) and not doer_mentions(doc, j):
            continue  # 一是…；二是…: points that name no doer go on with the paragraph's
        if doc.passages[j].heading:  # a short line that sets the scene (在某乡，…。) holds its paragraph
            scene = _located(doc, j, end) if text.endswith("。", doc.passages[j].start, end) else None
            ent = doc.entities.get(scene or "")
            return scene if ent is not None and ent.cls in _PLACES else None
        if selves.self_mentions(doc, j):
            return None  # 中心联合…设立: the subject, by its word for itself, took the deeds back
        key = names.actor_at(doc, j, end)
        if key is not None:
            doer = _innermost(doc, j, key, end)
            ent = doc.entities.get(doer) if doer else None
            if doer is None or ent is None or ent.cls not in _LOCAL | {"Township"}:
                return None
            # a town carries on where its sentence set the scene (在某镇，…) or opened its paragraph (某镇整合…)
            return doer if ent.cls in _LOCAL or _located(doc, j, end) == doer or _topic(doc, j, doer) else None
        if j in _CARRIED:
            return _CARRIED[j]  # the walk on from here is j's own, found already
    return None


def _item(doc: Document, passage: int) -> bool:
    """Whether the passage is a point (一是…, （二）…) run in after sentences of its paragraph, on their line."""
    p = doc.passages[passage]
    return (
        passage > 0
        and p.heading
        and "\n" not in doc.text[doc.passages[passage - 1].end : p.start]
        and ITEM_MARK.match(doc.text, p.start) is not None
    )


def _topic(doc: Document, passage: int, key: str) -> bool:
    """甲镇整合…，建成…。一是实施…: a town that opens its paragraph's sentence and is the only doer its
    paragraph names up to there is the paragraph's topic, and does its sentences with no doer of their own
    (甲镇推行A。乙镇推行B。建立C…: towns named as examples, the report's subject goes on)."""
    found = doer_mentions(doc, passage)
    p = doc.passages[passage]
    if not found or found[0].key != key or _AT_LEAD.fullmatch(doc.text, p.start, found[0].start) is None:
        return False
    j = passage
    while j >= 0 and {m.key for m in doer_mentions(doc, j)} <= {key}:
        if j == 0 or "\n" in doc.text[doc.passages[j - 1].end : doc.passages[j].start]:
            return True  # the paragraph opens here
        j -= 1
    return False


def _code(key: str) -> str | None:
    parts = key.split("/")
    if len(parts) < 2 or parts[0] != "place" or not parts[1].isdigit():
        return None
    code = parts[1]
    if len(parts) > 2:
        return code + "/"  # a township or village under that code: inside it, never containing
    while code.endswith("00") and len(code) > 2:
        code = code[:-2]
    return code


def contains(outer: str, inner: str) -> bool:
    """True when the administrative unit `outer` strictly contains `inner` (by division code, or a town's
    key that a village's extends: place/<code>/某镇 holds place/<code>/某镇/某村)."""
    a, b = _code(outer), _code(inner)
    if a is None or b is None:
        return False
    if a.endswith("/"):
        return inner.startswith(outer + "/")
    return a != b and b.startswith(a)


_PARTNERED = re.compile("(?:合作|共建|联建|签订|签约|签署|结对|携手|联合|共同|协作)")


def doers(doc: Document, i: int, pos: int) -> list[str]:
    """The doer at `pos` and those listed with it (开西社区、瑞景社区先进做法纳入… → both); a partner it
    works with (下党村党支部与福建农林大学合作建立…) collaborates, the doer does the deed."""
    actor = actor_of(doc, i, pos)
    return [] if actor is None else listed_with(doc, i, pos, actor)


def listed_with(doc: Document, i: int, pos: int, actor: str) -> list[str]:
    """`actor` and the bodies listed right after its last mention before `pos` (甲社区、乙社区…): all do the deed."""
    out = [actor]
    orgs = [m for m in org_mentions(doc, i) if m.start < pos]
    at = next((k for k in range(len(orgs) - 1, -1, -1) if orgs[k].key == actor), None)
    while at is not None and at + 1 < len(orgs) and doc.text[orgs[at].end : orgs[at + 1].start] in ("、", "和", "与"):
        if doc.text[orgs[at].end : orgs[at + 1].start] == "与" and orgs[at + 1].cls in _HEAD_BODIES:
            break  # 某医院与某大学附属医院建立专科联盟: a company or institution after 与 is a partner
        at += 1
        while at + 1 < len(orgs) and orgs[at + 1].start == orgs[at].end:
            at += 1  # 、B省|C县: the unit the address ends with
        out.append(orgs[at].key or "")
    if at is not None and len(out) > 1 and _PARTNERED.match(doc.text, orgs[at].end):
        return [actor]
    return [k for k in out if k]


DOING = (
    "(?:深入|大力|全面|积极|持续|率先|创新|探索)?"
    "(?:实施|开展|推行|推进|建立|打造|创建|推广|落实|构建|组建|设立|试行|实行)了?"
)
_DOING = re.compile(DOING)
# 在X开展…: X is where; 与X共建, 联合X开展…: a partner
_NOT_SUBJECT = re.compile("(?:[在到赴于向对为从与和同及、]|联合|携手|会同|协同|联手|配合|依托|通过)$")
_PARTNER_OF = re.compile("(?:与|同|联合|会同|协同|携手)[^，,。；;、“”]{0,5}的$")  # 与下游的X建立…: X is a partner


def verb_subject(doc: Document, m: Mention) -> str | None:
    """The organization written right before the verb that introduces the activity (…是X市实施Y的一分子 → X市):
    the subject of that verb does it, wherever the clause opens."""
    text = doc.text
    orgs = [o for o in org_mentions(doc, m.passage) if o.end <= m.start and m.start - o.end <= 6]
    if not orgs or not orgs[-1].key or orgs[-1].text.startswith("全"):
        return None
    o = orgs[-1]
    if not _DOING.fullmatch(text, o.end, m.start) and not _TRIED.fullmatch(text, o.end, m.start):
        return None
    first = o
    for prev in reversed(org_mentions(doc, m.passage)):  # an address chain: the unit it ends with acts
        if prev.end == first.start:
            first = prev
    if placed(doc, first.start) and (ent := doc.entities.get(o.key or "")) is not None and ent.cls in _SITES:
        return o.key  # 在某镇试点开展X, 在某中心设立X: the unit where the practice is set up runs it
    if _NOT_SUBJECT.search(text, max(0, first.start - 2), first.start) or _PARTNER_OF.search(
        text, max(0, first.start - 10), first.start
    ):
        return None
    return o.key if _DOING.fullmatch(text, o.end, m.start) else None


_TRIED = re.compile("(?:试点|率先|先行)" + DOING)
_PLACES = frozenset({"Township", "Village", "Community"})
# 在某中心设立X: the centre runs X, though the sentence's figures stay the doer's
_SITES = _PLACES | {"GovernmentAgency"}


def placed(doc: Document, start: int) -> bool:
    """Whether a clause opens on 在 right before `start` (在X开展…, 今年以来，在X设立…), not 在X的…/对在X."""
    text = doc.text
    if not text.startswith("在", start - 1):
        return False
    lo = max(0, start - 30)
    mark = _CLAUSE_START.search(text, lo, start - 1)
    opening = text[mark.start() + 1 if mark else lo : start - 1]
    return mark is not None and _AT_LEAD.fullmatch(opening.strip()) is not None


_SENTENCE_LEAD = re.compile(r"[\s　]*")
# the copula right before the unit: 是X街道打造的…, 已成为X村的特色模式
_IS = re.compile("(?:是|成为)$")
_COPULA = re.compile("是|成为")


def defined_owner(doc: Document, m: Mention) -> str | None:
    """An activity that opens its sentence, or the clause after a dash, and is then said to be a unit's (A…,是X市
    统筹…的品牌 / 是X街道…打造的空间 / ……——A已成为X村的特色模式): the unit named right after 是 or 成为 does it,
    and the parts the sentence names before it (A分为B和C两个区域,是X街道…打造的…)."""
    text, p = doc.text, doc.passages[m.passage]
    spans = activity_spans(doc, m.passage)
    opener = spans[0][0] if spans else m.start
    if opener > m.start:
        return None
    if not _SENTENCE_LEAD.fullmatch(text, p.start, opener) and not text.endswith("——", p.start, m.start):
        return None
    for o in org_mentions(doc, m.passage):
        if o.start <= m.end or not o.key or o.text.startswith("全"):
            continue
        if len(_COPULA.findall(text, m.end, o.start)) != 1 or not _IS.search(text, m.end, o.start):
            return None
        return o.key if "的" in text[o.end : p.end] else None
    return None


_FRONTED = re.compile("(?:为|为了|围绕|按照|根据|通过|依托|借助|在)")  # 为落实X,…: the clause names a purpose or means
# the opening clause is a bare verb phrase (落实X / 深入推行X), not a noun phrase (此次公布的X) or a deed that makes
# others act (支持企业建设X: the supporter's deed)
_OPENING_VERB = re.compile(
    "[\u4e00-\u9fff]{0,4}?(?:落实|推行|实施|开展|建立|推进|深化|推广|打造|探索|构建|健全|完善|运用|采取|创新|试行|实行)了?$"
)
# 依托X, 通过推行X, 借助X平台: a means named alone before the body that uses it (为/围绕/按照X: a purpose or a
# basis, often another's programme, stays out)
_MEANS = re.compile("(?:依托|通过|借助|运用|利用)(?:推行|实施|开展|建立|打造|搭建)?")
_MODIFIER = re.compile("[^，,。；;、与和同及]*的")
_MAKES_ACT = re.compile("支持|指导|引导|帮助|鼓励|推动|动员|督促|组织|要求")


def fronted_doer(doc: Document, m: Mention) -> str | None:
    """An activity in a sentence's opening clause with no doer of its own, the next clause opening on a named
    body (实行X,A医院与…结成帮扶对子 / 推行Y,B公司与…签订协议 / 依托Z,C局开展…): that body is the sentence's
    subject and does it."""
    text, p = doc.text, doc.passages[m.passage]
    lead = _AT_LEAD.match(text, p.start)  # 近年来，落实X，…: the sentence's time comes first
    start = lead.end() if lead else p.start
    if m.start - start > 8 or p.heading or _CLAUSE_STOP.search(text, start, m.start):
        return None  # the opening clause is a verb and its activity: 落实X, 深入推行X
    means = _MEANS.fullmatch(text, start, m.start) is not None  # 依托X的探索，A局…: the means the body uses
    if not means and (
        _FRONTED.match(text, start)
        or not _OPENING_VERB.fullmatch(text, start, m.start)
        or _MAKES_ACT.search(text, start, m.start)
    ):
        return None
    orgs = org_mentions(doc, m.passage)
    if any(o.end <= m.start for o in orgs):
        return None
    comma = _CLAUSE_MARK.search(text, m.end, p.end)
    if comma is None or text[comma.start()] not in "，," or (means and comma.start() - m.end > 8):
        return None
    after = [o for o in orgs if o.start > comma.start() and o.key]
    if not after or not doer_start(text, after[0].start, after[0].end) or after[0].text.startswith("全"):
        return None
    if _CLAUSE_MARK.search(text, comma.end(), after[0].start):
        return None  # the body opens a later clause, not the next one
    head = after[0]
    for o in after[1:]:  # A市B园区内的C公司: the noun phrase's head, after its modifiers, is the body
        if o.start - head.end > 15 or not _MODIFIER.fullmatch(text, head.end, o.start):
            break
        head = o
    if "被" in text[head.end : clause_end(text, head.end, p.end)]:
        return None  # 实施X，某镇的21个村被评为…: a body the clause says is acted on does nothing
    return _innermost(doc, m.passage, head.key or "", p.end)
