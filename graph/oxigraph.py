"""The embedded backend: an Oxigraph store on disk (or in memory), shared with rdflib through oxrdflib."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from errors import Forbidden, InputError, QuerySyntaxError, StoreUnavailable, UnsupportedFormat

from . import journal
from .confine import NETWORK_REFUSED
from .queries import bind
from .store import QueryResult, Term, TextRdfFormats, ntriples, remove_update, serialized

__all__ = ["OxigraphStore"]


def _syntax_message(exc: SyntaxError) -> str:
    """pyoxigraph's "error at 1:10: expected ..." without its leading "error" (ours adds one).

    >>> _syntax_message(SyntaxError("error at 1:10: expected CONSTRUCT"))
    'bad SPARQL at 1:10: expected CONSTRUCT'
    """
    message = str(exc)
    return "bad SPARQL " + (message[len("error ") :] if message.startswith("error ") else message)


@contextmanager
def _oxigraph_errors(where: str) -> Iterator[None]:
    """Translate pyoxigraph's exceptions into ours at the boundary.

    A refused network access (a confined query worker, graph/confine.py) is a Forbidden SERVICE or LOAD.
    """
    try:
        yield
    except SyntaxError as exc:
        raise QuerySyntaxError(_syntax_message(exc)) from exc
    except OSError as exc:
        if NETWORK_REFUSED in str(exc):
            raise Forbidden("SERVICE and LOAD are disabled: this endpoint does not reach other hosts") from exc
        raise StoreUnavailable(f"{where}: {exc}") from exc
    except ValueError as exc:  # a malformed IRI in the dataset (default-graph-uri, named-graph-uri)
        raise InputError(f"invalid IRI: {exc}") from exc


class OxigraphStore:
    """Oxigraph in this process: a folder on disk, or memory when `path` is None.

    Each document is a named graph; the default graph holds their de-duplicated union, kept by
    `write_graphs`, `replace_graph` and `remove_graph` in whole writes, so a triple stated by many
    documents matches once and a crash never leaves the union behind the graphs (graph/journal.py).

    >>> s = OxigraphStore()
    >>> s.replace_graph("urn:g", [ox.Triple(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("县"))])
    1
    >>> s.count()
    1
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        where = str(path) if path else "memory store"
        with _oxigraph_errors(f"cannot open the store at {where} (is another govkg process using it?)"):
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
                journal.replay(self._store, path)  # a bulk write a crash cut short is finished first
        self._where = where
        self._read_only = read_only

    @property
    def oxigraph(self) -> ox.Store:
        """The pyoxigraph store itself, for code inside graph/ that needs its extras."""
        return self._store

    def rdflib_dataset(self) -> Any:
        """The same data as an rdflib Dataset (oxrdflib), for rdflib-based tools such as pySHACL."""
        from oxrdflib import OxigraphStore as RdflibOxigraph
        from rdflib import Dataset

        return Dataset(store=RdflibOxigraph(store=self._store))

    def query(
        self,
        sparql: str,
        *,
        bindings: Mapping[str, Term] | None = None,
        default_graphs: list[str] | None = None,
        named_graphs: list[str] | None = None,
    ) -> QueryResult:
        kwargs: dict[str, Any] = {}
        with _oxigraph_errors(self._where):
            if default_graphs is not None:
                kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
            if named_graphs is not None:
                kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
            if bindings:  # written in, not substituted: Oxigraph plans a substituted IRI as a free variable
                sparql = bind(sparql, bindings)
            return self._store.query(sparql, **kwargs)

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update. Raises QuerySyntaxError, InputError (a LOAD of something not RDF),
        Forbidden (network refused in a worker) and StoreUnavailable."""
        with _oxigraph_errors(self._where):
            try:
                self._store.update(sparql)
            except RuntimeError as exc:  # pyoxigraph's LOAD failures ("media type text/html is not supported")
                raise InputError(f"the update failed: {exc}") from exc

    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int:
        data = ntriples(triples)
        self.write_graphs({graph: data})
        return data.count(b"\n")

    def write_graphs(self, graphs: Mapping[str, bytes]) -> None:
        """New graphs go in together, whole (graph/journal.py); graphs that exist are changed by what
        changed, each document from its old version to its new one in one transaction that also keeps
        the union (`journal.replace`). A graph whose change is too large for one transaction is
        removed in one, then written with the new ones: readers (and a crash) may find it absent in
        between, never half there, and the union holds throughout."""
        with _oxigraph_errors(self._where):
            fresh: dict[str, bytes] = {}
            existing: dict[str, bytes] = {}
            for graph, data in graphs.items():
                known = self._store.contains_named_graph(ox.NamedNode(graph))
                (existing if known else fresh)[graph] = data
            for graph in journal.replace(self._store, existing):
                self._store.update(remove_update(graph))
                fresh[graph] = existing[graph]
            if fresh:
                journal.write(self._store, None if self._read_only else self.path, fresh)

    def remove_graph(self, graph: str) -> bool:
        """Drop the graph and the default-graph triples only it stated, in one transaction."""
        with _oxigraph_errors(self._where):
            if not self._store.contains_named_graph(ox.NamedNode(graph)):
                return False
            self._store.update(remove_update(graph))
            return True

    def graphs(self) -> list[str]:
        with _oxigraph_errors(self._where):
            return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def dump(self, fmt: str, graph: str | None = None) -> bytes:
        if fmt not in TextRdfFormats:
            raise UnsupportedFormat(f"unknown RDF format {fmt!r}; choose one of {', '.join(TextRdfFormats)}")
        rdf_format = TextRdfFormats[fmt]
        with _oxigraph_errors(self._where):
            if graph is not None:
                return serialized(self._store.dump(format=rdf_format, from_graph=ox.NamedNode(graph)))
            if not rdf_format.supports_datasets:  # the default graph is the de-duplicated union
                return serialized(self._store.dump(format=rdf_format, from_graph=ox.DefaultGraph()))
            named = (q for q in self._store if not isinstance(q.graph_name, ox.DefaultGraph))
            return serialized(ox.serialize(named, format=rdf_format))

    def count(self) -> int:
        with _oxigraph_errors(self._where):
            default = sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
            return len(self._store) - default

    def close(self) -> None:
        if self._read_only:
            return  # nothing to flush; Oxigraph refuses to flush a read-only store
        with _oxigraph_errors(self._where):
            self._store.flush()
