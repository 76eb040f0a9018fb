"""The entity page's data: `describe_entity` regrouped for reading, plus parents, links and the ego graph.

`graph.entity.describe_entity` gives the facts; this module only arranges them (facts grouped by
relation, each with the quotes it was read from linking to the passage in the document view, the
partOf chain of an administrative unit, metrics with their quotes) and picks the ego graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox

from graph import Store, select, text
from graph.catalog import Catalog, local_name
from graph.entity import describe_entity, passage_source
from graph.project import Projection
from graph.queries import PREFIX
from graph.summary import Summary
from visualize import GraphView
from visualize.source import class_label, ego_view

from .facets import place_contents

__all__ = ["MAX_LIMIT", "entity_data", "passage_url"]

GK = "https://w3id.org/govkg/ontology#"
_PROV = "http://www.w3.org/ns/prov#wasDerivedFrom"
_PART_OF = GK + "partOf"
# Shown elsewhere on the page (sources, the code line, the metrics table) or not facts at all.
_HIDDEN = {_PROV, GK + "code", GK + "start", GK + "end", GK + "text", GK + "reports"}
MAX_LIMIT = 1600
_SUBJECT = "http://purl.org/dc/terms/subject"
_REPORTS = (
    PREFIX
    + """SELECT ?entity ?report ?title ?doc WHERE {
  ?report dcterms:subject ?entity ; a gk:Report ; dcterms:isPartOf ?doc .
  OPTIONAL { ?report dcterms:title ?title }
} ORDER BY ?doc ?report"""
)

_PASSAGE_TEXTS = (
    PREFIX
    + """SELECT ?passage ?text ?start ?end ?doc WHERE {
  ?passage gk:text ?text ; gk:start ?start ; gk:end ?end ; dcterms:isPartOf ?doc .
}"""
)

UrlFor = Callable[[str], str | None]


def passage_url(url_for: UrlFor, document: str, passage: str) -> str | None:
    """The document view's URL scrolled to a passage (`#p12`)."""
    page = url_for(document)
    return f"{page}#{passage.rsplit('/', 1)[-1]}" if page else None


def _with_urls(sources: list[dict[str, Any]], url_for: UrlFor) -> list[dict[str, Any]]:
    return [{**s, "url": passage_url(url_for, s["document"], s["passage"])} for s in sources if "document" in s]


