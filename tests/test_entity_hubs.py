"""A hub's page is bounded: each relation lists its first facts and counts the rest, the graph keeps
the nearest nodes and counts all, and a province lists how many units lie in it.

The store is written here: an invented province with more counties than a page lists, each county
with a township, and one county's partOf stated by a reified fact with its passage.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from api.pages.facets import place_contents
from graph import OxigraphStore
from graph.catalog import Catalog
from graph.entity import describe_entity
from graph.project import Projection
from graph.summary import Summary
from loaders import DEFAULT_BASE, load_ontology
from visualize.source import ego_view

GK = "https://w3id.org/govkg/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
PROVINCE = DEFAULT_BASE + "place/yunling"
COUNTIES = 12


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _place(iri: str, cls: str, label: str, parent: str) -> list[ox.Triple]:
    return [
        ox.Triple(_n(iri), _n(RDF + "type"), _n(GK + cls)),
        ox.Triple(_n(iri), _n(RDFS + "label"), ox.Literal(label, language="zh")),
        ox.Triple(_n(iri), _n(GK + "partOf"), _n(parent)),
    ]


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    s = OxigraphStore()
    load_ontology(s, DEFAULT_BASE)
    triples = [
        ox.Triple(_n(PROVINCE), _n(RDF + "type"), _n(GK + "Province")),
        ox.Triple(_n(PROVINCE), _n(RDFS + "label"), ox.Literal("云岭省", language="zh")),
    ]
    for i in range(COUNTIES):
        county = f"{DEFAULT_BASE}place/county-{i}"
        triples += _place(county, "County", f"第{i}县", PROVINCE)
        triples += _place(f"{county}-town", "Township", f"第{i}镇", county)
    doc, passage, statement = DEFAULT_BASE + "doc/d-1", DEFAULT_BASE + "doc/d-1/p0", DEFAULT_BASE + "st/1"
    triples += [
        ox.Triple(_n(doc), _n(RDF + "type"), _n(GK + "Document")),
        ox.Triple(_n(doc), _n(RDFS + "label"), ox.Literal("云岭纪要", language="zh")),
        ox.Triple(_n(passage), _n(GK + "text"), ox.Literal("第0县隶属云岭省。")),
        ox.Triple(_n(passage), _n(GK + "start"), ox.Literal("0", datatype=_n(XSD + "integer"))),
        ox.Triple(_n(passage), _n(GK + "end"), ox.Literal("9", datatype=_n(XSD + "integer"))),
        ox.Triple(_n(passage), _n(DCT + "isPartOf"), _n(doc)),
        ox.Triple(_n(statement), _n(RDF + "subject"), _n(f"{DEFAULT_BASE}place/county-0")),
        ox.Triple(_n(statement), _n(RDF + "predicate"), _n(GK + "partOf")),
        ox.Triple(_n(statement), _n(RDF + "object"), _n(PROVINCE)),
        ox.Triple(_n(statement), _n(PROV + "wasDerivedFrom"), _n(passage)),
    ]
    s.replace_graph(DEFAULT_BASE + "graph/hub", triples)
    return s


def test_a_hub_lists_the_first_facts_of_a_relation_and_counts_them_all(store: OxigraphStore) -> None:
    catalog = Catalog.build(store)
    page = describe_entity(store, catalog, PROVINCE, shown=5)
    part_of = [f for f in page["facts_in"] if f["property"]["iri"] == GK + "partOf"]
    assert len(part_of) == 5 and page["fact_counts"]["in"][GK + "partOf"] == COUNTIES
    assert page["facts_truncated"] is True
    assert all(f["subject"]["label"].startswith("第") for f in part_of)  # names from the catalog
    assert page["label"] == "云岭省" and [c["iri"] for c in page["classes"]] == [GK + "Province"]

    whole = describe_entity(store, catalog, PROVINCE, shown=50)
    assert len([f for f in whole["facts_in"] if f["property"]["iri"] == GK + "partOf"]) == COUNTIES
    assert whole["facts_truncated"] is False and whole["facts_quoted"] == {"out": True, "in": True}
    quoted = [s for f in whole["facts_in"] for s in f["sources"]]
    assert [(q["text"], q["document_title"]) for q in quoted] == [("第0县隶属云岭省。", "云岭纪要")]


def test_the_graph_keeps_the_nearest_nodes_and_counts_every_one(store: OxigraphStore) -> None:
    projection = Projection.build(store)
    view = ego_view(projection.graph, projection.catalog, PROVINCE, hops=2, cap=20)
    ids = [n.id for n in view.nodes]
    counties = {f"{DEFAULT_BASE}place/county-{i}" for i in range(COUNTIES)}
    assert len(ids) == 20 and view.total == 1 + 2 * COUNTIES and view.truncated
    assert ids[0] == PROVINCE and counties <= set(ids)  # one hop before two
    assert all(e.source in ids and e.target in ids for e in view.edges)


def test_a_province_page_counts_the_units_within_it(store: OxigraphStore) -> None:
    projection = Projection.build(store)
    summary = Summary.build(store, projection)
    within = place_contents(summary, projection.catalog, PROVINCE)
    assert within is not None and within["total"] == 2 * COUNTIES
    assert {c["class"]: c["count"] for c in within["classes"]} == {"County": COUNTIES, "Township": COUNTIES}
    assert within["url"].startswith("/entities?province=")
    assert place_contents(summary, projection.catalog, f"{DEFAULT_BASE}place/county-0-town") is None
