"""Townships, streets, villages and communities found from their suffix (…镇, …街道, …村, …社区): where
each name opens and whether the run is one.

`bodies.scan` finds the suffix; `unit_start` moves the left edge past what only stands before a name (a
count, a kind of village, a governance verb, 驻, a preposition) or back over what belongs to it (the run
after its county, a sibling listed before it), and `unit_name` decides from what anchors it (its county, its
town, a preposition, a list under a town) and from `localities.locality_class` whether the run is a name.
`vouched_towns` are the township names a document writes right after their county.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from loaders.names.found import Found
from loaders.names.lexicon import CJK, quoted, verbs, word_start
from loaders.names.localities import (
    SCOPE,
    after_count,
    after_kind,
    after_locative,
    after_verb,
    generic_word,
    has_word,
    locality_class,
    phrase_words,
)
from loaders.names.words import boundaries, part_of_speech

__all__ = ["unit_name", "unit_start", "vouched_towns"]


_AFTER_COUNTY = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:乡|镇|街道)")


def vouched_towns(text: str, stops: list[int]) -> frozenset[str]:
    """Township names written right after a county (寿宁县|下党乡): names the document may use alone."""
    out = set()
    for p in stops:
        if p > 0 and text[p - 1] in "县市区旗":
            m = _AFTER_COUNTY.match(text, p, p + 9)
            if m and any(c in m.group(1) for c in "党部支"):
                out.add(m.group(1))
    return frozenset(out)


def unit_start(
    text: str, b: int, s: int, e: int, floor: int, prev: Found | None, common: frozenset[str]
) -> tuple[int, int]:
    """Where the name of the unit whose suffix is text[s:e] opens, from its left edge `b`, and the offset a
    preposition, a listed sibling or the seat opens it at (0 when none does: that anchors the name)."""
    suffix = text[s:e]
    name = text[b:s]
    if b > floor > 0 and text[floor - 1] in "县市区旗" and 2 <= s - floor <= 4:
        run = text[floor:s]
        counted = any(part_of_speech(w) in ("m", "q", "mq", "r") for w in boundaries(text).words(floor, s))
        plain = all(CJK.match(c) for c in run) and run[0] not in SCOPE and not counted
        if plain and word_start(text, floor, s) == floor:
            b, name = floor, run  # 华龙区|青松街道: a name after its county may hold a boundary character
    b = after_count(text, b, s)
    name = text[b:s]
    if suffix in ("村", "社区", "镇", "乡") and (k := after_kind(text, b, s, suffix)) > b:
        b, name = k, text[k:s]  # 省级示范村|杏坪村: the kind of village describes the one named after it
    if (k := after_verb(text, b, s)) > b:
        b, name = k, text[k:s]  # 帮扶|某某村, 包联|某某镇: the deed's object is the name
    if name.startswith("驻") and len(name) >= 3:
        b, name = b + 1, name[1:]  # 驻|某某村第一书记, 某局驻|某某村工作队: stationed in the place, no part of its name
    placed = after_locative(text, s, max(floor, b - 3 if b < s else floor), common)
    if placed:
        b, name = placed, text[placed:s]  # 在|西和乡, 家住|某某社区: the preposition opens the place's name
    elif prev is not None and prev.rule == "unit" and _listed_sibling(text, prev, suffix):
        run = text[prev.end + 1 : s]  # 甲镇、|乙镇, 甲镇和|乙镇: an item listed after a sibling of its kind is a name
        vocabulary = verbs() if len(run) == 2 else phrase_words()  # 甲镇、|新兴镇: a common word names it
        if 2 <= len(run) <= 6 and all(CJK.match(c) for c in run) and not has_word(run, vocabulary):
            b, name, placed = prev.end + 1, run, prev.end + 1
    elif text.startswith(_SEATS, b) and s - b >= 4:
        b, name, placed = b + 2, name[2:], b + 2  # 县城|某某镇: the seat's town, named in apposition
    elif text[e : e + 1] == "、" and _sibling(text, e + 1, suffix):
        o = _clause_start(text, s)  # ，|和平镇、|某某镇: a first item opening its clause before a sibling
        run = text[o:s]
        if o < b and 2 <= len(run) <= 4 and run[0] not in SCOPE and not has_word(run, phrase_words()):
            b, name = o, run
    return b, placed


def unit_name(
    text: str,
    b: int,
    s: int,
    e: int,
    floor: int,
    prev: Found | None,
    placed: int,
    vouched: AbstractSet[str],
) -> Found | None:
    """The township, street, village or community named by text[b:e] (its suffix at `s`), if the run is a
    name: anchored by what is written before it (its county, its town, a preposition), or a name on its own."""
    suffix = text[s:e]
    name = text[b:s]
    anchored = (b > 0 and b == floor and text[b - 1] in "县市区旗") or name in vouched  # 寿宁县|下党乡
    # 某镇|柯家村: right after its town a village's name may end in a word (家村)
    town_before = prev is not None and prev.cls == "Township" and prev.end == b and suffix in ("村", "嘎查", "社区")
    anchored = anchored or bool(placed) or town_before or _governed(text, prev, b, suffix)
    # 古市镇, 新市镇, 旧县镇: a former seat's town, whose 市|镇 or 县 the segmenter reads as one word
    old_seat = len(name) == 2 and name[0] in "老旧古新" and name[1] in "县市" and suffix in ("镇", "乡")
    vouched_word = anchored and len(name) >= 2 and not has_word(name, verbs())
    if _suffix_in_word(text, b, s) and not vouched_word and not old_seat:
        return None  # 某县|大集镇: right after its county, a name may end in a word for a kind of town
    gap = text[prev.end : s] if prev is not None and prev.cls == "Township" else ""
    office = gap.startswith("办事处")  # 青松街道|办事处|和顺社区: the street's office stands between
    written = gap[3:] if office else gap
    for lead in ("辖区内", "辖区", "辖"):
        if written.startswith(lead) and len(written) - len(lead) >= 2:
            written = written[len(lead) :]  # 某镇辖|杏坪村, 某镇辖区|杏坪村: the town's governing, no name's part
            break
    alone = e >= len(text) or not CJK.match(text[e])
    if len(written) == 1 and written in _SURNAMES and suffix == "村" and alone:
        return Found(s - 1, e, text[s - 1 : e], "Village", "unit")  # 柳河镇|何村，: a surname names a village
    town = 2 <= len(written) <= 6 and (suffix in ("村", "嘎查") or (office and suffix == "社区"))
    town = town and written[0] not in _LINKS and not placed  # 某镇|的柳沟村, 某镇要在|某村: no name opens there
    written = written if town else ""
    phrase = len(written) > 3 and has_word(written, phrase_words())
    if town and all(CJK.match(c) for c in written) and not phrase:
        b, name, anchored = s - len(written), written, True  # 七塘镇|将军村: any word names a village there
    if b > 0 and text[b - 1] in "全个座":
        return None  # 全国|完整社区: a scope; 一个|产业大村: a counted kind of village, not a name
    if b >= 1 and text[b - 1] in _NAME_OPENERS and (b == 1 or text[b - 2] in "。；;！？!?\n，,、") and len(name) >= 3:
        b, name = b - 1, text[b - 1 : s]  # 、那仁宝拉格苏木: a boundary-like character that opens a long name
    opens = b == 0 or text[b - 1] in "。；;！？!?\n，,、●■◆▲•·"  # a bullet opens a clause too
    opens = opens or (s - b == 2 and _after_closed_word(text, b))  # 目前|青山村: a function word before it
    opens = opens or text.endswith(("。”", "！”", "？”", "!”", "?”"), 0, b)  # …卖了。”|石城镇红星村村民某某说
    owned = suffix == "村" and text.startswith(("村民", "村委", "村党"), e)  # 青山村|村民
    owned = owned or (suffix == "社区" and text.startswith(("居民", "居委"), e))  # 东湖社区|居民
    loc = None if quoted(text, b) else locality_class(name, suffix, anchored, opens, owned)
    if loc is None and opens and _governed_by(text, e, suffix) and _plain_word(name) and not _word_of_kind(name):
        loc = "Township"  # ，文化街道党工委…, 和平乡人民政府…: its own government opens the clause, a word names it
    if loc is None and anchored and suffix in ("镇", "乡") and _village_follows(text, e) and _plain_word(name):
        loc = "Township"  # 平江县|安定镇|龙潭村: between its county and its village a word names the town
    return Found(b, e, text[b:e], loc, "unit") if loc else None


_VILLAGE_AFTER = re.compile(r"([\u4e00-\u9fff]{2,4}?)(村|社区)")


def _village_follows(text: str, e: int) -> bool:
    """Whether a village or community is named right after a town's suffix (某镇|龙潭村): the chain
    county-town-village vouches for the town's name, though it is also a word (安定, 发展); a kind of
    village (某县建设镇|中心村) is none."""
    m = _VILLAGE_AFTER.match(text, e)
    if m is None or has_word(m.group(1), phrase_words()):
        return False  # 某县发展镇|新建村…: a deed's words, not a village's name
    return locality_class(m.group(1), m.group(2), anchored=True) is not None


_GOVERNMENTS = {"街道": ("党工委", "办事处"), "镇": ("党委", "人民政府"), "乡": ("党委", "人民政府")}


def _governed_by(text: str, e: int, suffix: str) -> bool:
    """Whether the town's or street's own Party committee or government is written right after its suffix."""
    return suffix in _GOVERNMENTS and text.startswith(_GOVERNMENTS[suffix], e)


def _word_of_kind(name: str) -> bool:
    """A verb or a word that describes a kind of place (基层乡, 中心镇): no town's own name."""
    return name in verbs() or generic_word(name)


