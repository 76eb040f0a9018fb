"""Organization names in prose nobody tuned for: what a longer name implies, which sites name a
page, and bodies named by what they do.

Every sentence here is invented (counties of the division data, made-up towns, villages and bodies).
"""

from __future__ import annotations

from pathlib import Path

from loaders import segment
from loaders.document import Document
from loaders.names import stage as organizations


def _doc(text: str) -> Document:
    return organizations.run(segment.run(Document(path=Path("t.txt"), text=text)))


def test_an_owner_written_only_inside_a_longer_name_is_implied_not_mentioned() -> None:
    doc = _doc("临朐县推进机关党建\n县委组织部机关党支部开展学习，县教育局党组部署任务。")
    by_label = {e.label: e for e in doc.entities.values()}
    branch = by_label["临朐县委组织部机关党支部"]
    assert branch.passages
    owner = by_label["临朐县委组织部"]  # kept for the partOf chain, drawn from no passage of its own
    assert owner.passages == []
    assert any(r.subject == branch.key and r.object == owner.key for r in doc.relations)
    assert by_label["临朐县教育局"].passages == []


def test_an_owner_written_on_its_own_keeps_its_passage() -> None:
    doc = _doc("临朐县推进机关党建\n县委组织部牵头，县委组织部机关党支部开展学习。")
    by_label = {e.label: e for e in doc.entities.values()}
    assert by_label["临朐县委组织部"].passages


def _towns(text: str) -> set[str]:
    return {e.label for e in _doc(text).entities.values() if e.cls == "Township" and e.passages}


def test_a_town_named_after_the_county_seat_is_a_name() -> None:
    assert "青柳镇" in _towns("临朐县推进矛盾调处\n在县城青柳镇建成调处中心，群众就近办事。")


def test_the_first_town_of_a_list_opening_its_clause_is_a_name() -> None:
    towns = _towns("临朐县建设美丽乡村\n实施示范行动，和兴镇、柏岭镇和石湾镇的12个村入选。")
    assert {"和兴镇", "柏岭镇", "石湾镇"} <= towns


def test_a_rare_classifier_inside_a_name_counts_nothing() -> None:
    assert "王家集街道" in _towns("王家集街道工作总结\n2023年，王家集街道坚持党建引领，办成实事20件。")
    assert not _towns("临朐县加强基层治理\n全县128个村、36个社区完成换届。")


def test_an_alliance_set_up_by_its_members_is_a_body_and_one_of_a_field_is_none() -> None:
    doc = _doc("临朐县推进志愿服务\n县志愿者协会牵头组建临朐县邻里互助服务联盟，街道成立商户自治联盟。")
    bodies = {e.label: e.cls for e in doc.entities.values() if e.passages}
    assert bodies.get("临朐县邻里互助服务联盟") == "SocialOrganization"
    assert bodies.get("商户自治联盟") == "SocialOrganization"
    kinds = _doc("临朐县推进医共体建设\n县医院与省立医院建立紧密型专科联盟，组建果品产业链党建联盟，形成党建联盟体系。")
    assert not any(e.label.endswith("联盟") for e in kinds.entities.values())


def test_a_deed_on_a_product_or_a_kind_of_place_before_a_trade_word_is_no_company() -> None:
    doc = _doc(
        "临朐县加强市场监管\n全年抽检食品3200批次，老旧小区物业短板仍多，全镇无物业小区减少。"
        "禾丰食品扩建厂房，青柳物业进驻。"
    )
    firms = {e.label for e in doc.entities.values() if e.cls == "Enterprise"}
    assert firms == {"禾丰食品", "青柳物业"}


def test_a_suffix_whose_last_character_opens_the_next_word_ends_no_name() -> None:
    doc = _doc("禾丰合作社发展纪实\n合作社热心公益回报社会，捐资助学。")
    assert not any(e.cls == "MediaOutlet" for e in doc.entities.values())


def test_a_purpose_preposition_written_as_a_word_opens_no_name() -> None:
    doc = _doc("临朐县推进教育均衡\n为补齐乡村学校短板，县里组建教育共同体，向阳村小学扩建校舍。")
    labels = {e.label for e in doc.entities.values() if e.passages}
    assert not any(label.startswith("为") for label in labels)


def test_a_college_of_two_fields_and_a_hospital_of_a_level_kind() -> None:
    doc = _doc("临朐县推进校地合作\n县职业中学与青州大学园艺学与食品科学学院合作，这家山区县级中医院也参与。")
    labels = {e.label: e.cls for e in doc.entities.values() if e.passages}
    assert labels.get("青州大学园艺学与食品科学学院") == "ResearchInstitution"
    assert not any(label.endswith("中医院") for label in labels)


def test_a_bank_named_by_its_county_keeps_the_county() -> None:
    doc = _doc("临朐县推进金融服务\n县林业局与临朐县农村商业银行合作推出林权贷款。")
    firms = {m.text for m in doc.mentions if m.cls == "Enterprise"}
    assert firms == {"临朐县农村商业银行"}


def test_a_school_numbered_by_an_ordinal_is_one_school() -> None:
    doc = _doc("临朐县推进教育均衡\n县第二实验小学与市第一中学结对，全县第一批示范学校挂牌。")
    schools = {e.label for e in doc.entities.values() if e.cls == "SocialOrganization" and e.passages}
    assert "临朐县第二实验小学" in schools
    assert any(label.endswith("第一中学") for label in schools)
    assert not any("示范学校" in label for label in schools)


def test_a_cooperative_written_after_its_village_is_named_with_it() -> None:
    doc = _doc("临朐县发展集体经济\n公司为石峪村山楂种植专业合作社建设冷库，石峪村富民合作社分红。")
    coops = {e.label for e in doc.entities.values() if e.cls == "Enterprise" and e.passages}
    assert coops == {"石峪村山楂种植专业合作社", "石峪村富民合作社"}


def test_a_kind_in_apposition_stays_out_and_the_company_head_stays_in() -> None:
    doc = _doc("临朐县推进共建\n街道联合共建单位临朐农商银行、成员单位青禾科技公司开展志愿服务。")
    firms = {m.text for m in doc.mentions if m.cls == "Enterprise"}
    assert firms == {"临朐农商银行", "青禾科技公司"}


def test_a_care_home_is_named_like_a_hospital_and_a_clinic_only_after_its_village() -> None:
    doc = _doc("临朐县推进医养结合\n县人民医院与县第一福利院合作，青峪村卫生室获评示范，全县226个村卫生室完成改造。")
    bodies = {e.label for e in doc.entities.values() if e.cls == "SocialOrganization" and e.passages}
    assert "临朐县第一福利院" in bodies and "青峪村卫生室" in bodies
    assert not any(label.endswith("村卫生室") and not label.startswith("青峪") for label in bodies)


def test_kinds_of_towns_and_villages_are_no_names() -> None:
    towns = _towns(
        "临朐县推进强镇工程\n做强镇域经济，用好驻镇帮扶机制，游客在花谷小镇体验采摘。\n●柏岭镇开展联户行动。"
    )
    assert towns == {"柏岭镇"}
    doc = _doc("临朐县推进乡村振兴\n与新任村（社区）书记结对，把后进村建成远近闻名的富裕村。")
    assert not any(e.cls == "Village" for e in doc.entities.values())


def test_a_media_centre_named_by_its_brand() -> None:
    doc = _doc("临朐县推进媒体融合\n打造融媒矩阵，临朐融媒、潍坊日报进行了报道。")
    outlets = {e.label for e in doc.entities.values() if e.cls == "MediaOutlet"}
    assert outlets == {"临朐融媒", "潍坊日报"}
