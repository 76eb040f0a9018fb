"""Questions in English and Chinese: the parse, the answers against what the graph holds, help, and safety.

Two graphs: a small hand-built one with invented names (so the rules are seen to generalise and every
expected answer is known), and the bundled sample corpus sent through the real pipeline.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import pytest

from api.questions import answer
from graph import OxigraphStore, select, text
from loaders import DEFAULT_BASE as BASE
from ontology import DCTERMS as DCT
from ontology import GK, GKC, ONTOLOGY_FILES, PROV, RDF, RDFS, SKOS, XSD

# Invented places and practices (not the sample's): key -> (class, zh label, en label, short forms)
ORGS = {
    "qinghe": ("County", "清河县", "Qinghe County", ["清河"]),
    "liucheng": ("District", "柳城区", "Liucheng District", []),
    "changan": ("Prefecture", "长安市", "Chang'an City", ["长安"]),
    "qinghe-cpc": ("PartyOrganization", "清河县委", "Qinghe County Party Committee", []),
    "hexi": ("CountyLevelCity", "河西市", "Hexi City", []),
    "changan-tv": ("MediaOutlet", "长安电视台", "Chang'an TV", []),  # named like the city, shorter in English
}
ACTS = {  # key -> (class, zh label, categories, passages it was read from)
    "grid": ("Mechanism", "网格化管理", ["GridGovernance"], [0, 6]),
    "redgrid": ("Initiative", "“红色网格”工程", ["GridGovernance"], [4]),
    "dual": ("Initiative", "“双报到”活动", ["DualReporting"], [1, 5]),
    "pilot": ("Initiative", "“领航”计划", [], [2]),
}
PASSAGES = [
    "清河县推行网格化管理，划分单元网格。",
    "柳城区开展“双报到”活动。",
    "实施“领航”计划，培育带头人。",
    "全县配备网格员2246名。",
    "柳城区实施“红色网格”工程。",
    "清河县委组织在职党员开展“双报到”活动。",
    "河西市推行网格化管理。",
]
# (subject, predicate, object, passage of its rdf:Statement or None)
RELATIONS = [
    ("qinghe", "uses", "grid", 0),
    ("qinghe", "implements", "pilot", None),
    ("liucheng", "implements", "dual", 1),
    ("liucheng", "implements", "redgrid", None),
    ("qinghe-cpc", "implements", "dual", 5),
    ("hexi", "uses", "grid", 6),
    ("qinghe", "partOf", "changan", None),
    ("liucheng", "partOf", "changan", None),
    ("qinghe-cpc", "partOf", "qinghe", None),
]
# (reporter, value, unit, measure, about, passage)
METRICS = [("qinghe", "2246", "名", "网格员", "grid", 3), ("qinghe", "6", "个", "“五星”支部", None, 2)]


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _hand_triples() -> Iterator[ox.Triple]:
    T, a = ox.Triple, _n(RDF + "type")
    doc = _n(BASE + "doc/d-test")
    yield T(doc, a, _n(GK + "Document"))
    yield T(doc, _n(DCT + "title"), ox.Literal("测试材料"))
    offset = 0
    for i, passage in enumerate(PASSAGES):
        p = _n(f"{BASE}doc/d-test/p{i}")
        yield from (
            T(p, a, _n(GK + "Passage")),
            T(p, _n(GK + "text"), ox.Literal(passage)),
            T(p, _n(GK + "start"), ox.Literal(str(offset), datatype=_n(XSD + "integer"))),
            T(p, _n(GK + "end"), ox.Literal(str(offset + len(passage)), datatype=_n(XSD + "integer"))),
            T(p, _n(DCT + "isPartOf"), doc),
        )
        offset += len(passage)
    for key, (cls, zh, en, alts) in ORGS.items():
        it = _n(BASE + "org/" + key)
        yield from (
            T(it, a, _n(GK + cls)),
            T(it, _n(RDFS + "label"), ox.Literal(zh, language="zh")),
            T(it, _n(RDFS + "label"), ox.Literal(en, language="en")),
        )
        yield from (T(it, _n(SKOS + "altLabel"), ox.Literal(alt, language="zh")) for alt in alts)
    for key, (cls, zh, categories, passages) in ACTS.items():
        it = _n(BASE + "activity/" + key)
        yield from (T(it, a, _n(GK + cls)), T(it, _n(RDFS + "label"), ox.Literal(zh, language="zh")))
        yield from (T(it, _n(GK + "category"), _n(GKC + c)) for c in categories)
        yield from (T(it, _n(PROV + "wasDerivedFrom"), _n(f"{BASE}doc/d-test/p{i}")) for i in passages)
    for k, (subject, prop, obj, passage) in enumerate(RELATIONS):
        kind = "activity/" if obj in ACTS else "org/"
        triple = T(_n(BASE + "org/" + subject), _n(GK + prop), _n(BASE + kind + obj))
        yield triple
        if passage is not None:
            st = _n(f"{BASE}doc/d-test/s{k}")
            yield from (
                T(st, a, _n(RDF + "Statement")),
                T(st, _n(RDF + "subject"), triple.subject),
                T(st, _n(RDF + "predicate"), triple.predicate),
                T(st, _n(RDF + "object"), triple.object),
                T(st, _n(PROV + "wasDerivedFrom"), _n(f"{BASE}doc/d-test/p{passage}")),
            )
    for k, (reporter, amount, unit, measure, about, passage) in enumerate(METRICS):
        m = _n(f"{BASE}metric/d-test-{k}")
        yield from (
            T(_n(BASE + "org/" + reporter), _n(GK + "reports"), m),
            T(m, a, _n(GK + "Metric")),
            T(m, _n(GK + "value"), ox.Literal(amount, datatype=_n(XSD + "decimal"))),
            T(m, _n(GK + "unit"), ox.Literal(unit)),
            T(m, _n(GK + "measure"), ox.Literal(measure, language="zh")),
            T(m, _n(PROV + "wasDerivedFrom"), _n(f"{BASE}doc/d-test/p{passage}")),
        )
        if about:
            yield T(m, _n(GK + "about"), _n(BASE + "activity/" + about))


def _ontology_triples() -> list[ox.Triple]:
    return [q.triple for path in ONTOLOGY_FILES for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]


@pytest.fixture(scope="module")
def hand() -> OxigraphStore:
    store = OxigraphStore()
    store.replace_graph(BASE + "graph/ontology", _ontology_triples())
    store.replace_graph(BASE + "graph/d-test", _hand_triples())
    return store


@pytest.fixture(scope="module")
def sample() -> OxigraphStore:
    from loaders import load_paths, sample_corpus

    store = OxigraphStore()
    load_paths([sample_corpus()], store)
    return store


def labels(reply: dict[str, Any]) -> list[str]:
    return [a["label"] for a in reply["answers"]]


def org(key: str) -> str:
    return BASE + "org/" + key


def act(key: str) -> str:
    return BASE + "activity/" + key


# --- which <kind> use <practice> -------------------------------------------------------------------

COUNTY_LEVEL = {"iri": GK + "CountyLevelDivision", "label": "县级行政区", "label_en": "county-level division"}
GRID = {"iri": GKC + "GridGovernance", "label": "网格化治理", "label_en": "grid governance"}


NAMED_GRID = [
    {"iri": BASE + "activity/grid", "label": "网格化管理", "label_en": None, "occurrences": [BASE + "activity/grid"]}
]


@pytest.mark.parametrize(
    ("question", "language", "kind_words", "practice_words", "match", "named"),
    [
        ("which counties use grid governance", "en", "counties", "grid governance", "exact", []),
        ("Which counties use grid governance?", "en", "counties", "grid governance", "exact", []),
        (
            "what counties implement the grid governance approach",
            "en",
            "counties",
            "the grid governance approach",
            "partial",
            [],
        ),
        # the concept's altLabel is also an activity's own name in this graph: both are asked for
        ("哪些县使用网格化管理", "zh", "县", "网格化管理", "exact", NAMED_GRID),
        ("哪些县在搞网格化？", "zh", "县", "网格化", "exact", []),
        ("请问目前哪些县在搞网格化", "zh", "县", "网格化", "exact", []),
        ("使用网格化管理的县有哪些", "zh", "县", "网格化管理", "exact", NAMED_GRID),
        ("哪些县（市、区、旗）推行网格化管理", "zh", "县(市、区、旗)", "网格化管理", "exact", NAMED_GRID),
    ],
)
def test_which_counties_use_grid_governance_parses_the_same_in_both_languages(
    hand: OxigraphStore,
    question: str,
    language: str,
    kind_words: str,
    practice_words: str,
    match: str,
    named: list[dict[str, str]],
) -> None:
    reply = answer(hand, question)
    understood = reply["understood"]
    assert reply["kind"] == "organizations_using"
    assert understood["language"] == language
    assert understood["organization_class"] == {**COUNTY_LEVEL, "words": kind_words}
    expected = {"words": practice_words, "concept": GRID, "activities": named, "match": match}
    assert understood["practice"] == expected
    assert set(understood) == {"form", "language", "organization_class", "practice"}
    # the county, the district and the county-level city all use it; the party committee is no county
    assert labels(reply) == ["柳城区", "河西市", "清河县"]


@pytest.mark.parametrize("question", ["哪些县推行党建引领网格化", "哪些县开展以党建引领网格化管理"])
def test_a_practice_another_leads_is_the_one_written_last(hand: OxigraphStore, question: str) -> None:
    """党建引领 (party building leads) names a concept too; the phrase is about the practice it leads."""
    practice = answer(hand, question)["understood"]["practice"]
    assert practice["concept"] == GRID and practice["match"] == "partial"
    assert labels(answer(hand, question)) == ["柳城区", "河西市", "清河县"]


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("哪些县通过网格化管理推动基层治理", "网格化管理"),
        ("哪些县(市、区)依托网格化开展工作", "网格化"),
        ("哪些县以网格化管理为抓手提升服务水平", "网格化管理"),
        ("哪些县依托网格化管理", "网格化管理"),  # no aim after it: the means runs to the end
        ("网格化管理在哪些县推开了", "网格化管理"),
    ],
)
def test_a_practice_named_as_the_means_of_some_aim(hand: OxigraphStore, question: str, words: str) -> None:
    """通过/依托/以 X (为抓手) 推动/开展 Y: the question asks who uses X; Y is only what X serves."""
    reply = answer(hand, question)
    assert reply["kind"] == "organizations_using"
    assert reply["understood"]["practice"]["words"] == words
    assert reply["understood"]["practice"]["concept"] == GRID
    assert labels(reply) == ["柳城区", "河西市", "清河县"]


@pytest.mark.parametrize(
    "question",
    [
        "哪些县开展双报到和“领航”计划",
        "哪些县通过双报到、“领航”计划等方式推动基层治理",
        "哪些县(市、区)实施双报到及领航计划",
    ],
)
def test_practices_written_together_answer_with_any_of_them(hand: OxigraphStore, question: str) -> None:
    """A、B等方式 / A和B: each member read on its own; a county using either is an answer."""
    reply = answer(hand, question)
    practice = reply["understood"]["practice"]
    members = practice["any_of"]
    assert practice["concept"] is None and len(members) == 2
    assert members[0]["concept"]["iri"] == GKC + "DualReporting"
    assert [a["iri"] for a in members[1]["activities"]] == [act("pilot")]
    # 柳城区 runs 双报到 only, 清河县 the 领航 plan only (its party committee's 双报到 is no county's)
    assert labels(reply) == ["柳城区", "清河县"]


@pytest.mark.parametrize(
    ("question", "concept"),
    [
        ("which counties use evaluation and ranking", "EvaluationRanking"),  # one concept's own name
        ("哪些县推行网格化管理和甲乙融合", "GridGovernance"),  # one member names nothing: read whole
    ],
)
def test_a_name_with_and_inside_is_not_cut(hand: OxigraphStore, question: str, concept: str) -> None:
    practice = answer(hand, question)["understood"]["practice"]
    assert "any_of" not in practice
    assert practice["concept"]["iri"] == GKC + concept


@pytest.mark.parametrize(
    "question",
    ["请列出推行网格化管理的县(市、区)", "列举一下实行网格化管理的区县名单", "哪些县为村(社区)配备网格化管理"],
)
def test_a_request_for_a_list_and_whom_a_practice_serves(hand: OxigraphStore, question: str) -> None:
    """列出…的县: the kind comes last with no 哪些; 为村(社区)配备X: the beneficiary before the verb is not X."""
    reply = answer(hand, question)
    assert reply["understood"]["practice"]["words"] == "网格化管理"
    assert labels(reply) == ["柳城区", "河西市", "清河县"]


@pytest.mark.parametrize(
    ("question", "concept"),
    [
        ("Which counties hold democratic consultations?", "DemocraticConsultation"),
        ("which counties recruit talent", "TalentRecruitment"),
        ("Which counties resolve disputes at the grassroots?", "ConflictResolution"),
        ("which districts are improving property management in residential compounds", "PropertyManagement"),
        ("which counties use digital platforms for governance", "DigitalGovernance"),
        ("which counties give their cadres training", "CadreTraining"),  # cadres and cadre share a stem
        ("which counties mediate quarrels among neighbours", "ConflictResolution"),  # mediate and mediation
    ],
)
def test_english_practices_named_with_any_verb_and_word_order(hand: OxigraphStore, question: str, concept: str) -> None:
    """An English question names a practice with its own verb and words in any order and form:
    "recruit talent" is talent recruitment, "resolve disputes" dispute resolution."""
    reply = answer(hand, question)
    assert reply["kind"] == "organizations_using"
    assert reply["understood"]["practice"]["concept"]["iri"] == GKC + concept


@pytest.mark.parametrize("question", ["which counties cooperate with the weather", "which counties build new roads"])
def test_english_words_that_name_no_practice_are_still_not_understood(hand: OxigraphStore, question: str) -> None:
    """The word build alone is no practice: a hyphenated name (co-building) is one word, not "co" dropped."""
    assert answer(hand, question)["kind"] == "not_understood"


@pytest.mark.parametrize(
    ("question", "words", "concept"),
    [
        ("哪些县在乡村里搞网格化管理", "网格化管理", "GridGovernance"),  # a place before a known verb
        ("哪些区县细分了网格", "网格", "GridGovernance"),  # an unknown verb that 了 marks
        ("哪些县争创五星支部", "争创五星支部", "StarRatedBranch"),  # a concept named inside, any verb
    ],
)
def test_chinese_practices_named_with_any_verb(hand: OxigraphStore, question: str, words: str, concept: str) -> None:
    """A Chinese question may use a verb the reader does not list: the practice is what follows it."""
    reply = answer(hand, question)
    assert reply["kind"] == "organizations_using"
    assert reply["understood"]["practice"]["words"] == words
    assert reply["understood"]["practice"]["concept"]["iri"] == GKC + concept


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("网格化管理在哪些县得到推广", "网格化管理"),  # the practice first, a passive verb
        ("在网格化管理方面，哪些县有成熟经验", "网格化管理"),  # the topic first
        ("哪些县把网格化管理作为基层治理的抓手", "网格化管理"),  # 把X作为Y: X, not the aim Y
        ("网格化管理开展得比较好的县有哪些", "网格化管理"),  # a judgement after the practice
    ],
)
def test_chinese_practice_as_topic_object_or_judged(hand: OxigraphStore, question: str, words: str) -> None:
    reply = answer(hand, question)
    assert reply["understood"]["practice"]["words"] == words
    assert reply["understood"]["practice"]["concept"]["iri"] == GKC + "GridGovernance"
    assert labels(reply) == ["柳城区", "河西市", "清河县"]


@pytest.mark.parametrize(
    ("question", "concept"),
    [
        ("哪些县开展星级党支部评定", "StarRatedBranch"),
        ("哪些县搞网格化管理考核", "GridGovernance"),
        ("哪些县开展党建工作考核", "EvaluationRanking"),  # party building at large is too broad to take over
    ],
)
def test_a_method_after_a_field_asks_for_the_field(hand: OxigraphStore, question: str, concept: str) -> None:
    """评定, 考核, 评比 after a field's name: the question is about the field's practice, rated or not."""
    assert answer(hand, question)["understood"]["practice"]["concept"]["iri"] == GKC + concept


@pytest.mark.parametrize("question", ["推行网格化管理的县都有谁", "搞网格化管理的是哪些县", "网格化管理做得好的县"])
def test_chinese_questions_that_name_the_kind_after_the_practice(hand: OxigraphStore, question: str) -> None:
    """…的县都有谁, …的是哪些县, and the bare noun phrase …的县 typed as into a search box."""
    reply = answer(hand, question)
    assert reply["understood"]["practice"]["concept"]["iri"] == GKC + "GridGovernance"
    assert labels(reply) == ["柳城区", "河西市", "清河县"]


@pytest.mark.parametrize(
    "question",
    [
        "网格化管理是哪些县在做",
        "网格化管理是哪些县的做法",
        "where is grid governance used at county level",
        "in which counties is grid governance practised",
        "counties practising grid management",
        "grid governance counties",
    ],
)
def test_the_practice_before_the_kind(hand: OxigraphStore, question: str) -> None:
    """是哪些县在做 / 的做法, "where … at county level", and the kind and practice side by side as typed
    into a search box."""
    reply = answer(hand, question)
    assert reply["understood"]["practice"]["concept"]["iri"] == GKC + "GridGovernance"
    assert labels(reply) == ["柳城区", "河西市", "清河县"]


def test_a_wh_question_names_its_kind_first_whatever_kind_word_ends_it(hand: OxigraphStore) -> None:
    """The wh-word names the kind asked for ("which counties … their villages"), not the last noun."""
    reply = answer(hand, "which counties evaluate and rank their villages")
    assert reply["understood"]["organization_class"]["iri"] == GK + "CountyLevelDivision"


@pytest.mark.parametrize("question", ["哪些县的网格员最多", "哪些县是网格化管理示范县", "哪些县属于网格化管理"])
def test_chinese_questions_about_a_property_are_not_read_as_practices(hand: OxigraphStore, question: str) -> None:
    """的…最多, 是…, 属于…: a property, an identity or a belonging, not a practice a unit runs."""
    assert answer(hand, question)["kind"] == "not_understood"


def test_a_concept_named_with_its_verb_is_read_whole(hand: OxigraphStore) -> None:
    """引进人才 is talent recruitment itself; read without its verb, 人才 would name talent work at large."""
    practice = answer(hand, "哪些县在引进人才")["understood"]["practice"]
    assert practice["words"] == "引进人才"
    assert practice["concept"]["iri"] == GKC + "TalentRecruitment"


def test_each_answer_has_its_activities_and_the_statement_quote(hand: OxigraphStore) -> None:
    reply = answer(hand, "which counties use grid governance")
    by_label = {a["label"]: a for a in reply["answers"]}
    qinghe = by_label["清河县"]
    assert (qinghe["iri"], qinghe["label_en"]) == (org("qinghe"), "Qinghe County")
    assert qinghe["class"] == GK + "County"
    assert qinghe["class_label"] == "县"
    assert qinghe["activities"] == [
        {"iri": act("grid"), "label": "网格化管理", "label_en": None, "relation": "uses", "occurrences": [act("grid")]}
    ]
    quote = qinghe["quotes"][0]
    assert quote["text"] == PASSAGES[0] and quote["document"] == BASE + "doc/d-test"
    assert quote["document_title"] == "测试材料" and (quote["start"], quote["end"]) == (0, len(PASSAGES[0]))
    assert quote["activity"] == act("grid")
    # no rdf:Statement for 柳城区 —implements→ 红色网格工程: the activity's own passage is quoted instead
    liucheng = by_label["柳城区"]
    assert [a["label"] for a in liucheng["activities"]] == ["“红色网格”工程"]
    assert [q["text"] for q in liucheng["quotes"]] == [PASSAGES[4]]


def test_the_sparql_shown_is_the_query_run_and_names_the_iris(hand: OxigraphStore) -> None:
    reply = answer(hand, "which counties use grid governance")
    sparql = reply["sparql"]
    # the class and its subclasses, the concept and its narrower concepts, written in
    assert "FILTER(?class IN (gk:County, gk:CountyLevelCity, gk:CountyLevelDivision, gk:District))" in sparql
    assert "VALUES ?category { gkc:GridGovernance" in sparql
    shown = {text(r["org"]) for r in select(hand, sparql)}
    assert shown == {a["iri"] for a in reply["answers"]}
    # the quotes come from the rdf:Statement reifications of exactly the answered statements
    [statements, own_passages] = reply["sparql_quotes"]
    assert "rdf:subject" in statements and f"<{org('qinghe')}> gk:uses <{act('grid')}>" in statements
    assert "prov:wasDerivedFrom" in own_passages  # 柳城区's 红色网格工程 has no statement
    assert {text(r["passage"]) for r in select(hand, statements)} == {f"{BASE}doc/d-test/p0", f"{BASE}doc/d-test/p6"}


@pytest.mark.parametrize(
    ("question", "kind", "expected"),
    [
        ("which districts run dual reporting", GK + "District", ["柳城区"]),
        ("哪些区开展双报到", GK + "District", ["柳城区"]),
        ("which counties run dual reporting", GK + "CountyLevelDivision", ["柳城区"]),
        ("which county-level cities use grid governance", GK + "CountyLevelCity", ["河西市"]),
        ("哪些县级市推行网格化管理", GK + "CountyLevelCity", ["河西市"]),
        ("which party organizations run dual reporting", GK + "PartyOrganization", ["清河县委"]),
        ("who runs dual reporting", GK + "Organization", ["柳城区", "清河县委"]),
        ("哪些单位开展双报到", GK + "Organization", ["柳城区", "清河县委"]),
        ("在哪些区开展双报到", GK + "District", ["柳城区"]),
        ("双报到都在哪些区开展了", GK + "District", ["柳城区"]),
        ("网格化管理在哪些县级市推行", GK + "CountyLevelCity", ["河西市"]),
    ],
)
def test_kinds_of_organization_come_from_the_class_labels(
    hand: OxigraphStore, question: str, kind: str, expected: list[str]
) -> None:
    reply = answer(hand, question)
    assert reply["understood"]["organization_class"]["iri"] == kind
    assert labels(reply) == expected


@pytest.mark.parametrize(
    "question",
    [
        "which districts and county-level cities use grid governance",
        "which county-level cities or districts use grid governance",
        "哪些市辖区和县级市推行网格化管理",
        "哪些县级市、市辖区加强网格化治理",
    ],
)
def test_kinds_written_together_ask_for_each(hand: OxigraphStore, question: str) -> None:
    reply = answer(hand, question)
    understood = reply["understood"]
    kinds = {understood["organization_class"]["iri"], *(k["iri"] for k in understood["other_classes"])}
    assert kinds == {GK + "District", GK + "CountyLevelCity"}
    assert labels(reply) == ["柳城区", "河西市"]  # 清河县 is a county, neither kind asked for


@pytest.mark.parametrize(
    "question",
    [
        "which districts, county-level cities and prefectures use grid governance",
        "哪些市辖区县级市和地级市推行网格化管理",
    ],
)
def test_three_kinds_written_together(hand: OxigraphStore, question: str) -> None:
    understood = answer(hand, question)["understood"]
    kinds = {understood["organization_class"]["iri"], *(k["iri"] for k in understood["other_classes"])}
    assert kinds == {GK + "District", GK + "CountyLevelCity", GK + "Prefecture"}


@pytest.mark.parametrize("question", ["哪些县市推行网格化管理", "哪些县级单位推行网格化管理", "哪些县区推行网格化管理"])
def test_county_words_side_by_side_stay_at_county_level(hand: OxigraphStore, question: str) -> None:
    """县市 is counties and county-level cities, as 县(市) is; 县级单位 is county-level units, not every body."""
    reply = answer(hand, question)
    understood = reply["understood"]
    assert understood["organization_class"]["iri"] == GK + "CountyLevelDivision"
    assert not understood.get("other_classes")
    assert labels(reply) == ["柳城区", "河西市", "清河县"]


@pytest.mark.parametrize(
    "question",
    [
        "长安市哪些县使用网格化管理",
        "长安的哪些县在搞网格化",
        "which counties in Chang'an use grid governance",
        "grid governance in Chang'an counties",
    ],
)
def test_which_organizations_inside_a_place(hand: OxigraphStore, question: str) -> None:
    reply = answer(hand, question)
    assert reply["understood"]["within"]["iri"] == org("changan")
    assert labels(reply) == ["柳城区", "清河县"]  # 河西市 uses it too, but is not in 长安市
    assert f"gk:partOf+ <{org('changan')}>" in reply["sparql"]


def test_an_unknown_place_is_a_near_miss(hand: OxigraphStore) -> None:
    reply = answer(hand, "which counties in Atlantis use grid governance")
    assert reply["kind"] == "not_understood"
    assert reply["understood"]["near_misses"][0] == {
        "form": "organizations_using",
        "slot": "within",
        "words": "Atlantis",
    }


@pytest.mark.parametrize(
    ("question", "match"),
    [
        ("哪些县实施“领航”计划", "exact"),
        ("哪些县开展领航", "short form"),
        ("which counties run 领航计划", "exact"),
    ],
)
def test_a_practice_can_be_an_activity_by_its_own_name(hand: OxigraphStore, question: str, match: str) -> None:
    reply = answer(hand, question)
    practice = reply["understood"]["practice"]
    assert practice["concept"] is None and practice["match"] == match
    assert [a["iri"] for a in practice["activities"]] == [act("pilot")]
    assert labels(reply) == ["清河县"]
    assert [q["text"] for q in reply["answers"][0]["quotes"]] == [PASSAGES[2]]


# --- what does <organization> use / report ---------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "what does Qinghe use",
        "What does Qinghe County implement?",
        "清河县有哪些做法",
        "清河有什么举措",
        "清河县在做什么",
    ],
)
def test_what_does_an_organization_use(hand: OxigraphStore, question: str) -> None:
    reply = answer(hand, question)
    assert reply["kind"] == "activities_of"
    assert reply["understood"]["organization"]["iri"] == org("qinghe")
    # the county itself first, then its own party committee; not the prefecture above it
    assert labels(reply) == ["清河县", "清河县委"]
    first, committee = reply["answers"]
    assert sorted(a["label"] for a in first["activities"]) == ["“领航”计划", "网格化管理"]
    assert [a["label"] for a in committee["activities"]] == ["“双报到”活动"]
    assert PASSAGES[0] in [q["text"] for q in first["quotes"]]


@pytest.mark.parametrize(
    "question",
    ["清河县在网格化管理方面有哪些做法", "What has Qinghe County done for grid governance?"],
)
def test_what_an_organization_does_in_one_field(hand: OxigraphStore, question: str) -> None:
    """在X方面 / for X: only the activities of that practice, not the county's other work."""
    reply = answer(hand, question)
    assert reply["kind"] == "activities_of"
    assert [a["label"] for item in reply["answers"] for a in item["activities"]] == ["网格化管理"]