def _plain_word(name: str) -> bool:
    """A two- or three-character run of Chinese characters with no level or scope character in it."""
    plain = all(CJK.match(c) for c in name) and not any(c in name for c in "县市区省全各每该本我")
    return 2 <= len(name) <= 3 and plain


# the commonest surnames: a village after its town may be named by one alone (X镇|王村)
_SURNAMES = frozenset(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
    "阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚"
    "文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂焦"
)
_LINKS = frozenset("的和与及或了在等是对把被从向")
# characters the left edge stops at that may still open a long transliterated name (那仁宝拉格苏木)
_NAME_OPENERS = frozenset("那其也又还再就才已曾以经按据至共因着这此个名所")
_GOVERNS = ("下辖", "所辖", "辖")


def _governed(text: str, prev: Found | None, b: int, suffix: str) -> bool:
    """Whether the name at `b` is listed under its town (某镇下辖|桃花村, 某镇下辖杏坪村、|桃花村): the town
    vouches for a name that is also a common word."""
    if prev is None or suffix not in ("村", "社区"):
        return False
    gap = text[prev.end : b]
    if prev.cls == "Township":
        return gap in _GOVERNS
    if gap != "、" or prev.cls not in ("Village", "Community"):
        return False
    head = text.rfind("辖", max(0, b - 40), b)  # 下辖甲村、乙村、|丙村: every sibling of the list is the town's
    items = text[head + 1 : b - 1].split("、") if head >= 0 else []
    return bool(items) and all(2 < len(w) <= 6 and w.endswith(("村", "社区")) for w in items)


