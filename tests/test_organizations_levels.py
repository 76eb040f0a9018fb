"""Bodies written with a bare level before an open-class head (旗…局, 县…办公室, 县人民法院), and
provinces as the backdrop of a document rather than one of its entities (loaders/names/backdrop.py).

Sentences are invented; the divisions are real ones so that resolution has a unit to name."""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.document import Document
from loaders.names import stage as organizations


def _run(text: str) -> Document:
    return organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))


def _orgs(doc: Document) -> dict[str, str]:
    return {e.label: e.cls for e in doc.entities.values() if e.passages}


def test_a_level_and_an_open_head_name_the_level_body() -> None:
    doc = _run(
        "牧区治理经验\n近年来，乌审旗推进沙地治理。旗水土保持监督局牵头巡查，旗人民法院设立巡回法庭，"
        "旗委巡察办跟踪问效，县水务办公室与区防汛委员会联合督办。"
    )
    found = _orgs(doc)
    for name in ("乌审旗水土保持监督局", "乌审旗人民法院", "乌审旗委巡察办"):
        assert found.get(name) in ("GovernmentAgency", "PartyOrganization"), (name, found)
    labels = {a for e in doc.entities.values() for a in (e.label, *e.alt_labels)}
    assert {"县水务办公室", "区防汛委员会"} <= labels


def test_a_prefecture_level_centre_resolves_to_its_prefecture() -> None:
    found = _orgs(_run("矛盾化解总结\n去年，楚雄州深化矛盾化解。州调解中心牵头会商，州司法局参与。"))
    assert "楚雄彝族自治州调解中心" in found


def test_a_level_inside_a_word_or_a_phrase_names_no_body() -> None:
    doc = _run(
        "某县经验\n近年来，南乐县开辟城乡融合发展新局面，建成县城乡一体化服务中心，推进市级统筹中心建设，"
        "在某镇建成物流骑手党群服务中心，县乡镇调解中心。"
    )
    labels = {a for e in doc.entities.values() for a in (e.label, *e.alt_labels)}
    assert not any(
        x.endswith(("新局", "一体化服务中心", "统筹中心", "党群服务中心", "乡镇调解中心")) for x in labels
    ), labels


def test_a_district_named_with_a_county_character_keeps_its_whole_name() -> None:
    found = _orgs(_run("林业工作\n梅县区林业局联合区融媒体中心开展宣传。"))
    assert "梅县区林业局" in found
    assert not any(n.startswith("县区") for n in found)


def test_a_province_named_only_in_a_body_or_a_title_is_no_entity_of_the_text() -> None:
    doc = _run("某县经验\n近年来，南乐县同河南省林业科学院共建苗圃，执行《河南省林地保护条例》，经验在全省交流。")
    province = doc.entities["place/410000000000"]
    assert province.passages == []  # still in the graph (partOf chain), drawn from no passage
    assert doc.entities["place/410923000000"].passages


def test_a_province_written_as_a_place_is_an_entity_of_the_text() -> None:
    doc = _run("某县经验\n近年来，河南省南乐县推进网格化管理。党员赴天津学习。")
    assert doc.entities["place/410000000000"].passages
    assert doc.entities["place/120000000000"].passages  # 赴天津: a place by its preposition


def test_a_province_short_name_that_modifies_a_noun_is_an_adjective() -> None:
    doc = _run("某县经验\n近年来，南乐县引进浙江企业5家，与山东大学共建创业驿站，在重庆、成都设立人才驿站。")
    keys = {m.key for m in doc.mentions}
    assert "place/330000000000" not in keys  # 浙江|企业
    assert "place/370000000000" not in keys  # 山东|大学
    assert "place/500000000000" in keys  # 在重庆、成都: places of their own


def _localities(text: str) -> dict[str, str]:
    doc = _run(text)
    return {e.label: e.cls for e in doc.entities.values() if e.cls in ("Township", "Village", "Community")}


def test_a_locative_opens_a_locality_named_once() -> None:
    found = _localities(
        "某县经验\n近年来，南乐县推进乡村振兴。在西和乡，村民种植中药材。家住柳荫里社区的老人说。"
        "元村镇要在石竹坞村等村开展股份合作。"
    )
    assert {"西和乡": "Township", "柳荫里社区": "Community", "石竹坞村": "Village"}.items() <= found.items()


def test_a_locative_before_a_kind_of_place_names_none() -> None:
    found = _localities("某县经验\n近年来，南乐县在这些村推广，在贫困村试点，在城乡社区宣传，在两个村先行。")
    assert not found, found


def test_items_listed_after_a_sibling_and_villages_after_their_town() -> None:
    found = _localities(
        "某县经验\n近年来，南乐县推进走访。先后到石桥镇、西岭镇、南坪镇等乡镇走访座谈。西岭镇红枫村推行积分制。"
        "在石桥镇王家坪村，村民开办民宿。"
    )
    assert {"西岭镇", "红枫村", "王家坪村"} <= set(found), found
    assert not any(n.startswith("镇") for n in found)


def test_a_quoted_brand_before_a_team_head_names_a_team() -> None:
    doc = _run("某县经验\n近年来，南乐县组建“清河卫士”志愿服务队，成立“山歌”文化协会，打造“红色管家”品牌。")
    found = _orgs(doc)
    assert found.get("“清河卫士”志愿服务队") == "SocialOrganization"
    assert found.get("“山歌”文化协会") == "SocialOrganization"


