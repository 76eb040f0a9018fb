"""The practice atlas's queries: who adopted which practice, read from which document of which date.

An adoption is the path unit -(gk:uses|gk:implements)-> activity -(gk:category)-> concept, with the
document that states it: the relation's rdf:Statement -(prov:wasDerivedFrom)-> passage
-(dcterms:isPartOf)-> document -(dcterms:date)-> date. Going through the statement ties the date to
the document that says *this* unit does *this* activity, whether activities are shared across
documents or minted per document. Every query of the atlas is here, so a change of that path is one
edit.

The same adoption query serves the whole atlas (no concept bound: read once per store state and
aggregated in Python) and one practice (the concept bound by VALUES, for an answer that shows the
SPARQL it ran).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .queries import PREFIX
from .store import Store, Term, select, text

__all__ = [
    "Adoption",
    "Concept",
    "DocumentDate",
    "Facts",
    "adoption_query",
    "adoptions",
    "concepts",
    "document_dates",
    "fetch",
    "passage_texts",
    "placements",
]

_ADOPTIONS = """SELECT ?actor ?relation ?activity ?category ?passage ?document WHERE {{
  {values}?actor ?relation ?activity .
  VALUES ?relation {{ gk:uses gk:implements }}
  {category}
  OPTIONAL {{
    ?statement rdf:subject ?actor ; rdf:predicate ?relation ; rdf:object ?activity ;
               prov:wasDerivedFrom ?passage .
    ?passage dcterms:isPartOf ?document .
  }}
}}"""

_CONCEPTS = (
    PREFIX
    + """SELECT ?concept ?zh ?en ?broader WHERE {
  ?concept a skos:Concept .
  OPTIONAL { ?concept skos:prefLabel ?zh FILTER(lang(?zh) = "zh") }
  OPTIONAL { ?concept skos:prefLabel ?en FILTER(lang(?en) = "en") }
  OPTIONAL { ?concept skos:broader ?broader }
}"""
)

_PLACEMENTS = (
    PREFIX
    + """SELECT ?node ?code ?parent WHERE {
  { ?node gk:code ?code } UNION { ?node gk:partOf ?parent }
}"""
)

_DOCUMENTS = (
    PREFIX
    + """SELECT ?document ?date ?source ?title WHERE {
  ?document a gk:Document .
  OPTIONAL { ?document dcterms:date ?date }
  OPTIONAL { ?document gk:dateSource ?source }
  OPTIONAL { ?document dcterms:title ?title }
}"""
)


def _check_iri(iri: str) -> str:
    if not iri.startswith(("http://", "https://")) or any(c in iri for c in '<>"{}|^`\\ '):
        raise ValueError(f"not a concept IRI: {iri!r}")
    return f"<{iri}>"


def adoption_query(concept: str | None = None, *, actors: list[str] | None = None) -> str:
    """The adoption query; with `concept` (an IRI of the scheme), only that practice and narrower ones;
    with `actors`, only what those organizations adopt.

    >>> "skos:broader*" in adoption_query("https://w3id.org/govkg/concept/GridGovernance")
    True
    >>> adoption_query("not an iri")
    Traceback (most recent call last):
    ...
    ValueError: not a concept IRI: 'not an iri'
    """
    values = f"VALUES ?actor {{ {' '.join(_check_iri(a) for a in actors)} }}\n  " if actors else ""
    if concept is None:
        return PREFIX + _ADOPTIONS.format(values=values, category="OPTIONAL { ?activity gk:category ?category }")
    return PREFIX + _ADOPTIONS.format(
        values=f"{values}VALUES ?concept {{ {_check_iri(concept)} }}\n  ",
        category="?activity gk:category ?category . ?category skos:broader* ?concept .",
    )


@dataclass(frozen=True)
class Adoption:
    """One statement that an organization uses or implements an activity, and where it was read."""

    actor: str
    relation: str  # "uses" or "implements"
    activity: str
    categories: frozenset[str]
    passage: str | None
    document: str | None


@dataclass(frozen=True)
class Concept:
    """A concept of the scheme: its labels and broader concepts."""

    iri: str
    zh: str | None
    en: str | None
    broader: frozenset[str]


@dataclass(frozen=True)
class DocumentDate:
    """A document's date (ISO date or year, None when undated), where it came from, and its title."""

    date: str | None
    source: str | None
    title: str | None


