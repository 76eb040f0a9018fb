"""A level's departments and bureaus written with their level (区卫健委, 县教育局, 团县委), told from words.

`bodies.scan` finds a level character and a department's core (县|委, 区|卫健委) or an open name ending in
局/厅/中心 (县|返乡创业服务中心); what is here tells such a run from one that only looks like it: a
flag's word before 团委 (五四红旗|团委), a level character opening a word (区域, 县城), a function character
standing as a word in the run (的, 在, 等), a title conferred (被认定为|省企业技术中心). 团县委 is the Youth
League's committee, and the departments listed bare after one (区人社局、|民政局) share its level.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.keywords import trie_pattern
from loaders.names import divisions
from loaders.names.found import Found
from loaders.names.lexicon import BOUNDARY, CJK, departments
from loaders.names.offices import level_ok
from loaders.names.words import boundaries

__all__ = ["YOUTH_CORE", "banner", "designated", "function_char", "level_in_word", "listed_after", "youth_league"]


@cache
def _bare_core() -> re.Pattern[str]:
    return re.compile(f"、({trie_pattern([c for c in departments() if len(c) >= 2 and not c.startswith('委')])})")


def listed_after(text: str, first: Found, end: int) -> list[Found]:
    """Departments written bare after a department with its level, in one list (区人社局、民政局)."""
    out: list[Found] = []
    pos = first.end
    deps = departments()
    while (m := _bare_core().match(text, pos, end)) is not None and (
        m.end() >= len(text) or not CJK.match(text[m.end()]) or text[m.end()] in "等和及组共"
    ):
        cls, en, canon = deps[m.group(1)]
        out.append(Found(m.start(1), m.end(), m.group(1), cls, "department", level=first.level, core=canon, english=en))
        pos = m.end()
    return out


YOUTH_CORE = "团委"  # the Communist Youth League's committee of a level: 团县委, 共青团某县委


def youth_league(text: str, s: int) -> int:
    """How many characters before the level at `s` name the Youth League (共青团|县委: 3, 团|县委: 1), else 0:
    团县委 is the League's county committee, not the county's Party committee."""
    if text.endswith("共青团", 0, s):
        return 3
    if not text.endswith("团", 0, s):
        return 0
    return 1 if level_ok(text, s - 1) or text[s - 2 : s - 1] == text[s] else 0  # 某县|团县委: its own unit before


_DESIGNATING = ("认定为", "评为", "命名为", "确定为", "列为", "获批", "获评", "入选", "授予", "挂牌")
_CLAUSE_MARKS = "，,。；;！？!?\n"


def designated(text: str, s: int) -> bool:
    """Whether a verb that confers a title (认定为, 获批) opens the clause before `s`: what follows is the
    title (省企业技术中心, 市级示范中心), not a body of the level."""
    low = max(0, s - 40)
    start = max(text.rfind(c, low, s) for c in _CLAUSE_MARKS) + 1 or low
    return any(v in text[max(start, low) : s] for v in _DESIGNATING)


def banner(text: str, s: int) -> bool:
    """Whether the 旗 at `s` closes a word for a flag (五四红旗|团委), not a banner's name (乌审旗|委)."""
    if text[s] != "旗" or s == 0:
        return False
    ws, we = boundaries(text).span_at(s)
    return ws < s and we == s + 1 and not divisions.by_name(text[ws:we])


def function_char(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a function character (的, 在, 就, 等) as a word of its own: a clause,
    not a body's name; inside a word (就业, 等级) it is a character of the name."""
    if not any(c in BOUNDARY for c in text[start:end]):
        return False
    return any(len(w) == 1 and w in BOUNDARY for w in boundaries(text).words(start, end))


def level_in_word(text: str, s: int) -> bool:
    """Whether the level character at `s` opens a longer word of the dictionary (区域, 县城, 县域, 市民,
    市场), so it stands for no level; 市直|机关…, 县直|… keep it (directly under the level)."""
    bd = boundaries(text)
    if bd.is_boundary(s + 1):
        return False
    ws, we = bd.span_at(s)
    return ws == s and not text[ws:we].endswith("直")
