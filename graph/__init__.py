"""Where the graph lives: one Store interface, an embedded Oxigraph and a remote SPARQL 1.1 backend."""

from __future__ import annotations

import os
from pathlib import Path

from .open import open_folder, open_url
from .oxigraph import OxigraphStore
from .remote import RemoteStore
from .store import (
    QueryResult,
    Store,
    Term,
    TextRdfFormats,
    UnionDifference,
    ntriples,
    select,
    serialized,
    text,
    union_difference,
)

__all__ = [
    "DEFAULT_STORE",
    "OxigraphStore",
    "QueryResult",
    "RemoteStore",
    "Store",
    "Term",
    "TextRdfFormats",
    "UnionDifference",
    "ntriples",
    "open_store",
    "select",
    "serialized",
    "text",
    "union_difference",
]

DEFAULT_STORE = "./govkg-data"


def open_store(
    spec: str | Path | None = None,
    *,
    update_url: str | None = None,
    gsp_url: str | None = None,
    timeout: float = 30.0,
    read_only: bool = False,
) -> Store:
    """Open the store a `--store` value names: an http(s) URL is a SPARQL server, anything else a folder.

    A server's engine (Oxigraph, Virtuoso, a govkg server) is asked once and its profile followed
    (graph/engines.py); `read_only` opens a folder beside the process that holds it.

    `None` reads GOVKG_STORE, then falls back to `./govkg-data`; the string ":memory:" is an
    in-memory store.
    """
    spec = spec if spec is not None else os.environ.get("GOVKG_STORE", DEFAULT_STORE)
    text = str(spec)
    if text.startswith(("http://", "https://")):
        return open_url(text, update_url=update_url, gsp_url=gsp_url, timeout=timeout)
    if text == ":memory:":
        return OxigraphStore()
    return open_folder(Path(text), read_only=read_only)