def test_what_has_an_organization_done(hand: OxigraphStore) -> None:
    """What has X done asks for its activities, as "what does X use" does."""
    assert labels(answer(hand, "What has Qinghe County done?")) == ["清河县", "清河县委"]


@pytest.mark.parametrize("question", ["谁在推行网格化管理", "都有谁开展了网格化管理"])
def test_who_does_a_practice_in_chinese(hand: OxigraphStore, question: str) -> None:
    """谁 asks for any organization, as "who" does."""
    assert labels(answer(hand, question)) == ["柳城区", "河西市", "清河县"]


@pytest.mark.parametrize(
    ("question", "cls"),
    [
        ("清河县实施了哪些工程", "Initiative"),
        ("what initiatives does Qinghe County implement", "Initiative"),
        ("清河县建立了哪些机制", "Mechanism"),
    ],
)
def test_an_activity_noun_narrows_the_class(hand: OxigraphStore, question: str, cls: str) -> None:
    reply = answer(hand, question)
    assert reply["understood"]["activity_class"]["iri"] == GK + cls
    found = {a["iri"] for item in reply["answers"] for a in item["activities"]}
    expected = {act(k) for k, (c, *_rest) in ACTS.items() if c == cls} & {
        act(o) for s, _p, o, _q in RELATIONS if s in ("qinghe", "qinghe-cpc")
    }
    assert found == expected


