"""Where a quoted name begins and ends: the quote pairs of a text and the head noun written after one.

Nested quotes (“英才聚‘X’·‘Y’望你来”计划) belong to their outer pair; two quotes joined by a short verb
(“小积分”激活“大德治”) are one; two states of a change (由“输血”向“造血”转变) are none; "A的“B”X" names B and
describes it by A; the head after a quote ends before a clause's verb and the people it acts on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.activities.lexicon import lexicon
from loaders.activities.quote_verbs import ADOPT, general_verbs
from loaders.names.words import boundaries, part_of_speech

__all__ = ["HAN_CHAR", "JOINED_WAY", "NUM", "SPACES", "TAKEN_AS_AIM", "apart", "attribute", "head_after", "quote_spans"]

_HAN = "\u4e00-\u9fff"
_OPEN = '“"‘「'
_L = lexicon()
# an outer “…” may hold ‘…’ pairs; a plain "…", ‘…’ or 「…」 pair holds no other quote
_QUOTE = re.compile(
    '“((?:[^“”‘’\n]|‘[^“”‘’\n]{1,20}’){1,40})”|"([^"“”\n]{1,40})"|‘([^‘’“”\n]{1,40})’|「([^「」\n]{1,40})」'
)
_INNER = re.compile("‘([^‘’]{2,20})’")
_RUN = re.compile(f"[{_HAN}A-Za-z]{{1,14}}")
SPACES = re.compile("[ \u3000\u00a0]*")
_TAIL_STOP = re.compile("[等和与及或为是在对把将被了]|成为|列为|列入|纳入")
# what a quote is taken as when it is an aim or a yardstick (把“让群众满意”作为工作标准): no head of its own
TAKEN_AS_AIM = re.compile(
    "(?:作为|当作|当成|视为)[^，,。；;\n]{0,12}?(?:标准|目标|追求|宗旨|遵循|出发点|落脚点|根本|原则|方向|理念)"
    "(?![\u4e00-\u9fff])"
)
_JOIN = re.compile(f"(?:(?![和与及或、的])[{_HAN}]){{1,3}}")
# 由“输血”向“造血”转变, 从“资源型”到“经营型”: two states of a change, neither a name
_TURN = re.compile("向|到|转向|变为|变成|变")
_FROM = ("从", "由")
# people named between two quotes (村“两委”成员“互兼互派”): the first quote names a body, no verb joins them
_PEOPLE_LINK = re.compile("成员|代表|干部|党员|委员|人员|群众|居民|村民")
HAN_CHAR = re.compile(f"(?![的了和与及在是为把将对])[{_HAN}]")
_HEAD_NEXT = re.compile(_L.any_heads_re)
NUM = "一二两三四五六七八九十百千"
# things counted and joined into one (两网融合, 三治融合, 双网合一): a numbered way of working, as
# two parties joined are (村企共建)
JOINED_WAY = "融合|合一|联动|协同|互动|贯通|共建|联建|共治|互认|衔接"
_JOINING = re.compile(JOINED_WAY)
# a counted kind after the quote: “甲乙丙丁”四类片区
_LEVELS_NEXT = re.compile(f"[{NUM}]级")
# heads that are also verbs of serving or spurring (服务, 激励, 带动): followed by the people they act on
# (“某某”服务快递小哥, “某某”激励村民参与…) they are the clause's verb, and the quote names the practice alone
_VERBAL_HEADS = frozenset(("服务", "激励", "带动", "认领", "帮办", "代办", "包联", "监督", "管理"))
_RECIPIENT = re.compile(
    f"(?:[{_HAN}]{{0,4}}(?:群众|村民|居民|市民|农民|牧民|老人|儿童|学生|青年|妇女|党员|干部|企业|商户|农户|游客|小哥|骑手|"
    "人才|职工|员工|家庭|人员|群体)|[一二两三四五六七八九十\\d]+[名户家个位])"
)
# heads that end a quoted name by themselves (“某某模式”): a verbal head after them is the clause's verb
_OWN_HEADS = frozenset(("模式", "机制", "制度", "工程", "行动", "体系", "平台", "工作法", "计划"))
_DEED_DESCRIBED = re.compile(f"的([{_HAN}]{{2}})")
# a copula or a verb of setting up between two quotes: each is named on its own
# (a verb that pushes or builds, “小切口”推动“大治理”, joins a figure and what it brings about)
_APART = re.compile("(?:是|作为|成为|列为|纳入|实施|推行|开展|建立|实行|启动|开启)了?")
_COUNTED_KIND = re.compile(f"[{NUM}](?:类|级|种|大)[{_HAN}]{{2}}(?![{_HAN}]|的)")


def _quotes(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Every outer quote pair as (start, end, core), and the ‘…’ pairs of two or more characters inside
    them (a name quoted inside a quoted sentence)."""
    out, inner = [], []
    for m in _QUOTE.finditer(text):
        core = next(g for g in m.groups() if g is not None)
        out.append((m.start(), m.end(), core))
        if m.group(1) is not None and "‘" in core:
            inner += [(q.start(), q.end(), q.group(1)) for q in _INNER.finditer(text, m.start(1), m.end(1))]
    return out, inner


