"""Who reports a figure where its sentence's doer does not: bodies given figures one by one, and scopes.

A sentence that lists bodies and then, after 分别 ("respectively"), as many figures in one clause gives
each figure to the body in its place (甲村、乙村分别建成大棚120个、80个 → 120 is 甲村's, 80 乙村's); the
doer the clause would otherwise have (the list's first body) reports only the first. A figure its clause
counts over a whole unit (全县, 全村) is that unit's, unless it is where a named body's own deed is aimed
(县住建局对全县86家企业开展考评, 某医院与全县16家卫生院组建…: the bureau's, the hospital's).
"""

from __future__ import annotations

import re

from loaders.document import Document
from loaders.relations import selves
from loaders.relations.agents import listed_run
from loaders.relations.clauses import clause_end
from loaders.relations.divisions import contains
from loaders.relations.mentions import org_mentions

__all__ = ["item_body", "respective_body", "whole_unit"]

_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def respective_body(doc: Document, passage: int, pos: int) -> str | None:
    """The body a figure at `pos` belongs to when its clause gives figures 分别 (respectively) to the bodies
    listed before it, as many bodies as figures; None otherwise."""
    text, p = doc.text, doc.passages[passage]
    k = text.rfind("分别", p.start, pos)
    if k < 0:
        return None
    end = clause_end(text, k, p.end)
    if pos >= end:
        return None
    figures = _figures(text, k + 2, end)
    if pos not in figures:
        return None
    listed = listed_run(text, [o for o in org_mentions(doc, passage) if o.end <= k and o.key])
    if len(listed) != len(figures) or len(listed) < 2:
        return None
    return listed[figures.index(pos)].key


def item_body(doc: Document, passage: int, pos: int) -> str | None:
    """其中甲镇培训460人次、乙镇培训380人次: in a run of items parted by 、, each a body, its deed and its
    figure, the figure at `pos` is the body its own item opens on (not the clause's first); None elsewhere
    (在甲村、乙村建成大棚20个: the first item holds no figure, the bodies are a list of places)."""
    text, p = doc.text, doc.passages[passage]
    k = text.rfind("、", p.start, pos)
    if k < 0 or any(c in text[k + 1 : pos] for c in "，,；;：:"):
        return None
    orgs = [o for o in org_mentions(doc, passage) if o.key and o.start < pos]
    key, at = None, k + 1
    for o in orgs:
        if o.start == at and o.end < pos:
            key, at = o.key, o.end  # an address chain: its last unit
    if key is None or text.startswith(("、", "等", "和", "与"), at):
        return None
    lo = max([p.start] + [text.rfind(c, p.start, k) + 1 for c in "、，,；;：:"])
    opened = any(o.start >= lo and o.end <= k for o in orgs)
    return key if opened and _figures(text, lo, k) else None


def _figures(text: str, lo: int, hi: int) -> list[int]:
    """Where each figure between lo and hi starts (a figure's digits, not those of a year: 2023年)."""
    return [f.start() for f in _FIGURE.finditer(text, lo, hi) if not text.startswith(("年", "月", "日"), f.end())]


# 全县86个行政村, 全村参与评议的家庭达到91%: a figure of the whole unit is that unit's (占全村农户的80%: a
# share of it is not, nor 高于全市平均水平0.5个百分点: a comparison with it)
_RANKED = re.compile("[^，,。；;、]{0,10}?(?:企业|国企)")  # 全县|农业产业化重点龙头企业|某某公司: a rank and kind
_WHOLE = re.compile(
    "(?<![占于比较])(?<!超过)(?<!高出)(?<!超出)全(?P<level>省|县|区|市|旗|州|盟|镇|街道|社区|乡(?!村)|村(?!民))(?![域场委级])"
)


_BODIES = frozenset(
    {"GovernmentAgency", "PartyOrganization", "SocialOrganization", "Enterprise", "ResearchInstitution"}
)
_AIMED = ("对", "为", "向", "在", "与")


def whole_unit(doc: Document, passage: int, key: str | None, lo: int, pos: int) -> str | None:
    """The reporter of a figure its clause counts over a whole unit (全县, 全村) in a place's report: the
    report's place of that level (the subject, or a place that holds it: 某村 → 某县), rather than a village
    or company the paragraph is about. A body's report (市委教育工委: 全市65所学校) keeps its reporter, and
    so does a body its clause names before the unit (县司法局组织全县律师与153个村结对: those it leads)."""
    wholes = list(_WHOLE.finditer(doc.text, lo, pos))
    report = doc.passages[passage].report
    subject = doc.reports[report].subject if report is not None else None
    if not wholes or subject is None or key is None or not subject.startswith("place/"):
        return key
    level = wholes[-1].group("level")
    if key.startswith("place/") and doc.entities[key].label.endswith(level):
        return key
    led = selves.local_unit(doc, key)
    if led is not None and doc.entities[led].label.endswith(level):
        return led  # 某村党支部带领村民…，全村养蜂达到3200箱: the whole village its committee leads
    ranked, body = _RANKED.match(doc.text, wholes[-1].end(), pos), doc.entities.get(key)
    if body is not None and body.cls in _BODIES and doc.text.endswith(_AIMED, lo, wholes[-1].start()):
        return key  # 县住建局对全县86家企业开展考评: the whole unit is where the body's own deed is aimed
    if (
        body is not None
        and body.cls in _BODIES
        and any(o.key == key and lo <= o.start < wholes[-1].start() for o in org_mentions(doc, passage))
    ):
        return key  # 县司法局组织全县律师…: the body its clause names leads the whole unit's people
    if ranked is not None and body is not None and doc.text.startswith(body.label, ranked.end()):
        return key  # 全县龙头企业|某某公司年产值…: the scope ranks the body named after it, whose figure it is
    if (own := doc.entities.get(subject)) is not None and own.label.endswith(level):
        return subject  # 全市 in a county-level city's report: the city, not the prefecture that holds it
    # 全县 in a village's report: the county that holds it (the nearest, where several of a level do)
    holding = [k for k, e in doc.entities.items() if k.startswith("place/") and e.label.endswith(level)]
    holding = [k for k in holding if contains(k, subject)]
    return max(holding, key=lambda k: sum(contains(o, k) for o in holding), default=key)
