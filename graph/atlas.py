"""The practice atlas's queries: who adopted which practice, stated by which document of which date.

An adoption is the path unit -(gk:uses|gk:implements)-> activity -(gk:category)-> concept, read in the
named graph of the document that states it (govkg keeps one graph per document, with its gk:Document
node), and that document -(dcterms:date)-> date. Reading the edge in its document's graph ties the
date to the document that says *this* unit does *this* activity, whether activities are shared
across documents or minted per document; it is also one index scan, where following each edge's
rdf:Statement to its passage and document costs joins per edge (about 4x slower at a million quads).
The passages, for quotes, are read only for the adoptions a page shows (`quotes`). Every query of the
atlas is here, so a change of that path is one edit.

The same adoption query serves the whole atlas (no concept bound: read once per store state and
aggregated in Python) and one practice or some units (bound by VALUES, for an answer that shows the
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
    "Quote",
    "adoption_query",
    "adoptions",
    "concepts",
    "document_dates",
    "fetch",
    "placements",
    "practices",
    "quotes",
]

_ADOPTIONS = """SELECT ?actor ?relation ?activity ?category ?document WHERE {{
  {values}VALUES ?relation {{ gk:uses gk:implements }}
  GRAPH ?graph {{ ?actor ?relation ?activity . ?document a gk:Document }}
  {category}
}}"""

_QUOTES = """SELECT ?actor ?activity ?document ?passage ?text ?start ?end WHERE {{
  VALUES (?actor ?activity ?document) {{ {rows} }}
  ?statement rdf:object ?activity ; rdf:subject ?actor ; prov:wasDerivedFrom ?passage .
  ?passage dcterms:isPartOf ?document ; gk:text ?text ; gk:start ?start ; gk:end ?end .
}}"""  # the activity first: it has few statements, an actor (a county) may have thousands

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

_PRACTICES = PREFIX + "SELECT ?activity ?practice WHERE { ?activity gk:practice ?practice }"

_DOCUMENTS = (
    PREFIX
    + """SELECT ?document ?date ?source ?title WHERE {
  ?document a gk:Document .
  OPTIONAL { ?document dcterms:date ?date }
  OPTIONAL { ?document gk:dateSource ?source }
  OPTIONAL { ?document dcterms:title ?title }
}"""
)


def _iri(iri: str) -> str:
    """An IRI written into a query, refused unless it is a plain http(s) IRI."""
    if not iri.startswith(("http://", "https://")) or any(c in iri for c in '<>"{}|^`\\ '):
        raise ValueError(f"not an IRI: {iri!r}")
    return f"<{iri}>"


def adoption_query(concept: str | None = None, *, actors: list[str] | None = None) -> str:
    """The adoption query; with `concept` (an IRI of the scheme), only that practice and narrower ones;
    with `actors`, only what those organizations adopt.

    >>> "skos:broader*" in adoption_query("https://w3id.org/govkg/concept/GridGovernance")
    True
    >>> adoption_query("not an iri")
    Traceback (most recent call last):
    ...
    ValueError: not an IRI: 'not an iri'
    """
    values = f"VALUES ?actor {{ {' '.join(_iri(a) for a in actors)} }}\n  " if actors else ""
    if concept is None:
        return PREFIX + _ADOPTIONS.format(values=values, category="OPTIONAL { ?activity gk:category ?category }")
    bound = (  # the concept first: Oxigraph then starts from its few activities
        f"VALUES ?concept {{ {_iri(concept)} }}\n  ?category skos:broader* ?concept .\n"
        "  ?activity gk:category ?category .\n  "
    )
    return PREFIX + _ADOPTIONS.format(values=values + bound, category="")


@dataclass(frozen=True)
class Adoption:
    """That an organization uses or implements an activity, as one document states it."""

    actor: str
    relation: str  # "uses" or "implements"
    activity: str
    categories: frozenset[str]
    document: str


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
    """Everything the atlas aggregates, read in five bulk queries."""

    adoptions: list[Adoption]
    concepts: dict[str, Concept]
    codes: dict[str, str]  # node -> division code
    practices: dict[str, str]  # a document's activity -> its gk:Practice (the identity across documents)
    parents: dict[str, list[str]]  # node -> gk:partOf targets
    documents: dict[str, DocumentDate]


def _opt(row: dict[str, Term], name: str) -> str | None:
    return text(row[name]) if name in row else None


def adoptions(store: Store, concept: str | None = None, *, actors: list[str] | None = None) -> list[Adoption]:
    """Every adoption (or those of one concept, or of some actors), one per (actor, relation, activity,
    document); raises ValueError for a concept or actor that is no IRI."""
    grouped: dict[tuple[str, str, str, str], set[str]] = {}
    for row in select(store, adoption_query(concept, actors=actors)):
        key = (
            text(row["actor"]),
            text(row["relation"]).rsplit("#", 1)[-1],
            text(row["activity"]),
            text(row["document"]),
        )
        cats = grouped.setdefault(key, set())
        if "category" in row:
            cats.add(text(row["category"]))
    return [Adoption(a, r, act, frozenset(c), d) for (a, r, act, d), c in grouped.items()]


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


@dataclass(frozen=True)
class Quote:
    """A sentence that states an adoption: its passage, text and character offsets in its document."""

    passage: str
    text: str
    start: int
    end: int


def quotes(store: Store, wanted: Iterable[Adoption]) -> dict[tuple[str, str, str], list[Quote]]:
    """The sentences that state each adoption, by (actor, activity, document), in text order."""
    keys = sorted({(a.actor, a.activity, a.document) for a in wanted})
    out: dict[tuple[str, str, str], list[Quote]] = {}
    for start in range(0, len(keys), 200):
        rows = " ".join(f"({_iri(a)} {_iri(b)} {_iri(c)})" for a, b, c in keys[start : start + 200])
        for r in select(store, PREFIX + _QUOTES.format(rows=rows)):
            key = (text(r["actor"]), text(r["activity"]), text(r["document"]))
            quote = Quote(text(r["passage"]), text(r["text"]), int(text(r["start"])), int(text(r["end"])))
            out.setdefault(key, []).append(quote)
    for found in out.values():
        found.sort(key=lambda q: (q.start, q.passage))
    return out


def practices(store: Store) -> dict[str, str]:
    """Each activity's gk:Practice: the same named practice in every document that reports it."""
    return {text(r["activity"]): text(r["practice"]) for r in select(store, _PRACTICES)}


def fetch(store: Store) -> Facts:
    """All the atlas's facts from `store` (five bulk queries)."""
    codes, parents = placements(store)
    return Facts(adoptions(store), concepts(store), codes, practices(store), parents, document_dates(store))
