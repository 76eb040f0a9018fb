"""recognizedBy: awards, designations, commendations and reports, read from their trigger words.

被…确定为, 荣获…表彰, 获评省级…示范区, …宣传报道, 公布的典型案例分别为A、B: the body named at the trigger
recognizes the doers there, and the practice whose 经验/做法 the clause names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders import names
from loaders.activities.parts import ACTIVITY_CLASSES as _ACTIVITY
from loaders.document import Document, Mention
from loaders.relations.clauses import clause_end
from loaders.relations.divisions import own_body
from loaders.relations.doers import actor_of, doers
from loaders.relations.mentions import org_mentions

__all__ = ["Add", "announced", "level_recognitions", "recognitions"]

Add = Callable[[str, str, str, int], None]  # add(subject, predicate, object, passage)
_CLAUSE = "，,。；;！？!?\n"
_RECOG = re.compile(r"被|荣获|获得|获评|入选|纳入|得到|受到|获")
# 建立…工作站,…,相关经验获省司法厅推广: the practice whose experience is praised is recognized too
_PRAISED = re.compile(r"(?:其|相关|该|这一|此项?)?(?:经验做法|经验|做法)")
# 相关经验获…推广 / 其做法被…: the experience of the practice the clause before names, not the whole report's work
_REFERRED = re.compile(r"(?:其|相关|该|这一|此项?)(?:经验做法|经验|做法)")
_RECOG_VERB = re.compile(
    r"确定为|命名为|评为|评定|授予|表彰|列为|刊发|推广|报道|宣传|采用|转发|肯定|认定|批示|刊登|登载|专题|纳入|表扬|通报表扬"
    r"|推介|推荐|播出|转载|关注"
)

# 纳入X名单 / 纳入X试点: put on a body's list of honours (not 纳入X培养, taken into its care)
_LISTING = re.compile(r"[^，,。；;]{0,12}?(?:名单|名录|目录|试点|示范|典型|案例|库|序列|计划|范围)")
_LEVEL_HONOUR = re.compile(
    r"(省级|全省|市级|全市)[^，,。；;]{0,16}?(?:示范(?:点|单位|村|社区|校|区|县|乡镇|镇|乡|街道|基地|园区|项目)|先进|典型|标杆|样板|优秀)"
)
_RANKED = re.compile(
    r"[^，,。；;]{0,24}?(?:考核|评比|评估|考评|测评|评选|排名|督查)中[^，,。；;]{0,4}?"
    r"(?:位列|获得|荣获|名列|排名|位居|获评|被评为|被确定为)"
)
_MEDIA_VERB = re.compile(r"宣传报道|专题报道|报道|刊发|刊登|转发|转载|发表|登载|播出")
_GAP = re.compile(
    r"(?:《[^《》，,。]{1,20}》)?(?:等)?(?:栏目|节目)?(?:头版|头条|专版|专栏|重要位置)?"
    r"(?:先后|相继|多次|分别|专门|均|也|还)*(?:对[^，,。；]{0,14})?(?:进行|作了|作|予以)?了?"
)

_ANNOUNCE = re.compile(r"(?:发布|公布|命名|认定|表彰|评选出|授予)")
_HONOURS = re.compile(r"案例|名单|示范|先进|典型|优秀|标杆|称号")
_LISTED = re.compile(r"分别(?:为|是)|名单如下|如下[:：]")


def announced(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
    """…公布的11个典型案例分别为,A区:…;B街道:…: each unit listed is recognized by the body that announced it."""
    text, p = doc.text, doc.passages[i]
    if "分别" not in text[p.start : p.end] and "如下" not in text[p.start : p.end]:
        return
    listed = _LISTED.search(text, p.start, p.end)
    if listed is None or not _HONOURS.search(text, p.start, listed.start()):
        return
    by = None  # the body named as announcer (某局发布…名单), else the doer of the first announcement
    for j in range(i, max(-1, i - 3), -1):
        q = doc.passages[j]
        if q.report != p.report:
            break
        verb = _ANNOUNCE.search(text, q.start, listed.start() if j == i else q.end)
        if verb is not None and _HONOURS.search(text, verb.end(), min(q.end, verb.end() + 40)):
            named = [m for m in org_mentions(doc, j) if m.end <= verb.start() and verb.start() - m.end <= 2]
            if named:
                by = named[-1].key
                break
            by = by or actor_of(doc, j, verb.start())
    if by is None:
        return
    last = i  # the list goes on over the sentences of its line (A区:…;B区:…)
    while last + 1 < len(doc.passages) and "\n" not in text[doc.passages[last].end : doc.passages[last + 1].start]:
        last += 1
    items = [m for j in range(i, last + 1) for m in org_mentions(doc, j) if m.start >= listed.end() and m.key]
    for k, m in enumerate(items):
        if k + 1 < len(items) and items[k + 1].start == m.end:
            continue  # 浦东新区|花木街道: the chain's last unit is the one listed
        if m.key and (text[m.end : m.end + 1] in "：:、，,；;" or text.startswith("和", m.end)):
            add(m.key, "recognizedBy", by, m.passage)


def recognitions(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
    text, p = doc.text, doc.passages[i]
    for t in _RECOG.finditer(text, p.start, p.end):
        end = clause_end(text, t.end(), p.end)
        verb = _RECOG_VERB.search(text, t.end(), end)
        by = [m for m in orgs if t.end() <= m.start < (verb.start() if verb and t.group(0) == "被" else end)]
        if t.group(0) == "被" and not verb:
            continue
        if t.group(0) != "被":
            by = by[:1] if by and by[0].start - t.end() <= 1 else []
            if t.group(0) == "纳入" and by and not _LISTING.match(text, by[0].end):
                by = []  # 纳入某学院培养: taken into a body's care, not onto its list
        elif not by and verb is not None and verb.group(0) in _NAMED_AS:
            by = _titled(text, verb.end(), end, orgs)
        _credit(doc, i, t.start(), by, add)
    for k, m in enumerate(orgs):  # 在A市…考核中位列第一: ranked by the body that assesses
        if text[m.start - 1 : m.start] != "在" or not m.key:
            continue
        while k + 1 < len(orgs) and orgs[k + 1].start == orgs[k].end:
            k += 1
        if _RANKED.match(text, orgs[k].end):
            _credit(doc, i, m.start - 1, [orgs[k]], add)
    for v in _MEDIA_VERB.finditer(text, p.start, p.end):
        lo = max(p.start, max(text.rfind(c, p.start, v.start()) for c in _CLAUSE) + 1)
        before = [m for m in orgs if lo <= m.start and m.end <= v.start()]
        for k in range(len(before) - 1, -1, -1):
            if _GAP.fullmatch(text, before[k].end, v.start()):
                chain = [before[k]]
                while k > 0 and text[before[k - 1].end : chain[0].start] in ("、", "和", "及", ""):
                    k -= 1
                    chain.insert(0, before[k])
                _credit(doc, i, lo, chain, add)
                break


_ACTS: list[tuple[Document, int, dict[int, list[Mention]]]] = []


def _activities(doc: Document) -> dict[int, list[Mention]]:
    """Passage -> its keyed activity mentions in document order, indexed once per document and mention
    count (walking every mention for each honour is quadratic on a long text); holds the document, not its id()."""
    if not _ACTS or _ACTS[0][0] is not doc or _ACTS[0][1] != len(doc.mentions):
        index: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            if m.cls in _ACTIVITY and m.key:
                index.setdefault(m.passage, []).append(m)
        _ACTS[:] = [(doc, len(doc.mentions), index)]
    return _ACTS[0][2]


def _recipients(doc: Document, i: int, pos: int) -> list[str]:
    """Who an honour at `pos` goes to: the practice whose 经验/做法 the clause names (某县X经验被…推广, 相关经验获…),
    which its doers do not share; else the doers there, with the practice the honour names itself (“X模式”入选…)."""
    text, start = doc.text, doc.passages[i].start
    lo = max(start, max(text.rfind(c, start, pos) for c in _CLAUSE) + 1)
    acts = [m for m in _activities(doc).get(i, []) if m.end <= pos]
    praised = []
    if _REFERRED.match(text, lo, pos):  # the clause opens on the experience of the one before: 相关经验获…
        before = [m for m in acts if m.end <= lo]
        if before:
            praised.append(max(before, key=lambda m: m.end).key or "")
    # the clause opens with the practice and its experience: X建设经验做法得到…关注, 某县X经验被…推广
    praised += [m.key or "" for m in acts if m.start >= lo and _PRAISED.match(text, m.end, pos)]
    itself = [m.key or "" for m in acts if m.start >= lo and m.end == pos]  # 公司“X模式”入选…
    return praised + itself if praised else doers(doc, i, pos) + itself


_NAMED_AS = frozenset({"确定为", "命名为", "评为", "评定", "列为", "认定"})


def _titled(text: str, at: int, end: int, orgs: list[Mention]) -> list[Mention]:
    """被评为A市“…”社区、B省…示范社区: the unit each honour's title opens with (the last of a chain) gives it."""
    out: list[Mention] = []
    for k, m in enumerate(orgs):
        if m.start >= end:
            break
        if m.start == at or (m.start > at and text[m.start - 1] == "、" and (not out or m.start > out[-1].end)):
            while k + 1 < len(orgs) and orgs[k + 1].start == orgs[k].end:
                k += 1  # 武汉市|江岸区: the district named last gives it
            out.append(orgs[k])
    return out


def _credit(doc: Document, i: int, pos: int, by: list[Mention], add: Add) -> None:
    if not by:
        return
    for actor in _recipients(doc, i, pos):
        for m in by:
            if m.key and m.key != actor:
                add(actor, "recognizedBy", m.key, i)


def level_recognitions(doc: Document, i: int, add: Add) -> None:
    """省级…示范点 / 全省…典型案例: recognized by the province (or city) the report's subject lies in."""
    text, p = doc.text, doc.passages[i]
    where = next((k for k in (names.subject_of(doc, i), doc.place) if k and k.startswith("place/")), None)
    code = where.split("/")[1] if where else ""
    for m in _LEVEL_HONOUR.finditer(text, p.start, p.end):
        digits = 2 if m.group(1) in ("省级", "全省") else 4
        unit = "place/" + code[:digits].ljust(12, "0")
        if code.isdigit() and unit in doc.entities:
            for actor in _recipients(doc, i, m.start()):
                if actor != unit and not own_body(doc, actor, unit):  # 省委组织部公布全省…名单: the announcer
                    add(actor, "recognizedBy", unit, i)
