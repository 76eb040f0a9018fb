"""Towns, villages and bodies whose names read like other words: a direction closing a place name,
a town named X村镇, a town's report titled before its county, a bureau managed from the centre.

Every sentence here is invented (counties of the division data, made-up towns, villages and bodies).
"""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.document import Document
from loaders.names import stage as organizations


def _doc(text: str) -> Document:
    return organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))


def _named(doc: Document, cls: str) -> set[str]:
    return {e.label for e in doc.entities.values() if e.cls == cls and e.passages}


def test_a_direction_closing_a_place_name_is_part_of_it() -> None:
    doc = _doc("临朐县推进乡村治理\n柏苏西镇2023年建成议事厅4个，柏苏西镇戚家东村成立调解小组。")
    assert "柏苏西镇" in _named(doc, "Township")
    assert "戚家东村" in _named(doc, "Village")


def test_a_locative_still_ends_before_a_body_with_a_direction_word() -> None:
    doc = _doc("临朐县推进金融服务\n整合区域内鑫农银行资源，服务农户。")
    assert "鑫农银行" in _named(doc, "Enterprise")


def test_a_town_named_by_one_character_and_village_is_a_town() -> None:
    doc = _doc("临朐县召开党建会议\n会上，冶村镇、七堡镇和县教育局党组作了交流发言。")
    assert {"冶村镇", "七堡镇"} <= _named(doc, "Township")
    parties = _named(doc, "PartyOrganization")
    assert "临朐县教育局党组" in parties
    assert not any(p.startswith("冶村镇") for p in parties)
    assert not _named(_doc("临朐县推进村镇建设\n各村镇要加强村镇规划。"), "Township")


def test_a_town_titled_before_its_county_lies_in_the_county_its_report_names() -> None:
    doc = _doc(
        "柳塘镇党委书记抓基层党建工作述职报告\n"
        "2023年，在山东省潍坊市临朐县委的坚强领导下，本人认真履行职责。\n"
        "学习借鉴昌乐县经验，推动桑园村、石沟村发展果品产业。"
    )
    by_label = {e.label: e for e in doc.entities.values()}
    town = by_label["柳塘镇"]
    county = by_label["临朐县"]
    assert any(r.subject == town.key and r.predicate == "partOf" and r.object == county.key for r in doc.relations)
    for village in ("桑园村", "石沟村"):
        assert any(
            r.subject == by_label[village].key and r.predicate == "partOf" and r.object == town.key
            for r in doc.relations
        )


def test_a_bureau_managed_from_the_centre_is_one_body() -> None:
    doc = _doc("临朐县优化营商环境\n国家税务总局临朐县税务局推行“非接触式”办税。")
    agencies = {e.label: e for e in doc.entities.values() if e.cls == "GovernmentAgency" and e.passages}
    assert "国家税务总局临朐县税务局" in agencies
    assert "临朐县税务局" in agencies["国家税务总局临朐县税务局"].alt_labels
    assert "国家税务总局" not in agencies


def _parent(doc: Document, label: str) -> str | None:
    by_key = {e.key: e.label for e in doc.entities.values()}
    child = next(e.key for e in doc.entities.values() if e.label == label)
    return next((by_key[r.object] for r in doc.relations if r.subject == child and r.predicate == "partOf"), None)


def test_a_village_lies_in_the_one_town_its_report_names() -> None:
    doc = _doc(
        "临朐县发展合作社\n柏山镇果蔬合作社位于临朐县柏山镇，成立于2015年。\n"
        "合作社向9个村分红。其中，桑园村以土地入股，分红12万元。"
    )
    assert _parent(doc, "桑园村") == "柏山镇"


def test_a_village_after_two_towns_lies_in_the_one_its_sentence_names() -> None:
    doc = _doc(
        "临朐县推进产业发展\n近年来，临朐县坚持产业强村。柳塘镇依托茶叶产业带动增收。\n"
        "下一步，柏山镇要在桑园村等村开展股份合作；石沟村推进土地流转。"
    )
    assert _parent(doc, "桑园村") == "柏山镇"
    assert _parent(doc, "石沟村") == "临朐县"  # two towns named before it, neither in its sentence


def test_a_county_body_between_a_town_and_a_village_leaves_the_village_to_the_county() -> None:
    doc = _doc("临朐县推进产业发展\n近年来，临朐县坚持产业强村。柏山镇建成果品市场。县委组织部挑选桑园村合作社示范。")
    assert _parent(doc, "桑园村") == "临朐县"


def test_a_town_named_after_a_former_seat_is_a_town() -> None:
    doc = _doc("临朐县推进产业发展\n近年来，旧县镇要在桑园村开展试点，推进老县城改造。")
    assert "旧县镇" in _named(doc, "Township")
    assert _parent(doc, "桑园村") == "旧县镇"


def test_a_sum_of_money_and_the_deed_it_pays_for_open_no_name() -> None:
    doc = _doc("临朐县发展新能源\n恒泰公司计划投资3.2亿元建设光伏研究院，投资800万元建成青禾农业科技有限公司。")
    assert "光伏研究院" in _named(doc, "ResearchInstitution")
    assert "青禾农业科技有限公司" in _named(doc, "Enterprise")
    assert "万明苑社区" in _named(_doc("临朐县推进社区治理\n近年来，万明苑社区推行议事会制度。"), "Community")


