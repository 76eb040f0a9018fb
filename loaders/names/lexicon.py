"""General lexicons of the organization rules, read once from loaders/data/, and the left-edge walk.

`left_edge` finds where a name starts when only its right end (a suffix) is known: it walks back
over CJK characters to a boundary character (unless a dictionary noun holds it: 财经|大学), then
drops a leading verb chain (成立|牵头|…) and a leading conjunction, and `word_start` moves the start
onto a word boundary after the last function word (区域内|泰隆银行), with `loaders.names.words` as evidence.

>>> text = "盛源石化成立北京新材料研究院"
>>> text[left_edge(text, text.index("研究院"), 4, 14) : text.index("研究院")]
'北京新材料'
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from loaders.names.words import boundaries, part_of_speech

__all__ = [
    "BOUNDARY",
    "CJK",
    "LEAD_STRIP",
    "central",
    "common_words",
    "departments",
    "dept_shorts",
    "left_edge",
    "quoted",
    "verbs",
    "word_start",
    "words",
]

_DATA = Path(__file__).parent.parent / "data"
CJK = re.compile(r"[\u4e00-\u9fff]")
# characters that never start or sit inside the names found here
BOUNDARY = set("的了在与及或并把将对从到被让给于等是个名所各每该其此这那也又还再就才已曾全以由经按据至赴共因着")
LEAD_STRIP = "和与及并或同跟暨"
# verbs that are also nouns (党组织, 组织部, 服务中心), so not in verbs.txt: cut only where they open the run
# before a body they take as object (组织|伊泰集团, 帮扶|某某公司, 调研|某某村)
_LEAD_VERBS: tuple[str, ...] = ("组织", "带动", "引进", "招引", "帮扶", "联系", "包联", "服务", "调研", "督导")
_LEAD_VERBS += ("联建", "走访", "挂点", "包抓", "对接")
# verbs whose object is a body (成立|某某公司, 引进|某某集团): wherever they stand in the run, the name follows
_TAKES_A_BODY = ("成立", "组建", "设立", "创办", "引进", "引入", "注册", "依托", "携手", "委托", "邀请")
_LAST_TAKING = re.compile(f"(?s:.*)({'|'.join(_TAKES_A_BODY)})")  # the last of them: the greedy run backs off
_NOUNS = frozenset({"经济", "共青"})  # nouns of names that begin with a BOUNDARY character
# kinds a name is written after in apposition (共建单位|某某银行, 成员单位|某某公司)
_APPOSITION = ("成员单位", "单位", "企业", "部门", "机构", "伙伴")


def _lines(name: str) -> list[list[str]]:
    with open(_DATA / name, encoding="utf-8") as fh:
        return [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]


@cache
def verbs() -> frozenset[str]:
    """Two-character verbs, prepositions and adverbs that end a name's left context."""
    return frozenset(r[0] for r in _lines("verbs.txt"))


@cache
def common_words() -> frozenset[str]:
    """Two-character common words: a brand or place name is not one of them."""
    return frozenset(r[0] for r in _lines("common_words.txt"))


@cache
def departments() -> dict[str, tuple[str, str, str]]:
    """core -> (class, English, canonical core) for bodies after a level prefix."""
    return {r[0]: (r[1], r[2], r[3] if len(r) > 3 else r[0]) for r in _lines("departments.tsv")}


@cache
def dept_shorts() -> dict[str, str]:
    """Short department names of enumerations (宣传、网信、公安部门) -> their core (委宣传部, 公安局)."""
    return {r[0]: r[1] for r in _lines("department_shorts.tsv")}


@cache
def central() -> dict[str, tuple[str, str, str]]:
    """written form -> (canonical name, class, English) for national bodies."""
    return {r[0]: (r[1], r[2], r[3]) for r in _lines("central_bodies.tsv")}


def _inside_noun(text: str, k: int) -> bool:
    """Whether the boundary character at k sits inside a noun of the dictionary, not at its start
    (财经|大学: 经 ends no context there)."""
    bd = boundaries(text)
    if bd.is_boundary(k):
        return False
    ws, we = bd.span_at(k)
    return part_of_speech(text[ws:we]).startswith("n")


