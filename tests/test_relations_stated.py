"""Relations a sentence states in so many words: partners (联动X开展, 与X协同推进, 引入某类企业X托管,
A、B与C建立), recognition of a practice (X经验被…推广, “X”入选…), memberships (设在, 加入, 牵头组建, 吸收…为成员)."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract


def _triples(text: str) -> set[tuple[str, str, str]]:
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in doc.relations}


def test_a_body_after_liandong_is_a_partner() -> None:
    text = "德清县民政工作总结\n县民政局联动县妇联开展“暖巢守护”关爱行动，走访独居老人300户。\n"
    assert ("德清县民政局", "collaboratesWith", "德清县妇联") in _triples(text)


def test_a_partner_before_xietong_and_the_verb() -> None:
    text = "德清县民政工作总结\n县民政局与县妇联协同推进“暖巢守护”关爱行动，走访独居老人300户。\n"
    assert ("德清县民政局", "collaboratesWith", "德清县妇联") in _triples(text)


def test_the_body_after_yu_works_with_each_body_listed_before_it() -> None:
    text = "德清县河道工作总结\n县水利局、县农业农村局与县生态环境局建立“清水护河”联合执法机制，查处案件12起。\n"
    triples = _triples(text)
    assert ("德清县水利局", "collaboratesWith", "德清县生态环境局") in triples
    assert ("德清县农业农村局", "collaboratesWith", "德清县生态环境局") in triples


def test_a_company_brought_in_with_its_kind_written_before_it() -> None:
    text = (
        "白鹭镇物业工作总结\n白鹭镇针对无物业小区，引入国有企业德清城建物业服务有限公司托管，"
        "收费标准每月每平方米0.3元。\n"
    )
    assert ("白鹭镇", "collaboratesWith", "德清城建物业服务有限公司") in _triples(text)


def test_a_company_hired_to_take_part_is_a_partner() -> None:
    text = (
        "德清县安全生产工作总结\n县应急管理局聘请第三方服务机构湖州安合技术咨询有限公司参与隐患排查，查找隐患210项。\n"
    )
    assert ("德清县应急管理局", "collaboratesWith", "湖州安合技术咨询有限公司") in _triples(text)


def test_papers_that_reported_the_work_one_after_another() -> None:
    text = "德清县基层治理工作总结\n德清县推行“小区议事”机制。浙江日报、湖州日报先后对我县做法进行了报道。\n"
    triples = _triples(text)
    assert ("德清县", "recognizedBy", "浙江日报") in triples
    assert ("德清县", "recognizedBy", "湖州日报") in triples


def test_the_practice_whose_experience_is_spread_is_recognized() -> None:
    text = "德清县林业工作总结\n德清县推行林长制。德清县林长制经验被湖州市林业局在全市推广。\n"
    assert ("林长制", "recognizedBy", "湖州市林业局") in _triples(text)


def test_a_practice_selected_as_a_case_is_recognized() -> None:
    text = "德清县人才工作总结\n德清县推行“人才飞地”模式。2023年，“人才飞地”模式入选湖州市改革典型案例。\n"
    assert ("“人才飞地”模式", "recognizedBy", "湖州市") in _triples(text)


def test_an_office_set_up_in_a_bureau_belongs_to_it() -> None:
    text = "德清县河道工作总结\n县河长制办公室设在县水利局，配备专职人员6名。\n"
    assert ("德清县河长制办公室", "partOf", "德清县水利局") in _triples(text)


def test_members_taken_into_a_group_and_the_school_that_leads_it() -> None:
    text = (
        "德清县城南实验学校交流发言\n德清县城南实验学校位于德清县城南片区。"
        "2022年，学校牵头组建城南教育集团，吸收白鹭镇中心小学和青山中学2所乡村学校为成员校。\n"
    )
    triples = _triples(text)
    assert ("德清县城南实验学校", "partOf", "城南教育集团") in triples
    assert ("青山中学", "partOf", "城南教育集团") in triples


def test_a_school_that_joins_a_group_is_its_member() -> None:
    text = "德清县教育工作总结\n青山中学通过集团化办学加入德清县第一中学教育集团，中考成绩明显提升。\n"
    assert ("青山中学", "partOf", "德清县第一中学教育集团") in _triples(text)


def test_a_bureau_that_leads_an_alliance_is_no_member_of_it() -> None:
    text = "德清县人才工作总结\n县人力社保局牵头组建德清县人才服务联盟，吸纳企业42家。\n"
    assert not any(p == "partOf" and o.endswith("联盟") for s, p, o in _triples(text))


def test_a_body_the_doer_liaises_with_or_aids_is_a_partner() -> None:
    text = (
        "德清县白鹭镇产业工作总结\n白鹭镇主动对接德清县农业农村局，建设示范园3个。"
        "白鹭镇定点帮扶德清县青山公司，选派干部3名。\n"
    )
    triples = _triples(text)
    assert ("白鹭镇", "collaboratesWith", "德清县农业农村局") in triples
    assert ("白鹭镇", "collaboratesWith", "青山公司") in triples


def test_bodies_named_as_aiding_units_work_with_the_report_subject() -> None:
    text = (
        "德清县乡村振兴工作总结\n德清县用好驻村帮扶机制，杭州市西湖区、杭州市余杭区等帮扶单位派出工作队12支。"
        "在湖州市中心医院的帮扶下，县人民医院开展远程会诊1200例。\n"
    )
    triples = _triples(text)
    assert ("德清县", "collaboratesWith", "西湖区") in triples
    assert ("德清县", "collaboratesWith", "余杭区") in triples
    assert ("德清县", "collaboratesWith", "杭州市") not in triples
    assert ("德清县人民医院", "collaboratesWith", "湖州市中心医院") in triples


def test_each_listed_doer_works_with_the_body_after_huitong() -> None:
    text = "德清县专项检查工作总结\n县民政局、县财政局要会同县审计局，采取“双随机”方式开展专项检查。\n"
    triples = _triples(text)
    assert ("德清县民政局", "collaboratesWith", "德清县审计局") in triples
    assert ("德清县财政局", "collaboratesWith", "德清县审计局") in triples


def test_a_school_is_the_core_of_the_group_named_after_it_with_its_city_first() -> None:
    text = (
        "德清县教育工作总结\n湖州市青山实验学校牵头办学。湖州市青山实验学校教育集团新增成员校3所，"
        "青山实验学校派出骨干教师20名。\n"
    )
    assert ("青山实验学校", "partOf", "湖州市青山实验学校教育集团") in _triples(text)


def test_a_practice_a_body_decided_on_is_that_bodys_and_the_doers() -> None:
    """落实县委关于X的部署要求: the county's leadership decided on X, the town carries it out."""
    text = "德清县白鹭镇：红色楼栋聚人心\n白鹭镇落实县委关于推行“楼栋议事”机制的部署要求，组建楼栋议事会36个。\n"
    assert {("德清县", "uses", "“楼栋议事”机制"), ("白鹭镇", "uses", "“楼栋议事”机制")} <= _triples(text)
    text = "德清县白鹭镇：红色楼栋聚人心\n白鹭镇按照县委组织部关于“红色楼栋”创建的安排，组建楼栋党小组36个。\n"
    triples = _triples(text)
    assert ("德清县委组织部", "implements", "“红色楼栋”创建") in triples  # a department stands for itself
    assert ("德清县", "implements", "“红色楼栋”创建") not in triples
