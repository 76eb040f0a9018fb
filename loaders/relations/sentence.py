"""A sentence's own doer: which of the bodies opening its clauses does the deed at a place.

The sentence's first opening body is its subject; a body of the same kind opening a later clause on its own
takes the clauses after it, and where the sentence opens on a deed of its own with no subject, only a company
or institution that opens a later clause is that clause's subject.
"""

from __future__ import annotations

import re

from loaders.document import Document
from loaders.relations.clauses import CLAUSE_MARK
from loaders.relations.mentions import per_document
from loaders.relations.openers import HEAD_BODIES, doer_mentions

__all__ = ["sentence_doer"]


def sentence_doer(doc: Document, passage: int, pos: int) -> str | None:
    doers = [m for m in doer_mentions(doc, passage) if m.start < pos]
    if not doers:
        return None
    last = doers[-1]
    if _GROUP_COUNT.fullmatch(doc.text, last.end, pos):
        return None  # 甲公司等15家企业建成…: the figure counts a group the body only heads
    if not CLAUSE_MARK.search(doc.text, last.end, pos):
        # A、B等部门参与的|X制度: the bodies describe what is set up, the one who sets it up is not named
        return None if doc.text.endswith(_TAKING_PART, last.end, pos) else last.key
    first = doers[0]  # the sentence's subject, unless a clause before it already acts with no subject named
    # 某镇强村公司——某某有限公司承接…: the name the dash gives is the subject; so is the body a scope ranks
    # (全县龙头企业|某某公司…: 全县 says among whom, the company acts)
    named = len(doers) > 1 and (doc.text.endswith("——", 0, doers[1].start) or first.text.startswith("全"))
    if named and not CLAUSE_MARK.search(doc.text, first.end, doers[1].start):
        first = doers[1]
    if passage not in _OPENED:  # kept per passage with the mention index
        before = doc.text[doc.passages[passage].start : first.start]
        _OPENED[passage] = not any(_OWN_DEED.search(c) for c in CLAUSE_MARK.split(before)[:-1])
    listed = doc.text.startswith(_LISTED, last.end) or doc.text.endswith(("、", "和", "及"), 0, last.start)
    if _OPENED[passage]:
        # 甲区、乙区打造…，丙区建设…，吸引团队32个: a unit of the same kind that opens a later clause on its own
        # (not one of a list) is the topic of the clauses after it
        same_kind = (last.key or "").startswith("place/") == (first.key or "").startswith("place/")
        return last.key if last is not first and not listed and same_kind else first.key
    # 推行某某模式，某公司与12个村签订协议，带动农户…: a company or institution that opens a later clause is
    # its topic and does the subject-less clauses after it (a listed group of bodies, 甲局、乙局等部门常驻, is not)
    return last.key if first is last and last.cls in HEAD_BODIES and not listed else None


_LISTED = ("、", "等", "和", "及")


_GROUP_COUNT = re.compile("等[近约共计逾超]{0,2}")


_OPENED: dict[int, bool] = per_document({})


_TAKING_PART = ("参与的", "配合的", "参加的", "协同的", "协作的")


# a clause that opens its sentence with a deed of its own and no subject (在X建成Y中心,A局等部门常驻,…): the
# sentence is the report subject's, and a body named later is the subject of its own clause only
_OWN_DEED = re.compile(
    "^(?!为|为了|围绕|按照|根据|针对|聚焦|立足|坚持|结合|通过|依托|借助|紧扣|着眼|以)"
    ".*(?:建成|设立|成立|出台|制定|印发|实施|开展|推行|建立|打造|组建)"
)
