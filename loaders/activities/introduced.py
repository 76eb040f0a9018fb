"""Names that a verb introduces by their last word alone, without a head noun of the lexicon.

Events held (举办葡萄节等节庆活动, 开展…宣传月活动, 组织开展某某技能竞赛), designations conferred on the
doer (被农业农村部认定为国家现代农业产业园), plans and projects carried out (实施青年人才托举计划,
实施某某综合防控示范项目) and teams formed or funds set up (组建党员护边队58支, 设立人才发展专项资金).
One regex pass over the whole text.

A title is read whole so that no shorter name is taken from inside it; a title won by rating (评为) is an
honour of the doer (`honoured`), which the activity stage leaves out.

>>> text = "举办梨花节等节庆活动,被认定为省级现代农业产业园,实施青年人才托举计划,组建党员巡河队20支。"
>>> [(text[s:e], cls) for s, e, cls in introduced(text)]  # doctest: +NORMALIZE_WHITESPACE
[('梨花节', 'Initiative'), ('省级现代农业产业园', 'Initiative'), ('青年人才托举计划', 'Initiative'),
 ('党员巡河队', 'Mechanism')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.activities.lexicon import lexicon

__all__ = ["CONFERRING", "honoured", "introduced", "unranked"]

_WORDS = "[^\\W\\d一二两三四五六七八九十百千万个了的和与及等是在为]"
CONFERRING = "认定为|确定为|列为|命名为|批准为|评为"  # verbs that confer a title on the doer
# a title won by rating (评为, 获评, 荣获, 入选 ...) names an honour of the doer, not work it does; so do the
# titles listed after it (先后获评某某示范村、某某示范社区). A designation (确定为, 命名为 某某试点县) is a
# programme the doer takes part in: an initiative.
# (the body that rates may be named before the quote: 被评为某市“五好”社区)
_HONOURED = re.compile(
    '(?:评为|获评|荣获|入选|授予)(?:[^，,。；;：:！!？?\\n]{2,40}、)?(?:[\u4e00-\u9fff]{1,6}?[省市县区州旗盟])?[“"]?$'
)
# an unquoted title written after its scope (被评为全省某某示范点), which the name leaves out
_SCOPED = re.compile("(?:评为|获评|荣获|入选|授予)(?:[全各本该][省市县区州旗盟镇乡村]|全国)$")
# an event's name: words, a quoted brand (“某某”文化节) or a bracketed place (中国（某某）博览会)
_EVENT_WORDS = f"(?:{_WORDS}|“[^“”\\n]{{1,12}}”|[（(]{_WORDS}{{1,6}}[）)])"
# events held: a festival, week or month (梨花节, 宣传月) and contests and fairs of four or more words
_EVENT = f"{_EVENT_WORDS}{{2,12}}?(?:节|周|月)|{_EVENT_WORDS}{{4,16}}?(?:竞赛|大赛|比赛|运动会|博览会|展销会)"
_DESIGNATIONS = "试点|示范区|示范县|示范市|示范村|示范镇|示范街道|示范社区|试验区|先行区|产业园|示范园区?"
_INTRODUCED = re.compile(
    "(?=[举承主办开认确列命批评组成设创实启推落深])"  # one character class first: most positions fail at once
    f"(?:(?:举办|举行|承办|主办|办好|开展)了?(?:第[\\d一二三四五六七八九十百]+届|首届)?"
    f"(?P<event>{_EVENT})(?=等|、|和|及|[，,。；;]|活动)"
    f"|(?:{CONFERRING})"
    f"(?P<title>{_WORDS}{{2,24}}?(?:{_DESIGNATIONS}))"
    "(?=[，,。；;、和及]|称号)"
    f"|(?:(?:实施|启动)(?P<plan>{_WORDS}{{4,14}}?(?:计划|项目))|(?:推行|推进|落实|深化|开展|推出)(?P<plan2>{_WORDS}{{4,14}}?计划))"
    "(?=[，,。；;、和及]|$)"
    f"|(?:组建|成立|设立|创设)了?(?P<team>{_WORDS}{{2,10}}?(?:专项资金|发展资金|(?<!团)队))(?![伍员长]))"
)
_ROUTINE_PLAN = re.compile("(?:年度|季度|月度|全年|半年|阶段性?|工作|发展|建设|学习|培训|实施|[\u4e00-\u9fff]{2}工作)+")
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
        if kind == "plan2" and _ROUTINE_PLAN.fullmatch(m.group(kind)[:-2]):
            continue  # 落实年度工作计划: the year's plan of work, no programme named
        yield m.start(kind), m.end(kind), "Mechanism" if kind == "team" else "Initiative"  # plan2: a plan too


def honoured(text: str, start: int) -> bool:
    """True when the name at `start` is a title the doer won by rating (被评为某某示范社区, 获评“某某
    示范区”): an honour, whose work the text names elsewhere.

    >>> honoured("某村被评为省级美丽乡村示范村。", 5), honoured("某村创建省级美丽乡村示范村。", 4)
    (True, False)
    >>> honoured("相继荣获省级卫生村、全国生态文化示范村。", 10), honoured("被确定为全国某某试点县。", 4)
    (True, False)
    """
    return _HONOURED.search(text, max(0, start - 46), start) is not None or (
        text[start : start + 1] not in ("“", '"') and _SCOPED.search(text, max(0, start - 6), start) is not None
    )


def unranked(name: str) -> str:
    """A designation without its rank (全国乡村治理示范村 → 乡村治理示范村), the form it is also called by.

    >>> unranked("国家现代农业产业园"), unranked("全国党建引领长三角一体化试点")
    ('现代农业产业园', '党建引领长三角一体化试点')
    """
    return _LEVEL_WORDS.sub("", name)
