"""The verb that governs a quote: whether the clause before a quote sets it up as a practice.

The verb that governs a quote is the last verb of its clause before it: a verb of setting up (推行“党员两岗”)
introduces a practice, while a figurative one (解锁“共富密码”, 打通…的“最后一米”) or one that reaches a
state (实现“双赢”) makes the quote a metaphor or an outcome.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.activities.lexicon import lexicon

__all__ = ["ADOPT", "QUOTED_LIST", "clause_before", "figure_before", "general_verbs", "governing_verb", "refused"]

_OPEN, _CLOSE = '“"‘「', '”"’」'
_L = lexicon()
QUOTED_LIST = re.compile(f"[、和与及]?[{_OPEN}][^{_OPEN}{_CLOSE}]*[{_CLOSE}]")
# verbs that introduce a practice by a quoted name alone
ADOPT = re.compile(
    "开展|实施|推行|推出|推广|坚持|实行|落实|深化|建立|健全|完善|设立|设置|评选|探索|签订|按照|围绕|"
    "通过|选拔|挂牌|形成|打造|构建|执行|践行|开办|开设|举办|重视|命名|发展|推进|推动|以|"
    "组建|成立|共建|召开|担任|聘请|聘任|选聘|配备|试行|试点|启动|采取|采用|运用|引入|建设(?![局委厅部办处])|新建|"
    "开通|上线|创办|创设|开辟|首创|创立|建起|办起|兴办"
)
# the last two of listed parties joined by 与/和 right before the quote, no verb among them (甲、乙与丙“X”)
_PARTIES = re.compile("、[^、与和同]{2,10}[与和同][^、与和同]{2,10}$")
# verbs that are also nouns of a field (经济发展, 项目建设): after a figure they qualify it, they govern nothing
_NOUN_TOO = ("发展", "建设")
_CLAUSE_TAIL = re.compile("[^，,。；;！？!?\n：:]*")  # matched on the reversed text before a position
_COPULA = re.compile("成为|作为|变成|堪称|是")


@cache
def general_verbs() -> frozenset[str]:
    """Two-character verbs and adverbs of general vocabulary (the organization stage's list)."""
    from loaders.names.lexicon import verbs

    return verbs()


def clause_before(text: str, start: int, limit: int = 40) -> str:
    """The part of its clause before `start` (at most `limit` characters)."""
    tail = _CLAUSE_TAIL.match(text[max(0, start - limit) : start][::-1])
    return tail.group(0)[::-1] if tail else ""


def governing_verb(before: str) -> re.Match[str] | None:
    """The verb of setting up that governs a quote at the end of `before`, or None.

    The last introducing verb of the clause governs the quote unless a verb of another kind (a figure,
    an outcome) comes after it, or the quote is the object of a relative clause (设置的“最后一米”).
    """
    verb = None
    for v in ADOPT.finditer(before):
        if v.group(0) != "发展" or v.end() == len(before):  # 引领发展的“主心骨”: not its object
            verb = v
    if verb is None:
        return None
    if verb.group(0) in _NOUN_TOO and figure_before(before[: verb.start()]):
        return None  # 按下了发展“快进键”, 跑出项目建设“加速度”: 发展 and 建设 name the field of a figure
    listed = before[verb.end() :]
    if listed.endswith("、") and listed[:-1].endswith(tuple(_CLOSE)):
        listed = listed[:-1]  # 建立“甲”、“乙”: the mark before this quote closes the one before it
    gap = QUOTED_LIST.sub("", listed)  # 开展“甲”“乙”、“丙”: quotes listed after the verb
    if gap.startswith("的") or ("、" in gap and not gap.endswith("等") and not _PARTIES.search(gap)):
        # 设置的“X”: a relative clause; 推行甲、乙等“七进”: the quote names the list; 推行甲、乙与丙“互兼互派”:
        # the parties listed before the way they join (a list of deeds before a quote governs none)
        return None
    if gap.endswith("的") and _COPULA.search(before, max(0, verb.start() - 6), verb.start()):
        return None  # 成为推动治理的“红色引擎”: the quote is what something becomes, the verb is inside its clause
    if any(gap[k : k + 2] in _L.figurative or gap[k : k + 2] in _L.outcomes for k in range(len(gap) - 1)):
        return None
    near = gap.rstrip("了着过")[-2:]  # the word right before the quote governs it: 为防止“千村一面”
    if near in general_verbs() and not ADOPT.fullmatch(near):
        return None
    return verb


def figure_before(before: str) -> bool:
    """The clause's last words make a figure of the quote or a thing avoided (解锁乡村振兴“共富密码”)."""
    tail = before[-12:]
    return any(tail[k : k + 2] in _L.figurative for k in range(len(tail) - 1))


def refused(before: str) -> bool:
    """A figure, a thing avoided (为防止“千村一面”) or another kind of verb right before the quote;
    reaching a state (实现“一村一品”) still puts a numbered practice in place."""
    if figure_before(before):
        return True
    near = before.rstrip("了着过")[-2:]
    return near in general_verbs() and near not in _L.outcomes and not ADOPT.fullmatch(near)
