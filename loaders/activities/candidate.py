"""The candidate span every activity rule yields, before overlaps are settled."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Candidate"]


@dataclass
class Candidate:
    """One activity name found in the text, before overlaps are settled."""

    start: int
    end: int
    cls: str
    rule: str
    tier: int  # lower wins an overlap: 0 policy, 1 enumeration, 2 quoted, 3 term/shape/head
    alts: set[str] = field(default_factory=set)
    core: str | None = None  # the quoted core without quotes, for merging short and long forms
    group: int | None = None  # start of the enumeration group this item belongs to
    bare: bool = False  # a quoted core without a head noun

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]
