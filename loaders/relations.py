"""Stage 6: who does what: implements / uses, collaboratesWith, recognizedBy.

A report's subject does everything its report describes unless the sentence names another actor
(an enterprise, a community, a department) before the activity: the organizations stage's
`actor_at` says which. Cooperation and recognition are read from their trigger words (联合, 携手,
与…签约; 被…确定为, 荣获…表彰, …宣传报道) and the organizations named around them.

>>> from pathlib import Path
>>> from loaders.document import Entity, Mention, Passage, Report
>>> d = Document(path=Path("x.txt"), text="某县经验\\n某县开展“双报到”活动。")
>>> d.passages = [Passage(0, 4, 0, True), Passage(5, 17, 0)]
>>> d.reports = [Report("某县经验", 0, 17, subject="place/1")]
>>> d.entities = {"place/1": Entity("place/1", "某县", "County")}
>>> d.entities["activity/双报到"] = Entity("activity/双报到", "“双报到”活动", "Initiative")
>>> d.mentions = [Mention(9, 16, "“双报到”活动", "Initiative", 1, key="activity/双报到")]
>>> [(r.subject, r.predicate, r.object) for r in run(d).relations]
[('place/1', 'implements', 'activity/双报到')]
"""

from __future__ import annotations

import re

from . import organizations
from .document import Document, Mention, Relation
from .references import doer_start

__all__ = ["REQUIRES", "SETS", "actor_of", "run"]

REQUIRES = ("passages", "reports", "mentions", "entities")
SETS = ("relations",)

_ACTIVITY = frozenset({"Initiative", "Mechanism", "PolicyDocument"})
_LOCAL = frozenset({"Village", "Community"})
_OWNERS = frozenset({"Village", "Community", "Enterprise", "SocialOrganization"})
_COLLAB = re.compile(r"联合|携手|与|同|会同|协同")
_COLLAB_VERB = re.compile(r"签约|签订|合作|共建|联建|结对|携手|联合|共同")
_RECOG = re.compile(r"被|荣获|获得|获评|入选|纳入")
_RECOG_VERB = re.compile(
    r"确定为|命名为|评为|授予|表彰|列为|刊发|推广|报道|宣传|采用|转发|肯定|认定|批示|刊登|登载|专题|纳入|表扬|通报表扬"
    r"|推介|推荐|播出|转载"
)
_HELPING = re.compile("(?:支持|指导|引导|帮助|鼓励|推动|动员|督促)$")
_HELPED_ACT = re.compile(
    "(?:等[\u4e00-\u9fff]{0,4})?(?:建设|建立|设立|成立|开展|实施|打造|创建|推行|组建|探索|落实)[\u4e00-\u9fff]{0,2}"
)
_LEVEL_HONOUR = re.compile(
    r"(省级|全省|市级|全市)[^，,。；;]{0,16}?(?:示范点|示范单位|示范村|示范社区|示范校|先进|典型|标杆|样板|优秀)"
)
_MEDIA_VERB = re.compile(r"宣传报道|专题报道|报道|刊发|刊登|转发|转载|发表|登载|播出")
_GAP = re.compile(r"(?:等)?(?:头版|头条|专版|专栏|重要位置)?(?:对[^，,。；]{0,14})?(?:进行|作了|作|予以)?了?")
_CLAUSE = "，,。；;！？!?\n"
_GOES_ON = re.compile("同时|并且|此外|另外|与此同时")
_BARE_DOER = re.compile(
    "(?:该|本|这个)?(?P<kind>党委|党支部|党组|局|委|公司|企业|村|社区)(?:里)?(?=[^，,。；;]{1,4})"
)
_CLAUSE_MARK = re.compile("[，,；;：:]")


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
    subject = organizations.subject_of(doc, passage)
    key = _sentence_doer(doc, passage, pos)
    if key is not None:
        key = _innermost(doc, passage, key, pos)
    elif not doc.passages[passage].heading:
        key = _referent(doc, passage, pos) or _continued(doc, passage) or _carried(doc, passage)
    if key is not None and subject is not None and _contains(key, subject):
        key = subject
    if key or subject:
        return key or subject
    # a report whose lead names nobody: the document's own place speaks for it
    return doc.place if doc.place in doc.entities and doc.passages[passage].report is not None else None