def _fill_passages(store: Store, catalog: Catalog, sources: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Text and document of passages that `describe_entity` named without them (metrics' quotes)."""
    found: dict[str, dict[str, Any]] = {}
    for s in sources:
        if "text" in s or s["passage"] in found:
            continue
        rows = select(store, _PASSAGE_TEXTS, passage=ox.NamedNode(s["passage"]))
        if rows:
            found[s["passage"]] = passage_source(rows[0], catalog)
    return found


def _parents(projection: Projection, iri: str, url_for: UrlFor) -> list[dict[str, Any]]:
    """The partOf chain upwards (nearest first in the walk, returned largest first)."""
    chain: list[str] = []
    current = iri
    while current in projection.graph and len(chain) < 8:
        # Adjacency, not out_edges: a county's thousands of edges cost a dict pass, not a tuple each.
        ups = [v for v, keys in projection.graph.succ[current].items() if _PART_OF in keys]
        if not ups:
            break
        ups.sort(key=lambda v: -len(projection.graph.pred[v]))
        nxt = next((u for u in ups if u not in chain and u != iri), None)
        if nxt is None:
            break
        chain.append(nxt)
        current = nxt
    return [{**projection.catalog.node(p), "url": url_for(p)} for p in reversed(chain)]


def _node(node: dict[str, Any], url_for: UrlFor) -> dict[str, Any]:
    if "iri" not in node:  # a literal
        return {"label": node["value"], "label_en": None, "url": None, "literal": True}
    return {**node, "url": url_for(node["iri"])}


def _reports(store: Store, iri: str, url_for: UrlFor) -> list[dict[str, Any]]:
    """The reports whose subject the entity is (dcterms:subject), with their titles and documents."""
    return [
        {
            "iri": text(r["report"]),
            "title": text(r["title"]) if "title" in r else local_name(text(r["report"])),
            "document": text(r["doc"]),
            "url": url_for(text(r["doc"])),
        }
        for r in select(store, _REPORTS, entity=ox.NamedNode(iri))
    ]


def entity_data(
    store: Store,
    projection: Projection,
    summary: Summary,
    iri: str,
    *,
    hops: int,
    limit: int,
    url_for: UrlFor,
    page_url: Callable[..., str],
) -> tuple[dict[str, Any], GraphView]:
    """The entity page's dict (its JSON twin) and the ego graph view to draw.

    `page_url(hops=, limit=, format=)` gives this page's own URL with other graph settings.
    Raises EntityNotFound when nothing is known about `iri`.
    """
    catalog = projection.catalog
    d = describe_entity(store, catalog, iri)
    node = catalog.node(iri)
    classes = sorted(
        {c["iri"] for c in d["classes"] if "iri" in c},
        key=lambda c: -(catalog.classes[c].depth if c in catalog.classes else 0),
    )
    extra = _fill_passages(store, catalog, [m["source"] for m in d["metrics"] if m.get("source")])

    reports = _reports(store, iri, url_for)
    about = {r["iri"] for r in reports}
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    buckets: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for direction, facts, side in (("out", d["facts_out"], "value"), ("in", d["facts_in"], "subject")):
        for fact in facts:
            prop = fact["property"]
            if prop["iri"] in _HIDDEN or (prop["iri"] == _SUBJECT and fact[side].get("iri") in about):
                continue  # a report about this entity is listed as a report, with its title
            key = (direction, prop["iri"])
            groups.setdefault(key, {"property": prop, "direction": direction})
            buckets[key].append({"node": _node(fact[side], url_for), "sources": _with_urls(fact["sources"], url_for)})
    counted = d["fact_counts"]
    grouped = [
        {**groups[k], "items": buckets[k], "total": counted[k[0]].get(k[1], len(buckets[k]))}
        for k in sorted(groups, key=lambda k: (k[0] == "in", k[1]))
    ]

    metrics = []
    for m in d["metrics"]:
        source = m.get("source")
        if source and "text" not in source:
            source = extra.get(source["passage"], source)
        metrics.append(
            {
                **m,
                "about": _node(m["about"], url_for) if m.get("about") else None,
                "source": _with_urls([source], url_for)[0] if source and "document" in source else None,
            }
        )

    code = next((f["value"]["value"] for f in d["facts_out"] if f["property"]["iri"] == GK + "code"), None)
    categories = [_node(f["value"], url_for) for f in d["facts_out"] if f["property"]["iri"] == GK + "category"]
    documents: dict[str, str] = {}
    for s in d["sources"]:
        documents.setdefault(s["document"], s.get("document_title") or local_name(s["document"]))

    limit = max(20, min(limit, MAX_LIMIT))
    view = ego_view(projection.graph, catalog, iri, hops=hops, cap=limit, url_for=url_for)
    graph = {
        **view.to_dict(),
        "hops": 2 if hops >= 2 else 1,
        "limit": limit,
        "next_limit": min(limit * 2, MAX_LIMIT),
    }
    data = {
        "iri": iri,
        "label": d["label"],
        "label_en": d["label_en"],
        "labels": d["labels"],
        "alt_labels": d["alt_labels"],
        "class": node["class"],
        "class_label": class_label(catalog, node["class"]),
        "classes": [{"iri": c, "local": local_name(c), "label": class_label(catalog, c)} for c in classes],
        "code": code,
        "parents": _parents(projection, iri, url_for),
        "categories": categories,
        "reports": reports,
        "within": place_contents(summary, catalog, iri),
        "groups": grouped,
        "facts_truncated": d["facts_truncated"],
        "facts_quoted": d["facts_quoted"],
        "metrics": metrics,
        "metrics_total": d["metrics_total"],
        "sources": _with_urls(d["sources"], url_for),
        "sources_total": d["sources_total"],
        "documents": [{"iri": doc, "title": title, "url": url_for(doc)} for doc, title in documents.items()],
        "graph": graph,
        "links": {
            "html": page_url(format=None),
            "json": page_url(format="json"),
            "turtle": page_url(format="ttl"),
            "hops1": page_url(hops=1, limit=limit),
            "hops2": page_url(hops=2, limit=limit),
            "expand": page_url(hops=graph["hops"], limit=graph["next_limit"]),
        },
    }
    return data, view
