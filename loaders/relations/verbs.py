"""The body written right before the verb that introduces a practice (X市实施Y, 在某镇试点开展Y): its subject.

Also whether a clause opens on 在 (the place a deed is done, not its doer), shared with the figures' rules.
"""

from __future__ import annotations

import re

from loaders.document import Document, Mention
from loaders.relations.clauses import AT_LEAD, CLAUSE_START
from loaders.relations.mentions import org_mentions

__all__ = ["DOING", "DOING_VERB", "PLACES", "TRIED", "placed", "verb_subject"]


DOING = (
    "(?:深入|大力|全面|积极|持续|率先|创新|探索)?"
    "(?:实施|开展|推行|推进|建立|打造|创建|推广|落实|构建|组建|设立|试行|实行)了?"
)


DOING_VERB = re.compile(DOING)
_DOING_OF = re.compile(DOING + "的")  # 转机来自某县推行的“X”模式: the relative clause names the doer


# 在X开展…: X is where; 与X共建, 联合X开展…: a partner
_NOT_SUBJECT = re.compile("(?:[在到赴于向对为从与和同及、]|联合|联系|携手|会同|协同|联手|配合|依托|通过)$")


_PARTNER_OF = re.compile("(?:与|同|联合|会同|协同|携手)[^，,。；;、“”]{0,5}的$")  # 与下游的X建立…: X is a partner


def verb_subject(doc: Document, m: Mention) -> str | None:
    """The organization written right before the verb that introduces the activity (…是X市实施Y的一分子 → X市,
    …来自X县推行的Y → X县): the subject of that verb does it, wherever the clause opens."""
    text = doc.text
    orgs = [o for o in org_mentions(doc, m.passage) if o.end <= m.start and m.start - o.end <= 6]
    if not orgs or not orgs[-1].key or orgs[-1].text.startswith("全"):
        return None
    o = orgs[-1]
    does = DOING_VERB.fullmatch(text, o.end, m.start) or _DOING_OF.fullmatch(text, o.end, m.start)
    if not does and not TRIED.fullmatch(text, o.end, m.start):
        return None
    first = o
    for prev in reversed(org_mentions(doc, m.passage)):  # an address chain: the unit it ends with acts
        if prev.end == first.start:
            first = prev
    if placed(doc, first.start) and (ent := doc.entities.get(o.key or "")) is not None and ent.cls in _SITES:
        return o.key  # 在某镇试点开展X, 在某中心设立X: the unit where the practice is set up runs it
    if _NOT_SUBJECT.search(text, max(0, first.start - 2), first.start) or _PARTNER_OF.search(
        text, max(0, first.start - 10), first.start
    ):
        return None
    return o.key if does else None


TRIED = re.compile("(?:试点|率先|先行)" + DOING)


PLACES = frozenset({"Township", "Village", "Community"})


# 在某中心设立X: the centre runs X, though the sentence's figures stay the doer's
_SITES = PLACES | {"GovernmentAgency"}


def placed(doc: Document, start: int) -> bool:
    """Whether a clause opens on 在 right before `start` (在X开展…, 今年以来，在X设立…), not 在X的…/对在X."""
    text = doc.text
    if not text.startswith("在", start - 1):
        return False
    lo = max(0, start - 30)
    mark = CLAUSE_START.search(text, lo, start - 1)
    opening = text[mark.start() + 1 if mark else lo : start - 1]
    return mark is not None and AT_LEAD.fullmatch(opening.strip()) is not None