def left_edge(text: str, pos: int, floor: int, maxlen: int) -> int:
    """Start of the name that ends its left context at `pos` (walks back over CJK characters)."""
    i = pos
    low = max(floor, pos - maxlen - 4)
    while (
        i > low
        and "\u4e00" <= text[i - 1] <= "\u9fff"  # CJK, without a pattern call per character
        and (text[i - 1] not in BOUNDARY or (i < pos and text[i - 1 : i + 1] in _NOUNS) or _inside_noun(text, i - 1))
    ):
        i -= 1  # 非公经济组织, 张掖经济技术开发区: a boundary character that begins a noun of names
    vs = verbs()
    if i > low and i < pos and text[i - 1 : i + 1] in vs and text[i : i + 2] not in vs:
        i += 1  # 共建|乡村振兴学院: a boundary character that begins a verb takes its second character
    run = text[i:pos]
    if run.startswith(_LEAD_VERBS) and len(run) >= 4:
        i += 2  # 组织|伊泰集团
        run = run[2:]
    cut = 0
    for j in range(len(run) - 1):  # the first verb ends the context: 成立|新罗区外卖配送行业 (配送 stays)
        if run[j : j + 2] in vs:
            cut = j + 2
            while run[cut : cut + 2] in vs:  # 牵头成立|…
                cut += 2
            break
    if cut and pos < len(text) and text[pos] in _SETTLED:
        cut = _second_verb(run, cut, vs)
    rest = run[cut:]
    last = _LAST_TAKING.match(rest)
    k = last.start(1) if last else -1
    if k >= 0 and len(rest) - k - 2 >= 2:
        cut += k + 2  # 社区|成立|物业服务公司: a verb that sets up or brings in a body is never inside its name
    start = i + cut
    kind = (
        next((w for w in _APPOSITION if text.startswith(w, start)), "") if text.startswith(_APPOSITION, start) else ""
    )
    if kind and pos - start - len(kind) >= 2 and boundaries(text).is_boundary(start + len(kind)):
        start += len(kind)  # 共建单位|某某银行: the kind written before a name in apposition
    while start < pos and text[start] in LEAD_STRIP and pos - start > 2 and boundaries(text).is_boundary(start + 1):
        start += 1  # 与|河南大学, but 同济大学 keeps its 同 and 和平盛世 its 和 (one word)
    marker = _example_marker(text, start, pos)
    # 庐山市|易岭镇: a word the segmenter ran across the end of a name found before (市易) ends there
    crossed = start == floor > 0 and not boundaries(text).is_boundary(start)
    b = word_start(text, start + marker, pos, low, glued=marker > 0 or crossed)
    if b > i and text.startswith(_LEAD_VERBS, b) and pos - b >= 4:
        b += 2  # 对口|帮扶|某某村: a lead verb right after the word that ended the context
    return b


_SETTLED = frozenset("村镇乡")  # the first character of a settlement's suffix (村, 社区 not: a trade may hold 社)


def _second_verb(run: str, cut: int, vs: frozenset[str]) -> int:
    """Past a verb's object and a second verb (拿出|资金|支持|某某村, 安排|经费|帮扶|某某村): a serial verb
    clause whose second verb takes the settlement; the object is a common word, never a name's own part."""
    common = common_words()
    for j in (cut + 2, cut + 4):  # 资金, 专项|资金: the object's head noun is a common word
        verb = run[j : j + 2]
        if run[j - 2 : j] in common and (verb in vs or verb in _LEAD_VERBS) and len(run) - j - 2 >= 2:
            return j + 2
    return cut


_EXAMPLE = ("诸如", "比如", "例如", "譬如", "又如", "再如", "如", "像", "拿")  # 拿|某村来说


