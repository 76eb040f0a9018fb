"""The query limits: warm worker processes that run SPARQL, confined, and killed when they overrun.

pyoxigraph has no way to cancel a query, so a query that must really stop runs in a process we can
kill. Each worker opens the on-disk store read-only (or, for an in-memory store, loads a copy) and
reopens it when the store's stamp changes, so it sees loads made by the serving process. A worker
is confined (graph/confine.py): no network socket, and an address-space ceiling above what the open
store maps. A worker that overruns the time limit is killed; one that passes the ceiling aborts;
either is replaced at once and the query answered with a 503. The overhead is a pipe round trip
(~0.1-0.2 ms). Requests that find no free worker wait in one line, in order of arrival: a request
arriving later never takes a worker before them.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import gc
import logging
import multiprocessing
import os
import pickle
import signal
import struct
import threading
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, fields
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from errors import GovkgError, QueryTimeout, QueryTooLarge, StoreUnavailable

from .confine import lift_memory_ceiling, no_network, set_memory_ceiling
from .results import Answer, Job, run_job

__all__ = ["QueryPool", "Snapshot"]

logger = logging.getLogger(__name__)
_STARTUP_SECONDS = 120.0  # starting a worker or reopening the store; generous, as a loaded machine is slow
_OPEN_ATTEMPTS = 5  # a read-only open races the writer's compactions now and then
_CHUNK = 1 << 16  # a read off a worker's pipe: its buffer's size
_LENGTH, _LONG_LENGTH = struct.Struct("!i"), struct.Struct("!Q")


@dataclass(frozen=True)
class Snapshot:
    """How a worker gets its own view of the store: a folder opened read-only, or N-Quads to load."""

    path: Path | None = None
    nquads: bytes | None = None
    writable: bool = False  # a scratch copy of the store, on which an admin update is tried first

    def open(self) -> Any:
        import pyoxigraph as ox

        from .oxigraph import OxigraphStore

        if self.path is not None:
            for attempt in range(_OPEN_ATTEMPTS):
                try:
                    return OxigraphStore(self.path, read_only=not self.writable)
                except RuntimeError as exc:  # RocksDB compacted away a file it had just listed
                    if attempt == _OPEN_ATTEMPTS - 1:
                        raise StoreUnavailable(f"cannot open a view of the store: {exc}") from exc
                    time.sleep(0.05 * (attempt + 1))
        store = OxigraphStore()
        if self.nquads:
            store.oxigraph.load(self.nquads, format=ox.RdfFormat.N_QUADS)
        return store


_JOB_FIELDS = tuple(f.name for f in fields(Job))
_ANSWER_FIELDS = tuple(f.name for f in fields(Answer))


def _put(conn: Connection, message: object) -> None:
    """Send with plain pickle.

    Why: Connection.send's ForkingPickler is slower, and tuples of builtins pickle faster than
    dataclasses; together about 40 µs of a 130 µs round trip (measured), on every query.
    """
    conn.send_bytes(pickle.dumps(message, pickle.HIGHEST_PROTOCOL))


def _message(job: Job) -> bytes:
    """The pickled ("run", job fields) a worker reads, made before a worker is free."""
    return pickle.dumps(("run", _flat(job, _JOB_FIELDS)), pickle.HIGHEST_PROTOCOL)


def _flat(obj: Job | Answer, names: tuple[str, ...]) -> tuple[Any, ...]:
    """A Job or Answer as the tuple of its fields, in order (what crosses the pipe)."""
    return tuple(getattr(obj, name) for name in names)


def _confine(network: bool) -> None:
    """Cut the worker off the network unless `network` (a warning where the kernel does not let us)."""
    if network:
        return
    try:
        no_network()
    except OSError as exc:
        logger.warning("query workers keep network access (%s): SERVICE is refused by reading the text only", exc)


def _serve(conn: Connection, memory: int | None, network: bool) -> None:
    """The worker loop: ("open", Snapshot) swaps the store; ("run", Job fields) answers ("ok", Answer
    fields) or ("err", GovkgError); ("update", sparql) runs an update on a writable snapshot, then
    drops it. Out of memory in Python, it answers ("fatal", None) and exits."""
    store: Any = None
    failure: GovkgError | None = None
    _confine(network)
    conn.send(("ready", None))  # imports are done: from now on the pool's clock is query time
    while True:
        try:
            message = conn.recv()
        except (EOFError, KeyboardInterrupt):
            return
        if message is None:
            return
        verb, payload = message
        if verb == "open":
            store = None  # closes the old view before the new one maps its files
            gc.collect()
            lift_memory_ceiling()
            try:
                store, failure = payload.open(), None
            except GovkgError as exc:
                failure = exc
            if memory is not None:
                set_memory_ceiling(memory)
            conn.send(("opened", None))
            continue
        try:
            if failure is not None:
                raise failure
            if verb == "update":
                store.update(payload)
                store = None
                _put(conn, ("ok", None))
            else:
                _put(conn, ("ok", _flat(run_job(store, Job(*payload)), _ANSWER_FIELDS)))
        except MemoryError:
            store = None
            _put(conn, ("fatal", None))
            return
        except GovkgError as exc:
            _put(conn, ("err", exc))
        except Exception as exc:  # a worker must answer, whatever pyoxigraph raised
            _put(conn, ("err", StoreUnavailable(f"query worker failed: {type(exc).__name__}: {exc}")))


class _Worker:
    def __init__(self, ctx: Any, memory: int | None, network: bool) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, memory, network), daemon=True, name="govkg-query")
        self.process.start()
        child.close()
        self.stamp: Hashable = object()
        self.started = False

    def ack(self, timeout: float) -> None:
        """Wait for the worker's "ready" (after its imports) or "opened" (after reopening the store).

        Neither counts against the query's time limit: a replacement worker that is still starting
        on a loaded machine must not make the next query overrun and be killed in turn.
        """
        if not self.conn.poll(timeout):
            raise StoreUnavailable(f"a query worker did not get ready within {timeout:g} s")
        self.conn.recv()

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                self.process.kill()
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=2)
        self.conn.close()


def _settle(future: asyncio.Future[Any], outcome: Any) -> None:
    """Resolve the wait on a worker's answer unless it is resolved already (the answer, or the time limit)."""
    if not future.done():
        future.set_result(outcome)


