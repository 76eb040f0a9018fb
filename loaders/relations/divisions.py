"""Containment: administrative units by division code (an address prefix, 山东省|鱼台县, is no other actor) and a
unit's own offices by their partOf edge."""

from __future__ import annotations

from loaders.document import Document

__all__ = ["contains", "own_body"]


def _code(key: str) -> str | None:
    parts = key.split("/")
    if len(parts) < 2 or parts[0] != "place" or not parts[1].isdigit():
        return None
    code = parts[1]
    if len(parts) > 2:
        return code + "/"  # a township or village under that code: inside it, never containing
    while code.endswith("00") and len(code) > 2:
        code = code[:-2]
    return code


def contains(outer: str, inner: str) -> bool:
    """True when the administrative unit `outer` strictly contains `inner` (by division code, or a town's
    key that a village's extends: place/<code>/某镇 holds place/<code>/某镇/某村)."""
    a, b = _code(outer), _code(inner)
    if a is None or b is None:
        return False
    if a.endswith("/"):
        return inner.startswith(outer + "/")
    return a != b and b.startswith(a)


def own_body(doc: Document, body: str, unit: str) -> bool:
    """True when `body` is one of `unit`'s own offices (县司法局, 县委党校 of 某县): a unit does not partner
    itself; its associations and companies are bodies of their own."""
    ent = doc.entities.get(body)
    if ent is None or ent.cls not in ("PartyOrganization", "GovernmentAgency"):
        return False
    return any(r.predicate == "partOf" and r.subject == body and r.object == unit for r in doc.relations)
