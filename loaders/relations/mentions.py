"""Each passage's organization and activity mentions, indexed once per document, and the caches kept with them.

The doer and reporter rules ask about the same passage for every practice and figure in it, so the index
is built once per document (and mention count); every per-passage cache registered with `per_document` is
emptied when the index is rebuilt for another document, so no answer carries over from one to the next.
"""

from __future__ import annotations

from typing import Any, TypeVar

from loaders.activities.parts import ACTIVITY_CLASSES as _ACTIVITY
from loaders.document import Document, Mention

__all__ = ["activity_spans", "deed_mentions", "org_mentions", "per_document"]

_Cache = TypeVar("_Cache", bound=dict[Any, Any])
_CACHES: list[dict[Any, Any]] = []


def per_document(cache: _Cache) -> _Cache:
    """Register a per-passage cache: it is emptied whenever the index is rebuilt for another document."""
    _CACHES.append(cache)
    return cache


_INDEX: list[tuple[Document, int, dict[int, list[Mention]], dict[int, list[tuple[int, int]]]]] = []
_DEEDS: dict[int, list[Mention]] = {}  # each passage's activity mentions, in text order (kept with the index)


def org_mentions(doc: Document, passage: int) -> list[Mention]:
    """The organization mentions of a passage, in order (indexed once per document and mention count).

    The cache holds the document itself, not its id(): a new document may reuse a freed id.
    """
    if not _INDEX or _INDEX[0][0] is not doc or _INDEX[0][1] != len(doc.mentions):
        index: dict[int, list[Mention]] = {}
        activities: dict[int, list[tuple[int, int]]] = {}
        _DEEDS.clear()
        for m in sorted(doc.mentions, key=lambda m: m.start):
            if m.key and m.cls not in _ACTIVITY:
                index.setdefault(m.passage, []).append(m)
            elif m.cls in _ACTIVITY:
                activities.setdefault(m.passage, []).append((m.start, m.end))
                _DEEDS.setdefault(m.passage, []).append(m)
        _INDEX[:] = [(doc, len(doc.mentions), index, activities)]
        for cache in _CACHES:
            cache.clear()
    return _INDEX[0][2].get(passage, [])


def activity_spans(doc: Document, passage: int) -> list[tuple[int, int]]:
    """The (start, end) of a passage's activity mentions, in text order."""
    org_mentions(doc, passage)  # refreshes the index when the document changes
    return _INDEX[0][3].get(passage, [])


def deed_mentions(doc: Document, passage: int) -> list[Mention]:
    """A passage's activity mentions, in text order."""
    org_mentions(doc, passage)  # refreshes the index when the document changes
    return _DEEDS.get(passage, [])