def _example_marker(text: str, start: int, pos: int) -> int:
    """The length of a word that opens a clause to give an example (，如|某某镇…, 像|某某村这样), which is
    no part of the name after it; 0 when the character is the name's own (如意镇: one word of the dictionary)."""
    if start and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1 : start + 1] not in _EXAMPLE:
        return 0  # inside a clause: 如 and 像 are a name's own characters there (not after 又 or 再: 又如|某村)
    mark = next((w for w in _EXAMPLE if text.startswith(w, start)), "")
    if not mark or pos - start - len(mark) < 2:
        return 0
    bd = boundaries(text)
    glued = text[start : start + len(mark) + 1]  # 如恒|泰: the segmenter glued it to an unknown name
    if bd.is_boundary(start + len(mark)) or (len(mark) == 1 and part_of_speech(glued) in ("z", "x", "")):
        return len(mark)
    return 0


# the parts of speech a name never holds as a word of its own: conjunctions and particles (乡长和|派出所,
# 更好地|深入社区); prepositions, pronouns, adverbs, classifiers and localizers when written as words of
# two characters (通过|, 其中|, 进一步|) or after one (区域内|泰隆银行, 128个|村): an unknown name falls
# apart into single characters that may carry any tag (和顺街道, 城南东社区, 李家固镇)
_CLOSED = frozenset(("c", "u", "uj", "ul", "uv", "uz", "ug", "ud", "y", "e"))
_OPEN_CLASS = frozenset(("p", "r", "d", "q", "f"))
_LOCALIZERS = frozenset("内外中里上下间旁")
_DIRECTIONS = frozenset("东西南北")
_UNIT_CHARS = frozenset("乡镇村社区县市省组户街企党嘎苏")  # 乡镇|和|村: units listed, no name
_AMOUNT = frozenset("元万亿")  # the last character of a sum (万元, 亿元) the tagger reads as a numeral
# classifiers that count the units after them (128个|村, 3家|企业); a rarer one the dictionary tags so
# (孙家|集, 李|堡) is a character of a name more often than a count
_COUNTERS = frozenset("个名家位座所支处批项条户次件类种层级套台亩元万千百")
_NAME_WORD = frozenset(("ns", "nr", "nrt", "nz", "nt"))
_PURPOSE = frozenset("为向")  # prepositions outside BOUNDARY (names hold them: 为民, 向阳), cut as words of their own
# boundary characters that may open a noun of a name (将军, 为民, 至善); not scope words (全区, 各村, 该镇)
_NOUN_OPENERS = BOUNDARY - set("全各每该其此这那")


def word_start(text: str, start: int, pos: int, floor: int = 0, glued: bool = False) -> int:
    """Where a name ending its left context at `pos` starts, given `start` from the character walk:
    on a word boundary, after the last function word of the run.

    >>> text = "整合区域内泰隆银行资源"
    >>> text[word_start(text, 2, 7) : 7]
    '泰隆'
    >>> text = "甘溪镇将军村"
    >>> text[word_start(text, 4, 5, 3) : 5]
    '将军'
    """
    bd = boundaries(text)
    if not bd.is_boundary(start) and not glued:  # `glued`: a word the segmenter ran over the start (如恒|泰)
        ws, we = bd.span_at(start)
        if ws >= floor and text[ws] in _NOUN_OPENERS and part_of_speech(text[ws:we]).startswith("n"):
            start = ws  # 将军村: a noun that begins with a boundary character is part of the name
        else:
            start = min(we, pos)  # the word that holds the start belongs to the context
    out = start
    prev = ""
    spans = bd.spans(start, pos)
    if len(spans) >= 2 and spans[0][1] - spans[0][0] == 1 and spans[1][1] <= pos and spans[1][1] - spans[1][0] >= 2:
        lead, name = part_of_speech(text[spans[0][0] : spans[0][1]]), part_of_speech(text[spans[1][0] : spans[1][1]])
        if lead in ("v", "p") and name in _NAME_WORD and text[spans[0][0] - 1 : spans[0][0]] != "、":
            out = spans[0][1]  # 像|白云寺镇: a one-character verb or preposition before a name the dictionary knows
            # (not an item's first character after 、: 甲镇、|横石坡镇)
        elif text[spans[0][0]] in _PURPOSE and lead == "p" and name[0] in "vn" and name != "nr":
            out = spans[0][1]  # 为|补齐乡村学校, 向|国家…: a preposition of its own opens the clause, not the name
    unit_next = text[pos : pos + 1] in _UNIT_CHARS  # a place's kind word follows (村, 镇, 乡, 社区, 街道)
    for ws, we in spans:
        if we > pos:
            break  # a word crossing the suffix (大学|生): the suffix decides
        w = text[ws:we]
        tag = part_of_speech(w)
        after_word = len(prev) > 1 or prev.isdigit()
        if tag == "uv" and len(prev) == 1 and out < ws:
            prev = w  # 更好地|深入 closes an adverb of two characters; 嘉|地 is a name in single characters
            continue
        counter = tag != "q" or len(w) > 1 or w in _COUNTERS
        if w in _DIRECTIONS and we == pos:  # 黎张|西|村, 白苏|西|镇: a place name's commonest last character
            prev = w
            continue
        if w == "何" and we < pos:  # 县城|何|铺镇: a surname; the pronoun lives in words of its own (如何, 任何)
            prev = w
            continue
        if w == "和" and we == pos and len(prev) == 1 and out == ws - 1 and prev not in _UNIT_CHARS and unit_next:
            prev = w  # 三|和|村, 义|和|村: nothing follows to be joined, so 和 closes a name of two characters
            continue
        if tag in ("v", "vn") and prev[-1:] in _AMOUNT and out == ws:
            out = we  # 投资5亿元|建设|某某研究院: the deed the sum pays for, not the name's first word
        elif (
            tag in _CLOSED
            or w.isdigit()
            or (tag == "m" and w[-1] in _AMOUNT and text[ws - 1 : ws].isdigit())  # 5.6|亿元: a sum, no name
            or ((len(w) > 1 or after_word) and ((tag in _OPEN_CLASS and counter) or w in _LOCALIZERS))
            or _time_word(w, tag, prev)
        ):
            out = we
        prev = w
    return out


