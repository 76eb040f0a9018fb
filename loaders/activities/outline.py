"""The outline of a report as the layout rules of componentOf read it: how deep a point's mark lies, which parts
speak of problems and plans rather than work done, and the points a single line lists clause by clause.

一、 holds （一）, which holds an unmarked heading (强化组织领导。), which holds 一是 and 1.: a point of a deeper
mark under a programme's heading is a point of that programme, one of the same mark is its sibling.
"""

from __future__ import annotations

import re

from loaders.document import Mention
from loaders.segment import ITEM_MARK

__all__ = ["CLAUSE_MARKS", "UNMARKED", "clause_start", "clause_stop", "closing_part", "depth", "later_points"]

CLAUSE_MARKS = "，,；;：:"
_TO_LAST_MARK = re.compile(f"(?s:.*)[{CLAUSE_MARKS}]")  # through the last clause mark: the greedy run backs off
_CLAUSE_STOP = re.compile("[，,。；;]")
_MARKS = (
    (0.0, re.compile(r"\s*[一二三四五六七八九十]{1,3}、")),
    (1.0, re.compile(r"\s*[（(][一二三四五六七八九十]{1,3}[）)]")),
    (2.0, re.compile(r"\s*[一二三四五六七八九十]{1,3}是")),
    (2.0, re.compile(r"\s*\d{1,2}[、．.](?!\d)")),
    (3.0, re.compile(r"\s*[（(]\d{1,2}[）)]")),
)
UNMARKED = 1.5  # 强化组织领导。: a heading with no mark lies between （一） and 一是
# a part of a summary on its problems or its plans (二、存在问题, 三、下一步工作打算): no account of the work done
_CLOSING = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?\s*[^，,。；;]{0,8}?"
    r"(?:存在(?:的)?(?:主要)?问题|问题(?:和|与)不足|不足之处|困难(?:和|与)问题|下一步|工作(?:打算|计划|安排|思路)|打算)"
)


def depth(text: str, pos: int) -> float:
    """How deep the point a passage opens at `pos` lies, by its mark (一、 0, （一） 1, none 1.5, 一是 2, （1） 3)."""
    return next((level for level, mark in _MARKS if mark.match(text, pos)), UNMARKED)


def closing_part(text: str, start: int, end: int) -> bool:
    """Whether the heading text[start:end] opens a part on problems or plans (二、存在问题, 下一步工作打算)."""
    return _CLOSING.match(text, start, end) is not None


def clause_start(text: str, start: int, pos: int) -> int:
    """Where the clause holding `pos` starts: after the last clause mark from `start` on, else `start` (one
    match from the end, not a scan of the sentence per mark for every name in it)."""
    last = _TO_LAST_MARK.match(text, start, pos)
    return last.end() if last else start


def clause_stop(text: str, pos: int) -> int:
    """The first clause stop from `pos` (one search: a find per mark scans to the end of a long text)."""
    m = _CLAUSE_STOP.search(text, pos)
    return m.start() if m else len(text)


def later_points(text: str, start: int, found: list[Mention]) -> list[Mention]:
    """The first name of each later point of a line that lists its points clause by clause (一是A，二是B，三是C):
    a clause opening with a point's mark (二是, （三）, 其四) after the line's first clause."""
    out: list[Mention] = []
    for m in found:
        lo = clause_start(text, start, m.start)
        if lo > start and ITEM_MARK.match(text, lo) and not any(lo <= o.start < m.start for o in found):
            out.append(m)
    return out
