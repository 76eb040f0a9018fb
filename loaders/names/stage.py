"""Stage 3: organization mentions, their entities, report subjects, the document's place, partOf.

Places come from `places` (division data), bodies and sub-county units from `bodies` (with
`listings` and `localities`), generic references from `references`, report subjects and the
document's place from `subjects`; `registry` creates the entities and partOf edges. Resolution
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
from collections.abc import Callable
from dataclasses import replace
from itertools import accumulate, pairwise

from loaders.document import Document, Mention
from loaders.names import backdrop, bodies, divisions, lexicon, places, references, subjects
from loaders.names.actors import actor_at, subject_of
from loaders.names.companies import COOPS, UTILITY
from loaders.names.divisions import Division
from loaders.names.english import english
from loaders.names.found import Found
from loaders.names.offices import level_ok
from loaders.names.places import PlaceMention
from loaders.names.registry import ORG_CLASSES, UNIT_CLASSES, Cand, Registry
from loaders.names.shortnames import short_names
from loaders.names.words import boundaries, part_of_speech

__all__ = ["REQUIRES", "RULES", "SETS", "actor_at", "run", "subject_of"]

Finder = Callable[[int], int]  # offset -> index of the passage holding it, -1 outside passages

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
    founds, pmentions = _province_brands(text, founds, pmentions)
    cands, vertical = _vertical(_known_tails(text, _merge(text, pmentions, founds, where)))
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


def _merge(text: str, pms: list[PlaceMention], founds: list[Found], where: Finder) -> list[Cand]:
    """Join places and bodies into one left-to-right list; a body written after its place absorbs it."""
    by_end = {p.end: p for p in pms}
    by_start = {p.start: p for p in pms}
    absorbed: set[int] = set()
    out: list[Cand] = []
    for f in founds:
        p = by_end.get(f.start)
        coop = f.rule == "enterprise" and f.text.endswith(COOPS)
        if p is not None and not p.short and (f.rule in ("party", "social") or coop) and p.start not in absorbed:
            # 安吉县|白茶产业协会, 新罗区|外卖配送行业党委, 某县|某某种植专业合作社: the unit written before is
            # part of the name; the units written before it (某市|某区|某某学校) make a longer form of it
            top = p
            while (up := by_end.get(top.start)) is not None and not up.short and up.start not in absorbed:
                top = up
                absorbed.add(up.start)  # written inside the longer form: no mention of its own
            forms = (f.text, text[top.start : f.end]) if top is not p else (f.text,)
            f = replace(f, start=p.start, text=text[p.start : f.end], forms=forms)
        elif p is not None and not p.short and f.owner is not None and p.start not in absorbed and _own_name(f):
            # 某县|义工协会|党支部: the unit is part of the owner's name, and so of its branch's
            owner = replace(f.owner, start=p.start, text=text[p.start : f.start] + f.owner.text)
            f = replace(f, start=p.start, text=text[p.start : f.end], owner=owner)
        held = by_end.get(f.start + 1)
        unit = None
        if held is not None and f.owner is not None and _level_owned(f, held) and held.start not in absorbed:
            # 某省|国资委党委, 某市|生态环境局某分局: the place closes the level of the body that owns this one
            begin = held.start - 2 if text.startswith("中共", held.start - 2) else held.start
            owner = replace(f.owner, start=begin, text=text[begin : f.owner.end])
            f = replace(f, start=begin, text=text[begin : f.end], owner=owner)
            unit = held.division
            absorbed.add(held.start)
        c = Cand(f.start, f.end, f.text, f.cls, f.rule, where(f.start), found=f, level=f.level, unit=unit)
        region = f.rule == "department" and f.text.startswith("自治区")  # 广西壮族|自治区党委
        p = by_end.get(f.start + (3 if region else 1))
        if f.level and p is not None and p.start < f.start and (p.text[-1] == f.level or region):
            begin = p.start - 2 if text.startswith("中共", p.start - 2) else p.start  # 中共|南乐县委
            if f.core == "委" and text.endswith("共青团", 0, p.start):  # 共青团|某县委: the League's committee
                begin = p.start - 3
                cls, en, canon = lexicon.departments()[bodies.YOUTH_CORE]
                c.cls, c.found = cls, replace(f, start=begin, text=text[begin : f.end], cls=cls, core=canon, english=en)
            c.start, c.text, c.unit, c.level = begin, text[begin : f.end], p.division, None
            absorbed.add(p.start)
        elif _province_opens(by_start.get(f.start), f):
            p = by_start[f.start]  # 青海|某某乡: a province written before a township's own name qualifies it
            c.start, c.text = p.end, text[p.end : f.end]
            c.found = replace(f, start=p.end, text=c.text)
        elif f.start in by_start and by_start[f.start].end < f.end and f.rule != "group-office":
            p = by_start[f.start]
            if f.rule in ("party", "social"):  # 新罗区外卖配送行业党委 is 新罗区's; 北京…研究院 only named so
                c.unit = p.division
            absorbed.add(p.start)
        out.append(c)
    taken = sorted((c.start, c.end) for c in out if c.rule != "group-office")  # 某市某区|…办公室 names both
    starts = [t[0] for t in taken]
    for p in pms:
        k = bisect_right(starts, p.start) - 1
        if p.start in absorbed or (k >= 0 and taken[k][0] <= p.start < taken[k][1]):
            continue
        out.append(
            Cand(
                p.start,
                p.end,
                p.text,
                p.division.cls,
                "division-short" if p.short else "division",
                where(p.start),
                place=p,
            )
        )
    out.sort(key=lambda c: c.start)
    return out


def _vertical(cands: list[Cand]) -> tuple[list[Cand], list[tuple[Cand, str]]]:
    """A national administration written right before a level's bureau (国家税务总局|某县税务局) heads the
    bureau's name: one body managed from the centre down, not the administration and a county bureau."""
    pairs = [
        (b, a.text)
        for a, b in pairwise(cands)
        if a.end == b.start
        and a.rule == "central"
        and a.cls == b.cls == "GovernmentAgency"
        and b.rule in ("department", "bureau")
        and b.unit is not None
    ]
    if not pairs:
        return cands, []
    heads = {b.start - len(h) for b, h in pairs}
    return [c for c in cands if not (c.rule == "central" and c.start in heads)], pairs


