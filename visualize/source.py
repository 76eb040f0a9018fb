"""Views picked from the graph: an entity's neighbourhood, paths between two entities, the overview.

Names and classes come from the catalog (one bulk read per store state), edges from the networkx
projection of the entity graph, so drawing a view costs no query per node.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx

from errors import EntityNotFound
from graph import Store
from graph.catalog import Catalog, local_name

from .view import DEFAULT_CAP, GraphView, build_view

__all__ = [
    "ACTIVITY_RELATIONS",
    "class_label",
    "ego_view",
    "labelled_graph",
    "neighbourhood_html",
    "overview_view",
    "path_view",
    "relation_labels",
]

GK = "https://w3id.org/govkg/ontology#"
_SKOS_CONCEPT = "http://www.w3.org/2004/02/skos/core#Concept"
_MIN_COMPONENT = 3  # the overview leaves out pairs that touch nothing else
ACTIVITY_RELATIONS = (GK + "uses", GK + "implements")

_SKOS_BROADER = "broader 上位概念"  # SKOS itself is not loaded, so its property has no label in the store


def relation_labels(catalog: Catalog, names: Iterable[str] | None = None) -> dict[str, str]:
    """Bilingual labels of the ontology's properties by local name ("partOf" -> "part of 隶属于").

    `names` (local names) limits the work to the relations a view draws: the catalog holds every
    labelled node, 170,000 of them at ten million quads."""
    labels = {"broader": _SKOS_BROADER}
    known = catalog.nodes
    pairs = known.items() if names is None else ((GK + n, known[GK + n]) for n in set(names) if GK + n in known)
    for iri, info in pairs:
        if iri.startswith(GK) and (info.en or info.zh):
            labels[local_name(iri)] = " ".join(x for x in (info.en, info.zh) if x)
    return labels


def class_label(catalog: Catalog, cls: str | None) -> str:
    """Chinese and English label of a class IRI, e.g. "县 county"; the local name if unlabelled."""
    if not cls:
        return ""
    if cls == _SKOS_CONCEPT:
        return "工作类别 category"
    info = catalog.classes.get(cls)
    if info is None:
        return local_name(cls)
    return " ".join(x for x in (info.zh, info.en) if x) or local_name(cls)


def _attrs(catalog: Catalog, iri: str, source: nx.Graph | None = None) -> dict[str, Any]:
    """Label, English label and class of a node; a node something `gk:reports` is a metric."""
    info = catalog.nodes.get(iri)
    cls = info.cls if info else None
    if cls is None and source is not None and source.is_multigraph() and source.is_directed() and iri in source:
        reported = any(
            local_name(_relation_of(d, k)) == "reports" for _, _, k, d in source.in_edges(iri, keys=True, data=True)
        )
        cls = GK + "Metric" if reported else None
    if info is None:
        return {"label": local_name(iri), "label_en": None, "cls": cls}
    return {"label": info.label(iri), "label_en": info.en, "cls": cls}


def _relation_of(data: dict[str, Any], key: Any) -> str:
    for name in ("relation", "predicate", "property", "p", "label"):
        value = data.get(name)
        if isinstance(value, str) and value:
            return value
    return key if isinstance(key, str) else ""


def _reach(graph: nx.Graph, n: str) -> int:
    """How many nodes `n` is related to, either way (not how many relations: a pair counts once)."""
    if graph.is_directed():
        return len(graph.succ[n]) + len(graph.pred[n])
    return len(graph.adj[n])


def labelled_graph(source: nx.Graph, nodes: Iterable[str], catalog: Catalog) -> nx.MultiDiGraph:
    """The subgraph of `source` on `nodes`, with catalog labels and classes and one edge per relation.

    A node's edges are found from the smaller side, its neighbours or `nodes`, so a hub costs no
    more than the view."""
    keep = set(nodes)
    out = nx.MultiDiGraph()
    for n in keep:
        if n not in source:
            continue
        out.add_node(n, **_attrs(catalog, n, source))
    for u in list(out.nodes):
        ahead = source.succ[u] if source.is_directed() else source.adj[u]
        for v in (v for v in keep if v in ahead) if len(ahead) > len(keep) else (v for v in ahead if v in keep):
            if source.is_multigraph():
                for key, data in ahead[v].items():
                    out.add_edge(u, v, relation=_relation_of(data, key))
            elif source.is_directed() or u <= v:
                out.add_edge(u, v, relation=_relation_of(ahead[v], None))
    return out


def _finish(
    graph: nx.MultiDiGraph,
    source: nx.Graph,
    catalog: Catalog,
    *,
    focus: list[str],
    cap: int,
    title: str,
    url_for: Callable[[str], str | None] | None,
    edge_labels: bool = True,
) -> GraphView:
    classes = {local_name(c): class_label(catalog, c) for c in catalog.classes}
    return build_view(
        graph,
        focus=focus,
        cap=cap,
        title=title,
        url_for=url_for,
        class_labels=classes,
        relation_labels=relation_labels(catalog, (local_name(r) for _, _, r in graph.edges(data="relation"))),
        degrees=lambda n: _reach(source, n) if n in source else 0,
        edge_labels=edge_labels,
    )


def _nearest(projection: nx.Graph, iri: str, hops: int, cap: int) -> tuple[list[str], int]:
    """The `cap` nodes within `hops` relations of `iri` (either direction): nearer first, then those with
    more neighbours; and how many there are in all. Walks adjacency only, so a hub's neighbourhood (a
    province's thousands of units, facts and figures) costs a pass over it, not a labelled subgraph."""
    directed = projection.is_directed()

    def neighbours(n: str) -> Iterable[str]:
        return itertools.chain(projection.succ[n], projection.pred[n]) if directed else projection.adj[n]

    seen = {iri}
    layers = [[iri]]
    for _ in range(hops):
        layer: list[str] = []
        for n in layers[-1]:
            for m in neighbours(n):
                if m not in seen:
                    seen.add(m)
                    layer.append(m)
        layers.append(layer)
    kept: list[str] = []
    for layer in layers:
        room = cap - len(kept)
        if room <= 0:
            break
        kept += heapq.nsmallest(room, layer, key=lambda n: (-_reach(projection, n), n)) if len(layer) > room else layer
    return kept, len(seen)


