"""Short names a text defines for a body: 某某有限公司（以下简称“某某公司”）.

A report names a company, school or centre in full once, says how it will call it (以下简称, 简称,
下称), and then uses the short form. The short form is the same body: it becomes an alternative
label of the full name's entity, a name found for it on its own (某某社工中心 from its suffix) is
keyed to that entity instead of one of its own, and every later occurrence is a mention of it.

>>> _DEFINED.match("（以下简称“红叶中心”）").group("short")
'红叶中心'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from loaders.names.lexicon import common_words
from loaders.names.registry import UNIT_CLASSES, Cand, Registry

__all__ = ["short_names"]

_DEFINED = re.compile(
    r"[（(]\s*(?:以下|下文)?(?:简称|称|下称)\s*[:：]?\s*[“\"「]?(?P<short>[\u4e00-\u9fffA-Za-z0-9]{2,12})[”\"」]?\s*[）)]"
)


def short_names(text: str, cands: list[Cand], res: Registry, where: Callable[[int], int]) -> list[Cand]:
    """Tie each defined short name to the body written right before its definition; return the
    mentions of the short name found nowhere else (cands gains them, sorted by start)."""
    defined: dict[str, Cand] = {}
    for c in cands:
        m = _DEFINED.match(text, c.end)
        if m is None or c.key is None or c.cls in UNIT_CLASSES or c.key.startswith("place/"):
            continue
        short = m.group("short")
        # a short form of the name (its brand, its trade), not a common word (以下简称“公司”)
        if short != c.text and short[0] in c.text and short not in common_words() and short not in defined:
            defined[short] = c
            res.entities[c.key].alt_labels.add(short)
    for short, registered in _implied(cands).items():
        if short not in defined:
            defined[short] = registered
            res.entities[registered.key or ""].alt_labels.add(short)
    if not defined:
        return cands
    moved: dict[str, str] = {}
    for c in cands:
        full = defined.get(c.text)
        if full is not None and full.key and c.key and c.key != full.key and not c.key.startswith("place/"):
            moved[c.key] = full.key
            c.key = full.key
            _add_passage(res, full.key, c.passage)
    for report in res.doc.reports:  # a report headed by the short name speaks for the body it names
        report.subject = moved.get(report.subject or "", report.subject)
    _drop_moved(res, moved, {c.key for c in cands})
    return _occurrences(text, cands, defined, res, where)


_LEGAL_FORMS = ("有限公司", "有限责任公司")
_SHORT_HEADS = ("公司", "集团")


def _implied(cands: list[Cand]) -> dict[str, Cand]:
    """Short names a text uses without defining them: a brand with 公司 or 集团 (黔农公司) whose brand opens,
    after its place, the one registered name of the text that holds it (贵州黔农农业发展有限公司)."""
    fulls = [c for c in cands if c.cls == "Enterprise" and c.key and c.text.endswith(_LEGAL_FORMS)]
    out: dict[str, Cand] = {}
    for c in cands if fulls else ():
        if c.cls != "Enterprise" or c.key is None or not c.text.endswith(_SHORT_HEADS) or c.text.endswith(_LEGAL_FORMS):
            continue
        brand = c.text[:-2]
        holders = (
            {f.key: f for f in fulls if f.key != c.key and 0 <= f.text.find(brand) <= 6} if len(brand) >= 2 else {}
        )
        if len(holders) == 1:
            out[c.text] = next(iter(holders.values()))
    return out


def _add_passage(res: Registry, key: str, passage: int) -> None:
    ent = res.entities[key]
    if passage >= 0 and passage not in ent.passages:
        ent.passages.append(passage)


def _drop_moved(res: Registry, moved: dict[str, str], used: set[str | None]) -> None:
    """Entities made only for a short name go, with the edges drawn from them."""
    gone = {old for old in moved if old not in used}
    if not gone:
        return
    for old in gone:
        res.entities.pop(old, None)
        res.parent.pop(old, None)
    res.relations[:] = [r for r in res.relations if r.subject not in gone and r.object not in gone]


def _occurrences(
    text: str, cands: list[Cand], defined: dict[str, Cand], res: Registry, where: Callable[[int], int]
) -> list[Cand]:
    """Each later occurrence of a short name that no name found covers: a mention of its body."""
    starts = [c.start for c in cands]  # sorted; whether a name covers an offset: by bisection
    reach = list(accumulate((c.end for c in cands), max))
    added: list[Cand] = []
    for short, full in defined.items():
        pos = text.find(short, full.end)
        while pos >= 0:
            end = pos + len(short)
            k = bisect_right(starts, end - 1)
            passage = where(pos)
            if not (k and reach[k - 1] > pos) and passage >= 0 and full.key:
                added.append(Cand(pos, end, short, full.cls, "short-name", passage, key=full.key))
                _add_passage(res, full.key, passage)
            pos = text.find(short, end)
    return sorted(cands + added, key=lambda c: c.start) if added else cands
