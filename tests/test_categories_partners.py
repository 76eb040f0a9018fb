"""An enterprise's work done with a university or research institute as its partner is industry-academia
collaboration; a county's or a school's work with one is not industry's. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract


def _categories(text: str) -> dict[str, set[str]]:
    doc = extract(Document(path=Path("x.txt"), text=text))
    return {e.label: e.categories for e in doc.entities.values() if e.cls in ("Initiative", "Mechanism")}


def test_an_enterprise_building_with_a_college_is_industry_academia_work() -> None:
    text = "青禾电机有限公司人才工作经验\n青禾电机有限公司与青禾理工学院共建“青禾工匠”实训基地，每年培养技工80名。\n"
    assert "IndustryAcademiaCollaboration" in _categories(text)["“青禾工匠”实训基地"]


def test_a_county_building_with_a_university_is_not_industry_work() -> None:
    text = "青禾县生态保护经验\n青禾县与青禾农业大学合作建设“青禾云”监测平台，布设监测点40个。\n"
    assert "IndustryAcademiaCollaboration" not in _categories(text)["“青禾云”监测平台"]
