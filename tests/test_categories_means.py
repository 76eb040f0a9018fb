"""Categories of practices named only by their means (a digital platform, cadres sent to stay): the text
that introduces them says what they serve, while a fixed term of art keeps its own field. Every sentence
here is invented."""

from __future__ import annotations

from activity_categories import categories, of


def test_a_platform_takes_the_field_of_the_people_who_use_it() -> None:
    cats = categories("青川县社会治理经验\n青川县网格员每天巡查小区,发现问题随手上传到“青川智治”平台,系统自动派单。\n")
    assert "GridGovernance" in of(cats, "青川智治")


def test_a_platform_says_nothing_of_a_sentence_without_its_users_or_field() -> None:
    cats = categories("青川县政务经验\n青川县上线“青川智治”平台,群众可在线查询办事进度。\n")
    assert "GridGovernance" not in of(cats, "青川智治")


def test_a_coined_dispatch_mechanism_takes_the_field_it_is_sent_to() -> None:
    cats = categories("青川县基层党建经验\n青川县完善派驻机制,向软弱涣散村党组织选派骨干驻村开展整顿。\n")
    assert "WeakOrganizationRectification" in of(cats, "派驻机制")


def test_a_fixed_term_of_dispatch_keeps_only_its_own_field() -> None:
    cats = categories("青川县基层党建经验\n青川县为软弱涣散村选派第一书记,驻村开展整顿。\n")
    first = of(cats, "第一书记")
    assert "FirstSecretaryDispatch" in first
    assert "WeakOrganizationRectification" not in first


def test_a_whistle_blown_by_the_grid_is_grid_work() -> None:
    text = "临川县经验\n临川县推行“村里吹哨、部门报到”，村级网格发现问题后第一时间吹哨，乡镇站所30分钟内到场处置。\n"
    cats = of(categories(text), "村里吹哨")
    assert {"CoordinatedResponse", "GridGovernance"} <= cats
