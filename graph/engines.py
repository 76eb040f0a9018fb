"""How each SPARQL server differs, one small profile per engine, and telling which one a URL serves.

govkg's store contract (graph/store.py) is one named graph per document and a default graph that is
their de-duplicated union. Engines reach it differently:

- **Oxigraph server** keeps its default graph a graph of its own: govkg writes the union there.
- **Virtuoso 7** has no graph of its own for the default graph: a query without a dataset sees every
  graph at once, its own system graphs included, and a triple stated by two documents twice. govkg
  keeps the union in the graph `UNION` and names the dataset on every query (`default-graph-uri` the
  union, `named-graph-uri` the documents' graphs). It also writes through the Graph Store endpoint
  (its SPARQL parser runs out of memory past about 5,000 triples in one INSERT DATA), answers ASK
  as a one-column SELECT, drops only graphs made by CREATE (so DROP GRAPH goes SILENT), names
  blank nodes `nodeID://...` in JSON results, answers JSON to a CONSTRUCT that lists it first,
  hangs on a POSTed `application/sparql-query` body (so queries go as forms), takes seconds over
  `SELECT DISTINCT ?g` (GROUP BY is instant), drops a `VALUES` branch of a UNION, and refuses
  updates until the SPARQL user is granted SPARQL_UPDATE.
- **A govkg server** (`govkg serve`) answers SPARQL at `/sparql` and graphs at `/rdf-graphs`; it is
  read-only from outside (documents go in through its own API with the admin token).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import httpx
import pyoxigraph as ox

from errors import StoreUnavailable

__all__ = ["ENGINES", "GOVKG", "OXIGRAPH", "UNION", "VIRTUOSO", "Engine", "detect"]

UNION = "urn:govkg:union"  # where govkg keeps the union on engines whose default graph is all graphs
_BNODE_ID = re.compile(rb'("type"\s*:\s*"bnode"\s*,\s*"value"\s*:\s*"|<bnode>)nodeID://')
_SUFFIXES = ("/sparql", "/sparql/", "/query")
_DROP = re.compile(r"\bDROP\s+GRAPH\b", re.IGNORECASE)


@dataclass(frozen=True)
class Engine:
    """One engine's layout and habits; `RemoteStore` asks it wherever engines part ways."""

    name: str
    query_path: str
    update_path: str
    gsp_path: str
    union_graph: str | None = None  # None: the engine's default graph is a graph of its own
    system_graphs: tuple[str, ...] = ()  # graphs the engine keeps for itself (IRI prefixes)
    gsp_writes: bool = False  # write documents through the Graph Store endpoint, not INSERT DATA
    writable: bool = True
    write_hint: str = ""  # what to do when the engine refuses a write
    refusals: tuple[str, ...] = field(default=())  # words of an answer that refuse a write
    results_media: str = "application/sparql-results+json"  # the result format asked for

    def endpoints(self, root: str) -> tuple[str, str, str]:
        """The query, update and Graph Store URLs under a server's root URL."""
        return root + self.query_path, root + self.update_path, root + self.gsp_path

    def hidden(self, graph: str) -> bool:
        """True for a graph that holds no govkg data: the union copy or one of the engine's own."""
        return graph == self.union_graph or graph.startswith(self.system_graphs)

    def _not_ours(self, var: str) -> str:
        """A FILTER keeping `var` off the union copy and the engine's own graphs."""
        tests = [f"?{var} != {ox.NamedNode(self.union_graph)}"] if self.union_graph else []
        tests += [f'!STRSTARTS(STR(?{var}), "{prefix}")' for prefix in self.system_graphs]
        return f"FILTER({' && '.join(tests)})" if tests else ""

    def removal(self, graph: str, union: str) -> str:
        """SPARQL Update dropping `graph` and, from the `union` copy, its triples no other named graph states."""
        g, u = ox.NamedNode(graph), ox.NamedNode(union)
        return (
            f"DELETE {{ GRAPH {u} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {g}) {self._not_ours('h')} }} }} ;\n"
            f"DROP SILENT GRAPH {g}"
        )

    def union_sync(self) -> str:
        """SPARQL Update making the default graph (or the union copy) exactly the union of the named graphs."""
        if self.union_graph is None:
            return (
                "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } } ;\n"
                "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }"
            )
        u = ox.NamedNode(self.union_graph)
        return (
            f"DELETE {{ GRAPH {u} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {u} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} {self._not_ours('g')} }} }} ;\n"
            f"INSERT {{ GRAPH {u} {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._not_ours('g')} "
            f"FILTER NOT EXISTS {{ GRAPH {u} {{ ?s ?p ?o }} }} }}"
        )

    def results(self, body: bytes) -> bytes:
        """SPARQL JSON or XML results as pyoxigraph reads them (Virtuoso's `nodeID://` blank node ids made plain).

        >>> VIRTUOSO.results(b'{"o": { "type": "bnode", "value": "nodeID://b1" }} <bnode>nodeID://b2</bnode>')
        b'{"o": { "type": "bnode", "value": "b1" }} <bnode>b2</bnode>'
        """
        return _BNODE_ID.sub(rb"\1", body) if self is VIRTUOSO else body

    def update_text(self, sparql: str) -> str:
        """An update in the engine's dialect: Virtuoso drops only graphs made by CREATE unless SILENT.

        >>> VIRTUOSO.update_text("DROP GRAPH <urn:g> ; drop  graph <urn:h>")
        'DROP SILENT GRAPH <urn:g> ; DROP SILENT GRAPH <urn:h>'
        """
        return _DROP.sub("DROP SILENT GRAPH", sparql) if self is VIRTUOSO else sparql

    def refused(self, status: int, text: str) -> bool:
        """True when an answer says the engine will not let this client write."""
        return status in (401, 403) or any(word in text for word in self.refusals)


