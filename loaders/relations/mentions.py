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


# the document indexed last (itself, not its id(): a new document may reuse a freed id), its mention count
# then, and its passages' organization mentions, activity spans and activity mentions, in text order; plain
# globals, since `org_mentions` is asked ~1,700 times a document and its check is the cost of a call
_DOC: Document | None = None
_COUNT = -1
_ORGS: dict[int, list[Mention]] = {}
_SPANS: dict[int, list[tuple[int, int]]] = {}
_DEEDS: dict[int, list[Mention]] = {}


def org_mentions(doc: Document, passage: int) -> list[Mention]:
    """The organization mentions of a passage, in order (indexed once per document and mention count)."""
    if doc is not _DOC or len(doc.mentions) != _COUNT:
        _reindex(doc)
    return _ORGS.get(passage, [])


def _reindex(doc: Document) -> None:
    global _DOC, _COUNT, _ORGS, _SPANS, _DEEDS  # the one place the index is replaced
    orgs: dict[int, list[Mention]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    deeds: dict[int, list[Mention]] = {}
    for m in sorted(doc.mentions, key=lambda m: m.start):
        if m.key and m.cls not in _ACTIVITY:
            orgs.setdefault(m.passage, []).append(m)
        elif m.cls in _ACTIVITY:
            spans.setdefault(m.passage, []).append((m.start, m.end))
            deeds.setdefault(m.passage, []).append(m)
    _DOC, _COUNT, _ORGS, _SPANS, _DEEDS = doc, len(doc.mentions), orgs, spans, deeds
    for cache in _CACHES:
        cache.clear()


def activity_spans(doc: Document, passage: int) -> list[tuple[int, int]]:
    """The (start, end) of a passage's activity mentions, in text order."""
    org_mentions(doc, passage)  # refreshes the index when the document changes
    return _SPANS.get(passage, [])


def deed_mentions(doc: Document, passage: int) -> list[Mention]:
    """A passage's activity mentions, in text order."""
    org_mentions(doc, passage)  # refreshes the index when the document changes
    return _DEEDS.get(passage, [])
