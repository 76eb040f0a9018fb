"""Virtuoso Open Source 7 as govkg's remote store: a real `virtuoso-t`, started here on free loopback ports.

The Store contract (the same tests as the Oxigraph server's), the sample loaded, reloaded, removed and
exported, and the service (search, entity pages, paths, questions) over it, answering as the embedded
store does; and one clear line when Virtuoso is down or refuses a write.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
from test_remote_store import (
    test_bindings_ask_and_construct,
    test_graphs_union_and_dataset_narrowing,
    test_replace_graph_is_idempotent,
    test_syntax_errors_are_ours,
    test_update_remove_and_dump,
)
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli
from api.questions import answer
from api.settings import Settings
from errors import Forbidden, InputError, StoreUnavailable
from graph import OxigraphStore, Store, open_store, select
from graph.coherence import coherent_update
from graph.engine_store import EngineStore
from graph.engines import UNION, VIRTUOSO
from loaders import load_paths, sample_corpus

__all__ = [  # the Store contract, run here against Virtuoso through this module's `store` fixture
    "test_bindings_ask_and_construct",
    "test_graphs_union_and_dataset_narrowing",
    "test_replace_graph_is_idempotent",
    "test_syntax_errors_are_ours",
    "test_update_remove_and_dump",
]

_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


_GOVKG = str(Path(sys.executable).parent / "govkg")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _isql(port: int, statement: str) -> None:
    """Run one SQL statement as Virtuoso's dba (the account a fresh database has)."""
    done = subprocess.run(
        ["isql-vt", f"127.0.0.1:{port}", "dba", "dba", f"exec={statement}"], capture_output=True, text=True
    )
    assert done.returncode == 0 and "Error" not in done.stdout, done.stdout + done.stderr


@contextlib.contextmanager
def _running_virtuoso(folder: Path) -> Iterator[tuple[str, int]]:
    """`virtuoso-t` on a fresh database in `folder`, its SPARQL user allowed to write; (root URL, SQL port)."""
    binary = shutil.which("virtuoso-t")
    assert binary, "virtuoso-t is not installed: apt-get install virtuoso-opensource (.ci/run does)"
    sql, http = _free_port(), _free_port()
    (folder / "virtuoso.ini").write_text(_INI.format(d=folder, sql=sql, http=http))
    process = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{http}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                log = folder / "virtuoso.log"
                if process.poll() is not None or time.monotonic() > deadline:
                    tail = log.read_text()[-500:] if log.exists() else ""
                    raise RuntimeError(f"virtuoso-t did not start: {tail}") from None
                time.sleep(0.3)
        _isql(sql, 'grant SPARQL_UPDATE to "SPARQL";')
        yield url, sql
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    with _running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as running:
        yield running


def _empty(url: str) -> EngineStore:
    s = open_store(url, timeout=60)
    assert isinstance(s, EngineStore) and s.engine is VIRTUOSO
    for graph in [*s.graphs(), UNION]:
        s.update(f"DROP SILENT GRAPH <{graph}>")
    return s


@pytest.fixture
def store(virtuoso: tuple[str, int]) -> Iterator[Store]:
    """An empty Virtuoso store, for the Store contract tests imported above."""
    s = _empty(virtuoso[0])
    yield s
    s.close()


@pytest.fixture(scope="module")
def embedded() -> OxigraphStore:
    """The sample in the embedded store: what Virtuoso's answers are compared with."""
    s = OxigraphStore()
    load_paths([sample_corpus()], s)
    return s


@pytest.fixture(scope="module")
def sample(virtuoso: tuple[str, int]) -> Iterator[EngineStore]:
    """The sample loaded into Virtuoso, shared by the tests that only read it."""
    s = _empty(virtuoso[0])
    assert not load_paths([sample_corpus()], s).failures
    yield s
    s.close()


def _ground(store: Store) -> set[str]:
    quads = ox.parse(store.dump("nquads"), format=ox.RdfFormat.N_QUADS)
    return {str(q) for q in quads}


