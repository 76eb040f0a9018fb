"""The last stage: a finished Document becomes RDF triples under the govkg ontology.

IRIs are minted from stable keys (division codes, canonical names, a hash of the document text), so
reloading the same text gives the same triples, and the same organization in two documents is one node.

Activities are occurrences before identities: each document's activity is a node of its own (its IRI
joins the document's id and the activity's key), with the categories its own document gave it. What
documents share is a separate node, the gk:Practice of the same normalised name, which each occurrence
points to with gk:practice; the practice carries no category, so a category read in one document never
reaches an organization of another. `graph.queries.ADOPTIONS` is the query that follows both links.

Every entity, relation and metric points to the passages it was read from (prov:wasDerivedFrom);
a relation's provenance sits on its rdf:Statement reification, the form every RDF tool reads.

The triples are written as N-Triples lines, the terms formatted as Oxigraph's serializer writes them
(`emit_lines`): a load writes those lines, and building a pyoxigraph term for each of ~4,000 triples a
document cost three times as much. `emit` parses them into pyoxigraph triples for everyone else.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import quote

import pyoxigraph as ox

from ontology import DCTERMS, GK, GKC, PROV, SKOS

from .activities.parts import ACTIVITY_CLASSES
from .document import Document, Entity
from .fingerprint import rules_name

__all__ = [
    "DEFAULT_BASE",
    "RULES",
    "document_graph",
    "document_id",
    "emit",
    "emit_lines",
    "entity_iri",
    "occurrence_key",
]

DEFAULT_BASE = "https://w3id.org/govkg/id/"
RULES = rules_name("govkg.rules.v2")  # v2: an activity is minted per document, its practice shared

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NOT_IN_IRI = re.compile('[\x00-\x20<>"{}|^`\\\\\x7f]')


def _n(iri: str) -> str:
    """An IRI as N-Triples writes it; one holding a character no IRI may hold raises ValueError, as
    pyoxigraph's NamedNode does (it is asked then, for its message)."""
    if _NOT_IN_IRI.search(iri):
        ox.NamedNode(iri)
    return f"<{iri}>"


A = _n(_RDF + "type")
LABEL = _n(_RDFS + "label")
ALT = _n(SKOS + "altLabel")
DERIVED = _n(PROV + "wasDerivedFrom")
PART_OF_DOC = _n(DCTERMS + "isPartOf")
START, END, TEXT = _n(GK + "start"), _n(GK + "end"), _n(GK + "text")
DECIMAL, INTEGER = _n(_XSD + "decimal"), _n(_XSD + "integer")
_ESCAPED = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')  # what Oxigraph's N-Triples writer escapes


def document_id(doc: Document) -> str:
    """A stable id for a document: the hash of its text, so the same text loads into the same graph.

    >>> from pathlib import Path
    >>> a = document_id(Document(path=Path("a.txt"), text="南乐县"))
    >>> a == document_id(Document(path=Path("b/c.txt"), text="南乐县")), len(a)
    (True, 18)
    """
    return _text_id(doc.text)


@lru_cache(maxsize=4)
def _text_id(text: str) -> str:
    """Hashed once per text: extraction asks for the id of a long text hundreds of times (a str keeps its hash)."""
    return "d-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def entity_iri(base: str, key: str) -> str:
    """The IRI of an entity key ("place/410923", "org/南乐县委"), ASCII-safe for every RDF tool.

    >>> entity_iri("https://w3id.org/govkg/id/", "org/县委")
    'https://w3id.org/govkg/id/org/%E5%8E%BF%E5%A7%94'
    """
    return base + quote(key, safe="/")


def occurrence_key(doc_id: str, ent: Entity) -> str:
    """The key an entity's IRI is minted from: an activity's is its document's own, anything else is shared.

    >>> occurrence_key("d-1", Entity("activity/双报到", "“双报到”活动", "Initiative"))
    'activity/d-1/双报到'
    >>> occurrence_key("d-1", Entity("place/410923", "南乐县", "County"))
    'place/410923'
    """
    if ent.cls in ACTIVITY_CLASSES and ent.key.startswith("activity/"):
        return f"activity/{doc_id}/{ent.key.removeprefix('activity/')}"
    return ent.key


