"""Report subjects across genres: a county site's story about one of its streets, a town Party
secretary's work report, a work summary holding a table.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.document import Document
from loaders.names import stage as organizations


def _subjects(text: str) -> list[str | None]:
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    return [doc.entities[r.subject].label if r.subject in doc.entities else r.subject for r in doc.reports]


def test_a_county_sites_headline_on_a_street_gives_the_street_through_its_sections() -> None:
    text = (
        "桐庐县：青枫街道“邻里议事会”破解停车难\n"
        "来源：桐庐县人民政府办公室\n"
        "青枫街道位于桐庐县城北部，辖9个社区，常住人口约6万人。今年以来，青枫街道党工委推行“邻里议事会”，居民满意度明显提升。\n"
        "搭建“议事台”，居民的事居民商量办\n"
        "街道党工委指导各社区每月召开议事会，全年协调车位410个。\n"
        "引入“好管家”，服务短板一一补齐\n"
        "街道引入专业物业企业5家，覆盖老旧小区12个。\n"
    )
    assert _subjects(text) == ["青枫街道", "青枫街道", "青枫街道"]


def test_a_town_party_committees_report_speaks_for_the_town() -> None:
    text = (
        "石岭镇党委书记2024年度抓基层党建工作述职报告\n"
        "石岭镇党委书记　周明\n"
        "2024年，在县委的坚强领导下，本人认真履行第一责任人职责，带领镇党委一班人推进基层党建。\n"
        "一、履职情况\n"
        "石岭镇党委全年召开党建专题会议9次，全镇新发展党员21名。\n"
    )
    assert _subjects(text) == ["石岭镇"]


def test_a_table_row_under_a_report_opens_no_new_report() -> None:
    text = (
        "黎川县农业农村局2024年工作总结\n"
        "2024年，黎川县农业农村局坚持稳中求进，全年粮食总产量达到12.1万吨。\n"
        "表1　村级集体经济情况\n"
        "项目\t2023年\t2024年\n"
        "经营性收入30万元以上的村（个）\t12\t19\n"
        "（二）推进乡村建设。在临县召开的现场会上，南丰县交流了经验，我局完成改厕3100户。\n"
    )
    assert _subjects(text) == ["黎川县农业农村局"]


def test_a_schools_conference_speech_speaks_for_the_school_not_its_bureau() -> None:
    text = (
        "让乡村孩子就近上好学\n"
        "——黎川县城东实验学校在全县教育工作会议上的交流发言\n"
        "尊敬的各位领导：\n"
        "黎川县城东实验学校位于县城东部，现有学生1800人。在县教育局的支持下，学校牵头组建教育联盟，成员校增加到5所。\n"
        "一、主要做法\n"
        "县教育局统筹调配教师编制，全年交流教师36名。我们坚持同备课、同教研，乡村学生回流42人。\n"
    )
    assert _subjects(text) == ["黎川县城东实验学校"]


def test_a_hospitals_headline_gives_the_hospital_not_its_county() -> None:
    text = (
        "南丰县人民医院：远程会诊让山区群众少跑路\n"
        "“以前看病要跑市里，现在镇上就能会诊。”村民老李说。\n"
        "江西省抚州市南丰县地处山区，群众就医曾经不便。南丰县人民医院牵头组建医共体，全年远程会诊2300例。\n"
    )
    assert _subjects(text) == ["南丰县人民医院"]


def test_a_work_report_under_a_bare_title_speaks_for_the_unit_its_cover_lines_name() -> None:
    text = (
        "政府工作报告\n"
        "——2025年1月9日在抚州市临川区第五届人民代表大会第三次会议上\n"
        "临川区人民政府区长\n"
        "一、2024年工作回顾\n"
        "过去一年，在市委、市政府和区委的坚强领导下，区政府团结带领全区人民，全年地区生产总值增长6.1%。\n"
        "（一）协作不断深化。与南城县、崇仁县共建产业园区，新引进项目12个。\n"
    )
    assert _subjects(text) == ["临川区"]


def test_the_related_stories_under_a_news_page_neither_sway_the_subject_nor_make_entities() -> None:
    text = (
        "桐庐县：青枫街道“邻里议事会”破解停车难\n"
        "青枫街道位于桐庐县城北部，辖9个社区。今年以来，青枫街道党工委推行“邻里议事会”，全年协调车位410个。\n"
        "引入“好管家”，服务短板一一补齐\n"
        "街道引入专业物业企业5家。据统计，青枫街道居民满意度达到95分，青枫街道的做法得到推广。\n"
        "相关新闻：\n"
        "桐庐县召开城市基层党建推进会\n"
        "分水镇：茶园里走出致富路\n"
    )
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    assert [doc.entities[r.subject].label for r in doc.reports] == ["青枫街道", "青枫街道"]
    assert "分水镇" not in {e.label for e in doc.entities.values()}
