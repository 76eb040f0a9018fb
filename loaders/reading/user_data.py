"""The user's own data beside the documents: RDF files and CSV tables, each into a named graph of its own.

A data file's graph is named for the file (`{base}graph/data/<file name>`), so loading it again
replaces it; it holds what the file states and nothing extracted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

import pyoxigraph as ox

from errors import GovkgError
from loaders.reading.rdf import RDF_FORMATS, read_rdf
from loaders.reading.tables import read_table

__all__ = ["DATA_SUFFIXES", "data_graph", "is_data", "load_data", "read_data"]

DATA_SUFFIXES = (*RDF_FORMATS, ".csv")


class _GraphSink(Protocol):
    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int: ...


def is_data(path: Path) -> bool:
    """True for a file govkg loads as data (RDF or CSV), not as a document to extract from.

    >>> is_data(Path("人口.csv")), is_data(Path("mine.TTL")), is_data(Path("report.txt"))
    (True, True, False)
    """
    return path.suffix.lower() in DATA_SUFFIXES


def data_graph(base: str, path: Path) -> str:
    """The named graph of a data file.

    >>> data_graph("https://w3id.org/govkg/id/", Path("a/人口.csv"))
    'https://w3id.org/govkg/id/graph/data/%E4%BA%BA%E5%8F%A3.csv'
    """
    return f"{base}graph/data/{quote(path.name, safe='')}"


def read_data(path: Path, base: str) -> list[ox.Triple]:
    """The triples of one data file (see read_rdf and read_table for what each raises)."""
    return read_table(path, base) if path.suffix.lower() == ".csv" else read_rdf(path, base)


def load_data(
    paths: Iterable[Path], store: _GraphSink, *, base: str, on_error: Callable[[Path, GovkgError], None]
) -> list[tuple[Path, str, int]]:
    """Load each data file whole into its graph, or not at all: (path, graph, triples) of those loaded.

    A file that fails goes to `on_error` and leaves the store as it was.
    """
    loaded = []
    for path in paths:
        try:
            triples = read_data(path, base)
        except GovkgError as exc:  # the caller decides, as for documents
            on_error(path, exc)
            continue
        graph = data_graph(base, path)
        loaded.append((path, graph, store.replace_graph(graph, triples)))
    return loaded
