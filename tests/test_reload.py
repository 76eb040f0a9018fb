"""Documents extracted again (upgraded rules) replace their graphs by what changed: each document goes
from its old version to its new one whole, the default graph stays the union of the named graphs,
a load killed midway leaves every document old or new and continues when run again, and a load with
nothing changed still skips everything.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from test_loading_crash import _graph_sizes, _load, _open, _report

from graph import OxigraphStore, journal, select, union_difference
from loaders import DEFAULT_BASE, load_paths

OLD_RULES = "govkg.rules.v1+000000000000"
SHARED = b'<urn:old> <urn:said> "by every old version" .\n'


def _triples(start: int, stop: int, tag: str = "") -> bytes:
    return b"".join(f'<urn:s{i}> <urn:p> "县{i}{tag}"@zh .\n'.encode() for i in range(start, stop))


def _lines(data: bytes | None) -> set[bytes]:
    return set((data or b"").splitlines())


def _default(store: OxigraphStore) -> set[bytes]:
    return _lines(store.oxigraph.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))


def test_a_changed_document_keeps_what_another_states_and_loses_what_only_it_stated(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.write_graphs({"urn:a": _triples(0, 100), "urn:b": _triples(50, 150), "urn:c": _triples(500, 510)})
    # urn:a's new version: 0-59 gone (50-59 still stated by urn:b), 60-99 kept, 200-219 new; urn:d is new
    new_a = _triples(60, 100) + _triples(200, 220)
    store.write_graphs({"urn:a": new_a, "urn:d": _triples(0, 5)})
    default = _default(store)
    assert _lines(_triples(50, 60)) <= default  # stated by urn:b too: stays
    assert not _lines(_triples(5, 50)) & default  # stated only by the old urn:a: gone
    assert _lines(_triples(0, 5)) <= default  # stated again by the new urn:d
    assert _lines(_triples(200, 220)) <= default
    assert _lines(store.dump("ntriples", "urn:a")) == _lines(new_a)
    assert len(default) == 5 + 100 + 20 + 10 and not union_difference(store)  # 0-4, 50-149, 200-219, c


def _about(subject: str, tag: str, n: int) -> bytes:
    return b"".join(f'<{subject}> <urn:p{i}> "{tag}{i}" .\n'.encode() for i in range(n))


def test_a_subject_that_loses_many_triples_keeps_those_another_document_states() -> None:
    store = OxigraphStore()
    store.write_graphs({"urn:a": _about("urn:hub", "x", 10), "urn:b": _about("urn:hub", "x", 3)})
    other = _about("urn:other", "z", 2)
    store.write_graphs({"urn:a": _about("urn:hub", "y", 4) + other})  # x0-x9 gone from urn:a; x0-x2 urn:b states
    assert _default(store) == _lines(_about("urn:hub", "x", 3) + _about("urn:hub", "y", 4) + other)
    store.write_graphs({"urn:b": _about("urn:hub", "y", 5)})  # x0-x2 now gone from every graph
    assert _default(store) == _lines(_about("urn:hub", "y", 5) + other)
    assert not union_difference(store)


def test_batches_split_into_transactions_write_what_a_fresh_store_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal, "TRANSACTION_MAX", 100)  # about two documents' changes a transaction
    old = {f"urn:doc{i}": _triples(i * 30, i * 30 + 60) for i in range(8)}  # each shares half with the next
    old["urn:big"] = _triples(0, 400)
    old["urn:blank"] = b'_:x <urn:p> "a" .\n' + _triples(0, 3)
    new = {g: data.replace(b'"@zh', b'-v2"@zh', data.count(b"\n") // 3) for g, data in old.items()}
    new["urn:big"] = _triples(1_000, 1_300)  # a change of 700 triples: removed, then written as new
    new["urn:blank"] = b'_:y <urn:p> "b" .\n' + _triples(1, 3)
    store = OxigraphStore(tmp_path / "store")
    store.write_graphs(old)
    store.write_graphs(new)
    fresh = OxigraphStore()
    fresh.write_graphs(new)
    blank = b"_:"
    assert sorted(x for x in store.dump("nquads").splitlines() if blank not in x) == sorted(
        x for x in fresh.dump("nquads").splitlines() if blank not in x
    )
    assert len(store.dump("ntriples", "urn:blank").splitlines()) == 3
    assert not union_difference(store)


def test_readers_see_each_document_old_or_new_while_a_batch_replaces_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal, "TRANSACTION_MAX", 120)  # several transactions in the batch
    store = OxigraphStore(tmp_path / "store")
    store.write_graphs({f"urn:doc{i}": _triples(i * 50, i * 50 + 100) for i in range(30)})
    new = {f"urn:doc{i}": _triples(i * 50 + 20, i * 50 + 100) + _triples(i * 50, i * 50 + 10, "v2") for i in range(30)}
    sizes = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    stop, reads = threading.Event(), []

    def reader() -> None:
        while not stop.is_set():
            reads.append({int(row["n"].value) for row in select(store, sizes)})  # type: ignore[union-attr]

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        store.write_graphs(new)
    finally:
        stop.set()
        thread.join()
    assert reads and all(seen <= {100, 90} for seen in reads), [r for r in reads if not r <= {100, 90}][:3]
    assert not union_difference(store)


# --- A real `govkg load` extracting again a store its older rules wrote, killed midway ---

DOCS = 16


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reload-docs")
    rng = random.Random(31)
    for i in range(DOCS):
        (folder / f"report-{i:02d}.txt").write_text(_report(rng, i), encoding="utf-8")
    return folder


def _older(data: bytes, graph: str) -> bytes:
    """What older rules might have written: another rules name, a third of the triples missing, one
    triple of this document's own and one every document stated."""
    rules = data.split(b'/ontology#extractor> "', 1)[1].split(b'"', 1)[0]
    lines = data.replace(rules, OLD_RULES.encode()).splitlines(keepends=True)
    own = f'<{graph}> <urn:said> "only by the old version" .\n'.encode()
    return b"".join(line for i, line in enumerate(lines) if i % 3 or b"extractor" in line) + own + SHARED


