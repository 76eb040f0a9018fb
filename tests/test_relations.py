"""Who does what: implements / uses from the right actor, cooperation and recognition."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.document import Document
from loaders.pipeline import extract

REPORT = (
    "兰考县推进基层治理经验\n"
    "近年来,兰考县深入实施“红色引擎”工程,严格落实包联机制,被中组部确定为全国基层党建示范县。\n"
    "城关镇东街社区“好邻居”议事会解决矛盾纠纷160余件。\n"
    "兰考县与河南大学签订合作协议,经验做法被人民日报、河南日报等宣传报道。\n"
)


def _triples(text: str = REPORT) -> tuple[Document, set[tuple[str, str, str]]]:
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    return doc, {(label[r.subject], r.predicate, label[r.object]) for r in doc.relations}


def test_report_subject_does_what_its_report_describes() -> None:
    _, triples = _triples()
    assert ("兰考县", "implements", "“红色引擎”工程") in triples
    assert ("兰考县", "uses", "包联机制") in triples
    assert ("兰考县", "implements", "全国基层党建示范县") in triples


def test_named_owner_is_the_actor() -> None:
    _, triples = _triples()
    assert ("东街社区", "uses", "“好邻居”议事会") in triples
    assert ("兰考县", "uses", "“好邻居”议事会") not in triples


def test_collaboration_and_recognition() -> None:
    _, triples = _triples()
    assert ("兰考县", "collaboratesWith", "河南大学") in triples
    assert ("兰考县", "recognizedBy", "中共中央组织部") in triples
    assert ("兰考县", "recognizedBy", "人民日报") in triples
    assert ("兰考县", "recognizedBy", "河南日报") in triples


def test_every_relation_has_provenance() -> None:
    doc, _ = _triples()
    for r in doc.relations:
        if r.predicate != "partOf":
            assert r.passage is not None and 0 <= r.passage < len(doc.passages)


def test_renamed_sample_gives_the_same_activities_metrics_and_relations() -> None:
    """General rules only: other real names of the same shapes leave the structure unchanged."""
    from collections import Counter

    from test_renamed_sample import _renames

    from loaders import sample_corpus

    text = sample_corpus().read_text(encoding="utf-8")
    renamed = text
    for old, new in sorted(_renames().items(), key=lambda kv: -len(kv[0])):
        renamed = renamed.replace(old, new)

    def shape(t: str) -> tuple[Counter[str], Counter[str], list[tuple[str, str]]]:
        doc = extract(Document(path=Path("s.txt"), text=t))
        acts = Counter(e.cls for e in doc.entities.values() if e.cls in ("Initiative", "Mechanism", "PolicyDocument"))
        return (
            acts,
            Counter(r.predicate for r in doc.relations),
            [(str(m.value), m.unit) for m in doc.metrics],
        )

    assert shape(text) == shape(renamed)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        pytest.param(
            "兰考县社区治理经验\n"
            "兰考县持续推进社区治理。城关镇东街社区、西街社区先进做法纳入全省基层治理创新典型案例。\n",
            [("东街社区", "recognizedBy", "河南省"), ("西街社区", "recognizedBy", "河南省")],
            [],
            id="listed_doers_share_a_provincial_honour",
        ),
        pytest.param(
            "兰考县人才工作经验\n"
            "兰考县持续优化人才生态。支持富士康、比亚迪等企业建设博士后科研工作站,新增创新平台12个。\n",
            [("富士康", "uses", "博士后科研工作站"), ("比亚迪", "uses", "博士后科研工作站")],
            [("兰考县", "uses", "博士后科研工作站")],
            id="organizations_made_to_act_are_the_doers",
        ),
    ],
)
def test_the_doers_of_a_sentence(
    text: str, present: list[tuple[str, str, str]], absent: list[tuple[str, str, str]]
) -> None:
    _, triples = _triples(text)
    for triple in present:
        assert triple in triples
    for triple in absent:
        assert triple not in triples


def test_a_clause_without_its_own_doer_belongs_to_the_sentence_doer() -> None:
    text = (
        "兰考县网格治理经验\n"
        "兰考县持续推进网格治理。城关镇探索“吹哨报到”工作法,县城管局等部门接到上报问题后限时响应,"
        "今年累计处置问题830余件。\n"
    )
    doc, _ = _triples(text)
    assert [doc.entities[m.subject].label for m in doc.metrics] == ["城关镇"]


def test_bare_references_and_continued_sentences_keep_the_named_doer() -> None:
    text = (
        "兰考县外卖骑手党建经验\n"
        "兰考县市场监管局牵头成立兰考县外卖配送行业党委。"
        "针对骑手流动性大的状况,党委将3家平台520名骑手纳入工作范围,建立“骑手驿站”服务模式。"
        "同时,健全协调会商机制,组建联络专班。\n"
    )
    doc, triples = _triples(text)
    assert ("兰考县外卖配送行业党委", "uses", "“骑手驿站”服务模式") in triples
    assert ("兰考县外卖配送行业党委", "uses", "协调会商机制") in triples
    assert {doc.entities[m.subject].label for m in doc.metrics} == {"兰考县外卖配送行业党委"}


def test_the_subjects_own_committee_acts_for_it_but_a_department_does_not() -> None:
    text = (
        "靖西市推进乡村治理经验\n"
        "近年来,靖西市持续深化基层治理。靖西市委出台《关于加强村级组织建设的意见》,建立“四议两公开”工作机制。"
        "市委组织部开展“头雁”培训计划。\n"
    )
    _, triples = _triples(text)
    does = {(s, o) for s, p, o in triples if p in ("implements", "uses")}
    assert ("靖西市", "《关于加强村级组织建设的意见》") in does
    assert not any(s == "靖西市委" for s, _ in does)
    assert any(s.endswith("组织部") and o == "“头雁”培训计划" for s, o in does), does


def test_a_villages_own_branch_acts_for_it_and_media_programmes_credit_their_outlet() -> None:
    text = (
        "红庙村发展集体经济经验\n"
        "近年来,红庙村党支部坚持“支部带社、社带户”,发展壮大集体经济。"
        "红庙村经验做法在中央电视台《焦点访谈》播出。\n"
    )
    _, triples = _triples(text)
    assert ("红庙村", "uses", "“支部带社、社带户”") in triples
    assert ("红庙村", "recognizedBy", "中央电视台") in triples


def test_the_body_a_task_is_assigned_to_does_it() -> None:
    text = (
        "兰考县推进乡村振兴经验\n近年来,兰考县持续深化改革。"
        "县委组织部建立包联机制,由县农业农村局负责实施高标准农田建设工程。\n"
    )
    _, triples = _triples(text)
    assert ("兰考县农业农村局", "implements", "高标准农田建设工程") in triples


def test_partners_joined_by_he_or_behind_their_city_and_signing_verbs() -> None:
    text = (
        "兰考县推进校地合作经验\n"
        "近年来,兰考县深化开放合作。兰考县和郑州大学共建乡村振兴研究院。城关镇同开封市祥符区结对共建。"
        "兰考县人民政府与河南农业大学签署战略合作框架协议。县工信和科技局开展技术服务。\n"
    )
    _, triples = _triples(text)
    collab = {(s, o) for s, p, o in triples if p == "collaboratesWith"}
    assert ("兰考县", "郑州大学") in collab
    assert ("城关镇", "祥符区") in collab
    assert ("兰考县人民政府", "河南农业大学") in collab
    assert not any("科技局" in o for _, o in collab)  # 和 inside a body's name joins nobody


def test_praise_received_from_a_body_is_recognition() -> None:
    text = "兰考县经验\n兰考县推行“四议两公开”。相关经验得到中央组织部肯定,受到省委通报表扬。\n"
    _, triples = _triples(text)
    assert ("兰考县", "recognizedBy", "中共中央组织部") in triples
    assert ("兰考县", "recognizedBy", "河南省委") in triples


def test_a_partner_collaborates_but_the_doer_does_the_deed() -> None:
    text = "红庙村发展茶产业经验\n近年来,红庙村党支部与河南农业大学合作建立茶叶专家工作站。\n"
    _, triples = _triples(text)
    does = {(s, o) for s, p, o in triples if p in ("implements", "uses")}
    assert ("河南农业大学", "茶叶专家工作站") not in does
    assert any(o == "茶叶专家工作站" for _, o in does)
    assert any(p == "collaboratesWith" and "河南农业大学" in (s, o) for s, p, o in triples)


def test_an_organization_that_opens_an_activitys_name_does_nothing() -> None:
    doc, triples = _triples(
        "兰考县经验\n2022年7月，宏达化工研发平台验收不达标，县科技局派出人员现场指导，促使企业研发平台达到标准。\n"
    )
    assert "宏达化工" in {e.label for e in doc.entities.values()}
    assert not [t for t in triples if t[0] == "宏达化工"]


def test_the_umbrella_is_what_the_title_or_the_lead_carries_out_not_a_means_or_a_setting() -> None:
    text = (
        "青溪县推行“红管家”服务模式\n"
        "近年来,青溪县在“学思践悟”主题教育中,通过“一网统管”平台,全面推行“红管家”服务模式。\n"
        "配强队伍。青溪县建立“楼栋议事会”制度,让“红管家”服务延伸到楼栋。\n"
    )
    _, triples = _triples(text)
    parts = {(s, o) for s, p, o in triples if p == "componentOf"}
    assert ("“楼栋议事会”制度", "“红管家”服务模式") in parts
    assert not {o for _, o in parts} & {"“学思践悟”主题教育", "“一网统管”平台"}


def test_a_lead_that_names_programmes_only_as_means_gives_no_umbrella() -> None:
    text = (
        "近年来,青溪县通过“一网统管”平台,在“学思践悟”主题教育中激活基层力量。\n"
        "青溪县建立“楼栋议事会”制度,每月召开一次。\n"
    )
    _, triples = _triples(text)
    assert not [t for t in triples if t[1] == "componentOf"]


def test_this_district_is_the_district_named_last() -> None:
    text = (
        "丽水市基层治理经验\n"
        "丽水市推进基层治理。就拿莲都区的“邻里帮”来说,从2019年开始,该区以解决居民需求为切入点,"
        "打造“邻里帮”自治平台。\n"
    )
    _, triples = _triples(text)
    assert ("莲都区", "uses", "“邻里帮”自治平台") in triples
    assert ("丽水市", "uses", "“邻里帮”自治平台") not in triples


def test_the_place_a_clause_names_alone_does_what_follows() -> None:
    text = (
        "莲都区关爱新就业群体经验\n"
        "莲都区推进新就业群体服务。3月5日,在莲都区紫金街道,一场“暖蜂驿站”开放日活动吸引了百余名快递小哥参与。\n"
    )
    _, triples = _triples(text)
    assert ("紫金街道", "implements", "“暖蜂驿站”开放日活动") in triples


def test_the_title_names_the_umbrella_when_the_lead_only_describes() -> None:
    text = (
        "健全“三联三办”机制\n"
        "遂昌县地处浙西南山区,是全国生态示范县。\n"
        "近年来,遂昌县深入实施“三联三办”机制,推动基层治理提质。\n"
        "配强力量。推行“片组长”制度,把“三联三办”延伸到村民小组。\n"
    )
    _, triples = _triples(text)
    assert ("“片组长”制度", "componentOf", "“三联三办”机制") in triples


def test_what_a_definition_after_ji_sets_up_are_the_practices_parts() -> None:
    text = (
        "遂昌县社区治理经验\n"
        "遂昌县在小区推行“党员双岗”,即在楼栋设置党员示范岗,在单元设置“邻里服务站”,同时建立“楼长议事会”。\n"
    )
    _, triples = _triples(text)
    parts = {(s, o) for s, p, o in triples if p == "componentOf"}
    assert ("党员示范岗", "“党员双岗”") in parts and ("“邻里服务站”", "“党员双岗”") in parts
    assert ("“楼长议事会”", "“党员双岗”") not in parts


def test_units_in_an_announced_honours_list_are_recognized_by_the_announcer() -> None:
    text = (
        "丽水发布基层治理典型案例\n"
        "昨天,丽水市民政局发布“2023年度丽水市基层治理典型案例名单”,共6个案例入选。\n"
        "此次公布的典型案例分别为,莲都区:推行“邻里帮”服务模式;缙云县:实施“乡贤议事”工程;"
        "遂昌县妙高街道:探索“红色物业”联盟。\n"
    )
    _, triples = _triples(text)
    recognized = {s for s, p, o in triples if p == "recognizedBy" and o == "丽水市民政局"}
    assert recognized == {"莲都区", "缙云县", "妙高街道"}


def test_the_practice_whose_experience_is_praised_is_recognized() -> None:
    text = (
        "遂昌县法律服务经验\n遂昌县联合邻县司法部门建立“山海联调”工作站,调解成功率达95%,相关经验获浙江省司法厅推广。\n"
    )
    _, triples = _triples(text)
    assert ("“山海联调”工作站", "recognizedBy", "浙江省司法厅") in triples
    assert ("遂昌县", "recognizedBy", "浙江省司法厅") not in triples  # the practice's experience, not the county's


def test_the_experience_of_a_whole_report_is_its_doers() -> None:
    text = (
        "遂昌县基层治理经验\n遂昌县推行“山海联调”机制,组织120名法律工作者兼任村级调解员,经验做法被浙江日报宣传报道。\n"
    )
    _, triples = _triples(text)
    assert ("遂昌县", "recognizedBy", "浙江日报") in triples
    assert ("“山海联调”机制", "recognizedBy", "浙江日报") not in triples  # bare 经验做法: the report's work


@pytest.mark.parametrize(
    ("sentence", "parts", "whole"),
    [
        pytest.param(
            "遂昌县探索建立“校院协作”“校企联培”等柔性引才机制。",
            ["“校院协作”", "“校企联培”"],
            "柔性引才机制",
            id="a_list_closed_by_its_head",
        ),
        pytest.param(
            "遂昌县将集团化办学分为紧密型、托管型和协作型3种模式。",
            ["紧密型", "托管型", "协作型"],
            "集团化办学",
            id="what_a_practice_is_divided_into",
        ),
    ],
)
def test_explicit_part_markers(sentence: str, parts: list[str], whole: str) -> None:
    _, triples = _triples(f"遂昌县经验\n{sentence}\n")
    found = {s for s, p, o in triples if p == "componentOf" and whole.startswith(o)}  # 柔性引才(机制)
    assert found == set(parts)


def test_the_model_a_programme_follows_is_its_part() -> None:
    text = "遂昌县经验\n遂昌县启动“强村联盟”三年培育计划,该县挖掘乡村资源,按照“一强带三弱”模式,推动村集体抱团发展。\n"
    _, triples = _triples(text)
    assert ("“一强带三弱”模式", "componentOf", "“强村联盟”三年培育计划") in triples


def test_institutions_a_county_draws_experts_from_work_with_it() -> None:
    text = "遂昌县人才工作经验\n遂昌县柔性引进浙江农林大学、丽水学院等高校专家12名,协同建立茶叶科技服务团队。\n"
    _, triples = _triples(text)
    partners = {o for s, p, o in triples if p == "collaboratesWith" and s == "遂昌县"}
    assert partners == {"浙江农林大学", "丽水学院"}


def test_a_class_of_bodies_is_no_referent() -> None:
    text = (
        "遂昌县在职党员进社区经验\n"
        "遂昌县组织在职党员到妙高社区报到。社区党组织通过上门走访了解群众需求,制定“微心愿”服务清单。\n"
    )
    _, triples = _triples(text)
    assert ("遂昌县", "uses", "“微心愿”服务清单") in triples
    assert ("妙高社区", "uses", "“微心愿”服务清单") not in triples


def test_hosts_work_with_co_organisers_and_units_whose_resources_they_pool() -> None:
    text = (
        "莲都区新就业群体关爱活动\n"
        "此次活动由丽水市委社会工作部指导,莲都区委社会工作部主办,紫金街道办事处、白云社区承办。\n"
        "白云社区整合辖区内丽水银行、浙江丽水电信等5家单位资源开展“暖蜂”关爱行动。\n"
    )
    _, triples = _triples(text)
    partners = {(s, o) for s, p, o in triples if p == "collaboratesWith"}
    assert {("莲都区委社会工作部", "紫金街道"), ("莲都区委社会工作部", "白云社区")} <= partners
    assert ("白云社区", "丽水银行") in partners
    assert not {o for s, o in partners if s == "白云社区"} & {"丽水市", "浙江省"}


def test_a_named_list_holds_its_members_and_a_kind_belongs_to_its_practice() -> None:
    text = (
        "遂昌县基层治理经验\n"
        "遂昌县以“片长片聘、一片一员、片产村管”三项改革为基础推进基层治理。\n"
        "推行“片长片聘”改革,选齐配强片长。\n"
        "遂昌县大力发展“共富工坊”,建成“龙头企业+合作社”型共富工坊12家。\n"
    )
    _, triples = _triples(text)
    assert ("“片长片聘”改革", "componentOf", "“片长片聘、一片一员、片产村管”三项改革") in triples
    assert ("“龙头企业+合作社”型共富工坊", "componentOf", "“共富工坊”") in triples


def test_a_heading_that_names_a_counted_group_of_the_lead_gathers_its_parts() -> None:
    text = (
        "遂昌县返乡创业工作经验\n"
        "去年以来,遂昌县成立“一个中心”,搭建“两个平台”,推进返乡创业工作。\n"
        "搭建信息平台,加强沟通交流。\n"
        "遂昌县建立外出人员信息台账,实行动态管理。\n"
    )
    _, triples = _triples(text)
    assert ("外出人员信息台账", "componentOf", "“两个平台”") in triples
    assert ("“两个平台”", "componentOf", "“一个中心”") not in triples


def test_the_body_that_leads_a_team_forms_it_and_works_with_its_members() -> None:
    text = (
        "遂昌县帮扶经验\n"
        "两年来,由遂昌县妙高街道牵头,云峰街道、县人社局组成的乡村振兴工作队,累计投入帮扶资金1200万元。\n"
    )
    _, triples = _triples(text)
    assert ("妙高街道", "uses", "乡村振兴工作队") in triples
    assert ("云峰街道", "uses", "乡村振兴工作队") not in triples
    partners = {o for s, p, o in triples if p == "collaboratesWith" and s == "妙高街道"}
    assert partners == {"云峰街道", "遂昌县人社局"}


def test_a_team_list_may_go_on_past_bodies_of_no_known_name() -> None:
    text = "遂昌县帮扶经验\n由遂昌县妙高街道牵头,云峰街道、某某办、某某站组成的帮扶工作队进驻山区。\n"
    _, triples = _triples(text)
    assert ("妙高街道", "collaboratesWith", "云峰街道") in triples


def test_bodies_named_together_as_doers_act_together() -> None:
    text = "莲都区关爱新就业群体经验\n近日,莲都区委组织部、莲都区民政局整合各方资源,推动组建“暖蜂”服务联盟。\n"
    _, triples = _triples(text)
    assert ("莲都区委组织部", "collaboratesWith", "莲都区民政局") in triples


def test_a_unit_above_the_subject_named_alone_acts_itself_but_as_an_address_prefix_does_not() -> None:
    text = (
        "兰考县推进议事协商经验\n"
        "近年来,兰考县深化基层协商。河南省制定《村级议事协商指导目录》,明确协商事项。"
        "河南省兰考县推行“五议五不议”清单。\n"
    )
    _, triples = _triples(text)
    does = {(s, o) for s, p, o in triples if p in ("implements", "uses")}
    assert ("河南省", "《村级议事协商指导目录》") in does
    assert ("兰考县", "《村级议事协商指导目录》") not in does
    assert ("兰考县", "“五议五不议”清单") in does
    assert ("河南省", "“五议五不议”清单") not in does


def test_bodies_whose_people_are_drawn_or_paired_work_with_the_doer() -> None:
    text = (
        "兰考县人才工作经验\n"
        "近年来,兰考县大力实施柔性引才行动。聘请王明、李华等8名河南农业大学教授,"
        "柔性引进30名郑州市专业技术人才、5名河南大学志愿者开展支教服务。"
        "兰考县人民医院与6名河南省人民医院医疗专家确立帮扶关系。\n"
    )
    _, triples = _triples(text)
    collab = {(s, o) for s, p, o in triples if p == "collaboratesWith"}
    assert ("兰考县", "河南农业大学") in collab
    assert ("兰考县", "郑州市") in collab
    assert ("兰考县", "河南大学") in collab
    assert ("兰考县人民医院", "河南省人民医院") in collab


def test_a_provincial_title_and_a_practices_experience_noticed_by_the_press_are_recognition() -> None:
    text = (
        "兰考县乡村旅游经验\n"
        "近年来,兰考县大力发展乡村旅游,兰考县获评“省级乡村旅游示范县”。"
        "“红色驿站”建设经验做法得到人民日报关注。\n"
    )
    _, triples = _triples(text)
    assert ("兰考县", "recognizedBy", "河南省") in triples
    assert ("“红色驿站”建设", "recognizedBy", "人民日报") in triples


def _components(text: str) -> set[tuple[str, str]]:
    _, triples = _triples(text)
    return {(s, o) for s, p, o in triples if p == "componentOf"}


@pytest.mark.parametrize(
    ("sentence", "part", "whole"),
    [
        pytest.param(
            "兰考县以“红色驿站”为抓手,深入推进“幸福家园”行动。", "“红色驿站”", "“幸福家园”行动", id="means_as"
        ),
        pytest.param(
            "兰考县通过“四议两公开”工作法,推动“清廉村居”建设。", "“四议两公开”工作法", "“清廉村居”建设", id="through"
        ),
        pytest.param("兰考县围绕“一村一实事”,开展“暖心助老”项目。", "“暖心助老”项目", "“一村一实事”", id="around"),
        pytest.param(
            "兰考县创新建立“教师共享池”,核心是构建“一年一调配”的动态管理机制。",
            "“一年一调配”的动态管理机制",
            "“教师共享池”",
            id="core_is",
        ),
        pytest.param(
            "兰考县落实“万人联村”行动“三个清单”,推进治理。", "“三个清单”", "“万人联村”行动", id="written_together"
        ),
        pytest.param(
            "兰考县推进“共富工坊”建设,其中“村企联建”工坊发展最快。", "“村企联建”工坊", "“共富工坊”建设", id="among"
        ),
        pytest.param(
            "兰考县“红色驿站”面积300㎡,分为“书香角”和“议事厅”两个区域。", "“议事厅”", "“红色驿站”", id="divided"
        ),
    ],
)
def test_components_a_sentence_states(sentence: str, part: str, whole: str) -> None:
    assert (part, whole) in _components(f"兰考县基层治理经验\n近年来,兰考县持续深化基层治理。{sentence}\n")


def test_quoted_names_side_by_side_are_a_list_not_parts() -> None:
    comps = _components("兰考县经验\n近年来,兰考县设置“党员示范岗”“党员责任区”。\n")
    assert ("“党员责任区”", "“党员示范岗”") not in comps


@pytest.mark.parametrize(
    ("name", "concept"),
    [
        ("校企联合培养机制", "IndustryAcademiaCollaboration"),
        ("院地协作工作站", "IndustryAcademiaCollaboration"),
        ("“三格合一”多格合一治理", "GridGovernance"),
        ("文明城市示范县创建", "DemonstrationSites"),
        ("高效农业示范园建设项目", "DemonstrationSites"),
        ("乡村治理评价指标体系", "EvaluationRanking"),
        ("土地股份合作社改革", "CollectiveEconomy"),
        ("党员堡垒户", "PartyMemberHouseholdContact"),
    ],
)
def test_terms_of_the_field_name_their_category(name: str, concept: str) -> None:
    from loaders.activities import categories_for

    assert concept in categories_for({name})


def test_the_subject_of_the_verb_before_an_activity_does_it_but_a_partner_does_not() -> None:
    text = (
        "兰考县基层治理经验\n"
        "近年来,兰考县深化基层治理。网格员张强是城关镇推行“红色代办”服务的一分子。"
        "兰考县联合中国邮政储蓄银行开展“惠商贷”活动。\n"
    )
    _, triples = _triples(text)
    does = {(s, o) for s, p, o in triples if p in ("implements", "uses")}
    assert ("城关镇", "“红色代办”服务") in does
    assert ("兰考县", "“惠商贷”活动") in does
    assert not any(s == "中国邮政储蓄银行" for s, _ in does)


def test_a_name_listed_inside_another_quoted_name_is_its_part() -> None:
    comps = _components(
        "兰考县基层治理经验\n近年来,兰考县持续深化基层治理。"
        "兰考县构建“党支部领导—村民议事会、乡贤理事会协商—村委会实施”的村级治理机制。各村推行村民议事会。\n"
    )
    whole = "“党支部领导—村民议事会、乡贤理事会协商—村委会实施”的村级治理机制"
    assert ("村民议事会", whole) in comps


def test_an_activity_said_to_be_a_units_is_done_by_that_unit() -> None:
    text = (
        "兰考县基层治理经验\n"
        "近年来,兰考县深化基层协商。“村事村议”工作法是城关镇统筹村民议事协商的基层治理品牌,旨在推动群众参与。\n"
    )
    _, triples = _triples(text)
    does = {(s, o) for s, p, o in triples if p in ("implements", "uses")}
    assert ("城关镇", "“村事村议”工作法") in does
    assert ("兰考县", "“村事村议”工作法") not in does


def test_a_units_state_owned_company_acts_for_it_as_well() -> None:
    text = (
        "兰考县人才工作经验\n"
        "近年来,兰考县深化人才工作。兰考县国有资本投资有限公司在郑州市设立“人才飞地”,服务本地企业研发。\n"
    )
    doc, triples = _triples(text)
    does = {(s, o) for s, p, o in triples if p in ("implements", "uses")}
    company = next(e.label for e in doc.entities.values() if e.cls == "Enterprise")
    assert (company, "“人才飞地”") in does
    assert ("兰考县", "“人才飞地”") in does
