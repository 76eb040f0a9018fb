"""Report subjects: whom a report speaks for, against the superiors and bodies it names, across genres
(a county site's story about one of its streets, a town Party secretary's work report, a school's
speech, a summary holding a table).

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


def test_a_school_whose_name_opens_the_title_of_its_summary_is_the_subject() -> None:
    text = (
        "松阳县实验中学2024年工作总结\n"
        "2024年，我校在松阳县委教育工委、松阳县教育局的正确领导下，坚持立德树人，各项工作取得新进展。\n"
        "一、基本情况\n"
        "全校现有教学班36个，在校学生1680名。松阳县教育局组织开展教学视导2次。\n"
    )
    assert _subjects(text) == ["松阳县实验中学"]
    assert _subjects("丽水市" + text)[0].endswith("松阳县实验中学")  # the places written before belong to it


def test_a_subtitle_naming_a_school_outweighs_a_lead_that_describes_its_county() -> None:
    text = (
        "产教融合育新人\n"
        "——松阳县职业中学深化校企合作的做法\n"
        "松阳县地处山区，是传统的茶叶产区，全县茶园面积8万亩。\n"
        "学校对接茶叶产业链，新开设茶艺专业2个。\n"
    )
    assert _subjects(text) == ["松阳县职业中学"]


def test_a_village_that_only_qualifies_an_anecdotes_person_is_no_subject() -> None:
    text = (
        "近日，松阳县白石镇松岭村的独居老人突发疾病，网格员及时送医。\n"
        "这一场景源自近年来松阳县推行的“网格连心”机制，松阳县划分网格320个。\n"
    )
    assert _subjects(text) == ["松阳县"]


def test_a_headlines_short_name_before_its_colon_picks_the_company_the_lead_names_in_full() -> None:
    text = (
        "云岭茶业：小茶叶做成大产业\n"
        "2025-04-02 09:30　来源：松阳日报　作者：记者 王明\n"
        "走进位于白石镇的松阳云岭茶业有限公司（以下简称“云岭茶业”）加工车间，工人们正忙着分拣新茶。\n"
        "近年来，松阳县持续推进茶产业发展。\n"
    )
    assert _subjects(text) == ["松阳云岭茶业有限公司"]


def test_a_headline_run_into_its_date_and_source_does_not_end_the_lead() -> None:
    text = (
        "来源：https://www.example.gov.cn/news/1.html\n"
        "松阳县白石镇举办新时代党群服务站启用暨白石片区红色物业联盟成立仪式 2025-05-06 来源:松阳县人民政府\n\n"
        "  为落实县委部署，5月5日，白石镇举办党群服务站启用仪式。\n"
        "松阳县近年来持续推进党群服务阵地建设，全县建成服务站86个。\n"
    )
    assert _subjects(text) == ["白石镇"]


def test_a_company_that_opens_the_lead_stays_the_subject_past_a_county_named_later() -> None:
    text = (
        "点亮山乡振兴路\n"
        "近年来，浙江松阳电力服务有限公司坚持党建引领，服务乡村振兴。\n"
        "一、支部建在一线\n"
        "公司在所辖12个供电所全部设立党支部。\n"
        "松阳县持续推进农网改造，全县供电可靠率达到99.8%。\n"
    )
    assert _subjects(text) == ["浙江松阳电力服务有限公司"]


def test_a_titles_village_branch_or_town_government_speaks_for_its_place() -> None:
    deeds = (
        "横樟村党支部书记先进事迹材料\n"
        "王明同志，现任松阳县大东坝镇横樟村党支部书记。任职以来，他带领村“两委”发展香菇产业。\n"
    )
    summary = "象溪镇人民政府2023年工作总结\n2023年，象溪镇在县委、县政府的正确领导下，坚持稳中求进。\n"
    assert _subjects(deeds) == ["横樟村"]
    assert _subjects(summary) == ["象溪镇"]


def test_a_research_reports_title_names_whom_it_is_about_over_the_group_that_signs_it() -> None:
    text = (
        "关于松阳县以茶兴村助推共同富裕的调研报告\n\n"
        "县委政策研究室调研组\n\n"
        "为深入了解茶产业带动村集体增收情况，4月至6月，调研组先后走访9个乡镇，召开座谈会6场。\n"
        "一、基本情况\n"
        "近年来，全县茶园面积稳定在15万亩，茶产业综合产值达到60亿元。\n"
    )
    assert _subjects(text) == ["松阳县"]


# A column's pieces: the body the opening paragraph says the piece presents.


def test_a_column_piece_speaks_for_the_body_it_presents() -> None:
    text = (
        "为推动楼宇党建提质增效，聚焦青浦区楼宇经济发展目标，【红色楼宇】栏目由此推出。本期介绍的是星河中心党总支。\n"
        "星河大厦是青浦区赵巷镇的商务楼宇，现有入驻企业60余家。\n"
        "大厦党委推行“楼宇议事会”制度，每月召开一次议事会。\n"
    )
    assert _subjects(text) == ["青浦区星河中心党总支"]


def test_a_body_named_only_after_the_opening_paragraph_presents_nothing() -> None:
    text = (
        "近年来，青浦区坚持党建引领楼宇经济发展，推行“楼宇议事会”制度。\n"
        "全区建成楼宇党群服务站12个。\n"
        "本期介绍的是星河中心党总支的做法。\n"
    )
    assert _subjects(text) == ["青浦区"]


def test_a_city_wide_story_naming_one_county_once_is_the_citys() -> None:
    text = (
        "“津门议事”汇聚民智\n"
        "傍晚时分，居民们在小区凉亭里围坐一圈，商量加装电梯的事。\n"
        "天津市把“津门议事”作为全市基层协商的统一品牌。天津市出台议事规程，列明协商事项。\n"
        "蓟州区的议事清单把停车难列为首议事项，居民参与踊跃。\n"
    )
    assert _subjects(text)[0] == "天津市"


def test_a_towns_summary_under_its_countys_name_speaks_for_the_town() -> None:
    for title, we, town in (
        ("桃源县漳江镇2024年度党建工作总结", "我镇党委", "漳江镇"),
        ("会理市黎溪镇2023年工作总结", "我镇", "黎溪镇"),
        ("城关街道光明社区2024年工作总结", "我社区", "光明社区"),
    ):
        text = f"{title}\n一、主要成效\n今年以来，{we}坚持党建引领，推行积分管理制度，全年新增就业岗位120个。\n"
        assert _subjects(text) == [town]


def test_a_news_story_told_from_one_village_speaks_for_the_village() -> None:
    text = (
        "“小积分”兑出乡村“大文明”\n在黔西市林泉镇海子村，村民们正在“积分超市”兑换生活用品。"
        "近年来，海子村推行积分制管理，全村312户农户全部参与。海子村还成立了红白理事会。\n"
    )
    assert _subjects(text) == ["海子村"]
    county = "黔西市乡村治理经验\n近年来，我市推行积分制管理。海子村推行“积分超市”，海子村还成立了红白理事会。\n"
    assert _subjects(county) == ["黔西市"]
