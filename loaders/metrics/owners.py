"""Figures a body's own Party organization is read to report, given back to the body they describe.

A village's, community's or town's Party branch leads it (石桥村党支部领办合作社，村集体经济收入达到56万元):
the income, the households and even the members counted are the village's. A company's Party committee
reports its own party work (发展党员12名, 党员示范岗18个) but not the company's output (完成产值3.6亿元),
which is the company's. A Party body that is the report's own subject keeps whatever it reports.
"""

from __future__ import annotations

import re

from loaders.document import Document, Metric
from loaders.relations.partners import led_units

__all__ = ["give_to_owners"]

# what a party body counts of its own: its members, branches, posts and meetings
_PARTY_MATTER = re.compile("党|支部|先锋|示范岗|书记|积极分子|主题日|三会一课")
_PLACES = ("Village", "Community", "Township")
_BODIES = ("Enterprise", "ResearchInstitution", "SocialOrganization")


def give_to_owners(doc: Document, metrics: list[Metric]) -> None:
    """Move each figure a body's own Party organization is read to report to the body, where it is the
    body's (see the module's docstring)."""
    led = led_units(doc)
    own_subjects = {r.subject for r in doc.reports}
    for m in metrics:
        owner = doc.entities.get(led.get(m.subject, ""))
        if owner is None or owner.cls not in _PLACES + _BODIES or m.subject in own_subjects:
            continue
        if owner.cls in _PLACES or not _PARTY_MATTER.search(m.measure or ""):
            m.subject = led[m.subject]
