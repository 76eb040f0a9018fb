"""Invented passages in the shapes unseen reports use: each names practices the extractor must read whole.

The sentences are our own (invented county 青禾县 and town 柳溪镇); each probe sits inside a body
paragraph, as in a real report, so that no line is read as a title.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.document import Document
from loaders.pipeline import extract

_KINDS = ("Initiative", "Mechanism", "PolicyDocument")


def _labels(sentence: str) -> set[str]:
    text = f"青禾县经验交流\n近年来，青禾县扎实推进基层治理工作，{sentence}群众满意度明显提升。\n"
    doc = extract(Document(path=Path("t.txt"), text=text))
    return {e.label for e in doc.entities.values() if e.cls in _KINDS}


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("柳溪镇全面推行湖长制和田长制。", {"湖长制", "田长制"}),
        ("推行路长制、街长制和田长制。", {"路长制", "街长制", "田长制"}),
    ],
)
def test_systems_of_posts_listed_are_read_one_by_one(sentence: str, names: set[str]) -> None:
    """A list of post systems joined by 和 stays a list, whatever word the joint makes (和田)."""
    assert _labels(sentence) == names
