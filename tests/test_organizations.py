"""Organizations: division codes and parent chains, bodies resolved to their unit, subjects, English."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import segment
from loaders.document import Document
from loaders.names import divisions
from loaders.names import stage as organizations


def _orgs(text: str, source: str | None = None) -> Document:
    doc = Document(path=Path("t.txt"), text=text, source=source)
    return organizations.run(segment.run(doc))


def _labels(doc: Document) -> dict[str, str]:
    return {e.label: e.cls for e in doc.entities.values()}


def _parents(doc: Document, key: str) -> list[str]:
    chain: list[str] = []
    seen = {key}
    while True:
        nxt = [r.object for r in doc.relations if r.subject == key and r.predicate == "partOf"]
        if not nxt or nxt[0] in seen:
            return chain
        key = nxt[0]
        seen.add(key)
        chain.append(doc.entities[key].label)


def test_division_data_gives_codes_classes_and_chains() -> None:
    d = divisions.by_name("华龙区")[0]
    assert (d.code, d.cls, d.short) == ("410902000000", "District", "华龙")
    assert [x.name for x in divisions.chain(d)] == ["华龙区", "濮阳市", "河南省"]
    assert len(divisions.by_name("朝阳区")) >= 2
    assert divisions.by_name("长白朝鲜族自治县")[0].short == "长白"


def test_a_county_is_linked_to_its_code_and_parent_chain() -> None:
    doc = _orgs("经验交流\n近年来，南乐县坚持党建引领，全县建成网格328个。")
    key = "place/410923000000"
    assert doc.reports[0].subject == key
    ent = doc.entities[key]
    assert (ent.label, ent.cls, ent.code, ent.label_en) == (
        "南乐县",
        "County",
        "410923000000",
        "Nanle County",
    )
    assert "南乐" in ent.alt_labels
    assert _parents(doc, key) == ["濮阳市", "河南省"]
    assert doc.entities["place/410900000000"].label_en == "Puyang City"
    assert doc.entities["place/410000000000"].label_en == "Henan Province"
    refs = [m for m in doc.mentions if m.rule == "reference"]
    assert [(m.text, m.key) for m in refs] == [("全县", key)]
    assert "全县" not in ent.alt_labels


def test_an_ambiguous_district_follows_the_document_province() -> None:
    beijing = _orgs("经验\n北京市朝阳区推进治理。朝阳区建立机制。")
    jilin = _orgs("经验\n吉林省长春市朝阳区推进治理。朝阳区建立机制。")
    assert "place/110105000000" in beijing.entities and "place/220104000000" not in beijing.entities
    assert "place/220104000000" in jilin.entities and "place/110105000000" not in jilin.entities


def test_bodies_resolve_to_the_report_unit() -> None:
    text = (
        "经验\n近年来，华龙区深入贯彻省委、市委部署要求，成立区卫健委、区教育局等单位牵头的行业党委。"
        "县委书记到场。经验被中组部确定为试点，荣获省教育厅表彰。\n"
    )
    doc = _orgs(text)
    labels = _labels(doc)
    assert labels["华龙区卫健委"] == "GovernmentAgency" and labels["华龙区教育局"] == "GovernmentAgency"
    assert labels["河南省委"] == "PartyOrganization" and labels["濮阳市委"] == "PartyOrganization"
    assert labels["河南省教育厅"] == "GovernmentAgency"
    central = doc.entities["org/中共中央组织部"]
    assert central.cls == "PartyOrganization" and "中组部" in central.alt_labels
    assert central.label_en == "Organization Department of the CPC Central Committee"
    assert "区卫健委" in doc.entities["org/华龙区卫健委"].alt_labels
    assert _parents(doc, "org/华龙区卫健委") == ["华龙区", "濮阳市", "河南省"]
    assert doc.entities["org/华龙区卫健委"].label_en == "Hualong District Health Commission"


def test_a_named_body_leads_its_report() -> None:
    doc = _orgs("教育经验\n市委教育工委全面贯彻党的教育方针。我市被教育部命名为示范区。\n来源:濮阳党建网\n")
    assert doc.reports[0].subject == "org/濮阳市委教育工委"
    ent = doc.entities["org/濮阳市委教育工委"]
    assert "市委教育工委" in ent.alt_labels and _parents(doc, ent.key)[0] == "濮阳市"
    assert doc.place == "place/410900000000"
    assert [m.key for m in doc.mentions if m.text == "我市"] == ["place/410900000000"]


def test_enterprises_institutions_and_media() -> None:
    text = (
        "经验\n近年来，某县依托鑫业油脂等企业引才。盛源石化成立研究院以来申请专利33项。"
        "联合邮储银行开展活动，与郑州大学签约，与中科院过程所合作。"
        "典型做法被《调查研究》刊发，经验被中央电视台、河南日报等宣传报道。信原物业集团党委有党员117名。\n"
    )
    doc = _orgs(text)
    labels = _labels(doc)
    for name in ("鑫业油脂", "盛源石化", "信原物业集团"):
        assert labels[name] == "Enterprise", name
    bank = doc.entities["org/中国邮政储蓄银行"]  # a standard abbreviation keeps the full name
    assert bank.cls == "Enterprise" and "邮储银行" in bank.alt_labels
    assert labels["郑州大学"] == "ResearchInstitution" and labels["中科院过程所"] == "ResearchInstitution"
    assert labels["《调查研究》"] == "MediaOutlet" and labels["中央电视台"] == "MediaOutlet"
    assert labels["河南日报"] == "MediaOutlet"
    assert labels["信原物业集团党委"] == "PartyOrganization"


@pytest.mark.parametrize(
    "sentence",
    [
        "古市镇引入甲乙物业管理有限公司实施托管，由该公司对镇内12个小区统一提供服务。",
        "县里引进丙丁科技有限公司，与这家公司签订用工协议。",
        "对此企业给予一次性奖励。",
    ],
)
def test_a_company_pointed_at_is_no_name(sentence: str) -> None:
    """由该公司, 与这家公司, 对此企业: a demonstrative, with or without a preposition, points back at a company."""
    labels = _labels(_orgs("经验\n近年来，某县坚持党建引领。" + sentence + "\n"))
    assert not [name for name in labels if name.startswith(("由", "与", "对", "该", "这", "此"))]


def test_policy_titles_are_left_to_the_activity_stage() -> None:
    doc = _orgs("经验\n出台《某县支持科技研发平台建设八条措施》，编印《工作手册》。\n")
    assert not [e for e in doc.entities.values() if "《" in e.label]


@pytest.mark.parametrize(
    "fragment",
    [
        "乡镇",
        "党员",
        "全县",
        "软弱涣散村",
        "兼任社区",
        "下沉社区",
        "村党支部",
        "科技型",
        "城市社区",
        "企业文化",
    ],
)
def test_generic_words_are_no_entities(fragment: str) -> None:
    text = (
        "经验\n近年来，某地推进乡镇工作，党员下沉社区，检察官兼任社区法治副主任，转化软弱涣散村12个，"
        "村党支部书记述职，培育科技型中小企业，加强城市社区党建，推动企业文化建设，全县划分网格。\n"
    )
    labels = {lab for e in _orgs(text).entities.values() for lab in (e.label, *e.alt_labels)}
    assert fragment not in labels


def test_townships_villages_and_communities_get_parents_from_context() -> None:
    doc = _orgs("经验\n杨某家住吉林省镇赉县兴旺村。柳河镇青松村工作队进村。兴旺村党支部书记介绍。\n")
    labels = _labels(doc)
    assert labels["兴旺村"] == "Village" and labels["柳河镇"] == "Township" and labels["青松村"] == "Village"
    assert _parents(doc, "place/220821000000/兴旺村")[:1] == ["镇赉县"]
    assert _parents(doc, "place/220821000000/柳河镇/青松村")[:2] == ["柳河镇", "镇赉县"]
    assert labels["兴旺村党支部"] == "PartyOrganization"
    assert "镇赉县兴旺村" in doc.entities["place/220821000000/兴旺村"].alt_labels


def test_a_unit_newer_than_the_data_sits_under_its_written_prefecture() -> None:
    doc = _orgs("经验\n为解决问题，大同市御河区选派指导员。\n")  # an invented district
    assert doc.reports[0].subject == "place/140200000000/御河区"
    assert _parents(doc, "place/140200000000/御河区")[:2] == ["大同市", "山西省"]


def test_a_county_renamed_since_is_found_by_either_name() -> None:
    """Current codes (a county made a district) and the name older reports use reach one place."""
    new, old = _orgs("经验\n沙县区推行一网通办。\n"), _orgs("经验\n沙县推行一网通办。\n")
    assert new.reports[0].subject == old.reports[0].subject == "place/350405000000"
    assert _labels(new)["沙县区"] == "District" and _parents(new, "place/350405000000")[:1] == ["三明市"]
    town = _orgs("经验\n沙县区凤鸣镇新桥村推行积分制管理。\n")  # the current name is read whole, not 沙县|区凤鸣镇
    assert _parents(town, "place/350405000000/凤鸣镇/新桥村")[:2] == ["凤鸣镇", "沙县区"]


def test_the_source_url_names_the_district_for_a_bare_district_committee() -> None:
    doc = _orgs(
        "7月19日，区委常委带队赴下陆区考察。在黄石港区注册的企业。\n",
        source="https://www.huangshigang.gov.cn/a/1.html",
    )
    assert doc.reports[0].subject == doc.entities["place/420202000000"].key


def test_actor_at_and_subject_of() -> None:
    text = "经验\n近年来，某县依托鑫业油脂等企业引才。盛源石化成立研究院以来，先后申请专利33项。\n"
    doc = _orgs(text)
    p_dep = next(i for i, p in enumerate(doc.passages) if "依托" in doc.text[p.start : p.end])
    p_act = next(i for i, p in enumerate(doc.passages) if "盛源" in doc.text[p.start : p.end])
    assert organizations.actor_at(doc, p_dep, doc.text.index("引才")) is None
    assert organizations.actor_at(doc, p_act, doc.text.index("33项")) == "org/盛源石化"
    assert organizations.subject_of(doc, p_act) == doc.reports[0].subject


def test_every_mention_is_an_offset_with_a_key() -> None:
    doc = _orgs("经验\n近年来，南乐县坚持党建引领，县委常委会研究，梁村乡入选示范点。\n")
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text and m.key in doc.entities
        assert m.passage in doc.entities[m.key].passages or m.rule == "reference"


def test_quoted_practice_names_are_no_organizations() -> None:
    labels = _labels(_orgs("经验\n近年来，某县推行“两山银行”模式，打造“红色物业”联盟。\n"))
    assert "两山银行" not in labels


def test_associations_and_level_institutes() -> None:
    text = "经验\n近年来，浙江省湖州市安吉县白茶产业协会吸纳会员，省农科院专家驻村，县工商联组织企业结对。\n"
    labels = _labels(_orgs(text))
    assert labels["安吉县白茶产业协会"] == "SocialOrganization"
    assert labels["浙江省农科院"] == "ResearchInstitution"
    assert labels["安吉县工商联"] == "SocialOrganization"


def test_without_any_named_unit_localities_and_bodies_stay_in_their_document() -> None:
    doc = _orgs("经验\n近年来，我县推行网格化管理，县委政法委牵头。石门镇李家村党支部书记带头。\n")
    assert doc.reports[0].subject is None  # 我县 leads: no named unit to speak for
    keys = {e.label: k for k, e in doc.entities.items()}
    assert keys["石门镇"].startswith("place/d-") and keys["县委政法委"].startswith("org/d-")
    assert _parents(doc, keys["李家村"])[:1] == ["石门镇"]


def test_one_node_for_a_locality_named_twice() -> None:
    doc = _orgs("黉门街社区：小区党建\n成都市武侯区玉林街道黉门街社区探索新模式。黉门街社区议事会运行良好。\n")
    communities = [e for e in doc.entities.values() if e.label == "黉门街社区"]
    assert len(communities) == 1 and _parents(doc, communities[0].key)[:2] == ["玉林街道", "武侯区"]


def test_short_names_need_a_closed_right_edge_when_they_are_words() -> None:
    doc = _orgs("经验\n近年来，大方县坚持方向。把握大方向，大方、织金等县推进。\n")
    shorts = [m.text for m in doc.mentions if m.key == "place/520521000000"]
    assert shorts == ["大方县", "大方"]


def test_an_author_line_names_the_report_and_keeps_its_party_prefix() -> None:
    doc = _orgs("材料汇编\n抓党建促振兴\n中共南乐县委\n近年来，我县坚持党建引领，全县建成网格328个。\n")
    assert doc.reports[0].subject == "place/410923000000"
    assert "中共南乐县委" in doc.entities["org/南乐县委"].alt_labels


def test_an_administrative_committee_is_a_government_agency() -> None:
    doc = _orgs("经验\n今年以来，长沙市望城区推进治理，湘江新区管委会、区住建局定期到社区。\n")
    ent = next(e for e in doc.entities.values() if e.label == "湘江新区管委会")
    assert ent.cls == "GovernmentAgency" and ent.label_en == "Xiangjiangxinqu Administrative Committee"


def test_enterprise_party_committees_branches_and_listed_platforms() -> None:
    text = (
        "经验\n近年来，宁波市北仑区非公经济组织党委推动覆盖。国网宁波供电公司党委开展服务，"
        "中国银行北仑支行推出产品，均胜电子、博威合金等企业建立岗位，美团、饿了么等平台企业建立服务站。\n"
    )
    doc = _orgs(text)
    assert doc.reports[0].subject == "org/北仑区非公经济组织党委"
    labels = _labels(doc)
    for name in ("国网宁波供电公司", "中国银行北仑支行", "均胜电子", "博威合金", "美团", "饿了么"):
        assert labels[name] == "Enterprise", name
    assert labels["国网宁波供电公司党委"] == "PartyOrganization"
    assert _parents(doc, "org/中国银行北仑支行")[:1] == ["中国银行"]
    assert not [lab for lab in labels if lab.endswith("镇")]


def test_a_brand_opening_a_sentence_about_enterprises() -> None:
    text = "经验\n近年来，某县引导企业创新。盛通聚源攻克关键技术，获得二等奖。党员干部攻坚克难。\n"
    labels = _labels(_orgs(text))
    assert labels["盛通聚源"] == "Enterprise" and "党员干部" not in labels


def test_the_title_names_the_document_place() -> None:
    doc = _orgs("安吉县：绿水青山引领治理\n近年来，浙江省湖州市坚持理念，长兴县、德清县学习借鉴。\n")
    assert doc.place == "place/330523000000"


def test_division_data_is_read_without_importing_cpca_or_pandas() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from loaders.names import divisions; divisions.index(); "
        "print('cpca' in sys.modules or 'pandas' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "False"


def test_a_verb_like_brand_opening_its_clause_before_a_legal_suffix() -> None:
    labels = _labels(_orgs("经验\n近年来，某区推进党建，跨越集团建成示范点。\n"))
    assert labels["跨越集团"] == "Enterprise"


def test_street_named_communities_and_one_that_organizes() -> None:
    doc = _orgs("成都市武侯区玉林街道辖8个社区。玉林北一路社区推行议事制度；芳草街社区组织开展志愿服务。")
    labels = _labels(doc)
    assert labels["玉林北一路社区"] == "Community" and labels["芳草街社区"] == "Community"


def test_slogans_and_clauses_before_a_unit_word_are_no_names() -> None:
    doc = _orgs("成都市武侯区玉林街道。小事不出楼栋、大事不出社区。数据实时上传社区平台，重点协调跨社区的停车事务。")
    assert not [label for label, cls in _labels(doc).items() if cls == "Community"]


def test_a_district_named_like_a_common_noun_needs_its_prefecture() -> None:
    assert "老城区" not in _labels(_orgs("成都市锦江区地处老城区，推进老城区有机更新。"))
    assert _labels(_orgs("洛阳市老城区推进有机更新。"))["老城区"] == "District"


def test_registered_company_names_run_from_their_place() -> None:
    doc = _orgs("街道引进国有物业企业成都城投物业服务有限公司，由厦门建发国际投资集团有限公司承办。")
    labels = _labels(doc)
    assert labels["成都城投物业服务有限公司"] == "Enterprise"
    assert labels["厦门建发国际投资集团有限公司"] == "Enterprise"


def test_courts_police_stations_and_hospitals() -> None:
    doc = _orgs(
        "成都市武侯区玉林街道与武侯区人民法院共建调解室，与四川大学附属医院共建健康驿站，玉林派出所民警进网格。"
    )
    labels = _labels(doc)
    assert labels["武侯区人民法院"] == "GovernmentAgency"
    assert labels["四川大学附属医院"] == "SocialOrganization"
    assert labels["玉林派出所"] == "GovernmentAgency"


def test_a_byline_names_the_reporting_department() -> None:
    text = (
        "以考评为抓手推动基层党组织全面过硬\n——中共绵阳市委组织部经验交流材料\n\n"
        "绵阳市位于四川省北部，辖3区5县1市。近年来，市委组织部坚持大抓基层。\n"
    )
    doc = _orgs(text)
    assert doc.entities[doc.reports[0].subject].label == "绵阳市委组织部"


def test_a_hospital_committee_speaks_for_its_own_report() -> None:
    doc = _orgs("四川大学附属医院党委：党建引领公立医院高质量发展\n\n近年来，医院党委坚持把党的领导融入医院治理。\n")
    assert doc.entities[doc.reports[0].subject].label == "四川大学附属医院党委"


def test_a_county_named_like_a_verb_is_no_county_inside_a_clause() -> None:
    labels = _labels(_orgs("县委组织部会同县民政局、县农业农村局制定准入办法。"))
    assert "会同县" not in labels and "县民政局" in labels
    assert _labels(_orgs("近年来，会同县坚持党建引领。"))["会同县"] == "County"


def test_development_zones_are_administrative_units_under_one_key() -> None:
    doc = _orgs("武侯开发区：党建引领产业链\n\n成都武侯经济技术开发区坚持党建引领。推动国家级开发区和城市新区建设。\n")
    zones = {k: e for k, e in doc.entities.items() if e.cls == "AdministrativeUnit"}
    assert list(zones) == ["org/武侯开发区"]
    assert doc.entities[doc.reports[0].subject].label == "武侯开发区"


def test_english_names_take_the_longest_suffix() -> None:
    from loaders.names.english import english

    assert english("宏芯电子科技有限公司", "Enterprise").endswith("Co., Ltd.")
    assert english("市北区人民法院", "GovernmentAgency") == "Shibei District People's Court"


def test_notices_ending_in_报_are_no_newspapers() -> None:
    labels = _labels(_orgs("成都市武侯区实行每月一督查、季一通报制度，建立督导通报机制，经验被四川日报刊发。"))
    assert "季一通报" not in labels and "督导通报" not in labels and labels["四川日报"] == "MediaOutlet"


def test_hospitals_and_their_department_branches() -> None:
    doc = _orgs(
        "四川大学附属医院党委认真落实党委领导下的院长负责制。医院与蒲江县医院、大邑县医院等12家县级医院组建医联体，"
        "依托远程平台为县级医院提供会诊。心血管内科党支部推行“首诊负责”机制。\n"
    )
    labels = _labels(doc)
    assert labels["四川大学附属医院党委"] == "PartyOrganization"
    assert labels["蒲江县医院"] == "SocialOrganization" and labels["大邑县医院"] == "SocialOrganization"
    assert labels["心血管内科党支部"] == "PartyOrganization"
    assert not [label for label in labels if label.endswith("县级医院") or "认真" in label]


def test_a_long_registered_name_after_its_province() -> None:
    labels = _labels(_orgs("所属四川省交通勘察设计研究总院股份有限公司承担设计任务。"))
    assert labels["四川省交通勘察设计研究总院股份有限公司"] == "Enterprise"


def test_villages_named_by_common_words_and_law_firms() -> None:
    doc = _orgs(
        "成都市蒲江县甘溪镇。2023年，甘溪镇将军村被司法部命名为示范村。明月村则发展民宿，"
        "四川蒲江律师事务所与甘溪镇签订协议。\n"
    )
    labels = _labels(doc)
    assert labels["将军村"] == "Village" and labels["明月村"] == "Village"
    assert labels["四川蒲江律师事务所"] == "Enterprise"
    assert "富民强村" not in _labels(_orgs("坚持富民强村，推动全村发展。"))


def test_a_list_of_industries_names_no_companies() -> None:
    labels = _labels(_orgs("武侯开发区集聚智能电网、新能源汽车、绿色智能制造等产业企业2100家。"))
    assert not [label for label, cls in labels.items() if cls == "Enterprise"]


def test_a_long_village_name_after_its_township_and_a_zone_in_its_city() -> None:
    doc = _orgs("日喀则市江孜县。江孜镇班觉伦布村推行结对模式。\n南京江宁经济技术开发区坚持党建引领。\n")
    assert ("班觉伦布村", "江孜镇") in _part_of_labels(doc)
    assert ("南京江宁经济技术开发区", "南京市") in _part_of_labels(doc)


def _part_of_labels(doc: Document) -> set[tuple[str, str]]:
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "partOf"}


def test_a_brand_and_trade_before_a_word_of_company_work_is_a_company() -> None:
    labels = _labels(_orgs("2022年7月，宏达化工研发平台验收不达标，县科技局派出人员现场指导。"))
    assert labels["宏达化工"] == "Enterprise"


def test_a_list_of_practices_before_a_verb_names_no_companies() -> None:
    labels = _labels(_orgs("将民主恳谈、协商议事等制度融入公司治理。依托宏达油脂、兴源石化等企业招引专家。"))
    assert "民主恳谈" not in labels and "协商议事" not in labels
    assert labels["宏达油脂"] == "Enterprise" and labels["兴源石化"] == "Enterprise"


def test_a_bureau_named_in_full_and_a_report_about_a_unit() -> None:
    doc = _orgs("丰城市人力资源和社会保障局2025年工作总结\n\n2025年，丰城市人力资源和社会保障局紧扣稳就业目标。\n")
    assert doc.entities[doc.reports[0].subject].label == "丰城市人社局"
    assert "丰城市人力资源和社会保障局" in doc.entities[doc.reports[0].subject].alt_labels
    doc = _orgs("关于四川省蒲江县基层治理的调研报告\n\n今年6月，蒲江县委组织部成立调研组，走访12个村。\n")
    assert doc.entities[doc.reports[0].subject].label == "蒲江县"


def test_named_cooperatives_transliterated_townships_and_a_tribunal() -> None:
    doc = _orgs(
        "锡林郭勒盟阿巴嘎旗。深入别力古台镇、那仁宝拉格苏木、伊和高勒苏木。伊和高勒苏木额尔敦宝拉格嘎查调处纠纷27起。"
        "引导村集体领办土地股份合作社、劳务合作社、农机服务合作社等经营主体。城关镇兴旺劳务专业合作社由村党支部领办。"
        "旗劳动人事争议仲裁院结案率达98.5%。"
    )
    labels = _labels(doc)
    assert labels["那仁宝拉格苏木"] == "Township" and labels["额尔敦宝拉格嘎查"] == "Village"
    coop = next(e for e in doc.entities.values() if e.label == "城关镇兴旺劳务专业合作社")  # named after its town
    assert coop.cls == "Enterprise" and "兴旺劳务专业合作社" in coop.alt_labels
    assert "劳务合作社" not in labels and "农机服务合作社" not in labels and "土地股份合作社" not in labels
    assert labels["旗劳动人事争议仲裁院"] == "GovernmentAgency"


def test_a_room_in_a_residential_compound_and_a_national_pilot_are_no_bodies() -> None:
    labels = _labels(_orgs("南宁市西乡塘区是老城区。社区在每个小区设立“小区议事厅”，明秀社区被列入全国完整社区试点。"))
    assert labels["明秀社区"] == "Community"
    assert not [label for label in labels if label.endswith(("议事厅", "完整社区")) or label == "老城区"]


def test_the_body_after_由_does_the_clause() -> None:
    from loaders.names import stage as orgs

    doc = _orgs("蒲江县经验\n对暂不具备条件的小区，由县属国有企业蒲江城投物业服务有限公司兜底托管，已托管小区127个。\n")
    p = next(i for i, p in enumerate(doc.passages) if "托管" in doc.text[p.start : p.end])
    assert orgs.actor_at(doc, p, doc.text.index("127")) == "org/蒲江城投物业服务有限公司"


def test_shanghai_residential_areas_and_township_offices() -> None:
    labels = _labels(
        _orgs("上海市静安区临汾路街道。汾西路居民区推行议事制度。城关镇司法所调解纠纷86件。加强居民区建设。")
    )
    assert labels["汾西路居民区"] == "Community"
    assert labels["城关镇司法所"] == "GovernmentAgency"
    assert "居民区" not in labels


def test_kinds_of_company_are_no_companies() -> None:
    labels = _labels(_orgs("通过猎头公司、行业协会推荐人才。组建红色物业服务公司接管小区。引进华为技术有限公司。"))
    assert "猎头公司" not in labels and "红色物业服务公司" not in labels
    assert labels["华为技术有限公司"] == "Enterprise"


def test_a_zones_bare_committee_is_its_own() -> None:
    doc = _orgs("武侯开发区：链上党建\n\n近年来，开发区党工委坚持把党建工作嵌入产业链。\n")
    assert "武侯开发区党工委" in _labels(doc)
    assert ("武侯开发区党工委", "武侯开发区") in _part_of_labels(doc)


def test_ethnic_affairs_commissions_and_a_university_opening_with_a_conjunction_character() -> None:
    labels = _labels(_orgs("红河州元阳县。云南省民族宗教事务委员会表彰。县民委牵头，与同济大学、华东师范大学合作。"))
    assert labels["云南省民宗委"] == "GovernmentAgency" and labels["元阳县民委"] == "GovernmentAgency"
    assert labels["同济大学"] == "ResearchInstitution"


def test_a_countys_supply_and_marketing_cooperative() -> None:
    labels = _labels(_orgs("兰考县经验。县供销社牵头组建合作社联合社，兰考县供销合作社参与。"))
    assert labels["兰考县供销社"] == "Enterprise"


def test_industries_counted_or_listed_before_projects_are_no_companies() -> None:
    labels = _labels(_orgs("扶持46个村发展光伏、冷链仓储等项目。围绕智能电网、新能源汽车、生物医药3条主导产业链。"))
    assert not [label for label, cls in labels.items() if cls == "Enterprise"]


def test_a_province_short_name_inside_a_longer_word_is_no_place() -> None:
    doc = _orgs("松阳县经验\n松阳县在凤凰山西侧修建步道,与浙江丽水合作,邀请湖南农业大学专家授课。\n")
    labels = _labels(doc)
    assert "山西省" not in labels  # 凤凰山|西侧
    assert "湖南省" not in labels  # 湖南农业大学 is one word
    assert labels["浙江省"] == "Province"


def test_a_province_before_a_township_and_words_before_a_known_township_are_no_part_of_it() -> None:
    doc = _orgs(
        "甘肃柳溪乡发展纪实\n近年来,柳溪乡党委立足实际发展产业。"
        "乡村旅游成为独具柳溪乡特色的产业,像白杨坪镇那样的做法也在推广。\n"
    )
    labels = _labels(doc)
    assert labels["柳溪乡"] == "Township" and labels["甘肃省"] == "Province"
    assert "白杨坪镇" in labels
    assert not [n for n in labels if n.startswith(("甘肃柳溪", "独具", "像"))]


def test_a_service_centre_of_a_level_is_a_body_a_location_or_platform_is_not() -> None:
    doc = _orgs(
        "松阳县经验\n松阳县地处浙西南中心,由县社会治理服务中心牵头,建成县党群服务中心,难题交市纠纷化解中心研究解决。\n"
    )
    labels = _labels(doc)
    assert labels["松阳县社会治理服务中心"] == "GovernmentAgency"
    assert labels["丽水市纠纷化解中心"] == "GovernmentAgency"
    assert not [n for n in labels if "党群" in n or "浙西南" in n]


def test_party_bodies_of_a_centre_of_two_shared_descriptors_and_of_a_college_after_its_university() -> None:
    doc = _orgs(
        "松阳县经验\n松阳县推进楼宇党建。本文说的是丰地中心党支部。县国有企业和民营企业工作党委牵头,"
        "联动锦绣社区党总支,邀请南湖大学化学与新能源学院党委参与。\n"
    )
    labels = _labels(doc)
    written = {a: e.cls for e in doc.entities.values() for a in (e.label, *e.alt_labels)}
    assert written.get("丰地中心党支部") == "PartyOrganization"
    assert written.get("国有企业和民营企业工作党委") == "PartyOrganization"
    assert labels.get("南湖大学化学与新能源学院党委") == "PartyOrganization"
    assert not [n for n in labels if n.startswith(("联动", "新能源学院", "民营企业工作"))]


def test_a_registered_name_with_its_place_in_brackets_after_the_brand() -> None:
    doc = _orgs("松阳县经验\n楼内现有星辰投资集团、明光（杭州）信息科技有限公司等企业12家。\n")
    labels = _labels(doc)
    assert labels.get("明光（杭州）信息科技有限公司") == "Enterprise"
    assert labels.get("星辰投资集团") == "Enterprise"
    assert not [n for n in labels if n.startswith(("信息科技", "楼内"))]


def test_a_unit_only_inferred_from_a_bare_level_is_not_read_from_that_sentence() -> None:
    doc = _orgs("松阳县经验\n松阳县推行调解机制,经验获省司法厅推广,市司法局派员指导。\n")
    labels = _labels(doc)
    assert labels["浙江省司法厅"] == "GovernmentAgency" and labels["丽水市司法局"] == "GovernmentAgency"
    province = next(e for e in doc.entities.values() if e.label == "浙江省")
    assert province.passages == []  # 省 names no province in the text: it is inferred, like an ancestor


def test_a_province_short_name_inside_quotes_or_a_title_names_no_province() -> None:
    doc = _orgs("松阳县经验\n松阳县推进“智汇浙江”行动,编排《湖南米粉》等节目,与浙江丽水合作。\n")
    assert "湖南省" not in _labels(doc)
    assert [m.text for m in doc.mentions if m.text.startswith("浙江")] == ["浙江"]  # 浙江丽水, not “智汇浙江”


def test_a_counted_kind_of_village_is_no_village_where_it_is_written_alone() -> None:
    doc = _orgs(
        "景宁畲族自治县经验\n景宁县关心景宁县边远村老支书们。全县12个边远村集体经济突破10万元,玉岩村成为示范。\n"
    )
    labels = _labels(doc)
    assert "边远村" not in labels and labels["玉岩村"] == "Village"


def test_a_phrase_opening_a_line_is_no_brand_a_name_of_no_words_is() -> None:
    doc = _orgs("松阳县经验\n松阳县服务企业发展。\n优服务增实效\n全县企业稳步发展。\n瑞澜科创攻克难题,企业效益提升。\n")
    labels = _labels(doc)
    assert "优服务增" not in labels and labels.get("瑞澜科创") == "Enterprise"


def test_a_new_town_named_after_its_unit_and_a_pages_publisher_are_no_doers() -> None:
    doc = _orgs("松阳县经验\n松阳县推进城市更新。松阳新城建成党群服务站。\n来源:丽水市人民政府\n")
    assert "松阳" not in [m.text for m in doc.mentions]  # 松阳新城 is a town area, not the county
    assert doc.reports[0].subject == next(k for k, e in doc.entities.items() if e.label == "松阳县")


def test_the_publisher_a_page_names_as_its_source_is_no_subject() -> None:
    doc = _orgs("松阳县新闻\n松阳新城举办活动 2025-06-13 来源:松阳县人民政府\n6月10日,西屏街道举办活动。\n")
    assert doc.entities[doc.reports[0].subject or ""].label != "松阳县人民政府"


def test_a_provinces_state_utility_is_a_company() -> None:
    doc = _orgs("松阳县经验\n松阳县推进驻村帮扶,浙江电信驻村工作队帮助村民就业。\n")
    assert _labels(doc).get("浙江电信") == "Enterprise"


def test_a_brand_before_a_trade_head_is_a_company_a_common_word_or_phrase_is_not() -> None:
    doc = _orgs(
        "松阳县经验\n松阳县推进产业发展,锦程机械厂制造农机,青蓝书局合力打造阅读空间,"
        "融岚物业经理兼任社区副主任。小区物业、服装厂和党建引领物业治理也在推进。\n"
    )
    labels = _labels(doc)
    assert {n for n, c in labels.items() if c == "Enterprise"} == {"锦程机械厂", "青蓝书局", "融岚物业"}


def test_a_countys_company_named_by_the_county_and_its_trade() -> None:
    doc = _orgs("松阳县经验\n松阳县国有资产投资公司在杭州设立人才飞地,松阳县国有企业投资公司投资建设。\n")
    labels = _labels(doc)
    assert labels.get("松阳县国有资产投资公司") == "Enterprise"
    assert labels.get("松阳县国有企业投资公司") == "Enterprise"
    assert "国有资产投资公司" not in labels


def test_a_town_written_right_after_its_county_may_end_in_a_word_for_a_kind_of_town() -> None:
    doc = _orgs("松阳县经验\n近日,松阳县新集镇共富工坊开工,松阳县深化农村改革。\n")
    labels = _labels(doc)
    assert labels.get("新集镇") == "Township"
    assert not [n for n in labels if "农" in n]


def test_an_administration_named_after_its_scenic_area() -> None:
    doc = _orgs("松阳县经验\n松阳县整合箬寮景区管理局的帮扶资金,小区议事厅定期开放。\n")
    labels = _labels(doc)
    assert labels.get("箬寮景区管理局") == "GovernmentAgency"
    assert not [n for n in labels if "议事厅" in n]


def test_a_places_numbered_schools() -> None:
    doc = _orgs("松阳县经验\n松阳县以松阳二中、松阳三小为龙头组建教育共同体,学习三中全会精神。\n")
    labels = _labels(doc)
    assert labels.get("松阳二中") == "SocialOrganization" and labels.get("松阳三小") == "SocialOrganization"
    assert "松阳" not in [m.text for m in doc.mentions]
