"""The atlas pages as plain dicts (the JSON twins; the templates draw them): index, practice, compare.

Each function takes the store state's `Atlas`, the request's parameters and a `Links` that builds
URLs, and returns one dict. Quotes are read from the store for the adoptions a page shows only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from errors import EntityNotFound, InputError
from graph import Store
from graph.atlas import Concept, Quote, quotes

from ..pages.templating import with_query
from .drawing import MapPoint, map_layout, timeline_layout
from .model import GKC, LEVELS, Atlas, Keep, Placed, Unit, UnitRecord

__all__ = ["Links", "compare_data", "index_data", "practice_data", "resolve_practice"]

SORTS = ("units", "provinces", "first", "latest", "name")
_QUOTES_PER_UNIT = 3


@dataclass(frozen=True)
class Links:
    """URL builders the views need: an entity's page and a document's page."""

    entity: Callable[[str], str]
    document: Callable[[str], str]


def _concept_brief(c: Concept) -> dict[str, Any]:
    local = c.iri[len(GKC) :] if c.iri.startswith(GKC) else c.iri
    return {"iri": c.iri, "id": local, "label": c.zh or local, "label_en": c.en, "url": f"/practice/{local}"}


def _keep(filters: dict[str, str | None]) -> Keep:
    level = filters.get("level")
    if level and level not in {name for name, _, _ in LEVELS}:
        raise InputError(f"level must be one of {', '.join(n for n, _, _ in LEVELS)}, not {level!r}")
    return Keep(filters.get("province"), level)


def _facets(units: Iterable[Unit], path: str, filters: dict[str, str | None]) -> list[dict[str, Any]]:
    """Province and level facets over `units`, each value a link that toggles it."""
    units = list(units)
    provinces = Counter((u.province_code, u.province) for u in units if u.province_code)
    levels = Counter(u.level for u in units if u.level)
    names = {n: f"{zh} {en}" for n, zh, en in LEVELS}

    def toggle(name: str, value: str) -> str:
        own = {**filters, name: None if filters.get(name) == value else value}
        return with_query(path, **own)

    return [
        {
            "name": "province",
            "label": "Province 省份",
            "values": [
                {"value": code, "label": name, "count": n, "selected": filters.get("province") == code}
                | {"toggle_url": toggle("province", code)}
                for (code, name), n in provinces.most_common()
            ],
        },
        {
            "name": "level",
            "label": "Unit level 层级",
            "values": [
                {"value": lv, "label": names[lv], "count": levels[lv], "selected": filters.get("level") == lv}
                | {"toggle_url": toggle("level", lv)}
                for lv, _, _ in LEVELS
                if levels[lv]
            ],
        },
    ]


def index_data(atlas: Atlas, filters: dict[str, str | None], sort: str, order: str) -> dict[str, Any]:
    """Every concept of the scheme with its adopting units, provinces and first and latest dates."""
    if sort not in SORTS:
        raise InputError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    keep = _keep(filters)
    scheme = atlas.scheme()
    stats: dict[str, tuple[set[str], set[str], list[str]]] = {c.iri: (set(), set(), []) for c in scheme}
    everyone: dict[str, Unit] = {}
    for p in atlas.placed:  # one pass over every adoption, not one per concept
        ours = [stats[c] for c in p.concepts if c in stats]
        if not ours:
            continue
        unit = atlas.units[p.unit]
        everyone[unit.iri] = unit
        if not keep(unit):
            continue
        for units, provinces, dates in ours:
            units.add(unit.iri)
            if unit.province_code:
                provinces.add(unit.province_code)
            if p.date:
                dates.append(p.date)
    rows = [
        {
            **_concept_brief(c),
            "units": len(stats[c.iri][0]),
            "provinces": len(stats[c.iri][1]),
            "first": min(stats[c.iri][2], default=None),
            "latest": max(stats[c.iri][2], default=None),
        }
        for c in scheme
    ]
    reverse = (order == "desc") if order in ("asc", "desc") else sort in ("units", "provinces", "latest")

    def key(row: dict[str, Any]) -> Any:
        if sort == "name":
            return (row["label_en"] or row["label"]).lower()
        if sort in ("first", "latest"):
            return (row[sort] is not None) == reverse, row[sort] or ""
        return row[sort]

    rows.sort(key=lambda r: (r["label_en"] or r["label"]).lower())
    rows.sort(key=key, reverse=reverse)
    current = {k: v for k, v in filters.items() if v}
    columns = []
    for name, label in (
        ("name", "Practice 做法"),
        ("units", "Units 单位"),
        ("provinces", "Provinces 省份"),
        ("first", "First 最早"),
        ("latest", "Latest 最近"),
    ):
        flip = "asc" if sort == name and reverse else "desc"
        columns.append(
            {
                "name": name,
                "label": label,
                "url": with_query("/practices", **current, sort=name, order=flip),
                "sorted": (("desc" if reverse else "asc") if sort == name else None),
            }
        )
    return {
        "filters": {**filters, "sort": sort, "order": "desc" if reverse else "asc"},
        "rows": rows,
        "count": len(rows),
        "adopted": sum(1 for r in rows if r["units"]),
        "columns": columns,
        "facets": _facets(everyone.values(), "/practices", filters),
        "links": {"csv": with_query("/practices.csv", **current, sort=sort, order=order or None)},
    }


def resolve_practice(atlas: Atlas, key: str, urls_iri: Callable[[str], str]) -> tuple[str | None, str, str | None]:
    """(concept IRI, label, named IRI) of a practice page key: a concept's local name, or the id of an
    activity or gk:Practice (then the concept is None and the named IRI set).

    Raises EntityNotFound when the key names neither.
    """
    if GKC + key in atlas.concepts:
        c = atlas.concepts[GKC + key]
        return c.iri, c.zh or key, None
    iri = urls_iri(key)
    info = atlas.catalog.nodes.get(iri)
    if info is not None and info.zh and atlas.adoptions_named(iri):
        return None, info.zh, iri
    raise EntityNotFound(f"no practice {key!r}: neither a concept of the scheme nor an adopted activity")


Found = dict[tuple[str, str, str], list[Quote]]


def _quotes(p: Placed, found: Found, links: Links, atlas: Atlas) -> list[dict[str, Any]]:
    """The sentences that state an adoption, with their document, date and link."""
    a = p.adoption
    doc = atlas.documents.get(a.document)
    return [
        {
            "text": q.text,
            "passage": q.passage,
            "start": q.start,
            "end": q.end,
            "document": a.document,
            "document_title": doc.title if doc else None,
            "date": p.date,
            "date_source": doc.source if doc else None,
            "url": f"{links.document(a.document)}#{q.passage.rsplit('/', 1)[-1]}",
        }
        for q in found.get((a.actor, a.activity, a.document), [])
    ]


def _earliest(adoptions: list[Placed]) -> list[Placed]:
    return sorted(adoptions, key=lambda p: (p.date or "9999", p.adoption.document))


def _record_dict(rec: UnitRecord, found: Found, links: Links, atlas: Atlas) -> dict[str, Any]:
    u = rec.unit
    acts: dict[str, dict[str, Any]] = {}
    for p in rec.adoptions:
        a = p.adoption
        acts.setdefault(
            a.activity,
            {
                "iri": a.activity,
                "label": atlas.catalog.nodes[a.activity].label(a.activity)
                if a.activity in atlas.catalog.nodes
                else a.activity,
                "relation": a.relation,
                "url": links.entity(a.activity),
            },
        )
    via = sorted({p.adoption.actor for p in rec.adoptions if p.adoption.actor != u.iri})
    seen: set[str] = set()
    shown: list[dict[str, Any]] = []
    for p in _earliest(rec.adoptions):
        for q in _quotes(p, found, links, atlas):
            if q["passage"] not in seen and len(shown) < _QUOTES_PER_UNIT:
                seen.add(q["passage"])
                shown.append(q)
    return {
        "iri": u.iri,
        "label": u.label,
        "label_en": u.label_en,
        "url": links.entity(u.iri),
        "class": u.cls,
        "level": u.level,
        "code": u.code,
        "place_code": u.place_code,
        "province": u.province,
        "province_code": u.province_code,
        "lon": u.lon,
        "lat": u.lat,
        "first": rec.first,
        "first_date_source": rec.first_source,
        "documents": len({p.adoption.document for p in rec.adoptions if p.adoption.document}),
        "activities": list(acts.values()),
        "via": [
            {
                "iri": v,
                "label": atlas.catalog.nodes[v].label(v) if v in atlas.catalog.nodes else v,
                "url": links.entity(v),
            }
            for v in via
        ],
        "quotes": shown,
    }


def _with_quotes(store: Store, records: list[UnitRecord]) -> Found:
    """The quotes of each unit's earliest adoptions (enough for the few a page shows)."""
    return quotes(store, [p.adoption for r in records for p in _earliest(r.adoptions)[:_QUOTES_PER_UNIT]])


