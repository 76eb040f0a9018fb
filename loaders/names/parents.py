"""The unit a township, village or community lies in, from what its report names around it.

A name written right after its parent (某县|某镇, 某镇|某村) lies in it; an item listed after a sibling
(甲村、|乙村) lies where the sibling does; else the town its sentence or report names, the nearest
county, the report's subject, or the document's place.
"""

from __future__ import annotations

from bisect import bisect_left

from loaders.names import subjects
from loaders.names.divisions import Division
from loaders.names.registry import Cand, Registry

__all__ = ["unit_parent"]


def unit_parent(
    c: Cand, cands: list[Cand], res: Registry, place: Division | None, subject: str | bool | None
) -> Division | str | None:
    """A township's county, a village's township: the unit written just before, else the nearest one."""
    i = bisect_left(cands, c.start, key=lambda o: o.start)
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


_LIST_MARKS = frozenset(("、", "和", "及", "与", "以及"))
_SITUATED = ("隶属", "位于", "地处", "坐落", "座落", "归属")


def _listed_town(res: Registry, prev: Cand, c: Cand) -> str | None:
    """The township of the village or community listed right before `c` (甲村、|乙村), if it has one."""
    if prev.cls not in ("Village", "Community") or not prev.key or res.doc.text[prev.end : c.start] not in _LIST_MARKS:
        return None
    parent = prev.key.rsplit("/", 1)[0]
    return parent if res.unit_key_cls.get(parent) == "Township" else None


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
