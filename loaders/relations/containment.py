"""partOf a sentence states for a township, village or community: the unit written right before it
(白鹭镇|竹溪村, also before a body named after it: 白鹭镇|竹溪村党支部), after 隶属/位于 (X社区隶属A市B区C街道)
or before 下辖 (白鹭镇下辖竹溪村、桃花村) is the unit it lies in; a township's own report names its own
villages, so a village it names with no township of its own lies in it. A station written right after a
bureau (县公安局|某某派出所, 县司法局|某某司法所) is that bureau's.

A group named after its core member (A学校教育集团, A医院医疗集团) holds that member; so does a group
that a sentence says a body joins or leads (加入X集团, 牵头组建X集团) or takes in (吸收A、B为成员校), and an
office set up inside another body (X办公室设在Y局) belongs to it.

The names stage ties a village to the county its code belongs to; a township named before it is the
finer parent. An edge is added only where it agrees with what is known already: the township lies
under the village's present parent, and is exactly one level above it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from loaders.document import Document, Mention
from loaders.relations.clauses import clause_end
from loaders.relations.doers import actor_of
from loaders.relations.recognition import Add

__all__ = ["core_members", "memberships", "stated_parents", "subject_units"]

_LEVEL = {
    "Province": 0,
    "Prefecture": 1,
    "County": 2,
    "District": 2,
    "CountyLevelCity": 2,
    "Township": 3,
    "Village": 4,
    "Community": 4,
}
_SITUATED = re.compile(r"(?:隶属于?|位于|地处|坐落于|座落于|归属于?)")
_GOVERNS = re.compile(r"(?:下辖|所辖|管辖|辖)了?")
_LISTED = re.compile(r"[、和及]")
_BUREAU = re.compile(r"(?:局|分局)$")
_OUTPOST = re.compile(r"(?:派出所|所|站|中队|大队|分局)$")


def stated_parents(doc: Document, i: int, orgs: list[Mention], parents: dict[str, str], add: Add) -> None:
    """Add the finer partOf of each township, village or community of passage `i` (`parents`: the first
    partOf target of each key, as known so far): the unit written right before it (白鹭镇|竹溪村, also
    before a body named after it: 白鹭镇|竹溪村党支部), the unit after 隶属/位于, the unit whose list it is in
    (白鹭镇下辖竹溪村、桃花村)."""
    text = doc.text
    governed: dict[str, Mention] = {}  # a unit listed after 下辖: the unit that governs it
    for k, m in enumerate(orgs):
        unit = m.key if (level := _level(doc, m.key)) is not None else _named_unit(doc, m, parents)
        if unit is None:
            continue
        level = _level(doc, unit)
        if level is None or level < 3:
            continue
        target = governed.get(m.key or "")
        if target is not None:
            pass
        elif k and orgs[k - 1].end == m.start:
            target = orgs[k - 1]
        elif unit == m.key and (situated := _SITUATED.match(text, m.end)) is not None:
            at = situated.end()
            for o in orgs[k + 1 :]:
                if o.start != at:
                    break
                target, at = o, o.end  # the chain's last unit: 湖州市|吴兴区|望湖街道
        if unit == m.key and (governs := _GOVERNS.match(text, m.end)) is not None:
            at = governs.end()
            for o in orgs[k + 1 :]:  # 白鹭镇下辖竹溪村、桃花村: each unit listed
                if o.start != at or not o.key:
                    break
                governed[o.key] = m
                at = o.end + (1 if _LISTED.match(text, o.end) else 0)
        if target is None or not target.key or _level(doc, target.key) != level - 1:
            continue
        present = parents.get(unit)
        if present is None or _above(parents, present, target.key):
            add(unit, "partOf", target.key, i)
    for a, b in pairwise(orgs):  # 县公安局|某某派出所: a station written right after its bureau
        if a.end == b.start and a.key and b.key and _OUTPOST.search(b.text) and _BUREAU.search(a.text):
            kinds = {doc.entities[k].cls for k in (a.key, b.key) if k in doc.entities}
            if kinds == {"GovernmentAgency"} and b.key not in parents:
                add(b.key, "partOf", a.key, i)


def _named_unit(doc: Document, m: Mention, parents: dict[str, str]) -> str | None:
    """The village or community a body is named after and lies in (竹溪村党支部 → 竹溪村), if any."""
    unit = parents.get(m.key or "")
    ent = doc.entities.get(unit or "")
    if ent is None or ent.cls not in ("Village", "Community") or not m.text.startswith(ent.label):
        return None
    return unit


def subject_units(doc: Document, parents: dict[str, str], add: Add) -> None:
    """A village or community that a township's own report names, with no township of its own, lies in it.

    A town's report speaks of its own villages unqualified; a village of elsewhere is written with its
    town or county (沁水县某某村), which gives it a parent of its own, and then it is left alone."""
    finer = {r.subject for r in doc.relations if r.predicate == "partOf" and _level(doc, r.object) == 3}
    for m in doc.mentions:
        if not m.key or m.cls not in ("Village", "Community") or m.key in finer:
            continue
        report = doc.passages[m.passage].report
        subject = doc.reports[report].subject if report is not None else None
        if subject is None or _level(doc, subject) != 3:
            continue
        present = parents.get(m.key)
        if present is None or _above(parents, present, subject):
            add(m.key, "partOf", subject, m.passage)
            finer.add(m.key)


def _level(doc: Document, key: str | None) -> int | None:
    ent = doc.entities.get(key or "")
    return _LEVEL.get(ent.cls) if ent is not None else None


def _above(parents: dict[str, str], unit: str, key: str) -> bool:
    """True when `unit` is `key`'s parent or an ancestor of it."""
    seen = set()
    while key in parents and key not in seen:
        seen.add(key)
        key = parents[key]
        if key == unit:
            return True
    return False