def ego_view(
    projection: nx.Graph,
    catalog: Catalog,
    iri: str,
    *,
    hops: int = 1,
    cap: int = DEFAULT_CAP,
    url_for: Callable[[str], str | None] | None = None,
) -> GraphView:
    """The entity and at most `cap` of what lies within `hops` relations of it (either direction),
    nearest first, then best connected; the view's total counts them all."""
    hops = 2 if hops >= 2 else 1
    if iri not in projection:
        nodes, total = [iri], 1
        base = nx.MultiDiGraph()
        base.add_node(iri)
    else:
        nodes, total = _nearest(projection, iri, hops, max(cap, 1))
        base = projection
    graph = labelled_graph(base, nodes, catalog)
    if iri not in graph:
        graph.add_node(iri, **_attrs(catalog, iri))
    name = graph.nodes[iri].get("label", iri)
    title = f"{name}: {hops}-hop neighbourhood ({hops} 跳邻域)"
    view = _finish(graph, base, catalog, focus=[iri], cap=cap, title=title, url_for=url_for)
    view.total = max(total, view.total)
    return view


def path_view(
    projection: nx.Graph,
    catalog: Catalog,
    paths: list[dict[str, Any]],
    endpoints: list[str],
    *,
    url_for: Callable[[str], str | None] | None = None,
    cap: int = DEFAULT_CAP,
) -> GraphView:
    """The union of paths (as `graph.project.Projection.paths` gives them), every edge labelled.

    Each step's relations keep their direction: an "in" relation is drawn from the later node back.
    """
    nodes = set(endpoints)
    for path in paths:
        for step in path["steps"]:
            nodes.update((step["from"], step["to"]))
    graph = nx.MultiDiGraph()
    for n in nodes:
        graph.add_node(n, **_attrs(catalog, n, projection))
    for path in paths:
        for step in path["steps"]:
            for rel in step["relations"]:
                forward = rel.get("direction") != "in"
                u, v = (step["from"], step["to"]) if forward else (step["to"], step["from"])
                present = graph.get_edge_data(u, v, default={}).values()
                if not any(d.get("relation") == rel["property"] for d in present):
                    graph.add_edge(u, v, relation=rel["property"])
    return _finish(
        graph, projection, catalog, focus=endpoints, cap=cap, title="Shortest paths 最短路径", url_for=url_for
    )


def overview_view(
    projection: nx.Graph,
    catalog: Catalog,
    *,
    cap: int = DEFAULT_CAP,
    url_for: Callable[[str], str | None] | None = None,
) -> GraphView:
    """Organizations and the activities they use or implement, best connected first."""
    graph = nx.MultiDiGraph()
    edges = (
        projection.edges(keys=True, data=True)
        if projection.is_multigraph()
        else ((u, v, None, d) for u, v, d in projection.edges(data=True))
    )
    for u, v, key, data in edges:
        rel = _relation_of(data, key)
        if rel in ACTIVITY_RELATIONS or local_name(rel) in ("uses", "implements"):
            for n in (u, v):
                if n not in graph:
                    graph.add_node(n, **_attrs(catalog, n))
            graph.add_edge(u, v, relation=rel)
    total = graph.number_of_nodes()
    components = sorted(nx.weakly_connected_components(graph), key=len, reverse=True)
    keep: list[str] = []
    for component in components:
        if len(component) < _MIN_COMPONENT or len(keep) >= cap:
            break
        keep.extend(sorted(component, key=lambda n: -graph.degree(n)))
    view = _finish(
        graph.subgraph(keep[:cap]).copy(),
        graph,
        catalog,
        focus=[],
        cap=cap,
        url_for=url_for,
        edge_labels=False,
        title="Organizations and their activities 组织及其工作举措",
    )
    view.total = total
    return view


def neighbourhood_html(store: Store, entity: str, *, hops: int = 1, cap: int = DEFAULT_CAP) -> tuple[str, GraphView]:
    """A standalone HTML picture of an entity's neighbourhood; `entity` is an IRI or a name to search.

    Clicking a node opens its IRI. Raises EntityNotFound when no entity has that IRI or name.
    """
    from graph.project import Projection
    from graph.search import SearchIndex

    from .network import generate_html

    catalog = Catalog.build(store)
    iri = entity
    if entity not in catalog.nodes:
        hits = SearchIndex.build(store, catalog).search(entity, limit=1)
        if not hits:
            raise EntityNotFound(f"no entity is named {entity!r} or has that IRI")
        iri = hits[0]["iri"]
    projection = Projection.build(store, catalog)
    view = ego_view(projection.graph, catalog, iri, hops=hops, cap=cap, url_for=lambda i: i)
    return generate_html(view), view
