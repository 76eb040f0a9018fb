"""The words a question may use and what they name: kinds of organization, practices, things in the store.

Kinds and practices come from the ontology (class labels, the SKOS concept scheme's prefLabels and
altLabels, in Chinese and English); organizations and activities come from the store's own labels.
Matching is deterministic: exact name first, then a short form (a prefix of a name), then a part of a
name, so "Nanle" finds "Nanle County" and 网格化 finds 网格化治理.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
import weakref
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

from graph import Store, select
from graph import Term as Term_
from ontology import class_labels, class_parents, concept_labels, property_labels

__all__ = [
    "GK", "GKC", "PREFIXES", "Match", "Names", "Term", "Vocabulary",
    "local_name", "norm", "value", "vocabulary",
]

GK = "https://w3id.org/govkg/ontology#"
GKC = "https://w3id.org/govkg/concept/"

PREFIXES = """PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX gkc: <https://w3id.org/govkg/concept/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

_DROP = str.maketrans("", "", "“”‘’\"'《》〈〉「」『』`")
_ARTICLES = re.compile(r"^(?:the|a|an|all|any)\s+")


def norm(text: str) -> str:
    """The form names are compared in: NFKC, lower case, no quote marks, single spaces.

    >>> norm("“头雁领航”工程"), norm("  Nanle   County "), norm("县（市、区）")
    ('头雁领航工程', 'nanle county', '县(市、区)')
    """
    text = unicodedata.normalize("NFKC", text).translate(_DROP).lower()
    return re.sub(r"\s+", " ", text).strip()


def value(term: Term_) -> str:
    """The lexical value of a result term (a quoted triple, which questions never meet, as N-Triples)."""
    return str(term) if isinstance(term, ox.Triple) else term.value


def local_name(iri: str) -> str:
    """The last segment of an IRI: gk:County -> "County"."""
    return re.split(r"[#/]", iri)[-1]


def _is_ascii_word(text: str) -> bool:
    return text.isascii()


@dataclass(frozen=True)
class Term:
    """A class, concept or entity, with its display labels and every normalized name it goes by."""

    iri: str
    label: str
    label_en: str | None = None
    cls: str | None = None  # the most specific class IRI of an entity; None for classes and concepts
    forms: tuple[str, ...] = ()

    def brief(self) -> dict[str, str | None]:
        """The JSON shape of a term in answers: iri and both labels."""
        return {"iri": self.iri, "label": self.label, "label_en": self.label_en}


@dataclass(frozen=True)
class Match:
    """The terms some words name, and how well: 0 exact, 1 short form, 2 part of a name."""

    terms: tuple[Term, ...]
    level: int
    text: str

    @property
    def best(self) -> Term:
        return self.terms[0]


class Names:
    """An index from normalized names to terms.

    >>> n = Names([Term("urn:x", "南乐县", "Nanle County", forms=("南乐县", "nanle county"))])
    >>> n.find("Nanle").best.label, n.find("南乐").level, n.find("北京") is None
    ('南乐县', 1, True)
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        self.terms = list(terms)
        self.by_iri = {t.iri: t for t in self.terms}
        self._exact: dict[str, list[Term]] = {}
        for term in self.terms:
            for form in term.forms:
                bucket = self._exact.setdefault(form, [])
                if term not in bucket:
                    bucket.append(term)

    def __len__(self) -> int:
        return len(self.terms)

    def exact(self, text: str) -> list[Term]:
        return list(self._exact.get(norm(text), []))

    def find(self, text: str, *, within: bool = False, loose: bool = True) -> Match | None:
        """The best-named terms for `text`: exact, else a name it begins, else (loose) a name containing it.

        `within` also accepts a name found inside `text` ("the grid governance approach"), longest first.
        """
        key = _ARTICLES.sub("", norm(text))
        if not key:
            return None
        if key in self._exact:
            return Match(tuple(self._exact[key]), 0, text)
        ascii_key = _is_ascii_word(key)
        if len(key) < (3 if ascii_key else 2):
            return None
        prefixed = [
            (len(form), term)
            for form, terms in self._exact.items()
            if form.startswith(key) and (not ascii_key or form[len(key) : len(key) + 1] in (" ", "-"))
            for term in terms
        ]
        if prefixed:
            return Match(_ranked(prefixed), 1, text)
        if not loose:
            return None
        inside = [(len(form), term) for form, terms in self._exact.items() if key in form for term in terms]
        if within:
            inside += [
                (-len(form), term)
                for form, terms in self._exact.items()
                if len(form) >= (3 if _is_ascii_word(form) else 2) and form in key and _bounded(form, key)
                for term in terms
            ]
        return Match(_ranked(inside), 2, text) if inside else None


def _bounded(form: str, text: str) -> bool:
    """An English name must sit on word boundaries inside the text; a Chinese one anywhere."""
    if not _is_ascii_word(form):
        return True
    return re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", text) is not None


def _ranked(scored: list[tuple[int, Term]]) -> tuple[Term, ...]:
    """Terms by score (shorter name first), each once."""
    seen: dict[str, Term] = {}
    for _, term in sorted(scored, key=lambda st: (st[0], st[1].label, st[1].iri)):
        seen.setdefault(term.iri, term)
    return tuple(seen.values())


@dataclass
class Vocabulary:
    """Everything a question's words are matched against."""

    kinds: Names  # classes of organization
    activity_kinds: Names  # classes of activity
    concepts: Names  # the concept scheme
    relations: Names  # the ontology's object properties, for labelling path steps
    organizations: Names
    activities: Names
    parents: dict[str, set[str]] = field(default_factory=dict)  # class IRI -> its superclasses (and itself)

    def entity(self, iri: str) -> Term | None:
        """An organization or activity of the store by IRI."""
        return self.organizations.by_iri.get(iri) or self.activities.by_iri.get(iri)

    def class_label(self, cls: str | None) -> str | None:
        """The Chinese label of a class of the ontology."""
        term = (self.kinds.by_iri.get(cls) or self.activity_kinds.by_iri.get(cls)) if cls else None
        return term.label if term else None

    def activity_label_en(self, iri: str) -> str | None:
        term = self.activities.by_iri.get(iri)
        return term.label_en if term else None

    def is_administrative(self, iri: str) -> bool:
        """Whether an organization is an administrative unit (a place), not a body of one."""
        term = self.organizations.by_iri.get(iri)
        return bool(term and term.cls and GK + "AdministrativeUnit" in self.parents.get(term.cls, ()))


