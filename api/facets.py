"""The list pages (entities, documents) with Datasette-style facets: province, county, class, category.

Everything is read from the catalog and the projection already in memory (one bulk query for the
documents' mentions), so filtering and counting facets costs no query per row. A facet value links to
the list with that filter toggled; the same dict is the page's JSON twin.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graph import Store, select, text
from graph.catalog import Catalog, local_name
from graph.project import Projection
from graph.queries import DOCUMENTS, PREFIX
from graph.search import normalize
from visualize.source import class_label

from .templating import with_query

__all__ = ["FACETS", "MAX_ROWS", "document_list", "entity_list", "is_a"]

GK = "https://w3id.org/govkg/ontology#"
SKOS_CONCEPT = "http://www.w3.org/2004/02/skos/core#Concept"
MAX_ROWS = 500
FACETS = (
    ("province", "Province 省"),
    ("county", "County 县级"),
    ("cls", "Class 类别"),
    ("category", "Category 工作类别"),
)

_DOC_ENTITIES = (
    PREFIX
    + """SELECT DISTINCT ?doc ?ent WHERE {
  ?m a gk:Mention ; dcterms:isPartOf ?doc ; gk:mentionOf ?ent .
}"""
)


def is_a(catalog: Catalog, cls: str | None, wanted: str) -> bool:
    """True when class IRI `cls` is `wanted` (a local name) or below it in the subclass tree."""
    seen: set[str] = set()
    todo = [cls] if cls else []
    while todo:
        c = todo.pop()
        if c in seen:
            continue
        seen.add(c)
        if local_name(c) == wanted:
            return True
        info = catalog.classes.get(c)
        if info:
            todo.extend(info.parents)
    return False


@dataclass
class _Row:
    iri: str
    data: dict[str, Any]
    province: set[str] = field(default_factory=set)
    county: set[str] = field(default_factory=set)
    cls: set[str] = field(default_factory=set)
    category: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Listing:
    """What tells the two list pages apart: their kind, headings, unit and columns (name, label)."""

    kind: str
    heading: str
    heading_en: str
    unit: str
    columns: tuple[tuple[str, str], ...]

    def page(
        self,
        path: str,
        filters: dict[str, str | None],
        kept: list[_Row],
        rows: list[dict[str, Any]],
        facets: list[dict[str, Any]],
        selected: list[dict[str, Any]],
    ) -> dict[str, Any]:
        """The list page's dict (and JSON twin); `rows` are the first MAX_ROWS of `kept`."""
        return {
            "kind": self.kind,
            "path": path,
            "heading": self.heading,
            "heading_en": self.heading_en,
            "unit": self.unit,
            "filters": filters,
            "count": len(kept),
            "truncated": len(kept) > MAX_ROWS,
            "rows": rows,
            "facets": facets,
            "selected": selected,
            "columns": [{"name": name, "label": label} for name, label in self.columns],
        }


_ENTITIES = _Listing(
    "entities",
    "实体",
    "Entities",
    "entities 个实体",
    (
        ("label", "Name 名称"),
        ("class", "Class 类别"),
        ("places", "Place 地区"),
        ("categories", "Category 工作类别"),
        ("degree", "Links 关系数"),
    ),
)
_DOCUMENTS = _Listing(
    "documents",
    "文档",
    "Documents",
    "documents 篇文档",
    (
        ("title", "Title 标题"),
        ("source", "Source 来源"),
        ("places", "Counties 县级地区"),
        ("passages", "Passages 段落"),
        ("entities", "Entities 实体"),
    ),
)


def _places(projection: Projection, iri: str) -> tuple[set[str], set[str]]:
    """Provinces and county-level divisions an entity is in (or is), following partOf upwards."""
    catalog, graph = projection.catalog, projection.graph
    provinces: set[str] = set()
    counties: set[str] = set()
    todo: list[str] = [iri]
    seen: set[str] = set()
    while todo:
        n = todo.pop()
        if n in seen or len(seen) > 50:
            continue
        seen.add(n)
        cls = catalog.nodes[n].cls if n in catalog.nodes else None
        if is_a(catalog, cls, "Province"):
            provinces.add(n)
        elif is_a(catalog, cls, "CountyLevelDivision"):
            counties.add(n)
        if n in graph:
            todo.extend(v for _, v, k in graph.out_edges(n, keys=True) if k == GK + "partOf")
    return provinces, counties


def _own_categories(projection: Projection, iri: str) -> set[str]:
    """The objects of the entity's own gk:category edges in the projection."""
    graph = projection.graph
    if iri not in graph:
        return set()
    return {v for _, v, k in graph.out_edges(iri, keys=True) if k == GK + "category"}


def _categories(projection: Projection, iri: str) -> set[str]:
    """Own categories, and for an organization those of the activities it uses or implements."""
    graph = projection.graph
    if iri not in graph:
        return set()
    out = _own_categories(projection, iri)
    for _, act, k in graph.out_edges(iri, keys=True):
        if k in (GK + "uses", GK + "implements"):
            out |= _own_categories(projection, act)
    return out