@pytest.mark.parametrize(
    "question",
    [
        "what did Qinghe County report",
        "清河县报告了哪些数据",
        "figures of 清河县",
        "清河的数据",
        "清河县取得了哪些成效",
    ],
)
def test_what_did_an_organization_report(hand: OxigraphStore, question: str) -> None:
    reply = answer(hand, question)
    assert reply["kind"] == "metrics_of" and "practice" not in reply["understood"]
    [qinghe] = reply["answers"]
    figures = {(m["value"], m["unit"], m["measure"]) for m in qinghe["metrics"]}
    assert figures == {("2246", "名", "网格员"), ("6", "个", "“五星”支部")}
    grid = next(m for m in qinghe["metrics"] if m["measure"] == "网格员")
    assert grid["about"] == {"iri": act("grid"), "label": "网格化管理"}
    assert grid["quote"]["text"] == PASSAGES[3]


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("清河县的网格员数据", "网格员"),
        ("清河县有多少网格员", "网格员"),
        ("清河县网格员有多少", "网格员"),
        ("how many 网格员 does Qinghe County have", "网格员"),
        ("清河县的五星支部数据", "“五星”支部"),
        ("what did Qinghe report about grid governance", "网格员"),
    ],
)
def test_figures_about_one_practice(hand: OxigraphStore, question: str, measure: str) -> None:
    reply = answer(hand, question)
    assert reply["understood"]["practice"]["concept"] is not None
    assert [m["measure"] for m in reply["answers"][0]["metrics"]] == [measure]


