"""Stage 3: organization mentions, their entities, report subjects, the document's place, partOf.

Places come from `places` (division data), bodies and sub-county units from `bodies` (with
`listings` and `localities`); `candidates` joins both into one list, `subjects` finds the reports'
subjects and the document's place, and `resolve` gives each candidate its entity (a locality's parent
from `parents`), which `registry` creates with its partOf edges; generic references (全县, 该区) come
from `references`. `actor_at` and `subject_of` (from `actors`) serve the relations and metrics stages.

>>> from pathlib import Path
>>> from loaders.document import Document
>>> from loaders import segment
>>> text = "某地经验\\n近年来，南乐县坚持党建引领，县委常委会研究部署。"
>>> d = run(segment.run(Document(path=Path("x.txt"), text=text)))
>>> d.reports[0].subject, sorted(d.entities)[:3]
('place/410923000000', ['org/南乐县委常委会', 'place/410000000000', 'place/410900000000'])
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from loaders.document import Document, Mention
from loaders.names import backdrop, bodies, candidates, places, references, subjects
from loaders.names.actors import actor_at, subject_of
from loaders.names.candidates import Finder
from loaders.names.divisions import Division
from loaders.names.registry import ORG_CLASSES, UNIT_CLASSES, Cand, Registry
from loaders.names.resolve import resolve
from loaders.names.shortnames import short_names

__all__ = ["REQUIRES", "RULES", "SETS", "actor_at", "run", "subject_of"]

REQUIRES = ("passages", "reports")
SETS = ("mentions", "entities", "relations", "place")
RULES = "govkg.rules.v1"

_LOCAL_LEVELS = frozenset({"村", "社区", "镇", "乡", "街道"})


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
    pending = subjects.subjects(doc, cands, res, place_div, province, city, resolve)
    adjacent = {c.start for i, c in enumerate(cands) if i and cands[i - 1].end == c.start}
    # townships first (a village's parent), then names written after their parent (玉林街道|黉门街社区)
    for c in sorted(cands, key=lambda c: (c.cls != "Township", c.start not in adjacent)):
        if c.cls != "Township":
            for r, low in pending.items():  # a town's report: its villages are the town's (防川村)
                doc.reports[r].subject = low.key
        if c.key is None:
            resolve(c, cands, res, province, city, place_div)
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
