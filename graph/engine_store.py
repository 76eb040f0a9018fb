"""A remote store on an engine that is not an Oxigraph server: the `RemoteStore` protocol calls, bent
to the engine's profile (graph/engines.py) where it parts from SPARQL 1.1 as Oxigraph speaks it."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlencode

import httpx
import pyoxigraph as ox

from errors import Forbidden, QuerySyntaxError, StoreUnavailable

from .engines import Engine
from .lexer import analyze
from .remote import RemoteStore, _http_errors
from .store import QueryResult, Term, serialized

__all__ = ["EngineStore"]

_GRAPH_WORD = re.compile(r"\bGRAPH\b", re.IGNORECASE)
_NAMED_TTL = 2.0  # seconds a list of the named graphs is trusted (other clients may load meanwhile)
_FORM = "application/x-www-form-urlencoded"
_UNION_BODY = 8_000_000  # bytes of N-Triples per POST into the union copy
_ASK = "__ASK_RETVAL"
# Virtuoso finds no graph with `GRAPH ?g { }`, and takes seconds over DISTINCT where GROUP BY is instant.
_GRAPHS = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
_COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"  # 0.7 s at 2 M quads; 82 s
# for the same count over a dataset of 1,135 named graphs
_TRUE = ox.parse_query_results(b'{"head":{},"boolean":true}', format=ox.QueryResultsFormat.JSON)
_FALSE = ox.parse_query_results(b'{"head":{},"boolean":false}', format=ox.QueryResultsFormat.JSON)


def _one_line(text: str) -> str:
    """The first line of an engine's error page, which is where engines put the reason."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[0][:300] if lines else "(no message)"


def _as_ask(result: QueryResult) -> QueryResult:
    """An ASK that an engine answered as a one-column SELECT (Virtuoso's `__ASK_RETVAL`), as a boolean."""
    if not isinstance(result, ox.QuerySolutions) or [v.value for v in result.variables] != [_ASK]:
        return result
    values = [row[_ASK] for row in result]
    truth = any(v is not None and v.value not in ("0", "false") for v in values)
    return _TRUE if truth else _FALSE


