"""The loader pipeline: read → segment → organizations → activities → metrics → relations → emit.

Each stage maps a Document to a Document; `emit` turns the finished Document into triples, and
`load_paths` writes each document's triples into its own named graph of a store.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from ontology import concepts_path, ontology_path

from . import activities, metrics, organizations, relations, segment
from .document import Document
from .emit import DEFAULT_BASE, document_graph, document_id, emit
from .read import READERS, read

__all__ = ["STAGES", "LoadFailure", "LoadReport", "discover", "extract", "load_ontology", "load_paths"]

Stage = Callable[[Document], Document]
STAGES: tuple[tuple[str, Stage], ...] = (
    ("segment", segment.run),
    ("organizations", organizations.run),
    ("activities", activities.run),
    ("metrics", metrics.run),
    ("relations", relations.run),
)


class _GraphSink(Protocol):
    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int: ...


@dataclass
class LoadFailure:
    """A document that could not be loaded, and the stage where it failed."""

    path: Path
    stage: str
    error: Exception

    def __str__(self) -> str:
        text = str(self.error)
        return text if str(self.path) in text else f"{self.path} ({self.stage}): {text}"


@dataclass
class LoadReport:
    """What a load did, for the summary table."""

    documents: list[tuple[Path, str, int]] = field(default_factory=list)  # path, graph, triples
    failures: list[LoadFailure] = field(default_factory=list)
    classes: Counter[str] = field(default_factory=Counter)
    metrics: int = 0
    triples: int = 0
    seconds: float = 0.0


def _raise(failure: LoadFailure) -> None:
    raise failure.error


def discover(paths: Iterable[Path]) -> list[Path]:
    """Expand folders (recursively) into the files govkg can read, sorted; files are kept as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
        else:
            found.append(path)
    return found


def extract(doc: Document) -> Document:
    """Run every extraction stage over a read document."""
    for _, stage in STAGES:
        doc = stage(doc)
    return doc


def _skolem(term: ox.NamedNode | ox.BlankNode | ox.Literal, names: dict[str, ox.NamedNode], base: str) -> object:
    """Blank nodes become IRIs (RDF 1.1 skolemization), numbered in parse order so reloads agree:
    a blank node copied into the default graph by a remote server would otherwise be a new node."""
    if not isinstance(term, ox.BlankNode):
        return term
    if term.value not in names:
        names[term.value] = ox.NamedNode(f"{base}.well-known/genid/ontology-{len(names)}")
    return names[term.value]


def load_ontology(store: _GraphSink, base: str = DEFAULT_BASE) -> int:
    """(Re)write the ontology and the concept scheme into the `{base}graph/ontology` graph."""
    triples: list[ox.Triple] = []
    names: dict[str, ox.NamedNode] = {}
    for path in (ontology_path(), concepts_path()):
        for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            s, o = _skolem(q.subject, names, base), _skolem(q.object, names, base)
            triples.append(ox.Triple(s, q.predicate, o))  # type: ignore[arg-type]
    return store.replace_graph(f"{base}graph/ontology", triples)


def load_paths(
    paths: Iterable[Path],
    store: _GraphSink,
    *,
    base: str = DEFAULT_BASE,
    on_error: Callable[[LoadFailure], None] = _raise,
    progress: Callable[[Path], None] | None = None,
) -> LoadReport:
    """Load files and folders into `store`, one named graph per document, replacing earlier loads.

    A failing document is handed to `on_error` (which re-raises by default) and leaves the store
    unchanged for that document; the others still load.
    """
    started = time.perf_counter()
    report = LoadReport()
    load_ontology(store, base)
    for path in discover(paths):
        stage = "read"
        try:
            doc = read(path)
            for stage, run in STAGES:  # noqa: B007 - `stage` names the failing stage in the report
                doc = run(doc)
            stage = "emit"
            graph = document_graph(base, document_id(doc))
            count = store.replace_graph(graph, emit(doc, base))
        except Exception as exc:  # the one place that catches everything: the caller decides
            on_error(LoadFailure(path, stage, exc))
        else:
            report.documents.append((path, graph, count))
            report.triples += count
            report.classes.update(e.cls for e in doc.entities.values())
            report.metrics += len(doc.metrics)
        if progress:
            progress(path)
    report.seconds = time.perf_counter() - started
    return report
