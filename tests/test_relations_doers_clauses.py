"""Who does a practice, read from the clause that introduces it: a speaker's body against the unit its
report names, and an opening clause with no subject against the body that opens the next one.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract


def _does(text: str) -> tuple[set[tuple[str, str]], dict[str, str]]:
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    does = {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate in ("uses", "implements")}
    reporters = {f"{m.value.normalize():f}{m.unit}": label.get(m.subject, m.subject) for m in doc.metrics}
    return does, reporters


def test_an_official_speaks_for_the_unit_the_reported_clause_names() -> None:
    text = (
        "青川县：驻村帮扶十年间\n"
        "近年来，青川县持续选派干部驻村帮扶。\n"
        "县委组织部副部长王某某介绍，从2015年起，青川县已选派3批干部推行“驻村三联”工作法，累计选派干部620人次。\n"
    )
    does, reporters = _does(text)
    assert ("青川县", "“驻村三联”工作法") in does
    assert not any(doer.endswith("组织部") for doer, _ in does)
    assert reporters["620人次"] == "青川县"


def test_an_official_who_speaks_of_the_own_body_keeps_its_deed() -> None:
    text = (
        "青川县：驻村帮扶十年间\n"
        "近年来，青川县持续选派干部驻村帮扶。\n"
        "石岭镇党委有关负责人表示，镇里将推行“院落夜话”议事制度，每月召开一次。\n"
    )
    does, _ = _does(text)
    doers = {doer for doer, practice in does if practice.startswith("“院落夜话”")}
    assert doers and all(doer.startswith("石岭镇") for doer in doers)


def test_a_practice_carried_out_through_a_body_is_the_subjects_and_the_bodys() -> None:
    text = (
        "青川县：人才振兴有新招\n"
        "今年以来，青川县坚持人才强县。\n"
        "落实“名医下沉”对口帮扶机制，青川县人民医院与省人民医院签订帮扶协议，选派骨干3名。\n"
    )
    does, _ = _does(text)
    doers = {doer for doer, practice in does if practice.startswith("“名医下沉”")}
    assert doers == {"青川县", "青川县人民医院"}


def test_a_town_a_clause_opens_on_runs_what_is_set_up_there() -> None:
    text = (
        "青川县：矛盾纠纷就地化解\n"
        "今年以来，青川县健全矛盾纠纷多元化解体系。\n"
        "在石岭镇试点开展“和事茶馆”调解室建设，已调处邻里纠纷57件。\n"
        "在县调解中心设立“律师驻点”工作室，全年接待群众900人次。\n"
    )
    does, reporters = _does(text)
    assert {doer for doer, practice in does if practice.startswith("“和事茶馆”")} == {"石岭镇"}
    assert {doer for doer, practice in does if practice.startswith("“律师驻点”")} == {"青川县调解中心"}
    assert reporters["57件"] == "石岭镇"
    assert reporters["900人次"] == "青川县"  # a centre runs its room; the county counts whom it served


def test_listed_towns_a_clause_opens_on_each_run_the_practice() -> None:
    text = (
        "青川县：物业治理有新招\n"
        "今年以来，青川县推进红色物业建设。\n"
        "在石岭镇、白沙乡开展试点，推行“业主夜谈”议事机制，每月召开一次。\n"
        "在桃源乡，“老兵说事”调解室常年走村入户。\n"
    )
    does, _ = _does(text)
    assert {doer for doer, practice in does if practice.startswith("“业主夜谈”")} == {"石岭镇", "白沙乡"}
    assert {doer for doer, practice in does if practice.startswith("“老兵说事”")} == {"桃源乡"}


def test_a_clause_after_a_semicolon_keeps_the_named_doer() -> None:
    text = (
        "青川县优化营商环境工作总结\n"
        "今年以来，青川县持续优化营商环境。\n"
        "县市场监管局推行“容错纠错”清单制度，全年对85家企业免予处罚；建立“一窗通办”机制，办结事项900件。\n"
        "一是推行“并联审批”机制；二是建立“首问负责”制度。\n"
    )
    does, _ = _does(text)
    assert {doer for doer, practice in does if practice.startswith("“一窗通办”")} == {"青川县市场监管局"}
    assert {doer for doer, practice in does if practice.startswith("“首问负责”")} == {"青川县"}


def test_a_practice_named_after_a_unit_below_the_subject_is_that_units() -> None:
    text = "青川县2024年工作要点\n今年，青川县将持续推进生态文明建设。\n做好石岭镇“绿色矿山”创建工作。\n"
    does, _ = _does(text)
    assert {doer for doer, practice in does if practice.startswith("“绿色矿山”")} == {"石岭镇"}


def test_a_figure_that_counts_a_group_a_body_heads_is_not_that_bodys() -> None:
    text = (
        "青川县安全生产工作总结\n"
        "今年以来，青川县压实企业安全生产主体责任。\n"
        "在重点企业推行“双重预防”机制，青川建材有限公司等15家企业建成信息化系统。\n"
    )
    _, reporters = _does(text)
    assert reporters["15家"] == "青川县"


def test_a_company_brought_in_does_what_its_own_verb_names() -> None:
    text = (
        "青川县：老旧小区焕新颜\n"
        "今年以来，青川县推进老旧小区改造。\n"
        "针对无物业小区，社区引入青川安居物业服务有限公司提供“点单式”物业服务，居民满意度明显提升。\n"
    )
    does, _ = _does(text)
    assert {doer for doer, practice in does if practice.startswith("“点单式”")} == {"青川安居物业服务有限公司"}


def test_a_town_a_paragraph_opens_on_reports_its_figures() -> None:
    text = (
        "青川县：矛盾纠纷就地化解\n"
        "今年以来，青川县健全矛盾纠纷多元化解体系。\n"
        "在桃源乡，“老兵说事”调解室常年走村入户。这个由退役军人组成的调解室去年以来化解纠纷128起。\n"
    )
    _, reporters = _does(text)
    assert reporters["128起"] == "桃源乡"


def test_a_practice_inside_a_bodys_name_is_the_units_not_the_sentences_doers() -> None:
    text = (
        "青川县河湖管护工作总结\n"
        "近年来，青川县全面落实河长制。\n"
        "县法院、县司法局与县河长制办公室建立“河长+法官”联动机制，调处涉水纠纷14件。\n"
    )
    does, _ = _does(text)
    assert {doer for doer, practice in does if practice == "河长制"} == {"青川县"}


def test_a_company_or_institution_after_yu_is_a_partner_and_bodies_act_together() -> None:
    text = (
        "青川县医疗卫生工作总结\n"
        "今年以来，青川县深化医共体建设。\n"
        "青川县人民医院与省人民医院建立“名医工作室”专科联盟，引进专家团队3个。\n"
        "县人民法院与县司法局建立“诉调对接”机制，化解纠纷200件。\n"
    )
    does, _ = _does(text)
    assert {doer for doer, practice in does if practice.startswith("“名医工作室”")} == {"青川县人民医院"}
    assert {doer for doer, practice in does if practice.startswith("“诉调对接”")} == {"青川县人民法院", "青川县司法局"}


def test_a_body_acted_on_or_a_practice_learnt_from_does_not_make_a_doer() -> None:
    text = (
        "青川县乡村振兴工作总结\n"
        "今年以来，青川县全面推进乡村振兴。\n"
        "实施“千村美丽”建设行动，石岭镇的12个村被评为市级美丽乡村。\n"
        "桃源乡学习借鉴剑阁县“一村一景”发展经验，推动民宿产业提质扩面。\n"
    )
    does, _ = _does(text)
    assert {doer for doer, practice in does if practice.startswith("“千村美丽”")} == {"青川县"}
    assert {doer for doer, practice in does if practice.startswith("“一村一景”")} == {"剑阁县"}


def test_the_place_a_news_scene_is_set_in_does_the_practice_the_snapshot_names() -> None:
    text = (
        "青川县：理论宣讲进农家\n"
        "日前，在青川县乔庄镇大岭村文化礼堂，村党支部书记正给30多名村民讲解医保新政。"
        "这是青川县开展“政策讲解到院坝”活动的一个场景。\n"
    )
    does, _ = _does(text)
    assert {doer for doer, practice in does if practice.startswith("“政策讲解")} == {"青川县", "大岭村"}
    text = (
        "青川县新闻\n"
        "“有了调解室，邻里矛盾不出村。”近日，记者走进青川县乔庄镇上江村，看到调解室里坐满了村民。"
        "这正是青川县推行“老娘舅”调解机制的生动缩影。\n"
    )
    does, _ = _does(text)
    assert {doer for doer, practice in does if practice.startswith("“老娘舅”调解机制")} == {"青川县", "上江村"}
