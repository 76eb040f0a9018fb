"""A report's lead: its title, subtitle, dateline, byline and first sentence, where it names whom it speaks for.

`subjects` reads the lead's candidates in order; the helpers here say which lines belong to the lead (a page's
date and source line does not end it), which unit a title or subtitle opens on (某镇：…, ——某公司…工作经验,
某中学2023年工作总结), which body signs the report (——中共某市委组织部…, a line holding only 中共某县委组织部),
and what a 关于…的调研报告 title is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.document import Document
from loaders.names import places, references
from loaders.names.divisions import Division
from loaders.names.registry import Cand

__all__ = [
    "BYLINE",
    "OWN_PARTY_PLACES",
    "about",
    "byline",
    "chain_end",
    "contributor",
    "dateline_unit",
    "headline_names",
    "introduced",
    "lead_passages",
    "signed_for_unit",
    "site_prefix",
    "titled",
    "titled_elsewhere",
    "town_stem",
]

OWN_PARTY_PLACES = ("Village", "Community", "Township")
_SENTENCE = re.compile(r"[，。；：,;:]")
BYLINE = re.compile(r"(?:来源|作者|编辑|供稿|稿源|出处|发布)\s*[:：]\s*$")


def site_prefix(doc: Document, lst: list[Cand], i: int) -> bool:
    """Whether lst[i] opens a headline as 某县：… and another body's name follows the colon: the site's
    dateline, the story's own actor comes next."""
    c = lst[i]
    p = doc.passages[c.passage]
    return (
        p.heading
        and c.start == p.start
        and doc.text[c.end : c.end + 1] in ("：", ":")
        and i + 1 < len(lst)
        and lst[i + 1].start == c.end + 1
    )


def dateline_unit(doc: Document, lst: list[Cand], i: int) -> bool:
    """Whether lst[i] opens a headline as a place alone before its colon (某区：…, 某省某县：…) and that
    place opens no clause of the report's body: a site's dateline over a story its body tells of a
    town, street, village or company, not the place's own report.

    Why: a county site files its towns' stories under its own name; the story's actor is whom the
    body then makes the doer. A county that reports its own work goes on to open clauses (某县坚持…).
    """
    c = lst[i]
    p = doc.passages[c.passage]
    if not p.heading or c.start != p.start or c.place is None:
        return False
    end = chain_end(lst, i, lambda _cur, nxt: nxt.place is not None)
    if end.place is None or doc.text[end.end : end.end + 1] not in ("：", ":"):
        return False
    unit = end.place.division
    text = doc.text
    for k, o in enumerate(lst):
        if doc.passages[o.passage].heading or o.place is None or o.place.division != unit:
            continue
        if not references.doer_start(text, o.start, o.end):
            continue
        if k + 1 < len(lst) and lst[k + 1].start == o.end:
            continue  # 鹿城区藤桥镇推行…: the place qualifies the town that acts
        return False
    return True


_LOW = ("Township", "Village", "Community", "Enterprise", "ResearchInstitution", "SocialOrganization")


def titled(doc: Document, lst: list[Cand], lead: set[int]) -> Cand | None:
    """The unit a heading of the lead opens on (某镇某村：…, 某中学2023年工作总结, ——某公司…工作经验), when it is
    a town, village, community, enterprise or institution: the report tells that unit's work, and a county
    its lead then describes (某县地处…) is only where the unit lies."""
    text = doc.text
    for i, c in enumerate(lst):
        p = doc.passages[c.passage]
        if c.passage not in lead or not p.heading:
            continue
        if not _only_places(text[p.start : c.start].strip().lstrip("—-").removeprefix("中共")):
            continue  # 某市|某区第七中学…: the places written before a name belong to it
        if site_prefix(doc, lst, i):
            continue  # 某县：某街道推行…: the county's site files the story, the street tells it
        end = chain_end(lst, i, lambda _cur, _nxt: True)
        if (end.cls in _LOW or _local_leadership(end)) and not text.startswith("的", end.end):
            return end  # 某村党支部书记先进事迹, 某镇人民政府工作总结: the body leads its place, which it speaks for
    return _headline_short(doc, lst, lead)


