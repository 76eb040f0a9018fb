"""One Store contract, run against the embedded Oxigraph (memory and disk) and a real `oxigraph serve`.

Also: the same sample graph after loading into either backend, and the whole service over a remote store.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

from api.app import create_app
from api.settings import Settings
from errors import QuerySyntaxError, QueryTimeout, StoreUnavailable
from graph import OxigraphStore, RemoteStore, Store, select
from loaders import load_paths, sample_corpus

pytestmark = pytest.mark.remote

N = ox.NamedNode
G1, G2 = "urn:test:g1", "urn:test:g2"
P = N("urn:test:p")


def _triples(graph_tag: str, n: int) -> list[ox.Triple]:
    return [ox.Triple(N(f"urn:test:{graph_tag}{i}"), P, ox.Literal(f"值{i}", language="zh")) for i in range(n)]


@pytest.fixture(params=["memory", "disk", "remote"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each backend."""
    if request.param == "memory":
        s: Store = OxigraphStore()
    elif request.param == "disk":
        s = OxigraphStore(tmp_path / "store")
    else:
        s = RemoteStore(request.getfixturevalue("oxigraph_server"), timeout=10)
        s.update("CLEAR ALL")
    yield s
    s.close()
    del s
    gc.collect()


def test_replace_graph_is_idempotent(store: Store) -> None:
    assert store.replace_graph(G1, _triples("a", 5)) == 5
    assert store.replace_graph(G1, _triples("a", 5)) == 5
    assert store.count() == 5
    assert store.replace_graph(G1, _triples("b", 3)) == 3
    assert store.count() == 3


def test_graphs_union_and_dataset_narrowing(store: Store) -> None:
    store.replace_graph(G1, _triples("a", 4))
    store.replace_graph(G2, _triples("b", 2))
    assert store.graphs() == [G1, G2]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert select(store, count)[0]["n"].value == "6"
    assert select_count(store, count, default_graphs=[G2]) == 2
    named = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[G1])
    assert isinstance(named, ox.QuerySolutions)
    assert [row["g"].value for row in named] == [G1]  # type: ignore[union-attr]


def select_count(store: Store, sparql: str, **kwargs: list[str]) -> int:
    result = store.query(sparql, **kwargs)  # type: ignore[arg-type]
    assert isinstance(result, ox.QuerySolutions)
    return int(next(iter(result))["n"].value)  # type: ignore[index]


def test_bindings_ask_and_construct(store: Store) -> None:
    store.replace_graph(G1, _triples("a", 3))
    rows = select(store, "SELECT ?s ?o WHERE { ?s ?p ?o }", s=N("urn:test:a1"))
    assert [r["o"] for r in rows] == [ox.Literal("值1", language="zh")]
    assert bool(store.query("ASK { <urn:test:a2> ?p ?o }")) is True
    assert bool(store.query("ASK { <urn:test:zz> ?p ?o }")) is False
    triples = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert set(triples) == set(_triples("a", 3))  # type: ignore[arg-type]


def test_update_remove_and_dump(store: Store) -> None:
    store.update(f'INSERT DATA {{ GRAPH <{G2}> {{ <urn:test:x> <urn:test:p> "网格" }} }}')
    store.replace_graph(G1, _triples("a", 2))
    assert store.count() == 3
    nquads = store.dump("nquads")
    assert len(list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))) == 3
    one = store.dump("ntriples", graph=G2)
    assert [t.object.value for t in ox.parse(one, format=ox.RdfFormat.N_TRIPLES)] == ["网格"]  # type: ignore[union-attr]
    assert store.remove_graph(G2) is True
    assert store.remove_graph(G2) is False
    assert store.graphs() == [G1]


def test_syntax_errors_are_ours(store: Store) -> None:
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT ?x WHERE { ?x ")


def test_unreachable_server_is_store_unavailable() -> None:
    with pytest.raises(StoreUnavailable):
        RemoteStore("http://127.0.0.1:9", timeout=2).count()


def test_sample_loads_into_the_same_graph(oxigraph_server: str) -> None:
    embedded = OxigraphStore()
    remote = RemoteStore(oxigraph_server, timeout=30)
    remote.update("CLEAR ALL")
    for target in (embedded, remote):
        report = load_paths([sample_corpus()], target)
        assert not report.failures
    assert remote.count() == embedded.count()
    assert remote.graphs() == embedded.graphs()

    def ground(store: Store) -> set[str]:
        quads = ox.parse(store.dump("nquads"), format=ox.RdfFormat.N_QUADS)
        return {str(q) for q in quads if not any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object))}

    assert ground(remote) == ground(embedded)
    remote.close()


def test_service_over_a_remote_store(oxigraph_server: str, serve_app: Any) -> None:
    remote = RemoteStore(oxigraph_server, timeout=30)
    if not remote.graphs():
        load_paths([sample_corpus()], remote)
    remote.close()
    settings = Settings(store=oxigraph_server, query_timeout=2.0)
    with serve_app(create_app(settings)) as url, httpx.Client(base_url=url, timeout=30) as client:
        assert client.get("/health").json()["store"] == "remote"
        count = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
        assert int(count.json()["results"]["bindings"][0]["n"]["value"]) > 100
        hits = client.get("/api/search", params={"q": "网格"}).json()["hits"]
        assert hits
        entity = client.get(hits[0]["api"]).json()
        assert entity.get("iri") == hits[0]["iri"] and entity["label"], entity
        heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        response = client.get("/sparql", params={"query": heavy})
        assert response.status_code == 503 and "time limit" in response.json()["error"]
    with pytest.raises(QueryTimeout):
        RemoteStore(oxigraph_server, timeout=0.5).query(heavy)
