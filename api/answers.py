"""The SPARQL behind each question form, and the answers it gives: organizations, activities, figures, quotes.

Every query takes the question's IRIs as bindings (never as text spliced into the query), and uses a
bound variable only in triple patterns, so the same query is right on an embedded store (which
substitutes bindings) and on a remote server (which gets them as a trailing VALUES block). The
query shown to the user has those IRIs written in, so it can be pasted into the SPARQL endpoint.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from graph import Store, Term, select

from .lexicon import PREFIXES, Vocabulary, norm, value
from .question_forms import Parsed

__all__ = ["Answered", "activities_of", "display", "metrics_of", "organizations_using", "quote_rows"]

Answered = tuple[list[dict[str, Any]], str]  # the answers and the SPARQL shown for them

_QUOTE = """  OPTIONAL {
    ?statement rdf:subject ?{s} ; rdf:predicate ?rel ; rdf:object ?act ; prov:wasDerivedFrom ?passage .
    ?passage gk:text ?text ; gk:start ?start ; gk:end ?end ; dcterms:isPartOf ?doc .
    OPTIONAL { ?doc dcterms:title ?doc_title }
  }"""

USING_CONCEPT = PREFIXES + """
SELECT DISTINCT ?kind ?concept {within_var}?org ?name ?rel ?act ?act_name
       ?passage ?text ?start ?end ?doc ?doc_title WHERE {
  ?org a ?cls . ?cls rdfs:subClassOf* ?kind .
{within_line}  ?act gk:category/skos:broader* ?concept .
  ?org ?rel ?act . VALUES ?rel { gk:uses gk:implements }
  OPTIONAL { ?org rdfs:label ?name FILTER(lang(?name) = "zh") }
  OPTIONAL { ?act rdfs:label ?act_name FILTER(lang(?act_name) = "zh") }
""" + _QUOTE.replace("{s}", "org") + """
}
ORDER BY ?name ?act_name"""

USING_ACTIVITY = PREFIXES + """
SELECT DISTINCT ?kind {within_var}?org ?name ?rel ?act ?act_name
       ?passage ?text ?start ?end ?doc ?doc_title WHERE {
  ?org a ?cls . ?cls rdfs:subClassOf* ?kind .
{within_line}  ?org ?rel ?act . VALUES ?rel { gk:uses gk:implements }
  OPTIONAL { ?org rdfs:label ?name FILTER(lang(?name) = "zh") }
  OPTIONAL { ?act rdfs:label ?act_name FILTER(lang(?act_name) = "zh") }
""" + _QUOTE.replace("{s}", "org") + """
}
ORDER BY ?name"""

ACTIVITIES_OF = PREFIXES + """
SELECT DISTINCT ?org {class_var}?actor ?actor_name ?rel ?act ?act_name
       ?passage ?text ?start ?end ?doc ?doc_title WHERE {
  ?actor gk:partOf? ?org .
  ?actor ?rel ?act . VALUES ?rel { gk:uses gk:implements }
{class_line}  OPTIONAL { ?actor rdfs:label ?actor_name FILTER(lang(?actor_name) = "zh") }
  OPTIONAL { ?act rdfs:label ?act_name FILTER(lang(?act_name) = "zh") }
""" + _QUOTE.replace("{s}", "actor") + """
}
ORDER BY ?actor_name ?act_name"""

METRICS_OF = PREFIXES + """
SELECT DISTINCT ?org ?actor ?actor_name ?metric ?label ?value ?unit ?measure ?period
       ?about ?about_name ?category ?passage ?text ?start ?end ?doc ?doc_title WHERE {
  ?actor gk:partOf? ?org .
  ?actor gk:reports ?metric .
  ?metric gk:value ?value .
  OPTIONAL { ?actor rdfs:label ?actor_name FILTER(lang(?actor_name) = "zh") }
  OPTIONAL { ?metric rdfs:label ?label }
  OPTIONAL { ?metric gk:unit ?unit }
  OPTIONAL { ?metric gk:measure ?measure }
  OPTIONAL { ?metric gk:period ?period }
  OPTIONAL {
    ?metric gk:about ?about .
    OPTIONAL { ?about rdfs:label ?about_name FILTER(lang(?about_name) = "zh") }
    OPTIONAL { ?about gk:category/skos:broader* ?category }
  }
  OPTIONAL {
    ?metric prov:wasDerivedFrom ?passage .
    ?passage gk:text ?text ; gk:start ?start ; gk:end ?end ; dcterms:isPartOf ?doc .
    OPTIONAL { ?doc dcterms:title ?doc_title }
  }
}
ORDER BY ?actor_name ?metric"""

STATEMENT_QUOTES = PREFIXES + """
SELECT DISTINCT ?s ?p ?o ?passage ?text ?start ?end ?doc ?doc_title WHERE {
  ?statement rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?passage .
  ?passage gk:text ?text ; gk:start ?start ; gk:end ?end ; dcterms:isPartOf ?doc .
  OPTIONAL { ?doc dcterms:title ?doc_title }
}"""

ACTIVITY_QUOTES = PREFIXES + """
SELECT DISTINCT ?act ?passage ?text ?start ?end ?doc ?doc_title WHERE {
  ?act prov:wasDerivedFrom ?passage .
  ?passage gk:text ?text ; gk:start ?start ; gk:end ?end ; dcterms:isPartOf ?doc .
  OPTIONAL { ?doc dcterms:title ?doc_title }
} ORDER BY ?start LIMIT 2"""


def display(sparql: str, bindings: dict[str, ox.NamedNode]) -> str:
    """The query with its bound IRIs written in, for people to read and paste into the endpoint.

    Bound variables are projected (Oxigraph substitutes only projected variables); the shown query
    drops them from the projection and writes their IRIs where they are used.

    >>> display("SELECT ?kind ?x WHERE { ?x a ?kind }", {"kind": ox.NamedNode("urn:k")})
    'SELECT ?x WHERE { ?x a <urn:k> }'
    """
    head, brace, body = sparql.partition("WHERE {")
    for name, term in bindings.items():
        head = re.sub(rf"\?{re.escape(name)}\b\s*", "", head)
        body = re.sub(rf"\?{re.escape(name)}\b", lambda _m, t=term: str(t), body)  # type: ignore[misc]
    return head + brace + body


def _fill(template: str, lines: dict[str, str]) -> str:
    """A query template with its optional lines put in (or left out)."""
    for slot, text in lines.items():
        template = template.replace(slot, text)
    return template


def _run(store: Store, sparql: str, bindings: dict[str, ox.NamedNode]) -> list[dict[str, Term]]:
    return select(store, sparql, **bindings)


def _v(row: dict[str, Term], name: str) -> str | None:
    term = row.get(name)
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else None


def quote_rows(row: dict[str, Term]) -> dict[str, Any] | None:
    """A source quote from a row's ?passage ?text ?start ?end ?doc ?doc_title, or None."""
    if "passage" not in row or "text" not in row:
        return None
    return {
        "text": _v(row, "text"),
        "document": _v(row, "doc"),
        "document_title": _v(row, "doc_title"),
        "start": int(_v(row, "start") or 0),
        "end": int(_v(row, "end") or 0),
        "passage": _v(row, "passage"),
    }


