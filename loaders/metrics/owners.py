"""Figures a body's own Party organization is read to report, given back to the body they describe.

A village's, community's or town's Party branch leads it (石桥村党支部领办合作社，村集体经济收入达到56万元):
the income, the households and even the members counted are the village's. A company's Party committee
reports its own party work (发展党员12名, 党员示范岗18个) but not the company's output (完成产值3.6亿元),
which is the company's. A Party body that is the report's own subject keeps whatever it reports.
"""

from __future__ import annotations

import re

from loaders.document import Document, Metric

__all__ = ["give_to_owners"]

# what a party body counts of its own: its members, branches, posts and meetings
_PARTY_MATTER = re.compile("党|支部|先锋|示范岗|书记|积极分子|主题日|三会一课")
_PLACES = ("Village", "Community", "Township")
_BODIES = ("Enterprise", "ResearchInstitution", "SocialOrganization")


def give_to_owners(doc: Document, metrics: list[Metric]) -> None:
    """Move each figure a body's own Party organization is read to report to the body, where it is the
    body's (see the module's docstring)."""
    parent = {r.subject: r.object for r in doc.relations if r.predicate == "partOf"}
    own_subjects = {r.subject for r in doc.reports}
    for m in metrics:
        owner = _owner(doc, parent, m.subject)
        if owner is None or m.subject in own_subjects:
            continue
        if doc.entities[owner].cls in _PLACES or not _PARTY_MATTER.search(m.measure or ""):
            m.subject = owner


def _owner(doc: Document, parent: dict[str, str], key: str) -> str | None:
    """The village, town, company or institution whose own Party organization `key` is (石桥村党支部 of
    石桥村, 华兴公司党委 of 华兴公司): named by its owner's name; else None."""
    body, up = doc.entities.get(key), parent.get(key)
    owner = doc.entities.get(up or "")
    if body is None or owner is None or body.cls != "PartyOrganization":
        return None
    if owner.cls not in _PLACES + _BODIES or not body.label.startswith(owner.label):
        return None
    return up
