"""Names that a verb introduces by their last word alone, without a head noun of the lexicon.

Events held (举办葡萄节等节庆活动, 开展…宣传月活动), designations conferred on the doer
(被农业农村部认定为国家现代农业产业园), plans carried out (实施青年人才托举计划) and teams formed or
funds set up (组建党员护边队58支, 设立人才发展专项资金). One regex pass over the whole text.

>>> text = "举办梨花节等节庆活动,被认定为省级现代农业产业园,实施青年人才托举计划,组建党员巡河队20支。"
>>> [(text[s:e], cls) for s, e, cls in introduced(text)]  # doctest: +NORMALIZE_WHITESPACE
[('梨花节', 'Initiative'), ('省级现代农业产业园', 'Initiative'), ('青年人才托举计划', 'Initiative'),
 ('党员巡河队', 'Mechanism')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.activities.lexicon import lexicon

__all__ = ["CONFERRING", "introduced", "unranked"]

_WORDS = "[^\\W\\d一二两三四五六七八九十百千万个了的和与及等是在为]"
CONFERRING = "认定为|确定为|列为|命名为|批准为|评为"  # verbs that confer a title on the doer
_DESIGNATIONS = "试点|示范区|示范县|示范市|示范村|示范镇|示范街道|示范社区|试验区|先行区|产业园|示范园区?"
_INTRODUCED = re.compile(
    "(?=[举承主办开认确列命批评组成设创实启])"  # one character class first: most positions fail at once
    f"(?:(?:举办|举行|承办|主办|办好|开展)了?(?:第[\\d一二三四五六七八九十百]+届|首届)?"
    f"(?P<event>{_WORDS}{{2,10}}?(?:节|周|月))(?=等|、|和|及|[，,。；;]|活动)"
    f"|(?:{CONFERRING})"
    f"(?P<title>{_WORDS}{{2,24}}?(?:{_DESIGNATIONS}))"
    "(?=[，,。；;、和及]|称号)"
    f"|(?:实施|启动)(?P<plan>{_WORDS}{{4,14}}?计划)(?=[，,。；;、和及]|$)"
    f"|(?:组建|成立|设立|创设)了?(?P<team>{_WORDS}{{2,10}}?(?:专项资金|发展资金|(?<!团)队))(?![伍员长]))"
)
_TEAM_HEAD = re.compile("(?:专项资金|发展资金|队)$")
_LEVEL_WORDS = re.compile("^(?:全国|全省|全市|全区|全县|全州|国家级?|省级|市级|县级|区级|自治区级?|省|市)+")
_DESIGNATION_HEAD = re.compile(f"(?:{_DESIGNATIONS})$")


def introduced(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, class) of each introduced name: events, designations and plans are Initiatives, teams
    and funds Mechanisms; a bare rank (被确定为全省试点) or a generic team (成立工作队) is no name."""
    for m in _INTRODUCED.finditer(text):
        kind = m.lastgroup or "team"
        if kind == "title" and len(_DESIGNATION_HEAD.sub("", _LEVEL_WORDS.sub("", m.group(kind)))) < 2:
            continue
        if kind == "team" and lexicon().is_generic(_TEAM_HEAD.sub("", m.group(kind))):
            continue
        yield m.start(kind), m.end(kind), "Mechanism" if kind == "team" else "Initiative"


def unranked(name: str) -> str:
    """A designation without its rank (全国乡村治理示范村 → 乡村治理示范村), the form it is also called by.

    >>> unranked("国家现代农业产业园"), unranked("全国党建引领长三角一体化试点")
    ('现代农业产业园', '党建引领长三角一体化试点')
    """
    return _LEVEL_WORDS.sub("", name)
