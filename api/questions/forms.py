"""The question forms govkg understands, in English and Chinese, and the parser that fits a question to one.

Deterministic rules: a handful of sentence patterns per form, whose slots (a kind of organization, a
practice, an organization) must name something in the vocabulary. A question whose pattern fits but
whose slot names nothing is remembered as a near miss, so the reply can say which words were unknown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import patterns as P
from .lexicon import GK, GKC, Match, Term, norm
from .vocabulary import Vocabulary

__all__ = ["FORMS", "Miss", "Parsed", "Practice", "parse"]

FORMS: list[dict[str, object]] = [
    {
        "form": "organizations_using",
        "pattern": "which <kind of organization> [in <place>] use / implement / run <practice>",
        "pattern_zh": "[<地方>]哪些<组织类别>使用 / 实施 / 开展<做法>",
        "examples": [
            "which counties use grid governance",
            "which districts run dual reporting",
            "哪些县使用网格化管理",
            "哪些区开展双报到",
        ],
    },
    {
        "form": "activities_of",
        "pattern": "what does <organization> use / implement",
        "pattern_zh": "<组织>有哪些做法 / 实施了哪些工程",
        "examples": [],
    },
    {
        "form": "metrics_of",
        "pattern": "what did <organization> report [about <practice>] · how many <things> does <org> have",
        "pattern_zh": "<组织>报告了哪些数据 · <组织>的<做法>数据 · <组织>有多少<统计对象>",
        "examples": [],
    },
    {
        "form": "connection",
        "pattern": "how is <A> connected to <B>",
        "pattern_zh": "<A>和<B>有什么关系",
        "examples": [],
    },
]

CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Practice:
    """What a practice slot names: a concept of the scheme and/or activities by their own names."""

    words: str
    concept: Term | None
    activities: tuple[Term, ...]
    level: int
    any_of: tuple[Practice, ...] = ()  # practices asked for together (网格化管理、积分制等方式): any of them

    def members(self) -> tuple[Practice, ...]:
        """The practices an answer may use: those written together, or this one."""
        return self.any_of or (self,)

    def to_dict(self) -> dict[str, object]:
        """Each named practice once, with the activity of each document that bears that name."""
        named: dict[str, dict[str, Any]] = {}
        for a in self.activities:
            named.setdefault(norm(a.label), {**a.brief(), "occurrences": []})["occurrences"].append(a.iri)
        shown: dict[str, object] = {
            "words": self.words,
            "concept": self.concept.brief() if self.concept else None,
            "activities": list(named.values()),
            "match": _LEVELS[self.level],
        }
        if self.any_of:
            shown["any_of"] = [m.to_dict() for m in self.any_of]
        return shown


_LEVELS = ("exact", "short form", "partial")


@dataclass
class Parsed:
    """A question fitted to one form, its slots resolved to IRIs."""

    form: str
    language: str
    organization_class: Term | None = None
    other_classes: tuple[Term, ...] = ()  # "townships and communities": more kinds beside the first
    practice: Practice | None = None
    organization: Term | None = None
    activity_class: Term | None = None
    target: Term | None = None
    within: Term | None = None  # only organizations inside this place (gk:partOf+)
    measure: str | None = None  # figures whose measure holds these words, when they name no practice
    words: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """The "understood" part of an answer."""
        out: dict[str, object] = {"form": self.form, "language": self.language}
        slots = (
            ("organization_class", "organization_class", self.organization_class),
            ("from" if self.form == "connection" else "organization", "organization", self.organization),
            ("activity_class", "activity_class", self.activity_class),
            ("to", "to", self.target),
            ("within", "within", self.within),
        )
        for key, slot, term in slots:
            if term is not None:
                shown: dict[str, object] = {**term.brief(), "words": self.words.get(slot, "")}
                if term.cls:
                    shown["class"] = term.cls
                out[key] = shown
        if self.other_classes:
            out["other_classes"] = [t.brief() for t in self.other_classes]
        if self.practice is not None:
            out["practice"] = self.practice.to_dict()
        if self.measure is not None:
            out["measure"] = {"words": self.measure}
        return out


@dataclass(frozen=True)
class Miss:
    """A form whose sentence pattern fitted but one of whose slots named nothing known."""

    form: str
    slot: str
    words: str


def clean(question: str) -> str:
    """The question as patterns see it: NFKC, single spaces, no end punctuation, no spaces between Chinese.

    >>> clean("  哪些县 使用“网格化管理”？ "), clean("What did 南乐县 report?")
    ('哪些县使用“网格化管理”', 'What did 南乐县 report')
    """
    text = unicodedata.normalize("NFKC", question)
    text = re.sub(r"[\s?!.。;,、]+$", "", re.sub(r"\s+", " ", text).strip())
    text = re.sub(r"(?<=[\u3400-\u9fff“”])\s+(?=[\u3400-\u9fff“”])", "", text)
    return text


# --- slot resolution -----------------------------------------------------------------------------

_COUNTY_WORDS = {"county", "counties", "县"}


def _kind(vocab: Vocabulary, words: str) -> Term | None:
    """A kind of organization by its exact class label; plain "county"/县 means any county-level division."""
    found = vocab.kinds.find(words, loose=False)
    if found is None or found.level != 0:
        return None
    if found.best.iri == GK + "County" and norm(words) in _COUNTY_WORDS:
        division = [t for t in vocab.kinds.terms if t.iri == GK + "CountyLevelDivision"]
        return division[0] if division else found.best
    return found.best


_AND = re.compile(r"\s*(?:,|、|/|&|\band\b|\bor\b|和|及|与|或|以及)\s*", re.IGNORECASE)


_UNIT_WORDS = {"单位", "地方", "地区", "区域"}
_BRACKETED = re.compile(r"^(?P<head>[^()]+)\((?P<alternatives>[^()]+)\)$")


def _kinds(vocab: Vocabulary, words: str) -> tuple[Term, ...]:
    """One kind, or kinds written together: "districts and counties", 村和社区, 区县, 乡镇街道 (each once)."""
    one = _kind(vocab, words)
    if one is not None:
        return (one,)
    if m := _BRACKETED.match(words.strip()):
        return _with_alternatives(vocab, m["head"], m["alternatives"])
    parts = [w for w in _AND.split(words.strip()) if w]
    if len(parts) == 1 and CJK.fullmatch(words[:1] or "x"):  # 区县: two kinds side by side
        for i in range(1, len(words)):
            head = _kind(vocab, words[:i])
            if head is None:
                continue
            if words[i:] in _UNIT_WORDS:  # 县级单位: units of that kind, not every organization
                return (head,)
            if head.iri == GK + "CountyLevelDivision" and (at_level := _with_alternatives(vocab, words[:i], words[i:])):
                return at_level  # 县市, 县区: what follows 县 is read at its level (县级市, 市辖区), as in 县(市、区)
            if tail := _kinds(vocab, words[i:]):
                return tuple(dict.fromkeys((head, *tail)))
        return ()
    found = [_kinds(vocab, w) for w in parts] if len(parts) > 1 else [()]
    if not all(found):
        return ()
    return tuple(dict.fromkeys(k for kinds in found for k in kinds))


def _activity_kind(vocab: Vocabulary, words: str) -> Term | None:
    found = vocab.activity_kinds.find(words, loose=False) if words else None
    if found is None or found.level != 0:
        return None
    if found.best.iri == GK + "PolicyDocument" and norm(words) in {"措施", "measures"}:
        return None  # "what measures": any activity, not only policy documents
    return found.best


def _practice(vocab: Vocabulary, words: str) -> Practice | None:
    """The practice a slot names, or the practices it lists (A、B等方式; A and B), each read on its own.

    A name that is itself one practice ("evaluation and ranking") stays whole; a list is read as its
    members only when each names a practice, so a name with 和 inside is not cut into nonsense.
    """
    words = re.sub(r"^(?:关于|有关)|^the practice of\s+", "", words.strip(), flags=re.IGNORECASE)
    words = P.JUDGED_ZH.sub("", words) or words
    whole = _named_practice(vocab, words)
    if whole is not None and whole.level == 0:
        return whole
    return _listed_practices(vocab, words) or whole


def _listed_practices(vocab: Vocabulary, words: str) -> Practice | None:
    """Two or more practices written together, each naming a different concept or activity."""
    parts = [w for w in _AND.split(words) if w]
    if len(parts) < 2:
        return None
    members: dict[tuple[str, ...], Practice] = {}
    for part in parts:
        member = _named_practice(vocab, part)
        if member is None:
            return None
        key = (member.concept.iri,) if member.concept else tuple(a.iri for a in member.activities)
        members.setdefault(key, member)
    if len(members) < 2:
        return None
    listed = tuple(members.values())
    return Practice(words, None, (), max(m.level for m in listed), any_of=listed)


def _named_practice(vocab: Vocabulary, words: str) -> Practice | None:
    """A concept (preferred, with same-named activities) or activities by name: exact, short form, partial."""
    concept = vocab.concepts.find(words, within=True)
    if words.isascii() and (concept is None or concept.level == 2):  # a name inside the words, in any order
        concept = vocab.concepts.find_words(words) or concept
    if concept and concept.level == 2:
        concept = _field_before_method(vocab, concept)
    named = vocab.activities.find(words, within=True)
    if concept and (named is None or concept.level <= named.level):
        same = tuple(named.terms) if named and named.level == 0 else ()
        return Practice(words, concept.best, same, concept.level)
    if named:
        return Practice(words, None, _occurrences(named.terms), named.level)
    return None


_METHODS = GKC + "ImplementationMethods"


def _field_before_method(vocab: Vocabulary, found: Match) -> Match:
    """Of the concepts named inside the words, a method's (评比, 考核, 督查) yields to a field's: 星级党支部评定
    asks for star-rated branches and 网格化管理考核 for grid governance, rated or not. A top field (党建工作考核:
    party building) is too broad to stand for the question, so there the method stays."""
    if _METHODS not in vocab.broader.get(found.best.iri, ()):
        return found
    for term in found.terms[1:]:
        above = vocab.broader.get(term.iri, {term.iri})
        if _METHODS not in above and len(above) > 1:
            return Match((term, *(t for t in found.terms if t != term)), found.level, found.text)
    return found


_NAMED_PRACTICES = 20  # distinct names a partial match may stand for


def _occurrences(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """Every document's activity of the first few names matched: one name is one practice in all documents."""
    names: set[str] = set()
    kept: list[Term] = []
    for term in terms:
        name = norm(term.label)
        if name not in names and len(names) == _NAMED_PRACTICES:
            continue
        names.add(name)
        kept.append(term)
    return tuple(kept)


