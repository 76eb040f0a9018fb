"""componentOf of a list a sentence announces with a colon: the deeds listed after it belong to the practice
the announcement is made for.

某县以“某某”建设为抓手，推出三项举措：1.建立A；2.推行B；3.开展C。 — A, B and C are the programme's measures,
whether the points stay in the sentence or run on as points of their own after a ；. The announcement counts
the measures or names them as such (三项举措：, 以下措施：, 主要做法：); the practice is the last one named before
the colon in the sentence, or, for a sentence that opens on the announcement alone (具体做法：一是…), the one the
sentence before (in the same paragraph) opens by carrying out (某县推行“某某”模式，…。具体做法：…).
"""

from __future__ import annotations

import re

from loaders.activities.outline import clause_start
from loaders.document import Document, Mention
from loaders.segment import ITEM_MARK

__all__ = ["announced_parts"]

# 三项举措： / 以下措施： / 具体做法： / 主要做法是： — a colon that opens a list of measures
_MEASURES = "举措|措施|做法|办法|机制|制度|载体|路径|抓手|环节|步骤|工作|内容|方面|任务"
_ANNOUNCES = re.compile(
    rf"(?:[一二两三四五六七八九十\d]+[项个条种大点步]|以下|如下|一系列|系列|具体|主要|重点|创新)"
    rf"[\u4e00-\u9fff]{{0,4}}?(?:{_MEASURES})(?:是|为|如下|包括)?\s*[：:]\s*$"
)
# a sentence that opens on the announcement alone (具体做法：一是…), with at most a doer before it
_OPENS_ON = re.compile(rf"\s*(?:[\u4e00-\u9fff]{{0,6}}?)(?:具体|主要)(?:{_MEASURES})(?:是|为|如下|包括)?\s*[：:]")
# the verb a deed of the list opens with, after its point mark (1.建立A / 一是推行B / 其次，开展C)
_DEED = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十]|首先|其次|再次|最后|"
    r"\d{1,2}[、．.]|[（(][\d一二三四五六七八九十]{1,2}[）)])?[，,]?\s*"
    r"(?:[^，,。；;：:“”\"]{0,8}?)"
    r"(?:建立|建设|设立|设置|推行|推出|实施|开展|组建|搭建|打造|创建|实行|举办|开设|培育|制定|出台|引入|构建|健全|完善"
    r"|探索|推广|落实|成立|(?:建|用|抓|办|管|做)好|建强|做实|做活|做强|做优)了?"
)
# the verb of carrying out that introduces the practice the sentence before opens with
_CARRIES = re.compile(
    r"(?:推行|实行|实施|推进|建立|开展|探索|构建|打造|启动|创新|推广|深化|创建|试行)了?(?:[^，,。；;“”\"]{0,8}的)?$"
)
_JOIN = re.compile(r"[、和及与]|(?<=[”\"])(?=[“\"])")


def announced_parts(doc: Document, by_passage: dict[int, list[Mention]]) -> list[tuple[str, str, int]]:
    """(part, whole, passage) for the deeds a colon announces as the measures of a practice."""
    out: list[tuple[str, str, int]] = []
    text = doc.text
    for i, found in by_passage.items():
        p = doc.passages[i]
        colon = _colon(text, p.start, p.end)
        if colon is None:
            continue
        before = [m for m in found if m.end <= colon and m.key]
        whole: Mention | None = before[-1] if before else None
        if whole is None and _OPENS_ON.match(text, p.start):
            whole = _opener_before(doc, i, by_passage)
        if whole is None or whole.key is None:
            continue
        items = [(i, m) for m in found if m.start > colon]
        k = i + 1
        while text[doc.passages[k - 1].end - 1 : doc.passages[k - 1].end] in "；;" and k < len(doc.passages):
            nxt = doc.passages[k]
            if nxt.heading or ITEM_MARK.match(text, nxt.start) is None:
                break
            items += [(k, m) for m in by_passage.get(k, [])]
            k += 1
        for at, m in _deeds(text, [(j, m) for j, m in items], doc):
            if m.key and m.key != whole.key:
                out.append((m.key, whole.key, at))
    return out


def _colon(text: str, start: int, end: int) -> int | None:
    """Where the colon that announces a list of measures stands in the sentence, if one does."""
    at = text.find("：", start, end)
    if at < 0:
        at = text.find(":", start, end)
    if at < 0:
        return None
    return at if _ANNOUNCES.search(text, max(start, at - 14), at + 1) else None


def _deeds(text: str, items: list[tuple[int, Mention]], doc: Document) -> list[tuple[int, Mention]]:
    """The names the listed deeds set up: a name its clause's verb governs, and the names listed right after it."""
    out: list[tuple[int, Mention]] = []
    for j, m in items:
        lo = clause_start(text, doc.passages[j].start, m.start)
        if _DEED.fullmatch(text, lo, m.start) or (out and out[-1][1].end <= m.start and _joined(text, out[-1][1], m)):
            out.append((j, m))
    return out


def _joined(text: str, a: Mention, b: Mention) -> bool:
    return _JOIN.fullmatch(text, a.end, b.start) is not None


def _opener_before(doc: Document, i: int, by_passage: dict[int, list[Mention]]) -> Mention | None:
    """The practice the sentence before (in the same paragraph) opens by carrying out (某县推行“某某”模式，…)."""
    if i == 0 or "\n" in doc.text[doc.passages[i - 1].end : doc.passages[i].start]:
        return None
    before = doc.passages[i - 1]
    for m in sorted(by_passage.get(i - 1, []), key=lambda m: m.start):
        if m.cls != "PolicyDocument" and _CARRIES.search(doc.text, max(before.start, m.start - 14), m.start):
            return m
    return None
