"""The atlas's questions, in English and Chinese: where a practice is used, who started it first, and
what two units share. Each answer carries its map or timeline and the SPARQL that ran for it.

    where is grid governance used · 网格化治理在哪些地方使用
    when did counties start dual reporting · 哪些地方最早开展双报到
    what practices do 南乐县 and 范县 share · 南乐县和范县有哪些共同做法

`atlas_answer` returns None for any other question, which then goes to `api.questions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from errors import InputError
from graph.atlas import adoption_query, adoptions

from ..pages.templating import with_query
from ..questions.vocabulary import vocabulary
from .host import Host
from .model import Atlas
from .routes import atlas_of, links_of, resolve_unit
from .views import practice_data

__all__ = ["atlas_answer", "parse"]

_PRACTISED = r"(?:used|practi[cs]ed|adopted|implemented|applied|in use|carried out|run)"
_LEVELS_EN = {
    "counties": "CountyLevelDivision",
    "county-level units": "CountyLevelDivision",
    "districts": "CountyLevelDivision",
    "cities": "Prefecture",
    "provinces": "Province",
    "townships": "Township",
    "villages": "Village",
    "communities": "Community",
}
_LEVELS_ZH = {
    "县": "CountyLevelDivision",
    "县区": "CountyLevelDivision",
    "区县": "CountyLevelDivision",
    "区": "CountyLevelDivision",
    "县市区": "CountyLevelDivision",
    "市": "Prefecture",
    "城市": "Prefecture",
    "省": "Province",
    "省份": "Province",
    "乡镇": "Township",
    "村": "Village",
    "社区": "Community",
}
_LEVEL_WORDS_ZH = "地方|地区|县区|区县|县市区|县|区|城市|市|省份|省|乡镇|村|社区"
_DO_ZH = r"(?:使用|采用|推行|开展|实施|应用|实行|探索)了?"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("where", re.compile(rf"^where (?:is|are|was|were|has|have) (?P<x>.+?) (?:been )?{_PRACTISED}$")),
    ("where", re.compile(r"^where (?:do|does) .+? (?:use|practi[cs]e|adopt|implement|run) (?P<x>.+)$")),
    (
        "when",
        re.compile(
            r"^when did (?:the )?(?:(?P<level>[a-z -]+?) )?(?:start|begin|first (?:use|adopt|run)|adopt|take up)"
            r" (?:using |running )?(?P<x>.+)$"
        ),
    ),
    (
        "when",
        re.compile(
            r"^which (?P<level>[a-z -]+?) (?:first (?:adopted|started|used|ran)|started|pioneered)"
            r" (?P<x>.+?)(?: first)?$"
        ),
    ),
    ("when", re.compile(r"^(?:who|where) (?:first )?(?:started|began|adopted first|pioneered) (?P<x>.+?)(?: first)?$")),
    ("share", re.compile(r"^what (?:practices )?(?:do|does) (?P<a>.+?) and (?P<b>.+?) (?:share|have in common)$")),
    ("where", re.compile(rf"^(?P<x>.+?)在哪些?(?:地方|地区|省份|省|县区|县|城市)(?:被|得到)?{_DO_ZH}$")),
    ("where", re.compile(rf"^哪些?(?:地方|地区|省份)(?:在)?{_DO_ZH}(?P<x>.+)$")),
    ("when", re.compile(rf"^哪些?(?P<level>{_LEVEL_WORDS_ZH})最早{_DO_ZH}(?P<x>.+)$")),
    (
        "when",
        re.compile(rf"^(?P<level>各地|各县|县区|[县区市省])?(?:是)?(?:从)?什么时候(?:开始)?{_DO_ZH}(?P<x>.+)$"),
    ),
    ("share", re.compile(r"^(?P<a>.+?)(?:和|与|跟)(?P<b>.+?)(?:有)?(?:哪些|什么)共同(?:的)?(?:做法|举措|经验)$")),
    ("share", re.compile(r"^(?P<a>.+?)(?:和|与|跟)(?P<b>.+?)共同(?:采用|使用|开展)了?(?:哪些|什么)(?:做法|举措)$")),
)
_TRIM = re.compile(r"[\s?？。!！]+$")


@dataclass(frozen=True)
class Parsed:
    """An atlas question: its form and the words for the practice, level or units it names."""

    form: str  # where, when, share
    practice: str = ""
    level: str | None = None
    units: tuple[str, ...] = ()


def parse(question: str) -> Parsed | None:
    """The atlas question in `question`, or None when it is none.

    >>> parse("Where is grid governance used?")
    Parsed(form='where', practice='grid governance', level=None, units=())
    >>> parse("哪些地方最早开展双报到")
    Parsed(form='when', practice='双报到', level=None, units=())
    >>> parse("when did counties start dual reporting").level
    'CountyLevelDivision'
    >>> parse("what practices do 南乐县 and 范县 share").units
    ('南乐县', '范县')
    >>> parse("which counties use grid governance") is None
    True
    """
    text = _TRIM.sub("", question.strip())
    low = text.lower()
    for form, pattern in _PATTERNS:
        m = pattern.match(low if text.isascii() or form != "share" else text) or pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        if form == "share":
            return Parsed(form, units=(groups["a"].strip(), groups["b"].strip()))
        raw_level = (groups.get("level") or "").strip()
        level = _LEVELS_EN.get(raw_level) or _LEVELS_ZH.get(raw_level)
        if raw_level and level is None and raw_level not in ("places", "地方", "地区", "各地", "units", "regions"):
            continue
        return Parsed(form, practice=groups["x"].strip(), level=level)
    return None


def atlas_answer(svc: Host, question: str) -> dict[str, Any] | None:
    """The reply to an atlas question (the shape of `api.questions.answer`, plus `atlas`), else None."""
    parsed = parse(question)
    if parsed is None:
        return None
    atlas = atlas_of(svc)
    if parsed.form == "share":
        return _share(svc, atlas, question, parsed)
    match = vocabulary(svc.store).concepts.find(parsed.practice, within=True)
    if match is None:
        return None
    concept = match.best
    sparql = adoption_query(concept.iri)
    placed = atlas.place(adoptions(svc.store, concept.iri))
    filters = {"province": None, "level": parsed.level}
    data = practice_data(atlas, svc.store, concept.iri, concept.label, filters, links_of(svc), adoptions=placed)
    answers = [
        {
            "iri": u["iri"],
            "label": u["label"],
            "label_en": u["label_en"],
            "class": u["class"],
            "class_label": " · ".join(x for x in (u["province"], u["first"] or "undated 无日期") if x),
            "activities": u["activities"],
            "quotes": u["quotes"],
        }
        for u in data["units"]
    ]
    return {
        "question": question,
        "kind": f"atlas_{parsed.form}",
        "understood": {
            "practice": {
                "words": parsed.practice,
                "concept": concept.brief(),
                "activities": [],
                "match": ("exact", "short form", "partial")[match.level],
            },
            "level": parsed.level,
        },
        "answers": answers,
        "sparql": sparql,
        "atlas": {
            "show": "timeline" if parsed.form == "when" else "map",
            "practice": data["practice"],
            "map": data["map"],
            "timeline": data["timeline"],
            "url": data["practice"].get("url"),
        },
    }


def _share(svc: Host, atlas: Atlas, question: str, parsed: Parsed) -> dict[str, Any] | None:
    """What the named units share: the adoption query bound to them, grouped by concept."""
    try:
        units = [resolve_unit(svc, atlas, name) for name in parsed.units]
    except InputError:  # a name that is no unit: the question is not ours to answer
        return None
    sparql = adoption_query(actors=units)
    found = adoptions(svc.store, actors=units)
    having: dict[str, dict[str, list[Any]]] = {}
    for a in found:
        for c in a.categories:
            having.setdefault(c, {}).setdefault(a.actor, []).append(a)
    shared = sorted(
        (c for c, by in having.items() if all(u in by for u in units) and c in atlas.concepts),
        key=lambda c: atlas.concepts[c].en or c,
    )
    answers = []
    for c in shared:
        concept = atlas.concepts[c]
        acts = {a.activity for u in units for a in having[c][u]}
        answers.append(
            {
                "iri": c,
                "label": concept.zh or c,
                "label_en": concept.en,
                "class_label": "shared practice 共同做法",
                "activities": [
                    {"iri": act, "label": atlas.catalog.nodes[act].label(act) if act in atlas.catalog.nodes else act}
                    for act in sorted(acts)
                ],
                "quotes": [],
            }
        )
    names = [atlas.units[u].label if u in atlas.units else u for u in units]
    return {
        "question": question,
        "kind": "atlas_share",
        "understood": {"units": [{"iri": u, "label": n} for u, n in zip(units, names, strict=True)]},
        "answers": answers,
        "sparql": sparql,
        "atlas": {"show": "compare", "url": with_query("/compare", **dict(zip("abcde", names, strict=False)))},
    }
