"""The scene a clause sets (在某镇某社区，… / 记者走进某村，…): the place where the deeds after it are done.

News prose opens on a time and a place before it says what happened there; the place named alone in that
opening clause (or a unit a practice is set up in: 在某镇试点开展…) does the deeds of the sentence.
"""

from __future__ import annotations

import re

from loaders.document import Document
from loaders.relations.clauses import AT_LEAD
from loaders.relations.mentions import org_mentions, per_document
from loaders.relations.verbs import DOING_VERB, PLACES, TRIED

__all__ = ["located"]


# the scene a clause opens on: 在X, 走进X (a reporter's visit), 来到X; a compass region may come first (在皖南X)
_SCENE_WORDS = ("走进", "来到", "走访", "步入")


_SCENE = re.compile(
    r"(?:(?:[^，,。；;]{0,12}?(?:记者|我们|笔者))?(?:走进|来到|走访|步入)|在)"
    r"(?:[东南西北]{1,2}部?|[\u4e00-\u9fff][东南西北]{1,2})?$"
)


def located(doc: Document, passage: int, pos: int) -> str | None:
    """1月20日,在城关镇东街社区,一场…活动… / 记者走进X社区,…: the place a clause names alone (在X,)
    is where the deeds after it are done."""
    scenes = _scenes(doc, passage)
    if not scenes:  # most passages open no scene
        return None
    text = doc.text
    orgs = [m for m in org_mentions(doc, passage) if m.end < pos]
    for k, m in enumerate(orgs):
        if k and orgs[k - 1].end == m.start:
            continue  # inside a chain: 在柳河区|城关镇
        if m.start not in scenes:
            continue
        members, last = [], k  # 在柳河区|城关镇: a chain's last unit; 在甲街道、乙街道开展…: each listed one
        while True:
            while last + 1 < len(orgs) and orgs[last + 1].start == orgs[last].end:
                last += 1
            members.append(last)
            if last + 1 < len(orgs) and text[orgs[last].end : orgs[last + 1].start] == "、":
                last += 1
                continue
            break
        first = orgs[members[0]].key  # the list's first unit (`doers` adds those listed after it)
        if text.startswith(("，", ","), orgs[last].end):
            return first
        ent, end = doc.entities.get(orgs[last].key or ""), orgs[last].end
        if ent is not None and ent.cls in PLACES and (DOING_VERB.match(text, end) or TRIED.match(text, end)):
            return first  # 在某镇试点开展…，调处纠纷83件: the unit the practice is set up in
    return None


_SCENES: dict[int, set[int]] = per_document({})


def _scenes(doc: Document, passage: int) -> set[int]:
    """Where a mention of the passage opens a scene (在X, 走进X after nothing but a time), by its start: the
    test reads only the clause before the mention, so it is made once per passage (kept with the mention
    index) instead of once per practice and figure after it."""
    orgs = org_mentions(doc, passage)  # refreshes the index, and clears _SCENES, when the document changes
    if passage not in _SCENES:
        text, start = doc.text, doc.passages[passage].start
        found = set()
        for m in orgs:
            near = text[max(start, m.start - 5) : m.start]
            if "在" not in near and not any(w in near for w in _SCENE_WORDS):
                continue
            lo = max(start, *(text.rfind(c, start, m.start) + 1 for c in "，,；;…"))
            scene = _SCENE.search(text, lo, m.start)
            if scene is not None and AT_LEAD.fullmatch(text, lo, scene.start()):
                found.add(m.start)
        _SCENES[passage] = found
    return _SCENES[passage]
