"""Occurrences before identities: each document's activity is its own node with its own categories.

Two reports of our own name the same practice (“楼长制”) in different settings: one county ties it to its
grid, the other to the property management of old estates. Each document's activity keeps the categories
its document gave it; the shared gk:Practice links them by name and carries none, so a county is never
answered for a practice that only another document tied to the name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from api.questions import answer
from graph import OxigraphStore, Store, select, text
from graph.queries import ADOPTIONS, PREFIX
from graph.search import SearchIndex
from loaders.pipeline import load_paths

GRID_REPORT = """浙江省桐庐县推行“楼长制”织密网格
浙江省桐庐县把全县划分为120个网格,推行“楼长制”,网格员和楼长每周走访居民,网格化管理覆盖所有小区。
"""
ESTATE_REPORT = """陕西省宁陕县推行“楼长制”管好老旧小区
陕西省宁陕县在老旧小区推行“楼长制”,由楼长收集居民对物业服务的意见,业主委员会每月开会回应。
"""
GKC = "https://w3id.org/govkg/concept/"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("occurrences")
    for name, body in (("grid.txt", GRID_REPORT), ("estate.txt", ESTATE_REPORT)):
        (folder / name).write_text(body, encoding="utf-8")
    store = OxigraphStore()
    load_paths([folder], store)
    return store


def _rows(store: Store, body: str) -> list[dict[str, str]]:
    return [{k: text(v) for k, v in row.items()} for row in select(store, PREFIX + body)]


def test_each_document_has_its_own_activity_with_its_own_categories(store: Store) -> None:
    rows = _rows(
        store,
        """SELECT ?act ?practice ?category WHERE {
          ?act rdfs:label "“楼长制”"@zh ; gk:practice ?practice ; gk:category ?category }""",
    )
    by_act: dict[str, set[str]] = {}
    for row in rows:
        by_act.setdefault(row["act"], set()).add(row["category"].removeprefix(GKC))
    assert sorted(by_act.values(), key=sorted) == [{"GridGovernance"}, {"PropertyManagement"}]
    assert len({row["practice"] for row in rows}) == 1  # one practice of that name


def test_the_shared_practice_carries_no_category(store: Store) -> None:
    rows = _rows(store, "SELECT ?p ?label WHERE { ?p a gk:Practice ; rdfs:label ?label }")
    assert "楼长制" in {row["label"] for row in rows}
    assert _rows(store, "SELECT ?p WHERE { ?p a gk:Practice ; gk:category ?c }") == []


def test_the_contract_question_names_only_the_county_whose_document_says_so(store: Store) -> None:
    rows = _rows(
        store,
        """SELECT DISTINCT ?name WHERE {
          ?org a/rdfs:subClassOf* gk:CountyLevelDivision ; rdfs:label ?name ; gk:uses|gk:implements ?act .
          ?act gk:category/skos:broader* gkc:GridGovernance . FILTER(lang(?name) = "zh") }""",
    )
    assert [row["name"] for row in rows] == ["桐庐县"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which counties use grid governance", ["桐庐县"]),
        ("哪些县使用网格化治理", ["桐庐县"]),
        ("which counties use residential property management", ["宁陕县"]),
        ("哪些县推行楼长制", ["宁陕县", "桐庐县"]),
    ],
)
def test_questions_follow_each_documents_own_categories(store: Store, question: str, expected: list[str]) -> None:
    reply = answer(store, question)
    assert sorted(a["label"] for a in reply["answers"]) == expected


def test_a_practice_named_in_two_documents_is_listed_once_with_its_occurrences(store: Store) -> None:
    reply = answer(store, "哪些县推行楼长制")
    named = reply["understood"]["practice"]["activities"]
    assert len(named) == 1 and len(named[0]["occurrences"]) == 2
    for item in reply["answers"]:
        assert [a["label"] for a in item["activities"]] == ["“楼长制”"]


def test_the_adoption_query_names_unit_concept_activity_practice_and_document(store: Store) -> None:
    rows = _rows(store, ADOPTIONS)
    documents = {r["doc"] for r in _rows(store, "SELECT ?doc WHERE { ?doc a gk:Document }")}
    named = [r for r in rows if r["practice"].endswith("/practice/%E6%A5%BC%E9%95%BF%E5%88%B6")]  # 楼长制
    by_concept = {r["concept"].removeprefix(GKC): (r["unit"], r["document"]) for r in named}
    assert {"GridGovernance", "PropertyManagement"} <= set(by_concept)  # and the broader concepts
    (grid_unit, grid_doc), (estate_unit, estate_doc) = by_concept["GridGovernance"], by_concept["PropertyManagement"]
    assert grid_unit != estate_unit and grid_doc != estate_doc and {grid_doc, estate_doc} == documents


def test_search_shows_a_practice_once_with_its_occurrences(store: Store) -> None:
    hits = SearchIndex.build(store).search("楼长制")
    named = [h for h in hits if h["label"] == "“楼长制”"]
    assert len(named) == 1 and named[0]["occurrences"] == 2
    counties = SearchIndex.build(store).search("县", cls="County")
    assert len(counties) == 2 and all(h["occurrences"] == 1 for h in counties)


def test_paths_between_two_adopters_go_through_the_practice(store: Store) -> None:
    reply = answer(store, "桐庐县和宁陕县有什么关系")
    assert reply["paths"], "the two counties share a practice by name"
    assert any("/practice/" in node["iri"] for node in reply["paths"][0]["nodes"])


def test_reloading_a_document_keeps_its_activity_iris(store: Store, tmp_path: Path) -> None:
    before = {r["act"] for r in _rows(store, "SELECT ?act WHERE { ?act gk:practice ?p }")}
    (tmp_path / "again.txt").write_text(GRID_REPORT, encoding="utf-8")
    load_paths([tmp_path], store, force=True)
    assert {r["act"] for r in _rows(store, "SELECT ?act WHERE { ?act gk:practice ?p }")} == before


PRACTICE_GRAPH = """
@prefix gk: <https://w3id.org/govkg/ontology#> .
@prefix gkc: <https://w3id.org/govkg/concept/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix ex: <https://example.org/id/> .

ex:doc a gk:Document ; dcterms:title "楼长制" ; gk:extractor "govkg.rules.v2" ; gk:length 20 .
ex:p0 a gk:Passage ; gk:text "某县推行“楼长制”。" ; gk:start 0 ; gk:end 10 ; dcterms:isPartOf ex:doc .
ex:act a gk:Mechanism ; rdfs:label "“楼长制”"@zh ; gk:category gkc:GridGovernance ;
    gk:practice ex:practice ; prov:wasDerivedFrom ex:p0 .
ex:practice a gk:Practice ; rdfs:label "楼长制"@zh .
"""


def test_shapes_keep_categories_off_the_practice() -> None:
    import rdflib

    import ontology

    graph = rdflib.Graph().parse(data=PRACTICE_GRAPH, format="turtle")
    conforms, report = ontology.validate(graph)
    assert conforms, report
    practice = rdflib.URIRef("https://example.org/id/practice")
    graph.add(
        (practice, rdflib.URIRef("https://w3id.org/govkg/ontology#category"), rdflib.URIRef(GKC + "GridGovernance"))
    )
    conforms, report = ontology.validate(graph)
    assert not conforms and "carries no gk:category" in report