def _sentence_doer(doc: Document, passage: int, pos: int) -> str | None:
    doers = [m for m in _doer_mentions(doc, passage) if m.start < pos]
    if not doers:
        return None
    last = doers[-1]
    return last.key if not _CLAUSE_MARK.search(doc.text, last.end, pos) else doers[0].key


_DOERS: dict[int, list[Mention]] = {}


def _doer_mentions(doc: Document, passage: int) -> list[Mention]:
    """The clause-opening organization mentions of a passage (kept with the mention index below)."""
    _org_mentions(doc, passage)  # refreshes the index, and clears _DOERS, when the document changes
    if passage not in _DOERS:
        text = doc.text
        _DOERS[passage] = [m for m in _org_mentions(doc, passage) if doer_start(text, m.start, m.end)]
    return _DOERS[passage]


_INDEX: list[tuple[Document, int, dict[int, list[Mention]]]] = []


def _org_mentions(doc: Document, passage: int) -> list[Mention]:
    """The organization mentions of a passage, in order (indexed once per document and mention count).

    The cache holds the document itself, not its id(): a new document may reuse a freed id.
    """
    if not _INDEX or _INDEX[0][0] is not doc or _INDEX[0][1] != len(doc.mentions):
        index: dict[int, list[Mention]] = {}
        for m in sorted(doc.mentions, key=lambda m: m.start):
            if m.key and m.cls not in _ACTIVITY:
                index.setdefault(m.passage, []).append(m)
        _INDEX[:] = [(doc, len(doc.mentions), index)]
        _DOERS.clear()
    return _INDEX[0][2].get(passage, [])


def _innermost(doc: Document, passage: int, key: str, pos: int) -> str | None:
    """The doer a chain of names ends with (凤山乡|银川村); None for a scope word (全市65所学校)."""
    orgs = [m for m in _org_mentions(doc, passage) if m.start < pos]
    at = max((k for k, m in enumerate(orgs) if m.key == key), default=None)
    if at is None:
        return key
    while at + 1 < len(orgs) and orgs[at + 1].start == orgs[at].end:
        at += 1
    if orgs[at].text.startswith("全"):
        return None
    return orgs[at].key or key


def _referent(doc: Document, passage: int, pos: int) -> str | None:
    """A bare 党委 / 该局 / 村里 opening a clause before `pos`: the body of that kind named last before it."""
    text, p = doc.text, doc.passages[passage]
    for m in _BARE_DOER.finditer(text, max(p.start, pos - 80), pos):
        if not doer_start(text, m.start(), m.end()):
            continue
        kind = m.group("kind")
        for j in range(passage, max(-1, passage - 6), -1):
            if doc.passages[j].report != p.report:
                break
            named = [
                o for o in _org_mentions(doc, j) if o.end <= m.start() and o.text.endswith(kind) and o.key
            ]
            if named:
                return named[-1].key
    return None


def _continued(doc: Document, passage: int) -> str | None:
    """同时,健全…: a sentence that goes on with the previous one keeps its named doer."""
    p = doc.passages[passage]
    if passage == 0 or not _GOES_ON.match(doc.text, p.start):
        return None
    q = doc.passages[passage - 1]
    if q.heading or q.report != p.report or "\n" in doc.text[q.end : p.start]:
        return None
    key = _sentence_doer(doc, passage - 1, q.end)
    return _innermost(doc, passage - 1, key, q.end) if key else _referent(doc, passage - 1, q.end)


def _carried(doc: Document, passage: int) -> str | None:
    """A village or community that was the doer of an earlier sentence of the same paragraph."""
    text = doc.text
    j = passage
    while j > 0 and "\n" not in text[doc.passages[j - 1].end : doc.passages[j].start]:
        j -= 1
        if doc.passages[j].heading:
            return None
        key = organizations.actor_at(doc, j, doc.passages[j].end)
        if key is not None:
            doer = _innermost(doc, j, key, doc.passages[j].end)
            ent = doc.entities.get(doer) if doer else None
            return doer if ent is not None and ent.cls in _LOCAL else None
    return None


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