def test_how_many_of_something_no_practice_names(hand: OxigraphStore) -> None:
    reply = answer(hand, "清河县有多少路灯")
    assert reply["kind"] == "metrics_of" and reply["understood"]["measure"] == {"words": "路灯"}
    assert "practice" not in reply["understood"]
    assert reply["answers"] == []  # 清河县 reported no such figure


# --- how is A connected to B -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "a", "b", "length"),
    [
        ("清河县和长安市有什么关系", "qinghe", "changan", 1),
        ("how is Liucheng District connected to Qinghe", "liucheng", "qinghe", 2),
        ("what is the relationship between 清河县委 and Chang'an City", "qinghe-cpc", "changan", 2),
        ("how are 清河县 and 长安市 related", "qinghe", "changan", 1),
        ("清河县与长安市的关系", "qinghe", "changan", 1),
        ("清河县跟长安市怎么联系起来的", "qinghe", "changan", 1),
    ],
)
def test_how_two_entities_are_connected(hand: OxigraphStore, question: str, a: str, b: str, length: int) -> None:
    reply = answer(hand, question)
    assert reply["kind"] == "connection"
    assert (reply["understood"]["from"]["iri"], reply["understood"]["to"]["iri"]) == (org(a), org(b))
    shortest = reply["paths"][0]
    assert shortest["length"] == length
    assert (reply["answers"][0]["iri"], reply["answers"][-1]["iri"]) == (org(a), org(b))
    assert all(r["name"] == "gk:partOf" for s in shortest["steps"] for r in s["relations"])


