"""Find party and government bodies, enterprises, institutions, media and sub-county units in text.

Names are found from their right edge: a suffix or a known core (卫健委, 石化, 大学, 社区 ...) is
matched by one regex pass, then the left edge is found by walking back over CJK characters until a
boundary (punctuation, a function character, the end of a verb such as 成立/依托). What is found
is a `Found` span with the contract class; the stage (`stage`) resolves it to an entity.

The pass is `suffixes.patterns`. `scan` reads a level's bodies (县委, 区卫健委, 县…办公室) with
`departments` and `offices`; for a suffix it finds the left edge (`_named`, which takes a body written
right before as the owner: 复兴村|党支部), and the module of the name's kind decides whether the run is
a name: `units` (townships, villages), `companies`, `societies` (associations, hospitals, schools),
`party` (committees); universities, zones, administrative bodies and media are decided here.

>>> [(f.text, f.cls[:6]) for f in scan("成立区卫健委、区教育局等单位，盛源石化携手郑州大学，梁村乡入选。")]
... # doctest: +NORMALIZE_WHITESPACE
[('区卫健委', 'Govern'), ('区教育局', 'Govern'), ('盛源石化', 'Enterp'), ('郑州大学', 'Resear'),
 ('梁村乡', 'Townsh')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Set as AbstractSet

from loaders.names import divisions
from loaders.names.companies import (
    BRANCH,
    COOPS,
    FOUNDING,
    LEGAL_FORMS,
    STRONG_ENT,
    UTILITY,
    after_designation,
    brand_after_verb,
    company_name,
    coop_brand,
    no_brand,
    opens_with_county,
    place_heads,
    registered_start,
)
from loaders.names.departments import (
    YOUTH_CORE,
    banner,
    designated,
    function_char,
    level_in_word,
    listed_after,
    youth_league,
)
from loaders.names.found import Found
from loaders.names.institutions import (
    DISCIPLINES,
    HOSPITALS,
    NOT_IN_NAME,
    SOCIAL_WORK,
    is_media_title,
    newspaper_kind,
    reports_after,
)
from loaders.names.lexicon import (
    CJK,
    central,
    common_words,
    departments,
    left_edge,
    quoted,
    words,
)
from loaders.names.listings import enumerated, lead_brands, listed, numbered_schools, shared_heads
from loaders.names.localities import (
    after_count,
    known_town,
)
from loaders.names.offices import (
    LOWER_LEVELS,
    after_place_char,
    group_offices,
    level_ok,
    located,
    office,
    opens_on_verb,
)
from loaders.names.party import party_name
from loaders.names.societies import society_name
from loaders.names.suffixes import ADMIN_WORDS, patterns
from loaders.names.teams import quoted_teams
from loaders.names.units import unit_name, unit_start, vouched_towns
from loaders.names.words import boundaries

__all__ = ["Found", "scan"]


_ADMIN = re.compile("|".join(ADMIN_WORDS))
_GENERIC_ZONE = ("国家级", "省级", "市级", "各类", "各级", "城市", "园区", "重点", "全市", "全省", "全国")

# two-character words for kinds of area that end in a level character (小区议事厅 is no 区 body)
_AREA_WORDS = frozenset(
    words("小区 社区 城区 园区 景区 街区 市区 辖区 片区 校区 山区 新区 郊区 牧区 矿区 灾区 营区 港区 湖区 库区")
)
_ACADEMY_UNIT = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:研究所|研究院|研究中心|植物园|天文台)")
_MINISTRY_DEPT = re.compile(r"[\u4e00-\u9fff]{2,14}?(?<!公)司(?![\u4e00-\u9fff]{0,1}长)")


def scan(text: str, start: int = 0, end: int | None = None, stops: list[int] | None = None) -> list[Found]:
    """Every body and sub-county unit name in text[start:end], left to right, not overlapping.

    `stops` (sorted) are offsets a name may not extend left across: the ends of place names found
    before (吉林省通榆县|复兴村).
    """
    end = len(text) if end is None else end
    stops = stops or []
    out: list[Found] = []
    floor = start
    deps, cen = departments(), central()
    common = common_words()
    vouched = set(vouched_towns(text, stops))  # grows with each locality found: a name written again is one
    pattern, plain = patterns(), patterns(office=False)
    pos, again = start, -1
    while (m := (plain if pos == again else pattern).search(text, pos, end)) is not None:
        pos = m.end()
        kind = (
            m.lastgroup
            if m.lastgroup
            in ("central", "gov", "off", "party", "ent", "res", "media", "unit", "social", "admin", "zone")
            else None
        )
        if m.group("title"):
            kind = "title"
        elif m.group("enum"):
            if level_ok(text, m.start()):
                out.extend(enumerated(text, m))
                floor = m.end()
            continue
        if m.group("lvl"):
            kind = "dept"
        s, e = m.start(), m.end()
        if out and s < out[-1].end:
            if kind == "dept" and out[-1].cls == "Township" and out[-1].end == s + 1 and m.group("core") in _OWN_GOV:
                # 柳河镇|政府, 青松瑶族乡|人民政府: the township's own government, written after its name
                cls, en, _ = deps[m.group("core")]
                out[-1] = Found(out[-1].start, e, text[out[-1].start : e], cls, "admin-of", owner=out[-1])
                floor = e
            continue
        found: Found | None = None
        if kind == "central":
            written = m.group("central")
            base = written[2:] if written.startswith("国家") and written[2:] in cen else written
            canon, cls, en = cen[base]
            found = Found(s, e, written, cls, "central", canonical=canon, english=en)
            dept = _MINISTRY_DEPT.match(text, e, min(end, e + 15)) if canon.endswith("部") else None
            if dept is not None and not any(ch in NOT_IN_NAME for ch in dept.group(0)):
                # 教育部|思想政治工作司: a department of a ministry, part of it
                e = dept.end()
                found = Found(s, e, text[s:e], "GovernmentAgency", "ministry-dept", owner=found)
            inst = _ACADEMY_UNIT.match(text, e, min(end, e + 19)) if cls == "ResearchInstitution" else None
            if inst is not None and not any(ch in NOT_IN_NAME for ch in inst.group(0)):
                # 中国科学院|某某材料技术与工程研究所: an academy's institute, named after it
                e = inst.end()
                found = Found(s, e, text[s:e], "ResearchInstitution", "academy-unit", owner=found)
        elif kind == "dept":
            lvl, core = m.group("lvl"), m.group("core")
            if core == "委员会" and "中共" not in text[max(0, s - 12) : s]:
                continue  # 中共某县委员会 is the Party's; 政协某县委员会 is not, nor any other 委员会
            youth = youth_league(text, s) if core == "委" else 0
            if len(lvl) > 1:
                lvl = "省"  # 自治区党委, 广西壮族自治区党委组织部: an autonomous region's body
            elif not youth and ((not level_ok(text, s) and not after_place_char(text, s)) or banner(text, s)):
                town = _TOWN_END.match(text, s) if lvl in "乡镇" and core != "委" else None
                k = bisect_right(stops, s)
                fl = max(floor, stops[k - 1]) if k else floor
                unit = _named(text, town, "unit", fl, common, None) if town else None
                if unit is not None:  # 柳河镇|政府, 柳河镇|综治中心: a township's own body after its name
                    cls, en, _ = deps[core]
                    out.append(Found(unit.start, e, text[unit.start : e], cls, "admin-of", owner=unit))
                    floor = e
                continue
            cls, en, canon = deps[YOUTH_CORE if youth else core if core in deps else "委"]
            found = Found(s - youth, e, text[s - youth : e], cls, "department", level=lvl, core=canon, english=en)
        elif kind == "gov":
            if not level_ok(text, s) and not after_place_char(text, s):
                continue
            if s > 0 and text[s - 1 : s + 1] in _AREA_WORDS and not (stops and s + 1 in stops):
                pos = s + 1  # 景区|管理局: no bureau of a level, but a name may end inside (某某景区管理局)
                continue  # 小区|议事厅: the level character ends a word for an area, not a place name
            if not (stops and s + 1 in stops) and level_in_word(text, s):
                continue  # 区域|养老服务中心, 县城|管理中心, 市民|服务中心: the level character opens a word
            gcore = m.group("gcore")
            if gcore[0] in "省市县区旗州盟级" or gcore.startswith(LOWER_LEVELS):
                pos = s + 1  # 梅县|区林业局: the level is the place's last character; 市|级…中心 no body
                continue
            centre = gcore.endswith("中心")  # 县返乡创业服务中心; not 党群服务中心 (a platform), 以…为中心
            if centre and ("党" in gcore or "为" in gcore or located(text, s + 1, e) or designated(text, s)):
                continue  # 被认定为省企业技术中心: a title given, not a body
            if (
                function_char(text, s + 1, e)
                or opens_on_verb(gcore)
                or (not centre and gcore[-2] in "格布大结当开全新破赛饭棋时政")
            ):
                pos = s + 1  # 县|梳理民政局、…: no bureau of the county, but names may start inside
                continue
            cls = "SocialOrganization" if gcore.endswith(SOCIAL_WORK) else "GovernmentAgency"  # 县某某社工服务中心
            found = Found(s, e, text[s:e], cls, "bureau", level=text[s], core=gcore)
        elif kind == "off":
            found = office(text, m)
            if found is not None and found.text.endswith("中心") and designated(text, s):
                found = None  # 获批省工程技术研究中心: a title given, not a body
            town = _TOWN_END.match(text, s) if not m.group("ocore").endswith(HOSPITALS) else None  # 镇|社区卫生…
            town = None if text[s + 1 : s + 2] in _LIST_MARKS else town  # 某镇|和|县教育局: another body listed
            if found is None and town and not level_ok(text, s) and office(text, m, after_name=True):
                k = bisect_right(stops, s)
                fl = max(floor, stops[k - 1]) if k else floor
                unit = _named(text, town, "unit", fl, common, None)
                if unit is not None:  # 柳河镇|综治中心: a township's own office after its name
                    found = Found(unit.start, e, text[unit.start : e], "GovernmentAgency", "admin-of", owner=unit)
            if found is None:
                pos = again = s  # 在某镇|建成…中心: no body of the level; read the place again without it
                continue
        elif kind == "title":
            if is_media_title(m.group("inner"), text, e, end):
                owner = out[-1] if out and out[-1].end == s and out[-1].cls != "MediaOutlet" else None
                found = Found(s, e, text[s:e], "MediaOutlet", "media-title", owner=owner)
        elif kind in ("party", "ent", "res", "media", "unit", "social", "admin", "zone"):
            if kind == "res" and text.startswith("生", e) and not boundaries(text).is_boundary(e):
                continue  # 大学生 (students): the word runs past the suffix; 理工大学|生命科学 keeps it
            if kind in ("media", "social") and _suffix_split(text, s, e):
                continue  # 回报社会: the suffix's last character opens the next word, no 报社 ends there
            k = bisect_right(stops, m.start())
            fl = max(floor, stops[k - 1]) if k else floor
            found = _named(text, m, kind, fl, common, out[-1] if out else None, vouched)
            if fl > floor and (
                (found is None and kind in ("res", "ent", "admin", "zone", "social"))
                or (found is not None and kind == "ent" and text[found.start : s] in UTILITY)
                or (found is not None and kind in ("ent", "res") and found.start == fl and no_brand(text, fl, s))
                or (found is not None and found.start == fl and found.text.endswith(LEGAL_FORMS))
            ):
                # 甘肃省|科学院, 国网临泽县|供电公司, 市北区|人民法院, 某市|农业科学研究院: a generic own part
                # (dictionary words, no brand) takes the place in;
                # 开封|兰城投资集团有限公司: a registered name opens with its place
                found = _named(text, m, kind, floor, common, out[-1] if out else None, vouched)
            if found is not None and found.owner is not None:
                out.pop()
            if found is not None and kind == "unit":
                named = known_town(text, found, out)
                if named is not None:  # 甲所|镇青松村 after 甲所镇 was named: the town, then its village
                    out.append(named)
                    found = Found(named.end, found.end, text[named.end : found.end], found.cls, "unit")
        if found is None:
            continue
        out.append(found)
        floor = found.end
        if found.rule == "unit" and found.cls in ("Village", "Community", "Township"):
            vouched.add(found.text[: -2 if found.text.endswith(("社区", "街道", "嘎查", "苏木")) else -1])
        if found.rule == "department":  # 区人社局、民政局、住建局: listed bodies share the first one's level
            for more in listed_after(text, found, end):
                out.append(more)
                floor = pos = more.end
    extra = listed(text, start, end) + lead_brands(text, start, end) + numbered_schools(text, start, end)
    extra += shared_heads(text, start, end)
    extra += quoted_teams(text, start, end)
    groups = group_offices(text, start, end)
    if groups:  # a leading group's office holds the bodies found inside its name (某县委|…领导小组)
        out = [f for f in out if not any(g.start <= f.start and f.end <= g.end for g in groups)] + groups
        out.sort(key=lambda f: f.start)
    if extra:
        starts = [f.start for f in out]  # `out` is sorted and its spans never overlap

        def free(f: Found) -> bool:
            k = bisect_right(starts, f.end - 1) - 1
            return k < 0 or out[k].end <= f.start

        out.extend([f for f in extra if free(f)])
        out.sort(key=lambda f: f.start)
    return out


_OWN_GOV = frozenset(("政府", "人民政府"))
_LIST_MARKS = frozenset("和与及、")
_COOP_OWNERS = ("Village", "Township")
_OWNED_UNITS = ("分局", "大队")  # named only after the bureau they belong to (or a level, found apart)
_TOWN_END = re.compile("[乡镇]")


def _suffix_split(text: str, s: int, e: int) -> bool:
    """Whether the word that holds the suffix's last character starts inside the suffix and runs past it
    (回报|社会 read as 报社: the segmenter's word crosses the name's right edge)."""
    bd = boundaries(text)
    if e >= len(text) or bd.is_boundary(e):
        return False
    ws, _ = bd.span_at(e - 1)
    return s < ws


def _clause_opens(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in "，,。；;：:！？!?、\n" or text[pos - 1].isspace()


def _named(
    text: str,
    m: re.Match[str],
    kind: str,
    floor: int,
    common: frozenset[str],
    prev: Found | None,
    vouched: AbstractSet[str] = frozenset(),
) -> Found | None:
    s, e = m.start(), m.end()
    suffix = text[s:e]
    maxlen = {"unit": 6, "ent": 4, "party": 12, "res": 14, "media": 10, "social": 10, "admin": 10, "zone": 6}[kind]
    if kind == "ent" and (suffix in STRONG_ENT or suffix in COOPS):
        maxlen = 8 if suffix not in COOPS else 10  # 国网宁波供电公司, 宁波舟山港集团, 巴彦乌拉畜牧业股份合作社
    b = left_edge(text, s, floor, maxlen)
    if kind == "ent" and (suffix in LEGAL_FORMS or text.startswith(LEGAL_FORMS, e)):
        b = registered_start(text, s, floor, b)
    if kind == "ent":
        b = after_designation(text, b, s)  # 省级龙头企业|某某农业开发有限公司: the rank and kind describe it
    if b == s and kind == "ent" and suffix in STRONG_ENT and s - 2 >= floor and _clause_opens(text, s - 2):
        b = s - 2  # ，崛起集团建成…: a verb-like brand that opens its clause, before a legal suffix
    if kind == "unit":
        b, placed = unit_start(text, b, s, e, floor, prev, common)
    else:
        b, placed = after_count(text, b, s), 0
    name = text[b:s]
    if kind == "media" and suffix == "报" and newspaper_kind(text[min(b, s - 1) : s], suffix):
        return None  # 某局|通报, 工作|简报: a notice or a report, not a paper (not even one of the body before)
    if (
        suffix == "党委"
        and prev is not None
        and prev.end == b
        and prev.cls in ("Township", "Village", "Community")
        and text.startswith("政府", e)
    ):
        return None  # 某镇|党委政府高度重视: the town's leadership as one, the town itself (not 党委、政府)
    if suffix == "党组" and prev is not None and prev.end == b and text.startswith(("书记", "副书记", "成员"), e):
        return None  # 某某局|党组书记: a post of the bureau named before, which stays the body
    branch = kind == "ent" and suffix in BRANCH and prev is not None and prev.cls == "Enterprise"
    k = max(name.rfind(v) for v in FOUNDING) if kind == "ent" and suffix in COOPS else -1
    if k >= 0 and len(name) - k >= 4:
        b, name = b + k + 2, name[k + 2 :]  # 领办|某某专业合作社: the founding verb is the context's
    if kind == "ent" and suffix in COOPS and prev is not None and prev.end == b and prev.cls in _COOP_OWNERS:
        branch = True  # 某某村|茶叶种植专业合作社, 某某镇|茶农专业合作社: a cooperative named after its place
    elif kind == "ent" and suffix in COOPS and not coop_brand(name):
        b = brand_after_verb(text, b, floor)  # 领办|北岭果蔬专业合作社: the brand the segmenter split
        name = text[b:s]
    if (
        prev is not None
        and prev.end == b
        and kind in ("party", "res", "media", "social", "admin")
        and prev.cls != "MediaOutlet"
        and prev.rule != "department"
    ) or (prev is not None and prev.end == b and (kind == "party" or branch or suffix in _OWNED_UNITS)):
        # a body written right after its owner: 信原物业集团|党委, 复兴村|党支部, 中国银行|北仑支行
        cls = {
            "party": "PartyOrganization",
            "res": "ResearchInstitution",
            "media": "MediaOutlet",
            "social": "SocialOrganization",
            "admin": "GovernmentAgency",  # 重孜乡|司法所
        }.get(kind, "Enterprise")
        if kind in ("res", "ent") and len(name) > (10 if suffix in COOPS else 6):
            return None  # 某某村|马铃薯种植专业合作社: a cooperative's trade words make a longer name
        return Found(prev.start, e, text[prev.start : e], cls, kind + "-of", owner=prev)
    if suffix == "所" or suffix in _OWNED_UNITS:
        return None  # 交警大队 of no bureau written before: any county's, a generic mention
    legal = kind == "ent" and len(name) >= 2 and name[:2] in place_heads()
    legal = legal and (suffix in LEGAL_FORMS or text.startswith(LEGAL_FORMS, e))
    # 某某县|国有资产投资公司: a county's own company, named by the county and its trade
    legal = legal or (kind == "ent" and suffix in STRONG_ENT and opens_with_county(name))
    if not name or len(name) > maxlen + (4 if kind == "res" else 8 if legal else 0):
        return None
    if kind == "unit":
        return unit_name(text, b, s, e, floor, prev, placed, vouched)
    if kind == "ent":
        found = company_name(text, b, s, e, floor, common)
        if found is not None and prev is not None and prev.end == found.start and prev.cls == "Township":
            # 某镇|联村发展公司: a company written right after its town carries the town's name
            return Found(prev.start, e, text[prev.start : e], found.cls, "ent-of", owner=prev)
        return found
    if kind == "res":
        both = DISCIPLINES.search(text, max(floor, b - 7), b) if suffix == "学院" and b > 0 else None
        if both is not None and both.end() == b:
            if prev is not None and prev.end == both.start() and prev.cls == "ResearchInstitution":
                # 某某大学|材料与能源学院: a college of two disciplines written after its university
                return Found(prev.start, e, text[prev.start : e], "ResearchInstitution", "res-of", owner=prev)
            if both.start() == 0 or not CJK.match(text[both.start() - 1]):
                b, name = both.start(), text[both.start() : s]  # 材料科学与|工程学院: a college of two disciplines
        if len(name) < 2 or name in common or name.startswith(("高等", "重点", "新型", "各类", "科研")):
            return None
        if quoted(text, b):
            return None
        return Found(b, e, text[b:e], "ResearchInstitution", "institution")
    if kind == "zone":  # 江宁开发区, 南京江宁经济技术开发区; not 国家级开发区 or 城市新区
        if len(name) < 2 or name in common or name.endswith(_GENERIC_ZONE) or quoted(text, b):
            return None
        if any(divisions.by_name(text[k:e]) for k in range(b, e - 2)):
            return None  # 浦东新区 is a district of the division data: the place is found as one
        if _ADMIN.match(text, e):
            return None  # 湘江新区|管委会: the committee is the body named
        return Found(b, e, text[b:e], "AdministrativeUnit", "zone")
    if kind == "admin":  # 湘江新区管委会, 经济开发区管委会
        if len(name) < 2 or name in common or quoted(text, b):
            return None
        return Found(b, e, text[b:e], "GovernmentAgency", "admin")
    if kind == "social":
        return society_name(text, b, s, e, floor, common)
    if kind == "media":
        if len(name) < 2 or (name in common and not (suffix in ("日报", "晚报") and reports_after(text, e))):
            return None  # 工作|日报 is a log; 大众日报、…等媒体报道: a paper the sentence says reported
        if newspaper_kind(name, suffix):
            return None
        return Found(b, e, text[b:e], "MediaOutlet", "media")
    return party_name(text, b, s, e, floor, common)
