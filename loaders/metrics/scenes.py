"""Whose figures a paragraph reports when it opens on a scene: 走进某镇某村，…。近年来，当地…共发展民宿32家.

News and cases set the scene in a unit below the report's subject (走进X村, 记者来到X社区, 在X镇) and then write
what is done there with no doer of their own (近年来，当地依托…, 2023年接待游客5万人次): those figures are the
scene's, not the county's the title names; so are those after the example a clause takes (以某镇为例，…).
A body a later sentence names (县文旅局…, 该县…) ends the scene.
"""

from __future__ import annotations

import re

from loaders.document import Document
from loaders.relations.divisions import contains
from loaders.relations.doers import proposals
from loaders.relations.mentions import org_mentions
from loaders.relations.openers import doer_mentions
from loaders.relations.scenes import located

__all__ = ["scene_unit"]

_PLACES = frozenset({"Township", "Village", "Community"})


def scene_unit(doc: Document, passage: int, pos: int, key: str | None) -> str | None:
    """The unit an earlier sentence of the figure's paragraph sets the scene in, for a figure at `pos` whose
    sentence names no doer (`key` is the report's subject); else `key`."""
    p = doc.passages[passage]
    subject = doc.reports[p.report].subject if p.report is not None else None
    if subject is None or key != subject or set(proposals(doc, passage, pos)) - {"subject", "address"}:
        return key
    text, j = doc.text, passage
    if (example := _example(doc, passage, pos)) is not None and contains(subject, example):
        return example  # 以某镇为例，今年以来共拆除旱厕450座
    while j > 0 and "\n" not in text[doc.passages[j - 1].end : doc.passages[j].start]:
        j -= 1
        q = doc.passages[j]
        if q.report != p.report:
            return key
        scene = located(doc, j, q.end) or _visited(doc, j) or _example(doc, j, q.end)  # proposals' "located"
        ent = doc.entities.get(scene or "")
        if ent is not None and ent.cls in _PLACES and contains(subject, scene or ""):
            return scene
        if doer_mentions(doc, j):
            return key  # a body named as doer since: the scene, if any, was before it
    return key


_VISIT = re.compile("(?:来到|走进|走入|步入|走访|抵达)了?$")


def _visited(doc: Document, passage: int) -> str | None:
    """从甲村驱车半小时，便来到了乙镇丙村。: the unit a sentence ends on as the place a visit reaches (the
    last of its address chain)."""
    orgs = org_mentions(doc, passage)
    k = len(orgs) - 1
    if k < 0 or not doc.text.startswith(("。", "，", ","), orgs[k].end):
        return None
    while k > 0 and orgs[k - 1].end == orgs[k].start:
        k -= 1  # 乙镇|丙村: the visit reaches the chain's first unit's place
    return orgs[-1].key if _VISIT.search(doc.text, doc.passages[passage].start, orgs[k].start) else None


def _example(doc: Document, passage: int, end: int) -> str | None:
    """以某镇某村为例，…: the unit a clause before `end` takes as its example (the last of its address chain)."""
    text, found = doc.text, None
    orgs = [m for m in org_mentions(doc, passage) if m.end <= end]
    for k, m in enumerate(orgs):
        if not text.startswith("以", m.start - 1):
            continue
        last = k
        while last + 1 < len(orgs) and orgs[last + 1].start == orgs[last].end:
            last += 1
        if text.startswith("为例", orgs[last].end):
            found = orgs[last].key
    return found
