"""Where a clause opens and ends: the marks that bound clauses, and the time a sentence may open on.

The doer rules read a sentence clause by clause (a body opening a clause acts in it); these are the marks
they split on, shared by the relation and metric stages.
"""

from __future__ import annotations

import re

__all__ = ["AT_LEAD", "CLAUSE_MARK", "CLAUSE_START", "CLAUSE_STOP", "clause_end"]


CLAUSE_MARK = re.compile("[，,；;：:]")


CLAUSE_STOP = re.compile("[，,。；;！？!?\n]")


def clause_end(text: str, pos: int, end: int) -> int:
    """Where the clause at `pos` ends: its next comma or stop, else `end`."""
    m = CLAUSE_STOP.search(text, pos, end)
    return m.start() if m else end


CLAUSE_START = re.compile("[，,；;。！？!?\n][^，,；;。！？!?\n]*$")


AT_LEAD = re.compile(r"(?:近日|日前|当天|近年来|(?:\d{4}年)?\d{1,2}月\d{1,2}日)?[，,]?")
