"""Labels, keywords and the class tree read from the Turtle files, for extraction and question parsing.

The Turtle files are the single source: nothing here repeats a label. Each reader parses its file once
(pyoxigraph, a few milliseconds) and caches the result, so the extractor can call `concept_keywords()`
at import time.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import TypedDict

import pyoxigraph as ox

from ontology.files import concepts_path, ontology_path
from ontology.namespaces import GK, GKC, OWL, RDF, RDFS, SKOS

__all__ = [
    "ClassLabels",
    "ConceptLabels",
    "class_labels",
    "class_parents",
    "concept_keywords",
    "concept_labels",
    "concepts_in",
    "normalize",
    "property_labels",
]

_MIN_KEYWORD = 2  # one-character keywords fire on everything
_DROP = dict.fromkeys(map(ord, "“”‘’\"'「」『』《》〈〉()（）[]【】〔〕<> \t\r\n\u3000"))


class ConceptLabels(TypedDict):
    en: str
    zh: str
    alt_en: list[str]
    alt_zh: list[str]
    broader: list[str]
    definition: str


class ClassLabels(TypedDict):
    en: str
    zh: str
    alt: list[str]
    alt_en: list[str]
    alt_zh: list[str]
    comment: str


_Statements = dict[str, dict[str, list[ox.NamedNode | ox.Literal | ox.BlankNode]]]


def _statements(path: Path) -> _Statements:
    """subject IRI -> predicate IRI -> objects, for the named subjects of one Turtle file."""
    out: _Statements = defaultdict(lambda: defaultdict(list))
    for quad in ox.parse(path=path, format=ox.RdfFormat.TURTLE):
        if isinstance(quad.subject, ox.NamedNode):
            out[quad.subject.value][quad.predicate.value].append(quad.object)
    return out


def _texts(objects: list[ox.NamedNode | ox.Literal | ox.BlankNode], lang: str | None = None) -> list[str]:
    return [
        o.value
        for o in objects
        if isinstance(o, ox.Literal) and (lang is None or (o.language or "").split("-")[0] == lang)
    ]


def _first(objects: list[ox.NamedNode | ox.Literal | ox.BlankNode], lang: str) -> str:
    texts = _texts(objects, lang)
    return texts[0] if texts else ""


def _local(iri: str, namespace: str) -> str | None:
    return iri[len(namespace) :] if iri.startswith(namespace) else None


def normalize(text: str) -> str:
    """The form keywords are matched in: NFKC, without quotes, brackets or white space.

    >>> normalize("“五星”支部创建")
    '五星支部创建'
    """
    return unicodedata.normalize("NFKC", text).translate(_DROP)


@cache
def concept_labels() -> dict[str, ConceptLabels]:
    """Concept local name -> its labels, definition and broader concepts (local names).

    >>> concept_labels()["GridGovernance"]["en"]
    'grid governance'
    >>> concept_labels()["DualReporting"]["zh"]
    '双报到'
    """
    out: dict[str, ConceptLabels] = {}
    for iri, props in _statements(concepts_path()).items():
        name = _local(iri, GKC)
        if name is None or ox.NamedNode(SKOS + "Concept") not in props.get(RDF + "type", []):
            continue
        out[name] = ConceptLabels(
            en=_first(props[SKOS + "prefLabel"], "en"),
            zh=_first(props[SKOS + "prefLabel"], "zh"),
            alt_en=_texts(props.get(SKOS + "altLabel", []), "en"),
            alt_zh=_texts(props.get(SKOS + "altLabel", []), "zh"),
            broader=[
                b
                for o in props.get(SKOS + "broader", [])
                if isinstance(o, ox.NamedNode) and (b := _local(o.value, GKC)) is not None
            ],
            definition=_first(props.get(SKOS + "definition", []), "en"),
        )
    return out


@cache
def concept_keywords() -> list[tuple[str, str]]:
    """(Chinese keyword, concept local name) pairs, longest keyword first.

    Keywords are the Chinese prefLabel and altLabels of each concept, in `normalize`d form, at least two
    characters long. Match them against a normalized activity name, longest first, without overlaps
    (`concepts_in` does exactly that).

    >>> ("网格化管理", "GridGovernance") in concept_keywords()
    True
    >>> len(concept_keywords()[0][0]) >= len(concept_keywords()[-1][0])
    True
    """
    pairs = {
        (normalize(word), name)
        for name, labels in concept_labels().items()
        for word in (labels["zh"], *labels["alt_zh"])
        if len(normalize(word)) >= _MIN_KEYWORD
    }
    return sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0], pair[1]))


def concepts_in(text: str) -> list[str]:
    """Concepts whose keywords occur in `text`, in order of first occurrence.

    Longer keywords win over the shorter ones they contain ("微党校" is political study, not the
    "党校" of cadre training); quotes and brackets are ignored.

    >>> concepts_in("“党建引领、多网合一”网格化管理智慧平台")
    ['PartyBuilding', 'GridGovernance', 'DigitalGovernance']
    >>> concepts_in("开展“双报到”活动")
    ['DualReporting']
    >>> concepts_in("")
    []
    """
    norm = normalize(text)
    taken = [False] * len(norm)
    found: list[tuple[int, str]] = []
    for word, name in concept_keywords():
        start = norm.find(word)
        while start >= 0:
            end = start + len(word)
            if not any(taken[start:end]):
                taken[start:end] = [True] * len(word)
                found.append((start, name))
            start = norm.find(word, start + 1)
    seen: dict[str, None] = {}
    for _, name in sorted(found):
        seen.setdefault(name, None)
    return list(seen)


def _gk_terms(kind: str) -> dict[str, dict[str, list[ox.NamedNode | ox.Literal | ox.BlankNode]]]:
    kinds = {ox.NamedNode(OWL + k) for k in kind.split()}
    return {
        name: props
        for iri, props in _statements(ontology_path()).items()
        if (name := _local(iri, GK)) is not None and kinds & set(props.get(RDF + "type", []))
    }


def _term_labels(props: dict[str, list[ox.NamedNode | ox.Literal | ox.BlankNode]]) -> ClassLabels:
    alts = props.get(SKOS + "altLabel", [])
    return ClassLabels(
        en=_first(props[RDFS + "label"], "en"),
        zh=_first(props[RDFS + "label"], "zh"),
        alt=_texts(alts),
        alt_en=_texts(alts, "en"),
        alt_zh=_texts(alts, "zh"),
        comment=_first(props.get(RDFS + "comment", []), "en"),
    )


@cache
def class_labels() -> dict[str, ClassLabels]:
    """gk: class local name -> English and Chinese label, alternative labels (both languages), comment.

    >>> class_labels()["County"]["en"], class_labels()["County"]["zh"]
    ('county', '县')
    >>> "counties" in class_labels()["County"]["alt"]
    True
    """
    return {name: _term_labels(props) for name, props in _gk_terms("Class").items()}


@cache
def property_labels() -> dict[str, ClassLabels]:
    """gk: property local name -> labels, in the same shape as `class_labels`.

    >>> property_labels()["partOf"]["zh"]
    '隶属于'
    """
    return {name: _term_labels(props) for name, props in _gk_terms("ObjectProperty DatatypeProperty").items()}


@cache
def class_parents() -> dict[str, str]:
    """The subclass tree among gk: classes: child local name -> parent local name.

    >>> class_parents()["County"]
    'CountyLevelDivision'
    >>> class_parents()["PolicyDocument"]
    'Mechanism'
    >>> "Organization" in class_parents()
    False
    """
    out: dict[str, str] = {}
    for name, props in _gk_terms("Class").items():
        parents = [
            p
            for o in props.get(RDFS + "subClassOf", [])
            if isinstance(o, ox.NamedNode) and (p := _local(o.value, GK)) is not None
        ]
        if parents:
            out[name] = parents[0]
    return out
