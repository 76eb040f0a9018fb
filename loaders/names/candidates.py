"""Places and bodies found in a text, joined into one left-to-right list of candidates for resolution.

The stage's second step. A province's short name and a brand after it may name a company (山东齐成,
`province_brands`); a body written right after its place takes the place into its name (新罗区|外卖配送行业党委,
中共|南乐县委, `merge`); a locality run that ends with a locality the document names on its own is that one
(`known_tails`); and a national administration written right before a level's bureau heads its name
(国家税务总局|某县税务局, `vertical`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from itertools import accumulate, pairwise

from loaders.names import divisions, lexicon
from loaders.names.companies import COOPS, UTILITY
from loaders.names.departments import YOUTH_CORE
from loaders.names.found import Found
from loaders.names.places import PlaceMention
from loaders.names.registry import Cand
from loaders.names.words import boundaries, part_of_speech

__all__ = ["Finder", "known_tails", "merge", "province_brands", "vertical"]

Finder = Callable[[int], int]  # offset -> index of the passage holding it, -1 outside passages


# tags of words a brand may be: unknown to the dictionary, or a name there (在上海|办公 is no company)
_NAME_TAGS = frozenset(("x", "nz", "nr", "nrt", "nt", "j"))
_BRAND_END = set("，,。；;、等和与）)")


def province_brands(text: str, founds: list[Found], pms: list[PlaceMention]) -> tuple[list[Found], list[PlaceMention]]:
    """山东齐成: a province's short name and a two-character brand closing the phrase name a company."""
    common, vs = lexicon.common_words(), lexicon.verbs()
    keep = []
    given = sorted(founds, key=lambda f: f.start)  # whether a name found covers an offset: by bisection
    starts, reach = [f.start for f in given], list(accumulate((f.end for f in given), max))
    added: list[Found] = []
    for p in pms:
        brand = text[p.end : p.end + 2]
        # 某省移动, 某省电信驻村工作队: a state utility's provincial company, a word of its own
        utility = brand in UTILITY and boundaries(text).is_boundary(p.end + 2)
        if (
            p.short
            and p.division.cls == "Province"
            and len(brand) == 2
            and (
                utility
                or (
                    text[p.end + 2 : p.end + 3] in _BRAND_END
                    and re.fullmatch(r"[\u4e00-\u9fff]{2}", brand)
                    and brand not in common
                    and brand not in vs
                    and not divisions.by_short(brand)
                    and part_of_speech(brand) in _NAME_TAGS
                )
            )
            and not _covers(starts, reach, p.end)
            and not any(f.start <= p.end < f.end for f in added)
        ):
            added.append(Found(p.start, p.end + 2, text[p.start : p.end + 2], "Enterprise", "province-brand"))
            founds.append(added[-1])
            continue
        keep.append(p)
    founds.sort(key=lambda f: f.start)
    return founds, keep


def _covers(starts: list[int], reach: list[int], pos: int) -> bool:
    """Whether a span of those sorted by start (`reach`: the furthest end so far) holds offset `pos`."""
    k = bisect_right(starts, pos)
    return k > 0 and reach[k - 1] > pos


def merge(text: str, pms: list[PlaceMention], founds: list[Found], where: Finder) -> list[Cand]:
    """Join places and bodies into one left-to-right list; a body written after its place absorbs it."""
    by_end = {p.end: p for p in pms}
    by_start = {p.start: p for p in pms}
    absorbed: set[int] = set()
    out: list[Cand] = []
    for f in founds:
        p = by_end.get(f.start)
        coop = f.rule == "enterprise" and f.text.endswith(COOPS)
        if p is not None and not p.short and (f.rule in ("party", "social") or coop) and p.start not in absorbed:
            # 安吉县|白茶产业协会, 新罗区|外卖配送行业党委, 某县|某某种植专业合作社: the unit written before is
            # part of the name; the units written before it (某市|某区|某某学校) make a longer form of it
            top = p
            while (up := by_end.get(top.start)) is not None and not up.short and up.start not in absorbed:
                top = up
                absorbed.add(up.start)  # written inside the longer form: no mention of its own
            forms = (f.text, text[top.start : f.end]) if top is not p else (f.text,)
            f = replace(f, start=p.start, text=text[p.start : f.end], forms=forms)
        elif p is not None and not p.short and f.owner is not None and p.start not in absorbed and _own_name(f):
            # 某县|义工协会|党支部: the unit is part of the owner's name, and so of its branch's
            owner = replace(f.owner, start=p.start, text=text[p.start : f.start] + f.owner.text)
            f = replace(f, start=p.start, text=text[p.start : f.end], owner=owner)
        held = by_end.get(f.start + 1)
        unit = None
        if held is not None and f.owner is not None and _level_owned(f, held) and held.start not in absorbed:
            # 某省|国资委党委, 某市|生态环境局某分局: the place closes the level of the body that owns this one
            begin = held.start - 2 if text.startswith("中共", held.start - 2) else held.start
            owner = replace(f.owner, start=begin, text=text[begin : f.owner.end])
            f = replace(f, start=begin, text=text[begin : f.end], owner=owner)
            unit = held.division
            absorbed.add(held.start)
        c = Cand(f.start, f.end, f.text, f.cls, f.rule, where(f.start), found=f, level=f.level, unit=unit)
        region = f.rule == "department" and f.text.startswith("自治区")  # 广西壮族|自治区党委
        p = by_end.get(f.start + (3 if region else 1))
        if f.level and p is not None and p.start < f.start and (p.text[-1] == f.level or region):
            begin = p.start - 2 if text.startswith("中共", p.start - 2) else p.start  # 中共|南乐县委
            if f.core == "委" and text.endswith("共青团", 0, p.start):  # 共青团|某县委: the League's committee
                begin = p.start - 3
                cls, en, canon = lexicon.departments()[YOUTH_CORE]
                c.cls, c.found = cls, replace(f, start=begin, text=text[begin : f.end], cls=cls, core=canon, english=en)
            c.start, c.text, c.unit, c.level = begin, text[begin : f.end], p.division, None
            absorbed.add(p.start)
        elif _province_opens(by_start.get(f.start), f):
            p = by_start[f.start]  # 青海|某某乡: a province written before a township's own name qualifies it
            c.start, c.text = p.end, text[p.end : f.end]
            c.found = replace(f, start=p.end, text=c.text)
        elif f.start in by_start and by_start[f.start].end < f.end and f.rule != "group-office":
            p = by_start[f.start]
            if f.rule in ("party", "social"):  # 新罗区外卖配送行业党委 is 新罗区's; 北京…研究院 only named so
                c.unit = p.division
            absorbed.add(p.start)
        out.append(c)
    taken = sorted((c.start, c.end) for c in out if c.rule != "group-office")  # 某市某区|…办公室 names both
    starts = [t[0] for t in taken]
    for p in pms:
        k = bisect_right(starts, p.start) - 1
        if p.start in absorbed or (k >= 0 and taken[k][0] <= p.start < taken[k][1]):
            continue
        out.append(
            Cand(
                p.start,
                p.end,
                p.text,
                p.division.cls,
                "division-short" if p.short else "division",
                where(p.start),
                place=p,
            )
        )
    out.sort(key=lambda c: c.start)
    return out


