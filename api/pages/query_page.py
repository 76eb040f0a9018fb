"""The query page's data: example queries, and a query run on the server (as the table under the editor).

The query runs through the service's time-limited runner with the endpoint's row cap, SERVICE refused
unless the endpoint allows it, exactly as `/sparql` would run it; a CONSTRUCT result also becomes a
graph view. The downloads are `/sparql` URLs, so the CSV comes from the endpoint itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox

from errors import Forbidden, InputError
from graph import text
from graph.catalog import Catalog
from graph.lexer import query_form, uses_service
from graph.results import Job
from visualize import GraphView
from visualize.source import class_label, relation_labels
from visualize.view import build_view, local_name

from ..service import Service
from .templating import with_query

__all__ = ["EXAMPLES", "MAX_PAGE_ROWS", "query_data"]

MAX_PAGE_ROWS = 1000

_P = """PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX gkc: <https://w3id.org/govkg/concept/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

EXAMPLES: list[dict[str, str]] = [
    {
        "title": "Which counties use grid governance",
        "title_zh": "哪些县使用网格化治理",
        "query": _P
        + """SELECT DISTINCT ?org ?name WHERE {
  ?org a/rdfs:subClassOf* gk:CountyLevelDivision ; rdfs:label ?name ;
       gk:uses|gk:implements ?act .
  ?act gk:category/skos:broader* gkc:GridGovernance .
  FILTER(lang(?name) = "zh")
}""",
    },
    {
        "title": "Organizations with the most activities",
        "title_zh": "工作举措最多的组织",
        "query": _P
        + """SELECT ?org ?name (COUNT(DISTINCT ?act) AS ?activities) WHERE {
  ?org gk:uses|gk:implements ?act ; rdfs:label ?name . FILTER(lang(?name) = "zh")
} GROUP BY ?org ?name ORDER BY DESC(?activities) LIMIT 20""",
    },
    {
        "title": "Reported figures: value, unit, measure, period",
        "title_zh": "数据指标",
        "query": _P
        + """SELECT ?name ?value ?unit ?measure ?period WHERE {
  ?org gk:reports ?m ; rdfs:label ?name . FILTER(lang(?name) = "zh")
  ?m gk:value ?value ; gk:unit ?unit ; gk:measure ?measure .
  OPTIONAL { ?m gk:period ?period }
} ORDER BY ?name DESC(?value) LIMIT 100""",
    },
    {
        "title": "Activities per category",
        "title_zh": "各类别的工作举措数量",
        "query": _P
        + """SELECT ?category ?label (COUNT(DISTINCT ?act) AS ?activities) WHERE {
  ?act gk:category ?category . ?category skos:prefLabel ?label . FILTER(lang(?label) = "en")
} GROUP BY ?category ?label ORDER BY DESC(?activities)""",
    },
    {
        "title": "Administrative hierarchy (partOf+)",
        "title_zh": "行政隶属关系",
        "query": _P
        + """SELECT ?unit ?name ?parent ?parentName WHERE {
  ?unit a/rdfs:subClassOf* gk:AdministrativeUnit ; gk:partOf+ ?parent ; rdfs:label ?name .
  ?parent rdfs:label ?parentName .
  FILTER(lang(?name) = "zh" && lang(?parentName) = "zh")
} ORDER BY ?parentName ?name LIMIT 200""",
    },
    {
        "title": "Names containing 网格",
        "title_zh": "名称包含“网格”",
        "query": _P
        + """SELECT ?s ?label WHERE {
  ?s rdfs:label ?label . FILTER(CONTAINS(?label, "网格"))
} LIMIT 100""",
    },
    {
        "title": "Who uses what, around grid governance (CONSTRUCT, drawable)",
        "title_zh": "网格化治理相关的组织与举措（图）",
        "query": _P
        + """CONSTRUCT {
  ?org ?rel ?act . ?act gk:category ?category .
  ?org rdfs:label ?orgName . ?act rdfs:label ?actName . ?category skos:prefLabel ?catName .
} WHERE {
  VALUES ?rel { gk:uses gk:implements }
  ?org ?rel ?act . ?act gk:category ?category .
  ?category skos:broader* gkc:GridGovernance .
  OPTIONAL { ?org rdfs:label ?orgName FILTER(lang(?orgName) = "zh") }
  OPTIONAL { ?act rdfs:label ?actName FILTER(lang(?actName) = "zh") }
  OPTIONAL { ?category skos:prefLabel ?catName FILTER(lang(?catName) = "zh") }
}""",
    },
]

_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_CONCEPT = "http://www.w3.org/2004/02/skos/core#Concept"


