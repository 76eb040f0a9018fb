"""Initiatives, mechanisms and policy documents read from short report-like snippets."""

from __future__ import annotations

from pathlib import Path

from loaders.activities import activity_key, categories_for, norm
from loaders.document import Document, Entity
from loaders.pipeline import extract

REPORT = (
    "兰考县推进基层治理经验\n"
    "近年来,兰考县深入实施“红色引擎”工程,严格落实包联机制,开展“三争三比”活动,"
    "被中组部确定为全国基层党建示范县。\n"
    "一、夯实基础,筑牢“桥头堡”。\n"
    "推行股份合作、托管经营、订单农业等3种经营模式。建立“一村一档”制度,推行网格化管理,"
    "将全县划分为520个网格,配备1.2万名网格员。\n"
    "实施“银发先锋”行动。组建老党员宣讲团12个,开展“话初心”宣讲活动80余场。\n"
    "出台《兰考县村级组织运转经费保障办法(试行)》,党员双报到实现全覆盖,“双报到”工作纳入考核。\n"
)


def _doc(text: str = REPORT) -> Document:
    return extract(Document(path=Path("t.txt"), text=text))


def _activities(doc: Document) -> dict[str, Entity]:
    kinds = ("Initiative", "Mechanism", "PolicyDocument")
    return {e.label: e for e in doc.entities.values() if e.cls in kinds}


def test_names_and_classes() -> None:
    acts = {label: e.cls for label, e in _activities(_doc()).items()}
    assert acts["“红色引擎”工程"] == "Initiative"  # quoted name + head noun 工程
    assert acts["包联机制"] == "Mechanism"  # unquoted, cut after the verb 落实
    assert acts["“三争三比”活动"] == "Initiative"
    assert acts["“一村一档”制度"] == "Mechanism"
    assert acts["网格化管理"] == "Mechanism"  # a fixed term of the field
    assert acts["《兰考县村级组织运转经费保障办法(试行)》"] == "PolicyDocument"
    assert acts["全国基层党建示范县"] == "Initiative"
    for item in ("股份合作", "托管经营", "订单农业"):  # an enumeration under one head: each a Mechanism
        assert acts[item] == "Mechanism"


def test_metaphors_in_headings_are_not_activities() -> None:
    labels = set(_activities(_doc()))
    assert not any("桥头堡" in label for label in labels)
    assert "经营模式" not in labels and "3种经营模式" not in labels  # the enumeration's generic head


def test_spans_and_provenance() -> None:
    doc = _doc()
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        p = doc.passages[m.passage]
        assert p.start <= m.start and m.end <= p.end
    for e in _activities(doc).values():
        assert e.passages, e.label


def test_short_and_long_forms_are_one_entity() -> None:
    doc = _doc()
    dual = [e for e in _activities(doc).values() if "双报到" in norm(e.label)]
    assert len(dual) == 1
    assert activity_key("“双报到”工作") == activity_key("双报到") == "activity/双报到"
    # a head noun that names a programme stays in the key
    assert activity_key("“头雁领航”工程") != activity_key("头雁领航")


def test_alt_labels_and_categories() -> None:
    acts = _activities(_doc())
    engine = acts["“红色引擎”工程"]
    assert {"红色引擎", "“红色引擎”", "红色引擎工程"} <= engine.alt_labels
    assert "GridGovernance" in acts["网格化管理"].categories
    assert "GridGovernance" in acts["“一村一档”制度"].categories  # from its sentence: 网格, 网格员
    assert "PartyMemberHouseholdContact" in categories_for({"“党员联户、干部包片”工作机制"})


def test_component_of_heading_and_lead() -> None:
    doc = _doc()
    parts = {
        (doc.entities[r.subject].label, doc.entities[r.object].label)
        for r in doc.relations
        if r.predicate == "componentOf"
    }
    assert ("“话初心”宣讲活动", "“银发先锋”行动") in parts  # under the heading that names the action
    assert ("“银发先锋”行动", "“红色引擎”工程") in parts  # the heading's action serves the lead's programme


def test_speech_and_generic_phrases_are_not_names() -> None:
    text = "新县社区治理经验\n新县建立工作机制,完善长效机制。村民说:“有了这个议事会,心里踏实。”\n"
    labels = set(_activities(_doc(text)))
    assert labels == set()


def test_what_a_sentence_forms_belongs_to_its_opening_practice() -> None:
    text = (
        "兰考县推进基层治理经验\n"
        "近年来,兰考县持续推进基层治理。\n"
        "兰考县建立县乡村三级贯通的智慧治理平台,打造“发现、派单、处置、反馈”闭环,覆盖全县380个网格。"
        "开展村级阵地提升行动,出台《兰考县村级阵地建设奖补办法》,新建党群服务中心21个。\n"
    )
    doc = _doc(text)
    label = {k: e.label for k, e in doc.entities.items()}
    parts = {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "componentOf"}
    assert ("“发现、派单、处置、反馈”闭环", "智慧治理平台") in parts
    assert ("《兰考县村级阵地建设奖补办法》", "村级阵地提升行动") in parts


def test_trie_pattern_prefers_the_longest_word() -> None:
    import re

    from loaders.activity_lexicon import trie_pattern

    pattern = re.compile(trie_pattern(["网格", "网格化管理", "网格员", "机制"]))
    assert [m.group(0) for m in pattern.finditer("网格化管理、网格员和网格的机制")] == [
        "网格化管理",
        "网格员",
        "网格",
        "机制",
    ]


def test_shapes_of_fixed_practices() -> None:
    text = "兰考县经验\n兰考县推行清单化管理,实行“一村一策”,全面完成城乡供水一体化,推进党支部标准化建设。\n"
    acts = _activities(_doc(text))
    assert {"清单化管理", "“一村一策”", "城乡供水一体化", "党支部标准化建设"} <= set(acts)


def test_model_headings_are_components_of_the_parts_programme() -> None:
    text = (
        "兰考县人才工作经验\n"
        "近年来,兰考县坚持人才强县。\n"
        "二、创新模式聚人才。着眼产业升级,探索“三型”引才模式,集聚一批高层次人才。\n"
        "候鸟服务型。引导企业柔性引进专家教授20人。\n"
        "校地合作型。与高校共建实验室3个。\n"
    )
    doc = _doc(text)
    acts = _activities(doc)
    assert acts["候鸟服务型"].cls == "Mechanism" and acts["校地合作型"].cls == "Mechanism"
    label = {k: e.label for k, e in doc.entities.items()}
    parts = {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == "componentOf"}
    assert ("候鸟服务型", "“三型”引才模式") in parts
    assert ("校地合作型", "“三型”引才模式") in parts
