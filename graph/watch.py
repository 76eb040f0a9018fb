"""Knowing cheaply when a store's content changed, so caches (projection, search, workers) follow loads.

Writes made through a `WatchedStore` bump its counter. An embedded store on disk is locked by the
process that serves it, so those are all its writes; a remote server can be written by others, so for
it the stamp also holds its graphs and quad count, polled at most every `poll_seconds`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, Generic, TypeVar

import pyoxigraph as ox

from .oxigraph import OxigraphStore
from .store import QueryResult, Store, Term

__all__ = ["Cached", "WatchedStore"]

T = TypeVar("T")


class WatchedStore:
    """A Store that counts the writes made through it and gives a stamp of its content.

    >>> s = WatchedStore(OxigraphStore())
    >>> before = s.stamp()
    >>> s.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    >>> s.stamp() != before
    True
    """

    def __init__(self, store: Store, *, poll_seconds: float = 2.0) -> None:
        self.inner = store
        self._writes = 0
        self._poll = poll_seconds
        self._remote_stamp: tuple[Any, ...] = ()
        self._polled = 0.0
        self._lock = threading.Lock()

    @property
    def local(self) -> bool:
        """True for an embedded store, whose every write goes through this process."""
        return isinstance(self.inner, OxigraphStore)

    def bump(self) -> None:
        """Note a change made behind this wrapper's back (a bulk load on the inner store)."""
        with self._lock:
            self._writes += 1

    def stamp(self) -> Hashable:
        """A value that changes whenever the content may have changed."""
        if self.local:
            return (self._writes,)
        now = time.monotonic()
        if now - self._polled >= self._poll:
            self._remote_stamp = (tuple(self.inner.graphs()), self.inner.count())
            self._polled = now
        return (self._writes, *self._remote_stamp)

    # The Store interface, delegated; writes bump the counter.

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Term] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        return self.inner.query(sparql, bindings=bindings, default_graphs=default_graphs, named_graphs=named_graphs)

    def update(self, sparql: str) -> None:
        try:
            self.inner.update(sparql)
        finally:
            self.bump()

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        try:
            return self.inner.replace_graph(graph, triples)
        finally:
            self.bump()

    def write_graphs(self, graphs: Mapping[str, bytes]) -> None:
        try:
            self.inner.write_graphs(graphs)
        finally:
            self.bump()

    def remove_graph(self, graph: str) -> bool:
        try:
            return self.inner.remove_graph(graph)
        finally:
            self.bump()

    def graphs(self) -> list[str]:
        return self.inner.graphs()

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        return self.inner.dump(fmt, graph)

    def count(self) -> int:
        return self.inner.count()

    def close(self) -> None:
        self.inner.close()


class Cached(Generic[T]):
    """A value built from the store, rebuilt on first use after the stamp changed (one build at a time).

    `restore`, tried once before the first build, may give the value back from disk (None: build it).
    """

    def __init__(
        self, store: WatchedStore, build: Callable[[Store], T], restore: Callable[[], T | None] | None = None
    ) -> None:
        self._store = store
        self._build = build
        self._restore = restore
        self._value: tuple[Hashable, T] | None = None
        self._lock = threading.Lock()

    def current(self) -> T | None:
        """The value if it was built for the store's present state, else None (never builds)."""
        current = self._value
        return current[1] if current is not None and current[0] == self._store.stamp() else None

    def get(self) -> T:
        stamp = self._store.stamp()
        current = self._value
        if current is not None and current[0] == stamp:
            return current[1]
        with self._lock:
            restore, self._restore = self._restore, None
            restored = restore() if restore is not None and self._value is None else None
            if restored is not None:
                self._value = (stamp, restored)
            elif self._value is None or self._value[0] != stamp:
                self._value = (stamp, self._build(self._store))
            return self._value[1]