def _entity(vocab: Vocabulary, words: str, *, activities: bool = False) -> Match | None:
    """An organization (or, for paths, also an activity) by name; organizations win ties."""
    words = words.strip()
    if not words:
        return None
    found = vocab.organizations.find(words)
    if activities:
        other = vocab.activities.find(words)
        if other and (found is None or other.level < found.level):
            return other
    return found


def _place(vocab: Vocabulary, words: str) -> Match | None:
    """The unit a question limits its answer to: a place before a body named alike ("Henan" is 河南省, not
    河南日报, whose shorter name would otherwise rank first)."""
    found = _entity(vocab, words)
    if found is None:
        return None
    places = [t for t in found.terms if vocab.is_administrative(t.iri)]
    return Match((*places, *(t for t in found.terms if t not in places)), found.level, found.text)


def _with_alternatives(vocab: Vocabulary, head_words: str, alternatives: str) -> tuple[Term, ...]:
    """A kind and the kinds its brackets add at its level: 县(市、区、旗) is every county-level unit (市 read
    as 县级市, not a prefecture city), 村(社区) villages and communities, 乡镇(街道) townships."""
    heads = _kinds(vocab, head_words)
    below = {c for h in heads for c in vocab.classes_under(h.iri)}
    under = [t for t in vocab.kinds.terms if t.iri in below]
    found: list[Term] = []
    for words in (w for w in _AND.split(alternatives) if w):
        kind = _kind(vocab, words)
        if kind is None:
            return ()
        at_level = [t for t in under if words in t.label]
        kind = at_level[0] if at_level else kind
        if not any(h.iri in vocab.parents.get(kind.iri, ()) for h in heads):  # 旗 and 县级市 are county-level
            found.append(kind)
    return tuple(dict.fromkeys((*heads, *found))) if heads else ()