def quote_spans(text: str) -> Iterator[tuple[int, int, str, str | None]]:
    """Quoted names as (start, end, written text, description).

    Two quotes joined by a short verb (“小积分”激活“大德治”) are one; a quote followed by a head noun
    (“某某”行动“四个清单”) ends there; "A的“B”" yields B described by A.
    """
    quotes, inner = _quotes(text)
    for start, end, _ in inner:
        yield start, end, text[start:end], None
    i = 0
    described: str | None = None
    while i < len(quotes):
        start, end, core = quotes[i]
        nxt = quotes[i + 1] if i + 1 < len(quotes) else None
        link = _link(text, end, nxt)
        if nxt and _TURN.fullmatch(link):
            i += 2  # 由“甲”向“乙”“丙”转变: the states listed after the turn are states too
            while i < len(quotes) and text[quotes[i - 1][1] : quotes[i][0]] in ("", "、"):
                i += 1
            continue
        if nxt and link == "的" and head_after(text, nxt[1], False) is not None:
            described = core  # “群众点单、支部派单”的“两单制”服务模式: the second quote is the name
            i += 1
            continue
        # “双报到”从“有形覆盖”向“有效覆盖”转变: 从 opens the change the next quotes make, it joins nothing
        while (
            nxt
            and _JOIN.fullmatch(link)
            and _L.head_of(link) is None
            and link not in _FROM
            and not _PEOPLE_LINK.fullmatch(link)
            and not apart(text, end, link)
        ):
            i += 1
            end = nxt[1]
            nxt = quotes[i + 1] if i + 1 < len(quotes) else None
            link = _link(text, end, nxt)
        one_char = end == quotes[i][1] == start + len(core) + 2 and len(core) == 1
        if one_char and start > 0 and HAN_CHAR.match(text[start - 1]):
            start -= 1  # a one-character quote is a pun inside a word: 暖“新”驿站
        yield start, end, text[start:end], described
        described = None
        i += 1


def apart(text: str, end: int, link: str) -> bool:
    """Two quotes a link keeps apart: the first has its own head (“甲”机制是“乙”建设), or the link is a
    copula or a verb of setting up (“甲”作为“乙”行动, “甲”实施“乙”工程) whose object the second quote is."""
    return _APART.fullmatch(link) is not None or head_after(text, end, False) is not None


def _link(text: str, end: int, nxt: tuple[int, int, str] | None) -> str:
    """The words between a quote and the next one, without spaces; "、" (no link) when they are far apart."""
    if nxt is None or nxt[0] - end > 8:
        return "、"
    return SPACES.sub("", text[end : nxt[0]])


