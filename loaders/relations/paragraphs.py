"""A paragraph's doer carried on: sentences and points with no doer of their own keep the one before.

A sentence that goes on (同时，…) or a clause after a semicolon keeps its sentence's doer; a village or
community (or a town that opened its paragraph or set its scene, or a committee that leads one) named as
doer, or the place a sentence set its scene in (在某村，…), keeps the deeds of its paragraph until another is
named, unless it was only given as an example (如某村，…); points (一是…) run in after a paragraph's
sentences go on with it.
"""

from __future__ import annotations

import re

from loaders import names
from loaders.document import Document
from loaders.relations import selves
from loaders.relations.anaphora import referent
from loaders.relations.clauses import AT_LEAD
from loaders.relations.mentions import org_mentions, per_document
from loaders.relations.openers import HEAD_BODIES, doer_mentions, innermost
from loaders.relations.scenes import located
from loaders.relations.sentence import sentence_doer
from loaders.relations.verbs import PLACES
from loaders.segment import ITEM_MARK

__all__ = ["carried", "continued", "item"]


_LOCAL = frozenset({"Village", "Community"})


_GOES_ON = re.compile("同时|并且|此外|另外|与此同时")


def continued(doc: Document, passage: int) -> str | None:
    """同时,健全… / 甲局推行…；建立…: a sentence that goes on with the previous one, or a clause after its
    semicolon with no subject of its own, keeps its named doer (not an item of a list: 二是…). Kept per
    passage with the mention index: it depends on the passage alone, and every practice and figure asks."""
    org_mentions(doc, passage)  # refreshes the index, and clears _CONTINUED, when the document changes
    if passage not in _CONTINUED:
        _CONTINUED[passage] = _continued_from(doc, passage)
    return _CONTINUED[passage]


_CONTINUED: dict[int, str | None] = per_document({})


_SEMICOLONS = ("；", ";")
_CLAUSE_MARKS = re.compile("[，,；;]")
_EXAMPLE = re.compile("(?:如|比如|例如|譬如)[，,：:]?")


def _continued_from(doc: Document, passage: int) -> str | None:
    p = doc.passages[passage]
    if passage == 0:
        return None
    q = doc.passages[passage - 1]
    if not _GOES_ON.match(doc.text, p.start) and (
        not doc.text.endswith(_SEMICOLONS, q.start, q.end) or ITEM_MARK.match(doc.text, p.start)
    ):
        return None
    if q.heading or q.report != p.report or "\n" in doc.text[q.end : p.start]:
        return None
    key = sentence_doer(doc, passage - 1, q.end)
    found = innermost(doc, passage - 1, key, q.end) if key else referent(doc, passage - 1, q.end)
    ent = doc.entities.get(found or "")
    if ent is not None and ent.cls in HEAD_BODIES and not doc.text.endswith(_SEMICOLONS, q.start, q.end):
        return None  # 县农商银行推出…。同时，强化…: a company's deed is an example, the report's narrator goes on
    return found


_CARRIED: dict[int, str | None] = per_document({})


def carried(doc: Document, passage: int) -> str | None:
    """A village or community that was the doer of an earlier sentence of the same paragraph (kept per
    passage with the mention index: every figure and practice of a passage asks again)."""
    org_mentions(doc, passage)  # refreshes the index, and clears _CARRIED, when the document changes
    if passage not in _CARRIED:
        _CARRIED[passage] = _carried_from(doc, passage)
    return _CARRIED[passage]


def _carried_from(doc: Document, passage: int) -> str | None:
    text = doc.text
    j = passage
    while j > 0 and "\n" not in text[doc.passages[j - 1].end : doc.passages[j].start]:
        j -= 1
        end = doc.passages[j].end
        if item(doc, j) and not doer_mentions(doc, j):
            continue  # 一是…；二是…: points that name no doer go on with the paragraph's
        if doc.passages[j].heading:  # a short line that sets the scene (在某乡，…。) holds its paragraph
            sentence = text.endswith("。", doc.passages[j].start, end)
            scene = located(doc, j, end) if sentence else None
            ent = doc.entities.get(scene or "")
            if ent is not None and ent.cls in PLACES:
                return scene
            if sentence and not doer_mentions(doc, j) and _CLAUSE_MARKS.search(text, doc.passages[j].start, end):
                # 在某村，…。每逢周五晚上，村民…。: a short sentence of clauses, with no doer, goes on with its
                # paragraph (实施某某攻坚。: a run-in heading of one clause opens a new point)
                continue
            return None
        if selves.self_mentions(doc, j):
            return None  # 中心联合…设立: the subject, by its word for itself, took the deeds back
        key = names.actor_at(doc, j, end)
        if key is not None and _EXAMPLE.match(text, doc.passages[j].start):
            return None  # 某县推行X。如某村，…。推行Y: a unit given as an example acts in its own sentence only
        if key is not None:
            doer = innermost(doc, j, key, end)
            unit = selves.local_unit(doc, doer) if doer else None  # 某乡党委…：一是…。二是…: the town it leads
            ent = doc.entities.get(unit or doer or "")
            if doer is None or ent is None or ent.cls not in _LOCAL | {"Township"}:
                return None
            # a town carries on where its sentence set the scene (在某镇，…) or opened its paragraph (某镇整合…)
            if ent.cls in _LOCAL or located(doc, j, end) == doer or _topic(doc, j, doer):
                return unit or doer
            return None
        scene = located(doc, j, end)  # 在某村，…。村“两委”推行…: the place a sentence set its scene in holds on
        if scene is not None and (ent := doc.entities.get(scene)) is not None and ent.cls in PLACES:
            return scene
        if j in _CARRIED:
            return _CARRIED[j]  # the walk on from here is j's own, found already
    return None


def item(doc: Document, passage: int) -> bool:
    """Whether the passage is a point (一是…, （二）…) run in after sentences of its paragraph, on their line."""
    p = doc.passages[passage]
    return (
        passage > 0
        and p.heading
        and "\n" not in doc.text[doc.passages[passage - 1].end : p.start]
        and ITEM_MARK.match(doc.text, p.start) is not None
    )


def _topic(doc: Document, passage: int, key: str) -> bool:
    """甲镇整合…，建成…。一是实施…: a town that opens its paragraph's sentence and is the only doer its
    paragraph names up to there is the paragraph's topic, and does its sentences with no doer of their own
    (甲镇推行A。乙镇推行B。建立C…: towns named as examples, the report's subject goes on)."""
    found = doer_mentions(doc, passage)
    p = doc.passages[passage]
    if not found or found[0].key != key or AT_LEAD.fullmatch(doc.text, p.start, found[0].start) is None:
        return False
    j = passage
    while j >= 0 and {m.key for m in doer_mentions(doc, j)} <= {key}:
        if j == 0 or "\n" in doc.text[doc.passages[j - 1].end : doc.passages[j].start]:
            return True  # the paragraph opens here
        j -= 1
    return False
