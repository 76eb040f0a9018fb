"""Keywords found by the automaton are those the trie regex finds (loaders/keywords.py)."""

from __future__ import annotations

import re

from loaders.keywords import Keywords, trie_pattern

_WORDS = ["网格", "网格化", "网格化管理", "积分", "积分制", "制管理", "党建", "党建引领", "引领基层治理", "𠀋村"]
_TEXT = "青溪县推行网格化管理和积分制管理，以党建引领基层治理。𠀋村网格员积分制度\n网格化"


def _regex(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    pattern = re.compile(trie_pattern(_WORDS))
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text, start, end)]


def test_leftmost_longest_without_overlap_as_the_trie_regex() -> None:
    found = list(Keywords(_WORDS).finditer(_TEXT))
    assert found == _regex(_TEXT, 0, len(_TEXT))
    assert (5, 10, "网格化管理") in found and (11, 14, "积分制") in found  # 制管理 after it overlaps: not read
    assert any(w == "𠀋村" for _, _, w in found)  # offsets count characters, astral ones too


def test_within_a_range_offsets_stay_those_of_the_text() -> None:
    kw = Keywords(_WORDS)
    for start, end in ((6, 20), (0, 3), (12, 12), (28, len(_TEXT))):
        assert list(kw.finditer(_TEXT, start, end)) == _regex(_TEXT, start, end)
    assert list(Keywords([]).finditer(_TEXT)) == []