def _practice_key(ent: Entity) -> str | None:
    """The key of the practice an activity is an occurrence of: its normalised name, the same in every document."""
    if ent.cls in ACTIVITY_CLASSES and ent.key.startswith("activity/"):
        return "practice/" + ent.key.removeprefix("activity/")
    return None


def document_graph(base: str, doc_id: str) -> str:
    """The named graph that holds everything read from one document."""
    return f"{base}graph/{doc_id}"


def _lit(text: str, lang: str | None = None) -> str:
    r"""A literal as Oxigraph writes it: plain text as it is, text to escape by Oxigraph itself.

    >>> _lit("南乐县", "zh"), _lit('"双报到"'), _lit("甲\n乙")
    ('"南乐县"@zh', '"\\"双报到\\""', '"甲\\n乙"')
    """
    if _ESCAPED.search(text):
        return str(ox.Literal(text, language=lang) if lang else ox.Literal(text))
    return f'"{text}"@{lang}' if lang else f'"{text}"'


def _typed(value: str, datatype: str) -> str:
    return f"{_lit(value)}^^{datatype}"


def _int(n: int) -> str:
    return f'"{n}"^^{INTEGER}'


def _triple(subject: str, predicate: str, obj: str) -> str:
    return f"{subject} {predicate} {obj} .\n"


def emit(doc: Document, base: str = DEFAULT_BASE) -> Iterator[ox.Triple]:
    """The triples of one document (`emit_lines` read back as pyoxigraph triples, repeats included).

    >>> from pathlib import Path
    >>> next(emit(Document(path=Path("a.txt"), text="南乐县"))).object
    <NamedNode value=https://w3id.org/govkg/ontology#Document>
    """
    for quad in ox.parse("".join(emit_lines(doc, base)), format=ox.RdfFormat.N_TRIPLES):
        yield quad.triple


