"""The narrow interface every triple store backend implements.

Results and terms are pyoxigraph's in every backend (the remote one parses the server's answers
with pyoxigraph), so code above `graph/` never depends on which store it has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox

__all__ = [
    "QueryResult",
    "Store",
    "Term",
    "TextRdfFormats",
    "UnionDifference",
    "insert_data",
    "ntriples",
    "remove_update",
    "select",
    "serialized",
    "text",
    "union_difference",
]

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

TextRdfFormats: dict[str, ox.RdfFormat] = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def text(term: Term) -> str:
    """The string a term holds: an IRI, a blank node's id or a literal's lexical form (`.value`).

    A quoted triple (RDF-star), which has no `.value` and no govkg query selects, gives its N-Triples.

    >>> text(ox.Literal("南乐县", language="zh")), text(ox.NamedNode("https://w3id.org/govkg/id/org/x"))
    ('南乐县', 'https://w3id.org/govkg/id/org/x')
    """
    return str(term) if isinstance(term, ox.Triple) else term.value


def serialized(data: bytes | None) -> bytes:
    """The bytes pyoxigraph's `serialize`/`dump` return when given no output file.

    Their stubs say `bytes | None` (None when they wrote to a file), hence this narrowing.
    Raises TypeError when given None.
    """
    if data is None:
        raise TypeError("pyoxigraph wrote to a file, not to memory")
    return data


class Store(Protocol):
    """A quad store holding one named graph per document; its default graph is their de-duplicated union.

    `replace_graph` and `remove_graph` keep that invariant, so queries see each fact once however
    many documents state it (a union default graph would match it once per document).
    """

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Term] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        """Run a SPARQL 1.1 query; without `default_graphs` the default graph is the union of all graphs.

        `default_graphs` and `named_graphs` narrow the dataset (the protocol's default-graph-uri and
        named-graph-uri).

        Raises QuerySyntaxError for a malformed query and StoreUnavailable when the store fails.
        """
        ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update."""
        ...

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        """Make `graph` hold exactly `triples` in one atomic write (see `write_graphs`); return their count."""
        ...

    def write_graphs(self, graphs: Mapping[str, bytes]) -> None:
        """Make each graph hold exactly the N-Triples given, the default graph staying their union.

        Each graph's write is atomic (a crash leaves it wholly before or wholly after) and keeps
        the default graph the union of the named graphs at every moment; a batch of graphs is
        written in as few steps as the backend allows.
        """
        ...

    def remove_graph(self, graph: str) -> bool:
        """Drop a named graph; False when it did not exist."""
        ...

    def graphs(self) -> list[str]:
        """IRIs of the named graphs."""
        ...

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        """Serialize the named graphs (dataset formats), the union (triple formats) or one graph."""
        ...

    def count(self) -> int:
        """Number of quads in the named graphs."""
        ...

    def close(self) -> None: ...


def select(store: Store, sparql: str, **bindings: Term) -> list[dict[str, Term]]:
    """Run a SELECT and return its rows as dicts of bound variables (unbound ones left out).

    >>> from graph.oxigraph import OxigraphStore
    >>> s = OxigraphStore()
    >>> select(s, "SELECT ?x WHERE { VALUES ?x { 1 } }")
    [{'x': <Literal value=1 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>}]
    """
    result = store.query(sparql, bindings=bindings or None)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError("select() needs a SELECT query")
    names = [v.value for v in result.variables]
    rows = []
    for solution in result:
        row = {}
        for name in names:
            term = solution[name]
            if term is not None:
                row[name] = term
        rows.append(row)
    return rows


def ntriples(triples: Iterable[ox.Triple]) -> bytes:
    """N-Triples of the distinct `triples`, in first-seen order, one `s p o .` line each.

    >>> ntriples([ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("县"))] * 2)
    b'<urn:a> <urn:b> "\\xe5\\x8e\\xbf" .\\n'
    """
    return serialized(ox.serialize(dict.fromkeys(triples), format=ox.RdfFormat.N_TRIPLES))


def remove_update(graph: str) -> str:
    """SPARQL Update dropping `graph` and those of its triples that no other named graph states.

    One request, so a server runs it as one transaction; a graph that does not exist is no error.
    """
    g = ox.NamedNode(graph)
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {g}) }} }} ;\n"
        f"DROP SILENT GRAPH {g}"
    )


def insert_data(graphs: Mapping[str, bytes]) -> str:
    """SPARQL `INSERT DATA` writing each graph's N-Triples into it and into the default graph.

    N-Triples lines are valid triples of a SPARQL data block, so the bytes go in as they are.

    >>> print(insert_data({"urn:g": b'<urn:a> <urn:b> "c" .\\n'}))
    INSERT DATA {
    <urn:a> <urn:b> "c" .
    GRAPH <urn:g> {
    <urn:a> <urn:b> "c" .
    }
    }
    """
    parts = ["INSERT DATA {\n"]
    for data in graphs.values():
        parts.append(data.decode("utf-8"))
    for graph, data in graphs.items():
        parts += [f"GRAPH {ox.NamedNode(graph)} {{\n", data.decode("utf-8"), "}\n"]
    parts.append("}")
    return "".join(parts)


_MISSING = """
SELECT (COUNT(*) AS ?n) (SAMPLE(?s) AS ?example) WHERE {
  { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }
  FILTER NOT EXISTS { ?s ?p ?o }
}"""
_EXTRA = """
SELECT (COUNT(*) AS ?n) (SAMPLE(?s) AS ?example) WHERE {
  ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } }
}"""


@dataclass(frozen=True)
class UnionDifference:
    """How far the default graph is from the de-duplicated union of the named graphs."""

    missing: int  # triples some named graph states that the default graph lacks
    extra: int  # default-graph triples that no named graph states
    examples: tuple[str, ...] = ()  # a subject of each kind of difference

    def __bool__(self) -> bool:
        return bool(self.missing or self.extra)

    def __str__(self) -> str:
        if not self:
            return "the default graph is the union of the named graphs"
        seen = f" (e.g. {', '.join(self.examples)})" if self.examples else ""
        return (
            f"the default graph is not the union of the named graphs: {self.missing} triples missing, "
            f"{self.extra} extra{seen}"
        )


def union_difference(store: Store) -> UnionDifference:
    """Compare the default graph with the union of every named graph (documents and ontology alike).

    >>> from graph.oxigraph import OxigraphStore
    >>> s = OxigraphStore()
    >>> s.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    >>> print(union_difference(s))
    the default graph is not the union of the named graphs: 1 triples missing, 0 extra (e.g. urn:a)
    """
    counts, examples = [], []
    for sparql in (_MISSING, _EXTRA):
        row = select(store, sparql)[0]
        counts.append(int(text(row["n"])))
        if "example" in row:
            examples.append(text(row["example"]))
    return UnionDifference(counts[0], counts[1], tuple(examples))
