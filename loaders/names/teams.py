"""Teams and associations named by a quoted brand: 组建“某某”志愿服务队, 成立“某某”旅游协会.

A volunteer team or an association is often named by a slogan in quotes and its head noun right
after the closing quote, with at most a noun of its trade between (“某某”环保志愿服务队). The quote is
the name's own part; the head makes it an organization, not a practice. A bare head (党员志愿服务队)
names a kind of team, not one, and is left alone; so is a head that opens a longer word (队伍).

>>> [(f.text, f.cls) for f in quoted_teams("组建“银杏守望”志愿服务队，成立“山歌”文化协会。", 0, 26)]
[('“银杏守望”志愿服务队', 'SocialOrganization'), ('“山歌”文化协会', 'SocialOrganization')]
>>> quoted_teams("推行“周末义诊”活动壮大医护队伍，形成“巷口书香”的志愿者协会。", 0, 30)
[]
"""

from __future__ import annotations

import re

from loaders.names.found import Found
from loaders.names.lexicon import BOUNDARY, verbs
from loaders.names.words import boundaries

__all__ = ["quoted_teams"]

# not 联盟 (“某某”党建联盟 names a practice of alliance as often as a body), nor a working team's 队
# (调解队, 宣讲队, 工作队: the dev gold and the activities stage read a team at work as a practice)
_HEADS = ("志愿服务队", "志愿者协会", "志愿队", "协会", "联合会", "理事会")
_TEAM = re.compile("“([^“”\n]{2,10})”([\u4e00-\u9fff]{0,4}?)(" + "|".join(sorted(_HEADS, key=len, reverse=True)) + ")")


def quoted_teams(text: str, start: int, end: int) -> list[Found]:
    """Every “brand”[trade]head team or association in text[start:end]."""
    out: list[Found] = []
    vs = verbs()
    for m in _TEAM.finditer(text, start, end):
        trade, e = m.group(2), m.end()
        if any(c in BOUNDARY for c in trade) or any(trade[i : i + 2] in vs for i in range(len(trade) - 1)):
            continue  # “某某”的|联盟, “某某”改革激活|…: a clause, not a trade
        if not boundaries(text).is_boundary(e):
            continue  # 教师队|伍: the head opens a longer word
        out.append(Found(m.start(), e, m.group(0), "SocialOrganization", "quoted-team"))
    return out
