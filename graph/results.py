"""Run one SPARQL query and serialize its result, capped at a number of rows, in a chosen format.

The same function runs inside the time-limited worker processes (embedded store) and in the serving
process (remote store), so the serialization work is bounded by the time limit too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from errors import NotAcceptable

from .oxigraph import _oxigraph_errors as engine_errors  # the engine fails lazily, while results stream
from .store import Store, Term

__all__ = [
    "GRAPH_FORMATS",
    "PREFIXES",
    "RESULT_FORMATS",
    "Answer",
    "Job",
    "graph_answer",
    "run_job",
    "term_json",
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
_XSD_STRING = PREFIXES["xsd"] + "string"


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


def term_json(term: Term) -> dict[str, Any]:
    """A term in the SPARQL 1.1 JSON results shape.

    >>> term_json(ox.Literal("县", language="zh"))
    {'type': 'literal', 'value': '县', 'xml:lang': 'zh'}
    """
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": term_json(term.subject),
            "predicate": term_json(term.predicate),
            "object": term_json(term.object),
        },
    }


def _solutions(result: ox.QuerySolutions, fmt: str, max_rows: int | None) -> Answer:
    """Collect up to `max_rows` rows, then write them (JSON here; other formats by pyoxigraph from it)."""
    names = [v.value for v in result.variables]
    bindings: list[dict[str, Any]] = []
    truncated = False
    for solution in result:
        if max_rows is not None and len(bindings) >= max_rows:
            truncated = True
            break
        row = {}
        for i, name in enumerate(names):
            term = solution[i]
            if term is not None:
                row[name] = term_json(term)
        bindings.append(row)
    doc: dict[str, Any] = {"head": {"vars": names}, "results": {"bindings": bindings}}
    body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
    if fmt != "json":
        parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        body = _written(parsed.serialize(format=RESULT_FORMATS[fmt]))
    return Answer("solutions", fmt, body, len(bindings), truncated)


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
    with engine_errors("the query engine"):
        return _run(store, job)


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