# --- the forms ------------------------------------------------------------------------------------


def _splits(text: str, sep: str) -> Iterator[tuple[str, str]]:
    """Every way to cut `text` at one occurrence of the separator pattern."""
    for m in re.finditer(sep, text, re.IGNORECASE):
        yield text[: m.start()], text[m.end() :]


def _org_prefixes(vocab: Vocabulary, text: str, tail: re.Pattern[str]) -> Iterator[tuple[Match, re.Match[str]]]:
    """Cut a Chinese question into an organization name and a tail the pattern fits, best name first."""
    found: list[tuple[tuple[int, int], Match, re.Match[str]]] = []
    for i in range(len(text) - 1, 0, -1):
        rest = tail.match(text[i:])
        if rest is None:
            continue
        match = _entity(vocab, text[:i])
        if match is not None:
            found.append(((match.level, -i), match, rest))
    for _, match, rest in sorted(found, key=lambda f: f[0]):
        yield match, rest


def _which(vocab: Vocabulary, text: str, zh: bool, misses: list[Miss]) -> Parsed | None:
    """which <kind> [in <place>] use <practice>, [<地方>]哪些<类别>使用<做法>."""
    candidates: list[tuple[str, str, str]] = []  # kind, practice, place words
    loosely: list[tuple[str, str, str]] = []  # the same, read with any verb: tried after every other form
    concepts_inside: list[tuple[str, str, str]] = []  # last: only a concept named inside the words counts
    if zh:
        m = P.WHICH_ZH.match(text)
        if m:
            rest = m["rest"]
            for i in range(min(len(rest), 12), 0, -1):
                if _kinds(vocab, rest[:i]):
                    _practices_after(vocab, rest[i:], rest[:i], m["place"], candidates, loosely, concepts_inside)
        if m := P.WHO_ZH.match(text):  # 谁在推行双报到: any organization
            _practices_after(vocab, m["rest"], "organizations", "", candidates, loosely, concepts_inside)
        for pattern in (P.WHICH_ZH_LIST, P.WHICH_ZH_REVERSED, P.WHICH_ZH_IDENTIFIED):
            if m := pattern.match(text):
                candidates.append((m["kind"], m["practice"], ""))
        for pattern in (P.WHICH_ZH_WHERE, P.WHICH_ZH_TOPIC):
            if m := pattern.match(text):
                candidates.append((m["kind"], m["practice"], ""))
        candidates += loosely
    else:
        for p in P.WHICH_EN:
            if m := p.match(text):
                candidates.append((m["kind"], m["practice"], ""))
                candidates += [(k, m["practice"], place) for k, place in _splits(m["kind"], P.IN_EN)]
        if m := P.WHO_EN.match(text):
            candidates.append(("organizations", m["practice"], ""))
        for p in P.WHERE_EN:
            if m := p.match(text):
                candidates.append((m["kind"], m["practice"], ""))
        if m := P.WHICH_EN_ANY_VERB.match(text):  # which counties hold/strengthen/send …: the verb joins the practice
            words = m["rest"].split()
            for k in range(1, min(3, len(words) - 1) + 1):
                tail_words = P.AUXILIARIES_EN.sub("", " ".join(words[k:]))
                if not P.PLACE_FIRST_EN.match(tail_words):  # "counties in Atlantis use …" is the place's form
                    candidates.append((" ".join(words[:k]), tail_words, ""))
        for p in (P.KIND_FIRST_EN, P.KIND_LAST_EN):  # typed into a search box: no wh-word names the kind first
            if m := p.match(text):  # "grid governance in Henan counties": the place first, if it is one
                candidates += [(m["kind"], practice, place) for practice, place in _splits(m["practice"], P.IN_EN)]
                candidates.append((m["kind"], m["practice"], ""))
    tried = [(c, False) for c in candidates] + [(c, True) for c in concepts_inside]
    for (kind_words, practice_words, place_words), concept_only in tried:
        kinds = _kinds(vocab, kind_words)
        if not kinds:
            continue
        within = _place(vocab, place_words) if place_words else None
        if place_words and within is None:
            misses.append(Miss("organizations_using", "within", place_words))
            continue
        practice = _practice(vocab, practice_words)
        if practice is None or (concept_only and practice.concept is None):
            misses.append(Miss("organizations_using", "practice", practice_words))
            continue
        words = {"organization_class": kind_words, **({"within": place_words} if within else {})}
        return Parsed(
            "organizations_using",
            "zh" if zh else "en",
            organization_class=kinds[0],
            other_classes=kinds[1:],
            practice=practice,
            within=within.best if within else None,
            words=words,
        )
    return None


