"""The ontology package: contract terms declared, concept scheme sound, shapes accept and reject."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

import ontology
from ontology import GK, GKC

GKN = rdflib.Namespace(GK)
GKCN = rdflib.Namespace(GKC)
ORGN = rdflib.Namespace(ontology.ORG)
PROVN = rdflib.Namespace(ontology.PROV)
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")

# The contract (../shared/design/ontology-contract.md), copied so the test stands alone.
CONTRACT_PARENTS = {
    "Organization": None,
    "AdministrativeUnit": "Organization",
    "Province": "AdministrativeUnit",
    "Prefecture": "AdministrativeUnit",
    "CountyLevelDivision": "AdministrativeUnit",
    "Township": "AdministrativeUnit",
    "Village": "AdministrativeUnit",
    "Community": "AdministrativeUnit",
    "County": "CountyLevelDivision",
    "CountyLevelCity": "CountyLevelDivision",
    "District": "CountyLevelDivision",
    "PartyOrganization": "Organization",
    "GovernmentAgency": "Organization",
    "Enterprise": "Organization",
    "ResearchInstitution": "Organization",
    "MediaOutlet": "Organization",
    "SocialOrganization": "Organization",
    "Initiative": None,
    "Mechanism": None,
    "PolicyDocument": "Mechanism",
    "Metric": None,
    "Document": None,
    "Passage": None,
}
CONTRACT_PROPERTIES = [
    "implements", "uses", "partOf", "componentOf", "collaboratesWith", "recognizedBy", "category",
    "reports", "value", "unit", "measure", "period", "about", "text", "start", "end",
]  # fmt: skip
EXTRA_TERMS = ["Activity", "Report", "Mention", "code", "mentionOf", "extractor", "length"]
_CONCEPT_TABLE = """
GridGovernance | grid governance | 网格化治理 | 网格 网格员 网格化管理 多网合一 全科网格
TalentRecruitment | talent recruitment | 人才引进 | 引才 人才飞地 柔性引才 以才引才
IndustryAcademiaCollaboration | industry-academia collaboration | 产学研合作 | 产学研 校企合作 博士后
StarRatedBranch | star-rated party branch | 星级支部创建 | 五星支部 星级
WeakOrganizationRectification | rectifying weak party organizations | 软弱涣散党组织整顿 | 软弱涣散 整顿
PartyMassServiceCenter | party-mass service center | 党群服务中心 | 党群服务中心 红色驿站 阵地
DualReporting | dual reporting | 双报到 | 双报到 下沉社区 在职党员
PartyMemberHouseholdContact | party members linked to households | 党员联户 | 联户 党员中心户 分包联系
SupervisionInspection | supervision and inspection | 督导督查 | 督导 督查 通报
EvaluationRanking | evaluation and ranking | 观摩评比 | 观摩 评比 排名 述职评议 考核
DemocraticConsultation | democratic consultation | 协商议事 | 议事会 议事厅 恳谈 协商
RuleOfLawServices | rule-of-law services | 法治服务 | 法治副主任 三官两员 法律顾问
PropertyManagement | residential property management | 物业管理 | 物业 业主委员会 无物管小区
PoliticalStudy | political study | 政治理论学习 | 第一议题 三会一课 学习宣讲
DemonstrationSites | demonstration sites | 示范创建 | 示范点 示范校 品牌
CollectiveEconomy | village collective economy | 村集体经济 | 集体经济 土地托管 产权交易 三资
"""  # concept | English prefLabel | Chinese prefLabel | typical words
CONTRACT_CONCEPTS = {
    name: (en, zh, words.split())
    for name, en, zh, words in (map(str.strip, row.split("|")) for row in _CONCEPT_TABLE.strip().splitlines())
}
# Keywords deliberately shared by two concepts (none so far); the pair must be listed here.
SHARED_KEYWORDS: dict[str, set[str]] = {}


@pytest.fixture(scope="module")
def ont() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology.ontology_path(), format="turtle")


@pytest.fixture(scope="module")
def concepts() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology.concepts_path(), format="turtle")


def _langs(graph: rdflib.Graph, node: rdflib.URIRef, prop: rdflib.URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(node, prop) if isinstance(o, rdflib.Literal)}


# --- the files ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ontology.ONTOLOGY_FILES, ids=lambda p: p.name)
def test_turtle_files_parse_with_both_parsers(path) -> None:
    assert len(rdflib.Graph().parse(path, format="turtle")) > 50
    assert len(list(ox.parse(path=path, format=ox.RdfFormat.TURTLE))) > 50


def test_ontology_header(ont: rdflib.Graph) -> None:
    head = rdflib.URIRef("https://w3id.org/govkg/ontology")
    assert (head, RDF.type, OWL.Ontology) in ont
    for prop in (OWL.versionInfo, OWL.versionIRI, rdflib.DCTERMS.license, rdflib.DCTERMS.creator):
        assert ont.value(head, prop) is not None, prop


def test_importing_ontology_pulls_in_no_service_or_view_library() -> None:
    code = (
        "import sys, ontology; ontology.concept_keywords(); ontology.class_labels();"
        "bad = [m for m in ('fastapi', 'typer', 'rich', 'pyvis', 'pyshacl', 'loaders', 'graph', 'api')"
        " if m in sys.modules]; print(bad); sys.exit(bool(bad))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


# --- classes and properties ---------------------------------------------------------------


@pytest.mark.parametrize("name", [*CONTRACT_PARENTS, *CONTRACT_PROPERTIES, *EXTRA_TERMS])
def test_term_declared_with_labels_and_comment(ont: rdflib.Graph, name: str) -> None:
    term = GKN[name]
    kinds = set(ont.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, f"{name} not declared"
    assert {"en", "zh"} <= _langs(ont, term, RDFS.label)
    assert {"en", "zh"} <= _langs(ont, term, RDFS.comment)
    if name in CONTRACT_PARENTS:
        assert OWL.Class in kinds
    if OWL.Class not in kinds:
        assert ont.value(term, RDFS.domain) is not None, f"{name} has no domain"


@pytest.mark.parametrize("name", CONTRACT_PROPERTIES)
def test_contract_property_has_range(ont: rdflib.Graph, name: str) -> None:
    assert ont.value(GKN[name], RDFS.range) is not None


def test_subclass_tree_is_the_contracts() -> None:
    parents = ontology.class_parents()
    for child, parent in CONTRACT_PARENTS.items():
        if parent is not None:
            assert parents[child] == parent
    assert parents["Initiative"] == parents["Mechanism"] == "Activity"
    assert parents["Report"] == "Passage"


def test_alignment_with_w3c_vocabularies(ont: rdflib.Graph) -> None:
    assert (GKN.Organization, RDFS.subClassOf, ORGN.Organization) in ont
    assert (GKN.partOf, RDFS.subPropertyOf, ORGN.subOrganizationOf) in ont
    assert (GKN.Passage, RDFS.subClassOf, PROVN.Entity) in ont
    assert (GKN.Document, RDFS.subClassOf, PROVN.Entity) in ont
    assert (GKN.Document, RDFS.subClassOf, FOAF.Document) in ont
    assert (GKN.category, RDFS.range, SKOS.Concept) in ont


def test_class_labels_are_question_vocabulary() -> None:
    def classes_for(word: str) -> set[str]:
        return {
            name
            for name, labels in ontology.class_labels().items()
            if word in (labels["en"], labels["zh"], *labels["alt"])
        }

    expected = {
        "counties": "County", "县": "County", "districts": "District", "区": "District",
        "county-level city": "CountyLevelCity", "towns": "Township", "乡": "Township", "镇": "Township",
        "街道": "Township", "villages": "Village", "村": "Village", "communities": "Community",
        "prefecture-level city": "Prefecture", "地级市": "Prefecture", "provinces": "Province",
        "companies": "Enterprise", "公司": "Enterprise", "universities": "ResearchInstitution",
        "county-level division": "CountyLevelDivision", "party organization": "PartyOrganization",
    }  # fmt: skip
    for word, cls in expected.items():
        assert classes_for(word) == {cls}, word


def test_no_class_word_names_two_classes() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for name, labels in ontology.class_labels().items():
        for word in (labels["en"], labels["zh"], *labels["alt"]):
            owners[word.lower()].add(name)
    assert {word: names for word, names in owners.items() if len(names) > 1} == {}


def test_property_labels() -> None:
    labels = ontology.property_labels()
    assert set(CONTRACT_PROPERTIES) <= set(labels)
    assert labels["implements"]["en"] == "implements"


# --- the concept scheme -------------------------------------------------------------------


@pytest.mark.parametrize("name", CONTRACT_CONCEPTS)
def test_contract_concept(name: str) -> None:
    en, zh, words = CONTRACT_CONCEPTS[name]
    labels = ontology.concept_labels()[name]
    assert (labels["en"], labels["zh"]) == (en, zh)
    keywords = {word for word, concept in ontology.concept_keywords() if concept == name}
    assert set(words) <= keywords


def test_scheme_is_a_real_vocabulary(concepts: rdflib.Graph) -> None:
    labels = ontology.concept_labels()
    assert 40 <= len(labels) <= 80
    for name, concept in labels.items():
        assert concept["en"] == concept["en"].lower(), name
        assert concept["definition"], name
        assert concept["alt_en"], name
        assert len(concept["alt_zh"]) >= 3, name
        assert (GKCN[name], SKOS.inScheme, GKCN.scheme) in concepts


def test_every_broader_chain_ends_in_a_top_concept(concepts: rdflib.Graph) -> None:
    tops = {str(t)[len(GKC) :] for t in concepts.objects(GKCN.scheme, SKOS.hasTopConcept)}
    assert tops == {str(t)[len(GKC) :] for t in concepts.subjects(SKOS.topConceptOf, GKCN.scheme)}
    labels = ontology.concept_labels()
    for name in labels:
        stack, seen, roots = [name], set(), set()
        while stack:
            current = stack.pop()
            assert current not in seen or current in tops, f"cycle through {current}"
            seen.add(current)
            broader = labels[current]["broader"]
            assert all(b in labels for b in broader), current
            if broader:
                stack.extend(broader)
            else:
                roots.add(current)
        assert roots <= tops, f"{name} ends in {roots - tops}"
        assert (name in tops) == (not labels[name]["broader"]), name


def test_contract_concepts_are_not_nested_in_each_other() -> None:
    """A category answers a question about itself only, never about another contract concept."""
    labels = ontology.concept_labels()

    def ancestors(name: str) -> set[str]:
        out, stack = set(), list(labels[name]["broader"])
        while stack:
            out.add(current := stack.pop())
            stack.extend(labels[current]["broader"])
        return out

    for name in CONTRACT_CONCEPTS:
        assert not ancestors(name) & set(CONTRACT_CONCEPTS), name


def test_keywords_are_precise() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for word, name in ontology.concept_keywords():
        assert len(word) >= 2, word
        assert word == ontology.normalize(word), word
        owners[word].add(name)
    shared = {word: names for word, names in owners.items() if len(names) > 1}
    assert shared == SHARED_KEYWORDS
    assert "党建" not in {w for w, n in ontology.concept_keywords() if n != "PartyBuilding"}


def test_concept_keywords_longest_first_and_cached() -> None:
    keywords = ontology.concept_keywords()
    lengths = [len(word) for word, _ in keywords]
    assert lengths == sorted(lengths, reverse=True)
    assert ontology.concept_keywords() is keywords


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("“五星”支部创建", ["StarRatedBranch"]),
        ("“党建引领、多网合一”网格化管理智慧平台", ["PartyBuilding", "GridGovernance", "DigitalGovernance"]),
        ("《重大科技项目揭榜挂帅暂行办法》", ["TechnologyInnovation"]),
        ("创新开办“微党校”", ["PoliticalStudy"]),  # not the 党校 of cadre training
        ("评选“星级文明户”", ["EvaluationRanking", "MoralGovernance"]),  # not a star-rated branch
        ("县管校聘", ["EducationReform"]),
        ("乡村振兴", ["RuralRevitalization"]),
        ("召开全体会议", []),
    ],
)
def test_concepts_in(name: str, expected: list[str]) -> None:
    assert ontology.concepts_in(name) == expected


def test_no_english_label_names_two_concepts() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for name, labels in ontology.concept_labels().items():
        for word in (labels["en"], *labels["alt_en"]):
            owners[word.lower()].add(name)
    assert {word: names for word, names in owners.items() if len(names) > 1} == {}


def test_english_synonyms_for_questions() -> None:
    labels = ontology.concept_labels()
    assert "grid management" in labels["GridGovernance"]["alt_en"]
    assert "dual registration" in labels["DualReporting"]["alt_en"]
    assert "double reporting" in labels["DualReporting"]["alt_en"]


# --- SHACL ----------------------------------------------------------------------------------

VALID = """
@prefix gk: <https://w3id.org/govkg/ontology#> .
@prefix gkc: <https://w3id.org/govkg/concept/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <https://example.org/id/> .

