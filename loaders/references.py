"""Generic references (全县, 我市, 该区, 县里) and the doer of a clause.

A generic reference is no entity of its own: it stands for the report's unit (全县 in 南乐县's report)
or the document's city (我市). `doer_start` tells whether a mention opens its clause, which makes it
the grammatical doer (盛源石化|成立…, 近年来，|范县坚持…) rather than an object (依托鑫业油脂…).

>>> [m.group(0) for m in REFERENCE.finditer("全县划分为网格，我市先后被命名。")]
['全县', '我市']
>>> doer_start("近年来，范县坚持。", 4, 6)
True
>>> doer_start("依托鑫业油脂等企业。", 2, 6)
False
"""

from __future__ import annotations

import re

__all__ = ["REFERENCE", "doer_start", "reference_level"]

REFERENCE = re.compile(r"(?:全|我|本|该)(?P<a>[省市县区])(?![委长级直属域内外])|(?P<b>[县市区])里(?![程])")
_CLAUSE = "，,；;：:。！？!?\n"
# what may stand between a clause start and its doer: time phrases and sentence adverbs
_LEAD = re.compile(
    r"^(?:(?:近年来|近年|近几年来?|去年以来|今年以来|今年来|今年|去年|目前|当前|同时|此外|其中|另外|为此|对此|"
    r"与此同时|一直以来|多年来|长期以来|自\S{0,8}以来|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来|初|底|末|上半年|下半年)?|"
    r"\S{0,8}期间|在此基础上|据统计|据悉|截至目前)[，,、]?\s*)*$"
)


def reference_level(m: re.Match[str]) -> str:
    """The level character a reference match stands for (全县 -> 县)."""
    return m.group("a") or m.group("b")


def doer_start(text: str, start: int, end: int) -> bool:
    """True when text[start:end] opens its clause (after time phrases) and is not a possessor (X的)."""
    i = start
    while i > 0 and text[i - 1] not in _CLAUSE:
        i -= 1
        if start - i > 24:
            return False
    if not _LEAD.match(text[i:start].strip()):
        return False
    return not text.startswith("的", end)
