"""One store, several tools: while `govkg serve` holds a store folder the CLI's read commands answer on
the same folder, `--store` takes the running server's URL, and an authorised SPARQL Update through
/sparql keeps the default graph the union of the named graphs."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from api.settings import Settings
from loaders import sample_corpus

GOVKG = str(Path(sys.executable).parent / "govkg")
TOKEN = "shared-store-token"
NANLE = "https://w3id.org/govkg/id/place/410923000000"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
UNION = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, serve_app: Any) -> Iterator[tuple[str, str]]:
    """(store folder, URL) of a `govkg serve` app that holds the folder, with the sample and an admin token."""
    folder = str(tmp_path_factory.mktemp("shared") / "govkg-data")
    with serve_app(create_app(Settings(store=folder, admin_token=TOKEN, build_sample=True))) as url:
        yield folder, url


def govkg(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([GOVKG, *args], capture_output=True, text=True, timeout=300)
    assert (done.returncode == 0) == ok, done.stderr
    return done


def _count(store: str, sparql: str) -> int:
    return int(json.loads(govkg("--store", store, "query", sparql, "-f", "json").stdout)[0]["n"])


def test_read_commands_answer_on_the_folder_serve_holds(served: tuple[str, str]) -> None:
    folder, _ = served
    stats = govkg("--store", folder, "stats").stdout
    assert "graphs" in stats and "County" in stats
    assert _count(folder, COUNT) == _count(folder, UNION) > 1000
    exported = govkg("--store", folder, "export", "-f", "nquads").stdout.encode()
    assert len(list(ox.parse(exported, format=ox.RdfFormat.N_QUADS))) > 1000
    asked = json.loads(govkg("--store", folder, "ask", "哪些县使用网格化管理", "-f", "json").stdout)
    assert any(a.get("label") == "南乐县" for a in asked["answers"])
    refused = govkg("--store", folder, "remove", sample_corpus().name, ok=False)  # a write needs the folder to itself
    assert refused.returncode == 3 and refused.stderr.strip().count("\n") == 0 and "another govkg" in refused.stderr


def test_store_takes_the_url_of_a_running_govkg_server(served: tuple[str, str]) -> None:
    folder, url = served
    assert _count(url, COUNT) == _count(folder, COUNT)
    assert govkg("--store", url, "stats").stdout == govkg("--store", folder, "stats").stdout
    by_url = govkg("--store", url, "export", "-f", "nquads").stdout.encode()
    by_folder = govkg("--store", folder, "export", "-f", "nquads").stdout.encode()
    assert set(ox.parse(by_url, format=ox.RdfFormat.N_QUADS)) == set(ox.parse(by_folder, format=ox.RdfFormat.N_QUADS))
    question = "which counties use grid governance"
    asked = [
        json.loads(govkg("--store", s, "ask", question, "-f", "json").stdout) for s in (url, folder, f"{url}/sparql")
    ]
    assert asked[0]["answers"] and asked[0]["answers"] == asked[1]["answers"] == asked[2]["answers"]
    refused = govkg("--store", url, "remove", sample_corpus().name, ok=False)
    assert refused.stderr.strip().count("\n") == 0 and "read-only" in refused.stderr


def _update(url: str, sparql: str, token: str = TOKEN) -> httpx.Response:
    return httpx.post(
        f"{url}/sparql",
        content=sparql.encode(),
        headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {token}"},
        timeout=120,
    )


def _ask(url: str, sparql: str) -> bool:
    answer = httpx.get(f"{url}/sparql", params={"query": sparql}, headers={"Accept": "application/sparql-results+json"})
    return bool(answer.json()["boolean"])


def _sparql_count(url: str, sparql: str) -> int:
    answer = httpx.get(f"{url}/sparql", params={"query": sparql}, headers={"Accept": "application/sparql-results+json"})
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def test_sparql_update_keeps_the_default_graph_the_union(served: tuple[str, str]) -> None:
    _, url = served
    fact = f'<{NANLE}> <urn:test:note> "试点" '
    assert _update(url, f"INSERT DATA {{ GRAPH <urn:test:mine> {{ {fact} }} }}").status_code == 204
    assert _ask(url, f"ASK {{ {fact} }}")  # written into a named graph, seen in the default graph
    assert _sparql_count(url, COUNT) == _sparql_count(url, UNION)
    assert _update(url, f"DELETE DATA {{ GRAPH <urn:test:mine> {{ {fact} }} }}").status_code == 204
    assert not _ask(url, f"ASK {{ {fact} }}")

    before = _sparql_count(url, COUNT)
    refused = _update(url, f"INSERT DATA {{ {fact} }}")  # into the default graph itself
    assert refused.status_code == 400 and "default graph" in refused.json()["error"]
    assert _sparql_count(url, COUNT) == before

    documents = [g for g in _graphs(url) if "/graph/d-" in g]
    assert _update(url, f"DROP GRAPH <{documents[0]}>").status_code == 204
    assert _sparql_count(url, COUNT) == _sparql_count(url, UNION) < before  # what only it stated is gone


def _graphs(url: str) -> list[str]:
    answer = httpx.get(
        f"{url}/sparql",
        params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
    )
    return [b["g"]["value"] for b in answer.json()["results"]["bindings"]]
