"""What the routes share: the store, the query pool, the caches that follow loads, and the admin check.

One `Service` is built in the app's lifespan and reached through `service(request)`.
"""

from __future__ import annotations

import contextlib
import hmac
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from fastapi import Request
from starlette.concurrency import run_in_threadpool

from errors import Forbidden, GovkgError
from graph import OxigraphStore, open_store, serialized
from graph.catalog import Catalog
from graph.coherence import coherent_update
from graph.pool import QueryPool, Snapshot
from graph.project import Projection
from graph.results import Answer, Job, run_job
from graph.search import SearchIndex
from graph.summary import Summary, SummaryFile
from graph.watch import Cached, WatchedStore

from .settings import Settings
from .urls import Urls

if TYPE_CHECKING:
    from loaders import LoadFailure, LoadReport

__all__ = ["Service", "service"]

_PROBE_SECONDS = 0.4


class Service:
    """The open store and everything derived from it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.urls = Urls(settings.base)
        inner = open_store(
            settings.store,
            update_url=settings.update_url,
            gsp_url=settings.gsp_url,
            timeout=settings.query_timeout,
        )
        self.store = WatchedStore(inner)
        self._write_lock = threading.Lock()
        self.warmers: list[Callable[[Service], object]] = []  # optional routers' caches (the atlas)
        self._warm_state = threading.Lock()
        self._warming = False
        self._warm_again = False
        self._warm_thread: threading.Thread | None = None
        self._closing = False
        self.pool: QueryPool | None = None
        if isinstance(inner, OxigraphStore):
            self.pool = QueryPool(
                self._snapshot,
                self.store.stamp,
                size=settings.query_workers,
                timeout=settings.query_timeout,
                memory=settings.query_memory_mb * 2**20,
                network=settings.allow_service,
            )
        # A remote store's health is asked with a short timeout of its own (never the query limit).
        self._probe = (
            None
            if self.pool is not None
            else open_store(
                settings.store, update_url=settings.update_url, gsp_url=settings.gsp_url, timeout=_PROBE_SECONDS
            )
        )
        self._saved = SummaryFile(inner.path) if isinstance(inner, OxigraphStore) and inner.path else None
        start = self._saved.fingerprint() if self._saved is not None else ""
        holds = self._saved is not None and self._saved.holds(start)
        self._saved_stamp: object = self.store.stamp() if holds else None
        restore = self._restorer(start) if holds else (lambda name: None)
        self.catalog: Cached[Catalog] = Cached(self.store, Catalog.build, lambda: restore("catalog"))
        self.search: Cached[SearchIndex] = Cached(
            self.store, lambda s: SearchIndex.build(s, self.catalog.get()), lambda: restore("search")
        )
        self.projection: Cached[Projection] = Cached(
            self.store, lambda s: Projection.build(s, self.catalog.get()), lambda: restore("projection")
        )
        self.summary: Cached[Summary] = Cached(
            self.store, lambda s: Summary.build(s, self.projection.get()), lambda: restore("summary")
        )
        self.stats: Cached[dict[str, Any]] = Cached(self.store, lambda s: self.summary.get().stats)
        self.overviews: Cached[dict[int, Any]] = Cached(self.store, lambda s: {})

    _KEPT = ("catalog", "search", "projection", "summary")  # what a restart reads back instead of building

    def _restorer(self, fingerprint: str) -> Callable[[str], Any]:
        """Read one saved value back, only while the store is still in the state it was started in."""
        assert self._saved is not None
        saved, stamp = self._saved, self.store.stamp()

        def restore(name: str) -> Any:
            if self.store.stamp() != stamp:
                return None
            value = saved.read(name, fingerprint)
            if isinstance(value, SearchIndex | Projection):
                value.catalog = self.catalog.get()  # one catalog in memory, not a copy per value
            return value

        return restore

    def _persist(self) -> None:
        """Save the derived values beside an embedded store, if they are all for its present state.

        Under the write lock, after a flush: the fingerprint then names the tables the values were
        built from, and no write can slip between them.
        """
        if self._saved is None:
            return
        with self._write_lock:
            stamp = self.store.stamp()
            values = {name: getattr(self, name).current() for name in self._KEPT}
            if any(v is None for v in values.values()) or stamp == self._saved_stamp:
                return  # something is stale, or the file already holds this state
            inner = self.store.inner
            assert isinstance(inner, OxigraphStore)
            try:
                inner.oxigraph.flush()
            except (OSError, RuntimeError):
                return  # a read-only store: nothing is saved beside it
            self._saved.write(values)
            self._saved_stamp = stamp

    @property
    def kind(self) -> str:
        inner = self.store.inner
        if isinstance(inner, OxigraphStore):
            return "embedded" if inner.path else "memory"
        return "remote"

    def _snapshot(self) -> Snapshot:
        inner = self.store.inner
        assert isinstance(inner, OxigraphStore)
        if inner.path is not None:
            return Snapshot(path=inner.path)
        return Snapshot(nquads=serialized(inner.oxigraph.dump(format=ox.RdfFormat.N_QUADS)))  # default graph too

    def run(self, job: Job) -> Answer:
        """Answer a SPARQL job under the time limit (a worker process, or the remote server's timeout)."""
        if self.pool is not None:
            return self.pool.run(job)
        return run_job(self.store, job)

    async def run_async(self, job: Job) -> Answer:
        """`run` from the event loop: no thread is held while a worker process computes.

        Every query goes through a worker, however cheap it was before: a query's cost can vary
        from one run to the next (RAND(), a store that grew), and only a worker can be stopped.
        """
        if self.pool is None:
            return await run_in_threadpool(run_job, self.store, job)
        return await self.pool.run_async(job)

    def update(self, sparql: str) -> None:
        """Run an authorised SPARQL Update under the query limits (time and memory).

        On an embedded store the update first runs in a worker on a copy of the store (a RocksDB
        checkpoint: hard links, or a dump of a store in memory); only an update that finished
        there within the limits then runs on the served store. pyoxigraph cannot stop an update
        it has begun, so this is the only way to refuse one before it takes the server. An update
        that needs the network (LOAD, SERVICE) is refused unless the server allows LOAD, and then
        runs unchecked. Raises QueryTimeout, QueryTooLarge, Forbidden and what the update raises.
        """
        with self._write_lock:
            if self.pool is not None:
                try:
                    self._try_update(sparql)
                except Forbidden:
                    if not self.settings.allow_load:
                        raise Forbidden(
                            "this update reaches another host (LOAD or SERVICE), which is off on this "
                            "server; start it with --allow-load to let admins LOAD from URLs"
                        ) from None
            coherent_update(self.store, sparql)  # the default graph stays the union of the named graphs
        self.rewarm()

    def _try_update(self, sparql: str) -> None:
        assert self.pool is not None
        inner = self.store.inner
        assert isinstance(inner, OxigraphStore)
        if inner.path is None:
            self.pool.try_update(sparql, self._snapshot())
            return
        scratch = Path(tempfile.mkdtemp(prefix=".govkg-update-", dir=inner.path.parent))
        try:
            target = scratch / "store"
            inner.oxigraph.backup(str(target))
            self.pool.try_update(sparql, Snapshot(path=target, writable=True))
        finally:
            shutil.rmtree(scratch, ignore_errors=True)

    def resolve(self, given: str) -> str:
        """An entity's IRI from its id, IRI or name (`南乐县`): the best search hit when no node has it."""
        iri = self.urls.iri(given)
        if iri in self.catalog.get().nodes:
            return iri
        hits = self.search.get().search(given, limit=1)
        return str(hits[0]["iri"]) if hits else iri

    def store_problem(self) -> str | None:
        """Why the store cannot answer now, or None: a remote server is asked `ASK {}` (0.4 s at most).

        The embedded store lives in this process and is not asked: /health must not wait on it.
        """
        if self._probe is None:
            return None
        try:
            self._probe.query("ASK {}")
        except GovkgError as exc:
            return f"store unreachable: {exc}"
        return None

    def load(self, paths: list[Path], *, memory_limit: int | None = None) -> tuple[LoadReport, list[LoadFailure]]:
        """Load documents into the served store (the caches and workers follow); failures are collected.

        With `memory_limit`, extraction runs in a process whose address space is capped at it.
        """
        from loaders import load_paths

        failures: list[LoadFailure] = []
        with self._write_lock:
            report = load_paths(
                paths, self.store, base=self.settings.base, on_error=failures.append, memory_limit=memory_limit
            )
            self.store.bump()
        self.rewarm()
        return report, failures

    def remove(self, graph: str) -> bool:
        with self._write_lock:
            removed = self.store.remove_graph(graph)
        self.rewarm()
        return removed

    def authorize(self, request: Request, what: str) -> None:
        """Let the request through only if the server has an admin token and the request bears it.

        Raises Forbidden otherwise.
        """
        token = self.settings.admin_token
        if not token:
            raise Forbidden(f"{what} is disabled: the server was started without an admin token")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise Forbidden(f"{what} needs the admin token (Authorization: Bearer ...)")

    def warm(self) -> None:
        """Build the search index, projection, page summary and the optional routers' caches, and save
        what can be saved beside an embedded store so the next start reads it back."""
        try:
            self.search.get()
            self.projection.get()
            self.summary.get()
        except GovkgError:  # the store is unreachable now; the caches build on first use instead
            return
        with contextlib.suppress(OSError, RuntimeError):  # a full disk, a read-only folder: the next start builds
            self._persist()
        for warmer in self.warmers:
            if self._closing:
                return
            with contextlib.suppress(GovkgError):
                warmer(self)

    def rewarm(self) -> None:
        """Warm the caches on a thread of their own, at start and after each write, so no visitor waits
        for a rebuild; writes during a rebuild ask for one more, not one each."""
        with self._warm_state:
            if self._closing:
                return
            if self._warming:
                self._warm_again = True
                return
            self._warming = True
            self._warm_thread = threading.Thread(target=self._warm_until_current, name="govkg-warm", daemon=True)
            self._warm_thread.start()

    def _warm_until_current(self) -> None:
        while True:
            self.warm()
            with self._warm_state:
                if not self._warm_again or self._closing:
                    self._warming = False
                    return
                self._warm_again = False

    def build_sample_if_empty(self) -> None:
        """Fill an empty store with the bundled sample corpus, so a first `serve` shows something real."""
        if self.store.graphs():
            return
        from loaders import sample_corpus

        self.load([sample_corpus()])

    def close(self) -> None:
        with self._warm_state:  # no rebuild may touch the store once it closes: the one running ends first
            self._closing = True
            warming = self._warm_thread
        if warming is not None:
            warming.join()
        with contextlib.suppress(OSError, RuntimeError, GovkgError):
            self._persist()  # what was built since the start is read back by the next one
        if self.pool is not None:
            self.pool.close()
        if self._probe is not None:
            self._probe.close()
        self.store.close()


def service(request: Request) -> Service:
    """The Service of the app serving `request` (a FastAPI dependency)."""
    return request.app.state.service  # type: ignore[no-any-return]