def _contains(outer: str, inner: str) -> bool:
    """True when the administrative unit `outer` strictly contains `inner` (by division code)."""
    a, b = _code(outer), _code(inner)
    if a is None or b is None or a == b or a.endswith("/"):
        return False
    return b.startswith(a)


def run(doc: Document) -> Document:
    """Add implements/uses, collaboratesWith and recognizedBy relations to `doc`."""
    seen = {(r.subject, r.predicate, r.object) for r in doc.relations}

    def add(s: str, p: str, o: str, i: int) -> None:
        if s != o and (s, p, o) not in seen and s in doc.entities and o in doc.entities:
            seen.add((s, p, o))
            doc.relations.append(Relation(s, p, o, i))

    orgs_by_passage: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.key and m.cls not in _ACTIVITY:
            orgs_by_passage.setdefault(m.passage, []).append(m)
    ends = {(m.passage, m.end): m for m in doc.mentions if m.key and m.cls not in _ACTIVITY}
    for m in doc.mentions:
        ent = doc.entities.get(m.key or "")
        if ent is None or m.cls not in _ACTIVITY:
            continue
        does = "implements" if ent.cls == "Initiative" else "uses"
        # an organization written right before the name owns it: 卫河社区“小马扎”议事会 (the owner is the
        # doer), 贯彻落实省委“百县千镇万村…工程” (the body's programme, which the doer also carries out)
        owner = ends.get((m.passage, m.start))
        if owner is not None and owner.key and not owner.text.startswith("全"):
            add(_leader_as_unit(doc, owner.key, m.passage), does, m.key or "", m.passage)
            if owner.cls in _OWNERS:
                continue
        helped = _helped(doc, m)
        for actor in helped or _doers(doc, m.passage, m.start):  # 孚能科技、金力永磁等企业建立…: each
            add(_leader_as_unit(doc, actor, m.passage), does, m.key or "", m.passage)
    for i in range(len(doc.passages)):
        orgs = sorted(orgs_by_passage.get(i, []), key=lambda m: m.start)
        if orgs:
            _collaborations(doc, i, orgs, add)
            _recognitions(doc, i, orgs, add)
        _level_recognitions(doc, i, add)
    return doc


_LEADERSHIP = re.compile(r"(?:中共)?(?P<unit>.+?)(?:党委|党工委|委员会|委|人民政府|政府)")


def _leader_as_unit(doc: Document, actor: str, passage: int) -> str:
    """The report subject's own committee or government acts for it: 靖西市委印发… → 靖西市 does it.

    Only the unit's general leadership (县委, 市政府): a department (县委组织部) or another unit's
    committee (省委) is another actor and keeps the deed.
    """
    subject = organizations.subject_of(doc, passage)
    ent, unit = doc.entities.get(actor), doc.entities.get(subject or "")
    if subject is None or ent is None or unit is None or ent.cls not in ("PartyOrganization", "GovernmentAgency"):
        return actor
    m = _LEADERSHIP.fullmatch(ent.label)
    return subject if m and m["unit"] in {unit.label, *unit.alt_labels} else actor


def _clause_end(text: str, pos: int, end: int) -> int:
    stops = [k for k in (text.find(c, pos, end) for c in _CLAUSE) if k >= 0]
    return min(stops) if stops else end


def _collaborations(doc: Document, i: int, orgs: list[Mention], add) -> None:  # type: ignore[no-untyped-def]
    text, p = doc.text, doc.passages[i]
    for t in _COLLAB.finditer(text, p.start, p.end):
        end = _clause_end(text, t.end(), p.end)
        partners = [m for m in orgs if t.end() <= m.start < end]
        if not partners or partners[0].start - t.end() > 2:
            continue
        if t.group(0) in ("与", "同"):
            verb = next(
                (v for v in _COLLAB_VERB.finditer(text, partners[0].end, end)
                 if not any(m.start <= v.start() < m.end for m in partners)),
                None,
            )
            if verb is None:
                continue
            partners = [m for m in partners if m.start < verb.start()]  # 与A、B共建|C: C is what they build
        actor = actor_of(doc, i, t.start())
        if actor is None:
            continue
        for m in partners:
            if m.key and m.key != actor:
                add(actor, "collaboratesWith", m.key, i)


