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

Graphs that exist already (a document extracted again by upgraded rules) are replaced by what changed
(`replace`): each old graph is read back as N-Triples and compared line by line with the new one, and
the documents of a batch go in transactions of up to `_GROUP` changed triples, each of which
deletes the quads gone, inserts the quads added (in the default graph too), then drops from the default
graph each triple gone that no named graph states any more. Each document thus goes from its old
version to its new one in one transaction, and the cost is the change, not the document: an upgrade
that changes a few triples per document rewrites those, not every quad twice, and never runs the
per-triple check of every old triple that replacing whole graphs needs for the union.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from .store import insert_data, remove_update, serialized

__all__ = ["JOURNAL", "replace", "replay", "write"]

JOURNAL = "govkg-pending-batch.nq"  # inside the store's folder; RocksDB leaves files it does not name alone
_PARTIAL = JOURNAL + ".partial"
TRANSACTION_MAX = 50_000  # triples: up to this a batch is one transaction
_PIECE = 16 * 2**20  # bytes of journal bulk-loaded at a time
_LOADERS = min(2, os.cpu_count() or 1)  # pieces bulk-loaded at once
_GROUP = 10_000  # changed triples of the documents replaced in one transaction (larger ones cost more a triple)
_SCAN_MIN = 3  # triples gone of one subject from which its quads are scanned rather than each looked up


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


class _Change:
    """What replacing one graph's N-Triples by others writes: the lines gone and the lines added."""

    def __init__(self, graph: str, old: bytes, new: bytes) -> None:
        before, after = set(old.splitlines()), set(new.splitlines())
        self.graph = graph
        self.gone = before - after
        self.added = after - before

    def __len__(self) -> int:
        return len(self.gone) + len(self.added)


def _update(changes: list[_Change]) -> str:
    """One SPARQL update that applies the changes and keeps the default graph the union.

    The triples gone are checked against the named graphs once the quads gone are deleted, before
    the new ones are inserted (a transaction reads more slowly the more it has written): those of a
    subject that lost several (a passage's, a mention's) by one scan of the subject's quads (a MINUS,
    about 6 µs a quad), the others one by one (a FILTER NOT EXISTS, about 20 µs a triple).

    >>> print(_update([_Change("urn:g", b"<urn:a> <urn:p> 1 .\\n<urn:a> <urn:p> 2 .", b"<urn:a> <urn:p> 2 .")]))
    DELETE DATA {
    GRAPH <urn:g> {
    <urn:a> <urn:p> 1 .
    }
    } ;
    DELETE { ?s ?p ?o } WHERE {
      VALUES (?s ?p ?o) {
    (<urn:a> <urn:p> 1)
      }
      FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } }
    }
    """
    gone = [c for c in changes if c.gone]
    parts: list[str] = []
    if gone:
        graphs = "".join(f"GRAPH {ox.NamedNode(c.graph)} {{\n{_lines(c.gone)}}}\n" for c in gone)
        parts.append(f"DELETE DATA {{\n{graphs}}}")
    by_subject: dict[bytes, list[bytes]] = {}
    for c in gone:
        for line in c.gone:
            by_subject.setdefault(line.split(b" ", 1)[0], []).append(line)
    scanned = [s.decode() for s, lines in by_subject.items() if len(lines) >= _SCAN_MIN and s != b"<<"]
    if scanned:
        subjects = "\n".join(scanned)
        parts.append(
            f"DELETE {{ ?s ?p ?o }} WHERE {{\n  {{ VALUES ?s {{\n{subjects}\n  }} ?s ?p ?o }}\n"
            f"  MINUS {{ VALUES ?s {{\n{subjects}\n  }} GRAPH ?g {{ ?s ?p ?o }} }}\n}}"
        )
    rows = "".join(  # N-Triples lines "s p o ." are the VALUES rows "(s p o)"
        f"({line[:-2].decode()})\n"
        for s, lines in by_subject.items()
        if len(lines) < _SCAN_MIN or s == b"<<"
        for line in lines
    )
    if rows:
        parts.append(
            f"DELETE {{ ?s ?p ?o }} WHERE {{\n  VALUES (?s ?p ?o) {{\n{rows}  }}\n"
            "  FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } }\n}"
        )
    added = {c.graph: _lines(c.added).encode() for c in changes if c.added}
    if added:  # last: a triple gone from one graph and added to another goes back into the default graph
        parts.append(insert_data(added))
    return " ;\n".join(parts)


def _lines(lines: set[bytes]) -> str:
    return b"".join(line + b"\n" for line in lines).decode()


def replace(store: ox.Store, graphs: Mapping[str, bytes]) -> list[str]:
    """Make each graph (all of which exist) hold exactly its new N-Triples, writing only what changed.

    Whole documents go in each transaction, up to `_GROUP` changed triples between them. Returns the
    graphs whose own change is larger than `TRANSACTION_MAX`: the caller removes them and writes them
    as new. A graph with blank nodes (which DELETE DATA cannot name) is replaced whole, in one
    transaction that removes it and inserts its triples.
    """
    too_large: list[str] = []
    group: list[_Change] = []
    size = 0
    for graph, data in graphs.items():
        old = serialized(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)))
        if b"_:" in old or b"_:" in data:
            store.update(f"{remove_update(graph)} ;\n{insert_data({graph: data})}")
            continue
        change = _Change(graph, old, data)
        if len(change) > TRANSACTION_MAX:
            too_large.append(graph)
            continue
        if size + len(change) > _GROUP:
            store.update(_update(group))
            group, size = [], 0
        if change:
            group.append(change)
            size += len(change)
    if group:
        store.update(_update(group))
    return too_large