class _Entities:
    """Answers keyed by organization, in first-seen order, each with its activities and quotes."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.items: dict[str, dict[str, Any]] = {}

    def entity(self, iri: str, name: str | None) -> dict[str, Any]:
        if iri not in self.items:
            term = self.vocab.organizations.by_iri.get(iri)
            cls = term.cls if term else None
            self.items[iri] = {
                "iri": iri,
                "label": (term.label if term else None) or name or iri,
                "label_en": term.label_en if term else None,
                "class": cls,
                "class_label": self.vocab.class_label(cls),
                "activities": [],
                "quotes": [],
            }
        return self.items[iri]

    def add(self, iri: str, name: str | None, row: dict[str, Term], act: str | None) -> dict[str, Any]:
        item = self.entity(iri, name)
        if act and all(a["iri"] != act for a in item["activities"]):
            rel = _v(row, "rel")
            item["activities"].append({
                "iri": act, "label": _v(row, "act_name") or act,
                "label_en": self.vocab.activity_label_en(act),
                "relation": rel.rsplit("#", 1)[-1] if rel else None,
            })
        quote = quote_rows(row)
        if quote and all(q["passage"] != quote["passage"] for q in item["quotes"]):
            item["quotes"].append({**quote, "activity": act})
        return item

    def fill_missing_quotes(self, store: Store) -> None:
        """Where no statement carries a passage, quote the activity's own first passage."""
        for item in self.items.values():
            quoted = {q.get("activity") for q in item["quotes"]}
            for act in item["activities"]:
                if act["iri"] in quoted:
                    continue
                for row in _run(store, ACTIVITY_QUOTES, {"act": ox.NamedNode(act["iri"])})[:1]:
                    quote = quote_rows(row)
                    if quote:
                        item["quotes"].append({**quote, "activity": act["iri"]})


def organizations_using(store: Store, vocab: Vocabulary, parsed: Parsed) -> Answered:
    """which <kind> use <practice>: each organization with the matching activities and their quotes."""
    assert parsed.organization_class is not None and parsed.practice is not None
    kind = ox.NamedNode(parsed.organization_class.iri)
    place: dict[str, ox.NamedNode] = {"within": ox.NamedNode(parsed.within.iri)} if parsed.within else {}
    lines = {"{within_var}": "?within " if place else "", "{within_line}": "  ?org gk:partOf+ ?within .\n"
             if place else ""}
    found = _Entities(vocab)
    shown: list[str] = []
    runs: list[tuple[str, dict[str, ox.NamedNode], str | None]] = []
    if parsed.practice.concept is not None:
        concept = ox.NamedNode(parsed.practice.concept.iri)
        runs.append((USING_CONCEPT, {"kind": kind, "concept": concept, **place}, None))
    for named in parsed.practice.activities:
        runs.append((USING_ACTIVITY, {"kind": kind, "act": ox.NamedNode(named.iri), **place}, named.iri))
    for template, bindings, act in runs:
        sparql = _fill(template, lines)
        shown.append(display(sparql, bindings))
        for row in _run(store, sparql, bindings):
            found.add(value(row["org"]), _v(row, "name"), row, act or _v(row, "act"))
    found.fill_missing_quotes(store)
    answers = sorted(found.items.values(), key=lambda a: (a["label"], a["iri"]))
    more = f"\n\n# … and {len(shown) - 2} more like it, one per activity named" if len(shown) > 2 else ""
    return answers, "\n\n".join(shown[:2]) + more