def _cell(term: dict[str, Any] | None, url_for: Callable[[str], str]) -> dict[str, Any] | None:
    if term is None:
        return None
    if term.get("type") == "uri":
        return {"text": unquote(term["value"]), "url": url_for(term["value"])}  # IRIs readable, 中文 kept
    return {"text": term.get("value", "")}


def _graph_view(triples: list[ox.Triple], url_for: Callable[[str], str], catalog: Catalog) -> GraphView:
    """A CONSTRUCT result as a picture: IRIs are nodes, labels name them, other literals are left out.

    Names and classes the result does not carry come from the catalog, so nodes keep their colours.
    """
    graph = nx.MultiDiGraph()
    labels: dict[str, str] = {}
    classes: dict[str, str] = {}
    for t in triples:
        p = t.predicate.value
        if p in (_LABEL, _PREF) and isinstance(t.object, ox.Literal):
            if text(t.subject) not in labels or t.object.language == "zh":
                labels[text(t.subject)] = t.object.value
        elif p == _TYPE and isinstance(t.object, ox.NamedNode):
            classes[text(t.subject)] = t.object.value
    for t in triples:
        if isinstance(t.object, ox.NamedNode) and t.predicate.value != _TYPE:
            for n in (text(t.subject), t.object.value):
                known = catalog.nodes.get(n)
                label = labels.get(n) or (known.label(n) if known else local_name(n))
                graph.add_node(n, label=label, cls=classes.get(n) or (known.cls if known else None))
            graph.add_edge(text(t.subject), t.object.value, relation=t.predicate.value)
    class_labels = {local_name(c): class_label(catalog, c) for c in catalog.classes}
    class_labels["Concept"] = class_label(catalog, _CONCEPT)
    return build_view(
        graph,
        url_for=url_for,
        title="CONSTRUCT result 构造结果",
        class_labels=class_labels,
        relation_labels=relation_labels(catalog),
    )


def _run(svc: Service, sparql: str, url_for: Callable[[str], str]) -> tuple[dict[str, Any], GraphView | None]:
    form = (query_form(sparql) or "").upper()
    if form not in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
        raise InputError("only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here")
    if not svc.settings.allow_service and uses_service(sparql):
        raise Forbidden("SERVICE (federated query) is disabled on this endpoint")
    rows_cap = min(svc.settings.max_rows, MAX_PAGE_ROWS)
    answer = svc.run(Job(sparql, result_format="json", graph_format="ntriples", max_rows=rows_cap))
    result: dict[str, Any] = {"form": form, "truncated": answer.truncated, "error": None}
    if answer.kind == "boolean":
        result["boolean"] = bool(json.loads(answer.body)["boolean"])
        return result, None
    if answer.kind == "graph":
        triples = [q.triple for q in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)]
        result["vars"] = ["subject", "predicate", "object"]
        result["rows"] = [
            [
                _cell(_term(t.subject), url_for),
                _cell(_term(t.predicate), url_for),
                _cell(_term(t.object), url_for),
            ]
            for t in triples
        ]
        result["downloads"] = [
            {"label": "Turtle", "url": with_query("/sparql", query=sparql, format="turtle")},
            {"label": "N-Triples", "url": with_query("/sparql", query=sparql, format="nt")},
        ]
        return result, _graph_view(triples, url_for, svc.catalog.get())
    doc = json.loads(answer.body)
    names = doc["head"]["vars"]
    result["vars"] = names
    result["rows"] = [[_cell(b.get(n), url_for) for n in names] for b in doc["results"]["bindings"]]
    result["downloads"] = [
        {"label": "CSV", "url": with_query("/sparql", query=sparql, format="csv")},
        {"label": "JSON", "url": with_query("/sparql", query=sparql, format="json")},
    ]
    return result, None


def _term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    return {"type": "literal", "value": getattr(term, "value", str(term))}


def query_data(svc: Service, sparql: str, *, url_for: Callable[[str], str]) -> tuple[dict[str, Any], GraphView | None]:
    """The page's dict: the query, the examples (with their URLs) and, for a query, its result.

    Raises InputError (QuerySyntaxError, Forbidden for SERVICE) for a query that cannot run.
    """
    data: dict[str, Any] = {
        "query": sparql or EXAMPLES[0]["query"],
        "endpoint": "/sparql",
        "base": svc.settings.base,
        "examples": [{**e, "url": with_query("/query", query=e["query"])} for e in EXAMPLES],
        "result": None,
    }
    view = None
    if sparql.strip():
        data["result"], view = _run(svc, sparql, url_for)
        if view is not None:
            data["result"]["graph"] = view.to_dict()
    return data, view
