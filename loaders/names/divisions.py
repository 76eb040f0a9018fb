"""The GB/T 2260 division index (province, prefecture, county level), read from cpca's bundled CSV.

The CSV is read with the csv module only (importing cpca would pull in pandas); it is located with
importlib's finder, which does not execute the package.

>>> d = by_code("410923")
>>> (d.name, d.cls, d.short, [p.name for p in chain(d)])
('南乐县', 'County', '南乐', ['南乐县', '濮阳市', '河南省'])
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from errors import MissingDependency

__all__ = [
    "Division",
    "by_code",
    "by_key",
    "by_name",
    "by_short",
    "chain",
    "index",
    "is_under",
    "max_name_len",
    "newer",
]

_SKIP = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
_PROVINCE_SUFFIX = re.compile(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$")


@dataclass(frozen=True)
class Division:
    """One unit of the division data: 12-digit code, official name, contract class, parent code."""

    code: str
    name: str
    cls: str  # Province, Prefecture, County, CountyLevelCity, District
    parent: str | None
    short: str  # the name without its level suffix (南乐县 -> 南乐); may be "" when too short

    @property
    def code6(self) -> str:
        return self.code[:6]

    @property
    def key(self) -> str:
        if not self.code:  # a unit newer than the data, known by its written name under its parent
            return f"place/{self.parent}/{self.name}"
        return f"place/{self.code}"

    @property
    def level(self) -> int:
        """0 province, 1 prefecture, 2 county level."""
        return {"Province": 0, "Prefecture": 1}.get(self.cls, 2)


@dataclass
class _Index:
    codes: dict[str, Division]
    names: dict[str, list[Division]]
    shorts: dict[str, list[Division]]


def _csv_dir() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependency("the division data needs the cpca package: pip install 'cpca>=0.5.5,<0.6'")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


def _class_of(code6: str, name: str) -> str:
    if code6.endswith("0000"):
        return "Province"
    if code6.endswith("00"):
        return "Prefecture"
    if name.endswith("市"):
        return "CountyLevelCity"
    if name.endswith(("县", "旗")):
        return "County"
    return "District"


def _short(name: str, cls: str, nations: list[str]) -> str:
    if cls == "Province":
        core = _PROVINCE_SUFFIX.sub("", name)
        return "内蒙古" if core.startswith("内蒙古") else core
    core = re.sub(r"(?:自治[州县旗]|地区|林区|特区|矿区|盟|市|县|旗|区)$", "", name)
    changed = True
    while changed and len(core) > 2:
        changed = False
        for n in nations:
            if core.endswith(n) and len(core) - len(n) >= 2:
                core = core[: -len(n)]
                changed = True
    return core if len(core) >= 2 else ""


@cache
def index() -> _Index:
    """Load the division data once."""
    base = _csv_dir()
    with open(base / "56_nations.csv", encoding="utf-8") as fh:
        nations = [ln.strip() for ln in fh if ln.strip()]
    nations = sorted({*nations, *(n[:-1] for n in nations if n.endswith("族") and len(n) > 2)}, key=len, reverse=True)
    rows: dict[str, str] = {}
    with open(base / "adcodes.csv", encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            rows[rec["adcode"][:6]] = rec["name"].strip()
    codes: dict[str, Division] = {}
    for code6, name in rows.items():
        if name in _SKIP or not name:
            continue
        parent = None
        for cand in (code6[:4] + "00", code6[:2] + "0000"):
            if cand != code6 and cand in rows and rows[cand] not in _SKIP:
                parent = cand + "000000"
                break
        cls = _class_of(code6, name)
        codes[code6] = Division(code6 + "000000", name, cls, parent, _short(name, cls, nations))
    names: dict[str, list[Division]] = {}
    shorts: dict[str, list[Division]] = {}
    for d in codes.values():
        names.setdefault(d.name, []).append(d)
        if d.short and d.short != d.name:
            shorts.setdefault(d.short, []).append(d)
    for d in list(codes.values()):  # 延边州, 长阳县: autonomous units by their common short form
        m = re.search(r"自治([州县旗])$", d.name)
        if m and d.short and d.short + m.group(1) not in names:
            names[d.short + m.group(1)] = [d]
    for lst in shorts.values():
        lst.sort(key=lambda d: d.level)  # a province first: 吉林 is 吉林省 before 吉林市
    return _Index(codes, names, shorts)


def by_code(code: str) -> Division | None:
    """The division with this 6- or 12-digit code."""
    return index().codes.get(code[:6]) if code else None


_NEWER: dict[str, Division] = {}


def newer(name: str, parent: Division) -> Division:
    """A county-level unit the data does not list yet (大同市平城区), placed under its written parent."""
    cls = _class_of("000001", name)
    d = _NEWER.setdefault(
        f"place/{parent.code}/{name}", Division("", name, cls, parent.code, re.sub(r"[市县区旗]$", "", name))
    )
    return d


def by_key(key: str) -> Division | None:
    """The division an entity key names (place/<code> or a newer unit's key)."""
    if key in _NEWER:
        return _NEWER[key]
    m = re.fullmatch(r"place/(\d{12})", key)
    return by_code(m.group(1)) if m else None


def by_name(name: str) -> list[Division]:
    """Every division whose official name is `name` (朝阳区 has several)."""
    return index().names.get(name, [])


def by_short(short: str) -> list[Division]:
    """Every division whose name without suffix is `short` (provinces first)."""
    return index().shorts.get(short, [])


def chain(d: Division) -> list[Division]:
    """The division and its ancestors, nearest first."""
    out = [d]
    while out[-1].parent:
        p = by_code(out[-1].parent)
        if p is None:
            break
        out.append(p)
    return out


def is_under(d: Division, ancestor: Division) -> bool:
    """True when `ancestor` is d or contains it."""
    return any(x.code == ancestor.code for x in chain(d))


@cache
def max_name_len() -> int:
    return max(len(n) for n in index().names)
