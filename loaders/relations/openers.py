"""The bodies that open a clause: a passage's candidate doers, and the unit an address chain ends with.

A body opening a clause is its subject (`references.doer_start`), unless it only qualifies the head of the
clause's subject (某园区内的某公司), opens a practice's own name, or is an official's body that speaks for
units the reported clauses name. The subject's words for itself (`selves`) open clauses too.
"""

from __future__ import annotations

import re

from loaders.document import Document, Mention
from loaders.names.references import doer_start
from loaders.relations import selves
from loaders.relations.clauses import CLAUSE_START
from loaders.relations.mentions import activity_spans, org_mentions, per_document
from loaders.relations.speakers import SPEAKER

__all__ = ["HEAD_BODIES", "doer_mentions", "innermost"]


_BELOW = frozenset({"Village", "Community", "Township"})  # 全村, 全镇: the unit of the level named before


_DOERS: dict[int, list[Mention]] = per_document({})


def doer_mentions(doc: Document, passage: int) -> list[Mention]:
    """The clause-opening organization mentions of a passage (kept with the mention index below)."""
    orgs = org_mentions(doc, passage)  # refreshes the index, and clears _DOERS, when the document changes
    if passage not in _DOERS:
        text = doc.text
        named = activity_spans(doc, passage)
        found, modified = [], []
        for m in orgs:
            if _inside(m, named) or _quoted_speaker(text, m, orgs) or _DATELINE.match(text, m.end):
                continue
            if (lo := _modifier_start(text, m)) is not None:
                modified.append((lo, m.start))
                found.append(m)
            elif doer_start(text, m.start, m.end):
                found.append(m)
        # 某园区内的某公司与…签订, 某村党支部领办的某合作社流转…: a unit inside the modifier only qualifies the head
        found = [m for m in found if not any(lo <= m.start < head for lo, head in modified)]
        own = selves.self_mentions(doc, passage)
        if own:
            found = sorted(found + own, key=lambda m: m.start)
        _DOERS[passage] = found
    return _DOERS[passage]


# 某某日报讯（记者 某某）…, 某县融媒体中心讯: the outlet that files a news report is no doer of what it reports
_DATELINE = re.compile("(?:讯(?!息)|消息)?[ 　]*[（(]?(?:记者|通讯员)|讯(?!息)")


def _quoted_speaker(text: str, m: Mention, orgs: list[Mention]) -> bool:
    """某部副部长某某介绍，从2011年起，某区已…: an official's body that only speaks for a unit the reported
    clauses name; where they name none (镇里将…, 学校通过…) the speaker's body speaks of its own deeds."""
    said = SPEAKER.match(text, m.end)
    return said is not None and any(o.start >= said.end() and o.key and doer_start(text, o.start, o.end) for o in orgs)


# a clause opening on a preposition or a verb that makes others act: the body after its 的 is an object
_GOVERNED = re.compile(
    "(?:在|于|对|向|为|从|与|和|同|随着|依托|通过|借助|按照|根据|围绕|针对|联合|携手|支持|帮助|引导|鼓励|推动|组织|指导|要求|动员|"
    "引进|引入|邀请|聘请|依靠|利用|发挥|把|将|让|使|由)"
)


HEAD_BODIES = frozenset({"Enterprise", "SocialOrganization", "ResearchInstitution"})


def _modifier_start(text: str, m: Mention) -> int | None:
    """Where the modifier of a clause's head body starts, when `m` is that head: 该村党支部领办的某某合作社流转
    土地…, 某园区内的某某公司与…签订: a body after the 的 that closes its clause's modifier heads the clause's
    subject, and its verb follows it."""
    if m.cls not in HEAD_BODIES or not text.startswith("的", m.start - 1):
        return None
    mark = CLAUSE_START.search(text, max(0, m.start - 30), m.start)
    if mark is None:
        return None
    run = text[mark.start() + 1 : m.start]
    listed = text.startswith(("的", "等", "、", "和", "及"), m.end)  # 新组建的甲、乙等5个公司: objects listed
    return mark.start() + 1 if 2 <= len(run) <= 24 and not _GOVERNED.match(run) and not listed else None


def _inside(m: Mention, activities: list[tuple[int, int]]) -> bool:
    """元泰化工|研发平台…不达标: an organization that opens an activity's name owns it; it does nothing."""
    return any(s <= m.start and m.end < e for s, e in activities)


def innermost(doc: Document, passage: int, key: str, pos: int) -> str | None:
    """The doer a chain of names ends with (凤山乡|银川村); None for a scope word (全市65所学校)."""
    orgs = [m for m in org_mentions(doc, passage) if m.start < pos]
    ats = [k for k, m in enumerate(orgs) if m.key == key]
    named = [  # 日兴镇探索…，带动全镇: the doer was named before its scope word
        k for k in ats if not orgs[k].text.startswith("全") and doer_start(doc.text, orgs[k].start, orgs[k].end)
    ]
    at = max(named or ats, default=None)
    if at is None:
        return key
    while at + 1 < len(orgs) and orgs[at + 1].start == orgs[at].end:
        at += 1
    if orgs[at].text.startswith("全") and orgs[at].cls not in _BELOW:
        return None  # 全市65所学校: a scope of the county's report; 全村 after a village named: that village
    return orgs[at].key or key