ex:doc a gk:Document ; dcterms:title "经验交流材料" ; gk:extractor "govkg.rules.v1" ; gk:length 40 .
ex:report a gk:Report ; dcterms:title "织密网格" ; gk:start 0 ; gk:end 40 ; dcterms:isPartOf ex:doc .
ex:p0 a gk:Passage ; gk:text "安吉县建立全科网格，划分网格120个。" ; gk:start 5 ; gk:end 23 ;
    dcterms:isPartOf ex:doc .
ex:anji a gk:County ; rdfs:label "安吉县"@zh , "Anji County"@en ; gk:code "330523" ;
    gk:partOf ex:huzhou ; prov:wasDerivedFrom ex:p0 ;
    gk:uses ex:grid , ex:rules ; gk:implements ex:drive ; gk:reports ex:m1 ;
    gk:collaboratesWith ex:uni .
ex:huzhou a gk:Prefecture ; rdfs:label "湖州市"@zh ; gk:partOf ex:zhejiang ; prov:wasDerivedFrom ex:p0 .
ex:zhejiang a gk:Province ; rdfs:label "浙江省"@zh ; gk:code "330000" .
ex:uni a gk:ResearchInstitution ; rdfs:label "浙江大学"@zh ; prov:wasDerivedFrom ex:p0 .
ex:grid a gk:Mechanism ; rdfs:label "全科网格"@zh ; gk:category gkc:GridGovernance ;
    prov:wasDerivedFrom ex:p0 .
