"""Partners a sentence names beside its doer: co-doers (X联合Y开展Z) and bodies brought in (引入A公司运营)."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document, Entity, Mention
from loaders.pipeline import extract
from loaders.relations.containment import core_members

REPORT = (
    "汶上县优化旅游环境工作总结\n"
    "今年以来，县市场监管局联合县文化旅游局开展“清风护游”专项整治行动，检查商户120家。"
    "县公安局与县司法局建立“诉调衔接”工作机制，调解纠纷80件。"
    "汶上县与下游的梁山县建立跨界河流联防联治机制。"
    "南旺镇依托济宁职业技术学院举办乡村旅游培训班，引入绿源环保科技有限公司负责景区保洁，"
    "引进华丰食品有限公司等企业5家。\n"
)


def _triples(text: str = REPORT) -> set[tuple[str, str, str]]:
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in doc.relations}


def test_the_body_joined_by_lianhe_is_a_partner_not_a_doer() -> None:
    triples = _triples()
    assert ("汶上县市场监管局", "implements", "“清风护游”专项整治行动") in triples
    assert ("汶上县市场监管局", "collaboratesWith", "汶上县文化旅游局") in triples
    assert ("汶上县文化旅游局", "implements", "“清风护游”专项整治行动") not in triples
    assert ("汶上县", "implements", "“清风护游”专项整治行动") not in triples


def test_a_partner_after_yu_works_with_the_doer() -> None:
    text = "汶上县调解工作总结\n县司法局与县妇联共同建立“家和调解”工作机制，调解纠纷60件。\n"
    triples = _triples(text)
    assert ("汶上县司法局", "collaboratesWith", "汶上县妇联") in triples


def test_bodies_joined_by_yu_set_it_up_together() -> None:
    triples = _triples()
    assert ("汶上县公安局", "uses", "“诉调衔接”工作机制") in triples
    assert ("汶上县司法局", "uses", "“诉调衔接”工作机制") in triples
    assert ("汶上县公安局", "collaboratesWith", "汶上县司法局") in triples


def test_a_partner_after_a_modifier_is_no_subject() -> None:
    triples = _triples()
    assert ("汶上县", "uses", "跨界河流联防联治机制") in triples
    assert ("梁山县", "uses", "跨界河流联防联治机制") not in triples
    assert ("汶上县", "collaboratesWith", "梁山县") in triples


def test_a_unit_does_not_partner_its_own_office() -> None:
    text = "汶上县调解工作总结\n县公安局与县司法局建立“诉调衔接”工作机制。\n"
    triples = _triples(text)
    assert ("汶上县司法局", "uses", "“诉调衔接”工作机制") in triples
    assert not any(p == "collaboratesWith" and "汶上县" in (s, o) for s, p, o in triples)


def test_bodies_brought_in_to_work_are_partners() -> None:
    triples = _triples()
    assert ("南旺镇", "collaboratesWith", "济宁职业技术学院") in triples
    assert ("南旺镇", "collaboratesWith", "绿源环保科技有限公司") in triples


def test_an_enterprise_attracted_as_investment_is_no_partner() -> None:
    triples = _triples()
    assert not any(p == "collaboratesWith" and "华丰食品有限公司" in (s, o) for s, p, o in triples)


def test_a_village_lies_in_the_township_written_before_it_or_after_lishu() -> None:
    text = (
        "海曙区基层治理经验\n"
        "近年来，古林镇茂新村推行“村民议事会”制度。荷花社区隶属宁波市海曙区鼓楼街道，建成于2010年。\n"
    )
    triples = _triples(text)
    assert ("茂新村", "partOf", "古林镇") in triples
    assert ("荷花社区", "partOf", "鼓楼街道") in triples
    assert ("荷花社区", "partOf", "古林镇") not in triples


def test_a_body_opening_the_next_clause_does_what_the_bare_opening_clause_names() -> None:
    text = (
        "泾阳县医疗卫生工作总结\n"
        "落实“组团式”帮扶，泾阳县人民医院与西安交通大学第一附属医院确立帮扶关系。"
        "推行“订单收购”模式，泾阳县产业园区内的秦川果业有限公司与12个村签订协议。"
        "支持企业建设“专家工作站”，秦川果业有限公司建成工作站2个。\n"
    )
    triples = _triples(text)
    assert ("泾阳县人民医院", "uses", "“组团式”") in triples
    assert ("泾阳县", "uses", "“组团式”") not in triples
    assert ("秦川果业有限公司", "uses", "“订单收购”模式") in triples
    assert ("泾阳县", "uses", "“专家工作站”") in triples  # the supporter's deed


def test_an_honour_titled_with_a_unit_is_given_by_that_unit() -> None:
    text = (
        "海曙区基层治理经验\n"
        "荷花社区先后被评为宁波市“五星”社区党组织、浙江省志愿服务示范社区，相关做法被《宁波日报》报道。\n"
    )
    triples = _triples(text)
    assert ("荷花社区", "recognizedBy", "宁波市") in triples
    assert ("荷花社区", "recognizedBy", "浙江省") in triples


def test_a_party_school_leaned_on_is_a_partner_unless_it_is_the_units_own() -> None:
    text = (
        "海曙区基层治理经验\n"
        "古林镇依托宁波市委党校开展农民培训，邀请海曙区农业技术推广中心技术人员讲授种植技术。"
        "海曙区依托海曙区委党校举办村干部培训班。\n"
    )
    triples = _triples(text)
    assert ("古林镇", "collaboratesWith", "宁波市委党校") in triples
    assert ("古林镇", "collaboratesWith", "海曙区农业技术推广中心") in triples
    assert ("海曙区", "collaboratesWith", "海曙区委党校") not in triples


def test_a_department_of_a_place_left_unnamed_is_no_partnership_with_the_place() -> None:
    text = "海曙区基层治理经验\n古林镇联合安徽宣城司法部门建立跨区域调解工作站。古林镇与宣城市签订合作协议。\n"
    triples = _triples(text)
    assert ("古林镇", "collaboratesWith", "安徽省") not in triples
    assert ("古林镇", "collaboratesWith", "宣城市") in triples  # named by itself in the next sentence


def test_a_body_named_in_a_later_clause_acts_only_in_its_own_clause() -> None:
    text = (
        "汶上县矛盾纠纷化解工作总结\n"
        "在县城建成矛盾纠纷调处化解中心，县信访局、县司法局等8个部门常驻，实行“一窗受理”工作机制。"
        "近年来，县司法局推行“法律明白人”制度，培训骨干300名。\n"
    )
    triples = _triples(text)
    assert ("汶上县", "uses", "“一窗受理”工作机制") in triples
    assert ("汶上县信访局", "uses", "“一窗受理”工作机制") not in triples
    assert ("汶上县司法局", "uses", "“法律明白人”制度") in triples


def test_bodies_taking_part_in_what_is_set_up_do_not_set_it_up() -> None:
    text = "汶上县集体经济工作总结\n建立由县委组织部牵头，县农业农村局、县财政局等部门参与的强村公司联席会议制度。\n"
    triples = _triples(text)
    assert ("汶上县", "uses", "强村公司联席会议制度") in triples
    assert ("汶上县农业农村局", "uses", "强村公司联席会议制度") not in triples
    assert ("汶上县财政局", "uses", "强村公司联席会议制度") not in triples


def test_doers_listed_with_their_addresses_are_the_last_units_of_them() -> None:
    text = "昆山市政务服务工作总结\n近年来，上海市嘉定区、浙江省平湖市分别建立“跨省通办”服务。\n"
    triples = _triples(text)
    assert ("嘉定区", "uses", "“跨省通办”服务") in triples
    assert ("平湖市", "uses", "“跨省通办”服务") in triples
    assert ("浙江省", "uses", "“跨省通办”服务") not in triples


def test_a_ranking_in_an_assessment_is_recognition_by_the_assessor() -> None:
    triples = _triples("昆山市乡村振兴工作总结\n2023年，昆山市在苏州市乡村振兴实绩考核中位列第一等次。\n")
    assert ("昆山市", "recognizedBy", "苏州市") in triples
    triples = _triples("昆山市乡村振兴工作总结\n2023年，昆山市在苏州市召开的推进会上作交流发言。\n")
    assert ("昆山市", "recognizedBy", "苏州市") not in triples


def test_parts_named_before_the_owner_of_a_sentence_opening_practice_are_the_owners() -> None:
    text = (
        "昆山市党建工作总结\n近年来，玉山镇推行“红色管家”。"
        "“邻里汇”党群服务站面积600平方米，分为“悦读角”和“议事厅”两个区域，是玉山镇整合资源打造的党建阵地。\n"
    )
    triples = _triples(text)
    assert ("玉山镇", "uses", "“悦读角”") in triples
    assert ("玉山镇", "uses", "“议事厅”") in triples
    assert ("昆山市", "uses", "“议事厅”") not in triples


def test_a_group_named_after_its_core_member_holds_it() -> None:
    text = "昆山中学教育集团吸纳6所学校，昆山中学派出教师。昆山中学附属小学开学。"
    doc = Document(path=Path("t.txt"), text=text)
    labels = {"org/g": "昆山中学教育集团", "org/a": "昆山中学", "org/b": "昆山中学附属小学"}
    doc.entities = {k: Entity(k, v, "SocialOrganization") for k, v in labels.items()}
    doc.mentions = [
        Mention(text.index(v), text.index(v) + len(v), v, "SocialOrganization", 0, key=k) for k, v in labels.items()
    ]
    added: list[tuple[str, str, str]] = []
    core_members(doc, lambda s, p, o, i: added.append((s, p, o)))
    assert added == [("org/a", "partOf", "org/g")]


def test_a_body_setting_something_up_with_another_works_with_it() -> None:
    text = "昆山市卫生工作总结\n昆山市第一人民医院与苏州大学附属第一医院建立专科联盟，引进专家团队4个。\n"
    triples = _triples(text)
    assert ("昆山市第一人民医院", "collaboratesWith", "苏州大学附属第一医院") in triples
