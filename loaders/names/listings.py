"""Names found in lists and at sentence openings rather than by a suffix.

联合宣传、网信、公安部门 gives three departments; 美团、饿了么等6家平台 gives two enterprises; a four-character
name of no common words opening a sentence about enterprises (盛通聚源攻克…) is one.

>>> [f.text for f in listed("将美团、饿了么等6家平台纳入", 0, 14)]
['美团', '饿了么']
"""

from __future__ import annotations

import re

from loaders.names import divisions
from loaders.names.companies import ENT_WORDS
from loaders.names.found import Found
from loaders.names.lexicon import BOUNDARY, CJK, common_words, departments, dept_shorts, left_edge, verbs
from loaders.names.localities import has_word, locality_class
from loaders.names.words import boundaries, part_of_speech
from loaders.scanning import gated

__all__ = ["enumerated", "lead_brands", "listed", "numbered_schools", "shared_heads"]

_LISTED = re.compile(
    r"等(?:[\d一二三四五六七八九十几多]+家单位|(?:[\d一二三四五六七八九十几多]+[家个])?(?:平台企业|平台|银行|网站|[\u4e00-\u9fff]{0,6}?(?:企业|公司)))"
)
_KIND_WORDS = re.compile(r"产业|行业|领域|类|型|规上|重点|龙头|骨干|制度|机制|模式|方式|做法|措施")
_LIST_GENERIC = re.compile(r"企业|单位|部门|组织|机构|行业|党|村|社区|政府|平台|公司|银行|协会|学校|医院|群众|干部")


_BODY_HEADS = ("局", "委", "办", "部", "厅", "中心")
# verbs of joint action before a list of departments: the departments act as the partners named
_PARTNERING = ("联合", "会同", "联动", "协同", "携手", "联手", "配合", "邀请", "组织", "牵头")


def enumerated(text: str, m: re.Match[str]) -> list[Found]:
    """宣传、网信、公安部门: one body per item, of the unit the sentence is about (resolved later).

    A bare field (民政、应急等部门) stands for its department where the departments act: the list opens
    its clause or a verb of joint action (联合, 会同) governs it. Where something is done with them
    (整合民政、应急等部门的网格, 把城管、应急等部门…) it names lines of work, not bodies; an item written
    with its head (民政局、水利局等部门) is a body wherever it stands."""
    out: list[Found] = []
    shorts, deps = dept_shorts(), departments()
    pos = m.start()
    acting = _acting(text, pos)
    for item in re.split(r"、", re.sub(r"等?(?:相关)?(?:部门|单位|领导小组成员单位|成员单位)$", "", m.group(0))):
        core = shorts.get(item, item)  # 民政局 is its own core
        if acting or item in deps or item.endswith(_BODY_HEADS):
            cls, en, canon = deps[core]
            out.append(Found(pos, pos + len(item), item, cls, "department-enum", level="", core=canon, english=en))
        pos += len(item) + 1
    return out


def _acting(text: str, b: int) -> bool:
    """Whether a list of departments starting at `b` (or after items found from no short name: 综治、|民政)
    opens its clause or follows a verb of joint action, rather than a verb or preposition done to it."""
    c = b
    while c > max(0, b - 24) and (CJK.match(text[c - 1]) or text[c - 1] == "、"):
        c -= 1
    lead = text[c:b].split("、")[0]  # the clause's words before the list's first item, with that item
    if not lead or text.startswith(_PARTNERING, c) or text.endswith(_PARTNERING, 0, b):
        return True
    return len(lead) <= 4 and lead[0] not in BOUNDARY and lead[:2] not in verbs()


def listed(text: str, start: int, end: int) -> list[Found]:
    """美团、饿了么等6家平台: each listed name is an enterprise."""
    out: list[Found] = []
    common, vs = common_words(), verbs()
    for m in _LISTED.finditer(text, start, end):
        if _KIND_WORDS.search(m.group(0)) or has_word(m.group(0), vs):
            continue  # 智能电网、新能源汽车等产业企业; 民主恳谈、协商议事等制度融入公司治理: no list of companies
        head = text[max(start, m.start() - 40) : m.start()]
        cut = max(head.rfind(ch) for ch in "，,。；;：:\n")
        head_start = m.start() - len(head) + cut + 1
        items = text[head_start : m.start()].split("、")
        if len(items) < 2:
            continue
        pos = head_start
        for n, item in enumerate(items):
            s, e = pos, pos + len(item)
            if n == 0:
                s = left_edge(text, e, head_start, 7)
                cut = max(text.rfind(ch, s, e) for ch in "有是如括含")
                if cut >= 0 and e - cut > 2:
                    s = cut + 1  # 辖区内有|腾讯、大疆等企业
            name = text[s:e]
            if (
                2 <= len(name) <= 7
                and name not in common
                and name not in vs
                and CJK.match(name[-1])
                and not _LIST_GENERIC.search(name)
            ):
                out.append(Found(s, e, name, "Enterprise", "enterprise-list"))
            pos = e + 1
    return out


_LEAD_BRAND = re.compile(r"[。；！？!?\n][ \t\u3000]*([\u4e00-\u9fff]{4})(?=[\u4e00-\u9fff]{2})")
_NOT_IN_BRAND = set("省市县区乡镇村党委部局厅")


_BRAND_TAGS = frozenset(("x", "nz", "nr", "nrt", "nt", "ns", "j"))


