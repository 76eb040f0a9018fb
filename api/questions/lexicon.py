"""Names and how question words are matched to them: exact, then a short form, then a part of a name.

Matching is deterministic: exact name first, then a short form (a prefix of a name), then a part of a
name, so "Nanle" finds "Nanle County" and 网格化 finds 网格化治理. `vocabulary` fills the indexes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
import snowballstemmer

__all__ = ["GK", "GKC", "Match", "Names", "Term", "local_name", "norm", "sparql_iri", "stems"]

GK = "https://w3id.org/govkg/ontology#"
GKC = "https://w3id.org/govkg/concept/"

_DROP = str.maketrans("", "", "“”‘’\"'《》〈〉「」『』`")
_ARTICLES = re.compile(r"^(?:the|a|an|all|any)\s+")
_SPACES = re.compile(r"\s+")


def norm(text: str) -> str:
    """The form names are compared in: NFKC, lower case, no quote marks, single spaces.

    >>> norm("“头雁领航”工程"), norm("  Nanle   County "), norm("县（市、区）")
    ('头雁领航工程', 'nanle county', '县(市、区)')
    """
    text = unicodedata.normalize("NFKC", text).translate(_DROP).lower()
    return _SPACES.sub(" ", text).strip()


_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "to", "in", "for", "by", "with", "on", "at", "and", "or", "their", "its", "our"}
    | {"from", "into", "every", "each", "all", "any", "own", "more"}
)
_STEMMER = snowballstemmer.stemmer("english")


def stems(text: str) -> frozenset[str]:
    """The content words of an English phrase, cut to what their inflections and derivations share:
    Snowball's English stem, of which the first five letters (resolv- and resolut- share resol-).

    "recruit talent" and "talent recruitment", "resolve disputes" and "dispute resolution", "train
    cadres" and "cadre training" give the same stems, so a question may name a practice with its verb
    rather than its label's noun.

    >>> sorted(stems("recruit talent")) == sorted(stems("talent recruitment"))
    True
    >>> sorted(stems("Which districts are improving property management"))
    ['are', 'distr', 'impro', 'manag', 'prope', 'which']
    """
    return frozenset(stem_sequence(text))


def stem_sequence(text: str) -> tuple[str, ...]:
    """The stems of `stems`, in the order the phrase writes them.

    >>> stem_sequence("offer public legal services")
    ('offer', 'publi', 'legal', 'servi')
    """
    words = re.findall(r"(?:[a-z]{1,2}-)?[a-z]+", norm(text))  # co-building, e-government: one word each
    return tuple(_STEMMER.stemWord(w)[:5] for w in words if w not in _FUNCTION_WORDS and len(w) > 2)


def sparql_iri(iri: str) -> str:
    """An IRI as a query writes it: a prefixed name for ontology terms, else <…> as pyoxigraph escapes it.

    Raises ValueError for a string that is not an IRI, so only real IRIs are ever written into a query.

    >>> sparql_iri(GK + "County"), sparql_iri("https://w3id.org/govkg/id/org/%E5%8E%BF")
    ('gk:County', '<https://w3id.org/govkg/id/org/%E5%8E%BF>')
    """
    for prefix, namespace in (("gk", GK), ("gkc", GKC)):
        rest = iri[len(namespace) :]
        if iri.startswith(namespace) and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", rest):
            return f"{prefix}:{rest}"
    return str(ox.NamedNode(iri))


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
        self._stemmed: list[tuple[tuple[str, ...], Term]] | None = None

    def find_words(self, text: str) -> Match | None:
        """English names all of whose words the text holds in any order and form ("resolve disputes at the
        grassroots" holds "dispute resolution"): the name with most words first, then one whose words stand
        side by side in the text; a partial match.

        >>> public, legal = ("urn:a", "乙", "", ("public services",)), ("urn:b", "甲", "", ("legal services",))
        >>> n = Names([Term(*public[:3], forms=public[3]), Term(*legal[:3], forms=legal[3])])
        >>> n.find_words("offer legal services to the public").best.iri
        'urn:b'
        """
        if self._stemmed is None:  # built on the first English phrase only: most stores are asked few
            self._stemmed = [
                (s, t) for form, ts in self._exact.items() if form.isascii() and (s := stem_sequence(form)) for t in ts
            ]
        sequence = stem_sequence(text)
        held = frozenset(sequence)
        found: list[tuple[tuple[int, ...], Term]] = [
            ((-len(set(s)), 0 if _written_together(s, sequence) else 1), t) for s, t in self._stemmed if held >= set(s)
        ]
        return Match(_ranked(found), 2, text) if found else None

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
        prefixed: list[tuple[tuple[int, ...], Term]] = [
            ((len(form),), term)
            for form, terms in self._exact.items()
            if form.startswith(key) and (not ascii_key or form[len(key) : len(key) + 1] in (" ", "-"))
            for term in terms
        ]
        if prefixed:
            return Match(_ranked(prefixed), 1, text)
        if not loose:
            return None
        inside: list[tuple[tuple[int, ...], Term]] = [
            ((len(form),), term) for form, terms in self._exact.items() if key in form for term in terms
        ]
        if within:
            # A Chinese phrase ends on its head (党建引领物业管理 is property management that party
            # building leads): the name ending last first, then the longest; English, the longest.
            inside += [
                _head_first(form, key, ascii_key, term)
                for form, terms in self._exact.items()
                if len(form) >= (3 if _is_ascii_word(form) else 2) and form in key and _bounded(form, key)
                for term in terms
            ]
        return Match(_ranked(inside), 2, text) if inside else None


def _written_together(name: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    """Whether a name's stems stand side by side in the phrase, in its order: "legal services" in "offer
    public legal services" is, "public services" is not, so of two names as long the first is meant."""
    n = len(name)
    return any(phrase[i : i + n] == name for i in range(len(phrase) - n + 1))


def _head_first(form: str, key: str, ascii_key: bool, term: Term) -> tuple[tuple[int, ...], Term]:
    """The rank of a name found inside the words: by where it ends (Chinese) and its length."""
    end = key.rfind(form) + len(form)
    return ((-len(form), -end) if ascii_key else (-end, -len(form))), term


def _bounded(form: str, text: str) -> bool:
    """An English name must sit on word boundaries inside the text; a Chinese one anywhere."""
    if not _is_ascii_word(form):
        return True
    return re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", text) is not None


def _ranked(scored: list[tuple[tuple[int, ...], Term]]) -> tuple[Term, ...]:
    """Terms by score (lowest first: a shorter name containing the words, a longer one they contain), each once."""
    seen: dict[str, Term] = {}
    for _, term in sorted(scored, key=lambda st: (st[0], st[1].label, st[1].iri)):
        seen.setdefault(term.iri, term)
    return tuple(seen.values())
