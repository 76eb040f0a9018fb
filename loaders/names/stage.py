"""Stage 3: organization mentions, their entities, report subjects, the document's place, partOf.

Places come from `places` (division data), bodies and sub-county units from `bodies` (with
`listings` and `localities`); `candidates` joins both into one list; generic references come from
`references`, report subjects and the document's place from `subjects`; `registry` creates the
entities and partOf edges. Resolution
ties bare forms to a unit: 县委 in 南乐县's report is 南乐县委, 省委 in a Henan document is 河南省委,
区卫健委 in 华龙区's report is 华龙区卫健委. Keys: place/<12-digit code> for divisions,
place/<parent key>/<name> for townships, villages and communities, org/<full name> for bodies (names
no unit anchors are scoped to their document: org/<doc id>/县人社局). `actor_at` and `subject_of`
(from `actors`) serve the relations and metrics stages.

>>> from pathlib import Path
>>> from loaders.document import Document
>>> from loaders import segment
>>> text = "某地经验\\n近年来，南乐县坚持党建引领，县委常委会研究部署。"
>>> d = run(segment.run(Document(path=Path("x.txt"), text=text)))
>>> d.reports[0].subject, sorted(d.entities)[:3]
('place/410923000000', ['org/南乐县委常委会', 'place/410000000000', 'place/410900000000'])
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import pairwise

from loaders.document import Document, Mention
from loaders.names import backdrop, bodies, candidates, divisions, lexicon, places, references, subjects
from loaders.names.actors import actor_at, subject_of
from loaders.names.candidates import Finder
from loaders.names.divisions import Division
from loaders.names.english import english
from loaders.names.offices import level_ok
from loaders.names.registry import ORG_CLASSES, UNIT_CLASSES, Cand, Registry
from loaders.names.shortnames import short_names

__all__ = ["REQUIRES", "RULES", "SETS", "actor_at", "run", "subject_of"]

REQUIRES = ("passages", "reports")
SETS = ("mentions", "entities", "relations", "place")
RULES = "govkg.rules.v1"

_LOCAL_LEVELS = frozenset({"村", "社区", "镇", "乡", "街道"})
_ROLE_OF_BODY = {"委": ("书记", "副书记", "联席会议"), "人大": ("代表",), "政协": ("委员",)}
_BARE = frozenset({"委", "政府", "人民政府", "人大", "政协"})  # bare 县委/县政府 stand for the named one only


def _passage_finder(doc: Document) -> Finder:
    starts = [p.start for p in doc.passages]

    def find(pos: int) -> int:
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < doc.passages[i].end else -1

    return find


def run(doc: Document) -> Document:
    """Fill doc.mentions (organizations), doc.entities, partOf relations, Report.subject, doc.place."""
    text = doc.text
    where = _passage_finder(doc)
    pmentions = [p for p in places.scan(text) if where(p.start) >= 0]
    stops = sorted(p.end for p in pmentions if not p.short)
    founds = [f for f in bodies.scan(text, stops=stops) if where(f.start) >= 0]
    founds, pmentions = candidates.province_brands(text, founds, pmentions)
    cands = candidates.known_tails(text, candidates.merge(text, pmentions, founds, where))
    cands, vertical = candidates.vertical(cands)
    hints = subjects.source_hints(doc)
    province, city = places.context(pmentions, hints)
    res = Registry(doc)
    place_div = subjects.doc_place(doc, pmentions, hints, city)
    for c in cands:
        if c.cls in UNIT_CLASSES and c.place is not None:
            c.key = res.division(c.place.division, c.passage, c.text)
    pending = subjects.subjects(doc, cands, res, place_div, province, city, _resolve)
    adjacent = {c.start for i, c in enumerate(cands) if i and cands[i - 1].end == c.start}
    # townships first (a village's parent), then names written after their parent (玉林街道|黉门街社区)
    for c in sorted(cands, key=lambda c: (c.cls != "Township", c.start not in adjacent)):
        if c.cls != "Township":
            for r, low in pending.items():  # a town's report: its villages are the town's (防川村)
                doc.reports[r].subject = low.key
        if c.key is None:
            _resolve(c, cands, res, province, city, place_div)
    for r, low in pending.items():
        doc.reports[r].subject = low.key
    for c, head in vertical:  # 国家税务总局|某县税务局: the full name leads, the local one stays an alias
        ent = res.entities.get(c.key) if c.key else None
        if ent is not None and not ent.label.startswith(head):
            ent.alt_labels.add(ent.label)
            ent.label = head + ent.label
            c.start, c.text = c.start - len(head), head + c.text
    cands = short_names(text, cands, res, where)
    _branches_of(text, cands, res)
    refs = _references(doc, res, where, province, city, place_div, cands)
    refs += references.own_bodies(doc, res, where)
    mentions = [Mention(c.start, c.end, c.text, c.cls, c.passage, c.key, c.rule) for c in cands if c.key]
    spans = sorted((c.start, c.end) for c in cands)
    starts = [s for s, _ in spans]
    for m in refs:  # 该区|区市场监管局: the name wins over an overlapping reference
        k = bisect_right(starts, m.end - 1) - 1
        if k < 0 or spans[k][1] <= m.start:
            mentions.append(m)
    mentions.sort(key=lambda m: m.start)
    bare = references.bare_bodies(doc, mentions, where)
    if bare:
        mentions = sorted(mentions + bare, key=lambda m: m.start)
    doc.entities.update(res.entities)
    mentions = backdrop.places_of_reference(doc, backdrop.written_provinces(doc, mentions))
    backdrop.implied_only(doc, mentions, res.entities)
    doc.mentions = [m for m in doc.mentions if m.cls not in ORG_CLASSES] + mentions
    doc.relations.extend(res.relations)
    if doc.place is None:
        doc.place = place_div.key if place_div else (city.key if city else None)
        if doc.place and place_div is None and city is not None:
            res.division(city, None)
            doc.entities.setdefault(city.key, res.entities[city.key])
    return doc


_BRANCHES = ("分校", "分公司", "子公司", "支行", "分行", "分院", "分会", "分中心")


def _branches_of(text: str, cands: list[Cand], res: Registry) -> None:
    """A的B分校, A集团的B分公司: a branch named after its owner and 的 is part of the owner, and so are
    the branches listed after it (A的B分校、C分校)."""
    owner: Cand | None = None
    for a, b in pairwise(cands):
        if not (a.key and b.key and b.text.endswith(_BRANCHES)):
            owner = None
            continue
        between = text[a.end : b.start]
        if between == "的" and a.cls not in UNIT_CLASSES:
            owner = a
        elif between != "、":
            owner = None
        if owner is not None and owner.key:
            res.part_of(b.key, owner.key, b.passage)


def _resolve(
    c: Cand,
    cands: list[Cand],
    res: Registry,
    province: Division | None,
    city: Division | None,
    place: Division | None,
    subject: str | bool | None = False,
) -> None:
    """Give a body or sub-county unit its key, entity and partOf edge."""
    if subject is False:
        rep = res.doc.passages[c.passage].report
        subject = res.doc.reports[rep].subject if rep is not None else None
    f = c.found
    if f is None:
        return
    if f.owner is not None and (c.unit is None or f.owner.level):
        owner = Cand(
            f.owner.start,
            f.owner.end,
            f.owner.text,
            f.owner.cls,
            f.owner.rule,
            c.passage,
            found=f.owner,
            unit=c.unit if f.owner.level else None,  # 某省|国资委 of 某省国资委党委: the place written before
            level=f.owner.level,
        )
        _resolve(owner, cands, res, province, city, place, subject)
        if owner.key is None:
            return
        rest = f.text[len(f.owner.text) :]
        label = f.text
        if owner.key.startswith("place/"):  # 复兴村党支部: under its village's key, not merged by name
            key = "org/" + owner.key[len("place/") :] + rest
        else:
            if f.owner.level and owner.found and owner.found.rule == "department":
                label = res.entities[owner.key].label + rest  # 县公安局|城关分局: the bureau's full name leads
            key = "org/" + label.strip("《》")
        owner_en = res.entities[owner.key].label_en
        en = f"{owner_en} {english(rest, c.cls)}" if owner_en and rest else english(f.text, c.cls)
        own = rest if c.cls == "Enterprise" and owner.key.startswith("place/") else ""  # 某村|富民合作社
        res.entity(key, label, c.cls, c.passage, en, (f.text.strip("《》"), own))
        res.part_of(key, owner.key, c.passage)
        c.key = key
        return
    if c.cls in ("Township", "Village", "Community"):
        known = res.localities.get(c.text)
        if known is not None:  # one node per locality name in a document (黉门街社区 in title and body)
            res.entity(known, c.text, c.cls, c.passage)
            c.key = known
            return
        parent = _unit_parent(c, cands, res, place, subject)
        if parent is None:
            key = f"place/{_scope(res.doc)}/{c.text}"  # no unit named anywhere: this document's only
            res.entity(key, c.text, c.cls, c.passage, english(c.text, c.cls))
            res.localities[c.text] = c.key = key
            res.unit_key_cls[key] = c.cls  # a town's report holds its villages, whether or not its county is named
            return
        pkey = res.unit_key(parent, c.passage)
        key = f"{pkey}/{c.text}"
        res.localities[c.text] = key
        alts = [res.unit_label(parent) + c.text]
        if c.cls == "Township" and len(c.text) >= 3 and c.text[-1] in "乡镇":
            alts.append(c.text[:-1])
        res.entity(key, c.text, c.cls, c.passage, english(c.text, c.cls), tuple(alts))
        res.part_of(key, pkey, c.passage)
        res.unit_key_cls[key] = c.cls
        c.key = key
        return
    if f.rule == "central":
        key = "org/" + (f.canonical or f.text)
        res.entity(key, f.canonical or f.text, c.cls, c.passage, f.english, (f.text,))
        c.key = key
        return
    if f.rule in ("department", "bureau", "department-enum"):
        prefixed = c.unit is not None
        unit = c.unit
        if unit is None and c.level is not None:
            sub = subject if isinstance(subject, str) else None
            unit = subjects.level_unit(c.level, c, cands, res, province, city, place, sub)
            c.unit = unit
        core = f.core or ""
        if core in _BARE and not prefixed and _in_quotes(res.doc, c):
            return  # “县委书记突破项目”: part of a quoted name, not the committee itself
        if not prefixed and res.doc.text.startswith(_ROLE_OF_BODY.get(core, ()), c.end):
            return  # 县委书记主导, 召开县委联席会议, 省人大代表: a post or a meeting named by the body, not it
        if unit is None:
            if core in _BARE or f.rule == "department-enum" or c.level in ("乡", "镇"):
                return  # 镇调解中心 of no town named: any town's, a generic mention
            key = f"org/{_scope(res.doc)}/{f.text}"  # 县人社局 of an unnamed county: this document's only
            res.entity(key, f.text, c.cls, c.passage, None)
            c.key = key
            return
        if core in ("政府", "人民政府") and not prefixed:
            return
        ukey = res.unit_key(unit, c.passage if prefixed else None)  # 省司法厅: the province is not written
        ulabel = res.unit_label(unit)
        # 范县 + 委 -> 范县县委 (a two-character name keeps its level before 委)
        full = ulabel + (ulabel[-1] if len(ulabel) == 2 and core.startswith("委") else "") + core
        if ulabel.endswith("自治区") and core.startswith("委"):
            full = ulabel + "党" + core  # 广西壮族自治区党委组织部
        if core == bodies.YOUTH_CORE:  # 团县委 -> 共青团某县委, also written 某县团委
            full = "共青团" + ulabel + (ulabel[-1] if len(ulabel) == 2 else "") + "委"
        level_char = res.unit_label(unit)[-1]
        alts = [f.text, c.text, level_char + core, ulabel + core if core == bodies.YOUTH_CORE else ""]
        if f.rule == "department-enum":
            alts += [f.text + "部门", f.text + "部" if core.endswith("部") else ""]
        en = f"{res.unit_en(unit)} {f.english}" if f.english else english(full, c.cls)
        key = "org/" + full
        res.entity(key, full, c.cls, c.passage, en, tuple(alts))
        res.part_of(key, ukey, c.passage)
        c.key = key
        return
    if (
        f.rule == "party"
        and c.unit is None
        and references.own_committee(res, subject if isinstance(subject, str) else None, f.text, c)
    ):
        return
    if f.rule == "party":
        named = c.unit if c.unit is not None else _named_place(f.text)  # 张掖|经济技术开发区党工委
        if named is not None and c.unit is None:
            c.unit = named
            f = replace(f, text=f.text)
        unit = (
            c.unit if c.unit is not None else subjects.subject_unit(res, subject if isinstance(subject, str) else None)
        )
        if unit is None:
            unit = place
        if unit is not None:
            ukey = res.unit_key(unit, c.passage if c.unit is not None else None)
            written = c.unit is not None and not f.text.startswith(res.unit_label(c.unit))
            full = f.text if c.unit is not None else res.unit_label(unit) + f.text
            key = "org/" + full
            res.entity(
                key,
                full,
                c.cls,
                c.passage,
                english(full, c.cls),
                (f.text, f.text[len(res.unit_label(unit)) :] if c.unit is not None and not written else ""),
            )
            res.part_of(key, ukey, c.passage)
        else:
            key = f"org/{_scope(res.doc)}/{f.text}"
            res.entity(key, f.text, c.cls, c.passage, english(f.text, c.cls))
        c.key = key
        return
    level = f.level
    if level is None and f.rule in _LEVEL_RUN and f.text[0] in "县市区" and level_ok(res.doc.text, c.start):
        level = f.text[0]  # 县城投集团, 县老年大学: the level's own company or college, as its hospital is
    if f.rule in ("social", *_LEVEL_RUN) and level and c.unit is None:  # 县人民医院 in 南乐县's report: 南乐县人民医院
        sub = subject if isinstance(subject, str) else None
        unit = subjects.level_unit(level, c, cands, res, province, city, place, sub)
        if unit is not None and res.unit_label(unit).endswith(level):
            full = res.unit_label(unit) + f.text[1:]
            key = "org/" + full
            res.entity(key, full, c.cls, c.passage, english(full, c.cls), (f.text,))
            if c.cls != "Enterprise":  # a level's company (县城投集团) is named for it, not a part of its government
                res.part_of(key, res.unit_key(unit, None), c.passage)
            c.key = key
            return
    # enterprises, institutions, media, zones: their own names (《人民日报》 is the 人民日报 of the central list)
    name = f.text.strip("《》")
    canon, _, en = lexicon.central().get(name, (name, c.cls, english(name, c.cls)))
    if c.unit is None:
        c.unit = f.unit  # 中共某县委某某领导小组办公室 lies in the county its rule read at its start
    if c.cls == "AdministrativeUnit":
        canon = _zone_canonical(name)
        city = _named_place(name)
        if c.unit is None and city is not None and city.cls == "Prefecture":
            c.unit = city  # 南京|江宁经济技术开发区 lies in 南京市
    key = "org/" + canon
    res.entity(key, f.text, c.cls, c.passage, en, (name, canon, *f.forms))
    if c.unit is not None:
        res.part_of(key, res.unit_key(c.unit, c.passage), c.passage)
    c.key = key


_LEVEL_RUN = ("enterprise", "institution")  # bodies a level may run under its own name (县城投集团, 县老年大学)
_ZONE_LONG = re.compile(r"(?:经济技术|经济)开发区$|经开区$")


def _zone_canonical(name: str) -> str:
    """One key for the written forms of a development zone: 南京江宁经济技术开发区 = 江宁经开区 = 江宁开发区.

    >>> _zone_canonical("南京江宁经济技术开发区"), _zone_canonical("江宁高新区")
    ('江宁开发区', '江宁高新区')
    """
    short = _ZONE_LONG.sub("开发区", name)
    for k in (3, 2):  # 南京|江宁开发区: the city before the zone's own name
        if len(short) - k >= 5 and any(d.cls in ("Prefecture", "Province") for d in divisions.by_short(short[:k])):
            return short[k:]
    return short


def _named_place(name: str) -> Division | None:
    """The unit a body's name starts with by its short form (张掖经济技术开发区党工委 -> 张掖市), if unique."""
    for k in (4, 3, 2):
        found = [d for d in divisions.by_short(name[:k]) if d.cls != "Province"]
        if len(found) == 1:
            return found[0]
    return None


