"""The default graph is the de-duplicated union of the documents' graphs, on both write paths."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import OxigraphStore, RemoteStore, Store, journal, select, union_difference

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _triples(start: int, stop: int) -> list[ox.Triple]:
    p = ox.NamedNode("urn:p")
    return [ox.Triple(ox.NamedNode(f"urn:s{i}"), p, ox.Literal(f"县{i}", language="zh")) for i in range(start, stop)]


def _count(store: Store) -> int:
    return int(select(store, COUNT)[0]["n"].value)  # type: ignore[union-attr]


@pytest.mark.parametrize("size", [100, 40_000], ids=["transaction", "bulk"])
def test_shared_triples_match_once_and_leave_with_their_last_graph(size: int) -> None:
    store = OxigraphStore()
    half = size // 2
    store.replace_graph("urn:a", _triples(0, size))
    store.replace_graph("urn:b", _triples(half, size + half))  # shares half of urn:a
    assert _count(store) == size + half
    assert store.count() == 2 * size
    store.replace_graph("urn:b", _triples(half, size + half))  # reloading changes nothing
    assert _count(store) == size + half
    store.remove_graph("urn:a")
    assert _count(store) == size  # what urn:b still states stays
    store.remove_graph("urn:b")
    assert _count(store) == 0 and store.graphs() == []


# --- Atomic writes: the default graph is the union after every write, and validate can tell ---

UNION_AND_DEFAULT = """
SELECT ?d ?u WHERE {
  { SELECT (COUNT(*) AS ?d) WHERE { ?s ?p ?o } }
  { SELECT (COUNT(*) AS ?u) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } } }
}"""


def _nt(triples: list[ox.Triple]) -> bytes:
    return bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")


@pytest.fixture(params=["memory", "remote"])
def any_store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "memory":
        yield OxigraphStore()
        return
    remote = RemoteStore(request.getfixturevalue("oxigraph_server"), timeout=30)
    remote.update("CLEAR ALL")
    yield remote
    remote.update("CLEAR ALL")
    remote.close()


def test_a_batch_writes_new_and_replaced_graphs_keeping_the_union(any_store: Store) -> None:
    any_store.write_graphs({"urn:a": _nt(_triples(0, 30)), "urn:b": _nt(_triples(20, 50))})
    assert not union_difference(any_store)
    assert _count(any_store) == 50 and any_store.count() == 60
    # urn:a is replaced by triples it shares with nobody; urn:c is new; both in one batch
    any_store.write_graphs({"urn:a": _nt(_triples(100, 110)), "urn:c": _nt(_triples(0, 5))})
    assert not union_difference(any_store)
    assert _count(any_store) == 30 + 10 + 5  # urn:b's 30, urn:a's new 10, urn:c's 5
    assert any_store.remove_graph("urn:b") and not union_difference(any_store)
    assert _count(any_store) == 15


def test_validate_sees_a_default_graph_that_is_not_the_union(any_store: Store) -> None:
    any_store.replace_graph("urn:a", _triples(0, 3))
    any_store.update('INSERT DATA { <urn:stray> <urn:p> "raw" }')  # a raw update writes only the default graph
    any_store.update('DELETE DATA { <urn:s0> <urn:p> "县0"@zh }')
    difference = union_difference(any_store)
    assert (difference.missing, difference.extra) == (1, 1)
    assert str(difference).startswith(
        "the default graph is not the union of the named graphs: 1 triples missing, 1 extra"
    )


def test_a_large_batch_cut_short_by_a_crash_is_finished_when_the_store_opens(tmp_path: Path) -> None:
    batch = {"urn:b": _nt(_triples(5, 40_000)), "urn:c": _nt(_triples(39_000, 60_000))}
    reference = OxigraphStore(tmp_path / "reference")
    reference.write_graphs({"urn:a": _nt(_triples(0, 10))})
    reference.write_graphs(batch)  # past one transaction's size: the journaled bulk load
    assert not (tmp_path / "reference" / journal.JOURNAL).exists()
    folder = tmp_path / "store"
    store = OxigraphStore(folder)
    store.write_graphs({"urn:a": _nt(_triples(0, 10))})
    store.close()
    del store
    gc.collect()
    # A crash once the journal was complete, before its bulk load finished; and one while writing it.
    (folder / journal.JOURNAL).write_bytes(journal._nquads(batch))
    (folder / (journal.JOURNAL + ".partial")).write_bytes(b'<urn:x> <urn:p> "half" <urn:d> .\n')
    reopened = OxigraphStore(folder)
    assert not (folder / journal.JOURNAL).exists() and not (folder / (journal.JOURNAL + ".partial")).exists()
    assert reopened.dump("nquads") == reference.dump("nquads")
    assert "urn:d" not in reopened.graphs() and not union_difference(reopened)


def test_readers_never_see_the_union_behind_or_counts_go_back(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    stop = threading.Event()
    reads: list[tuple[int, int]] = []

    def reader() -> None:
        while not stop.is_set():
            row = select(store, UNION_AND_DEFAULT)[0]
            reads.append((int(row["d"].value), int(row["u"].value)))  # type: ignore[union-attr]

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for i in range(40):  # each document shares half its triples with the one before
            store.write_graphs({f"urn:doc{i}": _nt(_triples(i * 50, i * 50 + 100))})
        store.replace_graph("urn:doc3", _triples(150, 250)[::-1])  # a replacement, in one transaction
    finally:
        stop.set()
        thread.join()
    assert len(reads) > 5
    assert all(d == u for d, u in reads), [r for r in reads if r[0] != r[1]][:3]
    assert [d for d, _ in reads] == sorted(d for d, _ in reads)


def test_a_graph_too_large_for_one_transaction_is_replaced_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal, "TRANSACTION_MAX", 500)
    store = OxigraphStore(tmp_path / "store")
    store.write_graphs({"urn:small": _nt(_triples(0, 10))})
    store.write_graphs({"urn:big": _nt(_triples(0, 1_000))})
    store.write_graphs({"urn:big": _nt(_triples(5, 1_200))})  # removed, then written through the journal
    assert _count(store) == 1_200 and store.count() == 10 + 1_195
    assert not union_difference(store)


def test_a_journal_loaded_in_many_pieces_two_at_a_time_writes_what_one_transaction_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal, "TRANSACTION_MAX", 500)
    monkeypatch.setattr(journal, "_PIECE", 4096)  # about 60 lines a piece: dozens of pieces, two loaded at once
    monkeypatch.setattr(journal, "_LOADERS", 2)
    batch = {f"urn:doc{i}": _nt(_triples(i * 300, i * 300 + 600)) for i in range(6)}  # each shares half
    transaction, pieces = OxigraphStore(), OxigraphStore(tmp_path / "store")
    transaction.write_graphs(batch)
    pieces.write_graphs(batch)
    assert not (tmp_path / "store" / journal.JOURNAL).exists()
    assert sorted(pieces.dump("nquads").splitlines()) == sorted(transaction.dump("nquads").splitlines())
    assert _count(pieces) == 2_100
    assert not union_difference(pieces)
