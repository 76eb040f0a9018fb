"""Labels and most specific classes of every entity, read in a few bulk queries per store state.

Search and the path projection both need "what is this node called and what is it", for thousands
of nodes at once; one pass here is far cheaper than a query per node.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from .queries import CLASS_TREE, ENTITY_CLASSES, LABELS
from .store import Store, select, text

__all__ = ["Catalog", "ClassInfo", "NodeInfo", "local_name"]


def local_name(iri: str) -> str:
    """The last segment of an IRI, as a label of last resort.

    >>> local_name("https://w3id.org/govkg/ontology#County")
    'County'
    """
    from urllib.parse import unquote

    return unquote(iri.rstrip("/").rsplit("#", 1)[-1].rsplit("/", 1)[-1])


@dataclass
class ClassInfo:
    """A class of the ontology: its labels and depth in the subclass tree (deeper is more specific)."""

    iri: str
    zh: str | None = None
    en: str | None = None
    parents: set[str] = field(default_factory=set)
    depth: int = 0

    def as_dict(self) -> dict[str, str | None]:
        return {"iri": self.iri, "label": self.zh or self.en or local_name(self.iri), "label_en": self.en}


@dataclass
class NodeInfo:
    """What a node is called (zh first) and its most specific class."""

    zh: str | None = None
    en: str | None = None
    cls: str | None = None

    def label(self, iri: str) -> str:
        return self.zh or self.en or local_name(iri)


@dataclass
class Catalog:
    """Every labelled node's NodeInfo and every class's ClassInfo."""

    nodes: dict[str, NodeInfo]
    classes: dict[str, ClassInfo]

    @classmethod
    def build(cls, store: Store) -> Catalog:
        """Read the class tree, every zh/en label and the classes of entities from `store`."""
        classes: dict[str, ClassInfo] = {}
        for row in select(store, CLASS_TREE):
            info = classes.setdefault(text(row["cls"]), ClassInfo(text(row["cls"])))
            if "super" in row:
                info.parents.add(text(row["super"]))
            info.zh = info.zh or (text(row["zh"]) if "zh" in row else None)
            info.en = info.en or (text(row["en"]) if "en" in row else None)
        for info in classes.values():
            info.depth = _depth(info.iri, classes, set())
        nodes: dict[str, NodeInfo] = {}
        for row in select(store, LABELS):
            s, label = row["s"], row["label"]
            if not isinstance(s, ox.NamedNode) or not isinstance(label, ox.Literal):
                continue
            node = nodes.setdefault(s.value, NodeInfo())
            if label.language == "zh":
                node.zh = node.zh or label.value
            else:
                node.en = node.en or label.value
        for row in select(store, ENTITY_CLASSES):
            iri, c = text(row["s"]), text(row["cls"])
            node = nodes.setdefault(iri, NodeInfo())
            depth = classes[c].depth if c in classes else 0
            if node.cls is None or depth > (classes[node.cls].depth if node.cls in classes else 0):
                node.cls = c
        return cls(nodes, classes)

    def node(self, iri: str) -> dict[str, str | None]:
        """A node as JSON: iri, label, label_en, class and class_label."""
        info = self.nodes.get(iri, NodeInfo())
        cls = self.classes.get(info.cls or "")
        return {
            "iri": iri,
            "label": info.label(iri),
            "label_en": info.en,
            "class": info.cls,
            "class_label": cls.as_dict()["label"] if cls else (local_name(info.cls) if info.cls else None),
        }


def _depth(iri: str, classes: dict[str, ClassInfo], seen: set[str]) -> int:
    info = classes.get(iri)
    if info is None or not info.parents or iri in seen:
        return 0
    return 1 + max(_depth(p, classes, seen | {iri}) for p in info.parents)
