"""Find administrative units (province, prefecture, county level) in text and pick the document's place.

Full names are found from their suffix character (省/市/县/区/旗/州/盟) by looking back into the
division index; short names (南乐, 贵州) only where they are safe: province short names anywhere,
others when the full name occurs in the same document or when written right after a parent
(贵州大方, 山东鱼台). Ambiguous names (朝阳区) go to the candidate inside the document's province.

>>> [(p.text, p.division.code[:6]) for p in scan("2021年以来,山东省鱼台县坚持县级统筹。")]
[('山东省', '370000'), ('鱼台县', '370827')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from loaders.keywords import trie_pattern
from loaders.names import divisions
from loaders.names.companies import UTILITY
from loaders.names.divisions import Division
from loaders.names.lexicon import common_words, verbs
from loaders.names.words import boundaries, function_word
from loaders.scanning import gated

__all__ = ["PlaceMention", "context", "in_title", "scan", "url_places"]

_SUFFIX = re.compile(r"[省市县区旗州盟]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# county-level names that are also common nouns (老城区 "the old town"): only right after their prefecture
_RISKY = frozenset(("城区", "郊区", "矿区", "西区", "东区", "新城区", "老城区", "古城区", "市中区", "新区"))
_OPEN = set('的了在与及或并把将对向从到被让给于等是和、，,；;：:。（(“"《》”）)\n 由为经以据按受获赴全我本该其各每')
_PLACE_END = set("省市县区州盟旗")


@dataclass
class PlaceMention:
    """A written administrative unit; `candidates` holds every division of that name until resolved."""

    start: int
    end: int
    text: str
    candidates: list[Division]
    short: bool = False
    division: Division = field(init=False)

    def __post_init__(self) -> None:
        self.division = self.candidates[0]


def _open_left(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in _OPEN or not _CJK.match(text[pos - 1]) or text[pos - 1] in _PLACE_END


@cache
def _province_shorts() -> re.Pattern[str]:
    shorts = sorted(
        {d.short for d in divisions.index().codes.values() if d.cls == "Province" and d.short},
        key=len,
        reverse=True,
    )
    return re.compile("|".join(shorts) + r"(?![省市])")


@cache
def _prefecture_shorts() -> re.Pattern[str]:
    """A prefecture's short name (金华, 丽水) with two characters after it, where a county's may follow."""
    shorts = {d.short for d in divisions.index().codes.values() if d.cls == "Prefecture" and len(d.short) >= 2}
    return gated(trie_pattern(shorts) + "(?=[\u4e00-\u9fff]{2})")


@cache
def _endings() -> frozenset[str]:
    return frozenset(n[-2:] for n in divisions.index().names)


def scan(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every administrative unit written in text[start:end], resolved against each other."""
    end = len(text) if end is None else end
    ix = divisions.index()
    maxlen = divisions.max_name_len()
    found: list[PlaceMention] = []
    taken_until = start
    endings = _endings()
    for m in _SUFFIX.finditer(text, start, end):
        i = m.end()
        if text[i - 2 : i] not in endings:  # 全市, 城市: no name ends so
            continue
        for length in range(min(maxlen, i - start), 1, -1):
            s = i - length
            if s < taken_until:
                continue
            name = text[s:i]
            cands = ix.names.get(name)
            if not cands:
                continue
            if name in _RISKY and not (found and found[-1].end == s and _under(cands, found[-1])):
                break  # 洛阳市|老城区 names the district; 南宁市|老城区 is Nanning's old town
            one_word = length == 2 and _written_as_word(text, s, i)  # 结合|魏县|实际, 推动|范|县|发展
            if (length == 2 or (length == 3 and name[:2] in verbs())) and not _open_left(text, s) and not one_word:
                break  # 县委组织部会同|县民政局: a verb, not 会同县, inside a clause
            if length == 2 and _joins(text, s) and not (found and found[-1].end == s and _under(cands, found[-1])):
                break  # 某某镇和|县教育局: a conjunction after a name, not 和县
            if i < end and text[i] in "长级委域" and length == 2:
                break
            if i < end and _level_opens_word(text, i):
                break  # 城市和|县城: the level character opens a common word, it closes no name
            while i < end and text[s : i + 1] in ix.names:  # 沙县|区: the current name goes on past the older one
                i += 1
                name, cands = text[s:i], ix.names[text[s:i]]
            found.append(PlaceMention(s, i, name, list(cands)))
            taken_until = i
            break
    found.extend(_newer(text, end, found))
    found.extend(_shorts(text, start, end, found))
    found.sort(key=lambda p: p.start)
    _resolve(found)
    return _drop_foreign(text, found)