def _practices_after(
    vocab: Vocabulary,
    words: str,
    kind: str,
    place: str,
    candidates: list[tuple[str, str, str]],
    loosely: list[tuple[str, str, str]],
    concepts_inside: list[tuple[str, str, str]],
) -> None:
    """The readings of what follows the kind in a Chinese question (…推行网格化管理, …通过X推动…, …细分了网格),
    each added to the list of its rank: a known verb's object first, any verb's after every other form,
    a concept named inside the words last."""
    if tail := P.WHICH_ZH_TAIL.match(words):
        named = tail["verb"] + tail["practice"]
        if vocab.concepts.exact(named):  # a concept named with its verb: 引进人才, 化解矛盾纠纷
            candidates.append((kind, named, place))
        candidates.append((kind, tail["practice"], place))
    for form in (P.WHICH_ZH_MEANS, P.WHICH_ZH_OBJECT):
        if means := form.match(words):
            candidates.append((kind, means["practice"], place))
    if loose := next((x for p in P.WHICH_ZH_LOOSE if (x := p.match(words))), None):
        loosely.append((kind, loose["practice"], place))
    if inside := P.WHICH_ZH_NAME_INSIDE.match(words):
        concepts_inside.append((kind, inside["practice"], place))


def _of_org(vocab: Vocabulary, text: str, zh: bool, misses: list[Miss], form: str) -> Parsed | None:
    """The forms about one organization: its activities (activities_of) or its figures (metrics_of)."""
    lang = "zh" if zh else "en"
    metrics = form == "metrics_of"
    if zh:
        tails = P.METRICS_ZH_TAILS if metrics else P.ACTIVITIES_ZH_TAIL
        for tail in tails:
            for match, rest in _org_prefixes(vocab, text, tail):
                parsed = _fill(vocab, form, lang, match, rest.groupdict(), misses)
                if parsed:
                    return parsed
        return None
    for pattern in P.METRICS_EN if metrics else P.ACTIVITIES_EN:
        m = pattern.match(text)
        if m is None:
            continue
        named = _entity(vocab, m["org"])
        if named is None:
            misses.append(Miss(form, "organization", m["org"]))
            continue
        parsed = _fill(vocab, form, lang, named, m.groupdict(), misses)
        if parsed:
            return parsed
    return None