def titled_elsewhere(doc: Document, lst: list[Cand], lead: set[int]) -> Cand | None:
    """A town, village, community, enterprise or institution a heading of the lead names past its start
    (激活某镇发展动能, 某镇的“茶旅经”), or whose name without its kind word it writes (乡村振兴看某某).

    The caller weighs it against the unit the lead opens on by how often the report names each.
    """
    text = doc.text
    heads = [  # title lines, not a first sentence set apart as a paragraph (某镇的说事会上，…。)
        doc.passages[i]
        for i in sorted(lead)
        if doc.passages[i].heading and not _STOPS.search(text, doc.passages[i].start, doc.passages[i].end)
    ]
    if not heads:
        return None
    for c in lst:
        if c.cls in _LOW and any(p.start <= c.start < p.end for p in heads):
            return c
    starts = {c.start for c in lst}  # 某某县：… opens on the county, not on its namesake town 某某镇
    seen: set[str] = set()
    for c in lst:
        if c.cls != "Township" or c.text in seen:
            continue
        seen.add(c.text)
        stem = town_stem(c.text)
        if len(stem) >= 2 and any(at not in starts for p in heads for at in _found(text, stem, p.start, p.end)):
            return c  # 乡村振兴看某某: a town the title writes without 镇
    return None


def _found(text: str, word: str, start: int, end: int) -> list[int]:
    """Where `word` is written in text[start:end]."""
    out, at = [], text.find(word, start, end)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1, end)
    return out


_KIND = re.compile(r"(?:镇|乡|街道|苏木)$")


def town_stem(name: str) -> str:
    """A town's name without its kind word (某某镇 -> 某某), as a text writes it short."""
    return _KIND.sub("", name)


_STOPS = re.compile("[。！？!?]")


def contributor(doc: Document, lst: list[Cand], lead: set[int]) -> Cand | None:
    """The town, village, community, enterprise or institution (or its own leading body) a lead line
    credits as the story's contributor or source (供稿：某镇党委, 来源：某镇人民政府).

    Why: a body that writes up a story for a site tells its own unit's work; a county's or a paper's
    name there is only the publisher, which says nothing of whom the story speaks for.
    """
    for i, c in enumerate(lst):
        if c.passage not in lead or doc.passages[c.passage].heading:
            continue
        if not BYLINE.search(doc.text, max(0, c.start - 8), c.start):
            continue
        end = chain_end(lst, i, lambda _cur, _nxt: True)  # 来源：某县|某镇人民政府
        if end.cls in _LOW or _local_leadership(end):
            return end
    return None


def _only_places(written: str) -> bool:
    """Whether `written` is empty or only administrative units, one after another (延安市, 浙江省宁波市)."""
    at = 0
    for m in places.scan(written):
        if m.start != at:
            return False
        at = m.end
    return at == len(written)


_LEADERSHIP = ("党委", "党支部", "党总支", "党工委", "人民政府", "政府")


def _local_leadership(c: Cand) -> bool:
    """Whether a candidate is a town's, village's or community's own leading body (某镇党委, 某村党支部,
    某镇人民政府), written with its place."""
    f = c.found
    if f is None or f.owner is None or f.owner.cls not in OWN_PARTY_PLACES:
        return False
    return f.text[len(f.owner.text) :] in _LEADERSHIP


def _headline_short(doc: Document, lst: list[Cand], lead: set[int]) -> Cand | None:
    """The unit whose short name opens a headline before its colon (某某鞋业：…), the lead (or, past a lead
    that frames its county, the report) naming it in full (走进某某鞋业有限公司…)."""
    text = doc.text
    for i in sorted(lead):
        p = doc.passages[i]
        if not p.heading:
            continue
        colon = _COLON.search(text, p.start, min(p.end, p.start + 13))
        if colon is None:
            continue
        short = text[p.start : colon.start()].strip()
        if len(short) < 2 or any(c.passage == i and c.start < colon.start() for c in lst):
            continue  # 某县：…: a name the headline writes in full opens it
        named = [c for c in lst if short in c.text and c.cls in _LOW]
        # the lead's own, else the first the report names in full (近年来，某县…。某某鞋业有限公司…)
        return next((c for c in named if c.passage in lead), named[0] if named else None)
    return None


_COLON = re.compile("[：:]")


def headline_names(doc: Document, lst: list[Cand], lead: set[int], unit: Division) -> bool:
    """Whether a heading of the report's lead names `unit` itself (河南华龙区构建…)."""
    return any(
        c.passage in lead and doc.passages[c.passage].heading and c.place is not None and c.place.division == unit
        for c in lst
    )


def lead_passages(doc: Document) -> dict[int, set[int]]:
    """Each report's title lines and first body sentence (past a date and source line): where a report names
    whom it speaks for."""
    out: dict[int, set[int]] = {}
    done: set[int] = set()
    for i, p in enumerate(doc.passages):
        if p.report is None or p.report in done:
            continue
        out.setdefault(p.report, set()).add(i)
        if not p.heading and not _dateline(doc.text[p.start : p.end]):
            done.add(p.report)
    return out


_DATELINE = re.compile(r"(?:来源|供稿|稿源|作者|编辑|记者|通讯员|发布时间|发布日期)\s*[:：]|\d{4}-\d{1,2}-\d{1,2}")