def _written_as_word(text: str, s: int, i: int) -> bool:
    """Whether a two-character name stands as a word of its own: one word of the dictionary, or two
    single characters where the dictionary lacks the name (推动|范|县|发展), the first no function
    word (a conjunction or preposition before a bare 县 names nothing); never part of a longer word
    (争创|模范|县 holds no 范县).

    >>> _written_as_word("推动范县发展", 2, 4), _written_as_word("争创模范县", 3, 5)
    (True, False)
    """
    words = boundaries(text)
    if words.span_at(s) == (s, i):
        return True
    return words.span_at(s) == (s, s + 1) and words.span_at(s + 1) == (s + 1, i) and not function_word(text[s])


def _joins(text: str, s: int) -> bool:
    """Whether text[s] is a function word right after the end of a unit's or body's name
    (某某镇|和县直单位, 某某局|与县…): it joins two names and opens none.

    >>> _joins("甲镇和县教育局", 2), _joins("推动和县发展", 2)
    (True, False)
    """
    return s > 0 and text[s - 1] in _NAME_END and function_word(text[s])


_NAME_END = frozenset("省市县区州盟旗镇乡村局委办部厅处室站所")
_LIST_JOIN = ("、", "和", "与", "及", "，", ",")


def _province(d: Division) -> str:
    return d.code[:2]


