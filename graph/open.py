"""Opening what a `--store` value names: a store folder (read-write, or read-only beside a running
`govkg serve`) or the URL of a SPARQL server, whose engine is told by asking it."""

from __future__ import annotations

from pathlib import Path

import httpx

from errors import StoreUnavailable

from .engine_store import EngineStore
from .engines import OXIGRAPH, detect
from .oxigraph import OxigraphStore
from .remote import RemoteStore
from .store import Store

__all__ = ["open_folder", "open_url"]


def open_url(url: str, *, update_url: str | None = None, gsp_url: str | None = None, timeout: float = 30.0) -> Store:
    """A SPARQL server: with explicit update and Graph Store URLs as given, else by its engine's profile.

    Raises StoreUnavailable when the server does not answer.
    """
    if update_url or gsp_url:
        return RemoteStore(url, update_url=update_url, gsp_url=gsp_url, timeout=timeout)
    client = httpx.Client(timeout=httpx.Timeout(timeout))
    try:
        engine, root = detect(url, client)
    except StoreUnavailable:
        client.close()
        raise
    if engine is OXIGRAPH:
        return RemoteStore(root, timeout=timeout, client=client)
    return EngineStore(root, engine, timeout=timeout, client=client)


def open_folder(path: Path, *, read_only: bool = False) -> OxigraphStore:
    """An embedded store; read-only opens beside a process that holds it (it sees the latest writes).

    Raises StoreUnavailable when a read-only store has no folder yet, or the folder cannot be opened.
    """
    if read_only and not path.is_dir():
        raise StoreUnavailable(f"no store at {path} (`govkg load` makes one)")
    return OxigraphStore(path, read_only=read_only)
