"""Organization kinds and edges of names in prose nobody tuned for: which bodies a level prefix names,
what a registered name spans, which groups and centres are social bodies, and ranks that name no place.

Every sentence here is invented (counties of the division data, made-up towns, villages and brands).
"""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.document import Document, Entity
from loaders.names import stage as organizations


def _entities(text: str) -> dict[str, Entity]:
    """Organization entities drawn from a passage, by label."""
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    return {e.label: e for e in doc.entities.values() if e.passages}


def test_a_level_character_that_opens_a_word_names_no_body() -> None:
    ents = _entities("临朐县强化服务\n区域养老服务中心运行良好，县城管理中心、市民服务中心联动，县民政局牵头。")
    assert "临朐县民政局" in ents
    assert not any(label.endswith(("养老服务中心", "管理中心", "市民服务中心")) for label in ents)


def test_a_bare_market_bureau_is_no_city_body() -> None:
    ents = _entities("临朐县强化监管\n市场监管局牵头开展检查，县市场监管局通报结果。")
    assert "临朐县市场监管局" in ents
    assert not any(label.startswith("潍坊") for label in ents)


def test_the_youth_league_committee_is_not_the_party_committee() -> None:
    ents = _entities("青田县推进青年工作\n团县委联合县教育局开展活动，县委组织部参与。")
    league = ents["共青团青田县委"]
    assert league.cls == "SocialOrganization" and "团县委" in league.alt_labels
    assert "青田县委" not in ents
    written = _entities("青田县推进青年工作\n共青团青田县委组织志愿者开展服务。")
    assert written["共青团青田县委"].cls == "SocialOrganization"


def test_a_community_named_before_its_residents_committee() -> None:
    ents = _entities("临朐县东城街道推行积分制\n东城街道柳荫社区居委会主任介绍，槐香社区居民委员会换届。")
    assert {"柳荫社区", "槐香社区"} <= set(ents)


def test_a_registered_name_runs_from_its_place_to_its_legal_form() -> None:
    ents = _entities(
        "临朐县推进物业管理\n社区引入潍坊禾丰物业管理有限公司托管，禾丰食品加工有限公司投产。"
        "该合作社与莒南县青苗花生有限公司签订订单。"
    )
    assert {"潍坊禾丰物业管理有限公司", "禾丰食品加工有限公司", "莒南县青苗花生有限公司"} <= set(ents)
    assert not any(label.startswith("合作社") or label.endswith("物业") for label in ents)


def test_school_groups_and_social_work_centres_are_social_bodies() -> None:
    ents = _entities(
        "临朐县推进教育改革\n临朐县第一中学教育集团成立，临朐县青禾社会工作服务中心、红叶社工中心参与服务。"
    )
    for label in ("临朐县第一中学教育集团", "临朐县青禾社会工作服务中心", "红叶社工中心"):
        assert ents[label].cls == "SocialOrganization"


def test_ranks_and_kinds_name_no_unit_or_hospital() -> None:
    ents = _entities("临朐县提升服务\n打造五星级社区、三星级村，新建乡镇卫生院3所，柳湾村卫生室投用。")
    assert not any(label.endswith(("级社区", "级村", "乡镇卫生院")) for label in ents)


def test_a_village_before_a_verb_that_opens_with_its_group_character() -> None:
    ents = _entities("武陟县推进农业托管\n木城镇柳岭村组建农机服务队，各村组干部参与。")
    assert "柳岭村" in ents and ents["柳岭村"].cls == "Village"


def test_a_locative_opens_a_name_whose_first_character_is_a_conjunction() -> None:
    ents = _entities("武陟县推进医疗下沉\n在但家寨镇卫生院设立中医馆，专家常驻。")
    assert "但家寨镇卫生院" in ents
    assert not any(label.startswith("家寨") for label in ents)


def test_a_township_office_written_after_the_township() -> None:
    ents = _entities("武陟县推进平安建设\n学校联合西陶镇综治中心、县公安局开展法治进校园活动。")
    assert ents["西陶镇综治中心"].cls == "GovernmentAgency"


