"""Whose figures a report tells when its lead opens on a body other than the unit its title names.

A county's summary or news story may be one department's or company's work from its first sentence on
(澧县2023年就业工作总结 / 今年以来，澧县人社局紧紧围绕…。一是…开展培训52期。二是…): while no other doer is
named, the figures its points and paragraphs leave to the report's subject are that body's.
"""

from __future__ import annotations

from loaders.document import Document
from loaders.relations.doers import proposals
from loaders.relations.mentions import org_mentions
from loaders.relations.openers import doer_mentions

__all__ = ["lead_body"]

# a department of the county (县人社局, 县委组织部; not 县委 itself), a company, a society or an institution
_BODIES = frozenset(
    {"GovernmentAgency", "PartyOrganization", "Enterprise", "SocialOrganization", "ResearchInstitution"}
)


def lead_body(doc: Document, passage: int, pos: int, key: str | None) -> str | None:
    """The body that opens the report's first sentence and is the only doer named up to `pos`, for a figure
    whose sentence names no doer (`key` is the report's subject); else `key`."""
    p = doc.passages[passage]
    report = doc.reports[p.report] if p.report is not None else None
    if report is None or report.subject is None or key != report.subject:
        return key
    if set(proposals(doc, passage, pos)) - {"subject", "address"}:
        return key
    if any(m.text.startswith("全") and m.end <= pos for m in org_mentions(doc, passage)):
        return key  # 全县…达到380个，占比95%: a sentence over the whole unit tells the unit's figures
    found = None
    for j in range(passage + 1):
        q = doc.passages[j]
        if q.report != p.report or (
            q.heading and (q.start == report.start or not doc.text.endswith("。", q.start, q.end))
        ):
            continue  # the title, and a heading that is no sentence (a short lead line, 某局紧紧围绕…。, is one)
        at = {o.start: o for o in org_mentions(doc, j)}
        for m in doer_mentions(doc, j):
            if j == passage and m.start >= pos:
                break
            while m.end in at and at[m.end].key:
                m = at[m.end]  # 澧县|县委组织部: an address before the body it names
            if found is None:
                ent = doc.entities.get(m.key or "")
                if (
                    ent is None
                    or ent.cls not in _BODIES
                    or m.key == report.subject
                    or (ent.cls == "PartyOrganization" and not ent.label.endswith("部"))
                    or ent.label.endswith("政府")  # 某县人民政府: the county itself
                ):
                    return key  # the report opens on its subject, its own Party committee or a place
                found = m.key
            elif m.key != found and not m.text.startswith("全"):  # 全县…: a scope, no doer of its own
                return key  # another doer named since: the rules of its own sentences decide
    return found or key
