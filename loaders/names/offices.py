"""Bodies of a level named by an open-class head: 旗草原监理局, 县水务办公室, 区防汛委员会, 县人民法院.

A level character (省市县区旗州盟, 乡 and 镇) standing as a word of its own, then a name that ends in
a body's head (局, 厅, 中心, 办公室, 委员会, 大队, 法院, 检察院), names the body of that level: the unit the
level stands for in the text (县 in a county's report) is resolved by the stage. The level is a
word only after a boundary or a verb (`level_ok`), or as the last character of a place written
before it (`after_place_char`); inside a word (县城, 市级, 乡村) it is no level.

>>> import re
>>> m = re.search(f"{OFFICE_LEVEL}(?P<ocore>[\\u4e00-\\u9fff]{{2,10}}?(?:{OFFICE_HEAD}))", "，县水务办公室牵头")
>>> office("，县水务办公室牵头", m).text
'县水务办公室'
"""

from __future__ import annotations

import re

from loaders.names import divisions
from loaders.names.found import Found
from loaders.names.institutions import SOCIAL_WORK
from loaders.names.lexicon import CJK, verbs, words
from loaders.names.words import boundaries, function_word, part_of_speech

__all__ = [
    "LOWER_LEVELS",
    "OFFICE_HEAD",
    "OFFICE_LEVEL",
    "after_place_char",
    "clause_word",
    "group_offices",
    "level_ok",
    "located",
    "office",
    "opens_on_verb",
]

_OWN_SCOPE = frozenset("我该本")  # 我县, 该区, 本市: a determiner at a word's start makes the level a word
_LEVELBOUNDARY = set('的了在与及或并把将对向从到被让给于等是和、，,；;：:。（(“"《》”）)\n 由为经以据按受获会请赴联')


# a level written before an open-class body name; 乡 and 镇 not inside the word 乡镇
OFFICE_LEVEL = "(?:[省市县区旗州盟]|乡(?!镇)|(?<!乡)镇)"
OFFICE_HEAD = "[局厅]|中心(?!村|户|城|镇|区|校|站|店|组|工作|任务|环节)|办公室|委员会(?!委员|主任)|大队"
# verbs that take a centre as their object (县|建成服务中心): a clause, not a centre named by its field
_BUILDING = frozenset(
    words(
        "建成 建设 建立 设立 成立 打造 新建 组建 挂牌 整合 升级 改造 投用 启用 依托 提升 完善 推动 推进 用好 入驻 进驻"
    )
)
_SERVICE = ("服务", "管理", "指导", "创业")


def opens_on_verb(core: str) -> bool:
    """Whether a level's body name opens with a verb, so the level starts a clause (县|梳理民政局…), not a
    name; a verb naming the field a centre serves (县|就业服务中心, 就业创业服务中心) is part of the name."""
    if core[:2] not in verbs():
        return False
    return not (core.endswith("中心") and core[2:4] in _SERVICE and core[:2] not in _BUILDING)


def level_ok(text: str, pos: int) -> bool:
    """A bare level character (区卫健委) must follow a boundary or a verb, not sit inside a word (城市委)."""
    if pos == 0 or text[pos - 1] in _LEVELBOUNDARY or not CJK.match(text[pos - 1]):
        return True
    # 我县|人社局, 该区|民政局: a level after the report's word for its own unit (or the one named last)
    if text[pos - 1] in _OWN_SCOPE and (pos == 1 or not CJK.match(text[pos - 2]) or text[pos - 2] in _LEVELBOUNDARY):
        return True
    return text[max(0, pos - 2) : pos] in verbs()


def located(text: str, start: int, end: int) -> bool:
    """地处长三角中心, 位于城区中心: a place word or a verb of location before 中心 makes it a location."""
    tags = [part_of_speech(w) for w in boundaries(text).words(start, end - 2)]
    return any(t in ("ns", "s") for t in tags) or any(v in text[start:end] for v in ("位于", "地处", "处于"))


def after_place_char(text: str, pos: int) -> bool:
    """The level character closes a place name written just before (南乐县委: 县 ends 南乐县), not a scope
    word (全省, 各县, 本市: a reference, whose body is no name: 全省示范中心 is an honour)."""
    return (
        pos > 0
        and text[pos] in "省市县区旗州盟"
        and CJK.match(text[pos - 1]) is not None
        and text[pos - 1] not in "全各本该每我"
    )


# tags of one-character words that make a run a clause: prepositions, particles, pronouns, conjunctions
# (an unknown name falls apart into characters of any other tag: 医|共|体)
_CLAUSE_TAGS = frozenset(("p", "u", "uj", "ul", "uz", "ug", "ud", "uv", "c", "r", "y", "e"))