ex:rules a gk:PolicyDocument ; rdfs:label "《网格事件管理细则》"@zh ; gk:componentOf ex:grid ;
    prov:wasDerivedFrom ex:p0 .
ex:drive a gk:Initiative ; rdfs:label "“红色网格”创建"@zh ; gk:category gkc:GridGovernance ,
    gkc:DemonstrationSites ; gk:recognizedBy ex:huzhou ; prov:wasDerivedFrom ex:p0 .
ex:m1 a gk:Metric ; gk:value 120.0 ; gk:unit "个" ; gk:measure "网格"@zh ; gk:period "2023" ;
    gk:about ex:grid ; gk:start 17 ; gk:end 21 ; prov:wasDerivedFrom ex:p0 .
ex:mention a gk:Mention ; gk:mentionOf ex:anji ; gk:start 5 ; gk:end 8 ; dcterms:isPartOf ex:doc .
"""
EX = rdflib.Namespace("https://example.org/id/")


@pytest.fixture
def valid() -> rdflib.Graph:
    return rdflib.Graph().parse(data=VALID, format="turtle")


def test_shapes_accept_a_valid_graph(valid: rdflib.Graph) -> None:
    conforms, text = ontology.validate(valid)
    assert conforms, text


def test_shapes_accept_a_dataset_as_its_union(valid: rdflib.Graph) -> None:
    dataset = rdflib.Dataset()
    part = dataset.graph(rdflib.URIRef("https://example.org/graph/doc"))
    for triple in valid:
        part.add(triple)
    dataset.graph(rdflib.URIRef("https://example.org/graph/ontology")).parse(ontology.ontology_path())
    conforms, text = ontology.validate(dataset)
    assert conforms, text


def _rejected(graph: rdflib.Graph, *needles: str) -> str:
    conforms, text = ontology.validate(graph)
    assert not conforms
    for needle in needles:
        assert needle in text
    return text


def test_metric_without_unit_is_rejected(valid: rdflib.Graph) -> None:
    valid.remove((EX.m1, GKN.unit, None))
    _rejected(valid, "gk:unit")


def test_metric_needs_one_reporter_and_a_decimal(valid: rdflib.Graph) -> None:
    valid.add((EX.huzhou, GKN.reports, EX.m1))
    _rejected(valid, "exactly one gk:Organization")
    valid.remove((EX.huzhou, GKN.reports, EX.m1))
    valid.remove((EX.anji, GKN.reports, EX.m1))
    _rejected(valid, "exactly one gk:Organization")
    valid.add((EX.anji, GKN.reports, EX.m1))
    valid.set((EX.m1, GKN.value, rdflib.Literal("120")))
    _rejected(valid, "xsd:decimal")


def test_uses_pointing_to_an_initiative_is_rejected(valid: rdflib.Graph) -> None:
    valid.add((EX.anji, GKN.uses, EX.drive))
    _rejected(valid, "both a gk:Initiative and a gk:Mechanism")


def test_implements_pointing_to_an_organization_is_rejected(valid: rdflib.Graph) -> None:
    valid.add((EX.anji, GKN.implements, EX.uni))
    _rejected(valid, "cannot also be an activity")


def test_entity_needs_chinese_label_and_provenance(valid: rdflib.Graph) -> None:
    valid.remove((EX.uni, RDFS.label, None))
    valid.add((EX.uni, RDFS.label, rdflib.Literal("Zhejiang University", lang="en")))
    _rejected(valid, "Chinese")
    graph = rdflib.Graph().parse(data=VALID, format="turtle")
    graph.remove((EX.grid, PROVN.wasDerivedFrom, None))
    _rejected(graph, "prov:wasDerivedFrom")
    graph = rdflib.Graph().parse(data=VALID, format="turtle")
    graph.remove((EX.zhejiang, GKN.code, None))
    _rejected(graph, "gk:code")


def test_a_body_known_only_from_its_parts_name_is_traced_through_the_part(valid: rdflib.Graph) -> None:
    """浙江大学 written only inside 浙江大学附属医院: no passage of its own, the part's passage holds it."""
    valid.remove((EX.uni, PROVN.wasDerivedFrom, None))
    _rejected(valid, "prov:wasDerivedFrom")
    hospital = EX.hospital
    valid.add((hospital, rdflib.RDF.type, GKN.SocialOrganization))
    valid.add((hospital, RDFS.label, rdflib.Literal("浙江大学附属医院", lang="zh")))
    valid.add((hospital, PROVN.wasDerivedFrom, EX.p0))
    valid.add((hospital, GKN.partOf, EX.uni))
    conforms, text = ontology.validate(valid)
    assert conforms, text
    valid.remove((EX.huzhou, PROVN.wasDerivedFrom, None))  # a place needs its passage or code all the same
    _rejected(valid, "prov:wasDerivedFrom")


