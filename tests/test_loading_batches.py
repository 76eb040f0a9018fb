"""Loads in batches over extraction processes: the same graph as one process, unchanged documents
skipped, failures kept to their document, memory-ceiling deaths named."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from errors import PayloadTooLarge, StoreUnavailable, UnreadableDocument
from graph import OxigraphStore, union_difference
from loaders import DEFAULT_BASE, LoadFailure, load_paths

REPORTS = [
    "青松县推行“红色网格”工作法\n青松县在全县划分单元网格{n}个，配备专职网格员{m}名。\n",
    "白石镇建立“连心议事”机制\n白石镇党委每月召开议事会，化解矛盾纠纷{n}件，服务群众{m}户。\n",
    "清溪县实施“头雁培育”工程\n清溪县组织部选派第一书记{n}名，培训村党组织书记{m}人次。\n",
]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(6):
        text = REPORTS[i % 3].format(n=10 + i, m=200 + i)
        (docs / f"report-{i}.txt").write_text(text, encoding="utf-8")
    return docs


def test_two_extraction_processes_write_what_one_writes(folder: Path) -> None:
    one, two = OxigraphStore(), OxigraphStore()
    a = load_paths([folder], one, workers=1)
    b = load_paths([folder], two, workers=2, batch_documents=2)
    assert len(a.documents) == len(b.documents) == 6 and a.triples == b.triples
    assert one.dump("nquads") == two.dump("nquads")
    assert not union_difference(two)


def test_unchanged_documents_are_skipped_and_force_extracts_them_again(folder: Path) -> None:
    store = OxigraphStore()
    load_paths([folder], store)
    before = store.dump("nquads")
    (folder / "report-0.txt").write_text(REPORTS[0].format(n=99, m=999), encoding="utf-8")
    again = load_paths([folder], store)
    assert [p.name for p, _, _ in again.documents] == ["report-0.txt"] and len(again.skipped) == 5
    forced = load_paths([folder], store, force=True)
    assert len(forced.documents) == 6 and not forced.skipped
    assert store.dump("nquads") != before and not union_difference(store)


def test_a_failing_document_fails_alone(folder: Path) -> None:
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    store = OxigraphStore()
    failures: list[LoadFailure] = []
    report = load_paths([folder], store, workers=2, on_error=failures.append)
    assert len(report.documents) == 6
    assert [f.path.name for f in failures] == ["broken.txt"] and isinstance(failures[0].error, UnreadableDocument)
    assert len(store.graphs()) == 7  # six documents and the ontology


def test_an_extraction_process_past_its_memory_ceiling_names_the_document(folder: Path) -> None:
    store = OxigraphStore()
    failures: list[LoadFailure] = []
    load_paths([folder / "report-1.txt"], store, memory_limit=40 * 2**20, on_error=failures.append)
    assert len(failures) == 1 and isinstance(failures[0].error, PayloadTooLarge)
    assert "report-1.txt" in str(failures[0]) and "memory" in str(failures[0])
    assert store.graphs() == [f"{DEFAULT_BASE}graph/ontology"]


class _Failing(OxigraphStore):
    """A store whose document writes fail as a server that went away would."""

    def write_graphs(self, graphs: Mapping[str, bytes]) -> None:
        if any("graph/d-" in g for g in graphs):
            raise StoreUnavailable("the store went away")
        super().write_graphs(graphs)


def test_a_store_error_in_the_writing_thread_reaches_the_caller(folder: Path) -> None:
    store = _Failing()
    with pytest.raises(StoreUnavailable, match="went away"):
        load_paths([folder], store, batch_documents=2)
    assert store.graphs() == [f"{DEFAULT_BASE}graph/ontology"]