def practice_data(
    atlas: Atlas,
    store: Store,
    concept: str | None,
    label: str,
    filters: dict[str, str | None],
    links: Links,
    adoptions: list[Placed] | None = None,
    named: str | None = None,
) -> dict[str, Any]:
    """One practice: its adopters on the map and the timeline, the adopters' table, what goes with it.

    `adoptions` are those a question's own query found; by default the atlas's for the concept, or for
    the `named` activity or practice.
    """
    keep = _keep(filters)
    if adoptions is None:
        adoptions = atlas.adoptions_of(concept) if concept else atlas.adoptions_named(named or "")
    everyone = atlas.records(adoptions)
    records = [r for r in everyone if keep(r.unit)]
    found = _with_quotes(store, records)
    units = [_record_dict(r, found, links, atlas) for r in records]
    placed = [MapPoint(u["label"], u["url"], u["lon"], u["lat"], u["first"]) for u in units if u["lon"] is not None]
    info = atlas.concepts.get(concept) if concept else None
    page_path = f"/practice/{concept[len(GKC) :]}" if concept and concept.startswith(GKC) else None
    current = {k: v for k, v in filters.items() if v}
    return {
        "practice": _concept_brief(info) if info else {"iri": None, "label": label, "label_en": None},
        "filters": filters,
        "units": units,
        "count": len(units),
        "unplaced": [u["label"] for u in units if u["lon"] is None],
        "provinces": sorted({u["province"] for u in units if u["province"]}),
        "map": map_layout(placed),
        "timeline": timeline_layout(units),
        "together": _together(atlas, records, concept),
        "facets": _facets((r.unit for r in everyone), page_path or "", filters) if page_path else [],
        "links": {"csv": with_query(f"{page_path}.csv", **current)} if page_path else {},
    }


