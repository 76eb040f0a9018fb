"""Everything known about one entity as one plain dict, shared by the JSON API, the pages and questions."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyoxigraph as ox

from errors import EntityNotFound

from .catalog import local_name
from .queries import (
    ENTITY_GRAPHS,
    ENTITY_IN,
    ENTITY_METRICS,
    ENTITY_OUT,
    ENTITY_SOURCES,
    PREFIX,
    STATEMENTS_IN,
    STATEMENTS_OUT,
)
from .results import PREFIXES
from .store import Store, Term, select, text

__all__ = ["MAX_FACTS", "compact", "describe_entity", "literal_json", "passage_source"]

_RDF_TYPE = PREFIXES["rdf"] + "type"
_DERIVED = PREFIXES["prov"] + "wasDerivedFrom"
MAX_FACTS = 2000  # per direction; a hub (a province, a concept) is cut there and flagged
_LABELS = {PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "prefLabel", PREFIXES["skos"] + "altLabel"}
_PROPERTY_LABELS = (
    PREFIX
    + """SELECT ?p (SAMPLE(?zh0) AS ?zh) (SAMPLE(?en0) AS ?en) WHERE {
  ?p a ?t . VALUES ?t { owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty rdf:Property }
  OPTIONAL { ?p rdfs:label ?zh0 FILTER(lang(?zh0) = "zh") }
  OPTIONAL { ?p rdfs:label ?en0 FILTER(langMatches(lang(?en0), "en")) }
} GROUP BY ?p"""
)


def compact(iri: str) -> str:
    """A prefixed name for well-known namespaces, else the IRI.

    >>> compact("https://w3id.org/govkg/ontology#uses")
    'gk:uses'
    """
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and "/" not in iri[len(ns) :]:
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def literal_json(term: ox.Literal) -> dict[str, Any]:
    """A literal as {value, lang} or {value, datatype} (xsd:string left implicit)."""
    out: dict[str, Any] = {"value": term.value}
    if term.language:
        out["lang"] = term.language
    elif not term.datatype.value.endswith("#string"):
        out["datatype"] = compact(term.datatype.value)
    return out


def _node(term: Term, zh: Term | None, en: Term | None) -> dict[str, Any]:
    if isinstance(term, ox.Literal):
        return literal_json(term)
    value = text(term)
    return {
        "iri": value,
        "label": text(zh) if zh is not None else (text(en) if en is not None else local_name(value)),
        "label_en": text(en) if en is not None else None,
    }


def passage_source(row: dict[str, Term]) -> dict[str, Any]:
    """A quote as pages show it, from a row binding ?passage ?text ?start ?end ?doc and maybe ?title."""
    return {
        "passage": text(row["passage"]),
        "text": text(row["text"]),
        "start": int(text(row["start"])),
        "end": int(text(row["end"])),
        "document": text(row["doc"]),
        "document_title": text(row["title"]) if "title" in row else None,
    }


def describe_entity(store: Store, iri: str) -> dict[str, Any]:
    """Labels, classes, facts out and in (with the other side's label and source passages), metrics, sources.

    Raises EntityNotFound when nothing in the store has `iri` as subject or object.
    """
    me = ox.NamedNode(iri)
    out_rows = select(store, ENTITY_OUT, iri=me)
    in_rows = select(store, ENTITY_IN, iri=me)
    if not out_rows and not in_rows:
        raise EntityNotFound(f"nothing is known about <{iri}>")
    props = {text(r["p"]): r for r in select(store, _PROPERTY_LABELS)}

    def prop(p: str) -> dict[str, Any]:
        row = props.get(p, {})
        return {
            "iri": p,
            "name": compact(p),
            "label": text(row["zh"]) if "zh" in row else local_name(p),
            "label_en": text(row["en"]) if "en" in row else None,
        }

    sources = [passage_source(r) for r in select(store, ENTITY_SOURCES, iri=me)]
    by_passage = {s["passage"]: s for s in sources}
    fact_sources: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in select(store, STATEMENTS_OUT, iri=me):
        key = (iri, text(r["p"]), text(r["o"]))
        fact_sources[key].append(by_passage.get(text(r["passage"])) or passage_source(r))
    for r in select(store, STATEMENTS_IN, iri=me):
        key = (text(r["s"]), text(r["p"]), iri)
        fact_sources[key].append(by_passage.get(text(r["passage"])) or passage_source(r))

    labels: dict[str, list[str]] = defaultdict(list)
    alt_labels: list[dict[str, Any]] = []
    classes: list[dict[str, Any]] = []
    facts_out: list[dict[str, Any]] = []
    for r in out_rows:
        p, o = text(r["p"]), r["o"]
        if p in _LABELS and isinstance(o, ox.Literal):
            if p.endswith("altLabel"):
                alt_labels.append(literal_json(o))
            else:
                labels[o.language or ""].append(o.value)
            continue
        if p == _RDF_TYPE:
            classes.append(_node(o, r.get("zh"), r.get("en")))
            continue
        if p == _DERIVED:  # listed once, with their text, under "sources"
            continue
        facts_out.append(
            {
                "property": prop(p),
                "value": _node(o, r.get("zh"), r.get("en")),
                "sources": fact_sources.get((iri, p, getattr(o, "value", "")), []),
            }
        )
    facts_in: list[dict[str, Any]] = [
        {
            "property": prop(text(r["p"])),
            "subject": _node(r["s"], r.get("zh"), r.get("en")),
            "sources": fact_sources.get((text(r["s"]), text(r["p"]), iri), []),
        }
        for r in in_rows
    ]
    metrics = [
        {
            "iri": text(r["m"]),
            "value": text(r["value"]),
            "number": float(text(r["value"])),
            "unit": text(r["unit"]) if "unit" in r else None,
            "measure": text(r["measure"]) if "measure" in r else None,
            "period": text(r["period"]) if "period" in r else None,
            "about": _node(r["about"], r.get("aboutLabel"), None) if "about" in r else None,
            "source": by_passage.get(text(r["passage"]), {"passage": text(r["passage"])}) if "passage" in r else None,
        }
        for r in select(store, ENTITY_METRICS, iri=me)
    ]
    facts_out.sort(key=lambda f: (f["property"]["name"], str(f["value"])))
    facts_in.sort(key=lambda f: (f["property"]["name"], f["subject"]["label"]))
    zh = labels.get("zh", [])
    en = [v for lang, vs in labels.items() if lang.startswith("en") for v in vs]
    return {
        "iri": iri,
        "label": (zh or en or [v for vs in labels.values() for v in vs] or [local_name(iri)])[0],
        "label_en": en[0] if en else None,
        "labels": {lang or "none": sorted(vs) for lang, vs in labels.items()},
        "alt_labels": alt_labels,
        "classes": classes,
        "facts_out": facts_out[:MAX_FACTS],
        "facts_in": facts_in[:MAX_FACTS],
        "facts_truncated": max(len(facts_out), len(facts_in)) > MAX_FACTS,
        "metrics": metrics,
        "sources": sources,
        "graphs": [text(r["g"]) for r in select(store, ENTITY_GRAPHS, iri=me)],
    }