def test_a_cooperative_keeps_its_brand_after_a_founding_verb() -> None:
    found = _orgs(_run("某县经验\n近年来，南乐县鼓励村集体领办金穗坊湖羊繁育专业合作社，各村领办土地股份专业合作社。"))
    assert found.get("金穗坊湖羊繁育专业合作社") == "Enterprise"
    assert not any(n.startswith(("领办", "土地股份")) for n in found), found


def test_a_count_or_a_date_before_a_name_is_no_part_of_it() -> None:
    doc = _run("某县经验\n近年来，南乐县统筹6家镇卫生院力量。2024年柳湾社区依托楼栋长走访住户。各镇组建2家强村公司。")
    labels = {a for e in doc.entities.values() for a in (e.label, *e.alt_labels)}
    assert "柳湾社区" in labels
    assert not any(x.startswith(("家", "年")) for x in labels), labels


def test_a_kind_of_community_is_no_community() -> None:
    found = _localities("某县经验\n近年来，南乐县推进嵌入式社区建设，打造示范型村，开办居家社区助浴点。")
    assert not found, found


def test_a_town_names_its_health_centre_and_a_level_its_committee() -> None:
    doc = _run(
        "某县经验\n近年来，南乐县推进医共体建设。桂花镇社区卫生服务中心开展上门随访，各社区卫生服务中心协同。"
        "县医改领导管理委员会统筹调度，区某某街道政务服务中心受理。"
    )
    found = _orgs(doc)
    assert found.get("桂花镇社区卫生服务中心") == "SocialOrganization"
    assert "南乐县医改领导管理委员会" in found
    assert not any("政务服务中心" in n and not n.startswith("某某") for n in found), found


def test_a_bureau_head_inside_a_word_names_no_bureau() -> None:
    labels = {
        e.label
        for e in _run("某市经验\n近年来，濮阳市开创市基层党建工作新格局，优化市产业发展布局。").entities.values()
    }
    assert not any(x.endswith(("格局", "布局")) for x in labels), labels


def test_a_bureau_party_group_secretary_is_a_post_of_the_bureau() -> None:
    doc = _run("某市经验\n近年来，濮阳市推进改革。市民政局党组书记主持会议，市财政局党组召开专题会议。")
    labels = {e.label for e in doc.entities.values() if e.passages}
    assert "濮阳市民政局" in labels
    assert not any(x.endswith("民政局党组") for x in labels), labels
    assert any(x.endswith("财政局党组") for x in labels), labels  # the group itself meets


def test_a_leading_group_office_is_named_from_its_unit_and_keeps_the_places_inside() -> None:
    doc = _run(
        "数字经济工作总结\n开封市禹王台区数字经济发展工作领导小组办公室\n近年来，禹王台区推进改革。"
        "按照《中共南乐县委平安建设工作领导小组办公室关于印发方案的通知》，各单位抓好落实。县里成立工作领导小组办公室。"
    )
    found = _orgs(doc)
    assert found.get("开封市禹王台区数字经济发展工作领导小组办公室") == "GovernmentAgency"
    assert found.get("中共南乐县委平安建设工作领导小组办公室") == "PartyOrganization"
    assert {"开封市", "禹王台区"} <= set(found)  # the places written inside stay entities of the text
    assert doc.reports[0].subject == "place/410205000000"  # the report still speaks for 禹王台区
    assert not any(n.startswith("县里") or n == "工作领导小组办公室" for n in found)


def test_a_branch_of_a_body_named_after_its_county_keeps_the_county() -> None:
    found = _orgs(_run("某县经验\n近年来，南乐县推进。南乐县义工协会党支部开展志愿服务。"))
    assert found.get("南乐县义工协会党支部") == "PartyOrganization"
    assert "义工协会党支部" not in found


def test_a_group_after_a_trade_word_is_the_company_head() -> None:
    found = _orgs(_run("某县经验\n近年来，南乐县与丰禾种业集团合作育种，推动丰禾种业集团化发展。"))
    assert found.get("丰禾种业集团") == "Enterprise"


def test_a_scope_word_before_a_level_names_no_body() -> None:
    labels = {
        e.label for e in _run("某县经验\n南乐县调解中心被确定为全省示范调解中心，各县服务中心参照。").entities.values()
    }
    assert not any(x.endswith(("示范调解中心", "县服务中心")) for x in labels), labels


def test_a_registered_name_holds_words_with_boundary_characters() -> None:
    found = _orgs(_run("某县经验\n近年来，南乐县委托第三方机构河南锦程安全评价有限公司开展评估。"))
    assert found.get("河南锦程安全评价有限公司") == "Enterprise"
    assert "评价有限公司" not in found


def test_the_commissions_some_counties_keep_for_education_and_farming_are_bodies() -> None:
    doc = _run("就业工作总结\n今年以来，丰都县人社局联合县教委举办技能竞赛，县农业农村委、县教育委员会协办。")
    found = _orgs(doc)
    assert found.get("丰都县教委") == "GovernmentAgency", found
    assert found.get("丰都县农业农村委") == "GovernmentAgency", found


def test_the_youth_leagues_committee_written_after_its_county_is_the_league_not_the_party() -> None:
    found = _orgs(_run("关爱留守儿童\n据铜仁市团市委介绍，松桃苗族自治县团县委在全县建成“童心驿站”12个。"))
    assert found.get("共青团松桃苗族自治县委") == "SocialOrganization", found
    assert found.get("共青团铜仁市委") == "SocialOrganization", found
    assert "松桃苗族自治县委" not in found


def test_a_herding_cooperative_named_only_by_its_trade_is_no_company() -> None:
    found = _orgs(_run("牧区经验\n近年来，阿巴嘎旗某某嘎查党支部领办牧业合作社，带动牧户增收。"))
    assert "牧业合作社" not in found