class EngineStore(RemoteStore):
    """A SPARQL server whose engine has a profile: its endpoints, dataset, writes and errors."""

    def __init__(self, root: str, engine: Engine, *, timeout: float = 30.0, client: httpx.Client | None = None):
        query_url, update_url, gsp_url = engine.endpoints(root)
        super().__init__(query_url, update_url=update_url, gsp_url=gsp_url, timeout=timeout, client=client)
        self.engine = engine
        self._named: tuple[float, list[str]] | None = None

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Queries go as forms (Virtuoso 7 hangs on a POSTed query body), with the engine's dataset."""
        headers = kwargs.get("headers", {})
        if headers.get("Content-Type") == "application/sparql-query":
            params = list(kwargs.pop("params", []))
            sparql = kwargs.pop("content").decode("utf-8")
            form = [("query", sparql), *params, *self._dataset(sparql, params)]
            kwargs["content"] = urlencode(form).encode()
            graph_answer = analyze(sparql)[0] in ("CONSTRUCT", "DESCRIBE")  # Virtuoso gives JSON if asked first
            accept = "application/n-triples" if graph_answer else self.engine.results_media
            kwargs["headers"] = {"Accept": accept, "Content-Type": _FORM}
        response = self._answer(method, url, **kwargs)
        if response.headers.get("x-result-truncated") == "true":  # a govkg server's row cap
            raise StoreUnavailable(f"{url} cut the answer at its row cap; narrow the query or open the store itself")
        if response.headers.get("content-type", "").startswith("application/sparql-results+"):
            content = self.engine.results(response.content)
            return httpx.Response(response.status_code, headers=response.headers, content=content)
        return response

    def _answer(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send, and turn an error answer into one line of ours."""
        with _http_errors(url):
            response = self._client.request(method, url, **kwargs)
        if response.status_code < 400:
            return response
        reason = _one_line(response.text)
        writing = method != "GET" and kwargs.get("headers", {}).get("Content-Type") != _FORM
        if writing and self.engine.refused(response.status_code, response.text):
            raise Forbidden(f"{self.engine.name} at {url} refused the write: {reason} ({self.engine.write_hint})")
        if response.status_code == 400:
            raise QuerySyntaxError(f"{self.engine.name}: {reason}")
        raise StoreUnavailable(f"{self.engine.name} at {url} answered {response.status_code}: {reason}")

    def _dataset(self, sparql: str, params: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """On an engine whose default graph is every graph: the union copy, and the documents' graphs."""
        union = self.engine.union_graph
        if union is None or sparql in (_GRAPHS, _COUNTS) or any(k == "default-graph-uri" for k, _ in params):
            return []
        dataset = [("default-graph-uri", union)]
        if any(k == "named-graph-uri" for k, _ in params) or not _GRAPH_WORD.search(sparql):
            return dataset
        named = self.graphs(fresh=False) or [union]  # an empty list would mean every graph
        return dataset + [("named-graph-uri", g) for g in named]

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Term] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        result = super().query(sparql, bindings=bindings, default_graphs=default_graphs, named_graphs=named_graphs)
        return _as_ask(result)

    @property
    def _union(self) -> str:
        assert self.engine.union_graph, "Graph Store writes keep the union in a graph of its own"
        return self.engine.union_graph

    def _writable(self) -> None:
        self._named = None
        if not self.engine.writable:
            raise Forbidden(f"{self.query_url} is a {self.engine.name} server, read-only: {self.engine.write_hint}")

    def update(self, sparql: str) -> None:
        self._writable()
        super().update(self.engine.update_text(sparql))

    def write_graphs(self, graphs: Mapping[str, bytes]) -> None:
        self._writable()
        if not self.engine.gsp_writes:
            super().write_graphs(graphs)
            return
        # One update drops the batch's graphs already there; each graph is then POSTed (into the emptied graph:
        # half the time of a PUT on Virtuoso), and the union copy takes the batch in bodies of ~8 MB.
        existing = set(self.graphs())  # a removal costs 0.5 s on Virtuoso at 1 M triples, even of no graph
        if old := [graph for graph in graphs if graph in existing]:
            self.update(" ;\n".join(self.engine.removal(graph, self._union) for graph in old))
        headers = {"Content-Type": "application/n-triples"}
        body: list[bytes] = []
        for graph, data in graphs.items():
            self._send("POST", self.gsp_url, params={"graph": graph}, content=data, headers=headers)
            body.append(data)
            if sum(map(len, body)) > _UNION_BODY:
                self._send("POST", self.gsp_url, params={"graph": self._union}, content=b"".join(body), headers=headers)
                body = []
        if body:
            self._send("POST", self.gsp_url, params={"graph": self._union}, content=b"".join(body), headers=headers)

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        unique = dict.fromkeys(triples)
        self.write_graphs({graph: serialized(ox.serialize(unique, format=ox.RdfFormat.N_TRIPLES))})
        return len(unique)

    def remove_graph(self, graph: str) -> bool:
        self._writable()
        if not self.engine.union_graph:
            return super().remove_graph(graph)
        if graph not in self.graphs():
            return False
        self.update(self.engine.removal(graph, self.engine.union_graph))
        return True

    def graphs(self, *, fresh: bool = True) -> list[str]:
        """The named graphs that hold govkg data (not the union copy nor the engine's own graphs)."""
        if not fresh and self._named is not None and time.monotonic() - self._named[0] < _NAMED_TTL:
            return self._named[1]
        result = super().query(_GRAPHS)  # every graph the engine has, filtered below
        assert isinstance(result, ox.QuerySolutions)
        found = sorted(
            {r["g"].value for r in result if isinstance(r["g"], ox.NamedNode) and not self.engine.hidden(r["g"].value)}
        )
        self._named = (time.monotonic(), found)
        return found

    def count(self) -> int:
        """Quads in the named graphs that hold govkg data, summed from the engine's per-graph counts."""
        result = super().query(_COUNTS)
        assert isinstance(result, ox.QuerySolutions)
        return sum(
            int(r["n"].value)  # type: ignore[union-attr]
            for r in result
            if isinstance(r["g"], ox.NamedNode) and not self.engine.hidden(r["g"].value)
        )

    def _quads(self) -> list[ox.Quad]:
        """Every graph read whole through the Graph Store endpoint: no engine's row cap cuts it."""
        quads = []
        for graph in self.graphs():
            accept = {"Accept": "application/n-triples"}
            response = self._send("GET", self.gsp_url, params={"graph": graph}, headers=accept)
            name = ox.NamedNode(graph)
            fmt = ox.RdfFormat.N_TRIPLES
            if "turtle" in response.headers.get("content-type", ""):
                fmt = ox.RdfFormat.TURTLE
            quads += [ox.Quad(t.subject, t.predicate, t.object, name) for t in ox.parse(response.content, format=fmt)]
        return quads
