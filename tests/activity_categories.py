"""The categories extraction gives each activity of a text: shared by the category tests."""

from __future__ import annotations

from pathlib import Path

from loaders import activities, names, segment
from loaders.document import Document


def categories(text: str) -> dict[str, set[str]]:
    """Activity label -> its categories, after segmenting, names and activities."""
    doc = activities.run(names.run(segment.run(Document(path=Path("t.txt"), text=text))))
    return {e.label: e.categories for e in doc.entities.values() if e.cls in activities.ACTIVITY_CLASSES}


def of(cats: dict[str, set[str]], core: str) -> set[str]:
    """The categories of the first activity whose label holds `core` (which must be found)."""
    found = [c for label, c in cats.items() if core in label]
    assert found, f"{core} not found among {sorted(cats)}"
    return found[0]