@pytest.fixture(scope="module")
def versions(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """A store as the older rules left it, and each document graph's N-Triples, old and new."""
    root = tmp_path_factory.mktemp("reload")
    assert _load(root / "new", corpus).wait(timeout=600) == 0
    new_store = _open(root / "new")
    new = {g: new_store.dump("ntriples", g) for g in new_store.graphs()}
    new_store.close()
    del new_store
    old = {g: _older(data, g) if "/graph/d-" in g else data for g, data in new.items()}
    old_store = OxigraphStore(root / "old")
    old_store.write_graphs(old)
    old_store.close()
    return root / "old", old, new


def _reextract(source: Path, target: Path, corpus: Path) -> float:
    shutil.copytree(source, target)
    started = time.monotonic()
    assert _load(target, corpus).wait(timeout=600) == 0
    return time.monotonic() - started


def _check_whole(path: Path, old: dict[str, bytes], new: dict[str, bytes]) -> tuple[int, int]:
    """Every graph is exactly its old or its new version and the default graph is their union;
    how many are old and new."""
    store = _open(path)
    try:
        assert not union_difference(store) and store.graphs() == sorted(new)
        kinds = []
        for graph in store.graphs():
            found = _lines(store.dump("ntriples", graph))
            assert found in (_lines(old[graph]), _lines(new[graph])), graph
            kinds.append(found == _lines(new[graph]))
        return kinds.count(False), kinds.count(True)
    finally:
        store.close()


def test_a_load_killed_while_it_extracts_again_leaves_documents_old_or_new_and_continues(
    corpus: Path, versions: tuple[Path, dict[str, bytes], dict[str, bytes]], tmp_path: Path
) -> None:
    source, old, new = versions
    seconds = _reextract(source, tmp_path / "reference", corpus)
    assert _check_whole(tmp_path / "reference", old, new) == (0, len(new))
    for share in (0.5, 0.8):
        path = tmp_path / f"killed-{share}"
        for attempt in range(4):
            shutil.rmtree(path, ignore_errors=True)
            shutil.copytree(source, path)
            process = _load(path, corpus)
            deadline = time.monotonic() + seconds * share * 0.6**attempt
            while process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
                assert process.wait(timeout=60) == -signal.SIGKILL
                break
        else:
            raise AssertionError(f"four loads ended before {share} of the reference time")
        _check_whole(path, old, new)
        assert _load(path, corpus).wait(timeout=600) == 0  # run again: it continues
        assert _check_whole(path, old, new) == (0, len(new))
        store = _open(path)
        assert SHARED.strip() not in _default(store)  # no document states it any more
        assert _graph_sizes(store) == {g: len(_lines(data)) for g, data in new.items()}
        report = load_paths([corpus], store)  # nothing changed now: every document skipped
        assert not report.documents and len(report.skipped) == DOCS
        assert store.graphs() == sorted(new) and f"{DEFAULT_BASE}graph/ontology" in new
        store.close()