def _scope(doc: Document) -> str:
    """A per-document key segment for names no unit anchors (the document id emit uses)."""
    from loaders.emit import document_id

    return document_id(doc)


def _index_before(cands: list[Cand], pos: int) -> int:
    lo, hi = 0, len(cands)
    while lo < hi:
        mid = (lo + hi) // 2
        if cands[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _in_quotes(doc: Document, c: Cand) -> bool:
    before = doc.text[doc.passages[c.passage].start : c.start]
    return before.count("“") > before.count("”")


def _unit_parent(
    c: Cand, cands: list[Cand], res: Registry, place: Division | None, subject: str | bool | None
) -> Division | str | None:
    """A township's county, a village's township: the unit written just before, else the nearest one."""
    i = bisect_left([o.start for o in cands], c.start) if len(cands) < 64 else _index_before(cands, c.start)
    office = i and res.doc.text[cands[i - 1].end : c.start] == "办事处"  # 青松街道|办事处|和顺社区
    if i and (cands[i - 1].end == c.start or office) and cands[i - 1].key:
        prev = cands[i - 1]
        if prev.place is not None:
            return prev.place.division
        if prev.cls == "Township" and c.cls in ("Village", "Community"):
            return prev.key
    if i and c.cls in ("Village", "Community") and (town := _listed_town(res, cands[i - 1], c)) is not None:
        return town  # 某镇甲村、乙村和丙村: the items after the first lie where it lies
    if c.cls in ("Village", "Community") and isinstance(subject, str) and res.unit_key_cls.get(subject) == "Township":
        return subject  # 防川村 in 敬信镇's report
    report = res.doc.passages[c.passage].report
    if c.cls in ("Village", "Community") and (town := _sole_town(c, cands, i, res, report)) is not None:
        return town
    near: Cand | None = next(
        (
            o
            for o in reversed(cands[:i])
            if o.place is not None and o.place.division.level == 2 and res.doc.passages[o.passage].report == report
        ),
        None,
    )
    near_unit = near.place.division if near is not None and near.place is not None else None
    sub = subjects.subject_unit(res, subject if isinstance(subject, str) else None)
    if near is not None and isinstance(sub, Division) and sub.level == 2 and c.passage - near.passage > 2:
        return sub  # 在西塘镇设立…: a town named far from any other county is the reporting county's
    if near_unit is not None:
        return near_unit
    if isinstance(sub, Division) and sub.level >= 1:
        return sub
    if place is None and c.cls == "Township":
        return _county_after(c, cands, i, res)
    return place


def _county_after(c: Cand, cands: list[Cand], i: int, res: Registry) -> Division | None:
    """The county-level unit a township's report names first after it, when no unit comes before the
    township (某镇党委书记述职报告 over a lead that names 某省某市某县): a town's title opens on its own name."""
    report = res.doc.passages[c.passage].report
    for o in cands[i + 1 :]:
        if res.doc.passages[o.passage].report != report:
            return None
        unit = o.place.division if o.place is not None and not o.place.short else o.unit  # 某县|委: the body's
        if isinstance(unit, Division) and unit.level == 2:
            return unit
    return None


def _sole_town(c: Cand, cands: list[Cand], i: int, res: Registry, report: int | None) -> str | None:
    """The township a village or community lies in by what its report names before it, with no
    county-level unit (or its body) between them: a town in the village's own sentence (某镇要在|某村
    开展…), else the one town the report names (某县某镇 … 其中，某村…); two towns leave it open."""
    if res.doc.text.startswith(_SITUATED, c.end):
        return None  # 某社区隶属…街道: the sentence states where it lies
    town: str | None = None
    for o in reversed(cands[:i]):
        if res.doc.passages[o.passage].report != report:
            break
        unit = o.place.division if o.place is not None else o.unit
        if isinstance(unit, Division) and unit.level == 2:
            break
        if o.cls == "Township" and o.key and o.found is not None and o.found.rule == "unit":
            if town is None and o.passage == c.passage:
                town = o.key
                break
            if town is not None and o.key != town:
                return None
            town = o.key
    return town if town is not None and res.unit_key_cls.get(town) == "Township" else None


_LIST_MARKS = frozenset(("、", "和", "及", "与", "以及"))
_SITUATED = ("隶属", "位于", "地处", "坐落", "座落", "归属")


def _listed_town(res: Registry, prev: Cand, c: Cand) -> str | None:
    """The township of the village or community listed right before `c` (甲村、|乙村), if it has one."""
    if prev.cls not in ("Village", "Community") or not prev.key or res.doc.text[prev.end : c.start] not in _LIST_MARKS:
        return None
    parent = prev.key.rsplit("/", 1)[0]
    return parent if res.unit_key_cls.get(parent) == "Township" else None


def _references(
    doc: Document,
    res: Registry,
    where: Finder,
    province: Division | None,
    city: Division | None,
    place: Division | None,
    cands: list[Cand],
) -> list[Mention]:
    """全县/我市/该区/县里/村里: mentions keyed to the unit they stand for (no entity of their own).

    A village's, community's or town's reference may stand for the one named before it (该村, 村里).
    """
    out = []
    for m in references.REFERENCE.finditer(doc.text):
        p = where(m.start())
        if p < 0:
            continue
        rep = doc.passages[p].report
        subject = doc.reports[rep].subject if rep is not None else None
        c = Cand(m.start(), m.end(), m.group(0), "", "reference", p)
        level = references.reference_level(m)
        before = cands if level in _LOCAL_LEVELS else []
        unit = subjects.level_unit(level, c, before, res, province, city, place, subject)
        if unit is None:
            continue
        key = res.unit_key(unit, None)
        ent = res.entities.get(key)
        if ent is None:
            continue
        if p not in ent.passages:
            ent.passages.append(p)
        out.append(Mention(m.start(), m.end(), m.group(0), ent.cls, p, key, "reference"))
    return out
