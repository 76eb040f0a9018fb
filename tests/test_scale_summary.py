"""The per-state page summary: its figures follow writes, and a restart reads back only a matching save.

A Service over an on-disk store holding the sample corpus (the real pipeline); the figures the pages
show are checked against a summary built afresh from the store, before and after writes.
"""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.service import Service
from api.settings import Settings
from graph import OxigraphStore
from graph.project import Projection
from graph.summary import Summary, SummaryFile


def _service(folder: Path) -> Service:
    return Service(Settings(store=str(folder), query_workers=1))


def _figures(summary: Summary) -> tuple[object, ...]:
    """Everything a page reads from a summary, in comparable form."""
    rows = [
        (r.iri, sorted(r.province), sorted(r.county), sorted(r.cls), sorted(r.category), sorted(r.data.items()))
        for r in summary.entities + summary.documents
    ]
    return summary.quads, sorted(summary.counts.items()), rows


def _fresh(svc: Service) -> Summary:
    return Summary.build(svc.store, Projection.build(svc.store))


@pytest.fixture(scope="module")
def sample_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("summary") / "store"
    svc = _service(folder)
    try:
        svc.build_sample_if_empty()
    finally:
        svc.close()
    return folder


@pytest.fixture
def svc(sample_folder: Path, tmp_path: Path) -> Iterator[Service]:
    """A service over a copy of the sample store (each test writes to its own)."""
    folder = tmp_path / "store"
    shutil.copytree(sample_folder, folder)
    service = _service(folder)
    try:
        yield service
    finally:
        service.close()


def test_counts_match_the_store(svc: Service) -> None:
    summary = svc.summary.get()
    documents = [g for g in svc.store.graphs() if not g.endswith("/ontology")]
    assert summary.counts["Document"] == len(summary.documents) == len(documents)
    assert summary.quads == svc.store.count()
    assert summary.counts["CountyLevelDivision"] >= summary.counts.get("County", 0) > 0
    degrees = [r.data["degree"] for r in summary.entities]
    assert degrees == sorted(degrees, reverse=True)  # best connected first


def test_removing_a_document_updates_every_figure(svc: Service) -> None:
    before = svc.summary.get()
    gone = before.documents[0].iri
    graph = next(g for g in svc.store.graphs() if svc.store.query(f"ASK {{ GRAPH <{g}> {{ <{gone}> ?p ?o }} }}"))
    assert svc.remove(graph)
    after = svc.summary.get()
    assert after is not before
    assert gone not in {r.iri for r in after.documents}
    assert after.counts.get("Document", 0) == before.counts["Document"] - 1
    assert after.quads < before.quads
    assert _figures(after) == _figures(_fresh(svc))


def test_loading_a_document_updates_every_figure(svc: Service, tmp_path: Path) -> None:
    before = svc.summary.get()
    text = tmp_path / "河东县报告.txt"
    text.write_text("河东县推行网格化管理，建立党员联户工作机制。河东县委组织部开展“红旗支部”创建行动。\n", "utf-8")
    _report, failures = svc.load([text])
    assert not failures
    after = svc.summary.get()
    assert after.counts["Document"] == before.counts["Document"] + 1
    assert len(after.documents) == len(before.documents) + 1
    assert after.quads > before.quads
    assert _figures(after) == _figures(_fresh(svc))


def _saved_once(folder: Path) -> tuple[object, ...]:
    """Serve `folder` until the caches are built and saved, then stop (releasing the store's lock)."""
    svc = _service(folder)
    try:
        svc.warm()
        return _figures(svc.summary.get())
    finally:
        svc.close()
        del svc
        gc.collect()  # pyoxigraph lets go of the folder only when its Store is collected


@pytest.fixture
def folder(sample_folder: Path, tmp_path: Path) -> Path:
    shutil.copytree(sample_folder, tmp_path / "store")
    return tmp_path / "store"


def test_a_restart_reads_back_the_saved_state(folder: Path) -> None:
    built = _saved_once(folder)
    again = _service(folder)
    try:
        assert again.summary.current() is None  # read back when first asked for
        restored = again.summary.get()
        assert again.projection.current() is None  # the summary was read, not built from the projection
        assert _figures(restored) == built
        assert again.search.get().search("南乐县")[0]["label"] == "南乐县"
    finally:
        again.close()


def test_a_store_changed_while_stopped_is_not_read_back(folder: Path) -> None:
    _saved_once(folder)
    raw = OxigraphStore(folder)  # written by someone else while no server ran
    raw.update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }")
    raw.close()
    del raw
    gc.collect()
    again = _service(folder)
    try:
        assert _figures(again.summary.get()) == _figures(_fresh(again))
        assert again.projection.current() is not None  # the summary had to be built anew
    finally:
        again.close()


def test_an_unreadable_file_is_rebuilt(folder: Path) -> None:
    _saved_once(folder)
    SummaryFile(folder).path("summary").write_bytes(b"not a pickle")
    again = _service(folder)
    try:
        assert again.summary.get().counts["Document"] > 0
        assert again.projection.current() is not None  # built anew, not read
    finally:
        again.close()
