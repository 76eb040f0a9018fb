"""Word boundaries of a whole text are those of each clause segmented alone (loaders/names/words.py)."""

from __future__ import annotations

import re

import pytest
import rjieba

from loaders.names import words
from loaders.names.words import Boundaries

_TEXT = (
    "2023年以来，青溪县坚持“党建+网格”治理模式、推行积分制管理。\r\n"
    "全县建成党群服务中心128个（其中新建36个）;  ABC公司与县人民法院\t签订协议！\n"
    "一、主要做法\n（一）强化组织保障：成立工作专班，压实责任。"
)


def _clause_by_clause(text: str) -> list[int]:
    """Word starts found by segmenting each clause on its own, the text's end last."""
    starts = [0]
    cuts = [0, *(m.end() for m in re.finditer(r"[。！？；!?;，,、：:（）()“”\"《》\n\s]", text))]
    for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True):
        for w in rjieba.cut(text[a:b], False):
            starts.append(starts[-1] + len(w))
    return sorted(set(starts))


def test_the_whole_text_segments_as_its_clauses_do() -> None:
    b = Boundaries(_TEXT)
    expected = _clause_by_clause(_TEXT)
    assert [p for p in range(len(_TEXT) + 1) if b.is_boundary(p)] == expected
    assert [s for s, _ in b.spans(0, len(_TEXT))] == expected[:-1]
    assert b.is_boundary(_TEXT.index("\r\n") + 1)  # "\r\n" is one word to jieba, two clause ends here


def test_a_long_text_is_segmented_in_pieces_that_end_on_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _TEXT * 3
    whole = Boundaries(text)
    monkeypatch.setattr(words, "_CHUNK", 40)
    pieces = Boundaries(text)
    assert pieces.spans(0, len(text)) == whole.spans(0, len(text))


def test_words_meeting_a_span_are_kept_whole() -> None:
    b = Boundaries("东岭县和西岭县的派出所所长")
    assert b.words(8, 12) == ["派出所", "所长"]  # 所长 crosses the right edge: kept entire
    assert b.words(3, 3) == [] and b.spans(-5, 1) == [(0, 2)]
    assert b.span_at(0) == (0, 2) and b.word_at(12) == "所长"


def test_segmenting_many_names_keeps_the_document_segmented(monkeypatch: pytest.MonkeyPatch) -> None:
    document = _TEXT * 20  # long: kept among the last few documents, apart from short texts
    first = words.boundaries(document)
    cuts: list[str] = []
    monkeypatch.setattr(words, "Boundaries", lambda text: cuts.append(text) or Boundaries(text))
    for i in range(2000):  # more short texts than the cache keeps
        words.boundaries(f"第{i}网格")
    assert words.boundaries(document) is first and len(cuts) == 2000
    words.boundaries("第1999网格")  # a recent short text is still kept, the oldest one no longer is
    assert len(cuts) == 2000 and words.boundaries("第0网格").word_at(2) == "网格" and len(cuts) == 2001
