"""Everything known about one entity as one plain dict, shared by the JSON API, the pages and questions."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyoxigraph as ox

from errors import EntityNotFound

from .catalog import Catalog, local_name
from .queries import (
    ENTITY_GRAPHS,
    ENTITY_METRICS,
    ENTITY_SOURCES,
    FACT_COUNTS_IN,
    FACT_COUNTS_OUT,
    STATEMENTS_IN,
    STATEMENTS_OUT,
)
from .results import PREFIXES
from .store import Store, Term, select, text

__all__ = ["SHOWN", "compact", "describe_entity", "literal_json", "passage_source"]

_RDF_TYPE = PREFIXES["rdf"] + "type"
_DERIVED = PREFIXES["prov"] + "wasDerivedFrom"
_REPORTS = "https://w3id.org/govkg/ontology#reports"
_SUBJECT, _OBJECT = PREFIXES["rdf"] + "subject", PREFIXES["rdf"] + "object"
_NOT_FACTS_IN = {_SUBJECT, _OBJECT, "https://w3id.org/govkg/ontology#mentionOf"}
# A hub (a province, a concept, a county named in thousands of sentences) has more facts than a page can
# read or show: each property lists its first SHOWN values and counts the rest, quotes are read only for
# an entity with at most QUOTED reified facts that way, and passages, metrics and graphs are cut too.
SHOWN = 50
QUOTED = 200
SOURCES_SHOWN = 50
METRICS_SHOWN = 50
GRAPHS_SHOWN = 200
_LABELS = {PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "prefLabel", PREFIXES["skos"] + "altLabel"}


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


def _node(term: Term, catalog: Catalog) -> dict[str, Any]:
    if isinstance(term, ox.Literal):
        return literal_json(term)
    value = text(term)
    info = catalog.nodes.get(value)
    return {
        "iri": value,
        "label": info.label(value) if info else local_name(value),
        "label_en": info.en if info else None,
    }


def passage_source(row: dict[str, Term], catalog: Catalog | None = None) -> dict[str, Any]:
    """A quote as pages show it, from a row binding ?passage ?text ?start ?end ?doc and maybe ?title
    (else the document's label in `catalog`)."""
    doc = text(row["doc"])
    info = catalog.nodes.get(doc) if catalog else None
    return {
        "passage": text(row["passage"]),
        "text": text(row["text"]),
        "start": int(text(row["start"])),
        "end": int(text(row["end"])),
        "document": doc,
        "document_title": text(row["title"]) if "title" in row else (info.zh or info.en if info else None),
    }


def _counts(store: Store, query: str, me: ox.NamedNode) -> dict[str, int]:
    return {text(r["p"]): int(text(r["n"])) for r in select(store, query, iri=me)}


def _facts(store: Store, me: ox.NamedNode, counts: dict[str, int], direction: str, shown: int) -> list[dict[str, Term]]:
    """The first `shown` facts of each property (?p ?o, ?o the other side), in one query of a branch per
    property: each branch is an index lookup, where a VALUES of several properties scanned every fact.
    The entity and properties are written in (IRIs pyoxigraph validated): a subquery sees no binding."""
    if not counts:
        return []
    pattern = f"{me} ?p ?o" if direction == "out" else f"?o ?p {me}"
    branches = " UNION ".join(
        f"{{ SELECT ?p ?o WHERE {{ VALUES ?p {{ {ox.NamedNode(p)} }} {pattern} }} LIMIT {shown} }}" for p in counts
    )
    return select(store, f"SELECT DISTINCT ?p ?o WHERE {{\n  {branches}\n}}")


def describe_entity(store: Store, catalog: Catalog, iri: str, *, shown: int = SHOWN) -> dict[str, Any]:
    """Labels, classes, facts out and in (with the other side's label and source passages), metrics, sources.

    Names of the other sides and titles of documents come from `catalog` (the store state's labels).

    The work is bounded however many facts the entity has: `fact_counts` gives every property's count,
    `facts_out` and `facts_in` at most `shown` facts of each (`facts_truncated` when any is cut), and
    `sources`, `metrics` and `graphs` their first ones (`sources_total`, `metrics_total`).
    Raises EntityNotFound when nothing in the store has `iri` as subject or object.
    """
    me = ox.NamedNode(iri)
    counts_out = _counts(store, FACT_COUNTS_OUT, me)
    counts_in = _counts(store, FACT_COUNTS_IN, me)
    if not counts_out and not counts_in:
        raise EntityNotFound(f"nothing is known about <{iri}>")
    fact_counts_out = {p: n for p, n in counts_out.items() if p != _DERIVED}
    fact_counts_in = {p: n for p, n in counts_in.items() if p not in _NOT_FACTS_IN}
    out_rows = _facts(store, me, fact_counts_out, "out", shown)
    in_rows = _facts(store, me, fact_counts_in, "in", shown)

    def prop(p: str) -> dict[str, Any]:
        info = catalog.nodes.get(p)  # properties are labelled nodes of the catalog too
        return {
            "iri": p,
            "name": compact(p),
            "label": (info.zh if info else None) or local_name(p),
            "label_en": info.en if info else None,
        }

    sources = [passage_source(r, catalog) for r in select(store, f"{ENTITY_SOURCES} LIMIT {SOURCES_SHOWN}", iri=me)]
    sources.sort(key=lambda s: (s["document"], s["start"]))
    by_passage = {s["passage"]: s for s in sources}
    fact_sources: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    quoted_out = counts_in.get(_SUBJECT, 0) <= QUOTED
    quoted_in = counts_in.get(_OBJECT, 0) <= QUOTED
    for r in select(store, STATEMENTS_OUT, iri=me) if quoted_out else []:
        key = (iri, text(r["p"]), text(r["o"]))
        fact_sources[key].append(by_passage.get(text(r["passage"])) or passage_source(r, catalog))
    for r in select(store, STATEMENTS_IN, iri=me) if quoted_in else []:
        key = (text(r["s"]), text(r["p"]), iri)
        fact_sources[key].append(by_passage.get(text(r["passage"])) or passage_source(r, catalog))

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
            classes.append(_node(o, catalog))
            continue
        facts_out.append(
            {
                "property": prop(p),
                "value": _node(o, catalog),
                "sources": fact_sources.get((iri, p, getattr(o, "value", "")), []),
            }
        )
    facts_in: list[dict[str, Any]] = [
        {
            "property": prop(text(r["p"])),
            "subject": _node(r["o"], catalog),
            "sources": fact_sources.get((text(r["o"]), text(r["p"]), iri), []),
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
            "about": _node(r["about"], catalog) if "about" in r else None,
            "source": by_passage.get(text(r["passage"]), {"passage": text(r["passage"])}) if "passage" in r else None,
        }
        for r in select(store, f"{ENTITY_METRICS} LIMIT {METRICS_SHOWN}", iri=me)
    ]
    metrics.sort(key=lambda m: str(m["iri"]))
    facts_out.sort(key=lambda f: (f["property"]["name"], str(f["value"])))
    facts_in.sort(key=lambda f: (f["property"]["name"], f["subject"]["label"]))
    zh = labels.get("zh", [])
    en = [v for lang, vs in labels.items() if lang.startswith("en") for v in vs]
    graphs = [text(r["g"]) for r in select(store, f"{ENTITY_GRAPHS} LIMIT {GRAPHS_SHOWN}", iri=me)]
    return {
        "iri": iri,
        "label": (zh or en or [v for vs in labels.values() for v in vs] or [local_name(iri)])[0],
        "label_en": en[0] if en else None,
        "labels": {lang or "none": sorted(vs) for lang, vs in labels.items()},
        "alt_labels": alt_labels,
        "classes": classes,
        "fact_counts": {"out": fact_counts_out, "in": fact_counts_in},
        "facts_out": facts_out,
        "facts_in": facts_in,
        "facts_truncated": any(n > shown for n in (*fact_counts_out.values(), *fact_counts_in.values())),
        "facts_quoted": {"out": quoted_out, "in": quoted_in},
        "metrics": metrics,
        "metrics_total": counts_out.get(_REPORTS, 0),
        "sources": sources,
        "sources_total": counts_out.get(_DERIVED, 0),
        "graphs": sorted(graphs),
        "graphs_truncated": len(graphs) >= GRAPHS_SHOWN,
    }
