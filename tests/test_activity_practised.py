"""Ways of working put in place by 推行/实行 and ending their clause (sentences written for these tests)."""

from __future__ import annotations

from loaders.activities.rules import candidates


def _names(text: str) -> set[str]:
    return {c.text(text) for c in candidates(text, [])}


def test_a_system_put_in_place_is_named_by_its_words() -> None:
    names = _names("该县推行项目帮办员制，在医联体内推行检验报告互认，对留守儿童实行全程托管。")
    assert {"项目帮办员制", "检验报告互认", "全程托管"} <= names


def test_a_reform_of_a_system_names_no_system() -> None:
    names = _names("全面推行体制，实行属地管控制。")
    assert not any(n.endswith(("体制", "控制")) for n in names)


def test_a_term_qualifying_people_names_no_practice() -> None:
    names = _names("选优配强网格化管理相关责任人,全旗参与积分管理牧户达到3000户。")
    assert not names
    assert "网格化管理" in _names("全面推行网格化管理。")
