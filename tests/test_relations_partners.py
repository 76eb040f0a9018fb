"""Partners a sentence names beside its doer: co-doers (X联合Y开展Z) and bodies brought in (引入A公司运营)."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document, Entity, Mention
from loaders.pipeline import extract
from loaders.relations.containment import core_members

REPORT = (
    "德清县夜市管理工作总结\n"
    "入夏以来，县城管局联合县卫生健康局开展“亮灶净街”联合检查行动，走访摊点260个。"
    "县交通运输局与县应急管理局建立“路险联防”工作机制，排除隐患45处。"
    "德清县与上游的安吉县建立界河水质联测机制。"
    "白鹭镇依托湖州农业职业学院举办夜市经营培训班，引入晴川环卫服务有限公司负责夜市保洁，"
    "引进丰穗米业有限公司等企业3家。\n"
)


def _triples(text: str = REPORT) -> set[tuple[str, str, str]]:
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], r.predicate, label[r.object]) for r in doc.relations}


def test_the_body_joined_by_lianhe_is_a_partner_not_a_doer() -> None:
    triples = _triples()
    assert ("德清县城管局", "implements", "“亮灶净街”联合检查行动") in triples
    assert ("德清县城管局", "collaboratesWith", "德清县卫生健康局") in triples
    assert ("德清县卫生健康局", "implements", "“亮灶净街”联合检查行动") not in triples
    assert ("德清县", "implements", "“亮灶净街”联合检查行动") not in triples


def test_a_partner_after_yu_works_with_the_doer() -> None:
    text = "德清县养老服务工作总结\n县民政局与县妇联共同建立“暖巢守护”工作机制，走访独居老人300户。\n"
    triples = _triples(text)
    assert ("德清县民政局", "collaboratesWith", "德清县妇联") in triples


def test_bodies_joined_by_yu_set_it_up_together() -> None:
    triples = _triples()
    assert ("德清县交通运输局", "uses", "“路险联防”工作机制") in triples
    assert ("德清县应急管理局", "uses", "“路险联防”工作机制") in triples
    assert ("德清县交通运输局", "collaboratesWith", "德清县应急管理局") in triples


def test_a_partner_after_a_modifier_is_no_subject() -> None:
    triples = _triples()
    assert ("德清县", "uses", "界河水质联测机制") in triples
    assert ("安吉县", "uses", "界河水质联测机制") not in triples
    assert ("德清县", "collaboratesWith", "安吉县") in triples


def test_a_unit_does_not_partner_its_own_office() -> None:
    text = "德清县道路安全工作总结\n县交通运输局与县应急管理局建立“路险联防”工作机制。\n"
    triples = _triples(text)
    assert ("德清县应急管理局", "uses", "“路险联防”工作机制") in triples
    assert not any(p == "collaboratesWith" and "德清县" in (s, o) for s, p, o in triples)


def test_bodies_brought_in_to_work_are_partners() -> None:
    triples = _triples()
    assert ("白鹭镇", "collaboratesWith", "湖州农业职业学院") in triples
    assert ("白鹭镇", "collaboratesWith", "晴川环卫服务有限公司") in triples


def test_an_enterprise_attracted_as_investment_is_no_partner() -> None:
    triples = _triples()
    assert not any(p == "collaboratesWith" and "丰穗米业有限公司" in (s, o) for s, p, o in triples)


def test_a_village_lies_in_the_township_written_before_it_or_after_lishu() -> None:
    text = (
        "吴兴区基层治理经验\n"
        "近年来，白鹭镇柳塘村推行“院坝说事”制度。芦花社区隶属湖州市吴兴区望湖街道，辖居民小区6个。\n"
    )
    triples = _triples(text)
    assert ("柳塘村", "partOf", "白鹭镇") in triples
    assert ("芦花社区", "partOf", "望湖街道") in triples
    assert ("芦花社区", "partOf", "白鹭镇") not in triples


def test_a_body_opening_the_next_clause_does_what_the_bare_opening_clause_names() -> None:
    text = (
        "德清县产业工作总结\n"
        "实行“双导师”帮扶，德清县中医院与湖州师范学院附属医院结成帮扶对子。"
        "推行“保底回购”模式，德清县农业园区内的禾丰茶业有限公司与9个村签订协议。"
        "支持企业开办“田间课堂”，禾丰茶业有限公司开办课堂3个。\n"
    )
    triples = _triples(text)
    assert ("德清县中医院", "uses", "“双导师”") in triples
    assert ("德清县", "uses", "“双导师”") in triples  # the report's subject carries it out through the hospital
    assert ("禾丰茶业有限公司", "uses", "“保底回购”模式") in triples
    assert ("德清县", "uses", "“田间课堂”") in triples  # the supporter's deed


def test_an_honour_titled_with_a_unit_is_given_by_that_unit() -> None:
    text = "吴兴区基层治理经验\n芦花社区近年被评为湖州市“红旗”党支部、浙江省文明社区，经验被《湖州晚报》刊发。\n"
    triples = _triples(text)
    assert ("芦花社区", "recognizedBy", "湖州市") in triples
    assert ("芦花社区", "recognizedBy", "浙江省") in triples


def test_a_party_school_leaned_on_is_a_partner_unless_it_is_the_units_own() -> None:
    text = (
        "吴兴区基层治理经验\n"
        "白鹭镇依托湖州市委党校开设夜间课程，邀请吴兴区畜牧兽医服务中心专家指导鱼塘改造。"
        "吴兴区依托吴兴区委党校开办妇女干部研修班。\n"
    )
    triples = _triples(text)
    assert ("白鹭镇", "collaboratesWith", "湖州市委党校") in triples
    assert ("白鹭镇", "collaboratesWith", "吴兴区畜牧兽医服务中心") in triples
    assert ("吴兴区", "collaboratesWith", "吴兴区委党校") not in triples


def test_a_department_of_a_place_left_unnamed_is_no_partnership_with_the_place() -> None:
    text = "吴兴区基层治理经验\n白鹭镇联合湖南郴州民政部门设立跨省救助联络点。白鹭镇与郴州市签订互助协议。\n"
    triples = _triples(text)
    assert ("白鹭镇", "collaboratesWith", "湖南省") not in triples
    assert ("白鹭镇", "collaboratesWith", "郴州市") in triples  # named by itself in the next sentence


def test_a_body_named_in_a_later_clause_acts_only_in_its_own_clause() -> None:
    text = (
        "德清县政务服务工作总结\n"
        "在新城区建成企业服务大厅，县税务局、县人社局等6个部门进驻，推行“容缺受理”服务机制。"
        "今年，县人社局推出“零工驿站”制度，服务零工2000人次。\n"
    )
    triples = _triples(text)
    assert ("德清县", "uses", "“容缺受理”服务机制") in triples
    assert ("德清县税务局", "uses", "“容缺受理”服务机制") not in triples
    assert ("德清县人社局", "uses", "“零工驿站”制度") in triples


def test_bodies_taking_part_in_what_is_set_up_do_not_set_it_up() -> None:
    text = "德清县文化工作总结\n建立由县委宣传部牵头，县教育体育局、县文化广电局等部门参与的全民阅读会商制度。\n"
    triples = _triples(text)
    assert ("德清县", "uses", "全民阅读会商制度") in triples
    assert ("德清县教育体育局", "uses", "全民阅读会商制度") not in triples
    assert ("德清县文化广电局", "uses", "全民阅读会商制度") not in triples


def test_doers_listed_with_their_addresses_are_the_last_units_of_them() -> None:
    text = "德清县政务服务工作总结\n今年，江苏省常熟市、安徽省天长市分别开通“异地代办”服务。\n"
    triples = _triples(text)
    assert ("常熟市", "uses", "“异地代办”服务") in triples
    assert ("天长市", "uses", "“异地代办”服务") in triples
    assert ("安徽省", "uses", "“异地代办”服务") not in triples


def test_a_ranking_in_an_assessment_is_recognition_by_the_assessor() -> None:
    triples = _triples("德清县河湖治理工作总结\n去年，德清县在湖州市河长制年度评估中获评优秀等次。\n")
    assert ("德清县", "recognizedBy", "湖州市") in triples
    triples = _triples("德清县河湖治理工作总结\n去年，德清县在湖州市举办的现场会上作典型发言。\n")
    assert ("德清县", "recognizedBy", "湖州市") not in triples


def test_parts_named_before_the_owner_of_a_sentence_opening_practice_are_the_owners() -> None:
    text = (
        "德清县党建工作总结\n近年来，白鹭镇推行“楼道党小组”。"
        "“渔光里”党群驿站占地400平方米，分为“书香屋”和“茶话间”两个区域，是白鹭镇盘活闲置厂房建成的服务阵地。\n"
    )
    triples = _triples(text)
    assert ("白鹭镇", "uses", "“书香屋”") in triples
    assert ("白鹭镇", "uses", "“茶话间”") in triples
    assert ("德清县", "uses", "“茶话间”") not in triples


def test_a_group_named_after_its_core_member_holds_it() -> None:
    text = "德清一中教育集团纳入4所乡镇学校，德清一中选派骨干教师。德清一中实验小学揭牌。"
    doc = Document(path=Path("t.txt"), text=text)
    labels = {"org/g": "德清一中教育集团", "org/a": "德清一中", "org/b": "德清一中实验小学"}
    doc.entities = {k: Entity(k, v, "SocialOrganization") for k, v in labels.items()}
    doc.mentions = [
        Mention(text.index(v), text.index(v) + len(v), v, "SocialOrganization", 0, key=k) for k, v in labels.items()
    ]
    added: list[tuple[str, str, str]] = []
    core_members(doc, lambda s, p, o, i: added.append((s, p, o)))
    assert added == [("org/a", "partOf", "org/g")]


def test_a_body_setting_something_up_with_another_works_with_it() -> None:
    text = "德清县卫生工作总结\n德清县中医院与湖州师范学院附属医院建立儿童保健协作门诊，下派医师6名。\n"
    triples = _triples(text)
    assert ("德清县中医院", "collaboratesWith", "湖州师范学院附属医院") in triples


def test_the_body_written_right_before_yu_is_the_one_that_signs() -> None:
    text = (
        "德清县农业工作总结\n"
        "德清县推行订单农业，临溪镇产业园内的丰穗米业有限公司与安吉县15个村签订收购协议，收购稻谷800吨。\n"
    )
    triples = _triples(text)
    assert ("丰穗米业有限公司", "collaboratesWith", "安吉县") in triples
    assert ("临溪镇", "collaboratesWith", "安吉县") not in triples


def test_the_partners_and_honours_of_a_units_own_party_committee_are_the_units_too() -> None:
    text = (
        "青川鞋业有限公司：党建引领企业发展\n"
        "青川鞋业有限公司成立于2005年，现有员工1200人。"
        "公司党委联合临溪镇总工会开办“匠心课堂”，每年培训员工600人次。"
        "公司党委先后被德清县委两新工委评为“五星级”党组织。\n"
    )
    triples = _triples(text)
    assert ("青川鞋业有限公司", "collaboratesWith", "临溪镇总工会") in triples
    assert ("青川鞋业有限公司", "recognizedBy", "德清县委两新工委") in triples


def test_two_bodies_that_build_something_together_work_together() -> None:
    text = "青溪县文化工作总结\n桐花街道和晓风书店有限公司合力打造社区书房，全年举办读书活动60场。\n"
    assert ("桐花街道", "collaboratesWith", "晓风书店有限公司") in _triples(text)


def test_a_grade_a_body_assesses_is_its_recognition() -> None:
    text = "明德社工服务中心工作总结\n明德社工服务中心被青溪省民政厅评定为4A级社会组织，全年服务居民1.2万人次。\n"
    triples = _triples(text)
    assert any(p == "recognizedBy" and o.endswith("民政厅") for _, p, o in triples)


def test_a_pairing_of_two_units_party_branches_pairs_the_units() -> None:
    text = (
        "石桥镇村企联建经验\n石桥镇推动村企联建，青禾食品有限公司党支部与柳湾村党总支开展结对共建，"
        "企业为村民提供就业岗位80个。\n"
    )
    triples = _triples(text)
    assert ("青禾食品有限公司党支部", "collaboratesWith", "柳湾村党总支") in triples
    assert ("青禾食品有限公司", "collaboratesWith", "柳湾村") in triples


def test_a_company_drawn_in_to_invest_is_a_partner() -> None:
    text = "白鹭镇产业发展总结\n白鹭镇依托茶园资源打造茶旅小镇，吸引晴川文旅发展有限公司投资建设茶文化体验园。\n"
    assert ("白鹭镇", "collaboratesWith", "晴川文旅发展有限公司") in _triples(text)


def test_working_with_a_universitys_school_is_working_with_the_university() -> None:
    text = "白鹭职业中学工作总结\n白鹭职业中学与青溪农业大学园艺学院合作，开展教师专业能力提升培训80人次。\n"
    triples = _triples(text)
    assert ("白鹭职业中学", "collaboratesWith", "青溪农业大学") in triples


def test_a_county_whose_name_opens_on_a_joining_word_works_with_none_of_its_own_places() -> None:
    text = (
        "会同县：院落会议出新路子\n近年来，会同县推行“院落会”议事制度。"
        "走进会同县连山乡清水村，村道干净整洁。同心县预旺镇南关村也建起了议事厅。\n"
    )
    assert not {t for t in _triples(text) if t[1] == "collaboratesWith"}