class _Reader:
    """The callback that reads a worker's answer on the event loop as its pieces arrive (the pipe is
    non-blocking while the loop watches it), in `multiprocessing.Connection`'s framing: a 4-byte
    big-endian length (-1, then 8 bytes, past 2 GB), then the message. It resolves `future` with the
    message (a bytearray, which pickle reads as it is), or with the EOFError or OSError of a worker
    that died.

    Why not `Connection.recv` once the pipe is readable: that is two more reads and, for an answer
    that comes in pieces, a pipe set back to blocking first; here a small answer is one read.
    """

    __slots__ = ("buffer", "fd", "future", "size")

    def __init__(self, fd: int, future: asyncio.Future[Any]) -> None:
        self.fd = fd
        self.future = future
        self.buffer = bytearray()
        self.size = -1  # not known yet

    def __call__(self) -> None:
        try:
            chunk = os.read(self.fd, _CHUNK)
        except BlockingIOError:
            return
        except OSError as exc:
            _settle(self.future, exc)
            return
        if not chunk:
            _settle(self.future, EOFError("the worker's pipe closed"))
            return
        buffer = self.buffer
        buffer += chunk
        if self.size < 0:
            if len(buffer) < 4:
                return
            (size,) = _LENGTH.unpack_from(buffer)
            start = 4
            if size == -1:
                if len(buffer) < 12:
                    return
                (size,) = _LONG_LENGTH.unpack_from(buffer, 4)
                start = 12
            del buffer[:start]
            self.size = size
        if len(buffer) >= self.size:  # one answer a job: nothing follows it
            _settle(self.future, buffer)


class _Waiter:
    """A blocking caller waiting for a free worker; the line serves them in order of arrival.

    `offer` runs under the pool's lock: it hands the worker over unless the waiter gave up (its time
    ran out), which `QueryPool._give_up` records under that lock, so a worker is never handed to
    nobody.
    """

    __slots__ = ("event", "gone", "worker")

    def __init__(self) -> None:
        self.event = threading.Event()
        self.worker: _Worker | None = None
        self.gone = False

    def offer(self, worker: _Worker) -> bool:
        if self.gone:
            return False
        self.worker = worker
        self.event.set()
        return True


