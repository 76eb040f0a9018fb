"""componentOf that the words between two names of one sentence state: what a whole is made of (X由A、B组成),
what is made or taken in as a part (将X作为Y的重要内容, 将X纳入全县Y行动), what a copula with a part noun says
(X是Y的重要组成部分), and when two names are one practice named twice (“某某”方式 beside “某某”引才模式).
"""

from __future__ import annotations

import re

from loaders.activities.named_parts import QUOTED, TOOL_HEADS
from loaders.activities.outline import clause_start, clause_stop
from loaders.document import Mention

__all__ = ["THIS", "made_of", "named_alike", "stated_part"]

# 该工程 / 这一模式 opening a clause: the practice just named, spoken of again by its head noun
THIS = r"(?:(?:该|这一|此)[\u4e00-\u9fff]{1,3}?)?"
# 该工程由A、B和C组成 / 构建由A、B构成的体系: what a whole is made of
_MADE_OF = re.compile(rf"{THIS}(?:主要)?由")
_MADE_UP = re.compile(r"(?:组成|构成)(?P<of>的)?")
# 将X作为Y的重要内容 / 将X作为“…项目”: X is made a part of the programme Y (not 作为…的“关键一招”)
_MADE_PART = re.compile(r"(?:建设|创建|工作)?作为")
# 将X纳入全县Y行动: the programme takes X in as its part (纳入…考核 names no programme)
_TAKEN_INTO = re.compile(r"(?:工作)?(?:统一|全面)?纳入[^，,。；;“”\"]{0,6}")
_GIVEN = re.compile(r"[将把]$")
# X是Y的重要组成部分 / X成为某县Y的一项重要举措: said of X in so many words (a copula needs the part noun)
_IS_PART = re.compile(r"(?:是|成为)[^，,。；;“”\"]{0,10}")
_PART_NOUN = re.compile(r"的(?:一[项个大条])?(?:重要|主要|核心|关键)?(?:内容|组成部分|部分|抓手|载体|举措|环节|任务)")
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
