"""What a graph picture shows: nodes and edges picked from a networkx graph, capped to stay readable.

A view is plain data (no HTML): `visualize.network` turns it into a pyvis network and then into HTML,
and the pages embed its payload. Past `cap` nodes a force layout becomes both slow and unreadable, so
a view keeps the nodes nearest its focus (then the best connected) and says how many it left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .palette import class_colour

__all__ = ["DEFAULT_CAP", "MAX_LABELS", "GraphView", "ViewEdge", "ViewNode", "build_view", "local_name"]

DEFAULT_CAP = 200
MAX_LABELS = 15  # names drawn in a big view; a hairball of 150 overlapping names explains nothing
_MAX_EDGE_LABELS = 60  # past this, relation names pile up on each other; tooltips still give them


def local_name(iri: str | None) -> str:
    """The part of an IRI after its last `#` or `/`.

    >>> local_name("https://w3id.org/govkg/ontology#partOf")
    'partOf'
    """
    if not iri:
        return ""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass
class ViewNode:
    """One entity as drawn: its IRI, names, class, link and size."""

    id: str
    label: str
    cls: str = ""
    label_en: str | None = None
    class_label: str | None = None
    url: str | None = None
    degree: int = 0
    focus: bool = False

    @property
    def colour(self) -> str:
        return class_colour(self.cls)

    @property
    def tooltip(self) -> str:
        """Plain text (vis-network shows string titles with innerText, never as HTML)."""
        lines = [self.label + (f" · {self.label_en}" if self.label_en else "")]
        lines.append(" · ".join(x for x in (self.class_label or self.cls, f"degree {self.degree}") if x))
        return "\n".join(lines)


@dataclass
class ViewEdge:
    """One relation as drawn, from subject to object."""

    source: str
    target: str
    relation: str
    label: str = ""


@dataclass
class GraphView:
    """Nodes and edges to draw, with the count before capping so pages can say what was left out."""

    nodes: list[ViewNode] = field(default_factory=list)
    edges: list[ViewEdge] = field(default_factory=list)
    title: str = ""
    total: int = 0
    cap: int = DEFAULT_CAP
    edge_labels: bool = True

    @property
    def truncated(self) -> bool:
        return self.total > len(self.nodes)

    @property
    def note(self) -> str:
        """The visible note about capping (empty when everything is shown)."""
        if not self.truncated:
            return ""
        shown = len(self.nodes)
        return f"Showing {shown} of {self.total} nodes (显示 {shown} / {self.total} 个节点)"

    def labelled(self, limit: int = MAX_LABELS) -> set[str]:
        """The nodes drawn with their name: every node of a small view; in a big one the focus and the
        `limit` best connected of those with two or more relations, so the first look reads as a few
        named hubs among dots (every node is named on hover)."""
        if len(self.nodes) <= limit:
            return {n.id for n in self.nodes}
        hubs = sorted((n for n in self.nodes if n.degree >= 2), key=lambda n: (-n.degree, n.label))
        return {n.id for n in hubs[:limit]} | {n.id for n in self.nodes if n.focus}

    def legend(self) -> list[dict[str, str]]:
        """One entry per class present: local name, bilingual label and colour, in a stable order."""
        seen: dict[str, dict[str, str]] = {}
        for node in self.nodes:
            if node.cls not in seen:
                seen[node.cls] = {
                    "cls": node.cls,
                    "label": node.class_label or node.cls or "other 其他",
                    "colour": node.colour,
                }
        return sorted(seen.values(), key=lambda e: e["label"])

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able form for the JSON twins of pages."""
        return {
            "title": self.title,
            "nodes": [
                {
                    "iri": n.id,
                    "label": n.label,
                    "label_en": n.label_en,
                    "class": n.cls,
                    "class_label": n.class_label,
                    "url": n.url,
                    "degree": n.degree,
                    "focus": n.focus,
                }
                for n in self.nodes
            ],
            "edges": [{"from": e.source, "to": e.target, "relation": e.relation, "label": e.label} for e in self.edges],
            "total_nodes": self.total,
            "shown_nodes": len(self.nodes),
            "truncated": self.truncated,
            "legend": self.legend(),
        }


def _priority(graph: nx.Graph, focus: list[str]) -> dict[Any, tuple[int, int]]:
    """Rank nodes by hop distance from the focus (undirected), then by degree."""
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    hops: dict[Any, int] = {}
    for f in focus:
        if f in undirected:
            for node, d in nx.single_source_shortest_path_length(undirected, f).items():
                hops[node] = min(d, hops.get(node, d))
    far = len(graph) + 1
    return {n: (hops.get(n, far), -graph.degree(n)) for n in graph.nodes}


def build_view(
    graph: nx.Graph,
    *,
    focus: Iterable[str] = (),
    cap: int = DEFAULT_CAP,
    title: str = "",
    url_for: Callable[[str], str | None] | None = None,
    class_labels: dict[str, str] | None = None,
    relation_labels: dict[str, str] | None = None,
    degrees: Callable[[str], int] | None = None,
    edge_labels: bool = True,
) -> GraphView:
    """Pick at most `cap` nodes of `graph` (focus first, then nearest, then best connected).

    Node attributes read: `label`, `label_en`, `cls` (class IRI or local name); edge attributes:
    `relation` (property IRI or local name). `degrees` gives the size of a node (default: its degree
    in `graph`); `class_labels` and `relation_labels` map local names to display labels.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="南乐县", cls="County"); g.add_node("b", label="网格化管理", cls="Mechanism")
    >>> _ = g.add_edge("a", "b", relation="uses")
    >>> v = build_view(g, focus=["a"], cap=1)
    >>> [n.label for n in v.nodes], v.total, v.truncated, v.edges
    (['南乐县'], 2, True, [])
    """
    focus = [f for f in focus if f in graph]
    rank = _priority(graph, focus)
    ordered = sorted(graph.nodes, key=lambda n: (rank[n], str(graph.nodes[n].get("label", n)), str(n)))
    kept = ordered[: max(cap, 1)]
    kept_set = set(kept)
    class_labels = class_labels or {}
    relation_labels = relation_labels or {}
    nodes = []
    for n in kept:
        data = graph.nodes[n]
        cls = local_name(data.get("cls"))
        nodes.append(
            ViewNode(
                id=str(n),
                label=str(data.get("label") or local_name(str(n))),
                cls=cls,
                label_en=data.get("label_en"),
                class_label=class_labels.get(cls),
                url=url_for(str(n)) if url_for else None,
                degree=degrees(str(n)) if degrees else int(graph.degree(n)),
                focus=n in focus,
            )
        )
    edges = []
    seen: set[tuple[str, str, str]] = set()
    for u, v, data in graph.edges(data=True):
        if u in kept_set and v in kept_set:
            rel = local_name(data.get("relation"))
            key = (str(u), str(v), rel)
            if key not in seen:
                seen.add(key)
                edges.append(ViewEdge(str(u), str(v), rel, relation_labels.get(rel, rel)))
    return GraphView(
        nodes=nodes,
        edges=edges,
        title=title,
        total=graph.number_of_nodes(),
        cap=cap,
        edge_labels=edge_labels and len(edges) <= _MAX_EDGE_LABELS,
    )
