"""Word boundaries: where words start and end in a text, from the jieba dictionary (rjieba).

Names found from a suffix over raw characters may start or end inside a word (嘉兴市和|县,
更好地深入|社区). A segmenter gives the evidence: a name starts and ends on a word boundary, and a
place name that is only part of a longer dictionary word is no place. `boundaries(text)` is cached
for the last few texts (short ones apart), so every stage may ask again; the text is segmented once, whole (without the
HMM, which would glue unknown names to their neighbours).

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
from collections import deque
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import accumulate
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


# characters no word holds; jieba cuts a text at each of them too, but for "\r\n", which it keeps as one word
_CLAUSE_END = re.compile(r"[。！？；!?;，,、：:（）()“”\"《》\n\s]")
_CHUNK = 1 << 16  # characters segmented per call, up to the next line end: a long text's words are not all held twice


class Boundaries:
    """The words of one text as character offsets: every word start, in order, then the text's end.

    The whole text is segmented in one go: rjieba's cut of a document costs less than the Python
    work of segmenting it clause by clause on demand (a call, a slice and a list per clause), and
    bisection over one list answers every question. A word never crosses a clause end (a
    punctuation mark, a space, a line end), so the words are those of each clause cut alone.
    """

    __slots__ = ("_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        cut = _jieba().cut
        starts: list[int] = []
        a = 0
        while a < len(text):
            b = text.find("\n", a + _CHUNK) + 1 or len(text)
            starts += accumulate(map(len, cut(text[a:b], False)), initial=a)
            starts.pop()  # b itself: the next chunk's first start
            a = b
        starts.append(len(text))
        if "\r" in text:  # "\r\n" is one word to jieba, two clause ends here
            starts = sorted({*starts, *(m.end() for m in _CLAUSE_END.finditer(text))})
        self._starts = starts

    def is_boundary(self, pos: int) -> bool:
        """Whether a word starts or ends at offset `pos` (0 and len(text) always are)."""
        if pos <= 0 or pos >= len(self.text):
            return 0 <= pos <= len(self.text)
        starts = self._starts
        return starts[bisect_left(starts, pos)] == pos

    def span_at(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the word that holds character `pos`."""
        starts = self._starts
        k = bisect_right(starts, pos) - 1
        return starts[k], starts[k + 1]

    def word_at(self, pos: int) -> str:
        """The word that holds character `pos`."""
        s, e = self.span_at(pos)
        return self.text[s:e]

    def spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """The (start, end) of every word that meets text[start:end], whole."""
        pos, stop = max(0, start), min(end, len(self.text))
        if pos >= stop:
            return []
        starts = self._starts
        k, j = bisect_right(starts, pos) - 1, bisect_left(starts, stop)
        return list(zip(starts[k:j], starts[k + 1 : j + 1], strict=True))

    def words(self, start: int, end: int) -> list[str]:
        """The words that meet text[start:end], whole (a word crossing either edge is kept entire)."""
        return [self.text[s:e] for s, e in self.spans(start, end)]

    def aligned(self, start: int, end: int) -> bool:
        """Whether text[start:end] starts and ends on word boundaries."""
        return self.is_boundary(start) and self.is_boundary(end)


class _Segmented(dict[str, Boundaries]):
    """The texts segmented lately and their boundaries: a hit is a plain dict lookup, cheaper than an
    LRU's bookkeeping (stages ask hundreds of times per document). The last few long texts and many
    short ones (names, clauses) are kept apart, so a rule that segments many names never evicts the
    document it reads, which would cost the whole document's cut again."""

    def __init__(self) -> None:
        super().__init__()
        self._kept = {True: deque[str](maxlen=1024), False: deque[str](maxlen=8)}  # short, long

    def __missing__(self, text: str) -> Boundaries:
        found = self[text] = Boundaries(text)
        kept = self._kept[len(text) < 1024]
        if len(kept) == kept.maxlen:
            self.pop(kept.popleft(), None)
        kept.append(text)
        return found


# the word boundaries of a text, segmented once (the last few documents and many short texts kept)
boundaries: Callable[[str], Boundaries] = _Segmented().__getitem__


@lru_cache(maxsize=65536)
def part_of_speech(word: str) -> str:
    """The dictionary's part-of-speech tag of a word (n, v, c, p, d, q, m, ns, ...), 'x' when unknown."""
    tagged = _jieba().tag(word, False)
    return str(tagged[0][1]) if len(tagged) == 1 else "x"


def function_word(word: str) -> bool:
    """Whether a word is a conjunction, preposition, particle, adverb, classifier, numeral, pronoun or
    localizer: what a name never starts or ends with."""
    return part_of_speech(word) in _FUNCTION_TAGS