def test_a_path_step_carries_its_statement_quote(hand: OxigraphStore) -> None:
    reply = answer(hand, "柳城区和“双报到”活动是什么关系")
    [step] = reply["paths"][0]["steps"]
    assert [r["name"] for r in step["relations"]] == ["gk:implements"]
    assert [q["text"] for q in step["quotes"]] == [PASSAGES[1]]


# --- questions it cannot read ------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["what is the meaning of life", "", "   ", "天气怎么样", "?"])
def test_an_unreadable_question_gets_the_forms_with_examples(hand: OxigraphStore, question: str) -> None:
    reply = answer(hand, question)
    assert reply["kind"] == "not_understood" and reply["answers"] == [] and reply["sparql"] == ""
    forms = {f["form"]: f for f in reply["help"]}
    assert list(forms) == ["organizations_using", "activities_of", "metrics_of", "connection"]
    assert "which counties use grid governance" in forms["organizations_using"]["examples"]
    # examples name things that are really in this graph, so they can be clicked and answered
    for form in ("activities_of", "metrics_of", "connection"):
        assert forms[form]["examples"], form
        for example in forms[form]["examples"]:
            assert answer(hand, example)["kind"] == form, example


@pytest.mark.parametrize(
    ("question", "slot", "words"),
    [
        ("which counties use flying cars", "practice", "flying cars"),
        ("what does Atlantis use", "organization", "Atlantis"),
    ],
)
def test_a_near_miss_names_the_unknown_words(hand: OxigraphStore, question: str, slot: str, words: str) -> None:
    reply = answer(hand, question)
    assert reply["kind"] == "not_understood"
    assert {"slot": slot, "words": words}.items() <= reply["understood"]["near_misses"][0].items()
    assert f"“{words}”" in reply["message"]


