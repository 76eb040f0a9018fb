"""Categories of political study named by what is studied: a practice whose defining clause says members
study the party's theory (学习党的创新理论) is political study, even when its name says only when
(“周五夜学”). The sentences are invented."""

from __future__ import annotations

from activity_categories import categories, of


def test_a_study_night_defined_by_the_theory_studied_is_political_study() -> None:
    cats = categories("临川县经验\n临川县推行“周五夜学”制度，组织党员干部学习党的创新理论。\n")
    assert "PoliticalStudy" in of(cats, "“周五夜学”制度")
