"""componentOf that the words between two names of one sentence state: what a whole is made of (X由A、B组成),
what is made or taken in as a part (将X作为Y的重要内容, 将X纳入全县Y行动), what a copula with a part noun says
(X是Y的重要组成部分), and when two names are one practice named twice (“某某”方式 beside “某某”引才模式).
"""

from __future__ import annotations

import re

from loaders.activities.named_parts import QUOTED, TOOL_HEADS
from loaders.activities.outline import clause_start, clause_stop
from loaders.document import Mention

__all__ = ["POINTER_HEADS", "THIS", "made_of", "made_up", "named_alike", "opens_on_pointer", "stated_part"]

# the heads a pointer back to a practice repeats (该工程, 这一机制, 此项计划); 该县, 该村 point to places
POINTER_HEADS = "工程|计划|行动|活动|机制|制度|模式|平台|项目|改革|工作法|体系|品牌|中心|试点|服务|做法|联盟"
_OPENS_ON_POINTER = re.compile(
    rf"\s*(?:(?:据悉|据了解|据介绍|目前|同时|此外|其中)[，,]?)?(?:该|这一|此项?|此次|本次|这次|这项|这个|上述)(?:{POINTER_HEADS})"
)
# 该工程 / 这一模式 opening a clause: the practice just named, spoken of again by its head noun
THIS = r"(?:(?:该|这一|此)[\u4e00-\u9fff]{1,3}?)?"
# 该工程由A、B和C组成 / 构建由A、B构成的体系: what a whole is made of
_MADE_OF = re.compile(rf"{THIS}(?:主要)?由")
_MADE_UP = re.compile(r"(?:组成|构成)(?P<of>的)?")
# 建立A、B和C，三项制度共同构成“某某”体系 / 上述载体共同组成X: the list just closed makes up the whole named next
_MAKES_UP = re.compile(
    r"[，,]\s*(?P<back>这|以上|上述|前述)?(?P<count>[一二两三四五六七八九十\d]+[项个种条大类])?[\u4e00-\u9fff]{0,4}?"
    r"(?P<together>共同|一起|有机)?(?:构成|组成)了?[\u4e00-\u9fff]{0,6}"
)
_LIST_MARK = re.compile(r"[、和及与]|(?<=[”\"])(?=[“\"])")
# 将X作为Y的重要内容 / 将X作为“…项目”: X is made a part of the programme Y (not 作为…的“关键一招”)
_MADE_PART = re.compile(r"(?:建设|创建|工作)?作为")
# 将X纳入全县Y行动: the programme takes X in as its part (纳入…考核 names no programme)
_TAKEN_INTO = re.compile(r"(?:工作)?(?:统一|全面)?纳入[^，,。；;“”\"]{0,6}")
_GIVEN = re.compile(r"[将把]$")
# X是Y的重要组成部分 / X成为某县Y的一项重要举措: said of X in so many words (a copula needs the part noun)
_IS_PART = re.compile(r"(?:是|成为)[^，,。；;“”\"]{0,10}")
_PART_NOUN = re.compile(
    r"的(?:一[项个大条环])?(?:重要|主要|核心|关键)?(?:内容|组成部分|部分|抓手|载体|举措|环节|任务|子项目|配套措施|配套制度|一环)"
)
_PROGRAMME_END = re.compile(r"(?:项目|工程|行动|计划)[”\"]?$")
_TOOL_END = re.compile(f'(?:{TOOL_HEADS})[”"]?$')


def stated_part(text: str, x: Mention, y: Mention) -> bool:
    """Whether the words between two names make the first a part of the second: 将X作为Y的重要内容 (or a
    programme Y: 将X作为“…项目”), 将X纳入全县Y行动, X是Y的重要组成部分, X成为Y的一项重要举措."""
    if _MADE_PART.fullmatch(text, x.end, y.start):
        return bool(_PART_NOUN.match(text, y.end) or _PROGRAMME_END.search(y.text))
    if _TAKEN_INTO.fullmatch(text, x.end, y.start):
        given = _GIVEN.search(text, max(0, x.start - 2), x.start) is not None
        return given and _PROGRAMME_END.search(y.text) is not None
    return bool(_IS_PART.fullmatch(text, x.end, y.start) and _PART_NOUN.match(text, y.end))


def named_alike(name: str, other: str) -> bool:
    """Whether two names quote the same words with heads of one kind of practice (“某某”方式 and “某某”引才模式 name one
    practice twice); a tool named after the practice (“某某”工作台账) is a thing of its own."""
    ours, theirs = QUOTED.search(name), QUOTED.search(other)
    return bool(ours and theirs and ours.group(1) == theirs.group(1) and not _TOOL_END.search(name))


def made_of(text: str, start: int, found: list[Mention], opener: Mention) -> dict[str, str]:
    """What a clause says a whole is made of: X由A、B和C组成 (the name right before 由, or 该X for the
    sentence's opener) or 由A、B构成的X (the name right after 的); the names between 由 and 组成 are its parts."""
    out: dict[str, str] = {}
    for x in found:
        if not x.key or text.rfind("由", start, x.start) < 0:
            continue  # no 由 before it in the sentence, so none in its clause: the cheap test first
        lo = clause_start(text, start, x.start)
        by = text.rfind("由", lo, x.start)
        made = _MADE_UP.search(text, x.end, clause_stop(text, x.end)) if by >= 0 else None
        if made is None:
            continue
        whole: str | None = None
        if made["of"]:
            nxt = next((o for o in found if o.start >= made.end()), None)
            whole = nxt.key if nxt is not None and nxt.start - made.end() <= 8 else None
        elif (owner := next((o for o in found if by - 2 <= o.end <= by), None)) is not None:
            whole = owner.key
        elif _MADE_OF.fullmatch(text, lo, by + 1) and opener.end <= lo:
            whole = opener.key
        if whole and whole != x.key:
            out[x.key] = whole
    return out


def made_up(text: str, found: list[Mention]) -> dict[str, str]:
    """What a list closed by a clause that says its items make up a whole belongs to: 建立A、B和C，三项制度共同构成
    X → A, B and C are X's parts. The clause points back at the list (三项制度, 上述, 共同), or it would say
    what another subject makes up."""
    out: dict[str, str] = {}
    for k in range(1, len(found)):
        last, whole = found[k - 1], found[k]
        says = _MAKES_UP.fullmatch(text, last.end, whole.start)
        if says is None or not (says["back"] or says["count"] or says["together"]) or not whole.key:
            continue
        j = k - 1
        while j >= 0 and found[j].key and found[j].key != whole.key:
            out[found[j].key or ""] = whole.key
            if j == 0 or not _LIST_MARK.fullmatch(text, found[j - 1].end, found[j].start):
                break
            j -= 1
    return out


def opens_on_pointer(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens on a pointer back to a practice named before it (这一机制以户为单位，…):
    its subject is that practice, not the first name the sentence writes."""
    return _OPENS_ON_POINTER.match(text, start) is not None
