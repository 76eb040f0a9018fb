"""Centres and bases are practices where the text sets them up; showcases are programmes (sentences
written for these tests)."""

from __future__ import annotations

from loaders.activities.rules import candidates


def _found(text: str) -> dict[str, str]:
    return {c.text(text): c.cls for c in candidates(text, [])}


def test_a_centre_or_a_base_set_up_is_named() -> None:
    found = _found("县医院建成县域远程病理会诊中心。某公司与农业大学共建高山茶苗中试基地。")
    assert found.get("县域远程病理会诊中心") == "Mechanism"
    assert found.get("高山茶苗中试基地") == "Mechanism"


def test_a_centre_or_a_base_named_in_passing_is_none() -> None:
    found = _found("依托县域物流中心发货,借力省会中心城市辐射。建设国家中心城市。")
    assert not any(n.endswith(("中心", "中心城市")) for n in found)


def test_a_base_measured_by_its_area_is_land() -> None:
    assert not any(n.endswith("基地") for n in _found("建成稻虾共养示范基地 300 亩。"))
    assert _found("建成稻虾共养示范基地6个。").get("稻虾共养示范基地") == "Initiative"


def test_a_showcase_site_is_a_programme() -> None:
    assert _found("打造党建引领产业振兴示范点12个。").get("党建引领产业振兴示范点") == "Initiative"


def test_a_classroom_way_of_teaching_is_a_mechanism() -> None:
    found = _found("推动远程同步课堂、名师直播课堂覆盖全部村小。")
    assert found.get("远程同步课堂") == "Mechanism"
    assert found.get("名师直播课堂") == "Mechanism"


def test_a_fund_is_named_where_it_is_set_up() -> None:
    assert "乡贤助学基金" in _found("村里发动乡贤设立乡贤助学基金。")
    assert not any(n.endswith("基金") for n in _found("考核结果与医保基金拨付挂钩,县域医保基金打包总额3亿元。"))
