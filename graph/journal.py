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

The bulk load is most of a load's CPU (sorting each piece's keys for nine indexes), so the journal's
pieces are bulk-loaded two at a time (the loader releases the GIL): the write is then no longer one
chain of pieces, each after the other, that the extraction processes wait for on two or more cores.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

__all__ = ["JOURNAL", "replay", "write"]

JOURNAL = "govkg-pending-batch.nq"  # inside the store's folder; RocksDB leaves files it does not name alone
_PARTIAL = JOURNAL + ".partial"
TRANSACTION_MAX = 50_000  # triples: up to this a batch is one transaction
_PIECE = 16 * 2**20  # bytes of journal bulk-loaded at a time
_LOADERS = min(2, os.cpu_count() or 1)  # pieces bulk-loaded at once


def _nquads(graphs: Mapping[str, bytes]) -> bytes:
    """Each graph's N-Triples twice: as default-graph quads and as quads of the graph itself.

    >>> _nquads({"urn:g": b'<urn:a> <urn:b> "c" .\\n'}).decode()
    '<urn:a> <urn:b> "c" .\\n<urn:a> <urn:b> "c" <urn:g> .\\n'
    """
    parts: list[bytes] = []
    for graph, data in graphs.items():
        parts += [data, data.replace(b" .\n", f" {ox.NamedNode(graph)} .\n".encode())]
    return b"".join(parts)


def _pieces(data: bytes, size: int = 8 * 2**20) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of about `size` bytes, each ending after a line.

    >>> _pieces(b"a .\\nb .\\nc .\\n", size=4)
    [(0, 4), (4, 8), (8, 12)]
    """
    pieces, start = [], 0
    while start < len(data):
        end = data.find(b"\n", min(start + size, len(data)) - 1) + 1 or len(data)
        pieces.append((start, end))
        start = end
    return pieces


def write(store: ox.Store, folder: Path | None, graphs: Mapping[str, bytes]) -> None:
    """Add the graphs (none of which exists yet) and their triples to the default graph, each whole."""
    triples = sum(data.count(b"\n") for data in graphs.values())
    if folder is None or triples <= TRANSACTION_MAX:
        store.load(_nquads(graphs), format=ox.RdfFormat.N_QUADS, lenient=True)
        return
    partial, journal = folder / _PARTIAL, folder / JOURNAL
    with partial.open("wb") as f:
        for graph, data in graphs.items():  # as _nquads, a piece at a time: no copy of the whole batch
            suffix = f" {ox.NamedNode(graph)} .\n".encode()
            f.write(data)
            for start, end in _pieces(data):
                f.write(data[start:end].replace(b" .\n", suffix))
        f.flush()
        os.fsync(f.fileno())
    partial.replace(journal)  # only a complete journal has this name
    _bulk_load(store, journal)
    journal.unlink()


def replay(store: ox.Store, folder: Path) -> bool:
    """Finish the bulk write a crash interrupted (True if there was one); drop a journal never completed."""
    (folder / _PARTIAL).unlink(missing_ok=True)  # the crash came before its load began
    journal = folder / JOURNAL
    if not journal.exists():
        return False
    _bulk_load(store, journal)
    journal.unlink()
    return True


def _read_pieces(f: BinaryIO) -> Iterator[bytes]:
    """The file's lines in pieces of about `_PIECE` bytes, each ending after a line."""
    rest = b""
    while block := f.read(_PIECE):
        block = rest + block
        cut = block.rfind(b"\n") + 1
        if cut:
            yield block[:cut]
        rest = block[cut:]
    if rest.strip():
        yield rest


def _bulk_load(store: ox.Store, journal: Path) -> None:
    """Bulk-load the journal a piece at a time, `_LOADERS` pieces at once: the loader's memory grows
    with what it is given at once (about 5 bytes per byte of N-Quads), and the journal makes the
    pieces one write. Raises the first piece's error once the pieces in flight are done."""
    with journal.open("rb") as f, ThreadPoolExecutor(_LOADERS, thread_name_prefix="govkg-bulk") as pool:
        loading: deque[Future[None]] = deque()
        for piece in _read_pieces(f):
            if len(loading) >= _LOADERS:
                loading.popleft().result()
            loading.append(pool.submit(store.bulk_load, piece, format=ox.RdfFormat.N_QUADS, lenient=True))
        for future in loading:
            future.result()
    store.flush()
