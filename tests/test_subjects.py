"""Report subjects: whom a report speaks for, against the superiors and bodies it names.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.document import Document
from loaders.names import places
from loaders.names import stage as organizations


def _subjects(text: str) -> list[str | None]:
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    return [doc.entities[r.subject].label if r.subject in doc.entities else r.subject for r in doc.reports]


def test_a_county_level_citys_work_report_speaks_for_the_city_not_its_prefecture() -> None:
    text = (
        "政府工作报告\n"
        "——2025年1月8日在乐清市第十八届人民代表大会第五次会议上\n"
        "乐清市人民政府市长\n"
        "一、过去一年的工作\n"
        "过去一年，面对复杂多变的外部环境，市政府在温州市委、市政府和乐清市委的坚强领导下，全力稳增长、惠民生。"
        "全市地区生产总值增长6.3%，新建口袋公园21个。\n"
        "（一）民生持续改善。乐清市人民医院新院区投用，新增床位600张。\n"
    )
    assert set(_subjects(text)) == {"乐清市"}


def test_a_body_that_signs_for_its_units_work_gives_the_unit() -> None:
    text = (
        "让山海之城留住年轻人\n"
        "——温州市人才工作经验交流材料\n"
        "中共温州市委人才工作领导小组办公室\n"
        "近年来，温州市坚持人才强市，着力破解引才难题。全市累计引进各类人才1200名。\n"
    )
    assert _subjects(text) == ["温州市"]


def test_a_body_that_signs_and_tells_its_own_work_stays_the_subject() -> None:
    text = "以组织力提升凝聚发展合力\n中共温州市委组织部\n近年来，温州市委组织部坚持大抓基层，全年培训村干部860人次。\n"
    assert _subjects(text) == ["温州市委组织部"]


def test_a_conjunction_after_a_name_makes_no_two_character_county() -> None:
    assert places.scan("会上，柳塘镇和县民政局党组作了交流发言。") == []
    assert [p.division.name for p in places.scan("安徽省马鞍山市和县推进乡村治理。")][-1] == "和县"


def test_a_provinces_body_that_tells_the_provinces_work_gives_the_province() -> None:
    text = (
        "“有了合作社，日子越过越红火。”一位村民说。\n"
        "近年来，青海省强化党建引领，持续夯实基层基础。\n"
        "青海省委组织部聚焦牧区党建，全省累计选派驻村第一书记1200名。\n"
    )
    assert _subjects(text) == ["青海省"]


def test_a_provincial_departments_own_news_keeps_the_department() -> None:
    text = "青海发布十个基层治理案例\n昨天，省民政局发布年度基层治理创新案例名单，共十个案例入选。\n"
    assert _subjects(text) == ["青海省民政局"]  # the province in a headline is no doer of the report
