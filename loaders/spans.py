"""Sorted character spans that answer "does one of you hold this?" by bisection, not by a scan.

Stages ask it thousands of times per document (is this name inside a quote, an organization's name,
a heading?), so a linear scan per question would make long documents quadratic.
"""

from __future__ import annotations

from bisect import bisect_right

__all__ = ["Spans"]


class Spans:
    """Sorted (start, end) spans; overlapping spans are looked at eight deep, enough for text spans.

    >>> quotes = Spans([(0, 6), (10, 20)])
    >>> quotes.holding(1, 5), quotes.holding(0, 6), quotes.holding(0, 6, strict=True), quotes.at(12)
    (True, False, False, True)
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.exact = set(self.spans)

    def holding(self, start: int, end: int, strict: bool = False) -> bool:
        """True when a span covers [start, end) (strictly inside it when `strict`, not equal to it)."""
        k = bisect_right(self.starts, start)
        near = self.spans[k - 8 if k > 8 else 0 : k]  # loops, not any(): a generator costs 1.6x here
        if strict:
            for s, e in near:  # noqa: SIM110
                if s < start and end < e:
                    return True
            return False
        for s, e in near:  # noqa: SIM110
            if s <= start and end <= e and (s != start or e != end):
                return True
        return False

    def at(self, pos: int) -> bool:
        """True when `pos` lies in a span."""
        k = bisect_right(self.starts, pos)
        for s, e in self.spans[k - 8 if k > 8 else 0 : k]:  # noqa: SIM110 - a loop, as in `holding`
            if s <= pos < e:
                return True
        return False
