"""Items parted by 、, each a body, its deed and its figure, give each figure to its own item's body; a list of
places a deed is done in, or of things counted, leaves the figures the clause's doer's."""

from __future__ import annotations

from tests.extracted import reporters


def test_each_item_of_a_run_reports_its_own_figure() -> None:
    got = reporters(
        "靖西市基层党建工作总结\n今年以来，靖西市共培训农村党员3200人次，其中新靖镇培训460人次、化峒镇培训380人次。\n"
    )
    assert got["460人次"] == "新靖镇"
    assert got["380人次"] == "化峒镇"
    got = reporters("靖西市基层党建工作总结\n今年以来，龙邦镇发展民宿42家、农家乐18家，湖润镇建成工坊6个、基地3个。\n")
    assert got["42家"] == got["18家"] == "龙邦镇"
    assert got["6个"] == got["3个"] == "湖润镇"


def test_a_list_of_places_a_deed_is_done_in_is_no_run_of_items() -> None:
    got = reporters("靖西市基层党建工作总结\n今年以来，靖西市在新靖镇、化峒镇建成共富工坊20个。\n")
    assert got["20个"] == "靖西市"