def test_an_academy_institute_is_named_after_its_academy() -> None:
    doc = _doc("临朐县推进科技合作\n临朐县与中国科学院某某海洋生物技术与工程研究所签订协议，与中国科学院院士座谈。")
    institutes = _named(doc, "ResearchInstitution")
    assert "中国科学院某某海洋生物技术与工程研究所" in institutes
    academy = next(e for e in doc.entities.values() if e.label == "中国科学院")
    institute = next(e for e in doc.entities.values() if e.label.endswith("工程研究所"))
    assert any(r.subject == institute.key and r.object == academy.key for r in doc.relations)


def test_a_word_that_gives_an_example_opens_no_name() -> None:
    doc = _doc("临朐县推进乡村治理\n各镇积极探索，如柏苏镇推行积分制，像白沙镇这样的乡镇还有很多；如恒岚公司投资建厂。")
    assert {"柏苏镇", "白沙镇"} <= _named(doc, "Township")
    assert not any(t.startswith(("如", "像")) for t in _named(doc, "Township"))
    assert "恒岚公司" in _named(doc, "Enterprise")


def test_a_name_closing_on_he_or_a_settlement_word_is_a_name() -> None:
    doc = _doc("临朐县推进乡村治理\n近年来，义和村推行积分制，保和乡建成议事厅，曹口镇组建调解队。")
    assert "义和村" in _named(doc, "Village")
    assert {"保和乡", "曹口镇"} <= _named(doc, "Township")
    listed = _doc("临朐县推进乡村治理\n全县乡镇和村两级干部参加培训，乡(镇)长和派出所所长到会。")
    assert not _named(listed, "Village") and not _named(listed, "GovernmentAgency")


def test_a_city_whose_last_character_the_segmenter_joins_to_a_town_keeps_both() -> None:
    doc = _doc("某地经验\n位于庐山市易岭镇的万亩茶园顿时热闹起来。")
    assert "易岭镇" in _named(doc, "Township")
    assert _parent(doc, "易岭镇") == "庐山市"
    assert not _named(_doc("某地经验\n中山市场今年扩建，推进城市和县城建设。"), "CountyLevelCity")


def test_a_surname_the_tagger_reads_as_a_pronoun_and_a_market_town_open_names() -> None:
    doc = _doc("临朐县推进网格治理\n在县城何铺镇，城区网格与小区党支部融合；王集镇推行积分制，任何村都可申报。")
    assert {"何铺镇", "王集镇"} <= _named(doc, "Township")
    assert not _named(doc, "Village")
    assert not _named(_doc("临朐县推进乡村建设\n加强集镇环境整治，全县12个集镇完成改造。"), "Township")


def test_a_town_named_by_a_word_is_a_town_between_its_county_and_its_village() -> None:
    chains = (("桃源县", "安定镇", "石门村"), ("会理市", "发展乡", "青杠村"), ("通渭县", "安居镇", "杨家村"))
    for county, town, village in chains:
        doc = _doc(f"{county}推进乡村治理\n{county}{town}{village}位于县城东北部，辖8个村民小组。")
        assert town in _named(doc, "Township")
        assert village in _named(doc, "Village")
        assert f"{town[-1]}{village}" not in _named(doc, "Village")


def test_a_deed_on_towns_before_a_kind_of_village_names_no_town() -> None:
    doc = _doc("桃源县推进乡村治理\n桃源县推进镇村一体化，加强镇街道建设，提升镇中心村功能。")
    assert not _named(doc, "Township")


def test_a_speakers_town_after_a_closing_quote_opens_its_clause() -> None:
    doc = _doc("铜鼓县：四点半课堂\n“现在放学有人管了。”石城镇东坪村村民王芳说。“孩子成绩上去了！”城镇居民说。")
    assert "石城镇" in _named(doc, "Township")
    assert "东坪村" in _named(doc, "Village")
    assert "城镇" not in {e.label for e in doc.entities.values()}


def test_a_cooperative_or_company_written_right_after_its_town_carries_the_towns_name() -> None:
    doc = _doc(
        "修文县经验\n近年来，修文县谷堡镇茶农专业合作社带动农户增收。"
        "青山镇联村发展公司承接公路养护项目。白云镇党委加强领导。"
    )
    found = _named(doc, "Enterprise")
    assert {"谷堡镇茶农专业合作社", "青山镇联村发展公司"} <= found, found
    assert not {"茶农专业合作社", "联村发展公司"} & found
    assert "白云镇党委" in _named(doc, "PartyOrganization")


def test_a_street_or_town_named_by_a_word_whose_own_government_opens_the_clause_is_a_unit() -> None:
    doc = _doc("修文县经验\n近年来，修文县坚持党建引领。文化街道党工委推行积分制，发展乡人民政府成立专班。")
    assert "文化街道党工委" in _named(doc, "PartyOrganization")
    assert "发展乡人民政府" in _named(doc, "GovernmentAgency")
    kinds = _doc("修文县经验\n近年来，修文县坚持党建引领，城市街道党工委、基层乡党委加强领导，推进镇党委换届。")
    assert not _named(kinds, "Township") and not _named(kinds, "PartyOrganization")
