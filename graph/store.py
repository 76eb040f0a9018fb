"""The narrow interface every triple store backend implements.

Results and terms are pyoxigraph's in every backend (the remote one parses the server's answers
with pyoxigraph), so code above `graph/` never depends on which store it has.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

import pyoxigraph as ox

__all__ = ["QueryResult", "Store", "Term", "TextRdfFormats", "select", "serialized", "text"]

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
        """Make `graph` hold exactly `triples` (atomically where the backend allows); return their count."""
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
