"""Everything a question's words are matched against, read once per state of the store.

Kinds of organization and of activity, concepts and relations come from the ontology's Turtle files
(`ontology.class_labels`, `concept_labels`, `property_labels`, `class_parents`), in Chinese and
English with their altLabels. Organizations and activities come from the store: a few bulk scans
(types, labels, altLabels, categories) joined here, which on a million triples is far cheaper than
one query that joins them with class paths.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from graph import Store, select, text
from graph.queries import PREFIX
from ontology import class_labels, class_parents, concept_labels, property_labels

from .lexicon import GK, GKC, Names, Term, local_name, norm, sparql_iri

__all__ = ["Vocabulary", "vocabulary"]


@dataclass
class Vocabulary:
    """The names of kinds, practices, relations and of the store's organizations and activities."""

    kinds: Names  # classes of organization
    activity_kinds: Names  # classes of activity
    concepts: Names  # the concept scheme
    relations: Names  # the ontology's properties
    organizations: Names
    activities: Names
    parents: dict[str, set[str]] = field(default_factory=dict)  # class -> its superclasses and itself
    broader: dict[str, set[str]] = field(default_factory=dict)  # concept -> its broader concepts and itself
    categories: dict[str, set[str]] = field(default_factory=dict)  # activity -> its concepts
    memo: dict[str, Any] = field(default_factory=dict)  # answers derived once per store state (help examples)

    def entity(self, iri: str) -> Term | None:
        """An organization or activity of the store by IRI."""
        return self.organizations.by_iri.get(iri) or self.activities.by_iri.get(iri)

    def class_label(self, cls: str | None) -> str | None:
        """The Chinese label of a class of the ontology."""
        term = (self.kinds.by_iri.get(cls) or self.activity_kinds.by_iri.get(cls)) if cls else None
        return term.label if term else None

    def classes_under(self, cls: str) -> list[str]:
        """A class and all its subclasses."""
        return sorted(c for c, above in self.parents.items() if cls in above)

    def concepts_under(self, concept: str) -> list[str]:
        """A concept and all its narrower concepts."""
        return sorted(c for c, above in self.broader.items() if concept in above)

    def in_category(self, activity: str, concept: str) -> bool:
        """Whether an activity has the concept, or a narrower one, among its categories."""
        return any(concept in self.broader.get(c, {c}) for c in self.categories.get(activity, ()))

    def is_administrative(self, iri: str) -> bool:
        """Whether an organization is an administrative unit (a place), not a body of one."""
        term = self.organizations.by_iri.get(iri)
        return bool(term and term.cls and GK + "AdministrativeUnit" in self.parents.get(term.cls, ()))


def _closure(tree: dict[str, list[str]], start: str) -> set[str]:
    """`start` and everything above it in a child -> parents tree."""
    seen, todo = {start}, [start]
    while todo:
        for parent in tree.get(todo.pop(), []):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def _term(iri: str, zh: str, en: str, alts: Iterable[str]) -> Term:
    return Term(iri, zh or en, en or None, None, tuple(sorted({norm(x) for x in (zh, en, *alts) if x})))


@lru_cache(maxsize=1)
def _ontology() -> tuple[dict[str, list[Term]], dict[str, set[str]], dict[str, set[str]]]:
    """Kinds, activity kinds, concepts and relations; each class's superclasses; each concept's broader."""
    tree = {GK + child: [GK + parent] for child, parent in class_parents().items()}
    parents = {GK + name: _closure(tree, GK + name) for name in class_labels()}
    concepts = concept_labels()
    broader_tree = {GKC + name: [GKC + b for b in c["broader"]] for name, c in concepts.items()}
    broader = {GKC + name: _closure(broader_tree, GKC + name) for name in concepts}
    slots: dict[str, list[Term]] = {"kinds": [], "activity_kinds": [], "concepts": [], "relations": []}
    for name, c in class_labels().items():
        above = parents[GK + name]
        slot = "kinds" if GK + "Organization" in above else ""
        slot = slot or ("activity_kinds" if GK + "Activity" in above else "")
        if slot:
            slots[slot].append(_term(GK + name, c["zh"], c["en"], c["alt"]))
    for name, k in concepts.items():
        slots["concepts"].append(_term(GKC + name, k["zh"], k["en"], [*k["alt_en"], *k["alt_zh"]]))
    for name, r in property_labels().items():
        slots["relations"].append(_term(GK + name, r["zh"], r["en"], r["alt"]))
    return slots, parents, broader


