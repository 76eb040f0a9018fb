"""Patterns scanned over long texts, gated by the characters their matches can start with.

Python's `re` skips quickly to where a pattern can start only when the pattern opens with a character,
a class or an alternation of characters. A pattern that opens with a group, an optional part or a
look-behind (``(?:专项|集中)?整治``, ``(?<=[一-鿿])行动``) is run in full at every position of the
text, and an alternation of groups tries each alternative in turn there. `gated(pattern)` compiles
the pattern behind a look-ahead of the characters every match starts with, worked out from the parsed
pattern (never written by hand, so it cannot fall behind the pattern), and gives each top-level
alternative that opens with a group its own: the same matches, with the same groups, at every position.
A pattern that may match the empty string, or start with too many characters for a gate to sort out
(any Han character), is compiled as written.

>>> gated("(?:专项|集中)?整治|联合(?P<what>检查)").pattern
'(?=[专整联集])(?:(?=[专整集])(?:专项|集中)?整治|联合(?P<what>检查))'
>>> gated("(?P<a>党委|党组)|(?P<b>村)委").pattern
'(?=[党村])(?:(?=[党])(?P<a>党委|党组)|(?=[村])(?P<b>村)委)'
>>> gated("[^，]+").pattern  # may start with almost anything: as written
'[^，]+'
"""

from __future__ import annotations

import re

# the stdlib's own parse of a pattern (no public equivalent; typeshed leaves these modules out)
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["gated"]

_MAX_FIRSTS = 400  # characters a gate may hold; past that most positions of prose pass it anyway
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _firsts(items: Any) -> set[str] | None:
    """The characters (and ``\\d``) a match of the parsed sequence `items` can start with; None when it
    may start with too many or match the empty string."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            return out | {chr(av)}
        if op is sre.IN:
            for kind, arg in av:
                if kind is sre.LITERAL:
                    out.add(chr(arg))
                elif kind is sre.RANGE and arg[1] - arg[0] < _MAX_FIRSTS:
                    out.update(map(chr, range(arg[0], arg[1] + 1)))
                elif kind is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
                    out.add("\\d")
                else:
                    return None  # a negated class, a wide range, \w, \s
            return out
        if op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
            inner = _firsts((av[3] if op is sre.SUBPATTERN else av).data)
            return None if inner is None else out | inner
        if op is sre.BRANCH:
            for alternative in av[1]:
                inner = _firsts(alternative.data)
                if inner is None:
                    return None
                out |= inner
            return out
        if op in _REPEATS:
            inner = _firsts(av[2].data)
            if inner is None:
                return None
            out |= inner
            if av[0] > 0:
                return out
            continue  # an optional part: what follows it may start the match too
        if op not in _ZERO_WIDTH:
            return None  # any character, a back-reference, a conditional
    return None  # every item optional: the match may be empty


def _class(chars: set[str]) -> str:
    return "".join(c if c == "\\d" else re.escape(c) for c in sorted(chars))


def _quick(items: Any) -> bool:
    """Whether `re` finds the start of this sequence's matches itself (it opens with a character, a
    class, or an alternation whose every alternative opens with a character)."""
    while items and items[0][0] is sre.SUBPATTERN:
        items = items[0][1][3].data
    if not items:
        return False
    op, av = items[0]
    if op is sre.BRANCH:
        return all(alt.data and alt.data[0][0] is sre.LITERAL for alt in av[1])
    return op is sre.LITERAL or op is sre.IN


def _quick_alternative(items: Any) -> bool:
    """Whether `re` passes over this alternative at once where it cannot match: it opens with a character
    or a class (a capturing group opens with a mark, which `re` does not look past)."""
    while items and items[0][0] is sre.SUBPATTERN and items[0][1][0] is None:
        items = items[0][1][3].data
    return bool(items) and items[0][0] in (sre.LITERAL, sre.IN)


def _alternatives(pattern: str) -> list[str]:
    """`pattern` split at its top-level |, escapes and classes skipped."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if pattern.startswith("^]", i + 1) else 1 if pattern.startswith("]", i + 1) else 0
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, behind a look-ahead of the characters its matches start with (and
    each top-level alternative that opens with a group behind its own) when that makes scanning cheaper."""
    if flags & (re.IGNORECASE | re.VERBOSE) or _GLOBAL_FLAGS.match(pattern):
        return re.compile(pattern, flags)  # (?i)…, (?x)…: flags written first must stay first
    items = parser.parse(pattern, flags).data
    firsts = _firsts(items)
    if not firsts or len(firsts) > _MAX_FIRSTS or _quick(items):
        return re.compile(pattern, flags)
    body = pattern
    if len(items) == 1 and items[0][0] is sre.BRANCH:
        written = _alternatives(pattern)
        parsed = items[0][1][1]
        if len(written) == len(parsed):
            gates = [None if _quick_alternative(alt.data) else _firsts(alt.data) for alt in parsed]
            body = "|".join(f"(?=[{_class(g)}]){w}" if g else w for w, g in zip(written, gates, strict=True))
    return re.compile(f"(?=[{_class(firsts)}])(?:{body})", flags)