class QueryPool:
    """A fixed number of warm query processes; `run` answers within `timeout` seconds or raises.

    Requests that find no free worker wait in one line, in order of arrival, each in a thread (an
    async request in one of the loop's executor threads). `snapshot(stamp)` gives the view a worker
    must open for the store state named by `stamp()`. `memory` is each worker's ceiling in bytes
    above its open store (None: no ceiling); `network` leaves the workers their network access (for
    SERVICE, when the admin allows it).
    """

    def __init__(
        self,
        snapshot: Callable[[], Snapshot],
        stamp: Callable[[], Hashable],
        *,
        size: int = 2,
        timeout: float = 10.0,
        memory: int | None = None,
        network: bool = False,
    ) -> None:
        self._snapshot = snapshot
        self._stamp = stamp
        self._timeout = timeout
        self._memory = memory
        self._network = network
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: list[_Worker] = []
        self._waiters: collections.deque[_Waiter] = collections.deque()
        self._lock = threading.Lock()  # the idle workers and the line
        self._view_lock = threading.Lock()
        self._cached: tuple[Hashable, Snapshot] | None = None
        self._closed = False
        for _ in range(size):
            self._idle.append(self._new_worker())

    def _new_worker(self) -> _Worker:
        return _Worker(self._ctx, self._memory, self._network)

    def _view(self, stamp: Hashable) -> Snapshot:
        with self._view_lock:
            if self._cached is None or self._cached[0] != stamp:
                self._cached = (stamp, self._snapshot())
            return self._cached[1]

    def _ready(self, worker: _Worker) -> bool:
        """Whether `worker` can take a query now, without waiting for its start or a reopened store."""
        return worker.started and worker.stamp == self._stamp()

    def _send(self, worker: _Worker, message: bytes) -> None:
        if not worker.started:
            worker.ack(_STARTUP_SECONDS)
            worker.started = True
        stamp = self._stamp()
        if worker.stamp != stamp:
            worker.conn.send(("open", self._view(stamp)))
            worker.ack(_STARTUP_SECONDS)
            worker.stamp = stamp
        worker.conn.send_bytes(message)

    def _hand_on(self, worker: _Worker) -> None:
        """To the first request still waiting for a worker, else back to the idle ones."""
        with self._lock:
            while self._waiters:
                if self._waiters.popleft().offer(worker):
                    return
            self._idle.append(worker)

    def _release(self, worker: _Worker, healthy: bool) -> None:
        """Handed on, or killed at once and replaced (overran, died, or abandoned mid-query).

        The replacement (reaping the old process, spawning a new one) runs in a thread of its own:
        on the event loop it would hold up every other request, /health included, for as long.
        """
        if healthy:
            self._hand_on(worker)
            return
        worker.process.kill()
        threading.Thread(target=self._replace, args=(worker,), daemon=True, name="govkg-query-replace").start()

    def _replace(self, worker: _Worker) -> None:
        worker.stop(kill=True)
        if not self._closed:
            self._hand_on(self._new_worker())

    def _busy(self) -> QueryTimeout:
        return QueryTimeout(f"every query worker stayed busy for {self._timeout:g} s; try again")

    def _take(self, waiter: _Waiter | None = None) -> _Worker | None:
        """An idle worker now (when nobody waits before us), else None, with `waiter` put in line."""
        with self._lock:
            if self._idle and not self._waiters:
                return self._idle.pop()
            if waiter is not None:
                self._waiters.append(waiter)
            return None

    def _give_up(self, waiter: _Waiter) -> _Worker | None:
        """Leave the line; the worker it was handed meanwhile, if any."""
        with self._lock:
            if waiter.worker is None:
                waiter.gone = True
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
            return waiter.worker

    def _acquire(self) -> _Worker:
        """A worker for a blocking caller, in turn with the others; QueryTimeout when none frees up in time."""
        waiter = _Waiter()
        worker = self._take(waiter)
        if worker is not None:
            return worker
        waiter.event.wait(self._timeout)
        worker = self._give_up(waiter)
        if worker is None:
            raise self._busy()
        return worker

    def _too_large(self) -> QueryTooLarge:
        mb = (self._memory or 0) // 2**20
        return QueryTooLarge(
            f"the query went past the {mb} MB memory limit and was stopped; "
            "narrow it (LIMIT, fewer patterns, no ORDER BY over everything)"
        )

    def _died(self, worker: _Worker, exc: BaseException) -> GovkgError:
        """Why a worker's pipe closed: an allocation past the ceiling aborts it (or the kernel kills it)."""
        worker.process.join(timeout=2)
        if self._memory is not None and worker.process.exitcode in (-signal.SIGABRT, -signal.SIGKILL):
            return self._too_large()
        return StoreUnavailable(f"a query worker died: {exc or worker.process.exitcode}")

    def _receive(self, worker: _Worker, answered: bool) -> Any:
        """The worker's answer, read blocking once `answered` (False: the time limit passed)."""
        message: bytes | BaseException | None = None
        if answered:
            try:
                message = worker.conn.recv_bytes()
            except (EOFError, OSError) as exc:
                message = exc
        return self._answer(worker, message)

    def _answer(self, worker: _Worker, message: bytes | bytearray | BaseException | None) -> Any:
        """What the worker's `message` says: Answer fields for a query, None for an update; raises what
        it raised, QueryTimeout for no message (the time limit passed), why it died for a pipe error."""
        healthy = False
        try:
            if message is None:
                raise QueryTimeout(
                    f"the query ran past the {self._timeout:g} s time limit and was stopped; "
                    "narrow it (LIMIT, fewer patterns) or ask the admin for a longer --query-timeout"
                )
            if isinstance(message, BaseException):
                raise message
            status, value = pickle.loads(message)
            healthy = status != "fatal"
        except (EOFError, OSError) as exc:
            raise self._died(worker, exc) from exc
        finally:
            self._release(worker, healthy)
        if status == "fatal":
            raise self._too_large()
        if status == "err":
            raise value
        return value

    def _start(self, worker: _Worker, message: bytes) -> None:
        """Hand the job to `worker`; a worker that died or never got ready is replaced."""
        try:
            self._send(worker, message)
        except (EOFError, OSError) as exc:
            self._release(worker, False)
            raise StoreUnavailable(f"a query worker died: {exc}") from exc
        except StoreUnavailable:  # it never got ready
            self._release(worker, False)
            raise

    def run(self, job: Job) -> Answer:
        """Run `job` in a worker, blocking.

        Raises QueryTimeout after the time limit (or when every worker stayed busy that long),
        QueryTooLarge past the memory ceiling, StoreUnavailable when the worker dies, and what
        `run_job` raises.
        """
        worker = self._acquire()
        self._start(worker, _message(job))
        return Answer(*self._receive(worker, worker.conn.poll(self._timeout)))

    def try_update(self, sparql: str, scratch: Snapshot) -> None:
        """Run an update on `scratch` (a writable copy of the store) in a worker, under both limits.

        Returns when it finished within them; raises QueryTimeout, QueryTooLarge or what the update
        raised otherwise. The worker then reopens its usual view.
        """
        worker = self._acquire()
        try:
            if not worker.started:
                worker.ack(_STARTUP_SECONDS)
                worker.started = True
            worker.stamp = object()  # whatever happens, the next query reopens the served view
            worker.conn.send(("open", scratch))
            worker.ack(_STARTUP_SECONDS)
            _put(worker.conn, ("update", sparql))
        except (EOFError, OSError) as exc:
            self._release(worker, False)
            raise StoreUnavailable(f"a query worker died: {exc}") from exc
        except StoreUnavailable:
            self._release(worker, False)
            raise
        self._receive(worker, worker.conn.poll(self._timeout))

    async def run_async(self, job: Job) -> Answer:
        """`run` for an event loop: with a worker free (and nobody waiting before it), the query goes
        out and its answer is read off the worker's pipe by the loop without a thread; otherwise it
        waits in line in a thread, like a blocking caller.

        Why threads for the wait: with 8 clients and 2 workers, waiting on the event loop instead
        (each request woken through a future in turn) used 5-15 % less CPU a request but served
        0.54-0.70x the requests a second of threads, in alternating runs (7 Dec, load average 6-15,
        also with the benchmark's processes at nice -10): a worker freed while the loop is busy
        waited for the loop, and each hand-over's pipe write stalled the loop instead of a thread.
        A request cancelled mid-query (client gone) on the loop's path kills its worker, so it
        stops too.
        """
        worker = self._take()
        if worker is None:  # wait in line in a thread, which then sends the query and reads the answer
            return await asyncio.to_thread(self.run, job)
        loop = asyncio.get_running_loop()
        message = _message(job)
        try:
            if not self._ready(worker):  # starting, or reopening the store: may wait, not on the loop
                await asyncio.to_thread(self._start, worker, message)
            else:
                self._start(worker, message)
        except asyncio.CancelledError:
            self._release(worker, False)
            raise
        answer: asyncio.Future[bytearray | BaseException | None] = loop.create_future()
        fd = worker.conn.fileno()
        loop.add_reader(fd, _Reader(fd, answer))
        timer = loop.call_later(self._timeout, _settle, answer, None)
        try:
            outcome = await answer
        except asyncio.CancelledError:
            self._release(worker, False)
            raise
        finally:
            timer.cancel()
            loop.remove_reader(fd)
            os.set_blocking(fd, True)  # add_reader made it non-blocking; blocking callers and sends need it back
        return Answer(*self._answer(worker, outcome))

    def close(self) -> None:
        """Stop every idle worker (busy ones are daemons and die with the process)."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()