def _suffix_in_word(text: str, b: int, s: int) -> bool:
    """Whether the unit suffix at `s` ends a common word begun inside the name (为|返乡, 城|乡镇), which
    is no place name; a place word (李家|固镇) or a name written as one word (大桥村) is."""
    bd = boundaries(text)
    if bd.is_boundary(s):
        return False
    ws, we = bd.span_at(s)
    if text[ws:we] == "村镇" and s - b == 2:
        return False  # 贺|村镇: a one-character name before 村 names a town (locality_class decides)
    if we - ws == 2 and text[ws] in _SETTLEMENT:
        return False  # 曹|口镇, 于|家村: a settlement's character closes the name (the dictionary's 口镇 is one)
    return ws > b and part_of_speech(text[ws:we]) != "ns"


_SETTLEMENT = frozenset("口家庄店营屯寨湾坪沟岭桥集")  # characters that close a place's name before its kind word
_SEATS = ("县城", "城区")  # the county's seat, the city's core: a town or street named after them is theirs


def _sibling(text: str, pos: int, suffix: str) -> bool:
    """Whether a unit of the same kind is listed at `pos` (甲镇、|乙镇): a short run of CJK, then the suffix."""
    for k in range(1, 6):
        if not CJK.match(text[pos + k - 1 : pos + k] or "x"):
            return False
        if text.startswith(suffix, pos + k):
            return not text.startswith(suffix, pos + k + len(suffix))
    return False


_CLOSED_BEFORE = frozenset(("t", "ul", "uj", "c", "p"))  # time words, particles, conjunctions, prepositions


def _after_closed_word(text: str, b: int) -> bool:
    """Whether the word that ends at `b` is a time word, particle, conjunction or preposition, which
    closes the context before a name as punctuation would (目前|青山村, 帮扶了|南山村)."""
    if b == 0 or not CJK.match(text[b - 1]):
        return False
    bd = boundaries(text)
    if not bd.is_boundary(b):
        return False
    ws, we = bd.span_at(b - 1)
    return we == b and part_of_speech(text[ws:we]) in _CLOSED_BEFORE


def _listed_sibling(text: str, prev: Found, suffix: str) -> bool:
    """Whether a unit follows `prev` in a list: after 、, or after 和/及/与 when both end in one suffix
    (甲镇和|乙镇; 某镇和|平村 is no list)."""
    mark = text[prev.end : prev.end + 1]
    return mark == "、" or (mark in ("和", "及", "与") and prev.text.endswith(suffix))


def _clause_start(text: str, pos: int) -> int:
    """Where the clause that holds `pos` opens (after its last mark, at most six characters back)."""
    o = pos
    while o > max(0, pos - 6) and CJK.match(text[o - 1]):
        o -= 1
    return o if o == 0 or not CJK.match(text[o - 1]) else pos
