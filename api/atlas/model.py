"""The atlas of one store state: adoptions placed on the map, grouped by practice, unit and date.

Built once per store state from `graph.atlas.fetch` (four bulk queries) and the catalog; every page
of the atlas is then a pass over these lists in Python. An adopter is an administrative unit: an
organization that is no unit (a county's party committee) counts for the unit it belongs to
(gk:partOf), and the page says through whom. A unit is placed at its own division code's point, or at
the nearest unit above it that has one (a township or village at its county's).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.atlas import Adoption, Concept, DocumentDate, Facts
from graph.catalog import Catalog, NodeInfo, local_name
from loaders.names.divisions import by_code
from loaders.names.geo import point

from ..pages.facets import is_a

__all__ = ["LEVELS", "Atlas", "Keep", "Placed", "Unit", "UnitRecord", "date_key"]

GKC = "https://w3id.org/govkg/concept/"
# Unit levels, top down: (class local name, zh, en).
LEVELS: tuple[tuple[str, str, str], ...] = (
    ("Province", "省级", "province"),
    ("Prefecture", "地级", "prefecture"),
    ("CountyLevelDivision", "县级", "county level"),
    ("Township", "乡镇街道", "township"),
    ("Village", "村", "village"),
    ("Community", "社区", "community"),
)


def date_key(date: str | None) -> str:
    """Sort key of an ISO date or year; undated last.

    >>> sorted(["2023-05-01", None, "2022"], key=date_key)
    ['2022', '2023-05-01', None]
    """
    return date if date else "9999"


@dataclass(frozen=True)
class Unit:
    """An administrative unit that adopts something, with where it is."""

    iri: str
    label: str
    label_en: str | None
    cls: str | None
    level: str | None  # a LEVELS name
    code: str | None  # its own division code
    place_code: str | None  # the code its point comes from (its own, or the county's above it)
    province_code: str | None
    province: str | None
    lon: float | None
    lat: float | None


@dataclass(frozen=True)
class Placed:
    """An adoption counted for a unit, with its concepts closed over skos:broader."""

    adoption: Adoption
    unit: str
    concepts: frozenset[str]
    date: str | None


@dataclass
class UnitRecord:
    """One unit's adoptions of a practice: the earliest date and everything that states it."""

    unit: Unit
    first: str | None = None
    first_source: str | None = None
    adoptions: list[Placed] = field(default_factory=list)


@dataclass
class Atlas:
    """The placed adoptions of a store state, indexed by concept and by unit."""

    catalog: Catalog
    concepts: dict[str, Concept]
    documents: dict[str, DocumentDate]
    units: dict[str, Unit]
    actors: dict[str, str]  # adopting organization -> the unit it counts for
    practices: dict[str, str]  # activity -> its gk:Practice
    ancestors: _Ancestors
    placed: list[Placed]
    by_concept: dict[str, list[int]]
    by_unit: dict[str, list[int]]
    memo: dict[Any, Any] = field(default_factory=dict)  # pages computed on this state (the index)

    @classmethod
    def build(cls, facts: Facts, catalog: Catalog) -> Atlas:
        """Place every adoption whose actor is, or belongs to, an administrative unit."""
        units: dict[str, Unit] = {}
        actors: dict[str, str] = {}
        for actor in {a.actor for a in facts.adoptions}:
            unit_iri = _unit_of(actor, catalog, facts.parents)
            if unit_iri is not None:
                actors[actor] = unit_iri
                if unit_iri not in units:
                    units[unit_iri] = _unit(unit_iri, catalog, facts)
        atlas = cls(
            catalog,
            facts.concepts,
            facts.documents,
            units,
            actors,
            facts.practices,
            _Ancestors(facts.concepts),
            [],
            {},
            {},
        )
        atlas.placed = atlas.place(facts.adoptions)
        for i, p in enumerate(atlas.placed):
            for c in p.concepts:
                atlas.by_concept.setdefault(c, []).append(i)
            atlas.by_unit.setdefault(p.unit, []).append(i)
        return atlas

    def place(self, adoptions: Iterable[Adoption]) -> list[Placed]:
        """The adoptions whose actor is, or belongs to, a unit, with their dates and closed concepts."""
        out = []
        for adoption in adoptions:
            unit_iri = self.actors.get(adoption.actor)
            if unit_iri is None:
                continue
            doc = self.documents.get(adoption.document or "")
            closed = frozenset(c for cat in adoption.categories for c in self.ancestors.of(cat))
            out.append(Placed(adoption, unit_iri, closed, doc.date if doc else None))
        return out

    def scheme(self) -> list[Concept]:
        """The concepts of the govkg scheme, by English label."""
        return sorted((c for c in self.concepts.values() if c.iri.startswith(GKC)), key=lambda c: c.en or c.zh or c.iri)

    def adoptions_of(self, concept: str) -> list[Placed]:
        """The placed adoptions of a concept and its narrower ones."""
        return [self.placed[i] for i in self.by_concept.get(concept, [])]

    def adoptions_named(self, iri: str) -> list[Placed]:
        """The placed adoptions of a named practice: an activity (or its gk:Practice) in every document
        that reports it; an activity without a practice link goes by its label."""
        group = self.practices.get(iri, iri)
        label = (self.catalog.nodes.get(iri) or NodeInfo()).zh
        return [
            p
            for p in self.placed
            if self.practices.get(p.adoption.activity, p.adoption.activity) == group
            or (
                p.adoption.activity not in self.practices
                and label is not None
                and (self.catalog.nodes.get(p.adoption.activity) or NodeInfo()).zh == label
            )
        ]

    def records(self, adoptions: Iterable[Placed], *, keep: Keep | None = None) -> list[UnitRecord]:
        """Adoptions grouped by unit, earliest first (undated units last), then by name."""
        grouped: dict[str, UnitRecord] = {}
        for p in adoptions:
            unit = self.units[p.unit]
            if keep is not None and not keep(unit):
                continue
            rec = grouped.setdefault(p.unit, UnitRecord(unit))
            rec.adoptions.append(p)
            if p.date and date_key(p.date) < date_key(rec.first):
                rec.first = p.date
                doc = self.documents.get(p.adoption.document or "")
                rec.first_source = doc.source if doc else None
        return sorted(grouped.values(), key=lambda r: (date_key(r.first), r.unit.label))

    def profile(self, unit: str) -> dict[str, list[Placed]]:
        """A unit's practices: each concept of its activities' own categories, with the adoptions."""
        key = ("profile", unit)
        if key in self.memo:
            return self.memo[key]  # type: ignore[no-any-return]
        out: dict[str, list[Placed]] = {}
        for i in self.by_unit.get(unit, []):
            p = self.placed[i]
            for c in p.adoption.categories:
                out.setdefault(c, []).append(p)
        self.memo[key] = out
        return out