_TYPES = PREFIX + "SELECT DISTINCT ?x ?class WHERE {{ VALUES ?class {{ {classes} }} ?x a ?class }}"
_LABELS = PREFIX + "SELECT DISTINCT ?x ?label WHERE { ?x rdfs:label ?label }"
_ALT_LABELS = PREFIX + "SELECT DISTINCT ?x ?label WHERE { ?x skos:altLabel ?label }"
_CATEGORIES = PREFIX + "SELECT DISTINCT ?x ?concept WHERE { ?x gk:category ?concept }"


@dataclass
class _Names:
    """Labels of one entity as they arrive."""

    zh: list[str] = field(default_factory=list)
    en: list[str] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)

    def term(self, iri: str, parents: dict[str, set[str]]) -> Term:
        zh, en = sorted(self.zh, key=lambda x: (len(x), x)), sorted(self.en, key=lambda x: (len(x), x))
        # the most specific class is the one with the most superclasses
        cls = max(sorted(self.classes), key=lambda c: len(parents.get(c, ())), default=None)
        return Term(
            iri,
            zh[0] if zh else en[0] if en else local_name(iri),
            en[0] if en else None,
            cls,
            tuple(sorted(self.forms)),
        )


def _entities(store: Store, parents: dict[str, set[str]]) -> tuple[list[Term], list[Term]]:
    """The store's organizations and activities with their labels and most specific classes."""
    wanted = sorted(c for c, above in parents.items() if above & {GK + "Organization", GK + "Activity"})
    found: dict[str, _Names] = {}
    for row in select(store, _TYPES.format(classes=" ".join(sparql_iri(c) for c in wanted))):
        found.setdefault(text(row["x"]), _Names()).classes.add(text(row["class"]))
    for query, preferred in ((_LABELS, True), (_ALT_LABELS, False)):
        for row in select(store, query):
            names, label = found.get(text(row["x"])), row["label"]
            if names is None or not isinstance(label, ox.Literal):
                continue
            names.forms.add(norm(label.value))
            if preferred:
                lang = (label.language or "zh").split("-")[0]
                (names.en if lang == "en" else names.zh).append(label.value)
    organizations: list[Term] = []
    activities: list[Term] = []
    for iri, names in found.items():
        term = names.term(iri, parents)
        is_org = term.cls is not None and GK + "Organization" in parents.get(term.cls, ())
        (organizations if is_org else activities).append(term)
    return organizations, activities


_cache: weakref.WeakKeyDictionary[object, tuple[Hashable, Vocabulary]] = weakref.WeakKeyDictionary()


def vocabulary(store: Store) -> Vocabulary:
    """The vocabulary for questions to `store`, rebuilt when its content changed.

    A WatchedStore's stamp says cheaply when; for another store, its list of graphs stands in.
    Raises StoreError when the store fails.
    """
    stamp_of = getattr(store, "stamp", None)
    stamp: Hashable = stamp_of() if callable(stamp_of) else tuple(store.graphs())
    cached = _cache.get(store)
    if cached and cached[0] == stamp:
        return cached[1]
    slots, parents, broader = _ontology()
    organizations, activities = _entities(store, parents)
    categories: dict[str, set[str]] = {}
    for row in select(store, _CATEGORIES):
        categories.setdefault(text(row["x"]), set()).add(text(row["concept"]))
    vocab = Vocabulary(
        **{slot: Names(terms) for slot, terms in slots.items()},
        organizations=Names(organizations),
        activities=Names(activities),
        parents=parents,
        broader=broader,
        categories=categories,
        memo={},
    )
    with contextlib.suppress(TypeError):  # a store that cannot be weakly referenced is simply not cached
        _cache[store] = (stamp, vocab)
    return vocab