def _recognitions(doc: Document, i: int, orgs: list[Mention], add) -> None:  # type: ignore[no-untyped-def]
    text, p = doc.text, doc.passages[i]
    for t in _RECOG.finditer(text, p.start, p.end):
        end = _clause_end(text, t.end(), p.end)
        verb = _RECOG_VERB.search(text, t.end(), end)
        by = [m for m in orgs if t.end() <= m.start < (verb.start() if verb and t.group(0) == "被" else end)]
        if t.group(0) == "被" and not verb:
            continue
        if t.group(0) != "被":
            by = by[:1] if by and by[0].start - t.end() <= 1 else []
        _credit(doc, i, t.start(), by, add)
    for v in _MEDIA_VERB.finditer(text, p.start, p.end):
        lo = max(p.start, max(text.rfind(c, p.start, v.start()) for c in _CLAUSE) + 1)
        before = [m for m in orgs if lo <= m.start and m.end <= v.start()]
        for k in range(len(before) - 1, -1, -1):
            if _GAP.fullmatch(text, before[k].end, v.start()):
                chain = [before[k]]
                while k > 0 and text[before[k - 1].end : chain[0].start] in ("、", "和", "及", ""):
                    k -= 1
                    chain.insert(0, before[k])
                _credit(doc, i, lo, chain, add)
                break


def _credit(doc: Document, i: int, pos: int, by: list[Mention], add) -> None:  # type: ignore[no-untyped-def]
    if not by:
        return
    for actor in _doers(doc, i, pos):
        for m in by:
            if m.key and m.key != actor:
                add(actor, "recognizedBy", m.key, i)


def _doers(doc: Document, i: int, pos: int) -> list[str]:
    """The doer at `pos` and those listed with it (开西社区、瑞景社区先进做法纳入… → both)."""
    actor = actor_of(doc, i, pos)
    if actor is None:
        return []
    out = [actor]
    orgs = [m for m in _org_mentions(doc, i) if m.start < pos]
    at = next((k for k in range(len(orgs) - 1, -1, -1) if orgs[k].key == actor), None)
    while (
        at is not None
        and at + 1 < len(orgs)
        and doc.text[orgs[at].end : orgs[at + 1].start] in ("、", "和", "与")
    ):
        at += 1
        out.append(orgs[at].key or "")
    return [k for k in out if k]


def _helped(doc: Document, m: Mention) -> list[str]:
    """Organizations the doer makes act (支持孚能科技、金力永磁等企业建设博士后科研工作站): they do it."""
    text = doc.text
    orgs = [o for o in _org_mentions(doc, m.passage) if o.end <= m.start and m.start - o.end <= 12]
    if not orgs or not _HELPED_ACT.fullmatch(text, orgs[-1].end, m.start):
        return []
    chain = [orgs[-1]]
    k = len(orgs) - 1
    while k > 0 and text[orgs[k - 1].end : chain[0].start] in ("、", "和", "与", "及"):
        k -= 1
        chain.insert(0, orgs[k])
    if not _HELPING.search(text, max(0, chain[0].start - 4), chain[0].start):
        return []
    return [o.key for o in chain if o.key]


def _level_recognitions(doc: Document, i: int, add) -> None:  # type: ignore[no-untyped-def]
    """省级…示范点 / 全省…典型案例: recognized by the province (or city) the report's subject lies in."""
    text, p = doc.text, doc.passages[i]
    where = next(
        (k for k in (organizations.subject_of(doc, i), doc.place) if k and k.startswith("place/")), None
    )
    code = where.split("/")[1] if where else ""
    for m in _LEVEL_HONOUR.finditer(text, p.start, p.end):
        digits = 2 if m.group(1) in ("省级", "全省") else 4
        unit = "place/" + code[:digits].ljust(12, "0")
        if code.isdigit() and unit in doc.entities:
            for actor in _doers(doc, i, m.start()):
                if actor != unit:
                    add(actor, "recognizedBy", unit, i)
