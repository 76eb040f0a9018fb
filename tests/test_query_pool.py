"""The query worker pool (graph.pool) on the event loop `govkg serve` runs: uvloop."""

from __future__ import annotations

import asyncio
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


def _small_store(folder: Path) -> Path:
    """2,000 triples: enough for a cross join that keeps a worker busy for a while."""
    store = OxigraphStore(folder)
    store.oxigraph.extend(
        ox.Quad(ox.NamedNode(f"urn:test:s{i}"), ox.NamedNode("urn:test:p"), ox.Literal(f"值{i}")) for i in range(2000)
    )
    store.close()
    return folder


SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 8e9 rows: runs until stopped


def test_requests_wait_in_line_in_order_and_blocking_callers_get_their_turn(tmp_path: Path) -> None:
    """One worker, seven async requests and one blocking caller at once: every one is answered."""
    import threading

    pool = QueryPool(lambda: Snapshot(path=_small_store(tmp_path / "store")), lambda: "v1", size=1, timeout=60)
    blocking: list[int] = []

    async def ask_together() -> list[int]:
        jobs = [pool.run_async(Job(f"SELECT ?s WHERE {{ ?s ?p ?o }} LIMIT {n}")) for n in range(1, 8)]
        thread = threading.Thread(target=lambda: blocking.append(pool.run(Job("SELECT ?s { ?s ?p ?o } LIMIT 9")).rows))
        thread.start()
        answers = await asyncio.gather(*jobs)
        await asyncio.to_thread(thread.join)
        return [a.rows for a in answers]

    try:
        assert uvloop.run(ask_together()) == list(range(1, 8))
        assert blocking == [9]
    finally:
        pool.close()


def test_requests_that_go_away_in_line_or_mid_query_lose_no_worker(tmp_path: Path) -> None:
    """A request cancelled mid-query has its worker killed and replaced; one cancelled while waiting
    in line (in its thread) is answered there and dropped: the pool (of one) answers the next."""
    pool = QueryPool(lambda: Snapshot(path=_small_store(tmp_path / "store")), lambda: "v1", size=1, timeout=60)

    async def scenario() -> int:
        running = asyncio.ensure_future(pool.run_async(Job(SLOW)))
        waiting = asyncio.ensure_future(pool.run_async(Job("ASK { ?s ?p ?o }")))
        await asyncio.sleep(0.5)
        waiting.cancel()
        running.cancel()
        for task in (waiting, running):
            with pytest.raises(asyncio.CancelledError):
                await task
        return (await asyncio.wait_for(pool.run_async(Job("SELECT ?s { ?s ?p ?o } LIMIT 3")), 60)).rows

    try:
        assert uvloop.run(scenario()) == 3
    finally:
        pool.close()


def test_a_request_waiting_longer_than_the_limit_is_told_the_workers_are_busy(tmp_path: Path) -> None:
    """One worker, two endless queries, then a cheap one: each endless query holds the worker until
    its time limit, so the cheap one, behind both in line, gives up waiting first."""
    pool = QueryPool(lambda: Snapshot(path=_small_store(tmp_path / "store")), lambda: "v1", size=1, timeout=3)

    async def scenario() -> list[str]:
        await pool.run_async(Job("ASK { }"))  # the worker is started and has the store open
        # 1 s apart: the second has a second of slack for the replacement of the first's killed worker
        # to reach it; the cheap one, 2 s in, gives up 5 s in, while the second runs until 6 s or later.
        first = asyncio.ensure_future(pool.run_async(Job(SLOW)))
        await asyncio.sleep(1)
        second = asyncio.ensure_future(pool.run_async(Job(SLOW + " # again")))
        await asyncio.sleep(1)
        outcomes = await asyncio.gather(first, second, pool.run_async(Job("ASK { }")), return_exceptions=True)
        return [str(o) for o in outcomes]

    try:
        first, second, cheap = uvloop.run(scenario())
        assert "time limit" in first and "time limit" in second
        assert "stayed busy" in cheap
    finally:
        pool.close()