class Keep:
    """Which units a page keeps: a province code and a level, each optional."""

    def __init__(self, province: str | None = None, level: str | None = None) -> None:
        self.province = province
        self.level = level

    def __call__(self, unit: Unit) -> bool:
        return (not self.province or unit.province_code == self.province) and (
            not self.level or unit.level == self.level
        )


class _Ancestors:
    """A concept and everything broader, memoized."""

    def __init__(self, concepts: dict[str, Concept]) -> None:
        self._concepts = concepts
        self._memo: dict[str, frozenset[str]] = {}

    def of(self, concept: str) -> frozenset[str]:
        if concept not in self._memo:
            seen, todo = {concept}, [concept]
            while todo:
                c = self._concepts.get(todo.pop())
                for b in c.broader if c else ():
                    if b not in seen:
                        seen.add(b)
                        todo.append(b)
            self._memo[concept] = frozenset(seen)
        return self._memo[concept]


def _is_unit(iri: str, catalog: Catalog) -> bool:
    info = catalog.nodes.get(iri)
    return bool(info and is_a(catalog, info.cls, "AdministrativeUnit"))


def _nearest_up(start: str, parents: dict[str, list[str]], wanted: Callable[[str], bool]) -> str | None:
    """`start` or the nearest node above it along gk:partOf that is `wanted` (breadth first)."""
    seen, todo = set(), deque([start])
    while todo:
        node = todo.popleft()
        if node in seen:
            continue
        seen.add(node)
        if wanted(node):
            return node
        todo.extend(parents.get(node, []))
    return None


def _unit_of(actor: str, catalog: Catalog, parents: dict[str, list[str]]) -> str | None:
    """The actor when it is an administrative unit, else the nearest unit it is part of."""
    return _nearest_up(actor, parents, lambda node: _is_unit(node, catalog))


def _level(cls: str | None, catalog: Catalog) -> str | None:
    return next((name for name, _, _ in LEVELS if is_a(catalog, cls, name)), None)


def _place_code(iri: str, facts: Facts) -> str | None:
    """The unit's own code, or the nearest code above it along gk:partOf."""
    node = _nearest_up(iri, facts.parents, lambda n: n in facts.codes and point(facts.codes[n]) is not None)
    return None if node is None else facts.codes[node]


def _unit(iri: str, catalog: Catalog, facts: Facts) -> Unit:
    info = catalog.nodes.get(iri)
    code = facts.codes.get(iri)
    place = _place_code(iri, facts)
    where = point(place) if place else None
    province = by_code(place[:2] + "0000") if place else None
    return Unit(
        iri=iri,
        label=info.label(iri) if info else local_name(iri),
        label_en=info.en if info else None,
        cls=info.cls if info else None,
        level=_level(info.cls if info else None, catalog),
        code=code,
        place_code=place,
        province_code=province.code6 if province else None,
        province=province.name if province else None,
        lon=where[0] if where else None,
        lat=where[1] if where else None,
    )
