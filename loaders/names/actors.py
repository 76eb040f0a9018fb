"""Who does what a sentence says: the clause-opening organization, else the report's subject.

Used by the relations and metrics stages; re-exported by `stage` and the `names` package.
"""

from __future__ import annotations

from loaders.document import Document, Mention
from loaders.names import references
from loaders.names.registry import ORG_CLASSES

__all__ = ["actor_at", "subject_of"]

# Keyed by id() but holding the document itself: a freed document's id can be reused by the next one.
_CACHE: dict[int, tuple[Document, int, dict[int, list[Mention]]]] = {}


def _by_passage(doc: Document) -> dict[int, list[Mention]]:
    cached = _CACHE.get(id(doc))
    if cached is not None and cached[0] is doc and cached[1] == len(doc.mentions):
        return cached[2]
    idx: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.cls in ORG_CLASSES and m.key:
            idx.setdefault(m.passage, []).append(m)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(doc)] = (doc, len(doc.mentions), idx)
    return idx


def actor_at(doc: Document, passage_index: int, start: int) -> str | None:
    """The key of the organization that is the doer of the clause holding `start`, if the sentence names one.

    The last clause-opening organization before `start` in the sentence (盛源石化|成立…以来，先后申请…).
    """
    best, best_end = None, -1
    for m in _by_passage(doc).get(passage_index, []):
        if m.start > start:
            break
        if references.doer_start(doc.text, m.start, m.end) or (
            m.start == best_end and m.key and m.key.startswith("place/")
        ):
            best, best_end = m.key, m.end  # 山东省|鱼台县: the most specific unit of a written chain
    return best


def subject_of(doc: Document, passage_index: int) -> str | None:
    """The subject of the report that holds the passage (None outside reports)."""
    rep = doc.passages[passage_index].report
    return doc.reports[rep].subject if rep is not None else None
