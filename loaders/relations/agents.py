"""The doers a practice's own words name: a body after 由 that carries it out, the units it is said to be
carried out at, the body a list gives it respectively (甲村、乙村分别推行A和B); else the doer at its place.

These read the practice's own clause, so they go before the sentence-level rules of `doers`. Two more name a
doer beside the one found: the founder of a company that does the practice (`founder`), and the place a news
scene was set in before a sentence that says what the scene shows (`scene_of`).
"""

from __future__ import annotations

import re

from loaders import names
from loaders.document import Document, Mention
from loaders.relations import selves
from loaders.relations.clauses import clause_end
from loaders.relations.doers import actor_of, doers
from loaders.relations.founding import FOUNDING, founded
from loaders.relations.mentions import deed_mentions, org_mentions

__all__ = ["deed_doers", "founder", "listed_run", "passive_agent", "scene_of"]

_PLACES = frozenset({"Township", "Village", "Community"})


# …由X(负责/牵头)推出: the verbs a body named after 由 carries the practice out by (由X负责监督, 由X牵头 alone: no)
_AGENT_VERB = re.compile(
    "(?:负责|牵头|具体负责|统一|联合|共同)?(?:组织)?(?:推出|实施|推行|开展|承办|主办|运营|打造|建设|发起|研发|制定|落实|首创|创立)"
)


def passive_agent(doc: Document, m: Mention) -> list[str]:
    """A practice followed in its clause by 由 and a body that carries it out (“某某”服务由县人社局推出, …由A、B
    联合承办): that body, and those listed with it, do it; what a body only funds or hosts (由X出资) is not its deed.
    A practice that opens its clause and is then said to be carried out at a town, village or community
    (“某某”制度在甲镇全面推行, …在乙村落地) is that unit's."""
    text = doc.text
    end = clause_end(text, m.end, doc.passages[m.passage].end)
    at = text.find("由", m.end, end)
    if at < 0 or at - m.end > 8:
        return _practised_at(doc, m, end)
    chain: list[Mention] = []
    for o in org_mentions(doc, m.passage):
        if o.start < at + 1 or o.start >= end:
            continue
        gap = text[chain[-1].end if chain else at + 1 : o.start]
        if chain and chain[-1].end == o.start:
            chain[-1] = o  # 由某县|某局: the unit the address ends with
        elif gap in (("、", "和", "与", "及") if chain else ("",)):
            chain.append(o)
        else:
            break
    if not chain or not _AGENT_VERB.match(text, chain[-1].end):
        return []
    return [o.key for o in chain if o.key and not o.text.startswith("全")]


# the verbs a practice is carried out at a place by (在某镇全面推行, 在某村落地生根)
_PRACTISED = re.compile(
    "(?:全面|率先|先行|广泛|普遍|逐步|首先|成功|试点)?(?:推行|推广|实施|开展|试行|施行|运行|落地|铺开|实行|应用|首创)"
)


def _practised_at(doc: Document, m: Mention, end: int) -> list[str]:
    """“某某”制度在甲镇、乙镇全面推行: a practice that opens its clause (no body named before it there) and
    is then said to be carried out at listed towns, villages or communities is theirs."""
    text = doc.text
    at = text.find("在", m.end, end)
    if at < 0 or at - m.end > 6 or clause_end(text, m.end, at) < at:
        return []
    orgs = org_mentions(doc, m.passage)
    start = doc.passages[m.passage].start
    lo = max(start, *(text.rfind(c, start, m.start) + 1 for c in "，,；;"))
    if any(lo <= o.start < m.start for o in orgs):
        return []  # 县委组织部将“某某”制度在甲镇推行: the clause's subject spreads it
    chain: list[Mention] = []
    for o in orgs:
        if o.start <= at or o.start >= end:
            continue
        if chain and chain[-1].end == o.start:
            chain[-1] = o  # 在某县|某镇: the unit the address ends with
        elif text[chain[-1].end if chain else at + 1 : o.start] in (("、", "和", "及") if chain else ("",)):
            chain.append(o)
        else:
            break
    if not chain or not _PRACTISED.match(text, chain[-1].end):
        return []
    classes = [e.cls if (e := doc.entities.get(o.key or "")) and not o.text.startswith("全") else "" for o in chain]
    return [o.key for o in chain if o.key] if all(c in _PLACES for c in classes) else []


def deed_doers(doc: Document, m: Mention) -> list[str]:
    """The rules' doers of the activity mention `m`: the body a list gives it respectively, the bodies a 由
    after it names as carrying it out, else the doer at its place and those listed with it (the report's
    subject where that is a body that only folds the practice into its own work)."""
    found = _respective(doc, m) or passive_agent(doc, m) or doers(doc, m.passage, m.start)
    return _folding(doc, m, found) or found