def emit_lines(doc: Document, base: str = DEFAULT_BASE) -> Iterator[str]:
    """The N-Triples lines of one document: metadata, passages, mentions, entities, relations, metrics.

    Raises ValueError if `base` makes no valid IRI.
    """
    doc_id = document_id(doc)
    doc_iri = str(ox.NamedNode(f"{base}doc/{doc_id}"))  # checks the base, which every IRI below starts with
    T = _triple

    yield T(doc_iri, A, _n(GK + "Document"))
    yield T(doc_iri, _n(DCTERMS + "identifier"), _lit(doc.name))
    yield T(doc_iri, _n(DCTERMS + "format"), _lit(doc.media_type))
    yield T(doc_iri, _n(GK + "extractor"), _lit(RULES))
    yield T(doc_iri, _n(GK + "length"), _int(len(doc.text)))
    for prop, value in (("title", doc.title), ("source", doc.source)):
        if value:
            yield T(doc_iri, _n(DCTERMS + prop), _lit(value))
    if doc.date:  # a full date, or the year alone that a title gives; its source beside it
        kind = "date" if len(doc.date) == 10 else "gYear"
        yield T(doc_iri, _n(DCTERMS + "date"), _typed(doc.date, _n(_XSD + kind)))
        if doc.date_source:
            yield T(doc_iri, _n(GK + "dateSource"), _lit(doc.date_source))
    if doc.title:
        yield T(doc_iri, LABEL, _lit(doc.title, "zh"))

    passage_iris = [_n(f"{base}doc/{doc_id}/p{i}") for i in range(len(doc.passages))]
    for i, p in enumerate(doc.passages):
        it = passage_iris[i]
        yield T(it, A, _n(GK + "Passage"))
        yield T(it, TEXT, _lit(doc.text[p.start : p.end]))
        yield T(it, START, _int(p.start))
        yield T(it, END, _int(p.end))
        yield T(it, PART_OF_DOC, doc_iri)

    iris = {key: _n(entity_iri(base, occurrence_key(doc_id, ent))) for key, ent in doc.entities.items()}
    for r_index, report in enumerate(doc.reports):
        it = _n(f"{base}doc/{doc_id}/r{r_index}")
        yield T(it, A, _n(GK + "Report"))
        yield T(it, _n(DCTERMS + "title"), _lit(report.title, "zh"))
        yield T(it, START, _int(report.start))
        yield T(it, END, _int(report.end))
        yield T(it, PART_OF_DOC, doc_iri)
        if report.subject in iris:
            yield T(it, _n(DCTERMS + "subject"), iris[report.subject])

    for key, ent in doc.entities.items():
        it = iris[key]
        yield T(it, A, _n(GK + ent.cls))
        yield T(it, LABEL, _lit(ent.label, "zh"))
        if ent.label_en:
            yield T(it, LABEL, _lit(ent.label_en, "en"))
        for alt in sorted(ent.alt_labels - {ent.label}):
            yield T(it, ALT, _lit(alt, "en" if alt.isascii() else "zh"))
        if ent.code:
            yield T(it, _n(GK + "code"), _lit(ent.code))
        for concept in sorted(ent.categories):
            yield T(it, _n(GK + "category"), _n(GKC + concept))
        for index in sorted(set(ent.passages)):
            yield T(it, DERIVED, passage_iris[index])
        practice = _practice_key(ent)
        if practice is not None:  # the identity across documents: a name, never a category
            shared = _n(entity_iri(base, practice))
            yield T(it, _n(GK + "practice"), shared)
            yield T(shared, A, _n(GK + "Practice"))
            yield T(shared, LABEL, _lit(practice.removeprefix("practice/"), "zh"))

    for m_index, m in enumerate(doc.mentions):
        if m.key not in iris:
            continue
        it = _n(f"{base}doc/{doc_id}/m{m_index}")
        yield T(it, A, _n(GK + "Mention"))
        yield T(it, _n(GK + "mentionOf"), iris[m.key])
        yield T(it, START, _int(m.start))
        yield T(it, END, _int(m.end))
        yield T(it, PART_OF_DOC, doc_iri)

    seen: set[tuple[str, str, str]] = set()
    for rel in doc.relations:
        if rel.subject not in iris or rel.object not in iris:
            continue
        yield T(iris[rel.subject], _n(GK + rel.predicate), iris[rel.object])
        if rel.passage is None or (rel.subject, rel.predicate, rel.object) in seen:
            continue
        seen.add((rel.subject, rel.predicate, rel.object))
        digest = hashlib.sha1(f"{rel.subject}|{rel.predicate}|{rel.object}".encode()).hexdigest()[:16]
        st = _n(f"{base}doc/{doc_id}/s-{digest}")
        yield T(st, A, _n(_RDF + "Statement"))
        yield T(st, _n(_RDF + "subject"), iris[rel.subject])
        yield T(st, _n(_RDF + "predicate"), _n(GK + rel.predicate))
        yield T(st, _n(_RDF + "object"), iris[rel.object])
        yield T(st, DERIVED, passage_iris[rel.passage])

    for k, met in enumerate(doc.metrics):
        if met.subject not in iris:
            continue
        it = _n(f"{base}metric/{doc_id}-{k}")
        yield T(it, A, _n(GK + "Metric"))
        yield T(iris[met.subject], _n(GK + "reports"), it)
        yield T(it, _n(GK + "value"), _typed(format(met.value, "f"), DECIMAL))
        yield T(it, _n(GK + "unit"), _lit(met.unit))
        yield T(it, _n(GK + "measure"), _lit(met.measure, "zh"))
        label = " ".join(x for x in (met.period, met.measure, f"{met.value.normalize():f}{met.unit}") if x)
        yield T(it, LABEL, _lit(label, "zh"))
        if met.period:
            yield T(it, _n(GK + "period"), _lit(met.period))
        if met.about in iris:
            yield T(it, _n(GK + "about"), iris[met.about])
        yield T(it, START, _int(met.start))
        yield T(it, END, _int(met.end))
        yield T(it, DERIVED, passage_iris[met.passage])
