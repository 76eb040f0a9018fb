"""The named SPARQL queries the service runs; user input always goes in as bindings (`?iri`), never text.

Entities are the things people look up: organizations, initiatives, mechanisms, concepts and documents
(anything typed with a class under those tops in the ontology graph).
"""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox

from .lexer import where_group
from .store import Term

__all__ = [
    "ADOPTIONS",
    "CLASS_TREE",
    "DOCUMENTS",
    "EDGES",
    "ENTITY_CLASSES",
    "ENTITY_GRAPHS",
    "ENTITY_LABELS",
    "ENTITY_METRICS",
    "ENTITY_SOURCES",
    "ENTITY_TRIPLES",
    "EXISTS",
    "FACT_COUNTS_IN",
    "FACT_COUNTS_OUT",
    "LABELS",
    "PREFIX",
    "SNIPPETS",
    "STATEMENTS_IN",
    "STATEMENTS_OUT",
    "STATS_CLASSES",
    "bind",
]

PREFIX = """PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX gkc: <https://w3id.org/govkg/concept/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

_ENTITY = """?s a ?cls . ?cls rdfs:subClassOf* ?top .
  VALUES ?top { gk:Organization gk:Initiative gk:Mechanism skos:Concept gk:Document }"""


def bind(sparql: str, bindings: Mapping[str, Term]) -> str:
    """`sparql` with `bindings` written in as a VALUES block first in its WHERE group (else at its end).

    Every store binds this way. Oxigraph plans a query before pyoxigraph's substitutions reach it, so
    a substituted ?doc is planned as a free variable: a document's passages took 1.35 s at a million
    quads, against 3 ms from a leading VALUES, which the planner joins first. The terms are written
    by pyoxigraph, whose NamedNode refuses an invalid IRI when it is made and whose literals come out
    escaped (N-Triples terms are SPARQL terms), so no input can change the query's shape.
    Raises TypeError for a blank node or a triple, which VALUES cannot hold.

    >>> print(bind("SELECT ?s WHERE { ?s ?p ?iri }", {"iri": ox.NamedNode("http://example.org/县")}))
    SELECT ?s WHERE {
    VALUES (?iri) { (<http://example.org/县>) }
     ?s ?p ?iri }
    >>> print(bind('ASK { ?s ?p ?o }', {"o": ox.Literal('a "b" }', language="zh")}))
    ASK {
    VALUES (?o) { ("a \\"b\\" }"@zh) }
     ?s ?p ?o }
    """
    for name, term in bindings.items():
        if not isinstance(term, ox.NamedNode | ox.Literal):
            raise TypeError(f"?{name}: only an IRI or a literal can be bound, not {term}")
    names = " ".join(f"?{k}" for k in bindings)
    terms = " ".join(str(v) for v in bindings.values())
    values = f"\nVALUES ({names}) {{ ({terms}) }}"
    at = where_group(sparql)
    return sparql + values if at is None else f"{sparql[:at]}{values}\n{sparql[at:]}"


# Queries taking ?iri project it, so that their rows carry it.

# Every label of every entity (for the search index): ?s ?label ?alt (true for altLabel).
ENTITY_LABELS = (
    PREFIX
    + f"""SELECT DISTINCT ?s ?label ?alt WHERE {{
  {{ SELECT DISTINCT ?s WHERE {{ {_ENTITY} }} }}
  {{ ?s rdfs:label|skos:prefLabel ?label BIND(false AS ?alt) }}
  UNION {{ ?s skos:altLabel ?label BIND(true AS ?alt) }}
  FILTER(isLiteral(?label))
}}"""
)

# Classes of entities (the search index and the projection keep the most specific one).
ENTITY_CLASSES = PREFIX + f"SELECT DISTINCT ?s ?cls WHERE {{ {_ENTITY} }}"

# The subclass tree with the classes' labels: ?cls ?super ?zh ?en.
CLASS_TREE = (
    PREFIX
    + """SELECT ?cls ?super ?zh ?en WHERE {
  ?cls a owl:Class .
  OPTIONAL { ?cls rdfs:subClassOf ?super FILTER(isIRI(?super)) }
  OPTIONAL { ?cls rdfs:label ?zh FILTER(lang(?zh) = "zh") }
  OPTIONAL { ?cls rdfs:label ?en FILTER(langMatches(lang(?en), "en")) }
}"""
)

# One source passage per entity for search snippets.
SNIPPETS = (
    PREFIX
    + f"""SELECT ?s (MIN(?text) AS ?snippet) WHERE {{
  {{ SELECT DISTINCT ?s WHERE {{ {_ENTITY} }} }}
  ?s prov:wasDerivedFrom ?p . ?p gk:text ?text .
}} GROUP BY ?s"""
)

# Labels of everything (zh and en), for the projection's nodes.
LABELS = (
    PREFIX
    + """SELECT ?s ?label WHERE {
  ?s rdfs:label|skos:prefLabel ?label
  FILTER(isLiteral(?label) && (lang(?label) = "zh" || langMatches(lang(?label), "en")))
}"""
)

# Entity-to-entity edges: every gk: object property between two IRIs, plus skos:broader between concepts.
# The properties come from the ontology first, so each is an index lookup rather than a full scan.
EDGES = (
    PREFIX
    + """SELECT DISTINCT ?s ?p ?o WHERE {
  { SELECT DISTINCT ?p WHERE {
      { ?p a owl:ObjectProperty FILTER(STRSTARTS(STR(?p), STR(gk:)) && ?p != gk:mentionOf) }
      UNION { BIND(skos:broader AS ?p) } } }  # not VALUES: Virtuoso 7 drops a VALUES branch
  ?s ?p ?o . FILTER(isIRI(?o) && isIRI(?s))
}"""
)

# "Unit U adopts concept C via activity A in document D": A is D's own activity (minted per document) and
# carries the categories D gave it; P is the gk:Practice that activities of the same normalised name share
# across documents. Group adopters by concept on ?concept, by name on ?practice; a category never
# travels along gk:practice, so grouping by ?practice then reading ?concept stays per document.
ADOPTIONS = (
    PREFIX
    + """SELECT DISTINCT ?unit ?relation ?activity ?concept ?practice ?document WHERE {
  VALUES ?relation { gk:uses gk:implements }
  ?unit ?relation ?activity .
  ?activity gk:category/skos:broader* ?concept ;
            prov:wasDerivedFrom/dcterms:isPartOf ?document .
  OPTIONAL { ?activity gk:practice ?practice }
}"""
)

EXISTS = "ASK { { ?iri ?p ?o } UNION { ?s ?p ?iri } }"

# How many facts of each property ?iri has, either way: what a page lists is cut per property at a
# limit, and these say how many there are. In-facts keep rdf:subject and rdf:object: their counts
# are how many reified facts (quotes) ?iri has.
FACT_COUNTS_OUT = PREFIX + "SELECT ?p (COUNT(*) AS ?n) WHERE { ?iri ?p ?o } GROUP BY ?p"
FACT_COUNTS_IN = PREFIX + "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?iri } GROUP BY ?p"

# The passages each fact about ?iri was read from (through its rdf:Statement), with their text; the
# documents' titles come from the catalog (an OPTIONAL here doubled the query's time).
_STATEMENT_SOURCE = """?st prov:wasDerivedFrom ?passage .
  ?passage gk:text ?text ; gk:start ?start ; gk:end ?end ; dcterms:isPartOf ?doc ."""
# The passages each fact from ?iri (to ?o) was read from, through its rdf:Statement, with their text.
# Two queries rather than a UNION: each starts from ?iri, which the engine then looks up by index.
STATEMENTS_OUT = (
    PREFIX
    + f"""SELECT DISTINCT ?iri ?p ?o ?passage ?text ?start ?end ?doc WHERE {{
  ?st rdf:subject ?iri ; rdf:predicate ?p ; rdf:object ?o .
  {_STATEMENT_SOURCE}
}}"""
)
# ... and of each fact from ?s to ?iri.
STATEMENTS_IN = (
    PREFIX
    + f"""SELECT DISTINCT ?iri ?s ?p ?passage ?text ?start ?end ?doc WHERE {{
  ?st rdf:object ?iri ; rdf:predicate ?p ; rdf:subject ?s .
  {_STATEMENT_SOURCE}
}}"""
)

# A page's passages and metrics: the first ones in the store's order (LIMIT appended), sorted after.
ENTITY_SOURCES = (
    PREFIX
    + """SELECT ?passage ?text ?start ?end ?doc WHERE {
  ?iri prov:wasDerivedFrom ?passage .
  ?passage gk:text ?text ; gk:start ?start ; gk:end ?end ; dcterms:isPartOf ?doc .
}"""
)

ENTITY_METRICS = (
    PREFIX
    + """SELECT ?m ?value ?unit ?measure ?period ?about ?passage WHERE {
  ?iri gk:reports ?m . ?m gk:value ?value .
  OPTIONAL { ?m gk:unit ?unit } OPTIONAL { ?m gk:measure ?measure } OPTIONAL { ?m gk:period ?period }
  OPTIONAL { ?m gk:about ?about }
  OPTIONAL { ?m prov:wasDerivedFrom ?passage }
}"""
)

ENTITY_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?iri ?p ?o } }"

# The RDF description served at an entity's IRI: its triples and the triples pointing at it.
ENTITY_TRIPLES = "CONSTRUCT { ?iri ?p ?o . ?s ?q ?iri } WHERE { { ?iri ?p ?o } UNION { ?s ?q ?iri } }"

DOCUMENTS = (
    PREFIX
    + """SELECT ?doc ?g ?id ?title ?source ?date ?length (COUNT(DISTINCT ?p) AS ?passages) WHERE {
  GRAPH ?g { ?doc a gk:Document . OPTIONAL { ?doc dcterms:identifier ?id }
             OPTIONAL { ?doc dcterms:title ?title }
             OPTIONAL { ?doc dcterms:source ?source } OPTIONAL { ?doc dcterms:date ?date }
             OPTIONAL { ?doc gk:length ?length } OPTIONAL { ?p dcterms:isPartOf ?doc ; a gk:Passage } }
} GROUP BY ?doc ?g ?id ?title ?source ?date ?length ORDER BY ?title ?doc"""
)

STATS_CLASSES = (
    PREFIX
    + """SELECT ?cls (COUNT(DISTINCT ?x) AS ?n) WHERE {
  ?x a ?cls . FILTER(STRSTARTS(STR(?cls), STR(gk:)) || ?cls = skos:Concept)
} GROUP BY ?cls ORDER BY DESC(?n)"""
)
