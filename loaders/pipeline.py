"""The loader pipeline: read → segment → organizations → activities → metrics → relations → emit.

Each stage maps a Document to a Document; `emit` turns the finished Document into triples;
`prepare` runs all of that for one file (in an extraction process, see `workers.py`), and
`load_paths` writes each document's triples into its own named graph of a store, in batches.
"""

from __future__ import annotations

import hashlib
import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from ontology import DCTERMS, GK, concepts_path, ontology_path

from . import activities, metrics, names, relations, segment
from .document import Document
from .emit import DEFAULT_BASE, RULES, document_graph, document_id, emit_lines
from .reading.stage import READERS, Limits, read

__all__ = [
    "STAGES",
    "Job",
    "LoadFailure",
    "LoadReport",
    "Prepared",
    "Sink",
    "discover",
    "extract",
    "load_ontology",
    "load_paths",
    "loaded_documents",
    "prepare",
]

Stage = Callable[[Document], Document]
STAGES: tuple[tuple[str, Stage], ...] = (
    ("segment", segment.run),
    ("organizations", names.run),
    ("activities", activities.run),
    ("metrics", metrics.run),
    ("relations", relations.run),
)


class _GraphSink(Protocol):
    def replace_graph(self, graph: str, triples: Iterable[ox.Triple]) -> int: ...


class Sink(_GraphSink, Protocol):
    """What a load writes to: a Store (graph/), reached only through these methods."""

    def write_graphs(self, graphs: Mapping[str, bytes]) -> None: ...

    def query(self, sparql: str) -> Any: ...


@dataclass
class LoadFailure:
    """A document that could not be loaded, and the stage where it failed."""

    path: Path
    stage: str
    error: Exception

    def __str__(self) -> str:
        text = str(self.error)
        return text if str(self.path) in text else f"{self.path} ({self.stage}): {text}"


@dataclass(frozen=True)
class Job:
    """What every document of a load needs besides its path; sent once to each extraction process."""

    base: str = DEFAULT_BASE
    known: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # graph -> (file name, rules) loaded
    force: bool = False  # extract even documents already loaded with the same text, name and rules
    limits: Limits = field(default_factory=Limits.from_env)


@dataclass
class Prepared:
    """One document ready to write: its graph and N-Triples (None when it is loaded already)."""

    path: Path
    graph: str
    data: bytes | None
    triples: int = 0
    chars: int = 0
    metrics: int = 0
    classes: Counter[str] = field(default_factory=Counter)


@dataclass
class LoadReport:
    """What a load did, for the summary table."""

    documents: list[tuple[Path, str, int]] = field(default_factory=list)  # path, graph, triples
    failures: list[LoadFailure] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # unchanged since loaded: path, graph
    classes: Counter[str] = field(default_factory=Counter)
    metrics: int = 0
    triples: int = 0
    chars: int = 0
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


_SMALL = 20_000  # lines of a document of usual size


def _ntriples(lines: Iterable[str]) -> bytes:
    r"""The distinct N-Triples lines, in the order emitted.

    A document of usual size drops repeats by a dict of its lines; a long one by a 128-bit digest of
    each line, so it costs its N-Triples and the digests, not a set of lines besides.

    >>> _ntriples(['<urn:a> <urn:b> "县" .\n'] * 2).decode()
    '<urn:a> <urn:b> "县" .\n'
    """
    emitted = iter(lines)
    first = list(itertools.islice(emitted, _SMALL))
    if len(first) < _SMALL:
        return "".join(dict.fromkeys(first)).encode()
    seen: set[bytes] = set()
    kept: list[bytes] = []
    for line in itertools.chain(first, emitted):
        data = line.encode()
        digest = hashlib.blake2b(data, digest_size=16).digest()
        if digest not in seen:
            seen.add(digest)
            kept.append(data)
    return b"".join(kept)


def prepare(path: Path, job: Job) -> Prepared | LoadFailure:
    """Read, extract and emit one file: the whole per-document pipeline, run in an extraction process.

    A document already loaded with the same text (its graph is the text's hash), file name and
    rules comes back with `data` None unless `job.force`; any failure comes back as a LoadFailure.
    """
    stage = "read"
    try:
        doc = read(path, limits=job.limits)
        graph = document_graph(job.base, document_id(doc))
        if not job.force and job.known.get(graph) == (doc.name, RULES):
            return Prepared(path, graph, None, chars=len(doc.text))
        for stage, run in STAGES:  # noqa: B007 - `stage` names the failing stage in the report
            doc = run(doc)
        stage = "emit"
        data = _ntriples(emit_lines(doc, job.base))
    except Exception as exc:  # the one place that catches everything: the caller decides
        return LoadFailure(path, stage, exc)
    classes = Counter(e.cls for e in doc.entities.values())
    return Prepared(path, graph, data, data.count(b"\n"), len(doc.text), len(doc.metrics), classes)


_LOADED = f"""
SELECT ?g ?id ?rules WHERE {{
  GRAPH ?g {{ ?doc a <{GK}Document> ; <{DCTERMS}identifier> ?id ; <{GK}extractor> ?rules }}
}}"""


def loaded_documents(store: Sink) -> dict[str, tuple[str, str]]:
    """Graph -> (file name, rules) of the documents in `store` whose write completed."""
    return {row["g"].value: (row["id"].value, row["rules"].value) for row in store.query(_LOADED)}


def load_paths(
    paths: Iterable[Path],
    store: Sink,
    *,
    base: str = DEFAULT_BASE,
    on_error: Callable[[LoadFailure], None] = _raise,
    progress: Callable[[Path], None] | None = None,
    workers: int = 1,
    force: bool = False,
    memory_limit: int | None = None,
    batch_bytes: int = 32 * 2**20,
    batch_documents: int = 500,
) -> LoadReport:
    """Load files and folders into `store`, one named graph per document, replacing earlier loads.

    Extraction runs in `workers` processes (in this one when 1 and no `memory_limit`, which caps
    each extraction process's address space); one thread of this process writes, in batches (of
    `batch_documents`, or fewer that reach `batch_bytes` of N-Triples), each document whole (see
    `writer.py`). Documents already loaded with the same text, name and rules are skipped unless
    `force`, so an interrupted load run again continues where it stopped. A failing document is
    handed to `on_error` (which re-raises by default) and leaves the store unchanged for that
    document; the others still load.
    """
    from .workers import outcomes
    from .writer import BatchWriter

    started = time.perf_counter()
    report = LoadReport()
    load_ontology(store, base)
    job = Job(base, loaded_documents(store), force)
    files = discover(paths)
    workers = max(1, min(workers, len(files)))  # a process to start costs more than one document
    with BatchWriter(store, report, max_bytes=batch_bytes, max_documents=batch_documents) as writer:
        for outcome in outcomes(files, job, workers=workers, memory_limit=memory_limit):
            if isinstance(outcome, LoadFailure):
                report.failures.append(outcome)
                on_error(outcome)
            elif outcome.data is None:
                report.skipped.append((outcome.path, outcome.graph))
            else:
                report.chars += outcome.chars
                writer.add(outcome)
            if progress:
                progress(outcome.path)
    report.seconds = time.perf_counter() - started
    return report
