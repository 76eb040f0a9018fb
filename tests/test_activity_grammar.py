"""Unquoted activity names read from the grammar around them (sentences written for these tests)."""

from __future__ import annotations

from loaders.activity_spans import candidates


def _names(text: str) -> set[str]:
    return {c.text(text) for c in candidates(text, [])}


def test_posts_are_practices_only_inside_a_system() -> None:
    ladder = "以镇领导为一级网格长,以村干部为二级网格长,选优配强楼栋长。"
    assert not {"网格长", "楼栋长"} & _names(ladder)
    sent = "选派36名年轻干部到村担任第一书记,每月驻村不少于20天。"
    assert "第一书记" in _names(sent)
    assert "第一书记" in _names("全县42名第一书记蹲点帮扶,成效明显。")
    assert "第一书记" not in _names("镇长和派出所所长与第一书记一起走访。")
