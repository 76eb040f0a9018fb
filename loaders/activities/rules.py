"""Rules that find activity names in text: each yields candidate spans with a class and other forms.

Six general shapes, each one regex pass over the whole text (the segmenter only judges word boundaries);
this module reads 《》 titles and gathers the rest:
- 《…》 titles ending in a rule-setting word (办法, 意见, 方案, 卡 ...) → PolicyDocument;
- quoted names, read one pair at a time by `quotes` (“头雁领航”工程, 坚持“一星一方案”);
- enumerations of practices sharing one head, read by `enumerations` (推行三资融合、三权分置等6种发展模式,
  建立甲、乙和丙制度) and parallel steps defining one way (每日走访、每月研判的机制, 旬排查、季讲评制度);
- fixed terms of the field and their shapes, read by `terms` (网格化管理, 行业党建联建, 一X一Y, X长制);
- unquoted names ending in a head noun, read by `head_nouns` (严格落实派驻机制 → 派驻机制);
- ways, works, evaluations and drives named by their deed, read by `deeds` (实行片区干部蹲点调解。).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.activities.candidate import Candidate
from loaders.activities.deeds import drives, evaluations, practised, rated, works
from loaders.activities.enumerations import enumerations
from loaders.activities.head_nouns import topic, unquoted
from loaders.activities.introduced import introduced, unranked
from loaders.activities.lexicon import lexicon
from loaders.activities.quotes import quoted
from loaders.activities.terms import terms
from loaders.scanning import gated
from loaders.spans import Spans

__all__ = ["Candidate", "candidates"]

_HAN = "\u4e00-\u9fff"
_OPEN, _CLOSE = '“"‘「', '”"’」'
_L = lexicon()
_POLICY = re.compile(r"《([^《》\n]{2,80})》")
# a rule-setting document named without 《》 right after the verb that issues or carries it out
# (制定街巷管理办法和门前责任区考核细则, 贯彻落实古城风貌保护条例); only the last words of titled documents count
_TITLED = (
    '(?:[\u4e00-\u9fff]|[“"][^”"]{1,10}[”"]){4,30}?'
    "(?:条例|实施细则|细则|规划|办法|规定|实施意见|指导意见|纲要|准则|守则)"
)
_UNBRACKETED = gated(
    f"(?:(?:出台|制定|印发|颁布|修订|起草|贯彻落实|贯彻|实施)(?:了|好)?)+({_TITLED})(?:(?:和|及|、)({_TITLED}))?"
    "(?=[和及、，,。；;（(]|$)"
)
# 《关于推行某某积分管理工作的实施意见》: the practice a title carries out is named in it
_TITLE_PRACTICE = re.compile("关于(?:全面)?(?:开展|推行|实施|实行|建立|推进|深化)([^，,、》]{2,24}?)(?:工作)?的")
_TRIAL = re.compile(r"[（(](?:试行|暂行|修订|征求意见稿|\d{4}(?:[—–－-]+\d{4})?年?(?:版|度)?)[）)]$")
_LONG_QUOTE = re.compile(f"[{_OPEN}][^{_OPEN}{_CLOSE}\\n]{{1,120}}[{_CLOSE}]")
_MODEL_HEADING = re.compile(
    f"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、])?\\s*([{_HAN}]{{2,7}}型)[。.！!]?$"
)


def _policy(text: str) -> Iterator[Candidate]:
    for m in _POLICY.finditer(text):
        inner = m.group(1).strip()
        core = _TRIAL.sub("", inner)
        if not core.endswith(_L.policy_suffixes):
            continue
        alts = {inner, core, f"《{core}》"}
        yield Candidate(m.start(), m.end(), "PolicyDocument", "policy-title", 0, alts)
        named = _TITLE_PRACTICE.match(inner)
        if named and len(named.group(1)) >= 4 and not _L.is_generic(named.group(1)):
            at = m.start(1) + named.start(1)
            cls = _L.class_of(named.group(1)) or "Mechanism"
            yield Candidate(at, at + len(named.group(1)), cls, "titled-practice", 2, set())
    for m in _UNBRACKETED.finditer(text):
        for k in (1, 2):
            if m.group(k):
                yield Candidate(m.start(k), m.end(k), "PolicyDocument", "policy-title", 0, {f"《{m.group(k)}》"})


def _model_headings(text: str, headings: list[tuple[int, int]]) -> Iterator[Candidate]:
    """A heading that is only a model's name (飞地攻关型。以才引才型。) names a Mechanism."""
    for s, e in headings:
        m = _MODEL_HEADING.match(text, s, e)
        if m:
            yield Candidate(m.start(1), m.end(1), "Mechanism", "model-heading", 2, {m.group(1)[:-1]})


def candidates(text: str, headings: list[tuple[int, int]]) -> list[Candidate]:
    """Every activity candidate of `text`; `headings` are the (start, end) spans of heading passages.

    >>> text = "严格落实派驻机制,建立“四帮一”机制。"
    >>> [c.text(text) for c in candidates(text, [])]
    ['“四帮一”机制', '派驻机制']
    """
    out: list[Candidate] = []
    out += _policy(text)
    out += enumerations(text)
    out += quoted(text, Spans(headings))
    out += _model_headings(text, headings)
    quotes = Spans([(m.start(), m.end()) for m in _LONG_QUOTE.finditer(text)])
    named = (
        Candidate(s, e, cls, "introduced", 3, {unranked(text[s:e])} - {text[s:e]}) for s, e, cls in introduced(text)
    )
    titles = Spans(headings)
    for c in (
        *terms(text),
        *named,
        *unquoted(text),
        *practised(text),
        *works(text),
        *evaluations(text),
        *rated(text),
        *drives(text),
    ):
        if not quotes.holding(c.start, c.end, strict=True) and not topic(text, c, titles):
            out.append(c)
    out.sort(key=lambda c: (c.tier, -(c.end - c.start), c.start))
    return out
