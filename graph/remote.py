"""The remote backend: any SPARQL 1.1 server through the Query, Update and Graph Store protocols.

For an Oxigraph server its root URL is enough (`/query`, `/update`, `/store`); other servers lay out
their endpoints differently and take explicit `update_url` and `gsp_url`. As in the embedded store,
each document is a named graph and govkg keeps the server's default graph their de-duplicated union
(written beside each graph in the same update request, cleaned on removal), so the server must keep
its default graph a graph of its own (Oxigraph's default; not `--union-default-graph`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx
import pyoxigraph as ox

from errors import QuerySyntaxError, QueryTimeout, StoreUnavailable, UnsupportedFormat

from .queries import bind
from .store import QueryResult, Term, TextRdfFormats, insert_data, ntriples, remove_update, serialized

__all__ = ["RemoteStore"]

_RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPHS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


@contextmanager
def _http_errors(url: str) -> Iterator[None]:
    """Translate httpx's exceptions into ours at the boundary."""
    try:
        yield
    except httpx.TimeoutException as exc:
        raise QueryTimeout(f"SPARQL server {url} did not answer within the time limit: {exc}") from exc
    except httpx.TransportError as exc:
        raise StoreUnavailable(f"SPARQL server {url} unreachable: {exc}") from exc


def _query_triples(quads: Iterable[ox.Quad]) -> ox.QueryTriples:
    """A graph answer as the same QueryTriples the embedded store gives (read back from a scratch store)."""
    scratch = ox.Store()
    scratch.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads)
    result = scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")
    assert isinstance(result, ox.QueryTriples)
    return result


class RemoteStore:
    """A SPARQL 1.1 server reached over HTTP, with an explicit timeout on every call."""

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
    ) -> None:
        root = url.rstrip("/")
        self.query_url = url if update_url or gsp_url else f"{root}/query"
        self.update_url = update_url or f"{root}/update"
        self.gsp_url = gsp_url or f"{root}/store"
        self._client = client or httpx.Client(timeout=httpx.Timeout(timeout))

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        with _http_errors(url):
            response = self._client.request(method, url, **kwargs)
        if response.status_code == 400:
            raise QuerySyntaxError(response.text.strip()[:500])
        if response.status_code >= 400:
            raise StoreUnavailable(f"{url} answered {response.status_code}: {response.text.strip()[:300]}")
        return response

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Term] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        if bindings:  # VALUES: the portable way to bind variables (SEP-0007 is Oxigraph-only)
            sparql = bind(sparql, bindings)
        params = [("default-graph-uri", g) for g in default_graphs or []]
        params += [("named-graph-uri", g) for g in named_graphs or []]
        response = self._send(
            "POST",
            self.query_url,
            params=params,
            content=sparql.encode(),
            headers={"Content-Type": "application/sparql-query", "Accept": _ACCEPT},
        )
        media = response.headers.get("content-type", "").split(";")[0].strip()
        if media in _RESULTS:
            return ox.parse_query_results(response.content, format=_RESULTS[media])
        if media in _GRAPHS:
            return _query_triples(ox.parse(response.content, format=_GRAPHS[media]))
        raise StoreUnavailable(f"{self.query_url} answered an unexpected media type {media!r}")

    def update(self, sparql: str) -> None:
        self._send(
            "POST", self.update_url, content=sparql.encode(), headers={"Content-Type": "application/sparql-update"}
        )

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        data = ntriples(triples)
        self.write_graphs({graph: data})
        return data.count(b"\n")

    def write_graphs(self, graphs: Mapping[str, bytes]) -> None:
        """One update request for the whole batch (drop each graph's old triples, insert the new ones
        into it and the default graph): the server applies it as one transaction."""
        if not graphs:
            return
        removals = [remove_update(g) for g in graphs]
        self.update(" ;\n".join([*removals, insert_data(graphs)]))

    def remove_graph(self, graph: str) -> bool:
        if graph not in self.graphs():
            return False
        self.update(remove_update(graph))  # keeps the default graph the union, in one request
        return True

    def graphs(self) -> list[str]:
        result = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        assert isinstance(result, ox.QuerySolutions)
        return sorted(row["g"].value for row in result if isinstance(row["g"], ox.NamedNode))

    def _quads(self) -> list[ox.Quad]:
        result = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(result, ox.QuerySolutions)
        return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in result]  # type: ignore[arg-type]

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        if fmt not in TextRdfFormats:
            raise UnsupportedFormat(f"unknown RDF format {fmt!r}; choose one of {', '.join(TextRdfFormats)}")
        rdf_format = TextRdfFormats[fmt]
        quads = [
            q
            for q in self._quads()
            if graph is None or (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == graph)
        ]
        if rdf_format.supports_datasets and graph is None:
            return serialized(ox.serialize(sorted(quads, key=str), format=rdf_format))
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        return serialized(ox.serialize(sorted(triples, key=str), format=rdf_format))

    def count(self) -> int:
        result = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert isinstance(result, ox.QuerySolutions)
        return int(next(iter(result))["n"].value)  # type: ignore[index]

    def close(self) -> None:
        self._client.close()
