"""The sample with its proper names replaced by others of the same shape still yields the same structure.

This guards against rules that only know the sample: the county, city, province, district, township,
communities and companies are swapped for other real units (from the division data) and other brand
names, and the subjects, the count of organizations per class and the partOf chains must follow.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from loaders import sample_corpus, segment
from loaders.document import Document
from loaders.names import divisions
from loaders.names import stage as organizations
from loaders.names.divisions import Division


def _unique(d: Division) -> bool:
    return len(divisions.by_name(d.name)) == 1 and bool(d.short) and len(divisions.by_short(d.short)) == 1


def _target() -> tuple[Division, Division, Division, Division, Division]:
    """A prefecture of another province with a district and two counties whose names are unambiguous."""
    ix = divisions.index()
    for d in sorted(ix.codes.values(), key=lambda x: x.code):
        if d.cls != "Prefecture" or d.code.startswith("41") or len(d.name) != 3 or not _unique(d):
            continue
        kids = [k for k in ix.codes.values() if k.parent == d.code and len(k.name) == 3 and _unique(k)]
        districts = [k for k in kids if k.cls == "District"]
        counties = [k for k in kids if k.cls == "County"]
        if districts and len(counties) >= 2:
            province = divisions.by_code(d.parent or "")
            assert province is not None
            return province, d, counties[0], counties[1], districts[0]
    raise AssertionError("no target prefecture in the division data")


def _renames() -> dict[str, str]:
    province, city, county, county2, district = _target()
    return {  # longest first when applied
        "河南省": province.name,
        "河南": province.short,
        "濮阳市": city.name,
        "濮阳": city.short,
        "南乐县": county.name,
        "南乐": county.short,
        "范县": county2.name,
        "华龙区": district.name,
        "梁村乡": "石桥乡",
        "玉兰社区": "丁香社区",
        "卫河社区": "滨河社区",
        "登月社区": "望月社区",
        "开西社区": "安东社区",
        "瑞景社区": "瑞丰社区",
        "盛源石化": "恒泰石化",
        "盛源科技": "恒泰科技",
        "鑫业油脂": "金丰油脂",
        "欧亚化工": "华远化工",
        "海韵科技": "辰宇科技",
        "鲁蒙玻璃": "晋美玻璃",
        "丰利石化": "润邦石化",
        "新和实业": "德润实业",
        "元泰化工": "天泰化工",
        "崛起集团": "腾跃集团",
        "信原物业集团": "嘉和物业集团",
        "邮储银行": "浦发银行",
        "郑州大学": "湘潭大学",
        "中科院过程所": "中科院化学所",
    }


def _run(text: str) -> Document:
    return organizations.run(segment.run(Document(path=Path("renamed.txt"), text=text)))


@pytest.fixture(scope="module")
def pair() -> tuple[Document, Document]:
    text = sample_corpus().read_text(encoding="utf-8")
    renamed = text
    for old, new in sorted(_renames().items(), key=lambda kv: -len(kv[0])):
        renamed = renamed.replace(old, new)
    return _run(text), _run(renamed)


def _chain(doc: Document, key: str) -> list[str]:
    out: list[str] = []
    while True:
        up = [r.object for r in doc.relations if r.subject == key and r.predicate == "partOf"]
        if not up:
            return out
        key = up[0]
        out.append(doc.entities[key].label)


def test_subjects_follow_the_new_names(pair: tuple[Document, Document]) -> None:
    _, doc = pair
    _, city, county, county2, district = _target()
    assert [r.subject for r in doc.reports] == [
        county.key,
        county2.key,
        f"org/{city.name}委教育工委",
        f"org/{city.name}非公经济组织党委",
        district.key,
    ]
    assert doc.place == city.key


def test_same_count_of_organizations_per_class(pair: tuple[Document, Document]) -> None:
    original, renamed = pair
    assert Counter(e.cls for e in renamed.entities.values()) == Counter(e.cls for e in original.entities.values())


def test_part_of_chains_follow_the_division_data(pair: tuple[Document, Document]) -> None:
    _, doc = pair
    province, city, county, _, district = _target()
    assert _chain(doc, county.key) == [city.name, province.name]
    assert _chain(doc, f"{county.key}/石桥乡") == [county.name, city.name, province.name]
    for name in ("丁香社区", "滨河社区", "望月社区", "安东社区", "瑞丰社区"):
        assert _chain(doc, f"{district.key}/{name}")[0] == district.name
    assert _chain(doc, f"org/{district.name}卫健委")[0] == district.name
    assert _chain(doc, f"org/{province.name}委")[0] == province.name
    labels = {e.label: e.cls for e in doc.entities.values()}
    for company in ("恒泰石化", "金丰油脂", "润邦石化", "腾跃集团", "浦发银行", "嘉和物业集团"):
        assert labels[company] == "Enterprise", company
    assert labels["湘潭大学"] == "ResearchInstitution" and labels["中科院化学所"] == "ResearchInstitution"
    assert labels[f"{province.short}日报"] == "MediaOutlet"


def test_mentions_are_offsets_that_never_overlap(pair: tuple[Document, Document]) -> None:
    for doc in pair:
        ms = sorted(doc.mentions, key=lambda m: m.start)
        assert all(doc.text[m.start : m.end] == m.text and m.key in doc.entities for m in ms)
        assert all(a.end <= b.start for a, b in pairwise(ms))
