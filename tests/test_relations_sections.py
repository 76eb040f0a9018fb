"""componentOf across a report's sections: a section whose title names the programme of the title above it,
and what a deed leans on (依托X), which is its means and no part of the programme."""

from __future__ import annotations

from pathlib import Path

from extracted import component_pairs

from loaders.document import Document
from loaders.pipeline import extract

_TITLE = "石桥区推行“楼长+”模式探索城市社区治理新路\n今年以来，石桥区各街道积极探索楼栋治理，居民满意度明显提升。\n"


def test_a_section_titled_by_the_programme_core_holds_its_deeds() -> None:
    text = (
        _TITLE + "楼长+议事协商 让居民的事居民商量\n"
        "各街道通过“三问三议”议事规则组织居民协商，每月召开一次楼栋会。\n"
        "楼长+矛盾调处 守护邻里和睦\n"
        "楼长发现纠纷后通过“随手报”小程序上报社区，及时化解矛盾。\n"
    )
    parts = component_pairs(text)
    assert ("“三问三议”", "“楼长+”模式") in parts
    assert ("“随手报”小程序", "“楼长+”模式") in parts  # a quoted tool keeps its kind (小程序)


def test_a_section_not_titled_by_the_programme_holds_nothing() -> None:
    text = _TITLE + "议事协商 让居民的事居民商量\n各街道通过“三问三议”议事规则组织居民协商，每月召开一次楼栋会。\n"
    assert component_pairs(text) == set()


def test_what_a_deed_leans_on_is_no_part_of_the_programme() -> None:
    text = (
        "青溪县养老服务经验\n近年来，青溪县聚焦农村留守老人的急难愁盼，整合各方力量，织密县乡村三级养老服务网络。\n"
        "一、实施“暖巢”工程。\n"
        "依托“银龄守护”信息平台开展上门探访，推行“助老卡”制度，全县发卡1200张。\n"
    )
    parts = component_pairs(text)
    assert ("“助老卡”制度", "“暖巢”工程") in parts
    assert not any(part == "“银龄守护”信息平台" for part, _ in parts)


def test_a_model_joining_the_first_field_to_some_others_is_a_strand_of_the_longer_model() -> None:
    text = (
        "青溪县乡村振兴经验\n近年来，青溪县探索“党建+民宿+电商+生态保护”的发展模式，带动村集体增收。\n"
        "一是以“党建+民宿”，盘活闲置农房。\n二是以“党建+电商”，拓宽农产品销路。\n"
    )
    parts = component_pairs(text)
    assert ("“党建+民宿”", "“党建+民宿+电商+生态保护”的发展模式") in parts
    assert ("“党建+电商”", "“党建+民宿+电商+生态保护”的发展模式") in parts


def test_models_sharing_no_first_field_are_no_strands() -> None:
    text = "青溪县乡村振兴经验\n近年来，青溪县推行“支部+合作社+农户”模式，又推行“合作社+农户”模式，带动村集体增收。\n"
    assert component_pairs(text) == set()


def test_a_platform_named_after_a_practice_is_its_tool_not_its_name() -> None:
    text = (
        "青溪县基层治理经验\n青溪县推行“红细胞+楼院”治理，全县划分楼院网格900个。"
        "青溪县还开发建设“红细胞+楼院”综合调度平台，群众诉求线上流转。\n"
    )
    doc = extract(Document(path=Path("t.txt"), text=text))
    labels = {e.label for e in doc.entities.values()}
    assert {"“红细胞+楼院”", "“红细胞+楼院”综合调度平台"} <= labels
    assert ("“红细胞+楼院”综合调度平台", "“红细胞+楼院”") in component_pairs(text)


_MECHANISM = (
    "青溪县：深化“三链融合”机制 助推产业振兴\n"
    "青溪县地处武陵山区腹地，全县辖12个乡镇、136个行政村，是传统农业大县，茶叶、油茶种植面积均居全市前列。\n"
    "近年来，青溪县以“订单农业、托管服务”两项改革为基础，深入实施“三链融合”产业帮扶机制，带动农户增收。\n"
    "在推进“三链融合”工作中，推行“村社一体”合股联营，建立“一户一码”台账。\n"
)


def test_the_ground_a_sentence_lays_before_naming_the_programme_is_no_part_of_it() -> None:
    parts = component_pairs(_MECHANISM)
    assert not any(whole == "“三链融合”机制" and "订单农业" in part for part, whole in parts)
    assert ("订单农业", "“订单农业、托管服务”两项改革") in parts


def test_deeds_of_a_sentence_set_in_the_programme_are_its_parts() -> None:
    parts = component_pairs(_MECHANISM)
    assert ("“村社一体”", "“三链融合”机制") in parts
    assert ("“一户一码”台账", "“三链融合”机制") in parts


def test_a_practice_named_after_a_counted_member_of_a_compound_is_its_part() -> None:
    text = (
        "青溪县社区治理经验\n青溪县在小区推行“两岗三员”，全年服务居民3万人次。\n"
        "各小区设立“党员两岗”，由在职党员认领楼栋；物业企业落实“一岗一责”，按月考核。\n"
    )
    parts = component_pairs(text)
    assert ("“党员两岗”", "“两岗三员”") in parts
    assert not any(part == "“一岗一责”" and whole == "“两岗三员”" for part, whole in parts)


