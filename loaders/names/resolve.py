"""Resolution: a body or sub-county unit found in the text gets its key, entity and partOf edge.

Bare forms are tied to a unit: 县委 in 南乐县's report is 南乐县委, 省委 in a Henan document is 河南省委,
区卫健委 in 华龙区's report is 华龙区卫健委. Keys: place/<12-digit code> for divisions,
place/<parent key>/<name> for townships, villages and communities (their parent from `parents`),
org/<full name> for bodies (names no unit anchors are scoped to their document: org/<doc id>/县人社局).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.document import Document
from loaders.names import divisions, lexicon, references, subjects
from loaders.names.departments import YOUTH_CORE
from loaders.names.divisions import Division
from loaders.names.english import english
from loaders.names.found import Found
from loaders.names.offices import level_ok
from loaders.names.parents import unit_parent
from loaders.names.registry import Cand, Registry

__all__ = ["resolve"]

_ROLE_OF_BODY = {"委": ("书记", "副书记", "联席会议"), "人大": ("代表",), "政协": ("委员",)}
_BARE = frozenset({"委", "政府", "人民政府", "人大", "政协"})  # bare 县委/县政府 stand for the named one only


def resolve(
    c: Cand,
    cands: list[Cand],
    res: Registry,
    province: Division | None,
    city: Division | None,
    place: Division | None,
    subject: str | bool | None = False,
) -> None:
    """Give a body or sub-county unit its key, entity and partOf edge (`subject`: the key of the report's
    subject, None for none; False, the default, reads it from the candidate's report)."""
    if subject is False:
        rep = res.doc.passages[c.passage].report
        subject = res.doc.reports[rep].subject if rep is not None else None
    sub = subject if isinstance(subject, str) else None
    f = c.found
    if f is None:
        return
    at = _Where(cands, res, province, city, place, sub)
    if f.owner is not None and (c.unit is None or f.owner.level):
        _owned(c, f, f.owner, at)
    elif c.cls in ("Township", "Village", "Community"):
        _locality(c, at)
    elif f.rule == "central":
        key = "org/" + (f.canonical or f.text)
        res.entity(key, f.canonical or f.text, c.cls, c.passage, f.english, (f.text,))
        c.key = key
    elif f.rule in ("department", "bureau", "department-enum"):
        _department(c, f, at)
    elif f.rule == "party":
        if c.unit is not None or not references.own_committee(res, sub, f.text, c):
            _party(c, f, at)
    elif not _levelled(c, f, at):
        _own_name(c, f, res)


@dataclass(frozen=True)
class _Where:
    """What a candidate is resolved against: the document's candidates and entities, its province and city,
    the document's place and the report's subject (a key, or None)."""

    cands: list[Cand]
    res: Registry
    province: Division | None
    city: Division | None
    place: Division | None
    subject: str | None


def _owned(c: Cand, f: Found, of: Found, at: _Where) -> None:
    """A body written right after its owner (复兴村|党支部, 县公安局|城关分局): the owner is resolved first,
    and the body keyed and labelled under it."""
    res = at.res
    owner = Cand(
        of.start,
        of.end,
        of.text,
        of.cls,
        of.rule,
        c.passage,
        found=of,
        unit=c.unit if of.level else None,  # 某省|国资委 of 某省国资委党委: the place written before
        level=of.level,
    )
    resolve(owner, at.cands, res, at.province, at.city, at.place, at.subject)
    if owner.key is None:
        return
    rest = f.text[len(of.text) :]
    label = f.text
    if owner.key.startswith("place/"):  # 复兴村党支部: under its village's key, not merged by name
        key = "org/" + owner.key[len("place/") :] + rest
    else:
        if of.level and owner.found and owner.found.rule == "department":
            label = res.entities[owner.key].label + rest  # 县公安局|城关分局: the bureau's full name leads
        key = "org/" + label.strip("《》")
    owner_en = res.entities[owner.key].label_en
    en = f"{owner_en} {english(rest, c.cls)}" if owner_en and rest else english(f.text, c.cls)
    own = rest if c.cls == "Enterprise" and owner.key.startswith("place/") else ""  # 某村|富民合作社
    res.entity(key, label, c.cls, c.passage, en, (f.text.strip("《》"), own))
    res.part_of(key, owner.key, c.passage)
    c.key = key


def _locality(c: Cand, at: _Where) -> None:
    """A township, village or community: keyed under the unit it lies in (`parents`), once per name."""
    res = at.res
    known = res.localities.get(c.text)
    if known is not None:  # one node per locality name in a document (黉门街社区 in title and body)
        res.entity(known, c.text, c.cls, c.passage)
        c.key = known
        return
    parent = unit_parent(c, at.cands, res, at.place, at.subject)
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


def _department(c: Cand, f: Found, at: _Where) -> None:
    """A level's department or bureau (县委, 区卫健委): the unit its level stands for names it in full."""
    res = at.res
    prefixed = c.unit is not None
    unit = c.unit
    if unit is None and c.level is not None:
        unit = subjects.level_unit(c.level, c, at.cands, res, at.province, at.city, at.place, at.subject)
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
    if core == YOUTH_CORE:  # 团县委 -> 共青团某县委, also written 某县团委
        full = "共青团" + ulabel + (ulabel[-1] if len(ulabel) == 2 else "") + "委"
    level_char = res.unit_label(unit)[-1]
    alts = [f.text, c.text, level_char + core, ulabel + core if core == YOUTH_CORE else ""]
    if f.rule == "department-enum":
        alts += [f.text + "部门", f.text + "部" if core.endswith("部") else ""]
    en = f"{res.unit_en(unit)} {f.english}" if f.english else english(full, c.cls)
    key = "org/" + full
    res.entity(key, full, c.cls, c.passage, en, tuple(alts))
    res.part_of(key, ukey, c.passage)
    c.key = key


def _party(c: Cand, f: Found, at: _Where) -> None:
    """A party committee named by its own field (外卖配送行业党委): the unit written before it, named at its
    start (张掖|经济技术开发区党工委), the report's subject or the document's place holds it."""
    res = at.res
    if c.unit is None:
        c.unit = _named_place(f.text)  # 张掖|经济技术开发区党工委
    unit = c.unit if c.unit is not None else subjects.subject_unit(res, at.subject)
    if unit is None:
        unit = at.place
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


def _levelled(c: Cand, f: Found, at: _Where) -> bool:
    """A level's own hospital, school, company or college (县人民医院 in 南乐县's report: 南乐县人民医院), named
    in full for the unit its level stands for; whether it was."""
    res = at.res
    level = f.level
    if level is None and f.rule in _LEVEL_RUN and f.text[0] in "县市区" and level_ok(res.doc.text, c.start):
        level = f.text[0]  # 县城投集团, 县老年大学: the level's own company or college, as its hospital is
    if f.rule not in ("social", *_LEVEL_RUN) or not level or c.unit is not None:
        return False
    unit = subjects.level_unit(level, c, at.cands, res, at.province, at.city, at.place, at.subject)
    if unit is None or not res.unit_label(unit).endswith(level):
        return False
    full = res.unit_label(unit) + f.text[1:]
    key = "org/" + full
    res.entity(key, full, c.cls, c.passage, english(full, c.cls), (f.text,))
    if c.cls != "Enterprise":  # a level's company (县城投集团) is named for it, not a part of its government
        res.part_of(key, res.unit_key(unit, None), c.passage)
    c.key = key
    return True


def _own_name(c: Cand, f: Found, res: Registry) -> None:
    """Enterprises, institutions, media and zones by their own names (《人民日报》 is the 人民日报 of the
    central list), part of the unit written before them or read at their start."""
    name = f.text.strip("《》")
    canon, _, en = lexicon.central().get(name, (name, c.cls, english(name, c.cls)))
    if c.unit is None:
        c.unit = f.unit  # 中共某县委某某领导小组办公室 lies in the county its rule read at its start
    if c.cls == "AdministrativeUnit":
        canon = _zone_canonical(name)
        named = _named_place(name)
        if c.unit is None and named is not None and named.cls == "Prefecture":
            c.unit = named  # 南京|江宁经济技术开发区 lies in 南京市
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


def _in_quotes(doc: Document, c: Cand) -> bool:
    before = doc.text[doc.passages[c.passage].start : c.start]
    return before.count("“") > before.count("”")
