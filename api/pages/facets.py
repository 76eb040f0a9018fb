"""The list pages (entities, documents) with Datasette-style facets: province, county, class, category.

Rows and their facet values come from the store state's `Summary` (built once per state), so a
request only filters rows and counts facet values: no query and no graph walk per request. A facet value links to
the list with that filter toggled; the same dict is the page's JSON twin.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from graph.catalog import Catalog, local_name
from graph.search import normalize
from graph.summary import ListRow, Summary, is_a
from visualize.source import class_label

from .templating import with_query

__all__ = ["FACETS", "MAX_ROWS", "is_a", "listing", "place_contents"]

GK = "https://w3id.org/govkg/ontology#"
SKOS_CONCEPT = "http://www.w3.org/2004/02/skos/core#Concept"
MAX_ROWS = 500
FACETS = (
    ("province", "Province 省"),
    ("county", "County 县级"),
    ("cls", "Class 类别"),
    ("category", "Category 工作类别"),
)


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
        kept: list[ListRow],
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


def _filter_and_facet(
    rows: list[ListRow], filters: dict[str, str | None], path: str, catalog: Catalog
) -> tuple[list[ListRow], list[dict[str, Any]], list[dict[str, Any]]]:
    def keep(row: ListRow) -> bool:
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


def _class_iri(catalog: Catalog, wanted: str | None) -> str | None:
    """Accept a class as local name (County) or IRI; return the IRI."""
    if not wanted:
        return None
    if wanted in catalog.classes or wanted == SKOS_CONCEPT:
        return wanted
    if wanted == "Concept":
        return SKOS_CONCEPT
    return next((c for c in catalog.classes if local_name(c) == wanted), wanted)


def listing(
    path: str,
    summary: Summary,
    catalog: Catalog,
    filters: dict[str, str | None],
    *,
    url_for: Callable[[str], str | None],
) -> dict[str, Any]:
    """The faceted list at `path`: /entities (organizations, activities, concepts, best connected
    first) or /documents (faceted by the places, classes and categories of what they mention).

    Worked out once per store state and filters (the page's links depend on nothing else).
    """
    build = {"/entities": _entity_list, "/documents": _document_list}[path]
    key = (path, tuple(sorted((k, v) for k, v in filters.items() if v)))
    return summary.remember(key, lambda: build(summary, catalog, filters, url_for=url_for, path=path))


def _entity_list(
    summary: Summary,
    catalog: Catalog,
    filters: dict[str, str | None],
    *,
    url_for: Callable[[str], str | None],
    path: str,
) -> dict[str, Any]:
    filters = {**filters, "cls": _class_iri(catalog, filters.get("cls"))}
    q = normalize(filters.get("q") or "")
    concepts = bool(filters.get("cls")) and local_name(filters["cls"] or "") == "Concept"
    rows = []
    for row in summary.entities:
        if row.data["concept"] != concepts:  # categories are listed only when asked for
            continue
        info = catalog.nodes.get(row.iri)
        if q and (info is None or (q not in normalize(info.zh or "") and q not in normalize(info.en or ""))):
            continue
        rows.append(row)
    kept, facets, selected = _filter_and_facet(rows, filters, path, catalog)
    out_rows = []
    for r in kept[:MAX_ROWS]:
        node = catalog.node(r.iri)
        out_rows.append(
            {
                **node,
                "class": local_name(node["class"] or ""),
                "class_label": class_label(catalog, node["class"]),
                "url": url_for(r.iri),
                "degree": r.data["degree"],
                "places": [catalog.node(p)["label"] for p in sorted(r.county | r.province)],
                "categories": sorted(r.category),
                "category_labels": [catalog.node(c)["label"] for c in sorted(r.category)],
            }
        )
    return _ENTITIES.page(path, filters, kept, out_rows, facets, selected)


def _document_list(
    summary: Summary,
    catalog: Catalog,
    filters: dict[str, str | None],
    *,
    url_for: Callable[[str], str | None],
    path: str,
) -> dict[str, Any]:
    filters = {**filters, "cls": _class_iri(catalog, filters.get("cls"))}
    q = normalize(filters.get("q") or "")
    rows = [r for r in summary.documents if not q or q in normalize(r.data["title"])]
    kept, facets, selected = _filter_and_facet(rows, filters, path, catalog)
    out_rows = [
        {**r.data, "url": url_for(r.iri), "places": [catalog.node(p)["label"] for p in sorted(r.county)][:8]}
        for r in kept[:MAX_ROWS]
    ]
    return _DOCUMENTS.page(path, filters, kept, out_rows, facets, selected)


def place_contents(summary: Summary, catalog: Catalog, iri: str) -> dict[str, Any] | None:
    """For a province or a county-level division: how many entities of each class lie in it and the
    list page that shows them all (a province's page lists counts, not its thousands of units).
    None for any other entity. Worked out once per store state and place."""
    cls = catalog.nodes[iri].cls if iri in catalog.nodes else None
    facet = (
        "province"
        if is_a(catalog, cls, "Province")
        else "county"
        if is_a(catalog, cls, "CountyLevelDivision")
        else None
    )
    if facet is None:
        return None

    def count() -> dict[str, Any]:
        within: Counter[str | None] = Counter(
            catalog.nodes[r.iri].cls if r.iri in catalog.nodes else None
            for r in summary.entities
            if r.iri != iri and iri in getattr(r, facet)
        )
        classes = [
            {"class": local_name(c or ""), "label": class_label(catalog, c) or "other 其他", "count": n}
            for c, n in sorted(within.items(), key=lambda cn: (-cn[1], cn[0] or ""))
        ]
        return {"total": sum(within.values()), "classes": classes, "url": with_query("/entities", **{facet: iri})}

    return summary.remember(("within", iri), count)
