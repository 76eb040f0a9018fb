"""What the home and list pages show of one store state, built once per state and kept beside the store.

Counting classes, placing every entity in its province and county, and gathering each document's
facets walks the whole graph: seconds at a million quads. A `Summary` does it once per store state
(the pages then only filter and count rows), and `SummaryFile` keeps it in the store's folder keyed
by a fingerprint of the store's RocksDB tables, so a restart of an unchanged store serves at once
(each value is read back when first asked for, so search need not wait for the projection).
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from .catalog import Catalog, local_name
from .project import Projection
from .queries import DOCUMENTS, PREFIX
from .stats import corpus_stats
from .store import Store, select, text

__all__ = ["ListRow", "Summary", "SummaryFile", "is_a"]

T = TypeVar("T")
GK = "https://w3id.org/govkg/ontology#"

_DOC_ENTITIES = (
    PREFIX
    + """SELECT DISTINCT ?doc ?ent WHERE {
  ?m a gk:Mention ; dcterms:isPartOf ?doc ; gk:mentionOf ?ent .
}"""
)


def is_a(catalog: Catalog, cls: str | None, wanted: str) -> bool:
    """True when class IRI `cls` is `wanted` (a local name) or below it in the subclass tree."""
    seen: set[str] = set()
    todo = [cls] if cls else []
    while todo:
        c = todo.pop()
        if c in seen:
            continue
        seen.add(c)
        if local_name(c) == wanted:
            return True
        info = catalog.classes.get(c)
        if info:
            todo.extend(info.parents)
    return False


@dataclass
class ListRow:
    """One row of a list page and the facet values it counts under (IRIs)."""

    iri: str
    data: dict[str, Any]
    province: set[str] = field(default_factory=set)
    county: set[str] = field(default_factory=set)
    cls: set[str] = field(default_factory=set)
    category: set[str] = field(default_factory=set)


@dataclass
class Summary:
    """Counts by class, corpus statistics, and every entity and document row with its facet values.

    `entities` are sorted best connected first (then by label); `documents` in DOCUMENTS order.
    """

    quads: int
    counts: dict[str, int]
    stats: dict[str, Any]
    entities: list[ListRow]
    documents: list[ListRow]
    memo: dict[Hashable, Any] = field(default_factory=dict, repr=False, compare=False)

    MEMO_SIZE: ClassVar[int] = 256

    def remember(self, key: Hashable, build: Callable[[], T]) -> T:
        """`build()` once per key for this state (list pages by filters); never saved to disk."""
        if key not in self.memo:
            if len(self.memo) >= self.MEMO_SIZE:
                self.memo.clear()
            self.memo[key] = build()
        return self.memo[key]  # type: ignore[no-any-return]

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "memo": {}}

    @classmethod
    def build(cls, store: Store, projection: Projection) -> Summary:
        """Walk the projection once for places and categories; two bulk queries for the documents."""
        catalog = projection.catalog
        facts = _Facts(projection)
        stats = corpus_stats(store, catalog)
        counts = {c["name"]: c["count"] for c in stats["classes"]}
        for top in ("Organization", "CountyLevelDivision"):
            counts[top] = sum(1 for info in catalog.nodes.values() if facts.is_a(info.cls, top))
        graph = projection.graph
        entities = []
        for iri, info in catalog.nodes.items():
            if not info.cls or facts.is_a(info.cls, "Document"):
                continue
            provinces, counties = facts.places(iri)
            data = {"concept": facts.is_a(info.cls, "Concept"), "degree": graph.degree(iri) if iri in graph else 0}
            row = ListRow(iri, data, provinces, counties, facts.classes(info.cls), facts.categories(iri))
            entities.append(row)
        entities.sort(key=lambda r: (-r.data["degree"], catalog.nodes[r.iri].label(r.iri)))
        return cls(stats["quads"], counts, stats, entities, _documents(store, catalog, facts))


def _documents(store: Store, catalog: Catalog, facts: _Facts) -> list[ListRow]:
    mentioned: dict[str, set[str]] = {}
    for r in select(store, _DOC_ENTITIES):
        mentioned.setdefault(text(r["doc"]), set()).add(text(r["ent"]))
    rows = []
    for r in select(store, DOCUMENTS):
        doc = text(r["doc"])
        title = text(r["title"]) if "title" in r else (text(r["id"]) if "id" in r else local_name(doc))
        ents = mentioned.get(doc, set())
        row = ListRow(
            doc,
            {
                "iri": doc,
                "title": title,
                "identifier": text(r["id"]) if "id" in r else None,
                "source": text(r["source"]) if "source" in r else None,
                "date": text(r["date"]) if "date" in r else None,
                "passages": int(text(r["passages"])) if "passages" in r else 0,
                "entities": len(ents),
            },
        )
        for ent in ents:
            provinces, counties = facts.places(ent)
            row.province |= provinces
            row.county |= counties
            row.cls |= facts.classes(catalog.nodes[ent].cls if ent in catalog.nodes else None)
            row.category |= facts.own_categories(ent)
        rows.append(row)
    return rows


class _Facts:
    """Per-node facts read off the projection, each worked out once (nodes are shared by many rows)."""

    def __init__(self, projection: Projection) -> None:
        self.catalog, self.graph = projection.catalog, projection.graph
        self._is_a: dict[tuple[str | None, str], bool] = {}
        self._classes: dict[str | None, set[str]] = {}
        self._places: dict[str, tuple[set[str], set[str]]] = {}
        self._gk = [c for c in self.catalog.classes if c.startswith(GK)]

    def is_a(self, cls: str | None, wanted: str) -> bool:
        key = (cls, wanted)
        if key not in self._is_a:
            self._is_a[key] = is_a(self.catalog, cls, wanted)
        return self._is_a[key]

    def classes(self, cls: str | None) -> set[str]:
        """The class and its superclasses among govkg's own classes (the class facet's values)."""
        if not cls:
            return set()
        if cls not in self._classes:
            self._classes[cls] = {c for c in self._gk if self.is_a(cls, local_name(c))} or {cls}
        return self._classes[cls]

    def _out(self, iri: str, prop: str) -> list[str]:
        if iri not in self.graph:
            return []
        return [v for _, v, k in self.graph.out_edges(iri, keys=True) if k == GK + prop]

    def places(self, iri: str) -> tuple[set[str], set[str]]:
        """Provinces and county-level divisions an entity is in (or is), following partOf upwards."""
        if iri in self._places:
            return self._places[iri]
        provinces: set[str] = set()
        counties: set[str] = set()
        todo: list[str] = [iri]
        seen: set[str] = set()
        while todo:
            n = todo.pop()
            if n in seen or len(seen) > 50:
                continue
            seen.add(n)
            cls = self.catalog.nodes[n].cls if n in self.catalog.nodes else None
            if self.is_a(cls, "Province"):
                provinces.add(n)
            elif self.is_a(cls, "CountyLevelDivision"):
                counties.add(n)
            todo.extend(self._out(n, "partOf"))
        self._places[iri] = (provinces, counties)
        return provinces, counties

    def own_categories(self, iri: str) -> set[str]:
        return set(self._out(iri, "category"))

    def categories(self, iri: str) -> set[str]:
        """Own categories, and for an organization those of the activities it uses or implements."""
        out = self.own_categories(iri)
        for act in self._out(iri, "uses") + self._out(iri, "implements"):
            out |= self.own_categories(act)
        return out


class SummaryFile:
    """Derived values of a store kept in its folder (one file each), valid only for the tables they were built from.

    The key is the names and sizes of the RocksDB table files (immutable once written) and the size of the
    write-ahead logs, read after a flush: any write changes one of them, so values built for other content
    are never read back. A compaction also changes them, which costs a rebuild, never a wrong figure. The key
    file is written last and removed first, so values cut short by a crash are never taken for whole ones.
    """

    KEY = "govkg-cache.key"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.key_path = folder / self.KEY

    def path(self, name: str) -> Path:
        return self.folder / f"govkg-cache-{name}.pickle"

    @staticmethod
    def code() -> str:
        """The source of the modules whose objects are saved: values saved by other code are rebuilt, not misread."""
        from . import catalog, project, search, stats

        digest = hashlib.sha256()
        for module in (catalog, project, search, stats):
            digest.update(Path(module.__file__ or "").read_bytes())
        digest.update(Path(__file__).read_bytes())
        return digest.hexdigest()

    def fingerprint(self) -> str:
        """Table files by name and size, and the logs' total size (a reopened store starts a new log)."""
        parts, logged = [self.code()], 0
        for entry in sorted(os.scandir(self.folder), key=lambda e: e.name):
            if entry.name.endswith(".sst") and entry.is_file():
                parts.append(f"{entry.name}:{entry.stat().st_size}")
            elif entry.name.endswith(".log") and entry.is_file():
                logged += entry.stat().st_size
        parts.append(f"log:{logged}")
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def holds(self, fingerprint: str) -> bool:
        """True when the saved values were saved for the store state with this fingerprint."""
        try:
            return self.key_path.read_text("ascii").strip() == fingerprint
        except (OSError, UnicodeDecodeError):
            return False

    def read(self, name: str, fingerprint: str) -> Any:
        """The value saved under `name` for the state `fingerprint`, or None (none, other content, unreadable)."""
        if not self.holds(fingerprint):
            return None
        collecting = gc.isenabled()
        gc.disable()  # millions of new containers set off collections that scan them all: 14 s -> 5.5 s at 10 M quads
        try:
            with self.path(name).open("rb") as f:
                return pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        finally:
            if collecting:
                gc.enable()

    def write(self, values: dict[str, Any]) -> None:
        """Save `values` for the store's present tables (each to a temporary file, then renamed)."""
        self.key_path.unlink(missing_ok=True)
        for name, value in values.items():
            tmp = self.path(name).with_suffix(".tmp")
            tmp.write_bytes(_pickled(value))
            tmp.replace(self.path(name))
        tmp = self.key_path.with_suffix(".tmp")
        tmp.write_text(self.fingerprint(), "ascii")
        tmp.replace(self.key_path)


def _pickled(value: object, attempts: int = 3) -> bytes:
    """`value` pickled; tried again when a request grew one of its memos (networkx's cache) meanwhile."""
    for _ in range(attempts - 1):
        with contextlib.suppress(RuntimeError):  # "dictionary changed size during iteration"
            return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