_LOCALITIES = frozenset(("Township", "Village", "Community"))
_COUNTED = re.compile(r"(?:[\d一二两三四五六七八九十百]个|多个|各个|每个)")


def _level_owned(f: Found, p: PlaceMention) -> bool:
    """Whether a body is written right after a level's body that owns it (省国资委|党委, 市委|两新工委), and
    the place `p` written before both closes with that level (贵州省|国资委党委)."""
    owner = f.owner
    if owner is None or owner.start != f.start or not owner.level:
        return False
    return p.text[-1] == owner.level and not p.short


def _own_name(f: Found) -> bool:
    """Whether a body's owner, written just before it, is named by its own words (某协会|党支部), not a place."""
    return f.owner is not None and f.owner.start == f.start and f.owner.rule in ("party", "social")


def _known_tails(text: str, cands: list[Cand]) -> list[Cand]:
    """A locality run that ends with a locality the document names on its own (独具|泉吉乡 after 泉吉乡)
    is that locality: the words before it are its left context; one the document names with a
    character or two more before it (来龙湾街道 written after 在) is that longer one."""
    known = {c.text for c in cands if c.cls in _LOCALITIES and c.found is not None and c.found.rule == "unit"}
    sizes = {len(n) for n in known}  # one pass over the counts, not a search of the text per name
    kinds = {text[m.end() : m.end() + k] for m in _COUNTED.finditer(text) for k in sizes} & known
    if kinds:  # 全县23个|边境村: a counted name is a kind of village, wherever else it is written
        cands = [c for c in cands if not (c.text in kinds and c.found is not None and c.found.rule == "unit")]
        known -= kinds
    for c in cands:
        if c.cls not in _LOCALITIES or c.found is None or c.found.rule != "unit":
            continue
        k = next((k for k in (1, 2) if c.start >= k and text[c.start - k : c.end] in known), 0)
        if k:  # 。来|龙湾街道 after 在来龙湾街道: the character before is the name's own
            c.start -= k
            c.text = text[c.start : c.end]
            c.found = replace(c.found, start=c.start, text=c.text)
            continue
        tails = [n for n in known if len(c.text) - len(n) >= 2 and c.text.endswith(n) and len(n) >= 3]
        tail = max(tails, key=len) if tails else None  # the longest: one answer whatever the set's order
        if tail is not None:
            c.start = c.end - len(tail)
            c.text = tail
            c.found = replace(c.found, start=c.start, text=tail)
    return cands


def _province_opens(p: PlaceMention | None, f: Found) -> bool:
    """Whether a township or village name found from its suffix opens with a province's short name
    written as a word of its own, and keeps a name of two characters or more after it."""
    if p is None or not p.short or p.division.cls != "Province" or f.cls not in ("Township", "Village", "Community"):
        return False
    rest = f.text[len(p.text) :]
    suffix = next(s for s in ("街道", "社区", "嘎查", "苏木", rest[-1]) if rest.endswith(s))
    return len(rest) - len(suffix) >= 2


# tags of words a brand may be: unknown to the dictionary, or a name there (在上海|办公 is no company)
_NAME_TAGS = frozenset(("x", "nz", "nr", "nrt", "nt", "j"))
_BRAND_END = set("，,。；;、等和与）)")


def _province_brands(text: str, founds: list[Found], pms: list[PlaceMention]) -> tuple[list[Found], list[PlaceMention]]:
    """山东齐成: a province's short name and a two-character brand closing the phrase name a company."""
    common, vs = lexicon.common_words(), lexicon.verbs()
    keep = []
    given = sorted(founds, key=lambda f: f.start)  # whether a name found covers an offset: by bisection
    starts, reach = [f.start for f in given], list(accumulate((f.end for f in given), max))
    added: list[Found] = []
    for p in pms:
        brand = text[p.end : p.end + 2]
        # 某省移动, 某省电信驻村工作队: a state utility's provincial company, a word of its own
        utility = brand in UTILITY and boundaries(text).is_boundary(p.end + 2)
        if (
            p.short
            and p.division.cls == "Province"
            and len(brand) == 2
            and (
                utility
                or (
                    text[p.end + 2 : p.end + 3] in _BRAND_END
                    and re.fullmatch(r"[\u4e00-\u9fff]{2}", brand)
                    and brand not in common
                    and brand not in vs
                    and not divisions.by_short(brand)
                    and part_of_speech(brand) in _NAME_TAGS
                )
            )
            and not _covers(starts, reach, p.end)
            and not any(f.start <= p.end < f.end for f in added)
        ):
            added.append(Found(p.start, p.end + 2, text[p.start : p.end + 2], "Enterprise", "province-brand"))
            founds.append(added[-1])
            continue
        keep.append(p)
    founds.sort(key=lambda f: f.start)
    return founds, keep


def _covers(starts: list[int], reach: list[int], pos: int) -> bool:
    """Whether a span of those sorted by start (`reach`: the furthest end so far) holds offset `pos`."""
    k = bisect_right(starts, pos)
    return k > 0 and reach[k - 1] > pos


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