def clause_word(w: str) -> bool:
    """A function word of two characters or more, or a one-character preposition, particle or pronoun."""
    if w in "和与及":
        return False
    return function_word(w) if len(w) > 1 else part_of_speech(w) in _CLAUSE_TAGS


def _noun(word: str, start: int, at: int) -> bool:
    """Whether a word holding a body's head is a noun that starts inside the name (管理中心 of 县…管理中心)."""
    return at > start and part_of_speech(word).startswith("n")


_UNIT_WORDS = ("街道", "社区", "镇", "乡", "村", "苏木", "嘎查")
LOWER_LEVELS = ("乡镇", "镇村", "乡村两级", "镇街")  # 县|乡镇…中心: every unit below, not one body


def office(text: str, m: re.Match[str], after_name: bool = False) -> Found | None:
    """A level character standing as a word of its own, then a name ending in a body's head (局, 中心,
    办公室, 委员会, 法院): the body of that level (县水务办公室 is the county's). The level may close a
    place written before it (某某旗|草原监理局); inside a word (县城, 市级, 乡村) it is no level.
    `after_name`: the level character closes a township's name (柳河镇|综治中心), which the caller reads."""
    s, e = m.start(), m.end()
    core = m.group("ocore")
    placed = after_name or level_ok(text, s) or after_place_char(text, s)
    if not placed or core[0] in "省市县区旗州盟级":
        return None  # 梅县|区林业局: the level is the place's last character, found from there
    if core.startswith(LOWER_LEVELS):
        return None  # 县|乡镇…中心: the levels below, all of them, not one body
    bd = boundaries(text)
    if not bd.is_boundary(s + 1) or opens_on_verb(core):
        return None
    if any(clause_word(w) for w in bd.words(s + 1, e)):
        return None  # 县|各|部门…中心, 区|在|…办公室: a clause, not a name
    court = re.fullmatch("(?:人民)?(?:法院|检察院)", core) is not None
    head = next(h for h in ("办公室", "委员会", "中心", "大队", "局", "厅", "") if core.endswith(h))
    if not court and core[-len(head) - 1] in "省市县区旗州盟乡镇村":
        return None  # 区|某某镇委员会: the body of the unit named inside (the town's committee), not the level's
    if any(w.endswith(_UNIT_WORDS) for w in bd.words(s + 1, e - len(head))):
        return None  # 区|某某街道政务服务中心: the street's own centre, found from the street
    last = bd.span_at(e - 1)[0]  # the word the head ends: itself, or a noun holding it (管理中心, 服务中心)
    # 管理中心, 管理局 hold the head; 新格局, 布局 end in a word of their own (格局) that is no bureau
    held = (len(head) > 1 or part_of_speech(text[e - 2 : e]) == "x") and _noun(text[last:e], s + 1, last)
    held = held or (head == "大队" and part_of_speech(text[last:e]).startswith("n"))  # 县|交警大队: one word
    if not bd.is_boundary(e) or (not court and last != e - len(head) and not held):
        return None  # the head ends the name on a word of its own: 县|管理|中心, not 县|城市|中心区
    if core.endswith("中心") and ("党" in core or "为" in core or located(text, s + 1, e)):
        return None  # 党群服务中心 is a platform; 以…为中心, 位于…中心 a location
    cls = "SocialOrganization" if core.endswith(SOCIAL_WORK) else "GovernmentAgency"  # 县某某社会工作服务中心
    return Found(s, e, text[s:e], cls, "bureau", level=text[s], core=core)


_GROUP_OFFICE = re.compile(r"领导小组办公室")
_GROUP_STOP = re.compile(r"[^\u4e00-\u9fff]|按照|根据|关于")


def group_offices(text: str, start: int, end: int) -> list[Found]:
    """某县委某某工作领导小组办公室: the office of a leading group is named from the unit that opens the
    run before it (中共 and a division's full name, 委 for the party's), not from a level alone; a
    run that opens with no division (成立…领导小组办公室) names a kind of office, not one."""
    out: list[Found] = []
    for m in _GROUP_OFFICE.finditer(text, start, end):
        low = max(start, m.start() - 24)
        run_start = low
        for stop in _GROUP_STOP.finditer(text, low, m.start()):
            run_start = stop.end()
        b = run_start + 2 if text.startswith("中共", run_start) else run_start
        size = next((k for k in range(8, 1, -1) if divisions.by_name(text[b : b + k])), 0)
        if not size or m.start() - (b + size) < 2:
            continue
        party = text.startswith("委", b + size)
        cls = "PartyOrganization" if party or run_start < b else "GovernmentAgency"
        named = divisions.by_name(text[b : b + size])
        unit = named[0] if len(named) == 1 else None  # the office lies in the unit it is named for, if unique
        out.append(Found(run_start, m.end(), text[run_start : m.end()], cls, "group-office", unit=unit))
    return out