def _together(atlas: Atlas, records: list[UnitRecord], concept: str | None) -> list[dict[str, Any]]:
    """The scheme's other practices adopted by the most of these units (by number of shared units)."""
    skip = atlas.concepts[concept].broader if concept and concept in atlas.concepts else frozenset()
    counts: Counter[str] = Counter()
    for rec in records:
        counts.update({c for i in atlas.by_unit.get(rec.unit.iri, []) for c in atlas.placed[i].adoption.categories})
    out = []
    for c, n in counts.most_common():
        if c == concept or c in skip or c not in atlas.concepts:
            continue
        out.append({**_concept_brief(atlas.concepts[c]), "units": n})
        if len(out) == 10:
            break
    return out


def compare_data(atlas: Atlas, store: Store, units: list[str], links: Links) -> dict[str, Any]:
    """Two or more units: the practices all share, those only some have (with quotes), similar units."""
    profiles = {u: atlas.profile(u) for u in units}
    all_concepts = sorted(
        {c for p in profiles.values() for c in p if c in atlas.concepts}, key=lambda c: atlas.concepts[c].en or c
    )
    found = quotes(store, [_earliest(ps)[0].adoption for prof in profiles.values() for ps in prof.values()])
    rows = []
    for c in all_concepts:
        having = [u for u in units if c in profiles[u]]
        first = {u: next(iter(_quotes(_earliest(profiles[u][c])[0], found, links, atlas)), None) for u in having}
        rows.append(
            {
                **_concept_brief(atlas.concepts[c]),
                "units": having,
                "shared": len(having) == len(units),
                "quotes": first,
            }
        )
    briefs = [_unit_brief(atlas, u, links) for u in units]
    return {
        "units": briefs,
        "shared": [r for r in rows if r["shared"]],
        "only": {u: [r for r in rows if r["units"] == [u]] for u in units},
        "partly": [r for r in rows if not r["shared"] and len(r["units"]) > 1],
        "similar": {u: similar_units(atlas, u, links) for u in units},
    }


def _unit_brief(atlas: Atlas, unit: str, links: Links) -> dict[str, Any]:
    u = atlas.units.get(unit)
    info = atlas.catalog.nodes.get(unit)
    label = u.label if u else (info.label(unit) if info else unit)
    return {
        "iri": unit,
        "label": label,
        "label_en": u.label_en if u else None,
        "url": links.entity(unit),
        "province": u.province if u else None,
        "code": u.code if u else None,
        "practices": len(atlas.profile(unit)),
    }


def similar_units(atlas: Atlas, unit: str, links: Links, k: int = 5) -> list[dict[str, Any]]:
    """The units whose practices overlap most with this one's (Jaccard over the activities' concepts)."""
    mine = set(atlas.profile(unit))
    if not mine:
        return []
    scored = []
    for other in atlas.by_unit:
        if other == unit:
            continue
        theirs = set(atlas.profile(other))
        shared = mine & theirs
        if shared:
            scored.append((len(shared) / len(mine | theirs), len(shared), other))
    scored.sort(key=lambda t: (-t[0], -t[1], atlas.units[t[2]].label))
    return [{**_unit_brief(atlas, o, links), "score": round(s, 3), "shared": n} for s, n, o in scored[:k]]