OXIGRAPH = Engine("Oxigraph", "/query", "/update", "/store")
VIRTUOSO = Engine(
    "Virtuoso",
    "/sparql",
    "/sparql",
    "/sparql-graph-crud",
    union_graph=UNION,
    system_graphs=("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp#", "http://localuriqaserver/"),
    gsp_writes=True,
    write_hint='grant SPARQL_UPDATE to "SPARQL" in isql, or reach it through an authenticated endpoint',
    refusals=("SR186", "SECURITY"),
    results_media="application/sparql-results+xml",  # its JSON writer is 4x slower than its XML one
)
GOVKG = Engine(
    "govkg",
    "/sparql",
    "/sparql",
    "/rdf-graphs",
    writable=False,
    write_hint="load documents through that server (POST /api/documents with its admin token) or into its store folder",
)
ENGINES = {"oxigraph": OXIGRAPH, "virtuoso": VIRTUOSO, "govkg": GOVKG}


def _root(url: str) -> str:
    """A server's root URL from what a user may paste: the root, or its SPARQL endpoint."""
    root = url.rstrip("/")
    for suffix in _SUFFIXES:
        if root.endswith(suffix.rstrip("/")):
            return root[: -len(suffix.rstrip("/"))]
    return root


def detect(url: str, client: httpx.Client) -> tuple[Engine, str]:
    """Which engine serves `url` (by its Server header, or govkg's /health), and its root URL.

    A server that says nothing known is taken for an Oxigraph-style SPARQL 1.1 server.
    Raises StoreUnavailable when nothing answers.
    """
    root = _root(url)
    try:
        answer = client.get(root + "/")
        server = answer.headers.get("server", "")
        if server.startswith("Virtuoso"):
            return VIRTUOSO, root
        if server.startswith("Oxigraph"):
            return OXIGRAPH, root
        health = client.get(root + "/health")
    except httpx.TransportError as exc:
        raise StoreUnavailable(f"SPARQL server {url} unreachable: {exc}") from exc
    json_answer = health.headers.get("content-type", "").startswith("application/json")
    if json_answer and "store" in health.json():  # a govkg server (503 while its own store is down)
        return GOVKG, root
    return OXIGRAPH, root
