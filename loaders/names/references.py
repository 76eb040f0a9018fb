"""Generic references (全县, 我市, 该区, 县里, 公司党委) and the doer of a clause.

A generic reference is no entity of its own: it stands for the report's unit (全县 in 南乐县's report)
or the document's city (我市). `doer_start` tells whether a mention opens its clause, which makes it
the grammatical doer (盛源石化|成立…, 近年来，|范县坚持…) rather than an object (依托鑫业油脂…).

>>> [m.group(0) for m in REFERENCE.finditer("全县划分为网格，我市先后被命名。")]
['全县', '我市']
>>> doer_start("近年来，范县坚持。", 4, 6)
True
>>> doer_start("依托鑫业油脂等企业。", 2, 6)
False
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import accumulate

from loaders.document import Document, Mention
from loaders.names.english import english
from loaders.names.registry import Cand, Registry
from loaders.scanning import gated

__all__ = ["OWN_BODY", "REFERENCE", "bare_bodies", "doer_start", "own_bodies", "own_committee", "reference_level"]

REFERENCE = gated(
    r"(?:全|我|本|该)(?P<a>[省市县区旗州盟]|街道|社区|村|镇(?!村)|乡(?![村镇]))(?![委长级直属域内外])|(?P<b>[县市区]|村)里(?![程])"
)
_CLAUSE = "，,；;：:。！？!?\n"
_BULLETS = "●○■□◆◇★☆▲△▶►•·【"  # 【某镇】推行…: a bracketed label opens its paragraph too
_LAST_MARK = re.compile(f"[{_CLAUSE}][^{_CLAUSE}]*\\Z")
# a bare party body that opens its clause: the one just named (…行业党委。…，党委将…纳入)
_BARE_BODY = gated(
    r"(?<![\u4e00-\u9fff])该?(?P<body>党委|党组|党工委|党总支|党支部|合作社)(?![\u4e00-\u9fff]{0,1}(?:书记|委员|班子|会议|理事|成员))"
)
# the party committee of the enterprise or institution a report speaks for (公司党委 in 恒通纺织's report)
OWN_BODY = gated(
    r"(?<![\u4e00-\u9fff])(?:(?:公司|集团|企业|学校|校)(?P<body>党委|党组|党总支|党支部)"
    r"|(?:公司|集团|学校)(?=[\u4e00-\u9fff]))"
)
# what may stand between a clause start and its doer: time phrases, sentence adverbs, an enterprise's
# appositive designation
_LEVEL_CHARS = frozenset("省市县区旗州盟乡镇")
_STRESSED = ("特别是", "尤其是")
_SENTENCE_ENDS = frozenset("。！？!?\n")
_LEAD = re.compile(
    r"^(?:(?:近年来|近年|近几年来?|去年以来|今年以来|今年来|(?:今年|去年)?(?:上半年|下半年|年初|年底)|今年|去年|近日|日前|近期|随后|当年|同年|"
    r"目前|当前|同时|此外|其中|另外|为此|对此|"
    r"与此同时|一直以来|多年来|长期以来|自\S{0,8}以来|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:以来|初|底|末|上半年|下半年)?|"
    r"\S{0,8}期间|在此基础上|据统计|据悉|截至目前|"
    r"例如|比如|譬如|诸如|又如|再如|如|拿|"  # 如|某村，通过…: the example's unit is the topic of its sentence
    # 区属国有企业|X公司 (an enterprise's designation); 由|X兜底托管 (the agent of the clause)
    r"(?:[省市县区]属|驻[市县区镇村]|(?:国家|省|市|县|区)级|全[省市县区])?(?:农业产业化)?(?:重点)?(?:国有|民营|龙头|骨干)?(?:企业|国企)|由)"
    r"[，,、]?\s*)*$"
)


def reference_level(m: re.Match[str]) -> str:
    """The level character a reference match stands for (全县 -> 县)."""
    return m.group("a") or m.group("b")


@cache
def _item_mark() -> re.Pattern[str]:
    """segment's list-item mark (imported here: segment reads names' division index as it loads; kept, since
    every clause-opening test asks)."""
    from loaders.segment import ITEM_MARK

    return ITEM_MARK


@lru_cache(maxsize=4096)
def doer_start(text: str, start: int, end: int) -> bool:
    """True when text[start:end] opens its clause (after time phrases) and is not a possessor (X的).

    Cached: the relations stage asks again about the same mentions for every practice and figure.
    """
    last = _LAST_MARK.search(text, max(0, start - 25), start)  # the clause opens after its last mark
    if last is None and start >= 25:
        return False  # no mark in the 25 characters before: too far from a clause start
    i = last.start() + 1 if last else 0
    lead = text[i:start].strip().lstrip(_BULLETS)  # ●某镇开展…: a list item's mark opens it
    if lead.endswith("——"):
        lead = ""  # 某镇强村公司——|某某发展有限公司承接…: the name a dash gives in apposition opens the clause
    if (item := _item_mark().match(lead)) is not None:
        lead = lead[item.end() :]  # 一是某局推出…, （二）某镇建立…, 3.某公司…: so does its number
    if lead.endswith(("我", "该", "本")) and text[start : start + 1] in _LEVEL_CHARS:
        lead = lead[:-1]  # 我县|人社局, 该县|民政局: the determiner opens the department's name with its level
    if lead.startswith(_STRESSED) and (last is None or text[last.start()] in _SENTENCE_ENDS):
        lead = lead[3:]  # 。特别是|某镇推行…: a sentence singles out a unit (mid-sentence, 借鉴…特别是X: an object)
    if not _LEAD.match(lead):
        return False
    return not text.startswith("的", end) or _WAYS_OF.match(text, end) is not None


# 某镇的做法是：推行…, 某村的主要经验有: the body whose ways the sentence goes on to tell does them
_WAYS_OF = re.compile("的(?:主要|具体|成功)?(?:做法|经验|办法|举措)(?:(?:是|有|主要有|包括)[：:，,]?|[：:])")


_OWNERS = ("Enterprise", "ResearchInstitution", "SocialOrganization", "AdministrativeUnit")


def own_bodies(doc: Document, res: Registry, where: Callable[[int], int]) -> list[Mention]:
    """公司党委/集团党委/学校党委 in an enterprise's or institution's report: that body's party committee.

    (A bare committee found by `bodies.scan`, 开发区党工委 or 医院党委, goes through `own_committee`.)"""
    out = []
    for m in OWN_BODY.finditer(doc.text):
        p = where(m.start())
        rep = doc.passages[p].report if p >= 0 else None
        subject = doc.reports[rep].subject if rep is not None else None
        owner = subject
        if subject in res.entities and res.entities[subject].cls == "PartyOrganization":
            owner = res.parent.get(subject)
        if owner is None or owner not in res.entities:
            continue
        if res.entities[owner].cls not in _OWNERS:
            continue
        if m.group("body") is None:  # ，集团实现营业收入…: the enterprise itself, where it opens the clause
            if doer_start(doc.text, m.start(), m.end()):
                cls = res.entities[owner].cls
                res.entity(owner, res.entities[owner].label, cls, p)
                out.append(Mention(m.start(), m.end(), m.group(0), cls, p, owner, "own-body"))
            continue
        label = res.entities[owner].label + m.group("body")
        key = "org/" + label
        if subject != key and subject in res.entities and res.entities[subject].cls == "PartyOrganization":
            key, label = subject, res.entities[subject].label  # 集团党委 in 西安城投集团党委's report
        en = english(label, "PartyOrganization")
        res.entity(key, label, "PartyOrganization", p, en, (m.group(0),))
        res.part_of(key, owner, p)
        out.append(Mention(m.start(), m.end(), m.group(0), "PartyOrganization", p, key, "own-body"))
    return out


def bare_bodies(doc: Document, mentions: list[Mention], where: Callable[[int], int]) -> list[Mention]:
    """党委/该党支部/合作社 opening a clause: the body of that kind named last in the report (3 sentences)."""
    out = []
    ordered = sorted(mentions, key=lambda o: o.start)
    starts = [o.start for o in ordered]
    reach = list(accumulate((o.end for o in ordered), max))  # the furthest end among the first i+1
    for m in _BARE_BODY.finditer(doc.text):
        p = where(m.start())
        if p < 0 or not doer_start(doc.text, m.start(), m.end()):
            continue
        k = bisect_left(starts, m.end())
        if k and reach[k - 1] > m.start():
            continue  # inside a name already found
        rep = doc.passages[p].report
        prev = None
        for o in reversed(ordered[: bisect_left(starts, m.start())]):  # the nearest first
            if p - o.passage > 3:
                break
            if (
                o.cls in ("PartyOrganization", "Enterprise")
                and o.key
                and o.text.endswith(m.group("body"))
                and doc.passages[o.passage].report == rep
            ):
                prev = o
                break
        if prev is not None:
            out.append(Mention(m.start(), m.end(), m.group(0), prev.cls, p, prev.key, "reference"))
    return out


_PARTY_BODY = re.compile(r"(?:党委|党工委|党组|党总支|党支部)$")


def own_committee(res: Registry, subject: str | None, text: str, c: Cand) -> bool:
    """开发区党工委 in 江宁开发区's report, 医院党委 in a hospital's: the subject's own committee (keyed on c).

    Why: the bare kind word before the committee names the body the report speaks for, not its city.
    """
    body = _PARTY_BODY.search(text)
    owner = res.entities.get(subject or "")
    if body is None or owner is None or owner.cls not in _OWNERS:
        return False
    kind = text[: body.start()]
    if len(kind) < 2 or not owner.label.endswith(kind):
        return False
    label = owner.label + body.group(0)
    key = "org/" + label
    res.entity(key, label, "PartyOrganization", c.passage, english(label, "PartyOrganization"), (text,))
    res.part_of(key, subject or "", c.passage)
    c.key = key
    return True