# --- safety --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        'which counties use grid governance"} DROP ALL #',
        "which counties use grid governance'> } ; DROP ALL",
        '清河县"} DROP ALL #有哪些做法',
        'what does Qinghe" } . ?s ?p ?o } #  use',
        'how is <urn:x> connected to "} DROP ALL #',
        "哪些县使用 \\u0022} DELETE WHERE { ?s ?p ?o } #",
    ],
)
def test_user_text_never_reaches_the_sparql(hand: OxigraphStore, question: str) -> None:
    before = hand.count()
    reply = answer(hand, question)
    assert hand.count() == before
    queries = "\n".join([reply["sparql"], *reply["sparql_quotes"]])
    for fragment in ("DROP", "DELETE", "#  use", "urn:x", '"}'):
        assert fragment not in queries
    # only IRIs are written into queries, and ours are percent-encoded: no word of the question gets in
    assert queries.isascii()
    json.dumps(reply, ensure_ascii=False)  # a plain JSON-able dict whatever came in


def test_a_parse_that_survives_injection_still_answers_from_iris_only(hand: OxigraphStore) -> None:
    reply = answer(hand, 'which counties use grid governance"} DROP ALL #')
    assert reply["understood"]["practice"]["concept"]["iri"] == GKC + "GridGovernance"
    assert labels(reply) == ["柳城区", "河西市", "清河县"]