@dataclass(frozen=True)
class Facts:
    """Everything the atlas aggregates, read in four bulk queries."""

    adoptions: list[Adoption]
    concepts: dict[str, Concept]
    codes: dict[str, str]  # node -> division code
    parents: dict[str, list[str]]  # node -> gk:partOf targets
    documents: dict[str, DocumentDate]


def _opt(row: dict[str, Term], name: str) -> str | None:
    return text(row[name]) if name in row else None


def adoptions(store: Store, concept: str | None = None, *, actors: list[str] | None = None) -> list[Adoption]:
    """Every adoption (or those of one concept, or of some actors), one per (actor, relation, activity,
    passage); raises ValueError for a concept or actor that is no IRI."""
    grouped: dict[tuple[str, str, str, str | None, str | None], set[str]] = {}
    for row in select(store, adoption_query(concept, actors=actors)):
        key = (
            text(row["actor"]),
            text(row["relation"]).rsplit("#", 1)[-1],
            text(row["activity"]),
            _opt(row, "passage"),
            _opt(row, "document"),
        )
        cats = grouped.setdefault(key, set())
        if "category" in row:
            cats.add(text(row["category"]))
    return [Adoption(a, r, act, frozenset(c), p, d) for (a, r, act, p, d), c in grouped.items()]


def concepts(store: Store) -> dict[str, Concept]:
    """Every skos:Concept with its zh and en prefLabels and broader concepts."""
    found: dict[str, tuple[str | None, str | None, set[str]]] = {}
    for row in select(store, _CONCEPTS):
        iri = text(row["concept"])
        zh, en, broader = found.setdefault(iri, (None, None, set()))
        if "broader" in row:
            broader.add(text(row["broader"]))
        found[iri] = (zh or _opt(row, "zh"), en or _opt(row, "en"), broader)
    return {iri: Concept(iri, zh, en, frozenset(b)) for iri, (zh, en, b) in found.items()}


def placements(store: Store) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Division codes of nodes, and each node's gk:partOf targets (to place what has no code)."""
    codes: dict[str, str] = {}
    parents: dict[str, list[str]] = {}
    for row in select(store, _PLACEMENTS):
        node = text(row["node"])
        if "code" in row:
            codes[node] = text(row["code"])
        if "parent" in row:
            parents.setdefault(node, []).append(text(row["parent"]))
    return codes, parents


def document_dates(store: Store) -> dict[str, DocumentDate]:
    """Every document's date, the date's source and the title."""
    return {
        text(r["document"]): DocumentDate(_opt(r, "date"), _opt(r, "source"), _opt(r, "title"))
        for r in select(store, _DOCUMENTS)
    }


def passage_texts(store: Store, passages: Iterable[str]) -> dict[str, str]:
    """The text of each passage asked for (IRIs taken from the store, never from a request)."""
    wanted = sorted({p for p in passages if p and not any(c in p for c in '<>"{}|^`\\ ')})
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 200):
        values = " ".join(f"<{p}>" for p in wanted[start : start + 200])
        sparql = PREFIX + f"SELECT ?passage ?text WHERE {{ VALUES ?passage {{ {values} }} ?passage gk:text ?text }}"
        out.update({text(r["passage"]): text(r["text"]) for r in select(store, sparql)})
    return out


def fetch(store: Store) -> Facts:
    """All the atlas's facts from `store` (the four bulk queries)."""
    codes, parents = placements(store)
    return Facts(adoptions(store), concepts(store), codes, parents, document_dates(store))
