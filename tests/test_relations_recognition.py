"""recognizedBy from 纳入: a unit put on a body's list (纳入某厅试点名单) is recognized by it; people taken into a
body's care (纳入某学院培养) are not an honour of anyone."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract


def _honours(text: str) -> set[tuple[str, str]]:
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "recognizedBy"}


def test_taken_into_a_college_for_training_is_no_honour() -> None:
    text = "武义县人才工作经验\n武义县把村级后备干部纳入金华职业技术学院培养，今年培训学员300人次。\n"
    assert not any(by == "金华职业技术学院" for _, by in _honours(text))


def test_put_on_a_department_list_is_an_honour() -> None:
    text = "武义县乡村治理经验\n武义县柳城镇纳入省民政厅首批乡村治理示范镇名单，全镇议事协商120次。\n"
    assert ("柳城镇", "浙江省民政厅") in _honours(text)


def test_a_provinces_department_announcing_its_provinces_honours_is_not_honoured_by_it() -> None:
    honours = _honours(
        "喜报！我县两案例入选全省基层治理优秀案例\n近日，贵州省委组织部公布2024年度全省基层治理优秀案例名单，"
        "修文县报送的“积分超市”案例成功入选。\n"
    )
    assert ("修文县", "贵州省") in honours
    assert not [h for h in honours if h[0] == "贵州省委组织部"], honours