def _level_owned(f: Found, p: PlaceMention) -> bool:
    """Whether a body is written right after a level's body that owns it (省国资委|党委, 市委|两新工委), and
    the place `p` written before both closes with that level (贵州省|国资委党委)."""
    owner = f.owner
    if owner is None or owner.start != f.start or not owner.level:
        return False
    return p.text[-1] == owner.level and not p.short


def _own_name(f: Found) -> bool:
    """Whether a body's owner, written just before it, is named by its own words (某协会|党支部), not a place."""
    return f.owner is not None and f.owner.start == f.start and f.owner.rule in ("party", "social")


def _province_opens(p: PlaceMention | None, f: Found) -> bool:
    """Whether a township or village name found from its suffix opens with a province's short name
    written as a word of its own, and keeps a name of two characters or more after it."""
    if p is None or not p.short or p.division.cls != "Province" or f.cls not in ("Township", "Village", "Community"):
        return False
    rest = f.text[len(p.text) :]
    suffix = next(s for s in ("街道", "社区", "嘎查", "苏木", rest[-1]) if rest.endswith(s))
    return len(rest) - len(suffix) >= 2


_LOCALITIES = frozenset(("Township", "Village", "Community"))
_COUNTED = re.compile(r"(?:[\d一二两三四五六七八九十百]个|多个|各个|每个)")


def known_tails(text: str, cands: list[Cand]) -> list[Cand]:
    """A locality run that ends with a locality the document names on its own (独具|泉吉乡 after 泉吉乡)
    is that locality: the words before it are its left context; one the document names with a
    character or two more before it (来龙湾街道 written after 在) is that longer one."""
    known = {c.text for c in cands if c.cls in _LOCALITIES and c.found is not None and c.found.rule == "unit"}
    sizes = {len(n) for n in known}  # one pass over the counts, not a search of the text per name
    kinds = {text[m.end() : m.end() + k] for m in _COUNTED.finditer(text) for k in sizes} & known
    if kinds:  # 全县23个|边境村: a counted name is a kind of village, wherever else it is written
        cands = [c for c in cands if not (c.text in kinds and c.found is not None and c.found.rule == "unit")]
        known -= kinds
    for c in cands:
        if c.cls not in _LOCALITIES or c.found is None or c.found.rule != "unit":
            continue
        k = next((k for k in (1, 2) if c.start >= k and text[c.start - k : c.end] in known), 0)
        if k:  # 。来|龙湾街道 after 在来龙湾街道: the character before is the name's own
            c.start -= k
            c.text = text[c.start : c.end]
            c.found = replace(c.found, start=c.start, text=c.text)
            continue
        tails = [n for n in known if len(c.text) - len(n) >= 2 and c.text.endswith(n) and len(n) >= 3]
        tail = max(tails, key=len) if tails else None  # the longest: one answer whatever the set's order
        if tail is not None:
            c.start = c.end - len(tail)
            c.text = tail
            c.found = replace(c.found, start=c.start, text=tail)
    return cands


def vertical(cands: list[Cand]) -> tuple[list[Cand], list[tuple[Cand, str]]]:
    """A national administration written right before a level's bureau (国家税务总局|某县税务局) heads the
    bureau's name: one body managed from the centre down, not the administration and a county bureau."""
    pairs = [
        (b, a.text)
        for a, b in pairwise(cands)
        if a.end == b.start
        and a.rule == "central"
        and a.cls == b.cls == "GovernmentAgency"
        and b.rule in ("department", "bureau")
        and b.unit is not None
    ]
    if not pairs:
        return cands, []
    heads = {b.start - len(h) for b, h in pairs}
    return [c for c in cands if not (c.rule == "central" and c.start in heads)], pairs