def _union_size(store: Store) -> int:
    return int(select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"].value)


def test_virtuoso_load_reload_export_and_remove(sample: EngineStore, embedded: OxigraphStore) -> None:
    assert sample.graphs() == embedded.graphs()
    assert sample.count() == embedded.count()
    assert _union_size(sample) == _union_size(embedded)  # the union is de-duplicated, not every graph
    exported = _ground(sample)
    assert exported == _ground(embedded)  # the export round trip: the same quads back, term for term
    load_paths([sample_corpus()], sample)  # reload in place
    assert sample.count() == embedded.count() and _ground(sample) == exported
    back = OxigraphStore()  # and the export, loaded into a store, is the same dataset again
    back.oxigraph.load(sample.dump("trig"), format=ox.RdfFormat.TRIG)
    assert {str(q) for q in back.oxigraph if not isinstance(q.graph_name, ox.DefaultGraph)} == exported


def test_virtuoso_remove_keeps_the_union(virtuoso: tuple[str, int]) -> None:
    s = _empty(virtuoso[0])
    load_paths([sample_corpus()], s)
    ontology_only = OxigraphStore()
    load_paths([], ontology_only)
    document = next(g for g in s.graphs() if not g.endswith("/ontology"))
    assert s.remove_graph(document) is True and s.remove_graph(document) is False
    assert s.graphs() == ontology_only.graphs()
    assert _union_size(s) == _union_size(ontology_only)  # what only the document stated left the union too
    load_paths([sample_corpus()], s)  # leave the sample for the tests that read it


def test_virtuoso_questions_match_the_embedded_store(sample: EngineStore, embedded: OxigraphStore) -> None:
    for question in ("which counties use grid governance", "哪些县开展双报到", "南乐县和濮阳市有什么关系"):
        ours, theirs = answer(sample, question), answer(embedded, question)
        assert ours["kind"] == theirs["kind"] and ours["answers"], ours
        assert [a.get("label") for a in ours["answers"]] == [a.get("label") for a in theirs["answers"]]


def test_virtuoso_cli_ask_and_stats(sample: EngineStore) -> None:
    runner = CliRunner()
    asked = runner.invoke(cli, ["--store", sample.query_url, "ask", "哪些县使用网格化管理", "--format", "json"])
    assert asked.exit_code == 0, asked.output
    assert "南乐县" in asked.output
    stats = runner.invoke(cli, ["--store", sample.query_url, "stats"])
    assert stats.exit_code == 0 and "graphs" in stats.output and str(sample.count()) in stats.output


def test_virtuoso_search_pages_and_paths(sample: EngineStore, serve_app: Any) -> None:
    app = create_app(Settings(store=sample.query_url, query_timeout=30))
    with serve_app(app) as url, httpx.Client(base_url=url, timeout=60) as client:
        assert client.get("/health").json()["store"] == "remote"
        hits = client.get("/api/search", params={"q": "南乐县"}).json()["hits"]
        assert hits and hits[0]["label"] == "南乐县"
        page = client.get(hits[0]["url"])
        assert page.status_code == 200 and "南乐县" in page.text
        entity = client.get(hits[0]["api"]).json()
        assert entity["iri"] == hits[0]["iri"]
        other = client.get("/api/search", params={"q": "濮阳市"}).json()["hits"][0]
        paths = client.get("/api/paths", params={"from": hits[0]["iri"], "to": other["iri"]}).json()
        assert paths["paths"] and paths["paths"][0]["length"] >= 1
        asked = client.get("/api/ask", params={"q": "哪些县使用网格化管理"}).json()
        assert any(a.get("label") == "南乐县" for a in asked["answers"])
        count = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
        assert int(count.json()["results"]["bindings"][0]["n"]["value"]) == _union_size(sample)


def test_virtuoso_refusing_a_write_is_one_clear_line(virtuoso: tuple[str, int]) -> None:
    url, sql = virtuoso
    s = open_store(url)
    _isql(sql, 'revoke SPARQL_UPDATE from "SPARQL";')
    try:
        with pytest.raises(Forbidden) as refused:
            s.replace_graph(
                "urn:test:refused", [ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c"))]
            )
        message = str(refused.value)
        assert "\n" not in message and "refused the write" in message and "SPARQL_UPDATE" in message
        document = next(g for g in s.graphs() if not g.endswith("/ontology"))
        done = subprocess.run([_GOVKG, "--store", url, "remove", document], capture_output=True, text=True)
        assert done.returncode != 0 and "refused the write" in done.stderr and "Traceback" not in done.stderr
    finally:
        _isql(sql, 'grant SPARQL_UPDATE to "SPARQL";')


def test_virtuoso_down_is_one_clear_line(tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{_free_port()}/sparql"
    with pytest.raises(StoreUnavailable) as down:
        open_store(dead)
    assert "\n" not in str(down.value) and "unreachable" in str(down.value)
    done = subprocess.run([_GOVKG, "--store", dead, "stats"], capture_output=True, text=True)
    assert done.returncode == 3 and done.stderr.strip().count("\n") == 0 and "unreachable" in done.stderr


def test_virtuoso_sparql_update_keeps_the_union(store: Store) -> None:
    a, b = [ox.Triple(ox.NamedNode(f"urn:test:{n}"), ox.NamedNode("urn:test:p"), ox.Literal("县")) for n in "ab"]
    store.replace_graph("urn:test:g1", [a])
    store.replace_graph("urn:test:g2", [a, b])
    coherent_update(store, 'INSERT DATA { GRAPH <urn:test:g1> { <urn:test:c> <urn:test:p> "新" } }')
    assert bool(store.query('ASK { <urn:test:c> <urn:test:p> "新" }'))
    coherent_update(store, "DROP GRAPH <urn:test:g2>")
    assert _union_size(store) == 2 and not bool(store.query("ASK { <urn:test:b> ?p ?o }"))
    with pytest.raises(InputError):
        coherent_update(store, 'INSERT DATA { <urn:test:d> <urn:test:p> "x" }')
    assert _union_size(store) == 2
