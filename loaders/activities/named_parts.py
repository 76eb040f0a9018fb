"""componentOf that names state by themselves, whatever the text around them says.

“A、B、C”三项改革 holds “A”改革 and “B”; “…”型共富工坊 is a kind of 共富工坊, and a kind named …型 belongs to
the one programme that counts its kinds; a tool named after a practice (“某某”工作台账) belongs to it; a
model “A+B” is one strand of a longer “A+B+C+D”; a counted compound (“两岗三员”) holds a practice named
after one of its counted members (“党员两岗”).
"""

from __future__ import annotations

import re

from loaders.document import Entity

__all__ = ["QUOTED", "TOOL_HEADS", "named_parts"]

_COUNTED_KINDS = re.compile("[一二两三四五六七八九十]+型")
QUOTED = re.compile(r"[“\"]([^”\"]{2,40})[”\"]")
_CORE = re.compile(r"[“\"‘']?([^“”\"‘']+?)[”\"’']?(?:改革|机制|模式|制度|工作法|做法)?$")


# the heads of a tool named after the practice it serves (“某某”工作台账, “某某”社会治理指挥调度平台)
TOOL_HEADS = "平台|台账|系统|数据库|信息库|小程序|指挥中心"
_TOOL_NAMED = re.compile(f'[“"](?P<q>[^”"]{{2,30}})[”"][\u4e00-\u9fff]{{0,12}}?(?:{TOOL_HEADS}|专班)$')
# a practice named by its own words and a head of rule (党员包户制度) and a tool named by the same words (党员包户台账)
_WAY_NAMED = re.compile(r"(?P<core>[\u4e00-\u9fff]{3,12}?)(?:工作)?(?:制度|机制|制)")
_TOOL_BARE = re.compile(f"(?P<core>[\u4e00-\u9fff]{{3,12}}?)(?:工作)?(?:{TOOL_HEADS})")
# the practice itself: its quoted name alone or with a programme's generic head (“某某”改革)
_PROGRAMME_NAMED = re.compile(
    r"[“\"](?P<q>[^”\"]{2,30})[”\"](?:改革|工作|建设|创建|行动|工程|活动|模式|机制|制度|治理|服务)?"
)


def named_parts(acts: dict[str, Entity]) -> list[tuple[str, str, int]]:
    """(part, whole, passage) for the parts the names of a document's activities (key -> entity) state."""
    out = _strands(acts) + _counted_members(acts)
    counting = [k for k, e in acts.items() if _COUNTED_KINDS.search(e.label)]
    cores: dict[str, str] = {}
    programmes: dict[str, str] = {}
    ways = {w["core"]: key for key, e in acts.items() if (w := _WAY_NAMED.fullmatch(e.label.strip('“”"')))}
    for key, e in acts.items():
        if programme := _PROGRAMME_NAMED.fullmatch(e.label):
            programmes.setdefault(programme["q"], key)
        core = _CORE.match(e.label)
        if core and len(core.group(1)) >= 2:
            cores.setdefault(core.group(1), key)
    for key, e in acts.items():
        where = e.passages[0] if e.passages else 0
        listed = QUOTED.search(e.label)
        if listed and "、" in listed.group(1):
            for member in re.split(r"[、,，]", listed.group(1)):
                part = cores.get(member.strip())
                if part and part != key:
                    out.append((part, key, where))
        kind = e.label.rfind("型")
        if 0 < kind < len(e.label) - 2:  # …型共富工坊: a kind of the practice named after 型
            named = e.label[kind + 1 :].strip('“”"')
            whole = next((k for k, o in acts.items() if o.label.strip('“”"') == named), None)
            if whole and whole != key:
                out.append((key, whole, where))
        if e.label.endswith("型") and len(counting) == 1 and counting[0] != key:
            out.append((key, counting[0], where))
        tool = _TOOL_NAMED.match(e.label)
        if tool and (whole := programmes.get(tool["q"])) and whole != key:
            out.append((key, whole, where))  # “某某”工作台账 / “某某”服务平台: the tool of the practice “某某”
        elif (
            (bare := _TOOL_BARE.fullmatch(e.label.strip('“”"'))) and (whole := ways.get(bare["core"])) and whole != key
        ):
            out.append((key, whole, where))  # 党员包户台账 of 党员包户制度: a tool named by the practice's words
    return out


_PLUS = re.compile(r"[“\"]([^”\"]{1,60}?[+＋][^”\"]{1,60})[”\"]")


def _strands(acts: dict[str, Entity]) -> list[tuple[str, str, int]]:
    """(part, whole, passage): “党建+康养” is a strand of a “党建+康养+电商+文创” model, their first
    field the same and every field of the part one of the whole's."""
    fields: dict[str, list[str]] = {}
    for key, e in acts.items():
        if (q := _PLUS.search(e.label)) is not None:
            fields[key] = [f.strip() for f in re.split("[+＋]", q.group(1))]
    out = []
    for part, own in fields.items():
        if not all(own):
            continue
        for whole, theirs in fields.items():
            if len(theirs) > len(own) and own[0] == theirs[0] and set(own) <= set(theirs):
                where = acts[part].passages[0] if acts[part].passages else 0
                out.append((part, whole, where))
    return out


_COMPOUND = re.compile(r"[“\"]((?:[一二两三四五六七八九十]+[\u4e00-\u9fff]){2,})[”\"]")
_MEMBER = re.compile(r"[二两三四五六七八九十]+[\u4e00-\u9fff]")  # 两岗 of “两岗三员” (一X of “一户一策” counts nothing)
_NAME = re.compile(r"[“\"]([^”\"]+)[”\"]")


def _counted_members(acts: dict[str, Entity]) -> list[tuple[str, str, int]]:
    """(part, whole, passage): a practice whose quoted name ends with a counted member of a compound
    (“党员两岗” of “两岗三员”) is that member."""
    compounds = {key: _MEMBER.findall(m.group(1)) for key, e in acts.items() if (m := _COMPOUND.fullmatch(e.label))}
    out = []
    for key, e in acts.items() if compounds else ():
        name = _NAME.search(e.label)
        core = name.group(1) if name else e.label
        for whole, members in compounds.items():
            if whole != key and any(core.endswith(x) and len(core) > len(x) for x in members):
                out.append((key, whole, e.passages[0] if e.passages else 0))
    return out
