"""A quote that acts: a line that opens on it, or the unit that uses it, crediting it with a deed.

(二)“某某”凝聚民心, 一是“板凳会”聚民智。 and 某县“某某”助推集体经济发展 name the practice that does the deed,
whatever the verb; a small thing set against a big one (“小网格”撬动“大治理”) stays a figure.
"""

from __future__ import annotations

import re

from loaders.activities.lexicon import lexicon
from loaders.activities.quote_edges import HAN_CHAR
from loaders.activities.quote_verbs import general_verbs
from loaders.names.words import boundaries, part_of_speech

__all__ = ["acting", "headline"]

_HAN = "\u4e00-\u9fff"
_L = lexicon()
# nothing but a heading's number before a quote: the quote opens the heading
_OPENING = re.compile(
    "\\s*(?:[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．])?\\s*以?"
)
# the rest of a lead sentence after its quote: a verb and its object of three or four characters (聚民智, 暖民心)
_LEAD_TAIL = re.compile(f"([{_HAN}]{{3,4}})(?:[。！!]|\\s*$)", re.M)
_OBJECT_TAGS = frozenset(("n", "ng", "nz", "vn", "an"))
# verbs of an effect a practice has (某某助推…, 某某激活…)
_EFFECT = re.compile("助推|助力|带动|引领|推动|赋能|激活|促进|撬动|破解|打通|绘就|激发|托起|跑出|点亮|护航|让")
# what may stand before a quote that acts: nothing, the unit that uses it, 以, or a word of its field (党员)
_AGENT_BEFORE = re.compile(
    f"(?:[{_HAN}]{{0,12}}(?:省|市|县|区|旗|镇|乡|街道|村|社区|公司|集团|医院|学校|中心)|以|[{_HAN}]{{0,4}})"
)
_BIG = re.compile('[“"]大')
_LAST_RUN = re.compile(f"[{_HAN}]*$")  # the words before a quote after a dash or a colon (…——某县“某某”)


def acting(text: str, end: int, core: str, before: str) -> bool:
    """A quote that opens its clause, or follows the unit that uses it, and goes on to act (某县“某某”助推
    集体经济发展, 以“某某”破解…难题): the practice credited with an effect. A small thing set against a big
    one (“小网格”撬动“大治理”) is a figure."""
    run = _LAST_RUN.search(before)
    if not _EFFECT.match(text, end) or run is None or not _AGENT_BEFORE.fullmatch(run.group(0)):
        return False
    return not (core.startswith("小") and _BIG.search(text, end, end + 12))


def headline(text: str, start: int, end: int, core: str, before: str) -> bool:
    """A line that opens on a quote (after its number, or 以) and goes on with what the practice does: a verb
    and its object (“三色预警”化解矛盾。, （二）“某某”凝聚民心) or a short run of words that ends the lead
    sentence (一是“板凳会”聚民智。, “某某”暖民心。): a heading, or a lead sentence, that credits the practice it
    names, whatever the verb; a small thing set against a big one (“小网格”撬动“大治理”) stays a figure."""
    opening = _OPENING.fullmatch(before)
    if opening is None or text[start - len(before) - 1 : start - len(before)] not in ("\n", ""):
        return False
    if core.startswith("小") and _BIG.search(text, end, end + 12):
        return False
    if (lead := _LEAD_TAIL.match(text, end)) is not None and _object_last(text, end, lead.end(1)):
        return True
    if text[end : end + 2] not in general_verbs() or text[end : end + 2] in _L.figurative:
        return False
    return HAN_CHAR.match(text, end + 2) is not None


def _object_last(text: str, start: int, end: int) -> bool:
    """text[start:end] is a deed done to an object (聚民智, 提效能, 优服务): it ends on a noun, and its first
    word says no degree or time. A quote that only changes state (“某某”强起来, 再提升, 全打通) is no doer."""
    spans = [sp for sp in boundaries(text).spans(start, end) if sp[0] >= start]
    if len(spans) < 2 or spans[-1][1] != end:
        return False
    first, last = text[slice(*spans[0])], text[slice(*spans[-1])]
    return part_of_speech(last) in _OBJECT_TAGS and part_of_speech(first) != "d" and first not in _L.figurative
