"""Items parted by 、, each a body, its deed and its figure, give each figure to its own item's body; a list of
places a deed is done in, or of things counted, leaves the figures the clause's doer's."""

from __future__ import annotations

from extracted import reporters


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


def test_a_table_row_numbered_first_is_named_by_the_cell_after_its_number() -> None:
    got = reporters(
        "江永县2023年村级集体经济发展情况\n近年来，江永县大力发展村级集体经济。各村情况如下：\n"
        "序号\t村名\t集体经济收入（万元）\t党员人数（名）\n1\t桃林村\t47\t39\n2\t石塘村\t33\t28\n"
    )
    assert got["47万元"] == got["39名"] == "桃林村"
    assert got["33万元"] == got["28名"] == "石塘村"
