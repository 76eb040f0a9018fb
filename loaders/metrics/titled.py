"""Whose figures a part reports when its title names a unit: （一）某镇某村：土地流转增收益 → that village.

A report of a county that sets out its examples one part each (（一）甲镇乙村：…, 二、某公司：…, 案例三 某社区…)
writes the part's sentences without naming the unit again (流转土地2600亩，村集体增收26万元): their figures are
the unit's, not the county's. A body its own sentence names (县农业农村局…, 其中，丙村…) keeps its figures.
"""

from __future__ import annotations

import re

from loaders.document import Document
from loaders.relations.divisions import contains
from loaders.relations.mentions import org_mentions

__all__ = ["titled_unit"]

# what opens a part's title before the unit it names: （一） 一、 1. 案例一： 典型案例2:
_MARK = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)"
    r"|(?:典型)?案例[一二三四五六七八九十\d]{0,3}[：:、．.]?|附(?:表|件)?[一二三四五六七八九十\d]{0,2}[：:])\s*"
)
_RUN_IN = re.compile("[：:]")
_UNITS = frozenset(
    {"Township", "Village", "Community", "Enterprise", "SocialOrganization", "ResearchInstitution", "GovernmentAgency"}
)


def titled_unit(doc: Document, passage: int, key: str | None) -> str | None:
    """The unit a title above `passage` opens on (`_title_unit`), for a figure `key` would give to the report's
    subject, to a unit above it, or to a place that holds the titled unit; else `key`."""
    titled = _title_unit(doc, passage)
    if titled is None or key == titled:
        return key
    subject = doc.reports[doc.passages[passage].report or 0].subject
    if key is None or key == subject or contains(key, titled) or (subject is not None and contains(key, subject)):
        return titled
    return key


def _title_unit(doc: Document, passage: int) -> str | None:
    """The unit that opens the nearest heading above `passage` (甲镇主要指标：… over its label：value lines),
    else the title of the innermost numbered part around it that opens on one: a village, community, town,
    company, society or department, not the report's subject. A title is a line of its own (一是甲村…, a
    point run in its paragraph, names its doer itself)."""
    text, p = doc.text, doc.passages[passage]
    report = doc.reports[p.report] if p.report is not None else None
    if report is None:
        return None
    titles = []
    k = passage  # 甲街道：将辖区…: a paragraph run in after its unit's name and a colon
    while k > 0 and "\n" not in text[doc.passages[k - 1].end : doc.passages[k].start]:
        k -= 1
    if colon := _RUN_IN.search(text, doc.passages[k].start, min(doc.passages[k].end, doc.passages[k].start + 24)):
        titles.append((doc.passages[k].start, colon.start()))
    j = passage - 1
    while j >= 0 and doc.passages[j].report == p.report and not doc.passages[j].heading:
        j -= 1
    if j >= 0 and doc.passages[j].report == p.report and doc.passages[j].start > report.start:
        titles.append((doc.passages[j].start, doc.passages[j].end))
    parts = [pt for pt in report.parts if pt.title_end <= p.start < pt.end]
    titles += [(pt.start, pt.title_end) for pt in sorted(parts, key=lambda pt: pt.start, reverse=True)]
    for start, end in titles:
        if end < len(text) and not text.startswith(("\n", "：", ":"), end):
            continue
        mark = _MARK.match(text, start, end)
        chain = _chain(doc, mark.end() if mark else start, end)
        ent = doc.entities.get(chain or "")
        if ent is not None and ent.cls in _UNITS and chain != report.subject:
            return chain
    return None


def _chain(doc: Document, at: int, end: int) -> str | None:
    """The last unit of the address chain of mentions that starts at `at` (甲镇|乙村 → 乙村)."""
    i = next((k for k, q in enumerate(doc.passages) if q.start <= at < q.end), None)
    if i is None:
        return None
    found = None
    for m in org_mentions(doc, i):
        if m.start == at and m.end <= end:
            found, at = m.key, m.end
    return None if doc.text.startswith(("、", "和", "与", "及", "等"), at) else found  # 甲镇、乙镇：… names no one
