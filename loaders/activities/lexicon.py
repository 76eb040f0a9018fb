"""The general vocabulary that activity names are read with, loaded once from loaders/data/.

Head nouns (工程, 机制, 平台 ...), the words that end a name on its left (开展, 建立, 的 ...), words too
generic to make a name alone (工作, 长效 ...), the last words of rule-setting 《》 titles, and fixed terms
of art of the field (网格化管理, 三会一课 ...). None of it names a place or a body of any one report.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from loaders.keywords import trie_pattern
from loaders.names.words import boundaries, part_of_speech

__all__ = ["SIZE", "Lexicon", "lexicon", "name_start"]

# a size before a head (承接小型工程, 实施小型水利工程): a kind of works or projects by its size, no programme named
SIZE = re.compile("小型|中型|大型|微型")

_DATA = Path(__file__).parent.parent / "data"
# a four-character way named as "by X, Y" (以奖代补, 以工代赈, 以地入股, 以老带新): 以 opens the name, it cuts nothing
_MEANS_FOR_ENDS = "以[\u4e00-\u9fff](?:代|促|带|养|入|换|保|聚|引|兴|治)[\u4e00-\u9fff]"


def _lines(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _alternation(words: list[str] | set[str]) -> str:
    return trie_pattern(words)


@dataclass(frozen=True)
class Lexicon:
    """Compiled vocabulary; build it with `lexicon()`, which caches one instance."""

    head_class: dict[str, str]  # head noun -> Initiative | Mechanism
    head_english: dict[str, str]  # head noun -> English head word (平台 -> platform)
    any_heads: frozenset[str]  # heads that also end unquoted names
    term_class: dict[str, str]  # fixed term -> class
    policy_suffixes: tuple[str, ...]
    heads_re: re.Pattern[str]  # every head, longest first, anchored at the end of a string
    any_heads_re: str  # alternation of the heads that end unquoted names
    boundary_re: re.Pattern[str]  # any boundary word
    compound_re: re.Pattern[str]  # compounds that hold a boundary word but are one word (推广应用)
    generic_re: re.Pattern[str]  # a string made only of generic words
    terms_re: str  # alternation of the fixed terms
    figurative: frozenset[str]  # verbs that make a quoted phrase a figure or a thing avoided
    outcomes: frozenset[str]  # verbs of reaching a state (实现“双赢”)
    formulas: frozenset[str]  # national political formulas quoted in reports (“五位一体”)
    determiners: frozenset[str]  # one-character boundary words that are determiners (各, 该): cut even when glued
    # piece -> its boundary words as (end, cuts wherever written): asked again for the same pieces
    marks: dict[str, tuple[tuple[int, bool], ...]] = field(default_factory=dict, compare=False, repr=False)

    def head_of(self, name: str) -> str | None:
        """The head noun `name` ends with (longest), or None.

        >>> lexicon().head_of("观摩评比机制"), lexicon().head_of("头雁领航")
        ('机制', None)
        """
        m = self.heads_re.search(name)
        return m.group(0) if m else None

    def class_of(self, name: str) -> str | None:
        """Initiative or Mechanism by the head noun `name` ends with (the contract's rule of thumb)."""
        head = self.head_of(name)
        return self.head_class[head] if head else None

    def after_boundary(self, text: str, whole: Callable[[int], bool] | None = None) -> int:
        """Offset in `text` just after its last boundary word (0 if none): where a name may start.

        `whole(k)` tells whether offset k of `text` falls between two words (a segmenter's evidence):
        a one-character preposition, conjunction or particle then counts only where a word ends with it,
        not where it begins a longer one (苏黔对口帮扶: 对 begins 对口, no cut there; 用于 ends with 于, a
        cut). Longer boundary words and determiners (各村组) cut wherever they are written.

        >>> lexicon().after_boundary("严格落实派驻")
        4
        >>> lexicon().after_boundary("苏黔对口帮扶")
        3
        >>> lexicon().after_boundary("苏黔对口帮扶", lambda k: k in (0, 2, 4, 6))
        0
        """
        marks = self.marks.get(text)
        if marks is None:
            if len(self.marks) >= 65536:
                self.marks.clear()
            masked = self.compound_re.sub(lambda m: "\u3007" * len(m.group(0)), text)
            marks = self.marks[text] = tuple(
                (m.end(), len(m.group(0)) > 1 or m.group(0) in self.determiners)
                for m in self.boundary_re.finditer(masked)
            )
        last = 0
        for end, strong in marks:
            if whole is None or strong or whole(end):
                last = max(last, end)
        return last

    def is_generic(self, modifier: str) -> bool:
        """True when `modifier` is made only of generic words (工作, 长效 ...), so it names nothing."""
        return bool(self.generic_re.fullmatch(modifier))


@cache
def lexicon() -> Lexicon:
    """Load and compile the vocabulary files (once per process)."""
    head_class: dict[str, str] = {}
    head_english: dict[str, str] = {}
    any_heads: set[str] = set()
    for line in _lines("activity_heads.tsv"):
        head, cls, scope, english = [*line.split("\t"), ""][:4]
        head_class[head] = cls
        head_english[head] = english
        if scope == "any":
            any_heads.add(head)
    term_class = dict(line.split("\t")[:2] for line in _lines("practice_terms.tsv"))  # type: ignore[misc]
    words = _lines("activity_boundaries.txt")
    boundaries = [w for w in words if not w.startswith("!")]
    compounds = [w[1:] for w in words if w.startswith("!")]
    generic = _lines("activity_generic.txt")
    return Lexicon(
        head_class=head_class,
        head_english=head_english,
        any_heads=frozenset(any_heads),
        term_class=term_class,
        policy_suffixes=tuple(sorted(_lines("policy_suffixes.txt"), key=len, reverse=True)),
        heads_re=re.compile(f"(?:{_alternation(set(head_class))})$"),
        any_heads_re=_alternation(any_heads),
        boundary_re=re.compile(_alternation(boundaries)),
        compound_re=re.compile(f"{_alternation(compounds)}|{_MEANS_FOR_ENDS}"),
        generic_re=re.compile(f"(?:{_alternation(generic)})+"),
        terms_re=_alternation(set(term_class)),
        figurative=frozenset(w for w in _lines("activity_figurative.txt") if not w.startswith("~")),
        outcomes=frozenset(w[1:] for w in _lines("activity_figurative.txt") if w.startswith("~")),
        formulas=frozenset(_lines("activity_formulas.txt")),
        determiners=frozenset(w for w in boundaries if len(w) == 1 and part_of_speech(w) == "r"),
    )


def name_start(text: str, at: int, piece: str) -> int:
    """Where a name may start in `piece`, written at offset `at` of `text`: after its last boundary word
    that the segmenter of `text` sees as a word there (深化苏黔对口帮扶 → 苏黔对口帮扶, not 口帮扶).

    >>> name_start("持续深化苏黔对口帮扶", 2, "深化苏黔对口帮扶")
    2
    """
    words = boundaries(text)

    def cut(k: int) -> bool:
        # a one-character function word cuts where it is a word of its own, ends a function word (对于, 用于),
        # not where it ends a content word (横向, 行为, 应对)
        if not words.is_boundary(at + k):
            return False
        s, e = words.span_at(at + k - 1)
        word = text[s:e]
        return len(word) == 1 or word.endswith("于") or part_of_speech(word) in ("p", "c")

    return lexicon().after_boundary(piece, cut)