_PROPERTY = (
    "青溪县推进“暖心物业”工程\n"
    "近年来，青溪县聚焦老旧小区管理难题，全面推进“暖心物业”工程，居民满意度明显提升。\n"
    "配强队伍。石桥社区推行“物业管家”服务，物业企业每月上门走访住户。\n"
    "在推进“暖心物业”工作中，各小区建立“红黑榜”制度，按季度公布考评结果。\n"
)


def test_a_deed_named_with_the_programmes_field_word_is_not_tied_by_that_word() -> None:
    parts = component_pairs(_PROPERTY)
    assert ("“红黑榜”制度", "“暖心物业”工程") in parts
    assert ("“物业管家”服务", "“暖心物业”工程") not in parts


def test_a_point_whose_name_says_whose_strand_it_is_stays_out_of_the_title_programme() -> None:
    text = (
        "青溪县以“党建+”模式凝聚发展合力\n"
        "近年来，青溪县探索“党建+民宿+电商+生态保护”的发展模式，带动村集体增收。\n"
        "一是以“党建+民宿”，盘活闲置农房。\n二是以“党建+电商”，拓宽农产品销路。\n"
    )
    parts = component_pairs(text)
    assert ("“党建+民宿”", "“党建+民宿+电商+生态保护”的发展模式") in parts
    assert not any(whole == "“党建+”模式" for _, whole in parts)


def test_a_compilations_reports_hold_no_parts_of_each_others_programmes() -> None:
    """The sample's five reports speak for five units: a kind named …型 in one (a way of managing housing
    estates) is no part of another report's counted “…型” programme (a way of recruiting talent)."""
    from loaders import sample_corpus

    doc = extract(Document(path=Path("sample.txt"), text=sample_corpus().read_text(encoding="utf-8")))
    assert len(doc.reports) > 1
    for r in doc.relations:
        if r.predicate == "componentOf":
            ours = {doc.passages[i].report for i in doc.entities[r.subject].passages}
            theirs = {doc.passages[i].report for i in doc.entities[r.object].passages}
            assert ours & theirs, (doc.entities[r.subject].label, doc.entities[r.object].label)


_TALENT = (
    "青溪县人才工作总结\n"
    "近年来，青溪县持续实施“凤栖青溪”引才行动，人才总量稳步增长。\n"
    "今年，青溪县将深入实施“凤栖青溪”引才行动和“乡村工匠”培育工程，力争新引进人才800名。\n"
    "在“凤栖青溪”人才洽谈月活动期间，各乡镇推行“人才专员”制度，逐一走访返乡大学生。\n"
)


def test_a_practice_listed_beside_the_programme_is_its_sibling_not_its_part() -> None:
    parts = component_pairs(_TALENT)
    assert not any(part == "“乡村工匠”培育工程" for part, _ in parts)


def test_the_core_inside_another_practices_name_ties_nothing_to_the_programme() -> None:
    parts = component_pairs(_TALENT)
    assert ("“人才专员”制度", "“凤栖青溪”引才行动") not in parts


def test_the_next_point_of_a_run_of_points_is_no_part_of_the_first_points_programme() -> None:
    text = (
        "青溪县卫生健康工作总结\n一、主要做法\n县卫健局推进基层首诊，群众就医更加方便。\n二、下一步打算\n"
        "一是实施“健康守门人”培育工程，力争培养乡村医生300名；二是深化“家医签约”制度，完善考核办法；"
        "三是推进“云上诊室”平台建设，实现远程会诊全覆盖。\n"
    )
    parts = component_pairs(text)
    assert not any(whole == "“健康守门人”培育工程" for _, whole in parts)


_SLOGAN = (
    "青溪县社区治理经验\n近年来，青溪县聚焦老旧小区治理难题，居民满意度明显提升。\n"
    "社区推行“居民议事会”制度，每月召开一次议事会。\n"
    "{heading}石桥街道推行“楼道长”制度，每栋楼选出1名楼道长，及时收集居民诉求。\n"
)


def test_a_heading_that_carries_a_programme_out_holds_the_deeds_under_it() -> None:
    parts = component_pairs(_SLOGAN.format(heading="二、深化“邻里守望”行动。"))
    assert ("“楼道长”制度", "“邻里守望”行动") in parts


_PROPERTY_REPORT = (
    "青溪县推进“暖心物业”工程\n"
    "近年来，青溪县全面推进“暖心物业”工程，老旧小区面貌明显改善。\n"
    "县里把“暖心物业”工作纳入街道目标考核，按季度通报进展。\n"
    "石桥街道推动居委会、业主委员会和物业公司共商“暖心物业”事项，每月召开一次协商会。\n"
)


def test_the_evaluation_a_programme_is_brought_into_is_no_part_of_it() -> None:
    assert not any(whole == "“暖心物业”工程" and "考评" in part for part, whole in component_pairs(_PROPERTY_REPORT))


def test_a_name_listed_among_bodies_is_a_party_not_a_part() -> None:
    assert not any(
        whole == "“暖心物业”工程" and "业主委员会" in part for part, whole in component_pairs(_PROPERTY_REPORT)
    )