_GROUP = re.compile(r"[\u4e00-\u9fff]{0,2}(?:集团|联盟|共同体|医共体)")
_PLACE_ENDS = "省市县区旗镇乡"


def core_members(doc: Document, add: Add) -> None:
    """A学校教育集团 / A医院医共体: A is partOf the group named after it."""
    groups = [(k, e) for k, e in doc.entities.items() if e.label.endswith(("集团", "联盟", "共同体"))]
    if not groups:
        return
    first: dict[str, int] = {}
    for m in doc.mentions:
        if m.key:
            first.setdefault(m.key, m.passage)
    bodies = [(k, e) for k, e in doc.entities.items() if not k.startswith(("place/", "activity/")) and k in first]
    for gk, g in groups:
        if gk.startswith(("place/", "activity/")) or gk not in first:
            continue
        for ak, a in bodies:
            at = g.label.find(a.label)  # the group's name may add its place first: 某市|A学校教育集团
            named = len(a.label) >= 3 and (at == 0 or (at > 0 and g.label[at - 1] in _PLACE_ENDS))
            if ak != gk and named and _GROUP.fullmatch(g.label, at + len(a.label)):
                add(ak, "partOf", gk, first[gk])


_GROUPS = ("集团", "医共体", "共同体", "联合体", "联盟")
_SET_IN = re.compile(r"(?:设在|设于|挂靠(?:在|于)?)")
_JOINS = re.compile(r"(?:正式|先后|主动)?(?:加入|加盟)了?")
_LEADS_FOUNDING = re.compile(r"(?:牵头|带头)(?:组建|成立|创建)了?")
_TAKES_IN = re.compile(r"(?:吸收|吸纳|接纳|纳入)")
_AS_MEMBERS = re.compile(r"(?:为|作为)(?:其)?成员")
_INSTITUTIONS = frozenset({"Enterprise", "SocialOrganization", "ResearchInstitution"})


def memberships(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
    """partOf a sentence states between two bodies: X办公室设在Y局; A加入X集团; A牵头组建X集团; X吸收A、B为成员校."""
    text = doc.text
    for k, m in enumerate(orgs):
        if not m.key:
            continue
        nxt = orgs[k + 1] if k + 1 < len(orgs) else None
        placed = _SET_IN.match(text, m.end)
        if placed and nxt is not None and nxt.start == placed.end() and nxt.key and _level(doc, nxt.key) is None:
            add(m.key, "partOf", nxt.key, i)  # an office lies in the body that hosts it
        if not _is_group(doc, m.key):
            continue
        lo = max(doc.passages[i].start, m.start - 6)
        verb = _JOINS.search(text, lo, m.start) or _LEADS_FOUNDING.search(text, lo, m.start)
        if verb is not None and verb.end() == m.start:
            member = actor_of(doc, i, verb.start())
            ent = doc.entities.get(member or "")
            if member and ent is not None and ent.cls in _INSTITUTIONS:
                add(member, "partOf", m.key, i)  # 学校牵头组建X教育集团 / 加入X集团: the school is a member
        _taken_in(doc, i, orgs, k, add)


def _taken_in(doc: Document, i: int, orgs: list[Mention], k: int, add: Add) -> None:
    """X集团…吸收A、B和C3所学校为成员校: each body listed between the verb and 为成员 is a member of X."""
    text, group = doc.text, orgs[k]
    end = doc.passages[i].end
    verb = _TAKES_IN.search(text, group.end, min(end, group.end + 12))
    if verb is None or any(group.end <= o.start < verb.start() for o in orgs):
        return
    stop = clause_end(text, verb.end(), end)
    members = _AS_MEMBERS.search(text, verb.end(), stop)
    if members is None:
        return
    for o in orgs[k + 1 :]:
        if verb.end() <= o.start and o.end <= members.start() and o.key and o.key != group.key:
            add(o.key, "partOf", group.key or "", i)


def _is_group(doc: Document, key: str) -> bool:
    ent = doc.entities.get(key)
    return ent is not None and not key.startswith("place/") and ent.label.endswith(_GROUPS)
