"""The query worker pool (graph.pool) on the event loop `govkg serve` runs: uvloop."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.oxigraph import OxigraphStore
from graph.pool import QueryPool, Snapshot
from graph.results import Job

uvloop = pytest.importorskip("uvloop")


def test_long_answers_cross_the_worker_pipe_whole(tmp_path: Path) -> None:
    """uvloop leaves a watched pipe non-blocking; an answer that arrives in pieces must still be read whole."""
    folder = tmp_path / "store"
    store = OxigraphStore(folder)
    subject = ox.NamedNode("urn:test:s")
    store.oxigraph.extend(
        ox.Quad(subject, ox.NamedNode(f"urn:test:p{i}"), ox.Literal("长文本" * 50)) for i in range(2000)
    )
    store.close()
    pool = QueryPool(lambda: Snapshot(path=folder), lambda: "v1", size=1, timeout=60)

    async def ask_many() -> list[int]:
        rows = []
        for run in range(10):
            job = Job(f"CONSTRUCT WHERE {{ ?s ?p ?o }} # {run}", graph_format="ntriples")
            rows.append((await pool.run_async(job)).rows)
        return rows

    try:
        assert uvloop.run(ask_many()) == [2000] * 10
    finally:
        pool.close()
