"""Extraction processes: documents prepared in parallel, in order, with a memory ceiling where asked.

`outcomes` runs `pipeline.prepare` over the paths in a pool of worker processes (forked from a
forkserver that has imported the loaders once), keeps only a window of documents in flight so
memory follows the batch and not the corpus, and yields the results in the paths' order. With
one worker and no memory limit it runs in this process: no pickling, the honest one-core figure.

A memory limit caps each worker's address space (RLIMIT_AS). A document that passes it fails
alone: a MemoryError comes back as that document's failure; a worker that dies (a native library
aborting on a failed allocation, or a signal) breaks the pool, and the documents it held are then
retried one at a time in a fresh process, so the one that kills it is named and the rest load.

Extraction runs with the cyclic collector's young generation raised (`fewer_collections`): a document
makes and drops hundreds of thousands of containers, almost none of them in cycles, and at Python's
default of 700 net new containers the collector ran after each few hundred of them, about 4 % of the
extraction's CPU for nearly nothing found.
"""

from __future__ import annotations

import gc
import multiprocessing
import pickle
import resource
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from errors import GovkgError, PayloadTooLarge

from .pipeline import Job, LoadFailure, Prepared, prepare

__all__ = ["fewer_collections", "outcomes"]

_WINDOW_PER_WORKER = 4  # documents in flight per worker: enough to keep it busy while the writer writes

_YOUNG = 20_000  # net new containers between two collections of the young generation while extracting

_job: Job | None = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect the young generation after `_YOUNG` net new containers instead of 700, then as before."""
    before = gc.get_threshold()
    gc.set_threshold(_YOUNG, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _start(job: Job, memory_limit: int | None) -> None:
    """Worker initializer: keep the job, collect less (the process only extracts) and lower the
    address-space ceiling."""
    global _job
    _job = job
    gc.set_threshold(_YOUNG, *gc.get_threshold()[1:])
    if memory_limit is not None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))


def _too_large(path: Path, memory_limit: int | None) -> LoadFailure:
    limit = f"{memory_limit / 2**30:.1f} GB" if memory_limit else "the machine's memory"
    return LoadFailure(path, "extract", PayloadTooLarge(f"{path}: needs more memory than the {limit} limit to read"))


def _prepare(path: Path) -> Prepared | LoadFailure:
    assert _job is not None, "the worker was started without its job"
    try:
        outcome = prepare(path, _job)
    except MemoryError:  # raised outside prepare's own handler, e.g. while building the result
        return LoadFailure(path, "extract", MemoryError("out of memory"))
    if isinstance(outcome, LoadFailure):
        try:
            pickle.dumps(outcome.error)
        except (pickle.PicklingError, TypeError, AttributeError):  # a library's exception that cannot cross
            outcome.error = GovkgError(f"{type(outcome.error).__name__}: {outcome.error}")
    return outcome


@cache
def _context() -> multiprocessing.context.BaseContext:
    """A forkserver that imports the loaders once; workers fork from it (safe in a threaded server)."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["loaders.pipeline", "loaders.workers"])
    return ctx


def _pool(workers: int, job: Job, memory_limit: int | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=_context(), initializer=_start, initargs=(job, memory_limit))


def _checked(outcome: Prepared | LoadFailure, memory_limit: int | None) -> Prepared | LoadFailure:
    """A MemoryError under the ceiling is the document's size, said as such."""
    if isinstance(outcome, LoadFailure) and isinstance(outcome.error, MemoryError):
        return _too_large(outcome.path, memory_limit)
    return outcome


def _alone(path: Path, job: Job, memory_limit: int | None) -> Prepared | LoadFailure:
    """One document in a process of its own; its death is its failure."""
    with _pool(1, job, memory_limit) as pool:
        try:
            return _checked(pool.submit(_prepare, path).result(), memory_limit)
        except BrokenProcessPool:
            return _too_large(path, memory_limit)


def outcomes(
    paths: Iterable[Path], job: Job, *, workers: int = 1, memory_limit: int | None = None
) -> Iterator[Prepared | LoadFailure]:
    """`prepare(path, job)` for every path, in order, over `workers` processes."""
    if workers <= 1 and memory_limit is None:
        with fewer_collections():
            for path in paths:
                yield prepare(path, job)
        return
    todo = iter(paths)
    pending: deque[tuple[Path, Future[Prepared | LoadFailure]]] = deque()
    pool = _pool(workers, job, memory_limit)
    try:
        while True:
            while len(pending) < workers * _WINDOW_PER_WORKER and (queued := next(todo, None)) is not None:
                pending.append((queued, pool.submit(_prepare, queued)))
            if not pending:
                return
            path, future = pending.popleft()
            try:
                outcome = future.result()
            except BrokenProcessPool:
                # The pool is gone with every document in it: retry each alone, then go on afresh.
                pool.shutdown(cancel_futures=True)
                for retry in [path, *(p for p, _ in pending)]:
                    yield _alone(retry, job, memory_limit)
                pending.clear()
                pool = _pool(workers, job, memory_limit)
                continue
            yield _checked(outcome, memory_limit)
    finally:
        pool.shutdown(cancel_futures=True)