def _drop_foreign(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Drop county-level names of another province written unqualified and alone (平房区|片区 in an
    Inner Mongolian report): a name from elsewhere counts when its province or prefecture is written
    beside it (浙江省安吉县, 浙江安吉) or it is listed with a sibling (安吉县、德清县).

    The home province is the one with the most distinct units named, the first named on a tie.
    """
    if len(found) < 2:
        return found
    units: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for p in found:
        prov = _province(p.division)
        units.setdefault(prov, set()).add(p.division.code)
        first.setdefault(prov, p.start)
    if len(units) < 2:
        return found
    home = max(units, key=lambda k: (len(units[k]), -first[k]))
    out = []
    for i, p in enumerate(found):
        d = p.division
        if d.level < 2 or _province(d) == home or p.short:
            out.append(p)
            continue
        prev = found[i - 1] if i else None
        nxt = found[i + 1] if i + 1 < len(found) else None
        qualified = prev is not None and prev.end >= p.start - 1 and divisions.is_under(d, prev.division)
        listed = any(
            o is not None
            and o.division != d
            and _province(o.division) == _province(d)
            and text[min(o.end, p.end) : max(o.start, p.start)] in _LIST_JOIN
            for o in (prev, nxt)
        )
        if qualified or listed:
            out.append(p)
    return out


_NEWER_NAME = re.compile(r"[\u4e00-\u9fff]{1,3}[区县市旗](?![\u4e00-\u9fff]{0,1}(?:委|政府|级|域|直|属|内|外|长))")


_BODY_SECOND = set("委长政人纪直级属")


def _level_opens_word(text: str, end: int) -> bool:
    """Whether the name's last (level) character begins a word that runs past it and names no body
    (县城, 市场, 区域; not 县委, 市长, 县政府)."""
    bd = boundaries(text)
    if bd.is_boundary(end):
        return False
    ws, we = bd.span_at(end - 1)
    # a common word only (市场, 县城, 区域): 庐山市|易岭镇 is no word 市易 of the prose, 某县|域 is the county's
    return ws == end - 1 and text[end] not in _BODY_SECOND and text[ws:we] in common_words()


def _under(cands: list[Division], parent: PlaceMention) -> bool:
    """Whether one of the divisions of a name lies directly in a division the parent mention may be."""
    return any(d.parent in {p.code for p in parent.candidates} for d in cands)


def _newer(text: str, end: int, found: list[PlaceMention]) -> list[PlaceMention]:
    """A county-level name written right after its prefecture but absent from the data (大同市平城区)."""
    out = []
    starts = {p.start for p in found}
    for p in found:
        if p.candidates[0].cls != "Prefecture" or p.end in starts:
            continue
        m = _NEWER_NAME.match(text, p.end, end)
        if m and not divisions.by_name(m.group(0)) and not any(c in m.group(0) for c in "的了在和与及等是全各每该"):
            out.append(PlaceMention(m.start(), m.end(), m.group(0), [divisions.newer(m.group(0), p.candidates[0])]))
    return out


def _inside(pos: int, spans: list[PlaceMention]) -> bool:
    if len(spans) > 16:
        ordered = sorted(spans, key=lambda p: p.start)
        k = bisect_right([p.start for p in ordered], pos) - 1
        return k >= 0 and pos < ordered[k].end
    return any(p.start <= pos < p.end for p in spans)


_OPENERS = {"“": "”", "《": "》", "「": "」"}


def in_title(text: str, pos: int) -> bool:
    """Whether `pos` lies inside quotes or a 《》 title of its line (“才聚某省”行动, 《某省小吃》): a short name
    there is a word of that name or slogan, not the province acting."""
    line = text.rfind("\n", max(0, pos - 30), pos) + 1  # bounded: a long line is no rescan
    before = text[max(line, pos - 30) : pos]
    return any(before.count(o) > before.count(c) for o, c in _OPENERS.items())


def _shorts(text: str, start: int, end: int, full: list[PlaceMention]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    bd = boundaries(text)
    for m in _province_shorts().finditer(text, start, end):
        if _inside(m.start(), full):
            continue
        ws, we = bd.span_at(m.start())
        utility = ws == m.start() and text[m.end() : we] in UTILITY  # 某省电信 may be one word of the dictionary
        if not (bd.aligned(m.start(), m.end()) or utility) or in_title(text, m.start()):
            continue  # 苍山|西坡 holds no 山西, 甘肃农业大学 is one word: a province only as a word of its own
        out.append(PlaceMention(m.start(), m.end(), m.group(0), divisions.by_short(m.group(0))[:1], short=True))
    # a short name right after its province (贵州大方, 山东鱼台)
    for p in [*full, *out]:
        if p.candidates[0].cls != "Province":
            continue
        for length in (4, 3, 2):
            short = text[p.end : p.end + length]
            kids = [
                d
                for d in divisions.by_short(short)
                if d.code.startswith(p.candidates[0].code[:2]) and d.cls != "Province"
            ]
            if kids and not _inside(p.end, full):
                out.append(PlaceMention(p.end, p.end + length, short, kids, short=True))
                break
    out.extend(_paired_shorts(text, start, end, [*full, *out]))
    out.extend(_listed_shorts(text, start, end, [*full, *out]))
    # short names of units written in full elsewhere in the document (开平 after 开平市)
    taken = [*full, *out]
    for name in {p.candidates[0].short for p in full if p.candidates[0].cls != "Province"}:
        if not name:
            continue
        pos = text.find(name, start, end)
        while pos >= 0:
            after = text[pos + len(name) : pos + len(name) + 1]
            area = text.startswith(_AREA_AFTER, pos + len(name))  # 某某|新城: a town area named after the unit
            if (
                after not in ("省", "市", "县", "区", "旗")
                and not area
                and not _inside(pos, taken)
                and _open_left(text, pos)
            ):
                cands = [d for d in divisions.by_short(name) if any(d == p.candidates[0] for p in full)]
                if cands:
                    out.append(PlaceMention(pos, pos + len(name), name, cands, short=True))
            pos = text.find(name, pos + len(name), end)
    return out


def _paired_shorts(text: str, start: int, end: int, taken: list[PlaceMention]) -> list[PlaceMention]:
    """A county-level unit's short name right after its prefecture's (金华义乌：…, 丽水松阳): the pair
    qualifies both, as a province's short name qualifies the unit after it (贵州大方)."""
    out: list[PlaceMention] = []
    for m in _prefecture_shorts().finditer(text, start, end):
        if _inside(m.start(), taken) or not _open_left(text, m.start()) or in_title(text, m.start()):
            continue
        prefectures = [d for d in divisions.by_short(m.group(0)) if d.cls == "Prefecture"]
        for length in (4, 3, 2):
            short = text[m.end() : m.end() + length]
            kids = [d for d in divisions.by_short(short) if any(d.parent == p.code for p in prefectures)]
            if kids and not _inside(m.end(), taken):
                parents = [p for p in prefectures if any(d.parent == p.code for d in kids)]
                out.append(PlaceMention(m.start(), m.end(), m.group(0), parents, short=True))
                out.append(PlaceMention(m.end(), m.end() + length, short, kids, short=True))
                break
    return out


_AREA_AFTER = ("新城", "老城", "古城", "城区", "新区")
_SHORT_LIST = re.compile(r"[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+(?=等)")
_LEVEL_AFTER = re.compile(r"等[\d一二三四五六七八九十几多]*个?[省市县区]")


def _listed_shorts(text: str, start: int, end: int, taken: list[PlaceMention]) -> list[PlaceMention]:
    """Short names listed as siblings (甲县、乙市、丙区 written 嘉禾、安乐、平川等7个县市区): each item a
    division's short name, the items under one parent or the list closed by a level word (等市)."""
    out: list[PlaceMention] = []
    bd = None
    for m in _SHORT_LIST.finditer(text, start, end):
        items = m.group(0).split("、")
        first = next((k for k in (3, 2) if len(items[0]) >= k and divisions.by_short(items[0][-k:])), 0)
        if not first:
            continue
        items[0] = items[0][-first:]
        pos = m.end() - len("、".join(items))
        bd = bd or boundaries(text)
        if not bd.is_boundary(pos):
            continue
        cands = [[d for d in [*divisions.by_short(it), *divisions.by_name(it)] if d.cls != "Province"] for it in items]
        if not all(c or divisions.by_short(it) for c, it in zip(cands, items, strict=True)):
            continue  # every item a unit (上海 a province: 上海、杭州等市)
        parents = [{d.parent for d in c} for c in cands if c]
        shared = set.intersection(*parents) if len(parents) >= 2 else set()
        if not shared and not _LEVEL_AFTER.match(text, m.end()):
            continue
        for it, c in zip(items, cands, strict=True):
            if c and not _inside(pos, taken) and not divisions.by_name(it):
                pick = [d for d in c if d.parent in shared] or c
                out.append(PlaceMention(pos, pos + len(it), it, pick, short=True))
            pos += len(it) + 1
    return out


def context(places: list[PlaceMention], extra: list[Division] | None = None) -> tuple[Division | None, Division | None]:
    """The document's province and prefecture: the ancestors most often written (with `extra` hints)."""
    prov: Counter[str] = Counter()
    pref: Counter[str] = Counter()
    for d in [*(p.candidates[0] for p in places if len(p.candidates) == 1), *(extra or [])]:
        for a in divisions.chain(d):
            if a.cls == "Province":
                prov[a.code] += 1
            elif a.cls == "Prefecture":
                pref[a.code] += 1
    province = divisions.by_code(prov.most_common(1)[0][0]) if prov else None
    city = None
    for code, _ in pref.most_common():
        if province is None or code.startswith(province.code[:2]):
            city = divisions.by_code(code)
            break
    return province, city


def _resolve(places: list[PlaceMention]) -> None:
    """Pick one division for every ambiguous name: the one inside the written context."""
    province, city = context(places)
    written = {p.candidates[0].code for p in places if len(p.candidates) == 1}
    for i, p in enumerate(places):
        if len(p.candidates) == 1:
            continue
        prev = places[i - 1] if i and places[i - 1].end == p.start else None

        def score(d: Division, prev: PlaceMention | None = prev) -> tuple[int, int, int, int]:
            anc = {a.code for a in divisions.chain(d)[1:]}
            return (
                int(prev is not None and prev.division.code in anc),
                int(city is not None and city.code in anc),
                int(province is not None and province.code in anc) + int(province is not None and d == province),
                len(anc & written) - d.level,
            )

        p.candidates.sort(key=score, reverse=True)
        p.division = p.candidates[0]


@cache
def _pinyin_index() -> dict[str, list[Division]]:
    from pypinyin import lazy_pinyin

    out: dict[str, list[Division]] = {}
    for d in divisions.index().codes.values():
        for name in {d.short, d.name}:
            if len(name) >= 2:
                out.setdefault("".join(lazy_pinyin(name)), []).append(d)
    return out


def url_places(url: str) -> list[Division]:
    """Divisions whose pinyin is a label of the URL's host (www.huangshigang.gov.cn -> 黄石港区)."""
    m = re.match(r"(?:[a-z]+://)?([^/:?#]+)", url.strip().lower())
    if not m:
        return []
    out: list[Division] = []
    for label in m.group(1).split("."):
        if len(label) >= 5:
            out.extend(_pinyin_index().get(label, []))
    return out