_FOLDED_BY = re.compile("(?:将|把)(?:该|这一|此)?$")
_FOLDED_INTO = re.compile("[^，,。；;！？!?]{0,6}?(?:纳入|列入|写入|融入|嵌入)")
_BODIES = frozenset({"GovernmentAgency", "PartyOrganization"})


def _folding(doc: Document, m: Mention, found: list[str]) -> list[str]:
    """区委组织部将“某某”情况纳入年度考核: a department that folds a practice into its assessment or programme
    (将X纳入/列入/融入…) uses its own work on it, not the practice: the report's subject, whose practice it
    is, does it."""
    text = doc.text
    if len(found) != 1 or not _FOLDED_BY.search(text, max(0, m.start - 3), m.start):
        return []
    if not _FOLDED_INTO.match(text, m.end):
        return []
    ent, subject = doc.entities.get(found[0]), names.subject_of(doc, m.passage)
    if ent is None or ent.cls not in _BODIES or subject is None or selves.leadership_of(doc, found[0], subject):
        return []
    return [subject]


_JOINS = ("、", "和", "及", "与")


def listed_run(text: str, orgs: list[Mention]) -> list[Mention]:
    """The last run of bodies joined by 、/和/及/与 among `orgs` (an address chain, 某镇|某村, counts as its
    last unit)."""
    run: list[Mention] = []
    for o in orgs:
        if run and run[-1].end == o.start:
            run[-1] = o  # 某镇|某村: the unit the address ends with
        elif run and text[run[-1].end : o.start] in _JOINS:
            run.append(o)
        else:
            run = [o]
    return run


def _respective(doc: Document, m: Mention) -> list[str]:
    """甲村、乙村分别推行“A”和“B”: each practice listed after 分别 in one clause is the body's in its place,
    as many practices as bodies."""
    text, p = doc.text, doc.passages[m.passage]
    k = text.rfind("分别", p.start, m.start)
    if k < 0 or clause_end(text, k, m.start) < m.start:
        return []
    end = clause_end(text, k, p.end)
    deeds = [d for d in deed_mentions(doc, m.passage) if k < d.start < end]
    bodies = listed_run(text, [o for o in org_mentions(doc, m.passage) if o.end <= k and o.key])
    if len(deeds) != len(bodies) or len(bodies) < 2 or m not in deeds:
        return []
    return [bodies[deeds.index(m)].key or ""]


def founder(doc: Document, m: Mention) -> str | None:
    """村党支部领办成立某合作社，探索X模式: the body that founded the enterprise doing the practice does it with
    it (the doer of the founding clause, else the report's subject); None when no founded body does it. A company
    only brought in (社区引入某公司提供…) does its deed alone."""
    key = founded(doc, m.passage, m.start)
    at = [o for o in org_mentions(doc, m.passage) if o.key == key and o.end <= m.start]
    if key is None or not at or not FOUNDING.search(doc.text, max(0, at[-1].start - 6), at[-1].start):
        return None
    found = actor_of(doc, m.passage, at[-1].start)
    return found if found != key else None


# 这是某区开展X活动的一个场景 / 的缩影: the sentence before showed the practice done at a place
_SNAPSHOT = re.compile(
    "这(?:正|就|也)?是[^，,。；;！？!?]*?的(?:一个|一幕|一次)?(?:生动)?(?:场景|缩影|写照|镜头|片段|剪影|画面)"
)


def scene_of(doc: Document, m: Mention) -> str | None:
    """日前，在某村党群服务中心，…宣讲…。这是某区开展“X”活动的一个场景: the town, village or community where the
    sentence before set its scene (在X, 在X的某个场所, 走进X) does the practice the snapshot names, as well as the
    body the sentence names."""
    text, p = doc.text, doc.passages[m.passage]
    shot = _SNAPSHOT.match(text, p.start)
    if m.passage == 0 or shot is None or shot.end() < m.end:
        return None
    q = doc.passages[m.passage - 1]
    if q.report != p.report or "\n" in text[q.end : p.start]:
        return None
    orgs = org_mentions(doc, m.passage - 1)
    for k, o in enumerate(orgs):
        if not text.endswith(("在", "走进", "来到"), q.start, o.start):
            continue
        while k + 1 < len(orgs) and orgs[k + 1].start == orgs[k].end:
            k += 1  # 在某县|某镇|某村: the unit the address ends with
        last = orgs[k]
        ent = doc.entities.get(last.key or "")
        site = clause_end(text, last.end, q.end) - last.end
        return last.key if ent is not None and ent.cls in _PLACES and site <= 10 else None
    return None
