"""Social organizations found from their head: associations, societies and clubs (…协会, …商会, …联谊会),
alliances (…联盟), and the hospitals, schools, care homes and venues the same pass reads (…医院, …小学).

`bodies.scan` finds the head; `society_name` decides whether the run before it names one body: not a
kind of it (乡贤联谊会, 示范学校, 县级医院), not a way of working together (专科联盟, 党建联盟体系), not a
verb (学会 of 党员学会了, 建设|图书馆); an alliance is named where it is set up or joined (组建|某某服务联盟).
"""

from __future__ import annotations

import re

from loaders.names.found import Found
from loaders.names.institutions import (
    CARE_HOMES,
    HOSPITALS,
    LEVEL_SCHOOL,
    SCHOOLS,
    VENUES,
    hospital_kind,
    school_kind,
)
from loaders.names.lexicon import CJK, quoted, verbs, words
from loaders.names.offices import level_ok
from loaders.names.words import boundaries, part_of_speech

__all__ = ["society_name"]


def society_name(text: str, b: int, s: int, e: int, floor: int, common: frozenset[str]) -> Found | None:
    """The association, alliance, hospital, school, care home or venue named by text[b:e] (its head at `s`),
    if the run names one and not a kind of it; a level's own one (县实验小学, 县妇女联合会) carries its level."""
    suffix = text[s:e]
    name = text[b:s]
    own = suffix in VENUES and name in ("省", "市", "县", "区") and level_ok(text, b)  # 县|图书馆: the level's
    if name.startswith(_MEMBERSHIP) and b > floor and text[b - 1] in "省市县区" and level_ok(text, b - 1):
        b, name = b - 1, text[b - 1 : s]  # 县|个体劳动者协会: a level names its one body of such members
    if (len(name) < 2 and not own) or name in common or name.startswith(_GENERIC_SOCIAL) or quoted(text, b):
        return None
    if suffix == "联谊会" and not any(c in text[b:s] for c in "省市县区旗镇"):
        return None  # 成立|乡贤联谊会: a kind of club; one is named by the unit it gathers for (县乡贤联谊会)
    if suffix == "卫生室":
        return None  # 村卫生室 is any village's clinic: one is named only after its village (某某村|卫生室)
    if suffix in VENUES and (name in verbs() or part_of_speech(name).startswith("v")):
        return None  # 建设|图书馆: a deed on a kind of venue, not one named
    # 县实验小学: the level's one school of the kind (not 县级示范学校, a kind of school at that level)
    levelled = suffix in SCHOOLS and LEVEL_SCHOOL.fullmatch(name) is not None and level_ok(text, b)
    if (suffix in HOSPITALS + CARE_HOMES + VENUES and hospital_kind(text, b, s)) or (
        suffix in SCHOOLS and (school_kind(text, name, e) if not levelled else not boundaries(text).is_boundary(e))
    ):
        return None
    if suffix == "联盟" and (len(name) < 4 or name.endswith(_ALLIANCE_FIELDS) or text.startswith(_ARRANGEMENT, e)):
        return None  # 专科联盟, 某某产业链党建联盟, 党建联盟体系: a way of working together, not a body of members
    if suffix == "联盟" and not _founded(text, b, floor):
        return None  # a body of members is named where it is set up or joined (组建|某某服务联盟)
    closes = not CJK.match(text[e : e + 1] or "x") or text[e] in "等和与及" or text[e : e + 2] in verbs()
    if suffix == "学会" and not closes:
        return None  # 党员学会了…: the verb 学会 (learn), not a society
    # 县第一人民医院, 区实验小学: a level's own hospital or school, resolved to the unit the level stands for
    public = suffix in HOSPITALS + SCHOOLS + CARE_HOMES + VENUES
    # 县妇女联合会, 市志愿者协会: a level's own association too (not 县级|协会, 县域|联盟, 县直|…)
    own_body = public or (len(name) >= 3 and name[1] not in "级域城直属")
    level = name[0] if name[0] in "省市县区" and own_body and level_ok(text, b) else None
    return Found(b, e, text[b:e], "SocialOrganization", "social", level=level)


# what a 联盟 of cooperation is named by (a field shared, not members joined: 专科联盟, 党建联盟), and the
# heads after it that make it an arrangement (党建联盟|体系)
_ALLIANCE_FIELDS = tuple(words("党建 专科 产业 产业链 医疗 医联 技术 创新 战略 发展 科技 人才 教育 校企 区域"))
_ARRANGEMENT = tuple(words("体系 机制 模式 制度 平台 建设 工作 品牌"))
_FOUNDING = tuple(words("组建 成立 建立 发起 加入 组建了 成立了 建立了"))
_PLACED_AFTER_FOUNDING = re.compile(r"(?:组建|成立|建立|发起|加入)了?[\u4e00-\u9fff]{2,6}[省市县区旗镇乡]$")


def _founded(text: str, b: int, floor: int) -> bool:
    """Whether the name at `b` follows a verb that sets a body up or joins it, directly or after its place
    (组建|某某联盟, 组建|某区|某某联盟)."""
    if text.endswith(_FOUNDING, 0, b):
        return True
    return b == floor and _PLACED_AFTER_FOUNDING.search(text, max(0, b - 10), b) is not None


_MEMBERSHIP = ("个体", "社会")  # members a body of a level gathers (县个体劳动者协会, 市社会组织联合会)
_GENERIC_SOCIAL = ("行业", "个体", "相关", "各类", "各级", "社会", "群团", "协会")
