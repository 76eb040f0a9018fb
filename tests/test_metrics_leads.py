"""A county's report whose lead opens on one department or company tells that body's work: its points'
figures are the body's while no other doer is named; a lead that opens on the county keeps them the county's."""

from __future__ import annotations

from extracted import reporters


def test_the_points_after_a_lead_opened_by_a_department_are_its_figures() -> None:
    got = reporters(
        "石门县2023年就业工作总结\n"
        "今年以来，石门县人社局紧紧围绕稳就业目标，扎实开展各项工作。"
        "一是强化技能培训，开展职业技能培训47期。二是拓宽就业渠道，举办招聘会21场。\n"
    )
    assert got["47期"] == got["21场"] == "石门县人社局"
    got = reporters(
        "石门县2023年就业工作总结\n"
        "石门县人社局紧紧围绕稳就业目标，扎实开展各项工作。\n"
        "（一）强化技能培训。\n开展职业技能培训47期。\n"
    )
    assert got["47期"] == "石门县人社局"


def test_a_lead_opened_by_the_county_or_another_doer_named_keeps_the_figures_the_countys() -> None:
    got = reporters(
        "石门县2023年乡村振兴工作总结\n"
        "今年以来，石门县坚持稳中求进。县农业农村局培育家庭农场260家。一是新建高标准农田2.3万亩。\n"
    )
    assert got["23000亩"] == "石门县"


def test_a_lead_opened_by_the_countys_organization_department_but_not_by_its_government() -> None:
    got = reporters("新化县2023年组织工作总结\n今年以来，新化县委组织部坚持稳中求进。一是选派第一书记74名。\n")
    assert got["74名"] == "新化县委组织部"
    got = reporters("新化县2023年工作总结\n今年以来，新化县人民政府坚持稳中求进。一是新增城镇就业4300人。\n")
    assert got["4300人"] == "新化县"
