"""Provinces as the backdrop of a document: which mentions make a province one of its entities.

Every local document lies in a province, and most name it only in passing: as the first word of a
body's or a company's name (某省农业科学院, 某省民政厅, 某某大学 written with the province's short
name), as the unit behind 全省 or 省委, as the top of the division chain above the county the report
speaks for, or inside a title (《某省…条例》). Such a province stays in the graph (partOf chains and
questions by province need it) but is drawn from no passage: it is context, not something the text
says. A province is derived
from a passage only where the text writes it as a place: in full (某某省), as a short name that
qualifies a division written after it (河南滑县), or as a short name standing as a word of its own
(在北京求学, 赴深圳、厦门等市). A short name that modifies the noun after it (浙江企业, 山东大学) is an
adjective: its mention is dropped.

>>> from pathlib import Path
>>> from loaders.document import Document
>>> from loaders import segment
>>> from loaders.names import stage
>>> text = "某县经验\\n近年来，南乐县与河南农业大学合作，引进浙江企业3家，全省推广。"
>>> d = stage.run(segment.run(Document(path=Path("x.txt"), text=text)))
>>> d.entities["place/410000000000"].passages, "place/330000000000" in {m.key for m in d.mentions}
([], False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from loaders.document import Document, Mention
from loaders.names import divisions
from loaders.names.lexicon import CJK
from loaders.names.places import in_title
from loaders.names.words import boundaries, part_of_speech

__all__ = ["implied_only", "places_of_reference", "written_provinces"]

# tags of a word a short name modifies: a noun, a name, a brand (浙江|企业, 山东|大学, 云南|某某公司)
_NOUN_TAGS = frozenset(("n", "nz", "nr", "nrt", "nrfg", "ns", "nt", "j", "x", "l", "ng"))
# words before a short name that make it a place whatever follows (在北京求学, 驻广州办事处)
_LOCATIVE = ("在", "驻", "赴", "到", "于", "来自", "位于", "地处")


def written_provinces(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Drop short province names that modify a noun; keep a province's passages to where it is written."""
    text = doc.text
    starts = {m.start for m in mentions}
    kept = [m for m in mentions if not _modifier(text, m, starts)]
    written: dict[str, set[int]] = {}
    for m in kept:
        if m.cls == "Province" and m.rule in ("division", "division-short") and m.key and not in_title(text, m.start):
            written.setdefault(m.key, set()).add(m.passage)
    for key, ent in doc.entities.items():
        if ent.cls == "Province":
            ent.passages = [p for p in ent.passages if p in written.get(key, ())]
    return kept


def _modifier(text: str, m: Mention, starts: set[int]) -> bool:
    """Whether a province's short name is the first word of a longer noun phrase (浙江|企业, 山东|大学)."""
    if m.rule != "division-short" or m.cls != "Province" or m.end >= len(text) or not CJK.match(text[m.end]):
        return False
    if m.end in starts or text.endswith(_LOCATIVE, 0, m.start):
        return False  # 河南|滑县: a division follows; 在|北京: a place by its preposition
    bd = boundaries(text)
    if not bd.is_boundary(m.end):
        return False
    word = bd.word_at(m.end)
    if divisions.by_short(word) or divisions.by_name(word):
        return False
    return part_of_speech(word) in _NOUN_TAGS


# a list of places closed by 等地 (拉萨、林芝等地, 北京等地): where something comes from or goes to
_PLACES_LIST = re.compile(r"(?:[、和与及][\u4e00-\u9fff]{2,4}?)*等地")


def places_of_reference(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Drop divisions written by their short name in a list of places closed by 等地 (销往广州、深圳等地,
    与甲、乙等地的救援力量): the places a deed reaches, no units the text speaks of (a full name stays)."""
    text = doc.text
    dropped = {m.start for m in mentions if m.rule == "division-short" and _PLACES_LIST.match(text, m.end)}
    if not dropped:
        return mentions
    # 浙江|安吉、江苏|昆山等地: the province that qualifies a dropped place goes with it
    dropped |= {m.start for m in mentions if m.rule == "division-short" and m.end in dropped}
    return [m for m in mentions if m.start not in dropped]


def implied_only(doc: Document, mentions: list[Mention], keys: Iterable[str]) -> None:
    """Keep an entity's passages to those where a mention of its own stands: a body or unit written
    only as the first part of a longer name (某市|委组织部, 某局|党组, 某某大学|附属医院, 某市|某某学会) is
    implied by that name, as a division's parents are by the division; it stays in the graph for the
    partOf chain, drawn from no passage of its own."""
    own: dict[str, set[int]] = {}
    for m in mentions:
        if m.key:
            own.setdefault(m.key, set()).add(m.passage)
    for key in keys:
        ent = doc.entities.get(key)
        if ent is not None and ent.passages:
            ent.passages = [p for p in ent.passages if p in own.get(key, ())]
