"""What the atlas needs from the service: the store, its URLs, and the catalog and search index that
follow the store's state. The service has all four; `StoreHost` gives them to a bare store, so the
command line answers the atlas's questions as the service does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from graph import Store
from graph.catalog import Catalog
from graph.search import SearchIndex
from graph.watch import Cached, WatchedStore

from ..urls import Urls

__all__ = ["Host", "StoreHost"]


class Host(Protocol):
    """The parts of `api.service.Service` the atlas reads."""

    store: WatchedStore
    urls: Urls
    catalog: Cached[Catalog]
    search: Cached[SearchIndex]


@dataclass(eq=False)  # hashed by identity: the atlas's cache is kept per host
class StoreHost:
    """A Host over a store opened by the command line."""

    store: WatchedStore
    urls: Urls
    catalog: Cached[Catalog]
    search: Cached[SearchIndex]

    @classmethod
    def over(cls, store: Store, base: str) -> StoreHost:
        watched = WatchedStore(store)
        catalog: Cached[Catalog] = Cached(watched, Catalog.build)
        search: Cached[SearchIndex] = Cached(watched, lambda s: SearchIndex.build(s, catalog.get()))
        return cls(watched, Urls(base), catalog, search)