def _terms(rows: list[dict[str, Term_]], parents: dict[str, set[str]]) -> dict[str, dict[str, Term]]:
    """Group the store's label rows into entity terms: "organizations" and "activities"."""
    acc: dict[tuple[str, str], _Slot] = {}
    for row in rows:
        where = "organizations" if local_name(value(row["group"])) == "Organization" else "activities"
        slot = acc.setdefault((where, value(row["x"])), _Slot())
        slot.classes.add(value(row["cls"]))
        literal = row.get("l") or row.get("alt")
        if isinstance(literal, ox.Literal):
            slot.add(literal, preferred="l" in row)
    out: dict[str, dict[str, Term]] = {}
    for (where, iri), slot in acc.items():
        out.setdefault(where, {})[iri] = slot.term(iri, parents)
    return out


@dataclass
class _Slot:
    """Labels of one IRI as they arrive, row by row."""

    zh: list[str] = field(default_factory=list)
    en: list[str] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)

    def add(self, literal: ox.Literal, *, preferred: bool) -> None:
        self.forms.add(norm(literal.value))
        if preferred:
            lang = (literal.language or "zh").split("-")[0]
            (self.en if lang == "en" else self.zh).append(literal.value)

    def term(self, iri: str, parents: dict[str, set[str]]) -> Term:
        zh, en = sorted(self.zh, key=lambda x: (len(x), x)), sorted(self.en, key=lambda x: (len(x), x))
        label = zh[0] if zh else en[0] if en else local_name(iri)
        # the most specific class: the one with the most superclasses
        cls = max(sorted(self.classes), key=lambda c: len(parents.get(c, ())), default=None)
        return Term(iri, label, en[0] if en else None, cls, tuple(sorted(self.forms)))


@lru_cache(maxsize=1)
def _ontology() -> tuple[dict[str, list[Term]], dict[str, set[str]]]:
    """Kinds, activity kinds, concepts and relations with their labels, and each class's superclasses."""
    tree = class_parents()
    parents: dict[str, set[str]] = {}
    for name in class_labels():
        chain, at = {GK + name}, name
        while at in tree and GK + tree[at] not in chain:
            at = tree[at]
            chain.add(GK + at)
        parents[GK + name] = chain

    def term(iri: str, zh: str, en: str, alts: Iterable[str]) -> Term:
        return Term(iri, zh or en, en or None, None, tuple(sorted({norm(x) for x in (zh, en, *alts) if x})))

    slots: dict[str, list[Term]] = {"kinds": [], "activity_kinds": [], "concepts": [], "relations": []}
    for name, c in class_labels().items():
        iri = GK + name
        slot = "kinds" if GK + "Organization" in parents[iri] else "activity_kinds" if (
            GK + "Activity" in parents[iri]) else None
        if slot:
            slots[slot].append(term(iri, c["zh"], c["en"], c["alt"]))
    for name, k in concept_labels().items():
        slots["concepts"].append(term(GKC + name, k["zh"], k["en"], [*k["alt_en"], *k["alt_zh"]]))
    for name, r in property_labels().items():
        slots["relations"].append(term(GK + name, r["zh"], r["en"], r["alt"]))
    return slots, parents


_ENTITIES = PREFIXES + """
SELECT ?x ?group ?cls ?l ?alt WHERE {
  VALUES ?group { gk:Organization gk:Initiative gk:Mechanism }
  ?x a ?cls . ?cls rdfs:subClassOf* ?group .
  { ?x rdfs:label ?l } UNION { ?x skos:altLabel ?alt }
}
"""

_cache: weakref.WeakKeyDictionary[object, tuple[Hashable, Vocabulary]] = weakref.WeakKeyDictionary()


def vocabulary(store: Store) -> Vocabulary:
    """The vocabulary for questions to `store`, rebuilt when its content changed (stamp) or its graphs did."""
    stamp_of = getattr(store, "stamp", None)  # a WatchedStore knows cheaply when its content changed
    stamp: Hashable = stamp_of() if callable(stamp_of) else tuple(store.graphs())
    cached = _cache.get(store)
    if cached and cached[0] == stamp:
        return cached[1]
    slots, parents = _ontology()
    entities = _terms(select(store, _ENTITIES), parents)
    vocab = Vocabulary(
        **{slot: Names(terms) for slot, terms in slots.items()},
        organizations=Names(entities.get("organizations", {}).values()),
        activities=Names(entities.get("activities", {}).values()),
        parents=parents,
    )
    with contextlib.suppress(TypeError):  # a store that cannot be weakly referenced is simply not cached
        _cache[store] = (stamp, vocab)
    return vocab