# --- the sample corpus through the real pipeline -------------------------------------------------------

CONTRACT_QUERY = """
PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX gkc: <https://w3id.org/govkg/concept/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?org ?name WHERE {
  ?org a/rdfs:subClassOf* gk:CountyLevelDivision ; rdfs:label ?name ;
       gk:uses|gk:implements ?act .
  ?act gk:category/skos:broader* gkc:GridGovernance .
  FILTER(lang(?name) = "zh")
}"""


@pytest.mark.parametrize("question", ["which counties use grid governance", "哪些县使用网格化管理"])
def test_sample_grid_governance_answers_are_the_contract_query(sample: OxigraphStore, question: str) -> None:
    reply = answer(sample, question)
    expected = {text(r["name"]) for r in select(sample, CONTRACT_QUERY)}
    assert set(labels(reply)) == expected
    assert "南乐县" in expected
    nanle = next(a for a in reply["answers"] if a["label"] == "南乐县")
    assert nanle["activities"] and nanle["quotes"]
    assert any("网格" in q["text"] for q in nanle["quotes"])


def test_sample_what_does_a_county_use_and_report(sample: OxigraphStore) -> None:
    used = answer(sample, "南乐县有哪些做法")
    assert used["kind"] == "activities_of" and used["answers"][0]["label"] == "南乐县"
    assert len(used["answers"][0]["activities"]) >= 3
    reported = answer(sample, "what did 南乐县 report")
    assert reported["kind"] == "metrics_of"
    values = {m["value"] for item in reported["answers"] for m in item["metrics"]}
    assert "2246" in values  # 配备2246名网格员


