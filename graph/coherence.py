"""SPARQL Update that keeps the store's promise: the default graph is the union of the named graphs.

An update writes into named graphs (INSERT DATA { GRAPH <g> { ... } }, WITH <g> ..., DROP GRAPH <g>);
afterwards the default graph (or, on an engine whose default graph is every graph, govkg's union copy)
is brought back to exactly the de-duplicated union, as `load` and `remove` keep it. An update that
writes into the default graph itself is refused before it runs: the union has no room for a triple
of its own, and deleting from it alone would be undone at once. `LOAD <source>` without INTO loads
into the named graph `<source>`.
"""

from __future__ import annotations

import re
from typing import Any

from errors import InputError

from .engine_store import EngineStore
from .engines import OXIGRAPH, Engine
from .store import Store
from .watch import WatchedStore

__all__ = ["coherent_update", "default_graph_writes", "into_own_graph"]

_LOAD = re.compile(r"\bLOAD\s+(?:SILENT\s+)?(?P<source><[^<>\s]*>)(?!\s*INTO\b)", re.IGNORECASE)


def _writes_default(part: Any) -> bool:
    """True when one operation of an update (rdflib's algebra) writes into the default graph."""
    name = part.name
    if name in ("InsertData", "DeleteData", "DeleteWhere"):
        return bool(part.triples)
    if name == "Modify":
        if part.withClause is not None:
            return False
        return any(bool(template and template.triples) for template in (part.get("insert"), part.get("delete")))
    if name in ("Clear", "Drop"):
        return part.graphiri == "DEFAULT"
    if name in ("Add", "Move", "Copy"):
        return "DEFAULT" in part.graph
    return False


def default_graph_writes(sparql: str) -> list[str]:
    """The operations of an update that write into the default graph (none: an empty list).

    An update rdflib cannot parse is left to the store, whose own parser gives the error.

    >>> default_graph_writes("INSERT DATA { <urn:a> <urn:b> 1 . GRAPH <urn:g> { <urn:a> <urn:b> 2 } }")
    ['InsertData']
    >>> default_graph_writes("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o } ; DROP GRAPH <urn:g>")
    []
    """
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parts = translateUpdate(parseUpdate(sparql)).algebra
    except Exception:  # rdflib's parser raises pyparsing's errors and more; the store will say why
        return []
    return [part.name for part in parts if _writes_default(part)]


def into_own_graph(sparql: str) -> str:
    """`LOAD <source>` loads into the named graph `<source>` (the default graph is the union of those).

    >>> into_own_graph("LOAD SILENT <http://x/a.ttl> ; LOAD <http://x/b.ttl> INTO GRAPH <urn:g>")
    'LOAD SILENT <http://x/a.ttl> INTO GRAPH <http://x/a.ttl> ; LOAD <http://x/b.ttl> INTO GRAPH <urn:g>'
    """
    return _LOAD.sub(lambda m: f"{m.group(0)} INTO GRAPH {m.group('source')}", sparql)


def _engine(store: Store) -> Engine:
    inner = store.inner if isinstance(store, WatchedStore) else store
    return inner.engine if isinstance(inner, EngineStore) else OXIGRAPH


def coherent_update(store: Store, sparql: str) -> None:
    """Run an update on named graphs, then make the default graph their union again.

    Raises InputError for an update that writes into the default graph (nothing runs), and what
    `Store.update` raises.
    """
    sparql = into_own_graph(sparql)
    writes = default_graph_writes(sparql)
    if writes:
        raise InputError(
            f"{', '.join(writes)} writes into the default graph, which govkg keeps as the union of the named "
            "graphs: write into a named graph instead (GRAPH <iri> { ... } or WITH <iri>)"
        )
    store.update(sparql)
    store.update(_engine(store).union_sync())
