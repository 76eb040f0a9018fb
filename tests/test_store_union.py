"""The default graph is the de-duplicated union of the documents' graphs, on both write paths."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph import OxigraphStore, select

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _triples(start: int, stop: int) -> list[ox.Triple]:
    p = ox.NamedNode("urn:p")
    return [ox.Triple(ox.NamedNode(f"urn:s{i}"), p, ox.Literal(f"县{i}", language="zh")) for i in range(start, stop)]


def _count(store: OxigraphStore) -> int:
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
