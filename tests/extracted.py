"""A text sent through the whole extraction, seen as the relation and category tests look at it."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract


def component_pairs(text: str) -> set[tuple[str, str]]:
    """Every componentOf edge of the text, as (part label, whole label)."""
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "componentOf"}


def activity_categories(text: str) -> dict[str, set[str]]:
    """Activity label -> its categories once relations are known (some categories come from partners)."""
    doc = extract(Document(path=Path("t.txt"), text=text))
    return {e.label: e.categories for e in doc.entities.values() if e.cls in ("Initiative", "Mechanism")}