def test_sample_connection_of_a_county_to_its_city(sample: OxigraphStore) -> None:
    reply = answer(sample, "南乐县和濮阳市有什么关系")
    assert reply["kind"] == "connection" and reply["paths"]
    assert reply["paths"][0]["length"] == 1


# --- the same answers from a remote SPARQL server, over HTTP and on the command line ---------------------


def _copy(source: OxigraphStore, target: Any) -> None:
    for graph in source.graphs():
        quads = source.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        target.replace_graph(graph, (q.triple for q in quads))


def test_a_remote_store_gives_the_same_answers(hand: OxigraphStore, fresh_oxigraph_server: str) -> None:
    """Bindings reach a remote server as a trailing VALUES block: the queries must be right that way too."""
    from graph import RemoteStore

    remote = RemoteStore(fresh_oxigraph_server)
    try:
        _copy(hand, remote)
        for question in (
            "which counties use grid governance",
            "清河县有哪些做法",
            "清河县实施了哪些工程",
            "what did Qinghe report",
            "清河县的网格员数据",
            "how is Liucheng District connected to Qinghe",
        ):
            here, there = answer(hand, question), answer(remote, question)
            assert there["understood"] == here["understood"], question
            assert there["answers"] == here["answers"], question
    finally:
        remote.close()


def test_the_ask_command_prints_answers_quotes_and_sparql(hand: OxigraphStore, tmp_path: Any) -> None:
    from typer.testing import CliRunner

    from api.cli import app

    folder = tmp_path / "store"
    disk = OxigraphStore(folder)
    _copy(hand, disk)
    disk.close()
    del disk
    runner = CliRunner()
    as_json = runner.invoke(app, ["--store", str(folder), "ask", "哪些县使用网格化管理", "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    reply = json.loads(as_json.stdout)
    assert labels(reply) == ["柳城区", "河西市", "清河县"]
    assert "网格化管理" in as_json.stdout  # not \\u escapes
    table = runner.invoke(app, ["--store", str(folder), "ask", "which counties use grid governance"])
    assert table.exit_code == 0, table.output
    assert "rdf:subject" in reply["sparql_quotes"][0]
    shown = ("清河县", "网格化管理", PASSAGES[0][:8], "SELECT DISTINCT", "?act gk:category", "--format json")
    for word in shown:
        assert word in table.stdout, word
    unknown = runner.invoke(app, ["--store", str(folder), "ask", "what is the meaning of life"])
    assert unknown.exit_code == 1 and "which counties use grid governance" in unknown.stdout  # help, not an answer


def test_api_ask_answers_as_json_with_links(client: Any) -> None:
    response = client.get("/api/ask", params={"q": "哪些县使用网格化管理"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    assert "网格化" in response.text  # UTF-8 JSON, not \\u escapes
    reply = response.json()
    assert reply["kind"] == "organizations_using" and reply["sparql"].startswith("PREFIX")
    assert reply["sparql_url"].startswith("/sparql?query=")
    nanle = next(a for a in reply["answers"] if a["label"] == "南乐县")
    assert nanle["url"].startswith("/entity/") and nanle["quotes"]
    assert all(q["document_url"].startswith("/document/") for q in nanle["quotes"])
    assert client.get(nanle["url"]).status_code == 200


def test_api_ask_refuses_an_overlong_question_and_helps_with_an_empty_one(client: Any) -> None:
    assert client.get("/api/ask", params={"q": "县" * 501}).status_code == 400
    reply = client.get("/api/ask").json()
    assert reply["kind"] == "not_understood" and reply["help"]


def test_the_printed_reading_of_a_question_names_every_kind_it_asks_for(hand: OxigraphStore) -> None:
    from io import StringIO

    from rich.console import Console

    from api.questions.text import print_reply

    out = StringIO()
    print_reply(answer(hand, "哪些区县在推行网格化管理"), Console(file=out, width=200))
    first = out.getvalue().splitlines()[0]
    assert "市辖区" in first and "县级行政区" in first, first
