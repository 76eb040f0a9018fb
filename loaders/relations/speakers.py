"""Officials speaking for their bodies: 某局负责人表示，…, 据某村书记某某介绍，…, “…。”某村党支部书记某某说。

Whose official a sentence quotes says whose deeds and figures its words report: a village's, town's,
company's or association's official speaks of its own work; a county department's of the county's.
"""

from __future__ import annotations

import re

from loaders.document import Document
from loaders.relations import selves
from loaders.relations.mentions import org_mentions

__all__ = ["SPEAKER", "speaker", "speaks_for_itself"]

# 某局负责人表示，… / 某部副部长某某介绍，…: the body is whose official speaks; what the speech reports is done by
# the body its own clause names, else by the report's subject
_SPEAKS = (
    "[^，,。；;：:“”]{0,8}?(?:负责人|部长|局长|书记|主任|镇长|乡长|县长|区长|市长|院长|校长|经理|董事长|理事长|所长|站长)"
    "[\u4e00-\u9fff]{0,4}?(?:介绍|表示|说|指出|谈到|坦言|告诉记者)"
)
SPEAKER = re.compile(_SPEAKS + "[，,：:]")
_SAID = re.compile(_SPEAKS + "[。！!]")  # “…”某村党支部书记某某说。: the speech's speaker, after it


def speaker(doc: Document, passage: int) -> str | None:
    """“我们村推行‘某某’以后……。”某村党支部书记某某说。: a sentence that is all a quote speaks for the body whose
    official the next sentence, on the same line, names as saying it."""
    text, p = doc.text, doc.passages[passage]
    if not text.startswith("“", p.start) or not text.endswith("”", p.start, p.end) or passage + 1 >= len(doc.passages):
        return None
    q = doc.passages[passage + 1]
    if q.report != p.report or text[p.end : q.start].strip() or "\n" in text[p.end : q.start]:
        return None
    chain = [m for m in org_mentions(doc, passage + 1) if m.key]
    if not chain or chain[0].start != q.start:
        return None
    at = 0
    while at + 1 < len(chain) and chain[at + 1].start == chain[at].end:
        at += 1  # 某镇|某村党支部书记: the unit the address ends with
    key = chain[at].key or ""
    return key if _SAID.match(text, chain[at].end) and speaks_for_itself(doc, key) else None


def speaks_for_itself(doc: Document, key: str) -> bool:
    """Whether an official of the body speaks of its own work: a county's department speaks of the county's
    (某县委组织部副部长某某说, as the real gold reads it); a unit below it or beside it (a village, a town, a
    company, an association, or its party branch) of its own."""
    ent = doc.entities.get(key)
    if ent is None:
        return False
    lead = selves.LEADERSHIP.fullmatch(ent.label) if ent.cls == "PartyOrganization" else None
    return ent.cls in _SPEAKING or (lead is not None and lead["unit"].endswith(_SPEAKING_UNITS))


_SPEAKING = frozenset({"Township", "Village", "Community", "Enterprise", "SocialOrganization", "ResearchInstitution"})
_SPEAKING_UNITS = ("村", "社区", "镇", "乡", "街道", "公司", "集团", "合作社", "协会")
