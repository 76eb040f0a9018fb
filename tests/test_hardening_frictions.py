"""Issue 12, what a new user trips over on the query side: options after the command, formats the
common clients ask for, names in /api/paths, honest counts and error lines, reports shown as reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import rdflib
from SPARQLWrapper import JSONLD, N3, RDFXML, TURTLE, XML, SPARQLWrapper
from test_hardening_support import build_store

from api.settings import DEFAULT_BASE
from api.urls import Urls

ROOT = Path(__file__).resolve().parent.parent
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/govkg/ontology#Report> ; ?p ?o } LIMIT 20"


def _govkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from api.cli import main; main()", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_store(tmp_path_factory.mktemp("cli") / "store", people=20))


@pytest.mark.parametrize("where", ["before", "after", "after="])
def test_store_option_works_before_and_after_the_command(small_store: str, where: str) -> None:
    args = {
        "before": ["--store", small_store, "stats"],
        "after": ["stats", "--store", small_store],
        "after=": ["stats", f"--store={small_store}"],
    }[where]
    done = _govkg(*args)
    assert done.returncode == 0, done.stderr
    assert "quads" in done.stdout and "80" in done.stdout  # 20 people x 4 facts in the named graph


def test_a_syntax_error_is_one_line_without_a_doubled_prefix(small_store: str) -> None:
    done = _govkg("query", "SELEC * WHERE { }", "--store", small_store)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error bad SPARQL at 1:")
    assert "error error" not in done.stderr


def test_ask_exits_non_zero_when_it_did_not_understand(small_store: str) -> None:
    done = _govkg("ask", "purple elephants dancing on the moon", "--store", small_store)
    assert done.returncode == 1
    assert _govkg("ask", "purple elephants", "--store", small_store, "--format", "json").returncode == 1


@pytest.mark.parametrize(
    ("fmt", "parse_as"), [(JSONLD, "json-ld"), (N3, "turtle"), (TURTLE, "turtle"), (RDFXML, "xml"), (XML, "xml")]
)
def test_sparqlwrapper_construct_in_every_graph_format(server: str, fmt: str, parse_as: str) -> None:
    wrapper = SPARQLWrapper(server + "/sparql")
    wrapper.setQuery(CONSTRUCT)
    wrapper.setReturnFormat(fmt)
    response = wrapper.query().response
    assert response.status == 200
    body = response.read()
    if parse_as == "json-ld":
        assert json.loads(body)  # rdflib's JSON-LD parser warns (deprecated ConjunctiveGraph)
    else:
        assert len(rdflib.Graph().parse(data=body, format=parse_as)) > 0


@pytest.mark.parametrize(
    "accept",
    [
        "application/ld+json,application/x-json+ld",  # SPARQLWrapper JSON-LD
        "application/turtle,text/turtle,text/rdf+n3,application/n-triples,application/n3,text/n3",  # N3
        "text/turtle,*/*;q=0.9",  # YASGUI
        "application/rdf+xml",  # rdflib SPARQLStore
        "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,application/rdf+xml;q=0.7,*/*;q=0.5",
        "text/n3",
        "application/x-json+ld",
    ],
)
def test_construct_accept_headers_of_common_clients_negotiate(client: httpx.Client, accept: str) -> None:
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert response.status_code == 200, response.text


def test_rdflib_sparqlstore_construct(server: str) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(server + "/sparql")
    assert len(store.query(CONSTRUCT).graph) > 0  # type: ignore[union-attr]


def test_api_paths_takes_names_like_the_path_page(client: httpx.Client) -> None:
    data = client.get("/api/paths", params={"from": "华龙区", "to": "南乐县"}).json()
    assert data["count"] >= 1
    assert data["from"]["label"] == "华龙区" and data["to"]["label"] == "南乐县"


def test_home_page_says_what_it_counts(client: httpx.Client) -> None:
    stats = {s["key"]: s for s in client.get("/index.json").json()["stats"]}
    assert "quads" in stats["quads"]["label"] and "ontology" in stats["quads"]["label"]
    assert "triples" not in stats["quads"]["label"]


def test_entity_pages_show_reports_as_reports(client: httpx.Client) -> None:
    row = client.get(
        "/sparql",
        params={
            "query": "SELECT ?e WHERE { ?r a <https://w3id.org/govkg/ontology#Report> ; "
            "<http://purl.org/dc/terms/subject> ?e } LIMIT 1"
        },
    ).json()["results"]["bindings"][0]
    url = Urls(DEFAULT_BASE).entity(row["e"]["value"])
    data = client.get(url, headers={"Accept": "application/json"}).json()
    assert data["reports"] and all(r["title"] and not r["title"].startswith("r") for r in data["reports"])
    assert not [g for g in data["groups"] if g["property"]["iri"] == "http://purl.org/dc/terms/subject"]
    page = client.get(url, headers={"Accept": "text/html"}).text
    assert "Reports about it" in page and data["reports"][0]["title"] in page
