"""Word boundaries: where words start and end in a text, from the jieba dictionary (rjieba).

Names found from a suffix over raw characters may start or end inside a word (嘉兴市和|县,
更好地深入|社区). A segmenter gives the evidence: a name starts and ends on a word boundary, and a
place name that is only part of a longer dictionary word is no place. `boundaries(text)` is cached
for the last few texts, so every stage may ask again; each clause is segmented (without the HMM,
which would glue unknown names to their neighbours) the first time a question falls in it.

>>> b = boundaries("嘉兴市和嘉善县的派出所所长")
>>> b.word_at(3), b.is_boundary(3), b.is_boundary(4)
('和', True, True)
>>> b.word_at(11), b.words(7, 13)
('所长', ['的', '派出所', '所长'])
>>> part_of_speech("和"), function_word("和"), function_word("派出所")
('c', True, False)

Raises `MissingDependency` (from errors) when rjieba is not installed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from typing import Any

from errors import MissingDependency

__all__ = ["Boundaries", "boundaries", "function_word", "part_of_speech"]

# parts of speech no name starts or ends with: conjunctions, prepositions, particles, adverbs,
# classifiers, numerals, pronouns, localizers (内/中/上), and modal or auxiliary verbs
_FUNCTION_TAGS = frozenset(("c", "p", "u", "uj", "ul", "uv", "uz", "ug", "ud", "d", "q", "m", "mq", "r", "f", "e", "y"))


@cache
def _jieba() -> Any:
    try:
        import rjieba
    except ImportError as e:  # pragma: no cover - the package is a dependency
        raise MissingDependency("word boundaries need the rjieba package: pip install 'rjieba>=0.2,<0.3'") from e
    return rjieba


# characters no word holds: a text is segmented clause by clause between them
_CLAUSE_END = re.compile(r"[。！？；!?;，,、：:（）()“”\"《》\n\s]")


class Boundaries:
    """The words of one text as character offsets, segmented lazily one clause at a time.

    Why lazy: segmenting a whole document costs more than all the name rules together, and only the
    clauses around candidate names are ever asked about.
    """

    __slots__ = ("_cuts", "_words", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._cuts = [0, *(m.end() for m in _CLAUSE_END.finditer(text))]
        if self._cuts[-1] != len(text):
            self._cuts.append(len(text))
        self._words: dict[int, list[int]] = {}  # clause index -> word starts (absolute), clause end last

    def _clause(self, pos: int) -> list[int]:
        i = bisect_right(self._cuts, pos) - 1
        if i > len(self._cuts) - 2:
            i = len(self._cuts) - 2
        if i < 0:
            i = 0
        starts = self._words.get(i)
        if starts is None:
            a, b = self._cuts[i], self._cuts[i + 1]
            starts = [a]
            for w in _jieba().cut(self.text[a:b], False):
                starts.append(starts[-1] + len(w))
            self._words[i] = starts
        return starts

    def is_boundary(self, pos: int) -> bool:
        """Whether a word starts or ends at offset `pos` (0 and len(text) always are)."""
        if pos <= 0 or pos >= len(self.text):
            return 0 <= pos <= len(self.text)
        starts = self._clause(pos)
        k = bisect_left(starts, pos)
        return k < len(starts) and starts[k] == pos

    def span_at(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the word that holds character `pos`."""
        starts = self._clause(pos)
        k = bisect_right(starts, pos) - 1
        return starts[k], starts[k + 1]

    def word_at(self, pos: int) -> str:
        """The word that holds character `pos`."""
        s, e = self.span_at(pos)
        return self.text[s:e]

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """The (start, end) of every word that meets text[start:end], whole."""
        out: list[tuple[int, int]] = []
        pos, stop = max(0, start), min(end, len(self.text))
        while pos < stop:  # clause by clause, word after word
            starts = self._clause(pos)
            k = bisect_right(starts, pos) - 1
            while k + 1 < len(starts) and pos < stop:
                out.append((starts[k], starts[k + 1]))
                pos = starts[k + 1]
                k += 1
        return out

    def words(self, start: int, end: int) -> list[str]:
        """The words that meet text[start:end], whole (a word crossing either edge is kept entire)."""
        return [self.text[s:e] for s, e in self.spans(start, end)]

    def aligned(self, start: int, end: int) -> bool:
        """Whether text[start:end] starts and ends on word boundaries."""
        return self.is_boundary(start) and self.is_boundary(end)


@lru_cache(maxsize=8)
def boundaries(text: str) -> Boundaries:
    """The word boundaries of `text`, segmented once (cached for the last few texts)."""
    return Boundaries(text)


@lru_cache(maxsize=65536)
def part_of_speech(word: str) -> str:
    """The dictionary's part-of-speech tag of a word (n, v, c, p, d, q, m, ns, ...), 'x' when unknown."""
    tagged = _jieba().tag(word, False)
    return str(tagged[0][1]) if len(tagged) == 1 else "x"


def function_word(word: str) -> bool:
    """Whether a word is a conjunction, preposition, particle, adverb, classifier, numeral, pronoun or
    localizer: what a name never starts or ends with."""
    return part_of_speech(word) in _FUNCTION_TAGS