def test_a_listed_township_keeps_a_first_character_the_dictionary_reads_as_a_verb() -> None:
    ents = _entities("武陟县推进产业振兴\n龙泉镇发展茶叶、大虹桥乡发展文旅、横石坡镇发展现代农业。")
    assert "横石坡镇" in ents and "石坡镇" not in ents


def test_names_inside_quoted_speech_are_names() -> None:
    ents = _entities("武陟县推进乡村旅游\n“我们村成立了柳湾村乡村旅游专业合作社，把农家乐统一管理。”")
    assert "柳湾村乡村旅游专业合作社" in ents
    quoted = _entities("武陟县推进金融服务\n推广“两山银行”模式，盘活生态资源。")
    assert not any(label.endswith("银行") for label in quoted)


def test_a_body_owned_by_a_level_body_takes_the_place_written_before_both() -> None:
    ents = _entities(
        "青田县推进两新党建\n云南省国资委党委表彰先进，长治市生态环境局屯留分局开展执法，县公安局城关分局参与巡查。"
    )
    assert ents["云南省国资委党委"].cls == "PartyOrganization"
    assert ents["长治市生态环境局屯留分局"].cls == "GovernmentAgency"
    assert "县公安局城关分局" in ents["青田县公安局城关分局"].alt_labels
    assert not any(label.startswith(("浙江省", "省国资委")) for label in ents)


def test_a_bodys_notice_is_no_newspaper() -> None:
    ents = _entities("某区经验\n据区住房和建设局通报，全区整改问题30个。")
    assert not any(e.cls == "MediaOutlet" for e in ents.values())


def test_a_defined_short_name_is_the_same_body() -> None:
    text = (
        "某县经验\n临朐县青禾社会工作服务中心（以下简称“青禾社工中心”）成立于2015年。"
        "青禾社工中心承接社区服务，山东禾丰橡胶有限公司（简称“禾丰橡胶”）出资支持，禾丰橡胶还派出志愿者。"
    )
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    centre = doc.entities["org/临朐县青禾社会工作服务中心"]
    assert "青禾社工中心" in centre.alt_labels
    assert not any(e.label == "青禾社工中心" for e in doc.entities.values())
    company = doc.entities["org/山东禾丰橡胶有限公司"]
    assert "禾丰橡胶" in company.alt_labels
    later = [m for m in doc.mentions if m.text == "禾丰橡胶" and m.start > text.index("还派出") - 6]
    assert later and later[0].key == company.key


def test_a_cooperative_keeps_the_county_written_before_it_and_its_own_name() -> None:
    ents = _entities(
        "武陟县推进产业振兴\n村党支部领办的武陟县何营种植专业合作社带动农户。武陟县柳湾花生合作社发展壮大。"
        "要把组织优势转化为引领村集体合作社发展的动力。"
    )
    assert "何营种植专业合作社" in ents["武陟县何营种植专业合作社"].alt_labels
    assert "武陟县柳湾花生合作社" in ents
    assert not any(label.startswith("引领") for label in ents)


def test_a_school_keeps_every_unit_written_before_it() -> None:
    ents = _entities("某县经验\n在北京市海淀区育才实验学校对口帮扶下，两校开展同步课堂。")
    school = ents["海淀区育才实验学校"]
    assert {"育才实验学校", "北京市海淀区育才实验学校"} <= school.alt_labels


def test_a_rural_credit_union_and_a_paper_named_by_a_common_word() -> None:
    ents = _entities(
        "临朐县金融助力乡村振兴\n临朐县农村信用合作联社推出贷款产品，相关做法被大众日报、齐鲁晚报等媒体报道。"
        "各村建立工作日报制度。"
    )
    assert ents["临朐县农村信用合作联社"].cls == "Enterprise"
    assert ents["大众日报"].cls == "MediaOutlet"
    assert "工作日报" not in ents


