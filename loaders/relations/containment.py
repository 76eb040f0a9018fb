"""partOf a sentence states for a township, village or community: the unit written right before it
(白鹭镇|竹溪村) or after 隶属/位于 (X社区隶属A市B区C街道) is the unit it lies in.

A group named after its core member (A学校教育集团, A医院医疗集团) holds that member.

The names stage ties a village to the county its code belongs to; a township named before it is the
finer parent. An edge is added only where it agrees with what is known already: the township lies
under the village's present parent, and is exactly one level above it.
"""

from __future__ import annotations

import re

from loaders.document import Document, Mention
from loaders.relations.recognition import Add

__all__ = ["core_members", "stated_parents"]

_LEVEL = {
    "Province": 0,
    "Prefecture": 1,
    "County": 2,
    "District": 2,
    "CountyLevelCity": 2,
    "Township": 3,
    "Village": 4,
    "Community": 4,
}
_SITUATED = re.compile(r"(?:隶属于?|位于|地处|坐落于|座落于|归属于?)")


def stated_parents(doc: Document, i: int, orgs: list[Mention], parents: dict[str, str], add: Add) -> None:
    """Add the finer partOf of each township, village or community of passage `i` (`parents`: the first
    partOf target of each key, as known so far)."""
    text = doc.text
    for k, m in enumerate(orgs):
        level = _level(doc, m.key)
        if level is None or level < 3:
            continue
        target = None
        if k and orgs[k - 1].end == m.start:
            target = orgs[k - 1]
        elif (situated := _SITUATED.match(text, m.end)) is not None:
            at = situated.end()
            for o in orgs[k + 1 :]:
                if o.start != at:
                    break
                target, at = o, o.end  # the chain's last unit: 湖州市|吴兴区|望湖街道
        if target is None or not target.key or _level(doc, target.key) != level - 1 or not m.key:
            continue
        present = parents.get(m.key)
        if present is None or _above(parents, present, target.key):
            add(m.key, "partOf", target.key, i)


def _level(doc: Document, key: str | None) -> int | None:
    ent = doc.entities.get(key or "")
    return _LEVEL.get(ent.cls) if ent is not None else None


def _above(parents: dict[str, str], unit: str, key: str) -> bool:
    """True when `unit` is `key`'s parent or an ancestor of it."""
    seen = set()
    while key in parents and key not in seen:
        seen.add(key)
        key = parents[key]
        if key == unit:
            return True
    return False


_GROUP = re.compile(r"[\u4e00-\u9fff]{0,2}(?:集团|联盟|共同体|医共体)")


def core_members(doc: Document, add: Add) -> None:
    """A学校教育集团 / A医院医共体: A is partOf the group named after it."""
    groups = [(k, e) for k, e in doc.entities.items() if e.label.endswith(("集团", "联盟", "共同体"))]
    if not groups:
        return
    first: dict[str, int] = {}
    for m in doc.mentions:
        if m.key:
            first.setdefault(m.key, m.passage)
    bodies = [(k, e) for k, e in doc.entities.items() if not k.startswith(("place/", "activity/")) and k in first]
    for gk, g in groups:
        if gk.startswith(("place/", "activity/")) or gk not in first:
            continue
        for ak, a in bodies:
            named = len(a.label) >= 3 and g.label.startswith(a.label)
            if ak != gk and named and _GROUP.fullmatch(g.label, len(a.label)):
                add(ak, "partOf", gk, first[gk])