def _time_word(w: str, tag: str, prev: str) -> bool:
    """Whether a word dates the clause, so a name starts after it: a time word (近年来, 目前, 去年), a
    count of years (多年, 一年) or 来/起 closing one (多年|来)."""
    if w in _DATING:
        return True  # 近年来, 目前, 去年, 近期; not 现代|农机, 青年|人才 (time words the tagger also gives)
    if tag == "m" and len(w) > 1 and w[-1] == "年":
        return True
    return w in _SPANS and len(prev) > 1 and prev[-1] == "年"


def words(text: str) -> tuple[str, ...]:
    """The space-separated words of a literal word list (keeps long lexicons readable)."""
    return tuple(text.split())


# time words that date a deed at a clause's opening (目前|青山村, 近年来|某某街道), or say when it is done
# (节假日|社区志愿者…, 高峰期|社区…)
_DATING = frozenset(
    words(
        "近年来 近年 多年来 目前 如今 当前 今年 去年 前年 明年 近期 同年 当年 此前 以前 之前 现在 今后 此后 "
        "随后 以来 年初 年底 年末 年内 期间 近日 日前 同期 上半年 下半年 全年 每年 历年 往年 "
        "节假日 节日 周末 假期 暑期 寒暑假 寒假 暑假 汛期 农闲 农忙 高峰期 早晚高峰 夜间 晚上 白天 平时 平日 工作日 "
        "每天 每周 每月 每季度"
    )
)
_SPANS = ("来", "起", "以来")  # 多年|来, 去年|起: after a span of time, the words close an adverbial of time


_SPEECH = frozenset("，,：:了吗呢吧我你他")  # a clause's marks, particles and persons: a quote is speech


def quoted(text: str, pos: int) -> bool:
    """True inside “…” in the current sentence: “两山银行”模式 names a practice, not a bank."""
    low = max(0, pos - 80)
    i = max(low, *(text.rfind(c, low, pos) + 1 for c in "。！？；\n"))  # after the sentence's last stop
    before = text[i:pos]
    if before.count("“") <= before.count("”"):
        return False
    inside = before[before.rfind("“") + 1 :]  # “我们村成立了某某合作社，…”: speech, whose names are names
    return len(inside) <= 15 and not any(ch in inside for ch in _SPEECH)
