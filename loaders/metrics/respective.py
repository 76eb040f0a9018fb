"""Figures given body by body: 甲村、乙村分别建成大棚120个、80个 → 120 is 甲村's, 80 乙村's.

A sentence that lists bodies and then, after 分别 ("respectively"), as many figures in one clause gives
each figure to the body in its place; the doer the clause would otherwise have (the list's first body)
reports only the first.
"""

from __future__ import annotations

import re

from loaders.document import Document, Mention
from loaders.relations.doers import clause_end, org_mentions

__all__ = ["respective_body"]

_JOINS = ("、", "和", "及", "与")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def respective_body(doc: Document, passage: int, pos: int) -> str | None:
    """The body a figure at `pos` belongs to when its clause gives figures 分别 (respectively) to the bodies
    listed before it, as many bodies as figures; None otherwise."""
    text, p = doc.text, doc.passages[passage]
    k = text.rfind("分别", p.start, pos)
    if k < 0:
        return None
    end = clause_end(text, k, p.end)
    if pos >= end:
        return None
    figures = _figures(text, k + 2, end)
    if pos not in figures:
        return None
    listed = _last_list(text, [o for o in org_mentions(doc, passage) if o.end <= k and o.key])
    if len(listed) != len(figures) or len(listed) < 2:
        return None
    return listed[figures.index(pos)].key


def _figures(text: str, lo: int, hi: int) -> list[int]:
    """Where each figure between lo and hi starts (a figure's digits, not those of a year: 2023年)."""
    return [f.start() for f in _FIGURE.finditer(text, lo, hi) if not text.startswith(("年", "月", "日"), f.end())]


def _last_list(text: str, orgs: list[Mention]) -> list[Mention]:
    """The last run of bodies joined by 、/和/及/与 (an address chain, 某镇|某村, counts as its last unit)."""
    run: list[Mention] = []
    for o in orgs:
        if run and run[-1].end == o.start:
            run[-1] = o  # 某镇|某村: the unit the address ends with
        elif run and text[run[-1].end : o.start] in _JOINS:
            run.append(o)
        else:
            run = [o]
    return run