def _dateline(line: str) -> bool:
    """A page's date, source or author line (2024-03-28　来源：某报　作者：…), or a headline run into it: it
    says who published the story, not who acts in it, so the lead goes on to the next sentence."""
    return _DATELINE.search(line) is not None and not any(m in line for m in "，,。；;")


def chain_end(lst: list[Cand], i: int, links: Callable[[Cand, Cand], bool]) -> Cand:
    """The last candidate of a written chain that starts at lst[i]: each next one starts where the
    one before ends and `links` them."""
    while i + 1 < len(lst) and lst[i + 1].start == lst[i].end and links(lst[i], lst[i + 1]):
        i += 1
    return lst[i]


def byline(doc: Document, lst: list[Cand], lead: set[int]) -> Cand | None:
    """The body a lead line of the form ——中共X市委组织部经验交流材料 names as the report's author.

    Why: the body text often opens by describing the place (X市位于…), whose name would pass for the
    actor; the byline says who reports. Only a body (a department, a bureau, a committee of an
    enterprise or institution) counts: a bare place or 县委 leaves the choice to the lead sentence.
    """
    for i, c in enumerate(lst):
        passage = doc.passages[c.passage]
        if c.passage not in lead or not doc.text[passage.start : passage.end].lstrip().startswith("—"):
            continue
        c = chain_end(lst, i, lambda _cur, _nxt: True)  # 中共齐齐哈尔市|委组织部
        if (
            c.place is None
            and c.cls in ("PartyOrganization", "GovernmentAgency")
            and not (c.found is not None and c.found.core == "委")
        ):
            return c
        return None
    return None


def signed_for_unit(doc: Document, lst: list[Cand], lead: set[int]) -> set[int]:
    """Heading lines of the lead that hold only a body of a unit (中共某县委组织部) when the lead's first
    body sentence opens with that unit itself (近年来，某县坚持…).

    Why: such a line signs the report; the guideline's subject is whom the report speaks for, and a
    body that tells of its unit's work (全县累计…) writes for the unit, not for itself.
    """
    text = doc.text
    signers: dict[int, Division] = {}
    for i, c in enumerate(lst):
        if c.passage not in lead:
            continue
        passage = doc.passages[c.passage]
        line = text[passage.start : passage.end].strip()
        if passage.heading:
            end = chain_end(lst, i, lambda _cur, _nxt: True)  # 中共某县|委组织部
            named = places.scan(text, c.start, end.end)
            written = text[c.start : end.end]
            heads = line.startswith(written) or line.startswith("中共" + written)
            if heads and end.place is None and named and not _SENTENCE.search(line) and c.passage not in signers:
                signers[c.passage] = named[-1].division  # a line that only signs: no clause, a body of a unit
            continue
        if c.place is None or not references.doer_start(text, c.start, c.end):
            continue
        end = chain_end(lst, i, lambda cur, _: bool(cur.place))
        unit = end.place.division if end.place is not None else None
        return {p for p, d in signers.items() if d == unit}
    return set()


def about(doc: Document, lst: list[Cand], lead: set[int]) -> Cand | None:
    """The unit a title of the form 关于阿巴嘎旗…的调研报告 is about: whom the report speaks for.

    Why: a research or situation report often opens with the body that did the research (旗委组织部
    成立调研组…); the title says whose practice it reports.
    """
    for i, c in enumerate(lst):
        passage = doc.passages[c.passage]
        if c.passage not in lead or not passage.heading or not doc.text.startswith("关于", passage.start):
            continue
        if c.start != passage.start + 2 or c.place is None:
            return None
        return chain_end(lst, i, lambda _, nxt: nxt.place is not None)  # 关于山东省|鱼台县…
    return None


# 本期介绍的是某某党总支。/ 本期走进某某社区: a column's opening paragraph names the body each issue presents
_INTRODUCES = re.compile(
    r"(?:本期|本文|本篇|这期|今天|今日)(?:要)?(?:介绍|推介|推荐|聚焦|走进|带您走进|带你走进)(?:的是)?$"
)


def introduced(doc: Document, lst: list[Cand], first: int) -> Cand | None:
    """The body a column's opening paragraph says the piece presents (本期介绍的是X): whom the report tells of.

    Why: a series opens each piece with the series' own aims (聚焦全区楼宇党建…), naming its district, and
    only then the body presented; the report is that body's.
    """
    text = doc.text
    for i, c in enumerate(lst):
        p = doc.passages[c.passage]
        if p.start < first:
            continue
        if "\n" in text[first : p.start]:
            return None  # past the report's opening paragraph
        if _INTRODUCES.search(text, p.start, c.start) and c.place is None:
            return chain_end(lst, i, lambda _cur, _nxt: True)
    return None
