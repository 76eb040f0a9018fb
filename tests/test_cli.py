"""The `govkg` command line, run as a real process against real stores."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset

from api.cli import app
from loaders import sample_corpus

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = sample_corpus()


def govkg(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a child process."""
    r = subprocess.run(
        [sys.executable, "-c", "from api.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    if ok:
        assert r.returncode == 0, r.stderr
    return r


def nquads(store: str, tmp: Path, name: str) -> Dataset:
    out = tmp / name
    govkg("--store", store, "export", "--format", "nquads", "--output", str(out))
    ds = Dataset()
    ds.parse(out, format="nquads")
    return ds


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "store"
    r = govkg("--store", str(store), "load", str(SAMPLE))
    assert "documents" in r.stdout and "1 loaded" in r.stdout
    return store


def test_load_export_has_documents_passages_entities(loaded: Path, tmp_path: Path) -> None:
    ds = nquads(str(loaded), tmp_path, "g.nq")
    q = lambda s: {str(r[0]) for r in ds.query(s)}  # noqa: E731
    prefix = "PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    assert len(q(prefix + "SELECT ?d WHERE { GRAPH ?g { ?d a gk:Document } }")) == 1
    assert len(q(prefix + "SELECT ?p WHERE { GRAPH ?g { ?p a gk:Passage ; gk:text ?t } }")) > 50
    names = q(prefix + "SELECT ?n WHERE { GRAPH ?g { ?e a gk:County ; rdfs:label ?n } }")
    assert "南乐县" in names
    # every contract class and property is defined in the ontology graph
    defined = q(prefix + "SELECT ?t WHERE { GRAPH ?g { ?t rdfs:label ?l } } ")
    for term in ("Organization", "Initiative", "Mechanism", "Metric", "implements", "uses", "partOf", "value"):
        assert f"https://w3id.org/govkg/ontology#{term}" in defined


def test_loading_twice_gives_the_same_graph(loaded: Path, tmp_path: Path) -> None:
    before = nquads(str(loaded), tmp_path, "a.nq")
    govkg("--store", str(loaded), "load", str(SAMPLE))
    after = nquads(str(loaded), tmp_path, "b.nq")
    assert len(before) == len(after) > 1000


def test_remove_by_file_name(tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    govkg("--store", store, "load", str(SAMPLE))
    govkg("--store", store, "remove", SAMPLE.name)
    ds = nquads(store, tmp_path, "r.nq")
    assert not list(ds.query("SELECT ?d WHERE { GRAPH ?g { ?d a <https://w3id.org/govkg/ontology#Document> } }"))
    r = govkg("--store", store, "remove", SAMPLE.name, ok=False)
    assert r.returncode == 2 and "no loaded document" in r.stderr


def test_validate_passes_on_the_sample(loaded: Path) -> None:
    r = govkg("--store", str(loaded), "validate")
    assert "conforms" in r.stdout


def test_query_formats(loaded: Path) -> None:
    q = (
        "SELECT ?n WHERE { ?e a <https://w3id.org/govkg/ontology#County> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?n }"
    )
    assert "南乐县" in govkg("--store", str(loaded), "query", q, "--format", "csv").stdout
    assert '"n": "南乐县"' in govkg("--store", str(loaded), "query", q, "--format", "json").stdout


def test_errors_are_one_line_without_traceback(loaded: Path, tmp_path: Path) -> None:
    r = govkg("--store", str(loaded), "query", "SELEKT nothing", ok=False)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    r = govkg("--store", str(tmp_path / "s2"), "load", str(bad), str(SAMPLE), ok=False)
    assert r.returncode != 0 and "empty.txt" in r.stderr and "Traceback" not in r.stderr
    assert "1 loaded, 1 failed" in r.stdout


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    assert {"load", "export", "query", "stats", "validate", "remove"} <= set(names)
    for name in names:
        assert re.search(rf"govkg {name}\b", readme), f"{name} is not documented in README.md"
        assert govkg(name, "--help").stdout.strip()


@pytest.mark.remote
def test_remote_server_gets_the_same_graph(loaded: Path, fresh_oxigraph_server: str, tmp_path: Path) -> None:
    def graphs(ds: Dataset) -> dict[str, int]:
        return {str(g.identifier): len(g) for g in ds.graphs() if str(g.identifier).startswith("https://")}

    local = graphs(nquads(str(loaded), tmp_path, "local.nq"))
    for attempt in ("first", "again"):
        govkg("--store", fresh_oxigraph_server, "load", str(SAMPLE))
        assert graphs(nquads(fresh_oxigraph_server, tmp_path, f"{attempt}.nq")) == local
    count = "SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}"
    union = govkg("--store", fresh_oxigraph_server, "query", count, "--format", "csv").stdout
    assert union == govkg("--store", str(loaded), "query", count, "--format", "csv").stdout
