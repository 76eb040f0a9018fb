"""Finding a loaded document by any of its names: one rule for `govkg remove` and DELETE /api/documents.

A document answers to its file name (dcterms:identifier), its id (d-…), its IRI and its graph's IRI.
"""

from __future__ import annotations

from errors import EntityNotFound, InputError

from .store import Store, select, text

__all__ = ["document_graph_named"]

_DOCS = """
PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?g ?doc ?id WHERE { GRAPH ?g { ?doc a gk:Document ; dcterms:identifier ?id } }
"""


def document_graph_named(store: Store, name: str) -> str:
    """The graph of the one loaded document that `name` names.

    Raises:
        EntityNotFound: no document has that name.
        InputError: several documents have it (two files of one name in different folders).

    >>> from graph.oxigraph import OxigraphStore
    >>> s = OxigraphStore()
    >>> s.update('''INSERT DATA { GRAPH <https://x/graph/d-1> {
    ...   <https://x/doc/d-1> a <https://w3id.org/govkg/ontology#Document> ;
    ...     <http://purl.org/dc/terms/identifier> "南乐.txt" } }''')
    >>> document_graph_named(s, "南乐.txt"), document_graph_named(s, "d-1")
    ('https://x/graph/d-1', 'https://x/graph/d-1')
    """
    matches = {
        text(r["g"])
        for r in select(store, _DOCS)
        if name in (text(r["id"]), text(r["doc"]), text(r["g"]), text(r["doc"]).rsplit("/", 1)[-1])
    }
    if not matches:
        raise EntityNotFound(f"no loaded document is named {name!r} (a file name, d-... id or IRI)")
    if len(matches) > 1:
        raise InputError(f"{name!r} names {len(matches)} documents; give a document IRI instead")
    return matches.pop()