def _filter_and_facet(
    rows: list[_Row], filters: dict[str, str | None], path: str, catalog: Catalog
) -> tuple[list[_Row], list[dict[str, Any]], list[dict[str, Any]]]:
    def keep(row: _Row) -> bool:
        for name, _ in FACETS:
            wanted = filters.get(name)
            if wanted and wanted not in getattr(row, name):
                return False
        return True

    def value_label(name: str, value: str) -> str | None:
        return class_label(catalog, value) if name == "cls" else catalog.node(value)["label"]

    kept = [r for r in rows if keep(r)]
    facets, selected = [], []
    for name, label in FACETS:
        counts: Counter[str] = Counter(v for r in kept for v in getattr(r, name))
        values = []
        for value, n in sorted(counts.items(), key=lambda vn: (vn[0] != filters.get(name), -vn[1], vn[0]))[:40]:
            on = filters.get(name) == value
            values.append(
                {
                    "value": value,
                    "label": value_label(name, value),
                    "count": n,
                    "selected": on,
                    "toggle_url": with_query(path, **{**filters, name: None if on else value}),
                }
            )
        wanted = filters.get(name)
        if wanted and wanted not in counts:
            values.insert(
                0,
                {
                    "value": wanted,
                    "label": value_label(name, wanted),
                    "count": 0,
                    "selected": True,
                    "toggle_url": with_query(path, **{**filters, name: None}),
                },
            )
        facets.append({"name": name, "label": label, "values": values})
        if wanted:
            selected.append(
                {
                    "facet": name,
                    "value": wanted,
                    "label": value_label(name, wanted),
                    "remove_url": with_query(path, **{**filters, name: None}),
                }
            )
    return kept, facets, selected


def _classes(catalog: Catalog, cls: str | None) -> set[str]:
    """The class and its superclasses among govkg's own classes (the class facet's values)."""
    if not cls:
        return set()
    found = {c for c in catalog.classes if c.startswith(GK) and is_a(catalog, cls, local_name(c))}
    return found or {cls}


def _class_iri(catalog: Catalog, wanted: str | None) -> str | None:
    """Accept a class as local name (County) or IRI; return the IRI."""
    if not wanted:
        return None
    if wanted in catalog.classes or wanted == SKOS_CONCEPT:
        return wanted
    if wanted == "Concept":
        return SKOS_CONCEPT
    return next((c for c in catalog.classes if local_name(c) == wanted), wanted)


def entity_list(
    projection: Projection,
    filters: dict[str, str | None],
    *,
    url_for: Callable[[str], str | None],
    path: str = "/entities",
) -> dict[str, Any]:
    """Entities (organizations, activities, concepts) filtered by name and facets, best connected first."""
    catalog, graph = projection.catalog, projection.graph
    filters = {**filters, "cls": _class_iri(catalog, filters.get("cls"))}
    q = normalize(filters.get("q") or "")
    concepts = bool(filters.get("cls")) and local_name(filters["cls"] or "") == "Concept"
    rows = []
    for iri, info in catalog.nodes.items():
        if not info.cls or is_a(catalog, info.cls, "Document"):
            continue
        if is_a(catalog, info.cls, "Concept") != concepts:  # categories are listed only when asked for
            continue
        if q and q not in normalize(info.zh or "") and q not in normalize(info.en or ""):
            continue
        provinces, counties = _places(projection, iri)
        row = _Row(iri, {}, provinces, counties, _classes(catalog, info.cls), _categories(projection, iri))
        rows.append(row)
    kept, facets, selected = _filter_and_facet(rows, filters, path, catalog)
    kept.sort(key=lambda r: (-(graph.degree(r.iri) if r.iri in graph else 0), catalog.nodes[r.iri].label(r.iri)))
    out_rows = []
    for r in kept[:MAX_ROWS]:
        node = catalog.node(r.iri)
        out_rows.append(
            {
                **node,
                "class": local_name(node["class"] or ""),
                "class_label": class_label(catalog, node["class"]),
                "url": url_for(r.iri),
                "degree": graph.degree(r.iri) if r.iri in graph else 0,
                "places": [catalog.node(p)["label"] for p in sorted(r.county | r.province)],
                "categories": sorted(r.category),
                "category_labels": [catalog.node(c)["label"] for c in sorted(r.category)],
            }
        )
    return _ENTITIES.page(path, filters, kept, out_rows, facets, selected)


def document_list(
    store: Store,
    projection: Projection,
    filters: dict[str, str | None],
    *,
    url_for: Callable[[str], str | None],
    path: str = "/documents",
) -> dict[str, Any]:
    """Loaded documents, faceted by the places, classes and categories of what they mention."""
    catalog = projection.catalog
    filters = {**filters, "cls": _class_iri(catalog, filters.get("cls"))}
    mentioned: dict[str, set[str]] = {}
    for r in select(store, _DOC_ENTITIES):
        mentioned.setdefault(text(r["doc"]), set()).add(text(r["ent"]))
    q = normalize(filters.get("q") or "")
    rows = []
    for r in select(store, DOCUMENTS):
        doc = text(r["doc"])
        title = text(r["title"]) if "title" in r else (text(r["id"]) if "id" in r else local_name(doc))
        if q and q not in normalize(title):
            continue
        row = _Row(
            doc,
            {
                "iri": doc,
                "title": title,
                "url": url_for(doc),
                "identifier": text(r["id"]) if "id" in r else None,
                "source": text(r["source"]) if "source" in r else None,
                "date": text(r["date"]) if "date" in r else None,
                "passages": int(text(r["passages"])) if "passages" in r else 0,
                "entities": len(mentioned.get(doc, ())),
            },
        )
        for ent in mentioned.get(doc, ()):
            provinces, counties = _places(projection, ent)
            row.province |= provinces
            row.county |= counties
            row.cls |= _classes(catalog, catalog.nodes[ent].cls if ent in catalog.nodes else None)
            row.category |= _own_categories(projection, ent)
        rows.append(row)
    kept, facets, selected = _filter_and_facet(rows, filters, path, catalog)
    out_rows = [{**r.data, "places": [catalog.node(p)["label"] for p in sorted(r.county)][:8]} for r in kept[:MAX_ROWS]]
    return _DOCUMENTS.page(path, filters, kept, out_rows, facets, selected)
