"""Documents the extractor was never tuned on: eight reports from other provinces, each with a gold file.

tests/fixtures/unseen/ holds original reports written for this audit (a county-level city, a 市辖区, an
Inner Mongolian 旗, a township, a city's 组织部, a document of two enterprise reports, a university
party committee as an HTML page, a county saved in GB18030) and gold files in the evaluation
guideline's format. Each is loaded through the real pipeline into an in-memory store; a compact scorer
(labels normalised as the guideline says: NFKC, quotes, brackets, spaces and punctuation removed)
pools recall and precision, and the floors below sit a little under what was measured, so that a rule
that stops generalising fails here.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import graph
from loaders.pipeline import load_paths
from loaders.reading.stage import read

HERE = Path(__file__).parent / "fixtures" / "unseen"
GK = "https://w3id.org/govkg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = {
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
}
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
ACTIVITY = {"Initiative", "Mechanism", "PolicyDocument"}
ORG = {
    "Organization", "AdministrativeUnit", "PartyOrganization", "GovernmentAgency", "Enterprise",
    "ResearchInstitution", "MediaOutlet", "SocialOrganization", "Province", "Prefecture",
    "CountyLevelDivision", "County", "CountyLevelCity", "District", "Township", "Village", "Community",
}  # fmt: skip
# document -> its gold files (a document of two reports has one gold file per report)
DOCS = {
    "u01.txt": ["u01.json"],
    "u02.txt": ["u02.json"],
    "u03.txt": ["u03.json"],
    "u04.txt": ["u04.json"],
    "u05.txt": ["u05.json"],
    "u06.txt": ["u06a.json", "u06b.json"],
    "u07.html": ["u07.json"],
    "u08.txt": ["u08.json"],
}
_DROP = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）\[\]【】<>·・,，、。.;；:：!！?？]")


def norm(text: str) -> str:
    return _DROP.sub("", unicodedata.normalize("NFKC", text))


def kind(cls: str) -> str | None:
    return "Organization" if cls in ORG else "Activity" if cls in ACTIVITY else None


@dataclass
class Graph:
    """One document's named graph, indexed by node."""

    kinds: dict[str, str] = field(default_factory=dict)
    labels: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    starts: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    edges: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    values: dict[str, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))

    def named(self, names: list[str], group: str) -> set[str]:
        want = {norm(n) for n in names}
        return {n for n, k in self.kinds.items() if k == group and self.labels[n] & want}

    def reach(self, node: str, prop: str, transitive: bool) -> set[str]:
        out: set[str] = set()
        todo = [node]
        while todo:
            for o in self.edges[(todo.pop(), prop)] - out:
                out.add(o)
                if transitive:
                    todo.append(o)
        return out


def _v(term: object) -> str:
    """The lexical value of an RDF term (IRI, literal)."""
    return str(getattr(term, "value", term))


def index(store: graph.Store, graph_iri: str) -> Graph:
    g = Graph()
    rows = graph.select(store, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} }}")
    passage_start: dict[str, int] = {}
    derived: list[tuple[str, str]] = []
    for row in rows:
        s, p, o = _v(row["s"]), _v(row["p"]), _v(row["o"])
        if p == RDF_TYPE and o.startswith(GK):
            group = kind(o[len(GK) :]) or ("Metric" if o == GK + "Metric" else None)
            if group:
                g.kinds[s] = group
        elif p in LABELS:
            g.labels[s].add(norm(o))
        elif p == DERIVED:
            derived.append((s, o))
        elif p == GK + "start":
            passage_start[s] = int(o)
        elif p in (GK + "value", GK + "unit"):
            g.values[s][p[len(GK) :]].append(o)
        elif p.startswith(GK):
            g.edges[(s, p[len(GK) :])].add(o)
    for s, passage in derived:
        if passage in passage_start:
            g.starts[s].add(passage_start[passage])
    return g


def scaled(value: float, unit: str) -> tuple[float, str]:
    u = norm(unit)
    while len(u) > 1 and u[0] in "万亿":
        value, u = value * (1e4 if u[0] == "万" else 1e8), u[1:]
    return value, u