def test_passage_needs_text_offsets_and_document(valid: rdflib.Graph) -> None:
    valid.remove((EX.p0, rdflib.DCTERMS.isPartOf, None))
    valid.remove((EX.p0, GKN.text, None))
    _rejected(valid, "gk:Document", "gk:text")


def test_category_must_be_a_concept_of_the_scheme(valid: rdflib.Graph) -> None:
    valid.add((EX.grid, GKN.category, GKCN.NoSuchPractice))
    _rejected(valid, "skos:Concept")


# --- the contract's own question ----------------------------------------------------------


def test_contract_question_runs_over_ontology_and_data() -> None:
    store = ox.Store()
    ontology_graph = ox.NamedNode("https://example.org/graph/ontology")
    for path in (ontology.ontology_path(), ontology.concepts_path()):
        store.load(path=path, format=ox.RdfFormat.TURTLE, to_graph=ontology_graph)
    data = (
        VALID
        + """
        ex:town a gk:Township ; rdfs:label "递铺街道"@zh ; gk:uses ex:grid .
        ex:district a gk:District ; rdfs:label "吴兴区"@zh ; gk:uses ex:party .
        ex:party a gk:Mechanism ; rdfs:label "“三会一课”"@zh ; gk:category gkc:PoliticalStudy .
    """
    )
    store.load(data, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("https://example.org/graph/doc"))
    rows = store.query(
        """PREFIX gk: <https://w3id.org/govkg/ontology#> PREFIX gkc: <https://w3id.org/govkg/concept/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?org ?name WHERE {
          ?org a/rdfs:subClassOf* gk:CountyLevelDivision ; rdfs:label ?name ; gk:uses|gk:implements ?act .
          ?act gk:category/skos:broader* gkc:GrassrootsGovernance .
          FILTER(lang(?name) = "zh")
        }""",
        use_default_graph_as_union=True,
    )
    assert [row["name"].value for row in rows] == ["安吉县"]
