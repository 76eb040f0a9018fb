"""Whole writes into an embedded Oxigraph: a transaction for small batches, a journaled bulk load for large.

Each document's triples go into its named graph and into the default graph (their union) in the same
write. A transaction (`Store.load`) is atomic for readers and crashes alike but costs about twice as
much as Oxigraph's bulk loader, which writes sorted files and ingests them index by index: a reader
can glimpse the default graph a moment behind the named graphs, and a crash between two ingests
would leave it so. Large batches therefore go through the bulk loader from a journal file: the
batch's N-Quads are written beside the store (under a temporary name, then renamed once complete),
bulk-loaded, and the file removed. Opening the store for writing replays a journal left behind by a
crash; loading the same quads again is harmless, so after it the default graph is the union again
and every document of the batch is whole. The quads come from govkg's own serializer, so they are
loaded without validating each IRI again (`lenient`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

__all__ = ["JOURNAL", "replay", "write"]

JOURNAL = "govkg-pending-batch.nq"  # inside the store's folder; RocksDB leaves files it does not name alone
_PARTIAL = JOURNAL + ".partial"
TRANSACTION_MAX = 50_000  # triples: up to this a batch is one transaction


def _nquads(graphs: Mapping[str, bytes]) -> bytes:
    """Each graph's N-Triples twice: as default-graph quads and as quads of the graph itself.

    >>> _nquads({"urn:g": b'<urn:a> <urn:b> "c" .\\n'}).decode()
    '<urn:a> <urn:b> "c" .\\n<urn:a> <urn:b> "c" <urn:g> .\\n'
    """
    parts: list[bytes] = []
    for graph, data in graphs.items():
        parts += [data, data.replace(b" .\n", f" {ox.NamedNode(graph)} .\n".encode())]
    return b"".join(parts)


def write(store: ox.Store, folder: Path | None, graphs: Mapping[str, bytes]) -> None:
    """Add the graphs (none of which exists yet) and their triples to the default graph, each whole."""
    triples = sum(data.count(b"\n") for data in graphs.values())
    if folder is None or triples <= TRANSACTION_MAX:
        store.load(_nquads(graphs), format=ox.RdfFormat.N_QUADS, lenient=True)
        return
    partial, journal = folder / _PARTIAL, folder / JOURNAL
    with partial.open("wb") as f:
        f.write(_nquads(graphs))
        f.flush()
        os.fsync(f.fileno())
    partial.replace(journal)  # only a complete journal has this name
    store.bulk_load(path=str(journal), format=ox.RdfFormat.N_QUADS, lenient=True)
    store.flush()
    journal.unlink()


def replay(store: ox.Store, folder: Path) -> bool:
    """Finish the bulk write a crash interrupted (True if there was one); drop a journal never completed."""
    (folder / _PARTIAL).unlink(missing_ok=True)  # the crash came before its load began
    journal = folder / JOURNAL
    if not journal.exists():
        return False
    store.bulk_load(path=str(journal), format=ox.RdfFormat.N_QUADS, lenient=True)
    store.flush()
    journal.unlink()
    return True