def _fill(
    vocab: Vocabulary, form: str, lang: str, org: Match, slots: dict[str, str | None], misses: list[Miss]
) -> Parsed | None:
    """Resolve the optional slots after the organization: an activity class noun, or a practice."""
    parsed = Parsed(form, lang, organization=org.best, words={"organization": org.text})
    noun = (slots.get("noun") or "").strip()
    if noun:
        parsed.activity_class = _activity_kind(vocab, noun)
        generic = re.fullmatch(r"[a-z]+|[\u3400-\u9fff]{1,4}", noun, re.IGNORECASE)
        if parsed.activity_class is None and not generic:
            return None  # not a word for practices: let another form try
        parsed.words["activity_class"] = noun
    words = re.sub(r"^(?:关于|有关)", "", (slots.get("practice") or "").strip())
    if words:
        parsed.practice = _practice(vocab, words)
        if form == "metrics_of" and (parsed.practice is None or slots.get("many")):
            parsed.measure = words  # "南乐县有多少网格员": figures whose measure says so
        if parsed.practice is None and parsed.measure is None:
            misses.append(Miss(form, "practice", words))
            return None
    return parsed


def _connection(vocab: Vocabulary, text: str, zh: bool, misses: list[Miss]) -> Parsed | None:
    """how is <A> connected to <B>, <A>和<B>有什么关系."""
    pairs: list[tuple[str, str]] = []
    if zh:
        for a, rest in _splits(text, r"和|与|跟|同|及"):
            m = P.CONNECTION_ZH_TAIL.match(rest)
            if m:
                pairs.append((a, m["b"]))
    else:
        for pattern, sep in P.CONNECTION_EN:
            m = pattern.match(text)
            if m and sep is None:
                pairs.append((m["a"], m["b"]))
            elif m and sep:
                pairs += list(_splits(m["rest"], sep))
    best: tuple[int, Parsed] | None = None
    for a_words, b_words in pairs:
        source, target = _entity(vocab, a_words, activities=True), _entity(vocab, b_words, activities=True)
        if source is None or target is None:
            missing = ("from", a_words) if source is None else ("to", b_words)
            misses.append(Miss("connection", *missing))
            continue
        parsed = Parsed(
            "connection",
            "zh" if zh else "en",
            organization=source.best,
            target=target.best,
            words={"organization": a_words, "to": b_words},
        )
        if best is None or source.level + target.level < best[0]:
            best = (source.level + target.level, parsed)
    return best[1] if best else None


_PARSERS: list[Callable[[Vocabulary, str, bool, list[Miss]], Parsed | None]] = [
    _which,
    lambda v, t, zh, m: _of_org(v, t, zh, m, "metrics_of"),
    lambda v, t, zh, m: _of_org(v, t, zh, m, "activities_of"),
    _connection,
]


def parse(vocab: Vocabulary, question: str) -> tuple[Parsed | None, list[Miss]]:
    """Fit a question to the first form whose pattern and slots fit; else the near misses met on the way.

    Chinese questions try the Chinese patterns first and then the English ones, and the other way round.
    """
    text = clean(question)
    misses: list[Miss] = []
    if not text:
        return None, misses
    zh_first = CJK.search(text) is not None
    for zh in (zh_first, not zh_first):
        for parser in _PARSERS:
            parsed = parser(vocab, text, zh, misses)
            if parsed is not None:
                return parsed, misses
    return None, misses