def score(g: Graph, gold: dict, known: set[str], span: tuple[int, int]) -> dict[str, list[int]]:
    """[hits, total] per figure for one report."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    nodes = {}
    for e in gold["entities"]:
        group = kind(e["type"]) or "Organization"
        nodes[e["name"]] = g.named([e["name"], *e.get("aliases", [])], group)
        if not e.get("optional"):
            out[f"{group}.recall"][0] += bool(nodes[e["name"]])
            out[f"{group}.recall"][1] += 1
    for node, group in g.kinds.items():
        if group != "Metric" and any(span[0] <= s < span[1] for s in g.starts[node]):
            out[f"{group}.precision"][0] += bool(g.labels[node] & known)
            out[f"{group}.precision"][1] += 1
    for s, p, o in gold["relations"]:
        props = ["implements", "uses"] if p in ("implements", "uses") else [p]
        hit = any(g.reach(sn, prop, p == "partOf") & nodes[o] for sn in nodes[s] for prop in props) or (
            p == "collaboratesWith" and any(g.edges[(on, p)] & nodes[s] for on in nodes[o])
        )
        out["relations.recall"][0] += hit
        out["relations.recall"][1] += 1
    metrics = []
    for m, vals in g.values.items():
        subjects = {s for (s, p), objs in g.edges.items() if p == "reports" and m in objs}
        for v in vals["value"]:
            for u in vals["unit"] or [""]:
                metrics.append((m, *scaled(float(v), u), subjects))
    used: set[str] = set()
    for gm in gold["metrics"]:
        value, unit = scaled(float(gm["value"]), gm["unit"])
        hit = next(
            (
                rec[0]
                for rec in metrics
                if rec[0] not in used
                and abs(rec[1] - value) <= 1e-9 * max(1.0, abs(value))
                and rec[2] == unit
                and rec[3] & nodes[gm["subject"]]
            ),
            None,
        )
        if hit:
            used.add(hit)
        if not gm.get("optional"):
            out["metrics.recall"][0] += hit is not None
            out["metrics.recall"][1] += 1
    inside = [m for m in g.values if any(span[0] <= s < span[1] for s in g.starts[m])]
    out["metrics.precision"][0] += len([m for m in inside if m in used])
    out["metrics.precision"][1] += len(inside)
    return out


def report_span(text: str, title: str | None, titles: list[str]) -> tuple[int, int]:
    if not title:
        return 0, len(text)
    start = text.index(title)
    ends = [text.find(t, start + len(title)) for t in titles if t != title]
    return start, min([e for e in ends if e > start], default=len(text))


def measure() -> dict[str, dict[str, list[int]]]:
    """[hits, total] per figure and document, for every fixture loaded into one in-memory store."""
    store = graph.open_store(":memory:")
    loaded = load_paths([HERE / name for name in DOCS], store)
    graphs = {path.name: g for path, g, _ in loaded.documents}
    per_doc: dict[str, dict[str, list[int]]] = {}
    for name, gold_names in DOCS.items():
        golds = [json.loads((HERE / gname).read_text(encoding="utf-8")) for gname in gold_names]
        text = read(HERE / name).text
        titles = [gold["report"] for gold in golds if gold["report"]]
        known = {norm(n) for gold in golds for e in gold["entities"] for n in [e["name"], *e.get("aliases", [])]}
        g = index(store, graphs[name])
        totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for gold in golds:
            for k, (hit, n) in score(g, gold, known, report_span(text, gold["report"], titles)).items():
                totals[k][0] += hit
                totals[k][1] += n
        per_doc[name] = dict(totals)
    store.close()
    return per_doc


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, list[int]]]:
    return measure()


def pooled(figures: dict[str, dict[str, list[int]]], key: str) -> float:
    hit = sum(f.get(key, [0, 0])[0] for f in figures.values())
    total = sum(f.get(key, [0, 0])[1] for f in figures.values())
    return hit / total if total else 0.0


# measured after the audit's fixes (pooled over the eight fixtures, 2026-11-27): Organization recall 0.985,
# precision 1.00; activities recall 0.93, precision 0.97; relations 0.94; metrics recall 0.99, precision 1.00.
# After the extraction rules for headless names, designations, events and listed parts (same day):
# activities recall 1.00, precision 0.976; relations 0.99.
# The floors sit a little below, so that a rule that stops generalising fails here.
FLOORS = {
    "Organization.recall": 0.95,
    "Organization.precision": 0.95,
    "Activity.recall": 0.93,
    "Activity.precision": 0.94,
    "relations.recall": 0.94,
    "metrics.recall": 0.92,
    "metrics.precision": 0.92,
}


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_pooled_figures_on_unseen_documents(figures: dict[str, dict[str, list[int]]], key: str) -> None:
    detail = {doc: f.get(key) for doc, f in figures.items()}
    assert pooled(figures, key) >= FLOORS[key], detail


def test_every_document_yields_its_subject_and_most_organizations(
    figures: dict[str, dict[str, list[int]]],
) -> None:
    for doc, f in figures.items():
        hit, total = f["Organization.recall"]
        assert total and hit / total >= 0.75, (doc, hit, total)


def test_every_fixture_has_gold_in_the_guideline_format() -> None:
    for gold_names in DOCS.values():
        for gname in gold_names:
            gold = json.loads((HERE / gname).read_text(encoding="utf-8"))
            assert {"document", "report", "subject", "entities", "relations", "metrics"} <= set(gold)
            names = {e["name"] for e in gold["entities"]}
            assert gold["subject"] in names
            assert all(s in names and o in names for s, _, o in gold["relations"])
            assert all(m["subject"] in names for m in gold["metrics"])


# -- the organization rules the audit added, on short snippets of their own ------------------------------


def _extract(text: str):  # type: ignore[no-untyped-def]
    from loaders.document import Document
    from loaders.pipeline import extract

    return extract(Document(path=Path("snippet.txt"), text=text))


def _orgs(doc) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {m.text: m.key for m in doc.mentions if kind(m.cls) == "Organization" and m.key}


def test_autonomous_regions_prefectures_and_leagues_have_committees() -> None:
    doc = _extract("经验\n近年来,柳州市委坚持党建引领。广西壮族自治区党委组织部、延边州委、兴安盟委组织部给予肯定。")
    keys = set(_orgs(doc).values())
    assert {"org/广西壮族自治区党委组织部", "org/延边朝鲜族自治州委", "org/兴安盟委组织部"} <= keys
    parts = {(r.subject, r.object) for r in doc.relations if r.predicate == "partOf"}
    assert ("org/延边朝鲜族自治州委", "place/222400000000") in parts


def test_township_report_speaks_for_the_town_and_holds_its_villages() -> None:
    doc = _extract(
        "白沙镇:边境振兴\n宁明县白沙镇地处边境。镇党委推行“一户一岗”。白沙村党支部领办合作社。我镇发展旅游。"
    )
    town = doc.reports[0].subject
    assert town is not None and town.endswith("/白沙镇")
    parts = {(r.subject, r.object) for r in doc.relations if r.predicate == "partOf"}
    assert (town + "/白沙村", town) in parts
    assert _orgs(doc)["我镇"] == town


def test_inner_mongolian_gacha_and_sumu_are_villages_and_townships() -> None:
    doc = _extract("经验\n近年来,乌审旗推进集体经济。图克镇巴音嘎查党支部领办合作社,全旗所有嘎查村收入增长。")
    classes = {m.text: m.cls for m in doc.mentions}
    assert classes.get("图克镇") == "Township"
    assert "嘎查村" not in classes
    assert any(k.endswith("/巴音嘎查") for k in {e.key for e in doc.entities.values() if e.cls == "Village"})


def test_enterprise_reports_resolve_company_committee_and_bare_company() -> None:
    doc = _extract(
        "经验材料\n民企党建\n宏达纺织是一家民营企业。公司党委推行“党员示范岗”。\n"
        "国企党建\n蓝海港务集团党委坚持党的领导。集团实现营业收入12亿元。集团党委被评为先进。"
    )
    assert [r.subject for r in doc.reports] == ["org/宏达纺织", "org/蓝海港务集团党委"]
    orgs = _orgs(doc)
    assert orgs["公司党委"] == "org/宏达纺织党委"
    assert orgs["集团"] == "org/蓝海港务集团" and orgs["集团党委"] == "org/蓝海港务集团党委"


def test_university_committee_belongs_to_its_university() -> None:
    doc = _extract("经验\n近年来,西北工程大学党委实施“强基”计划。与陕西省科学院共建基地。被教育部高等教育司推介。")
    assert doc.reports[0].subject == "org/西北工程大学党委"
    parts = {(r.subject, r.object) for r in doc.relations if r.predicate == "partOf"}
    assert ("org/西北工程大学党委", "org/西北工程大学") in parts
    assert ("org/教育部高等教育司", "org/教育部") in parts
    assert "org/陕西省科学院" in set(_orgs(doc).values())


def test_names_lose_their_leading_verbs_and_lists_of_brands_are_enterprises() -> None:
    doc = _extract("经验\n近年来,临安区委组织部会同区经信局共建乡村工匠学院,组织天目竹业、青山茶叶等辖区企业结对。")
    orgs = _orgs(doc)
    assert "区经信局" in orgs and "乡村工匠学院" in orgs
    assert {"天目竹业", "青山茶叶"} <= set(orgs)
    assert not any(t.startswith(("建", "组织")) for t in orgs)


def test_village_and_bare_party_references_stand_for_the_body_named_before() -> None:
    doc = _extract(
        "经验\n近年来,通化县推进乡村治理。家住通化县红星村的村民说,今年村里实行积分制。"
        "这就是红星村党支部。针对村民诉求,党支部推行“积分超市”。"
    )
    orgs = {(m.text, m.key) for m in doc.mentions if m.rule == "reference"}
    village = next(k for t, k in orgs if t == "村里")
    assert village.endswith("/红星村")
    assert ("党支部", next(m.key for m in doc.mentions if m.text == "红星村党支部")) in orgs


def test_development_zones_and_utilities_keep_their_place_names() -> None:
    doc = _extract(
        "经验\n近年来,临泽县委组织部推进工作。张掖经济技术开发区党工委、国网临泽县供电公司、学习强国平台参与。"
    )
    orgs = _orgs(doc)
    assert orgs["张掖经济技术开发区党工委"] == "org/张掖经济技术开发区党工委"
    assert orgs["国网临泽县供电公司"] == "org/国网临泽县供电公司"
    assert "学习强国" in orgs


def test_a_town_named_far_from_other_counties_belongs_to_the_reporting_county() -> None:
    doc = _extract(
        "嘉善县经验\n近年来,嘉善县联合上海市青浦区的基层党组织开展结对共建。\n一、建立制度。联盟每季度召开会议。"
        "\n二、推行服务。实现事项一窗受理。\n三、设立窗口。在西塘镇设立跨省通办窗口。"
    )
    parts = {(r.subject, r.object) for r in doc.relations if r.predicate == "partOf"}
    county = doc.reports[0].subject
    assert county is not None and (county + "/西塘镇", county) in parts


def test_group_party_leadership_group_stands_for_the_reporting_body() -> None:
    doc = _extract("经验\n华能集团党组坚持党的领导。集团党组与清华大学签订协议。所属电厂全部稳发满发。")
    assert doc.reports[0].subject == "org/华能集团党组"
    assert {m.key for m in doc.mentions if m.text == "集团党组"} == {"org/华能集团党组"}


def test_english_names_of_autonomous_units_and_academies() -> None:
    from loaders.names.english import english

    assert english("延边朝鲜族自治州", "Prefecture") == "Yanbian Korean Autonomous Prefecture"
    assert english("广西壮族自治区", "Province") == "Guangxi Zhuang Autonomous Region"
    assert english("陕西省", "Province") == "Shaanxi Province"
    assert english("甘肃省科学院", "ResearchInstitution") == "Gansu Province Academy of Sciences"


def test_kinds_of_companies_after_a_quantifier_are_no_company() -> None:
    doc = _extract("经验\n近年来,临安区动员多家餐饮企业、饮用水公司设立驿站,组织多家物业公司参与,引入青山物业公司。")
    orgs = _orgs(doc)
    assert "饮用水公司" not in orgs and "多家物业公司" not in orgs
    assert "青山物业公司" in orgs


def test_audit_fixes_on_the_activity_side() -> None:
    doc = _extract(
        "青川县经验\n近年来,青川县开展“我为群众办实事”实践活动,牵头组建“川陕甘”跨省党建联盟。"
        "与四川大学、西南交通大学共建研究院。技术服务到位率达到百分之九十五以上,全年发电量12亿千瓦时。"
        "青川县经验被农业农村部推介,《四川日报》进行了专题报道。"
    )
    county = doc.reports[0].subject
    acts = {e.label for e in doc.entities.values() if e.cls in ACTIVITY}
    assert {"“我为群众办实事”实践活动", "“川陕甘”跨省党建联盟"} <= acts
    rel = {(r.predicate, doc.entities[r.object].label) for r in doc.relations if r.subject == county}
    assert {("collaboratesWith", "四川大学"), ("collaboratesWith", "西南交通大学")} <= rel
    assert {("recognizedBy", "农业农村部"), ("recognizedBy", "《四川日报》")} <= rel
    figures = {(float(m.value), m.unit) for m in doc.metrics}
    assert {(95.0, "%"), (1.2e9, "千瓦时")} <= figures  # 亿 scales the number outside money
