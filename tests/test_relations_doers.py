"""Who does and who reports, inside a report whose subject is a town, a company or a hospital: the subject's
own party body and its words for itself act for it, a short name it defines is the same body, and a body
the sentence names keeps its own figure.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

from extracted import doers

from loaders.document import Document
from loaders.pipeline import extract


def _extract(text: str) -> tuple[Document, dict[str, str]]:
    doc = extract(Document(path=Path("t.txt"), text=text))
    return doc, {k: e.label for k, e in doc.entities.items()}


def _reporters(text: str) -> dict[str, str]:
    """Each figure (value and unit) -> the label of the body that reports it."""
    doc, label = _extract(text)
    return {f"{m.value.normalize():f}{m.unit}": label.get(m.subject, m.subject) for m in doc.metrics}


def test_a_towns_party_committee_acts_for_the_town() -> None:
    text = (
        "松阳县白石镇：党建引领产业兴\n"
        "近年来，白石镇坚持党建引领，做强茶叶产业。\n"
        "白石镇党委推行“支部连产业”机制，在产业链上建立党组织9个。\n"
    )
    doc, label = _extract(text)
    assert _reporters(text)["9个"] == "白石镇"
    does = {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate in ("uses", "implements")}
    assert ("白石镇", "“支部连产业”机制") in does


def test_a_hospitals_words_for_itself_open_its_clauses() -> None:
    text = (
        "松阳县人民医院2024年工作总结\n"
        "2024年，松阳县人民医院在县卫健委的领导下，坚持公益性，各项工作稳步推进。\n"
        "一、医疗服务\n"
        "白石镇卫生院承接下转病人后，我院全年派出专家坐诊420人次。\n"
    )
    assert _reporters(text)["420人次"] == "松阳县人民医院"


def test_a_short_name_the_report_defines_is_the_same_body() -> None:
    text = (
        "合作社带富一方人\n"
        "松阳县云岭农机专业合作社（以下简称“云岭合作社”）成立于2015年，位于白石镇。\n"
        "云岭合作社推行“全程托管”模式，托管土地1.2万亩。\n"
    )
    doc, _ = _extract(text)
    subject = doc.reports[0].subject
    assert subject is not None and "云岭合作社" in doc.entities[subject].alt_labels
    assert not any(e.label == "云岭合作社" for e in doc.entities.values())
    assert _reporters(text)["12000亩"] == doc.entities[subject].label


def test_a_body_the_sentence_cites_keeps_its_figure_in_a_companys_report() -> None:
    text = (
        "松阳云岭茶业有限公司经验材料\n"
        "近年来，松阳云岭茶业有限公司坚持党建引领，带动茶农增收。\n"
        "公司建成标准茶园3000亩。据松阳县统计局统计，全县茶叶产值达到12亿元。\n"
    )
    reporters = _reporters(text)
    assert reporters["3000亩"] == "松阳云岭茶业有限公司"
    assert reporters["12亿元"] == "松阳县统计局"


def test_a_company_named_as_this_company_keeps_its_figures_in_a_communitys_report() -> None:
    text = (
        "松阳县西屏街道云溪社区：红色物业进小区\n"
        "近年来，云溪社区坚持党建引领物业服务，社区划分网格12个。\n"
        "社区引入松阳安居物业服务有限公司提供托管服务，该公司进驻以来已为9个老旧小区完成改造。\n"
    )
    reporters = _reporters(text)
    assert reporters["12个"] == "云溪社区"
    assert reporters["9个"] == "松阳安居物业服务有限公司"


def test_a_bullet_before_a_town_leaves_it_the_doer_of_its_item() -> None:
    text = (
        "松阳县组织工作简报\n"
        "近年来，松阳县坚持大抓基层，推动组织工作提质增效。\n"
        "●大东坝镇开展“党员联户”行动，全镇党员累计走访群众2600户。\n"
    )
    assert _reporters(text)["2600户"] == "大东坝镇"


def test_a_figure_of_the_whole_town_in_a_villages_report_is_the_towns() -> None:
    text = (
        "松阳县大东坝镇横樟村：香菇撑起致富伞\n"
        "近年来，横樟村发展香菇产业，建成标准化菇棚120个。\n"
        "大东坝镇党委将横樟村的经验在全镇推广，全镇菇棚已发展到1100个。\n"
    )
    reporters = _reporters(text)
    assert reporters["120个"] == "横樟村"
    assert reporters["1100个"] == "大东坝镇"


def test_a_countys_committee_reports_for_the_county_but_its_department_for_itself() -> None:
    text = (
        "松阳县人才工作经验\n"
        "近年来，松阳县坚持人才强县。松阳县委每年安排人才发展专项资金3000万元。"
        "县委组织部举办人才沙龙12场。\n"
    )
    reporters = _reporters(text)
    assert reporters["3000万元"] == "松阳县"
    assert reporters["12场"] == "松阳县委组织部"


def test_a_company_that_heads_its_clause_after_a_modifier_reports_its_figure() -> None:
    text = (
        "松阳县大东坝镇经验\n"
        "近年来，大东坝镇坚持党建引领，发展茶叶产业。"
        "横樟村党支部领办的松阳云岭茶叶专业合作社流转土地1300亩，带动农户260户。\n"
    )
    reporters = _reporters(text)
    assert reporters["1300亩"].endswith("云岭茶叶专业合作社")


def test_a_body_whose_monitoring_or_bulletin_the_sentence_cites_reports_the_figure() -> None:
    text = (
        "松阳县生态建设经验\n"
        "近年来，松阳县坚持生态立县，新建生态公园6个。"
        "据松阳县林业局监测，城区空气优良天数比例达到92%。据松阳县卫健委通报，今年开展义诊活动45场。\n"
    )
    reporters = _reporters(text)
    assert reporters["6个"] == "松阳县"
    assert reporters["92%"] == "松阳县林业局"
    assert reporters["45场"] == "松阳县卫健委"


def test_a_team_a_town_sets_up_leaves_its_figures_to_the_town_but_a_founded_company_keeps_its_own() -> None:
    text = (
        "松阳县白石镇：党建引领基层治理\n"
        "近年来，白石镇坚持党建引领，推动治理提质。"
        "白石镇组建“白石红”志愿服务队，吸纳退休党员、返乡青年等志愿者260名，开展志愿服务活动140场次。"
        "横樟村党支部牵头成立松阳横樟农机专业合作社，托管土地3200亩。\n"
    )
    reporters = _reporters(text)
    assert reporters["260名"] == "白石镇"
    assert reporters["140场次"] == "白石镇"
    assert reporters["3200亩"].endswith("横樟农机专业合作社")


def test_a_practice_of_a_founded_company_is_its_founders_too_and_its_figures_stay_the_companys() -> None:
    text = (
        "遂昌县妙高街道上江村：党建引领产业兴\n"
        "上江村位于妙高街道东部。村党支部领办成立遂昌县上江茶叶专业合作社，探索“保底收益+按股分红”模式，"
        "吸纳农户140户入社。\n"
    )
    assert doers(text)["“保底收益+按股分红”模式"] == {"遂昌县上江茶叶专业合作社", "上江村"}
    assert _reporters(text)["140户"] == "遂昌县上江茶叶专业合作社"


def test_the_figures_a_units_committees_official_tells_are_the_units() -> None:
    text = (
        "松阳县：在职党员进社区\n"
        "松阳县推动在职党员到社区报到。"
        "西屏街道云溪社区党委书记王丽介绍，社区已吸纳在职党员320名，成立了4支志愿服务队。\n"
    )
    reporters = _reporters(text)
    assert reporters["320名"] == "云溪社区"
    assert reporters["4支"] == "云溪社区"


def test_a_company_opening_a_clause_after_a_subjectless_deed_does_the_clauses_after_it() -> None:
    text = (
        "松阳县农业农村局工作总结\n"
        "近年来，松阳县农业农村局坚持产业富民，推动茶产业提质。"
        "推行“龙头企业+合作社+农户”模式，松阳云岭茶业有限公司与白石镇茶叶专业合作社签订收购协议，带动茶农820户。"
        "在县城建成农产品展销中心，县商务局、县供销社等5个部门入驻，全年举办展销会16场。\n"
    )
    reporters = _reporters(text)
    assert reporters["820户"] == "松阳云岭茶业有限公司"
    assert reporters["16场"] == "松阳县农业农村局"  # listed bodies are a group described, not the topic


def test_a_place_inside_the_modifier_of_a_companys_name_is_no_doer() -> None:
    text = (
        "松阳县产业发展经验\n"
        "近年来，松阳县坚持产业富民。"
        "推行“订单收购”模式，丽水市松阳茶叶产业园区内的松阳云岭茶业有限公司与9个村签订协议，收购鲜叶460吨。\n"
    )
    assert _reporters(text)["460吨"] == "松阳云岭茶业有限公司"


def test_the_subjects_word_for_itself_ends_a_community_s_hold_on_the_paragraph() -> None:
    text = (
        "松阳县青禾社会工作服务中心参与社区治理的做法\n"
        "松阳县青禾社会工作服务中心成立于2016年，是一家民办非企业单位。\n"
        "在西屏街道云溪社区，中心协助社区成立“邻里议事会”，孵化社区社会组织12家，该社区居民参与议事的比例提高到40%。"
        "中心联合松阳县慈善总会设立“青禾微基金”，募集善款96万元。"
        "与丽水学院合作共建实践基地，每年接收社工专业实习生25名。\n"
    )
    assert _reporters(text)["25名"] == "松阳县青禾社会工作服务中心"


def test_a_company_brought_in_to_do_something_does_the_clauses_after_it() -> None:
    text = (
        "松阳县西屏街道：红色物业进小区\n"
        "近年来，西屏街道坚持党建引领物业服务，划分网格36个。"
        "街道引入松阳安居物业服务有限公司实施“先尝后买”服务，小区物业费收缴率由40%提高到90%。"
        "街道引入松阳安居物业服务有限公司，新建小区党支部8个。\n"
    )
    reporters = _reporters(text)
    assert reporters["90%"] == "松阳安居物业服务有限公司"
    assert reporters["8个"] == "西屏街道"  # brought in, it does nothing the sentence writes after it


def test_a_unit_opening_a_later_clause_on_its_own_does_the_clauses_after_it() -> None:
    text = (
        "丽水市人才工作经验\n"
        "近年来，丽水市坚持人才强市。"
        "莲都区、龙泉市打造青年人才创业社区，青田县建设“人才飞地”，吸引28个团队入驻。"
        "缙云县推行“人才管家”制度，县人社局、县科技局等部门联合服务，全年服务人才620人次。\n"
    )
    reporters = _reporters(text)
    assert reporters["28个"] == "青田县"
    assert reporters["620人次"] == "缙云县"  # listed departments are a group described, not the topic
