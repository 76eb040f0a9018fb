"""Whose figure it is when the bodies its clause names act jointly or are what it counts: the report's subject.

Bodies that act jointly (县委督查室、县委组织部联合组成3个督导组) report no figure of their own, and a list of
bodies a figure counts (县委组织部、县财政局等12个部门为成员单位) does not report it: either way the figure is
the report subject's, not the first listed body's.
"""

from __future__ import annotations

import re

from loaders.document import Document
from loaders.relations.agents import listed_run
from loaders.relations.mentions import org_mentions

__all__ = ["holder"]

_JOINTLY = re.compile("联合|共同|携手|会同")


def holder(doc: Document, passage: int, key: str, pos: int) -> str:
    """Who holds the figure at `pos` that `key` reports: the report's subject when `key` is one of two or more
    bodies listed before the figure that act jointly or that the figure counts (甲、乙等12个部门), else `key`."""
    report = doc.passages[passage].report
    subject = doc.reports[report].subject if report is not None else None
    if subject is None or key == subject:
        return key
    run = listed_run(doc.text, [o for o in org_mentions(doc, passage) if o.end <= pos and o.key])
    if len(run) < 2 or key not in {o.key for o in run}:
        return key
    jointly = _JOINTLY.match(doc.text, run[-1].end) is not None
    return subject if jointly or doc.text[run[-1].end : pos] == "等" else key
