"""Who reports a figure: the body its sentence cites (据X统计), else the doer of the practice written before it
in its sentence, else the doer there (`doers.actor_of`); a subject's own party leadership reports for it.

Used by the metrics stage for figures in sentences and in table rows.
"""

from __future__ import annotations

import re

from loaders.document import Document
from loaders.relations import selves
from loaders.relations.agents import passive_agent
from loaders.relations.doers import actor_of
from loaders.relations.mentions import deed_mentions, org_mentions, per_document
from loaders.relations.openers import doer_mentions
from loaders.relations.speakers import SPEAKER, speaks_for_itself
from loaders.relations.verbs import placed, verb_subject

__all__ = ["cited", "reporter_of"]

_SOURCE_VERB = re.compile("[，,]?\\s*(?:统计|介绍|测算|调查|数据显示|统计显示|数据|通报|公布|监测|显示)")


def reporter_of(doc: Document, passage: int, pos: int) -> str | None:
    """Who reports the figure at `pos`: the body a sentence cites (`cited`), else the doer of the practice its
    sentence names before it (`_deed_reporter`), else the doer there (`actor_of`), the report's subject for its
    own party leadership (某县委, 某镇党委), a town, village, community or company named in the text for the
    committee whose official tells the figures (某社区党委书记某某说，社区共有报到党员…); a committee that acts
    (某村党支部领办合作社，种植面积达到…) keeps its own."""
    if (source := cited(doc, passage, pos)) is not None:
        return source
    key = selves.own(doc, passage, _deed_reporter(doc, passage, pos) or actor_of(doc, passage, pos))
    # whether an official speaks is read first: a few mentions of the passage, not every entity of the document
    if key is not None and _speaks(doc, passage, key) and (unit := selves.local_unit(doc, key)) is not None:
        return unit  # 某社区党委书记某某说，社区共有…: the official tells the community's figures
    return _told_unit(doc, passage, pos, key)


# 某村党支部书记某某说 / 介绍: an official of a committee speaking (before a comma, or after a quote)
_OFFICIAL_SAYS = re.compile("[^，,。；;“”]{0,8}?(?:书记|主任|负责人)[\u4e00-\u9fff]{0,4}?(?:说|介绍|表示|告诉记者)")


def _told_unit(doc: Document, passage: int, pos: int, key: str | None) -> str | None:
    """“…”乙村党支部书记某某说。目前，村里建成大棚86个: a bare word for a unit (村里, 社区) right after an
    official of a committee speaks is that committee's unit, not the unit of that kind named before it."""
    ent = doc.entities.get(key or "")
    if ent is None:
        return key
    bare = [
        m
        for m in org_mentions(doc, passage)
        if m.key == key and m.end <= pos and m.text not in {ent.label, *ent.alt_labels}
    ]
    if not bare:
        return key
    text, p, j = doc.text, doc.passages[passage], passage
    spoken = [(passage, bare[0].start)]
    if passage > 0 and "\n" not in text[doc.passages[passage - 1].end : p.start]:
        spoken.append((passage - 1, doc.passages[passage - 1].end))
    for j, end in spoken:
        for m in reversed([m for m in org_mentions(doc, j) if m.end <= end]):
            if m.key == key:
                return key  # the unit itself named since the official spoke
            unit = selves.local_unit(doc, m.key or "")
            told = doc.entities.get(unit or "")
            if told is not None and told.cls == ent.cls and _OFFICIAL_SAYS.match(text, m.end):
                return unit
    return key


def _speaks(doc: Document, passage: int, key: str) -> bool:
    """Whether the passage names `key` as the body whose official speaks (某社区党委书记某某告诉记者，…)."""
    return any(m.key == key and SPEAKER.match(doc.text, m.end) for m in org_mentions(doc, passage))


def _deed_reporter(doc: Document, passage: int, pos: int) -> str | None:
    """县农业农村局指导甲村推行“某某”模式，托管土地3000亩 / “某某”制度在甲镇全面推行，化解纠纷150件: the figures
    after a practice whose doer its own words name (the body right before its verb, a 由- or 在-agent) are that
    doer's, unless a body opens a clause between them."""
    deeds = [m for m in deed_mentions(doc, passage) if m.end <= pos]
    if not deeds:
        return None
    m = deeds[-1]
    if any(o.start >= m.end and o.end <= pos for o in doer_mentions(doc, passage)):
        return None  # 甲村推行X，乙村建成…: the later body reports its own clause
    found = passive_agent(doc, m)
    if not found and (key := verb_subject(doc, m)) is not None:
        first = max((o for o in org_mentions(doc, passage) if o.end <= m.start), key=lambda o: o.end)
        for prev in reversed(org_mentions(doc, passage)):  # an address chain: where it starts
            if prev.end == first.start:
                first = prev
        found = [] if placed(doc, first.start) else [key]  # 在某中心设立X: the centre runs X, the doer counts
    return found[0] if len(found) == 1 else None


def cited(doc: Document, passage: int, pos: int) -> str | None:
    """The body a sentence cites for its figures (据某县统计局统计,… → that bureau), in every clause up to the
    sentence's full stop: 据X统计,A达到91%;B占比63% gives X both figures (a semicolon ends a passage, not
    the citation)."""
    text = doc.text
    j, end = passage, pos
    while True:
        found = _citation(doc, j)
        if found is not None and found[0] <= end:
            return found[1]
        p = doc.passages[j]
        if j == 0 or p.heading:
            return None
        q = doc.passages[j - 1]
        if q.heading or q.report != p.report or not text.endswith(_SEMICOLONS, q.start, q.end):
            return None
        if "\n" in text[q.end : p.start]:
            return None  # a new paragraph: the citation ended with its sentence
        j, end = j - 1, q.end


_SEMICOLONS = ("；", ";")
_CITATIONS: dict[int, tuple[int, str] | None] = per_document({})


def _citation(doc: Document, passage: int) -> tuple[int, str] | None:
    """The body a passage cites (据X统计) and how far its mentions up to it reach: `cited` reads the mentions in
    order up to the first that ends past its position or has no key, so the body counts where that reach
    does not pass it. Kept per passage with the mention index (every figure asks; most passages cite none)."""
    orgs = org_mentions(doc, passage)  # refreshes the index, and clears _CITATIONS, when the document changes
    if passage not in _CITATIONS:
        text, reach, found = doc.text, -1, None
        for m in orgs:
            if not m.key:
                break
            reach = max(reach, m.end)
            if text.startswith("据", m.start - 1) and _SOURCE_VERB.match(text, m.end):
                found = (reach, m.key)
                break
            if text.startswith("据", m.start - 1) and SPEAKER.match(text, m.end) and speaks_for_itself(doc, m.key):
                found = (reach, m.key)  # 据某村党支部书记某某介绍，村里…: the village's official cites its figures
                break
        _CITATIONS[passage] = found
    return _CITATIONS[passage]
