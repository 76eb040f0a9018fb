"""Figures a sentence cites a body for (据某局统计，…): that body reports them in every clause of the
sentence, over the unit its clauses count (全县, 全镇), up to the sentence's full stop.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract


def _reporters(text: str) -> dict[str, str]:
    """Each figure (value and unit) -> the label of the body that reports it."""
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    return {f"{m.value.normalize():f}{m.unit}": label.get(m.subject, m.subject) for m in doc.metrics}


def test_a_cited_bureau_reports_a_figure_its_clause_counts_over_the_whole_town() -> None:
    text = (
        "船寮镇：茶旅融合促增收\n"
        "近年来，船寮镇推行“茶旅融合”模式，全镇茶园面积达到2万亩。\n"
        "据青田县统计局统计，全镇农村居民人均可支配收入达到32100元。\n"
    )
    reporters = _reporters(text)
    assert reporters["20000亩"] == "船寮镇"
    assert reporters["32100元"] == "青田县统计局"


def test_a_citation_covers_the_clauses_after_a_semicolon_but_not_the_next_sentence() -> None:
    text = (
        "青田县：医共体建设见成效\n"
        "近年来，青田县推行紧密型医共体建设，全县组建医共体3个。\n"
        "据青田县卫生健康局统计，今年上半年全县县域内就诊率达到90.2%；基层医疗机构门急诊人次占比达到61%。"
        "全县新增家庭医生团队46个。\n"
    )
    reporters = _reporters(text)
    assert reporters["90.2%"] == reporters["61%"] == "青田县卫生健康局"
    assert reporters["46个"] == reporters["3个"] == "青田县"