def head_after(text: str, end: int, long_core: bool) -> int | None:
    """Where the head noun after a quote ends (“四帮一”机制), or None for a bare quoted name."""
    end = SPACES.match(text, end).end()  # type: ignore[union-attr]
    run = _RUN.match(text, end)
    if not run:
        return None
    tail = run.group(0)
    skip = 1 if tail.startswith("的") and long_core else 0
    if skip == 0 and (
        _TAIL_STOP.match(tail) or TAKEN_AS_AIM.match(text, end) or (tail.startswith("的") and text[end - 3] in _OPEN)
    ):
        # “…”等方法: the quote ends the name; “…”作为工作标准: what the quote is taken as, no head of its own;
        # 搭好“统”的架构: a one-character pun so described
        return None
    if attribute(text, end):
        return None  # “不打烊”的服务: the quote says what kind of service, the deed alone names nothing
    words = boundaries(text)
    for cut in _L.boundary_re.finditer(tail, skip + 1):
        if len(cut.group(0)) == 1 and not words.is_boundary(end + cut.start()):
            continue  # “…”结对帮带模式: 对 ends the word 结对, it is no preposition there
        # “某某”工作推进机制: a verb between a head and the next head belongs to the longer name, and so does
        # a verb of joining right before a head (“某某”结对共建机制: the way of joining is the name's kind)
        joining = _JOINING.fullmatch(cut.group(0)) is not None and _HEAD_NEXT.match(tail, cut.end()) is not None
        if not joining and not (_L.head_of(tail[: cut.start()]) and _HEAD_NEXT.match(tail, cut.end())):
            tail = tail[: cut.start()]
            break
    kind = _COUNTED_KIND.match(tail, skip)
    headed = _L.head_of(text[max(0, end - 8) : end - 1]) in _OWN_HEADS
    # “县—镇—村”三级联动调解体系: after a count of levels the verbs are the name's words, no clause
    counted = _LEVELS_NEXT.match(tail, skip) is not None
    for k in range(len(tail), skip, -1):
        head = _L.head_of(tail[:k])
        if (
            head
            and (head != "工作" or tail[skip:k] == "工作")
            and (counted or not _verb_inside(tail, skip, k - len(head)))
        ):
            if len(head) == 1 and (not boundaries(text).is_boundary(end + k) or _time_word_end(text, end + k)):
                continue  # “某某”队伍, “某某”服务队常年: a one-character head inside a longer word is none
            if tail[k : k + 1] == "化" and not boundaries(text).is_boundary(end + k):
                continue  # “某某”学习教育常态化制度化: a head made an adverb of manner (制度化) is none
            if head in _VERBAL_HEADS and k == len(head) + skip and (_RECIPIENT.match(text, end + k) or headed):
                # “某某”激励村民参与…: the verb of the clause and the people it acts on; 以“某某模式”带动…: the
                # quote holds its own head, the verb after it is the clause's
                continue
            return end + k
    return end + kind.end() if kind else None


def _time_word_end(text: str, end: int) -> bool:
    """The word ending at `end` is a word of time or degree (常年, 全年, 当年): its last character is no head."""
    s, e = boundaries(text).span_at(end - 1)
    return e == end and e - s > 1 and part_of_speech(text[s:e]) in ("d", "t", "m")


def attribute(text: str, end: int) -> bool:
    """A quote before 的 and a bare deed of serving or managing (通过“不打烊”的服务, “保姆式”的管理): the quote
    describes how the deed is done, as an adjective would; neither it nor the deed is a name."""
    m = _DEED_DESCRIBED.match(text, end)
    return m is not None and m.group(1) in _VERBAL_HEADS and boundaries(text).is_boundary(m.end())


def _verb_inside(tail: str, lo: int, hi: int) -> bool:
    """A clause between the quote and its head (“小哥”党员发放党员活动: a noun, a verb, its object): the
    head belongs to that clause. A verb right after the quote or before the head is part of the name
    (“某某”共建共治模式, 人才培养项目), and so is a verb of setting up (责任落实工作清单)."""
    verbs = general_verbs()
    return any(tail[k : k + 2] in verbs and not ADOPT.fullmatch(tail, k, k + 2) for k in range(lo + 2, hi - 3))
