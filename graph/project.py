"""A networkx projection of the entity graph: shortest and k-shortest paths, and neighbourhoods.

Built through `Store.query` only (so it works on every backend): nodes are IRIs, an edge joins two
entities related by a gk: property (or skos:broader). Paths are found on the undirected view and
each step reports the relation(s) and which way they point, so "南乐县 —uses→ 网格化管理 ←uses— 范县"
reads correctly.
"""

from __future__ import annotations

from collections import deque
from itertools import islice, pairwise
from typing import Any

import networkx as nx

from errors import EntityNotFound, InputError

from .catalog import Catalog, local_name
from .entity import compact
from .queries import EDGES
from .store import Store, select, text

__all__ = ["MAX_K", "Projection"]

MAX_K = 10
MAX_HOPS = 8


class Projection:
    """The entity graph in memory; `graph` is directed (one edge per triple), `_undirected` for paths."""

    def __init__(self, graph: nx.MultiDiGraph, catalog: Catalog) -> None:
        self.graph = graph
        self.catalog = catalog
        # Counted once: networkx counts a multigraph's edges by walking them (0.3 s at 10 M quads).
        self.size = (graph.number_of_nodes(), graph.number_of_edges())
        self._undirected = nx.Graph()
        for s, o, p in graph.edges(keys=True):
            if self._undirected.has_edge(s, o):
                self._undirected[s][o]["rels"].append((s, p, o))
            else:
                self._undirected.add_edge(s, o, rels=[(s, p, o)])

    @classmethod
    def build(cls, store: Store, catalog: Catalog | None = None) -> Projection:
        """Read every entity-to-entity edge from `store`."""
        catalog = catalog or Catalog.build(store)
        graph = nx.MultiDiGraph()
        for row in select(store, EDGES):
            graph.add_edge(text(row["s"]), text(row["o"]), key=text(row["p"]))
        return cls(graph, catalog)

    def __getstate__(self) -> dict[str, Any]:
        """Saved without the catalog, which is saved once on its own (at ten million quads, reading
        it back three times was seconds of a restart): whoever reads this back sets `catalog`."""
        return {**self.__dict__, "catalog": None}

    def __contains__(self, iri: str) -> bool:
        return iri in self.graph

    def node(self, iri: str) -> dict[str, Any]:
        """A node as JSON, with its degree."""
        return {**self.catalog.node(iri), "degree": self.graph.degree(iri) if iri in self.graph else 0}

    def _relation(self, p: str, forward: bool) -> dict[str, Any]:
        info = self.catalog.nodes.get(p)
        return {
            "property": p,
            "name": compact(p),
            "label": info.label(p) if info else local_name(p),
            "label_en": info.en if info else None,
            "direction": "out" if forward else "in",
        }

    def _check(self, iri: str) -> None:
        if iri not in self.graph and iri not in self.catalog.nodes:
            raise EntityNotFound(f"no entity <{iri}> in the graph")

    def paths(self, source: str, target: str, *, max_hops: int = 6, k: int = 1) -> list[dict[str, Any]]:
        """Up to `k` shortest paths of at most `max_hops` steps, shortest first; [] when none.

        Raises EntityNotFound for an unknown end and InputError for k or max_hops out of range.
        """
        if not 1 <= k <= MAX_K:
            raise InputError(f"k must be between 1 and {MAX_K}")
        if not 1 <= max_hops <= MAX_HOPS:
            raise InputError(f"max_hops must be between 1 and {MAX_HOPS}")
        self._check(source)
        self._check(target)
        if source == target or source not in self._undirected or target not in self._undirected:
            return []
        try:
            if k == 1:
                found = [nx.bidirectional_shortest_path(self._undirected, source, target)]
            else:
                found = list(islice(nx.shortest_simple_paths(self._undirected, source, target), k))
        except nx.NetworkXNoPath:
            return []
        return [self._path(p) for p in found if len(p) - 1 <= max_hops]

    def _path(self, nodes: list[str]) -> dict[str, Any]:
        steps = []
        for a, b in pairwise(nodes):
            rels = [self._relation(p, s == a) for s, p, _ in self._undirected[a][b]["rels"]]
            steps.append({"from": a, "to": b, "relations": rels})
        return {"length": len(nodes) - 1, "nodes": [self.node(n) for n in nodes], "steps": steps}

    def neighbors(self, iri: str, *, depth: int = 1, limit: int = 200) -> dict[str, Any]:
        """The entities within `depth` steps (breadth first, at most `limit`) and the edges among them.

        Raises EntityNotFound for an unknown IRI and InputError for depth outside 1..3.
        """
        if not 1 <= depth <= 3:
            raise InputError("depth must be 1, 2 or 3")
        self._check(iri)
        hops = {iri: 0}
        todo = deque([iri])
        truncated = False
        while todo and not truncated:
            n = todo.popleft()
            if hops[n] >= depth or n not in self._undirected:
                continue
            for m in sorted(self._undirected[n], key=lambda x: -self.graph.degree(x)):
                if m in hops:
                    continue
                if len(hops) >= limit:
                    truncated = True
                    break
                hops[m] = hops[n] + 1
                todo.append(m)
        edges = [
            {"source": s, "target": o, **self._relation(p, True)}
            for s, o, p in self.graph.subgraph(hops).edges(keys=True)
        ]
        return {
            "center": self.node(iri),
            "depth": depth,
            "nodes": [{**self.node(n), "hops": h} for n, h in hops.items()],
            "edges": edges,
            "truncated": truncated,
        }
