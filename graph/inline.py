"""Which queries may skip the worker process: those already seen to finish in milliseconds on this store.

Why: the killable worker that enforces the time limit costs a pipe round trip and two context switches
per query (about 0.15 ms), a third of what a cheap query costs in all. A query's cost follows from its
text, its dataset and the store's content, so a query that a worker answered within `budget` seconds on
the current store stamp cannot run into the time limit when it is asked again on that stamp. Such
repeats run in the serving process, on its own store, and are timed again each time: one that ran
slower than the budget (a loaded machine) goes back to the workers.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from .results import Job

__all__ = ["ProvenCheap"]


class ProvenCheap:
    """The jobs seen to finish within `budget` seconds, with the store stamp they were timed on.

    Not thread-safe: the event loop alone asks and records.

    >>> cheap = ProvenCheap(budget=0.003)
    >>> job = Job("SELECT * { ?s ?p ?o } LIMIT 1")
    >>> cheap.record(job, "v1", 0.0004)
    >>> cheap.proven(job, "v1"), cheap.proven(job, "v2")
    (True, False)
    >>> cheap.record(job, "v1", 0.05)  # slower than the budget this time: back to the workers
    >>> cheap.proven(job, "v1")
    False
    """

    def __init__(self, budget: float = 0.003, size: int = 4096) -> None:
        self.budget = budget
        self._size = size
        self._stamps: OrderedDict[Hashable, Hashable] = OrderedDict()

    def proven(self, job: Job, stamp: Hashable) -> bool:
        key = job.key()
        if self._stamps.get(key) != stamp:
            return False
        self._stamps.move_to_end(key)
        return True

    def record(self, job: Job, stamp: Hashable, seconds: float) -> None:
        """Remember (or forget) `job` after a run that took `seconds` on the store at `stamp`."""
        key = job.key()
        if seconds > self.budget:
            self._stamps.pop(key, None)
            return
        self._stamps[key] = stamp
        self._stamps.move_to_end(key)
        if len(self._stamps) > self._size:
            self._stamps.popitem(last=False)