def _holds_common_word(text: str, s: int, e: int) -> bool:
    """促|工作|见: a word of the dictionary that is no name nor a trade (新和|实业) inside the run makes it a
    phrase, not a brand."""
    bd = boundaries(text)
    return any(
        we - ws >= 2 and text[ws:we] not in ENT_WORDS and part_of_speech(text[ws:we]) not in _BRAND_TAGS
        for ws, we in bd.spans(s, e)
    )


def lead_brands(text: str, start: int, end: int) -> list[Found]:
    """盛通聚源攻克…: a four-character name of no common words opening a sentence about enterprises."""
    out: list[Found] = []
    common, vs = common_words(), verbs()
    for m in _LEAD_BRAND.finditer(text, start, end):
        name = m.group(1)
        s, e = m.start(1), m.end(1)
        if (
            name[:2] in common
            or name[2:] in common
            or name[:2] in vs
            or name[2:] in vs
            or any(ch in BOUNDARY or ch in _NOT_IN_BRAND for ch in name)
            or text[e : e + 2] not in vs
            or "企业" not in text[max(start, s - 300) : s]
            or _holds_common_word(text, s, e)
        ):
            continue
        out.append(Found(s, e, name, "Enterprise", "lead-brand"))
    return out


_NUMBERED_SCHOOL = gated(r"(?<=[\u4e00-\u9fff]{2})[一二三四五六七八九十]{1,3}[中小](?![心央国华学])")


def numbered_schools(text: str, start: int, end: int) -> list[Found]:
    """某市八中, 某县三小: a place's short name and an ordinal before 中 or 小 name its numbered school.

    >>> [f.text for f in numbered_schools("以松阳二中、松阳三小为龙头,学习三中全会精神", 0, 24)]
    ['松阳二中', '松阳三小']
    """
    out: list[Found] = []
    for m in _NUMBERED_SCHOOL.finditer(text, start, end):
        b = next((m.start() - k for k in (3, 2) if _place(text[max(start, m.start() - k) : m.start()])), -1)
        if b >= start:
            out.append(Found(b, m.end(), text[b : m.end()], "SocialOrganization", "school"))
    return out


def _place(name: str) -> bool:
    return len(name) >= 2 and bool(divisions.by_short(name) or divisions.by_name(name))


_NUMBER = {c: n for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
# the last item of a list and the head the items share: 、北王3个村, 、寺头等6个镇, 、西庄村
_SHARED = re.compile(
    r"、([\u4e00-\u9fff]{2,4}?)(等)?(?:(\d+|[一二两三四五六七八九十])个)?(社区|街道|村|镇|乡)"
    r"(?![\u4e00-\u9fff]{0,1}(?:民|干部|级|集体|两委|务))"
)
_ITEM = re.compile(r"[\u4e00-\u9fff]{2,4}")
_HEAD_CLASS = {"社区": "Community", "街道": "Township", "村": "Village", "镇": "Township", "乡": "Township"}
_COMMON_TAGS = frozenset(("n", "v", "vn", "a", "ad", "an", "d", "l", "i", "t"))
_LIST_OPENERS = frozenset("在对从到与和及将把镇乡县区市道")  # 在|甲、乙3个村; 某镇|甲、乙村
_UNIT_ENDS = ("镇", "乡", "县", "区", "市", "街道")


def shared_heads(text: str, start: int, end: int) -> list[Found]:
    """Names listed before the head they share (柳湾、柳岭、北王3个村): one locality per item, labelled with
    the head, where each item reads as a name, and a count written without 等 counts them all.

    >>> [f.text for f in shared_heads("在柳湾、柳岭、北王3个村开展试点", 0, 16)]
    ['柳湾村', '柳岭村', '北王村']
    """
    out: list[Found] = []
    for m in _SHARED.finditer(text, start, end):
        head, count, etc = m.group(4), m.group(3), m.group(2)
        spans = [*_items_before(text, m.start(), start), (m.start(1), m.end(1))]
        if len(spans) < 2:
            continue
        a0 = spans[0][0]
        before = text[a0 - 1] if a0 > 0 else "。"
        if not boundaries(text).is_boundary(a0) or (CJK.match(before) and before not in _LIST_OPENERS):
            continue  # 发展文|旅康养、…: the list must open on a word after a mark, a unit or a preposition
        names = [text[a:b] for a, b in spans]
        n = count if count is None else int(count) if count.isdigit() else _NUMBER.get(count, 0)
        if count is None and etc:
            continue  # 甲、乙等村: a kind of villages, too loose to name each
        if n is not None and (n < len(names) or (not etc and n != len(names))):
            continue  # the count must cover the items
        if any(x in common_words() or not locality_class(x, head) for x in names):
            continue
        if any(part_of_speech(x) in _COMMON_TAGS for x in names):
            continue  # “某某”议事会、…社区: a word of the dictionary for a thing, no place's name
        cls = _HEAD_CLASS[head]
        out += [Found(a, b, text[a:b] + head, cls, "unit") for a, b in (spans if n is not None else spans[:-1])]
    return out


def _items_before(text: str, pos: int, start: int) -> list[tuple[int, int]]:
    """The items listed before the 、 at `pos`: the middle ones whole, the first from its left edge."""
    spans: list[tuple[int, int]] = []
    while True:
        q = text.rfind("、", max(start, pos - 5), pos)
        if q < 0 or not _ITEM.fullmatch(text, q + 1, pos):
            break
        spans.insert(0, (q + 1, pos))
        pos = q
    low = max(start, pos - 8)
    run = text[low:pos]
    unit = max((run.rfind(u) + len(u) for u in _UNIT_ENDS if u in run), default=0)  # 某镇|甲、乙村
    first = left_edge(text, pos, low + unit, 4)
    if pos - first >= 2:
        spans.insert(0, (first, pos))
    return spans
