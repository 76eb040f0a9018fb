"""An enterprise founded or brought in earlier in a sentence: the doer of the sentence's later clauses."""

from __future__ import annotations

import re

from loaders.document import Document
from loaders.relations.clauses import CLAUSE_MARK
from loaders.relations.mentions import org_mentions

__all__ = ["FOUNDING", "founded"]


FOUNDING = re.compile("(?:牵头|领办|发起)?(?:成立|组建|创办|注册)了?$")


# 引入某某公司实施…: the company brought in is the subject of the verb right after it (a pivot), and of the
# clauses after that; 引入某某公司，… or 引入甲、乙等企业 names only whom the unit brought in
_PIVOT = re.compile("(?:引入|引进|吸引)$")


_VERB_NEXT = re.compile('[^、等的和与及，,。；;：:（(“"]')


def founded(doc: Document, passage: int, pos: int) -> str | None:
    """An enterprise founded or brought in earlier in the sentence acts in its later clauses: 村党支部牵头成立
    永兴农机合作社,整合土地1.8万亩 → the cooperative integrates the land. A team, association or committee a
    unit sets up (成立某某志愿服务队,开展活动120场) is the unit's instrument: its deeds and figures stay the unit's."""
    text = doc.text
    for m in reversed(org_mentions(doc, passage)):
        if m.end > pos or not m.key or m.text.startswith("全"):  # 全村: a scope word, not an actor
            continue
        ent = doc.entities.get(m.key)
        if ent is None or ent.cls != "Enterprise":
            return None
        pivot = _PIVOT.search(text, max(0, m.start - 2), m.start) and _VERB_NEXT.match(text, m.end)
        if not pivot and not FOUNDING.search(text, max(0, m.start - 6), m.start):
            return None
        if len(ent.label) < 6:
            return None  # 组建物业公司: a kind of body, not one named
        between = text[m.end : pos]
        if pivot and _SERVES.fullmatch(between):
            return m.key  # 引入某某公司提供“菜单式”服务: the company brought in does what its own verb names
        return m.key if CLAUSE_MARK.search(between) and not _ANY_STOP.search(between) else None
    return None


# the verb a body brought in does right after its name (引入X提供/运营/负责…)
_SERVES = re.compile("(?:提供|运营|负责|承接|开展|实施|推行|打造|建设)")


_ANY_STOP = re.compile("[。！？!?；;]")
