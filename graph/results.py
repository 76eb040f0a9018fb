"""Run one SPARQL query and serialize its result, capped at a number of rows, in a chosen format.

The same function runs inside the time-limited worker processes (embedded store) and in the serving
process (remote store), so the serialization work is bounded by the time limit too.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import IO, cast

import pyoxigraph as ox

from errors import NotAcceptable

from .oxigraph import _oxigraph_errors as engine_errors  # the engine fails lazily, while results stream
from .store import Store

__all__ = [
    "GRAPH_FORMATS",
    "PREFIXES",
    "RESULT_FORMATS",
    "Answer",
    "Job",
    "graph_answer",
    "run_job",
]

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
PREFIXES = {
    "gk": "https://w3id.org/govkg/ontology#",
    "gkc": "https://w3id.org/govkg/concept/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@dataclass(frozen=True)
class Job:
    """One query as the protocol layer hands it over; formats are names from the tables above."""

    sparql: str
    result_format: str | None = "json"  # for SELECT / ASK; None when the client accepts none
    graph_format: str | None = "turtle"  # for CONSTRUCT / DESCRIBE
    default_graphs: list[str] | None = None
    named_graphs: list[str] | None = None
    max_rows: int | None = None
    graph_only: str | None = field(default=None)  # "default" or a graph IRI: a Graph Store read


@dataclass(frozen=True)
class Answer:
    """A serialized result: `kind` is "solutions", "boolean" or "graph"."""

    kind: str
    format: str
    body: bytes
    rows: int
    truncated: bool = False


def _written(data: bytes | None) -> bytes:
    """pyoxigraph's serializers return the bytes when given no output file."""
    assert data is not None
    return data


class _Cut(Exception):
    """Raised by `_Rows` to stop Oxigraph's writer (and so the query's evaluation) past the row cap."""


class _Rows:
    """A file for Oxigraph's TSV results writer that stops it once more than `cap` rows are written.

    TSV is one header line, then one line per row (newlines inside literals are escaped), so rows
    are counted in C by `bytes.count`; the writer hands over a buffer of a few KB at a time, so at
    most that much is evaluated past the cap.
    """

    __slots__ = ("cap", "lines", "parts")

    def __init__(self, cap: int | None) -> None:
        self.parts: list[bytes] = []
        self.lines = 0
        self.cap = None if cap is None else cap + 1  # the header line, then `cap` rows

    def write(self, data: bytes) -> int:
        self.parts.append(data)
        self.lines += data.count(b"\n")
        if self.cap is not None and self.lines > self.cap:
            raise _Cut
        return len(data)

    def flush(self) -> None:
        """Oxigraph flushes its output at the end; everything is kept in `parts`."""

    def rows(self) -> tuple[bytes, int, bool]:
        """(the TSV up to the cap, rows kept, whether rows were cut)."""
        body = b"".join(self.parts)
        if self.cap is None or self.lines <= self.cap:
            return body, max(self.lines - 1, 0), False
        end = -1
        for _ in range(self.cap):
            end = body.index(b"\n", end + 1)
        return body[: end + 1], self.cap - 1, True


def _solutions(result: ox.QuerySolutions, fmt: str, max_rows: int | None) -> Answer:
    """Up to `max_rows` rows written by Oxigraph: as TSV, cut at the cap, then in `fmt` if another.

    Why not Python: writing terms as JSON in Python cost more than the query on small answers
    (about 50 µs of 140) and 2.5x Oxigraph's writer on large ones. Why through TSV: pyoxigraph
    writes a whole answer or nothing, and only TSV lets the writer be stopped at a row count.

    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("县", language="zh")))
    >>> _solutions(store.query("SELECT ?o ?x { ?s ?p ?o }"), "json", 1).body.decode()
    '{"head":{"vars":["o","x"]},"results":{"bindings":[{"o":{"type":"literal","value":"县","xml:lang":"zh"}}]}}'
    """
    out = _Rows(max_rows)
    with contextlib.suppress(_Cut):
        result.serialize(cast("IO[bytes]", out), format=ox.QueryResultsFormat.TSV)  # it only writes
    tsv, rows, truncated = out.rows()
    if fmt == "tsv":
        return Answer("solutions", fmt, tsv, rows, truncated)
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return Answer("solutions", fmt, _written(parsed.serialize(format=RESULT_FORMATS[fmt])), rows, truncated)


def graph_answer(triples: ox.QueryTriples, fmt: str, max_rows: int | None) -> Answer:
    """Up to `max_rows` triples of a graph result in a format of GRAPH_FORMATS (flagged when cut)."""
    kept: list[ox.Triple] = []
    truncated = False
    for triple in triples:
        if max_rows is not None and len(kept) >= max_rows:
            truncated = True
            break
        kept.append(triple)
    prefixes = PREFIXES if GRAPH_FORMATS[fmt] in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    body = _written(ox.serialize(kept, format=GRAPH_FORMATS[fmt], prefixes=prefixes))
    return Answer("graph", fmt, body, len(kept), truncated)


_GRAPH_READ = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"


def run_job(store: Store, job: Job) -> Answer:
    """Run `job` on `store` and serialize the answer.

    Raises QuerySyntaxError (bad query), NotAcceptable (no format for this result type) and
    StoreUnavailable.

    >>> from graph.oxigraph import OxigraphStore
    >>> run_job(OxigraphStore(), Job("ASK { }")).body
    b'{"head":{},"boolean":true}'
    """
    try:
        return _run(store, job)
    except (SyntaxError, OSError, ValueError):  # the engine's, raised while the answer was written
        with engine_errors("the query engine"):  # no `with` on the way of every answer: a few µs each
            raise


def _run(store: Store, job: Job) -> Answer:
    if job.graph_only is not None:
        defaults = None if job.graph_only == "default" else [job.graph_only]
        result = store.query(_GRAPH_READ, default_graphs=defaults)
    else:
        result = store.query(job.sparql, default_graphs=job.default_graphs, named_graphs=job.named_graphs)
    if isinstance(result, ox.QueryTriples):
        if job.graph_format is None:
            raise NotAcceptable("this query returns a graph; ask for Turtle, N-Triples, JSON-LD or RDF/XML")
        return graph_answer(result, job.graph_format, job.max_rows)
    if job.result_format is None:
        raise NotAcceptable("this query returns results; ask for SPARQL JSON, XML, CSV or TSV")
    if isinstance(result, ox.QueryBoolean):
        body = _written(result.serialize(format=RESULT_FORMATS[job.result_format]))
        return Answer("boolean", job.result_format, body, 1)
    return _solutions(result, job.result_format, job.max_rows)