def _own_bodies(vocab: Vocabulary, org: str, rows: Iterable[dict[str, Term]]) -> list[dict[str, Term]]:
    """Rows of the organization itself or of its bodies (县委 of a 县), not of other administrative units."""
    return [r for r in rows if value(r["actor"]) == org or not vocab.is_administrative(value(r["actor"]))]


def activities_of(store: Store, vocab: Vocabulary, parsed: Parsed) -> Answered:
    """what does <organization> use: the organization (and its own bodies) with each activity and quote."""
    assert parsed.organization is not None
    bindings = {"org": ox.NamedNode(parsed.organization.iri)}
    class_line = class_var = ""
    if parsed.activity_class is not None:
        class_line = "  ?act a ?act_cls . ?act_cls rdfs:subClassOf* ?activity_class .\n"
        class_var = "?activity_class "
        bindings["activity_class"] = ox.NamedNode(parsed.activity_class.iri)
    sparql = _fill(ACTIVITIES_OF, {"{class_line}": class_line, "{class_var}": class_var})
    found = _Entities(vocab)
    found.entity(parsed.organization.iri, parsed.organization.label)
    for row in _own_bodies(vocab, parsed.organization.iri, _run(store, sparql, bindings)):
        found.add(value(row["actor"]), _v(row, "actor_name"), row, _v(row, "act"))
    found.fill_missing_quotes(store)
    answers = [a for a in found.items.values() if a["activities"]]
    return answers, display(sparql, bindings)


def _counted(row: dict[str, Term]) -> str:
    """What a figure counts, and the activity it is about, as one normalized text."""
    return norm(_v(row, "measure") or "") + " " + norm(_v(row, "about_name") or "")


def _about_practice(parsed: Parsed, row: dict[str, Term]) -> bool:
    """Whether a figure belongs to the asked practice: by its activity's category or name, or its measure."""
    practice = parsed.practice
    if practice is None:
        return True
    if practice.concept and _v(row, "category") == practice.concept.iri:
        return True
    if _v(row, "about") in {a.iri for a in practice.activities}:
        return True
    words = {norm(practice.words)} | set(practice.concept.forms if practice.concept else ())
    return any(len(w) >= 2 and w in _counted(row) for w in words)


def _fitting(parsed: Parsed, rows: list[dict[str, Term]]) -> set[str]:
    """The figures asked for: those counting the asked words (how many 网格员), else the practice's."""
    if parsed.measure is not None:
        words = norm(parsed.measure)
        counted = {value(r["metric"]) for r in rows if words in _counted(r)}
        if counted or parsed.practice is None:
            return counted
    return {value(r["metric"]) for r in rows if _about_practice(parsed, r)}


def metrics_of(store: Store, vocab: Vocabulary, parsed: Parsed) -> Answered:
    """what did <organization> report: its figures (value, unit, measure, period, about) with their quotes."""
    assert parsed.organization is not None
    bindings = {"org": ox.NamedNode(parsed.organization.iri)}
    found = _Entities(vocab)
    found.entity(parsed.organization.iri, parsed.organization.label)
    seen: set[str] = set()
    rows = _own_bodies(vocab, parsed.organization.iri, _run(store, METRICS_OF, bindings))
    fitting = _fitting(parsed, rows)
    for row in rows:
        metric = value(row["metric"])
        if metric in seen or metric not in fitting:
            continue
        seen.add(metric)
        item = found.entity(value(row["actor"]), _v(row, "actor_name"))
        about = _v(row, "about")
        quote = quote_rows(row)
        item.setdefault("metrics", []).append({
            "iri": metric,
            "label": _v(row, "label"),
            "value": _v(row, "value"),
            "unit": _v(row, "unit"),
            "measure": _v(row, "measure"),
            "period": _v(row, "period"),
            "about": {"iri": about, "label": _v(row, "about_name") or about} if about else None,
            "quote": quote,
        })
        if about and all(a["iri"] != about for a in item["activities"]):
            item["activities"].append({"iri": about, "label": _v(row, "about_name") or about,
                                       "label_en": vocab.activity_label_en(about), "relation": "about"})
        if quote and all(q["passage"] != quote["passage"] for q in item["quotes"]):
            item["quotes"].append({**quote, "activity": about})
    answers = [a for a in found.items.values() if a.get("metrics")]
    for a in answers:
        a.setdefault("metrics", [])
    return answers, display(METRICS_OF, bindings)
