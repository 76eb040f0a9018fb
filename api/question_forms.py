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

from .lexicon import GK, Match, Term, norm
from .vocabulary import Vocabulary

__all__ = ["FORMS", "Miss", "Parsed", "Practice", "parse"]

FORMS: list[dict[str, object]] = [
    {
        "form": "organizations_using",
        "pattern": "which <kind of organization> [in <place>] use / implement / run <practice>",
        "pattern_zh": "[<地方>]哪些<组织类别>使用 / 实施 / 开展<做法>",
        "examples": ["which counties use grid governance", "which districts run dual reporting",
                     "哪些县使用网格化管理", "哪些区开展双报到"],
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


def _rx(pattern: str) -> re.Pattern[str]:
    """A question pattern: English words match in any case."""
    return re.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class Practice:
    """What a practice slot names: a concept of the scheme and/or activities by their own names."""

    words: str
    concept: Term | None
    activities: tuple[Term, ...]
    level: int

    def to_dict(self) -> dict[str, object]:
        return {
            "words": self.words,
            "concept": self.concept.brief() if self.concept else None,
            "activities": [a.brief() for a in self.activities],
            "match": _LEVELS[self.level],
        }


_LEVELS = ("exact", "short form", "partial")


@dataclass
class Parsed:
    """A question fitted to one form, its slots resolved to IRIs."""

    form: str
    language: str
    organization_class: Term | None = None
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
        slots = (("organization_class", "organization_class", self.organization_class),
                 ("from" if self.form == "connection" else "organization", "organization", self.organization),
                 ("activity_class", "activity_class", self.activity_class), ("to", "to", self.target),
                 ("within", "within", self.within))
        for key, slot, term in slots:
            if term is not None:
                shown: dict[str, object] = {**term.brief(), "words": self.words.get(slot, "")}
                if term.cls:
                    shown["class"] = term.cls
                out[key] = shown
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


def _activity_kind(vocab: Vocabulary, words: str) -> Term | None:
    found = vocab.activity_kinds.find(words, loose=False) if words else None
    if found is None or found.level != 0:
        return None
    if found.best.iri == GK + "PolicyDocument" and norm(words) in {"措施", "measures"}:
        return None  # "what measures": any activity, not only policy documents
    return found.best


def _practice(vocab: Vocabulary, words: str) -> Practice | None:
    """A concept (preferred, with same-named activities) or activities by name: exact, short form, partial."""
    words = re.sub(r"^(?:关于|有关|在)|^the practice of\s+", "", words.strip(), flags=re.IGNORECASE)
    concept = vocab.concepts.find(words, within=True)
    named = vocab.activities.find(words, within=True)
    if concept and (named is None or concept.level <= named.level):
        same = tuple(named.terms) if named and named.level == 0 else ()
        return Practice(words, concept.best, same, concept.level)
    if named:
        return Practice(words, None, named.terms[:20], named.level)
    return None


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


# --- the forms ------------------------------------------------------------------------------------

_EN_VERBS = "|".join([
    r"use|uses|used|using|implement|implements|implemented|implementing|run|runs|ran|running",
    r"adopt|adopts|adopted|adopting|apply|applies|applied|applying",
    r"practi[cs]e|practi[cs]es|practi[cs]ed|practi[cs]ing|have|has|had",
    r"carry out|carries out|carried out|carrying out|conduct|conducts|conducted|conducting",
    r"launch|launches|launched|introduce|introduces|introduced|pilot|piloted|piloting|do|does|did|doing",
])
_ZH_VERBS = "|".join([
    "使用|采用|采取|实施|开展|推行|运用|实行|推进|推动|推广|建立|建设|创建|落实|探索|构建|完善",
    "应用|执行|实践|引入|打造|试点|参与|参加|启动|推出|开创|组织|举办|制定|出台|搞|做|用|有|抓",
])
_ZH_ADVERBS = "在|正在|也|都|还|已|已经|曾|均|主要|有在|普遍"
_WHICH_EN = [
    _rx(rf"^(?:which|what|list|show|find|name)(?: me)?(?: all)?(?: the)?\s+(?P<kind>.+?)\s+"
               rf"(?:(?:that|which|who)\s+)?(?:(?:are|is|do|does|did|have|has)\s+)?(?:also\s+)?"
               rf"(?:{_EN_VERBS})\s+(?P<practice>.+)$"),
    _rx(rf"^(?:list |show |find )?(?:me )?(?:all )?(?:the )?(?P<kind>.+?)\s+(?:that|which|who)\s+"
               rf"(?:(?:are|is|do|does|did|have|has)\s+)?(?:{_EN_VERBS})\s+(?P<practice>.+)$"),
    _rx(r"^(?:list |show |find )?(?:me )?(?:all )?(?:the )?(?P<kind>.+?)\s+(?:using|running|implementing|"
               r"adopting|applying|practi[cs]ing|conducting|with)\s+(?P<practice>.+)$"),
]
_IN_EN = r"\s+(?:in|of|within|under|belonging to)\s+"
_WHO_EN = _rx(rf"^who(?:\s+(?:is|are|has|have|did|does))?\s+(?:{_EN_VERBS})\s+(?P<practice>.+)$")
_WHICH_ZH = _rx(r"^(?:请问)?(?P<place>.*?)(?:的)?(?:都)?(?:有)?(?:哪些|哪个|哪几个|哪一些|什么)(?P<rest>.+)$")
_WHICH_ZH_TAIL = _rx(rf"^(?:{_ZH_ADVERBS})*(?:{_ZH_VERBS})(?:了|过|着)?(?P<practice>.+)$")
_WHICH_ZH_REVERSED = _rx(
    rf"^(?:{_ZH_ADVERBS})*(?:{_ZH_VERBS})?(?:了|过)?(?P<practice>.+?)的(?P<kind>[^的]+?)(?:都)?(?:有哪些|是哪些|有哪几个|有什么)$"
)
_NOUNS_EN = r"[a-z][a-z -]*?"
_ACTIVITIES_EN = [
    _rx(rf"^what(?:\s+(?P<noun>{_NOUNS_EN}))?\s+(?:does|do|did|has|have|is|are)\s+(?P<org>.+?)\s+"
               r"(?:use|implement|run|adopt|apply|do|have|carry out|practi[cs]e|launch|conduct|introduce|"
               r"doing|using|implementing|running|used|implemented|adopted|launched|introduced|applied|"
               r"carried out)$"),
    _rx(rf"^(?:list |show )?(?:me )?(?:the |all )?(?P<noun>{_NOUNS_EN})\s+(?:of|by|at|in|used by|run by|"
               r"implemented by)\s+(?P<org>.+)$"),
    _rx(rf"^(?:list |show )?(?:me )?(?P<org>.+?)'s\s+(?P<noun>{_NOUNS_EN})$"),
]
_METRIC_NOUNS_EN = r"figures|numbers|metrics|data|statistics|results|indicators"
_METRICS_EN = [
    _rx(rf"^what(?:\s+(?:{_METRIC_NOUNS_EN}))?\s+(?:did|does|do|has|have)\s+(?P<org>.+?)\s+report(?:ed)?"
               r"(?:\s+(?:about|on|for)\s+(?P<practice>.+))?$"),
    _rx(rf"^(?:list |show )?(?:me )?(?:the )?(?:{_METRIC_NOUNS_EN})\s+(?:of|for|from|reported by|by)\s+"
               r"(?P<org>.+?)(?:\s+(?:about|on)\s+(?P<practice>.+))?$"),
    _rx(rf"^(?P<org>.+?)'s\s+(?:{_METRIC_NOUNS_EN})(?:\s+(?:about|on|for)\s+(?P<practice>.+))?$"),
    _rx(r"^how\s+(?P<many>many|much)\s+(?P<practice>.+?)\s+(?:does|did|do|has|have)\s+(?P<org>.+?)"
        r"(?:\s+(?:have|has|had|report|reported|count|counted|set up|build|built|train|trained|create|"
        r"created))?$"),
]
_METRICS_ZH_TAILS = [
    _rx(r"^(?:都|共|一共|已|已经)?(?:报告|上报|公布|发布|提供|取得|统计|有)?(?:了|过)?(?:的)?(?:哪些|什么|多少|那些)?"
        r"(?P<practice>.*?)(?:方面|工作)?(?:的)?(?:统计数据|数据指标|数据|数字|指标|统计)"
        r"(?:有哪些|是什么|是多少|有多少)?(?:呢|吗)?$"),
    _rx(r"^(?:的)?(?:共|一共|总共|累计)?(?:有|配备了?|建立了?|建成了?|培育了?|创成了?|发展了?)?(?P<many>多少)"
        r"(?:个|名|人|户|家|项|件|万)?(?P<practice>.+?)(?:呢|吗)?$"),
    _rx(r"^(?:的)?(?P<practice>.+?)(?:共|一共|总共|累计)?(?:有|是)(?P<many>多少)(?:个|名|人|户|家|项|件)?(?:呢|吗)?$"),
]
_ACTIVITIES_ZH_TAIL = [
    _rx(rf"^(?:都|还|主要|已经|已|一共|共)?(?:在)?(?:{_ZH_VERBS})?(?:了|过|着)?"
               r"(?:哪些|什么|哪几个|哪几项|些什么|啥)(?P<noun>[^的]*?)(?:呢|吗)?$"),
    _rx(r"^(?:的)?(?P<noun>[^的]+?)(?:有哪些|是什么|有什么)(?:呢|吗)?$"),
]
_CONNECTION_EN = [
    (_rx(r"^how\s+(?:is|are|was|were)\s+(?P<a>.+?)\s+(?:connected|related|linked|tied)\s+(?:to|with)\s+"
                r"(?P<b>.+)$"), None),
    (_rx(r"^how\s+(?:does|do)\s+(?P<a>.+?)\s+(?:connect|relate|link)\s+(?:to|with)\s+(?P<b>.+)$"), None),
    (_rx(r"^how\s+(?:is|are|were)\s+(?P<rest>.+?)\s+(?:connected|related|linked)$"), r"\s+and\s+"),
    (_rx(r"^what\s+(?:is\s+|are\s+)?(?:the\s+)?(?:connections?|relationships?|relations?|links?|paths?)\s+"
                r"between\s+(?P<rest>.+)$"), r"\s+and\s+"),
    (_rx(r"^(?:the\s+)?(?:shortest\s+)?(?:path|paths|connection|route)\s+from\s+(?P<rest>.+)$"), r"\s+to\s+"),
]
_CONNECTION_ZH_TAIL = _rx(
    r"^(?P<b>.+?)(?:之间)?(?:(?:有|存在|是)?(?:什么|何|哪些|怎样的|怎么样的|啥)(?:样的)?(?:关系|联系|关联|连接|路径)"
    r"|(?:是)?(?:怎么|如何|怎样)(?:关联|联系|连接|相连|联系起来|连起来|关联起来)(?:的)?"
    r"|的(?:关系|联系|关联|连接|路径))(?:吗|呢)?$"
)


def _splits(text: str, sep: str) -> Iterator[tuple[str, str]]:
    """Every way to cut `text` at one occurrence of the separator pattern."""
    for m in re.finditer(sep, text, re.IGNORECASE):
        yield text[: m.start()], text[m.end():]


def _org_prefixes(
    vocab: Vocabulary, text: str, tail: re.Pattern[str]
) -> Iterator[tuple[Match, re.Match[str]]]:
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
    if zh:
        m = _WHICH_ZH.match(text)
        if m:
            rest = m["rest"]
            for i in range(min(len(rest), 12), 0, -1):
                tail = _WHICH_ZH_TAIL.match(rest[i:])
                if tail and _kind(vocab, rest[:i]):
                    candidates.append((rest[:i], tail["practice"], m["place"]))
        m = _WHICH_ZH_REVERSED.match(text)
        if m:
            candidates.append((m["kind"], m["practice"], ""))
    else:
        for p in _WHICH_EN:
            if m := p.match(text):
                candidates.append((m["kind"], m["practice"], ""))
                candidates += [(k, m["practice"], place) for k, place in _splits(m["kind"], _IN_EN)]
        if m := _WHO_EN.match(text):
            candidates.append(("organizations", m["practice"], ""))
    for kind_words, practice_words, place_words in candidates:
        kind = _kind(vocab, kind_words)
        if kind is None:
            continue
        within = _entity(vocab, place_words) if place_words else None
        if place_words and within is None:
            misses.append(Miss("organizations_using", "within", place_words))
            continue
        practice = _practice(vocab, practice_words)
        if practice is None:
            misses.append(Miss("organizations_using", "practice", practice_words))
            continue
        words = {"organization_class": kind_words, **({"within": place_words} if within else {})}
        return Parsed("organizations_using", "zh" if zh else "en", organization_class=kind, practice=practice,
                      within=within.best if within else None, words=words)
    return None


def _of_org(vocab: Vocabulary, text: str, zh: bool, misses: list[Miss], form: str) -> Parsed | None:
    """The forms about one organization: its activities (activities_of) or its figures (metrics_of)."""
    lang = "zh" if zh else "en"
    metrics = form == "metrics_of"
    if zh:
        tails = _METRICS_ZH_TAILS if metrics else _ACTIVITIES_ZH_TAIL
        for tail in tails:
            for match, rest in _org_prefixes(vocab, text, tail):
                parsed = _fill(vocab, form, lang, match, rest.groupdict(), misses)
                if parsed:
                    return parsed
        return None
    for pattern in _METRICS_EN if metrics else _ACTIVITIES_EN:
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


def _fill(vocab: Vocabulary, form: str, lang: str, org: Match, slots: dict[str, str | None],
          misses: list[Miss]) -> Parsed | None:
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
            m = _CONNECTION_ZH_TAIL.match(rest)
            if m:
                pairs.append((a, m["b"]))
    else:
        for pattern, sep in _CONNECTION_EN:
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
        parsed = Parsed("connection", "zh" if zh else "en", organization=source.best, target=target.best,
                        words={"organization": a_words, "to": b_words})
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