def test_mass_bodies_of_a_level_and_a_kind_of_village_company() -> None:
    ents = _entities("临朐县推进乡风文明\n县侨联、县红十字会、临朐县慈善总会参与，镇里组建强村公司3家。")
    for label in ("临朐县侨联", "临朐县红十字会", "临朐县慈善总会"):
        assert ents[label].cls == "SocialOrganization"
    assert "强村公司" not in ents


def test_a_levels_own_hospital_is_the_units_and_a_ranking_names_no_town() -> None:
    ents = _entities("莒南县推进医疗改革\n县第一人民医院新院区投用，大店镇被评为全国千强镇。")
    hospital = ents["莒南县第一人民医院"]
    assert hospital.cls == "SocialOrganization" and "县第一人民医院" in hospital.alt_labels
    assert "大店镇" in ents and "千强镇" not in ents


def test_names_listed_before_their_shared_head() -> None:
    ents = _entities(
        "临朐县推进乡村振兴\n在柳湾、柳岭、北王3个村开展试点。龙岗、五井等6个镇推广。东城、城关两个街道率先完成。"
        "石门镇的柳沟村和东庄村联合发展。"
    )
    for label in ("柳湾村", "柳岭村", "北王村", "柳沟村", "东庄村"):
        assert ents[label].cls == "Village"
    for label in ("龙岗镇", "五井镇", "东城街道", "城关街道"):
        assert ents[label].cls == "Township"
    assert not any(label.startswith("的") for label in ents)


def test_a_count_that_does_not_cover_the_list_names_nothing() -> None:
    ents = _entities("临朐县推进乡村振兴\n在柳湾、柳岭、北王两个村开展试点，“小马扎”议事会、青松社区参与。")
    assert not {"柳湾村", "柳岭村", "议事会社区"} & set(ents)


def test_a_village_written_again_is_the_village_though_its_tail_makes_a_word() -> None:
    ents = _entities("青禾县推进乡村旅游\n在柳树镇桃家村，村民招呼游客。桃家村党支部书记介绍了经验。")
    assert ents["桃家村党支部"].cls == "PartyOrganization"


def test_formal_names_of_party_bodies() -> None:
    ents = _entities(
        "临朐县推进改革\n中共临朐县委员会印发通知，县委政策研究室、县委机构编制委员会办公室参与。"
        "政协临朐县委员会召开全体会议。"
    )
    assert "中共临朐县委员会" in ents["临朐县委"].alt_labels
    assert "县委政策研究室" in ents["临朐县委政研室"].alt_labels
    assert "县委机构编制委员会办公室" in ents["临朐县委编办"].alt_labels
    assert "政协临朐县委员会" not in {a for e in ents.values() if e.cls == "PartyOrganization" for a in e.alt_labels}


def test_a_secondary_vocational_school_and_a_diploma() -> None:
    ents = _entities("临朐县推进职业教育\n潍坊中专与企业合作，毕业生具有中专学历，大专、中专毕业生就业率高。")
    assert ents["潍坊中专"].cls == "SocialOrganization"
    assert [e.label for e in ents.values() if e.cls == "SocialOrganization"] == ["潍坊中专"]


def test_a_report_headed_by_a_defined_short_name_speaks_for_the_body() -> None:
    text = (
        "青禾社工中心：专业服务进社区\n临朐县青禾社会工作服务中心（以下简称“青禾社工中心”）成立于2015年，"
        "青禾社工中心承接社区服务项目。"
    )
    doc = organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))
    assert all(r.subject in doc.entities for r in doc.reports if r.subject)


def test_a_towns_party_committee_and_government_as_one_is_the_town() -> None:
    ents = _entities("青禾县推进帮扶\n工作队进驻初期，桃源镇党委政府即配套完善设施。石门镇党委、政府高度重视。")
    assert "桃源镇" in ents and "桃源镇党委" not in ents
    assert ents["石门镇党委"].cls == "PartyOrganization"
