"""Whose figures a report tells when its lead opens on a body other than the unit its title names.

A county's summary or news story may be one department's or company's work from its first sentence on
(澧县2023年就业工作总结 / 今年以来，澧县人社局紧紧围绕…。一是…开展培训52期。二是…): while no other doer is
named, the figures its points and paragraphs leave to the report's subject are that body's.
"""

from __future__ import annotations

from loaders.document import Document
from loaders.relations.doers import proposals
from loaders.relations.openers import doer_mentions

__all__ = ["lead_body"]

_BODIES = frozenset({"GovernmentAgency", "Enterprise", "SocialOrganization", "ResearchInstitution"})


def lead_body(doc: Document, passage: int, pos: int, key: str | None) -> str | None:
    """The body that opens the report's first sentence and is the only doer named up to `pos`, for a figure
    whose sentence names no doer (`key` is the report's subject); else `key`."""
    p = doc.passages[passage]
    report = doc.reports[p.report] if p.report is not None else None
    if report is None or report.subject is None or key != report.subject:
        return key
    if set(proposals(doc, passage, pos)) - {"subject", "address"}:
        return key
    found = None
    for j in range(passage + 1):
        q = doc.passages[j]
        if q.report != p.report or (
            q.heading and (q.start == report.start or not doc.text.endswith("。", q.start, q.end))
        ):
            continue  # the title, and a heading that is no sentence (a short lead line, 某局紧紧围绕…。, is one)
        for m in doer_mentions(doc, j):
            if j == passage and m.start >= pos:
                break
            if found is None:
                ent = doc.entities.get(m.key or "")
                if ent is None or ent.cls not in _BODIES or m.key == report.subject:
                    return key  # the report opens on its subject (or a place): its figures stay the subject's
                found = m.key
            elif m.key != found:
                return key  # another doer named since: the rules of its own sentences decide
    return found or key
