"""A practice written before its doer: in a sentence's opening clause (落实X，A医院与…), or opening its
sentence and then said to be a unit's (X，是某街道打造的…)."""

from __future__ import annotations

import re

from loaders.document import Document, Mention
from loaders.names.references import doer_start
from loaders.relations.clauses import AT_LEAD, CLAUSE_MARK, CLAUSE_STOP, clause_end
from loaders.relations.mentions import activity_spans, org_mentions
from loaders.relations.openers import innermost

__all__ = ["defined_owner", "fronted_doer"]


_SENTENCE_LEAD = re.compile(r"[\s　]*")


# the copula right before the unit: 是X街道打造的…, 已成为X村的特色模式
_IS = re.compile("(?:是|成为)$")


_COPULA = re.compile("是|成为")


def defined_owner(doc: Document, m: Mention) -> str | None:
    """An activity that opens its sentence, or the clause after a dash, and is then said to be a unit's (A…,是X市
    统筹…的品牌 / 是X街道…打造的空间 / ……——A已成为X村的特色模式): the unit named right after 是 or 成为 does it,
    and the parts the sentence names before it (A分为B和C两个区域,是X街道…打造的…)."""
    text, p = doc.text, doc.passages[m.passage]
    spans = activity_spans(doc, m.passage)
    opener = spans[0][0] if spans else m.start
    if opener > m.start:
        return None
    if not _SENTENCE_LEAD.fullmatch(text, p.start, opener) and not text.endswith("——", p.start, m.start):
        return None
    for o in org_mentions(doc, m.passage):
        if o.start <= m.end or not o.key or o.text.startswith("全"):
            continue
        if len(_COPULA.findall(text, m.end, o.start)) != 1 or not _IS.search(text, m.end, o.start):
            return None
        return o.key if "的" in text[o.end : p.end] else None
    return None


_FRONTED = re.compile("(?:为|为了|围绕|按照|根据|通过|依托|借助|在)")  # 为落实X,…: the clause names a purpose or means


# the opening clause is a bare verb phrase (落实X / 深入推行X), not a noun phrase (此次公布的X) or a deed that makes
# others act (支持企业建设X: the supporter's deed)
_OPENING_VERB = re.compile(
    "[\u4e00-\u9fff]{0,4}?(?:落实|推行|实施|开展|建立|推进|深化|推广|打造|探索|构建|健全|完善|运用|采取|创新|试行|实行)了?$"
)


# 依托X, 通过推行X, 借助X平台: a means named alone before the body that uses it (为/围绕/按照X: a purpose or a
# basis, often another's programme, stays out)
_MEANS = re.compile("(?:依托|通过|借助|运用|利用)(?:推行|实施|开展|建立|打造|搭建)?")


# 以X为抓手/为载体/为突破口，…: what the practice is taken as, up to the clause's comma
_TAKEN_AS = re.compile("为[\u4e00-\u9fff]{1,5}[，,]")


_MODIFIER = re.compile("[^，,。；;、与和同及]*的")


_MAKES_ACT = re.compile("支持|指导|引导|帮助|鼓励|推动|动员|督促|组织|要求")


def fronted_doer(doc: Document, m: Mention) -> str | None:
    """An activity in a sentence's opening clause with no doer of its own, the next clause opening on a named
    body (实行X,A医院与…结成帮扶对子 / 推行Y,B公司与…签订协议 / 依托Z,C局开展…): that body is the sentence's
    subject and does it."""
    text, p = doc.text, doc.passages[m.passage]
    lead = AT_LEAD.match(text, p.start)  # 近年来，落实X，…: the sentence's time comes first
    start = lead.end() if lead else p.start
    titled = p.heading and not text.endswith("。", p.start, p.end)  # a short sentence is no title
    if m.start - start > 8 or titled or CLAUSE_STOP.search(text, start, m.start):
        return None  # the opening clause is a verb and its activity: 落实X, 深入推行X
    # 依托X的探索，A局…, 以X为抓手，B镇…: the means the body uses
    means = _MEANS.fullmatch(text, start, m.start) is not None or (
        text[start : m.start] == "以" and _TAKEN_AS.match(text, m.end) is not None
    )
    if not means and (
        _FRONTED.match(text, start)
        or not _OPENING_VERB.fullmatch(text, start, m.start)
        or _MAKES_ACT.search(text, start, m.start)
    ):
        return None
    orgs = org_mentions(doc, m.passage)
    if any(o.end <= m.start for o in orgs):
        return None
    comma = CLAUSE_MARK.search(text, m.end, p.end)
    if comma is None or text[comma.start()] not in "，," or (means and comma.start() - m.end > 8):
        return None
    after = [o for o in orgs if o.start > comma.start() and o.key]
    if not after or not doer_start(text, after[0].start, after[0].end) or after[0].text.startswith("全"):
        return None
    if CLAUSE_MARK.search(text, comma.end(), after[0].start):
        return None  # the body opens a later clause, not the next one
    head = after[0]
    for o in after[1:]:  # A市B园区内的C公司: the noun phrase's head, after its modifiers, is the body
        if o.start - head.end > 15 or not _MODIFIER.fullmatch(text, head.end, o.start):
            break
        head = o
    if "被" in text[head.end : clause_end(text, head.end, p.end)]:
        return None  # 实施X，某镇的21个村被评为…: a body the clause says is acted on does nothing
    return innermost(doc, m.passage, head.key or "", p.end)
