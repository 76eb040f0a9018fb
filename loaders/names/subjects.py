"""Who a report speaks for, and the place a document comes from.

A report's subject is the first clause-opening actor of its lead (近年来，南乐县坚持…; 市委教育工委全面…),
skipping higher bodies whose directives it follows (省委部署…); a bare 区委 that leads stands for its
district. A town, village, community, enterprise or institution that a heading of the lead opens on
(某镇：…, ——某中学…典型案例, 某公司2023年工作总结) is the subject whatever its lead then describes, and one
that opens the lead's first sentence is it unless a county-level doer opens that sentence too; what the
report names after its lead does not change it (see `leads`). The document's place comes from its source
(a unit's name in 来源, or a URL host in pinyin) or from the single county it names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from loaders.document import Document
from loaders.names import divisions, leads, places, references
from loaders.names.divisions import Division
from loaders.names.places import PlaceMention
from loaders.names.registry import LEVEL_CLASSES, Cand, Registry

__all__ = ["doc_place", "level_unit", "source_hints", "subject_unit", "subjects"]


def source_hints(doc: Document) -> list[Division]:
    """Divisions named by the source: a URL host in pinyin, or a unit's name in 来源 (濮阳党建网)."""
    src = (doc.source or "").strip()
    if not src:
        return []
    if re.match(r"(?:https?://|www\.)", src):
        return places.url_places(src)
    hits = [p.division for p in places.scan(src)]
    for n in (4, 3, 2):
        hits.extend(d for d in divisions.by_short(src[:n]) if d.cls != "Province")
        if hits:
            break
    return hits


def doc_place(doc: Document, pms: list[PlaceMention], hints: list[Division], city: Division | None) -> Division | None:
    """The document's city or county: a unit its title (or the cover lines under it) names, a source
    hint that the text also names, else the single county it names."""
    titled = [p.division for p in places.scan(doc.title)] if doc.title else []
    if not titled and doc.reports:  # 政府工作报告 / ——在某区人民代表大会上: the cover lines under a bare title
        first = doc.reports[0].start
        cover = [p for p in doc.passages if p.heading and p.report is None and p.end <= first]
        titled = [m.division for p in cover for m in places.scan(doc.text, p.start, p.end)]
    if titled and max(d.level for d in titled) >= 1:
        return max(titled, key=lambda d: d.level)
    written = {p.division for p in pms}
    for h in hints:
        if h.level >= 1 and (h in written or len(hints) == 1):
            return h
    counties = Counter(p.division for p in pms if p.division.level == 2)
    if len(counties) == 1:
        county = next(iter(counties))
        return _wider(Counter(p.division for p in pms), county) or county
    return None


def _only_county(lst: list[Cand], key: str | None) -> Division | None:
    """The county-level division a report's candidates name under `key`."""
    return next((c.place.division for c in lst if c.place is not None and c.key == key), None)


def _wider(named: Counter[Division], county: Division) -> Division | None:
    """The unit above `county` the text names more often, when the county is named once (重庆市 three times,
    某县 once as an example): the text is the wider unit's."""
    if named[county] != 1:
        return None
    above = [(n, d) for d, n in named.items() if d.level < 2 and county.code.startswith(_stem(d))]
    n, d = max(above, key=lambda x: x[0], default=(0, None))
    return d if n > 1 else None


def _stem(d: Division) -> str:
    """The leading digits of a division's code that every unit inside it shares (500000000000 -> 50)."""
    return d.code[: 2 + 2 * d.level] if d.code else d.name


def subjects(
    doc: Document,
    cands: list[Cand],
    res: Registry,
    place: Division | None,
    province: Division | None,
    city: Division | None,
    resolve: Callable[..., None],
) -> dict[int, Cand]:
    """Each report's subject: the first clause-opening actor of its lead, else the previous report's.

    Returns the reports whose subject is a township, village or community, by the mention that names
    it: the caller sets the subject once that mention is resolved.
    """
    pending: dict[int, Cand] = {}
    lead_of = leads.lead_passages(doc)
    text = doc.text
    by_report: dict[int, list[Cand]] = {}
    for c in cands:
        r = doc.passages[c.passage].report
        if r is not None:
            by_report.setdefault(r, []).append(c)
    previous = None
    previous_low: Cand | None = None  # the town, village or community the previous report speaks for
    for r, report in enumerate(doc.reports):
        chosen = None
        lst = by_report.get(r, [])
        self_ref = _self_reference(text, report.start, report.end)
        lead = lead_of.get(r, set())
        province_doer: Division | None = None
        signed = leads.signed_for_unit(doc, lst, lead)
        # the document's title above its first report (关于某区…的调研报告) says whom a research report is about
        cover = [c for c in cands if r == 0 and doc.passages[c.passage].report is None and c.end <= report.start]
        byline = (
            leads.byline(doc, lst, lead)
            or leads.about(doc, cover + lst, lead | {c.passage for c in cover})
            or leads.introduced(doc, lst, _body_start(doc, lead))
        )
        if byline is not None:
            resolve(byline, cands, res, province, city, place, subject=None)
            if byline.key is not None:
                report.subject = previous = _branch_unit(res, byline.key)
                continue
        we, own = _we(doc, lead), place or city
        # a town, village, enterprise or institution that leads: the subject if no county-level doer opens the lead
        low = leads.titled(doc, lst, lead) or leads.contributor(doc, lst, lead) or _titled_self(cover, self_ref)
        opened = False  # whether a place chosen opens the lead as its plain doer (weighed against the title)
        for i, c in enumerate(lst if low is None else ()):
            if we is not None and c.start > we and own is not None:
                chosen = res.unit_key(own, None)  # 过去一年，我们…: the document's place (or city) speaks
                break
            if low is not None and c.passage not in lead:
                break  # 红旗社区：… in the title: a body named later in the report acts for it, not as its subject
            if self_ref is not None and c.start > self_ref.start():
                # 近年来，我县…: the report speaks for its own unnamed unit; a later doer is not it
                ref = Cand(self_ref.start(), self_ref.end(), self_ref.group(0), "", "reference", c.passage)
                unit = level_unit(references.reference_level(self_ref), ref, lst, res, province, city, place, None)
                chosen = res.unit_key(unit, None) if unit is not None else None
                break
            if c.passage in signed:
                continue  # 中共某县委组织部 signs, 近年来，某县… follows: the body writes for its unit
            if not references.doer_start(text, c.start, c.end) or leads.BYLINE.search(
                text, max(0, c.start - 8), c.start
            ):
                continue  # 来源：某某区人民政府: the publisher of the page, not the doer of the report
            if leads.site_prefix(doc, lst, i) or leads.dateline_unit(doc, lst, i):
                continue  # 某县：某街道推行…, 某区：… over a town's story: the county's site files it
            # 山东省|鱼台县, 宁波市|北仑区非公经济组织党委: the last of a written chain
            agent = text.startswith("由", c.start - 1)  # 由X牵头: the clause names its agent
            c = leads.chain_end(lst, i, lambda cur, _: bool(cur.place) or cur.cls == "Township")
            if c.cls in ("Province", "Village", "Community", "Township", "Enterprise", "MediaOutlet"):
                if c.place is not None and c.cls == "Province" and not doc.passages[c.passage].heading:
                    province_doer = province_doer or c.place.division  # 近年来，某省强化…: its body may report next
                if text.startswith("的", c.end):
                    continue  # 某镇某村的独居老人…: the unit qualifies the clause's subject, it is not the doer
                if low is None and c.passage in lead and c.cls not in ("Province", "MediaOutlet"):
                    low = c  # 红旗社区：…, 珲春市敬信镇…: a community's, village's or town's report
                    if agent and c.cls != "Enterprise":
                        break  # 由华龙区青松街道牵头，…组成工作队: the street that leads speaks for the report
                continue
            if c.found is not None and (
                c.found.rule == "central"
                or (c.level in ("省", "市") and c.found.core == "委")
                or c.found.rule
                in ("party", "party-of", "res-of", "media-of", "enterprise-list", "province-brand", "group-office")
                or c.cls in ("ResearchInstitution", "SocialOrganization")
            ):
                if low is None and c.passage in lead and _own_body(c):
                    low = c
                if c.cls in _INSTITUTIONS and c.passage in lead and c.start == doc.passages[c.passage].start:
                    low = c  # 某县中医院：…, 某校位于…: an institution that opens its lead tells its own work
                    break
                continue
            if c.place is None:
                resolve(c, cands, res, province, city, place, subject=None)
                if place is not None and c.unit == place and c.found is not None and c.found.core in _GOVERNMENTS:
                    chosen = res.unit_key(place, None)  # 区政府团结带领全区人民: a work report speaks for its district
                    break
                if c.key is None:
                    continue
                if c.found is not None and c.found.core == "委" and c.unit is not None:
                    chosen = res.unit_key(c.unit, None)  # bare 区委 leads: the report speaks for the district
                    break
                if isinstance(c.unit, Division) and c.unit.level == 2 and leads.headline_names(doc, lst, lead, c.unit):
                    chosen = res.unit_key(c.unit, None)  # 华龙区构建…: 华龙区委组织部 leads for the district
                    break
            chosen, opened = c.key, c.place is not None
            if province_doer is not None and subject_unit(res, chosen) == province_doer:
                chosen = res.unit_key(province_doer, None)  # 某省…; 省委组织部…: the body tells its province's work
            break
        counts = Counter(c.key for c in lst if c.place is not None and c.place.division.level == 2)
        if opened or (chosen is None and low is None and counts):
            # the county that opened the lead, or else the one named most, against the unit the title names
            titles = lead | _cover_lines(doc, r)  # a document's title above its first report is the report's too
            county = chosen or counts.most_common(1)[0][0]
            told = _named_more(doc, cover + lst, titles, county, low, (report.start, report.end))
            chosen, low = (None, told) if told is not None else (chosen, low)
        if chosen is None and low is not None:
            # 珲春市敬信镇地处…, 西安城投集团党委坚持…: a town's or an enterprise's own report
            if low.cls in ("Township", "Village", "Community"):
                pending[r] = previous_low = low  # keyed once the written chains are resolved (玉林街道|红旗社区)
                report.subject = None
                continue
            resolve(low, cands, res, province, city, place, subject=None)
            chosen = low.key
        town = _busiest_town(doc, lst) if chosen is None else None
        if town is not None:  # 在范县白衣阁乡…，白衣阁乡创新…，白衣阁乡实施…: the town's own story
            pending[r] = previous_low = town
            report.subject = None
            continue
        if chosen is None:
            if not counts and previous_low is not None:
                pending[r] = previous_low  # a section under a town's story (强化阵地建设) goes on telling it
                report.subject = None
                continue
            chosen = counts.most_common(1)[0][0] if counts else previous or (place.key if place else None)
            if counts and (only := _only_county(lst, chosen)) is not None:
                wider = _wider(Counter(c.place.division for c in lst if c.place is not None), only)
                chosen = res.unit_key(wider, None) if wider is not None else chosen
            if chosen and chosen.startswith("place/") and chosen not in res.entities:
                d = divisions.by_key(chosen)
                if d:
                    res.division(d, None)
        report.subject = chosen = _branch_unit(res, chosen)
        previous = chosen or previous
        previous_low = None
    return pending


def _body_start(doc: Document, lead: set[int]) -> int:
    """Where a report's body opens: its first sentence (the lead's last passage, past a date and source line)."""
    return doc.passages[max(lead)].start if lead else len(doc.text)


def _branch_unit(res: Registry, key: str | None) -> str | None:
    """A village's, community's or town's own Party body or government (A村党总支, B镇党委, B镇人民政府) reports
    for its place, as 县委 does for its county."""
    body, owner = res.entities.get(key or ""), res.entities.get(res.parent.get(key or "", ""))
    if body is None or owner is None or owner.cls not in leads.OWN_PARTY_PLACES:
        return key
    if body.cls != "PartyOrganization" and not (body.cls == "GovernmentAgency" and body.label.endswith("政府")):
        return key
    return res.parent[key or ""] if body.label.startswith(owner.label) else key


_INSTITUTIONS = ("ResearchInstitution", "SocialOrganization")
_GOVERNMENTS = ("政府", "人民政府")


def _busiest_town(doc: Document, lst: list[Cand]) -> Cand | None:
    """A township (else a village or community) that opens its clauses at least twice where no county-level
    unit opens one (a headline's 某区： dateline aside): whom a news story told from a town or a village
    speaks for (its county is only where it lies)."""
    text = doc.text
    doers = [(i, c) for i, c in enumerate(lst) if references.doer_start(text, c.start, c.end)]
    if any(
        c.place is not None and c.place.division.level == 2 and not leads.dateline_unit(doc, lst, i) for i, c in doers
    ):
        return None
    for classes in (("Township",), ("Village", "Community")):  # 在某镇某村，…; 某村推行…; 某村还…: the village's
        towns = Counter(c.text for _, c in doers if c.cls in classes)
        if not towns:
            continue
        name, n = towns.most_common(1)[0]
        if n < 2 or sum(1 for v in towns.values() if v == n) > 1:
            return None
        return next(c for c in lst if c.text == name)
    return None


def _cover_lines(doc: Document, r: int) -> set[int]:
    """The heading lines above a document's first report (its title, when a heading line opens the report)."""
    if r != 0:
        return set()
    return {i for i, p in enumerate(doc.passages) if p.heading and p.report is None and p.end <= doc.reports[0].start}


def _named_more(
    doc: Document, lst: list[Cand], lead: set[int], chosen: str | None, low: Cand | None, span: tuple[int, int]
) -> Cand | None:
    """The town, village, company or institution a title names (past its start, or after a place's
    colon: `low`) when the report names it at least four times and twice as often as the place that
    opened its lead: whose story it is.

    Why: a story about one town often opens on its county's policy (近年来，某市坚持…) and names the
    county a few times more; the unit the title picks out and the text keeps naming is the one it tells of.
    Only the clauses the place opens count for it (not 某市某镇, 地处某市西部的…); a company's,
    school's or hospital's word for its kind opening a clause (公司建立…, 学校推行…) counts for the unit.
    """
    unit = divisions.by_key(chosen) if chosen and chosen.startswith("place/") else None
    if unit is None or unit.level > 2:
        return None
    other = low or leads.titled_elsewhere(doc, lst, lead)
    if other is None:
        return None
    stem = leads.town_stem(other.text) if other.cls == "Township" else ""
    if len(stem) >= 2 and not unit.name.startswith(stem):
        mine = doc.text.count(stem, *span)  # 某某镇, and the town written short (某某推行…) as often as written
    else:  # a town named like its county (某某县|某某镇) counts where its full name is written
        mine = sum(1 for c in lst if c.text.startswith(other.text)) + _kind_words(doc.text, span, other.text)
    theirs = sum(  # the place as a doer: not written before the unit it qualifies, opening its clause
        1
        for k, c in enumerate(lst)
        if c.place is not None
        and c.place.division == unit
        and not (k + 1 < len(lst) and lst[k + 1].start == c.end)
        and references.doer_start(doc.text, c.start, c.end)
    )
    return other if mine >= 4 and mine >= 2 * theirs else None


# a body's word for its kind (the end of its name -> the words it is called by when it opens a clause)
_KIND_WORDS = (
    (("公司", "集团"), re.compile("(?:该|本|我)?(?:公司|集团|企业)")),
    (("中学", "小学", "学校", "幼儿园"), re.compile("(?:该|本|我|全)?校|学校")),
    (("医院", "卫生院", "保健院"), re.compile("(?:该|本|我|全)?院|医院|卫生院")),
    (("合作社",), re.compile("(?:该|本)?社|合作社")),
)


def _kind_words(text: str, span: tuple[int, int], name: str) -> int:
    """How many clauses of the report open on the named body's word for its kind (公司…, 我校…, 该院…)."""
    words = next((w for ends, w in _KIND_WORDS if name.endswith(ends)), None)
    if words is None:
        return 0
    return sum(1 for m in words.finditer(text, *span) if references.doer_start(text, m.start(), m.end()))


def _own_body(c: Cand) -> bool:
    """A body of an enterprise or institution (西安城投集团党委, 兰州理工大学党委), or the institution."""
    f = c.found
    if f is None or f.rule == "central":
        return False
    if f.owner is not None:
        return f.owner.cls in ("Enterprise", "ResearchInstitution", "SocialOrganization", "Township")
    return c.cls == "ResearchInstitution"


def _we(doc: Document, lead: set[int]) -> int | None:
    """Where the lead's first body sentence opens on 我们 (a government work report's voice), if it does."""
    for i in sorted(lead):
        p = doc.passages[i]
        if not p.heading:
            at = doc.text.find("我们", p.start, p.end)
            return at if at >= 0 and references.doer_start(doc.text, at, at + 2) else None
    return None


def _titled_self(cover: list[Cand], self_ref: re.Match[str] | None) -> Cand | None:
    """The town, village or community a document's title names when its report speaks of itself at that
    level (某县某镇2023年工作总结 over 今年以来，我镇党委…): the title names whom 我镇 stands for."""
    classes = LEVEL_CLASSES.get(references.reference_level(self_ref), ()) if self_ref is not None else ()
    if not set(classes) & {"Township", "Village", "Community"}:
        return None
    return next((c for c in reversed(cover) if c.cls in classes), None)


def _self_reference(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first clause-opening 我县/本市/全区 of a report, if any."""
    for m in references.REFERENCE.finditer(text, start, end):
        if m.group(0)[0] in "我本全" and references.doer_start(text, m.start(), m.end()):
            return m
    return None


def subject_unit(res: Registry, key: str | None) -> Division | str | None:
    """The unit a subject key belongs to: itself for a place, the unit a body is partOf otherwise."""
    if key is None:
        return None
    if key.startswith("place/"):
        return divisions.by_key(key) or key
    parent = res.parent.get(key)
    return subject_unit(res, parent) if parent else None


def _municipality(d: Division) -> bool:
    """A province-level city (北京市, 天津市, 上海市, 重庆市): what 市 means there."""
    return d.cls == "Province" and d.name.endswith("市")


_BY_REPORT: list[tuple[list[Cand], int, dict[int | None, list[Cand]]]] = []


def _by_report(doc: Document, cands: list[Cand]) -> dict[int | None, list[Cand]]:
    """Report -> its candidates in list order, indexed once per list and length: `level_unit` walking back
    over every earlier candidate is quadratic on a long text. Holds the list itself, not its id()."""
    if not _BY_REPORT or _BY_REPORT[0][0] is not cands or _BY_REPORT[0][1] != len(cands):
        index: dict[int | None, list[Cand]] = {}
        for o in cands:
            index.setdefault(doc.passages[o.passage].report, []).append(o)
        _BY_REPORT[:] = [(cands, len(cands), index)]
    return _BY_REPORT[0][2]


def level_unit(
    level: str,
    c: Cand,
    cands: list[Cand],
    res: Registry,
    province: Division | None,
    city: Division | None,
    place: Division | None,
    subject: str | None,
) -> Division | str | None:
    """The unit a bare level character stands for in this place of the text."""
    if level == "省":
        return province
    sub = subject_unit(res, subject)
    sub_div = sub if isinstance(sub, Division) else None
    classes = LEVEL_CLASSES.get(level, ())
    if level == "":
        return sub if sub is not None else place
    if sub_div is not None and sub_div.cls in classes:
        return sub_div
    if isinstance(sub, str) and res.unit_key_cls.get(sub) in classes:
        return sub  # 全镇/我镇 in 敬信镇's report
    if level == "市":  # the nearest city: a county-level city's own (全市 in 寿光市's report), a prefecture,
        for d in (sub_div, place):  # or a municipality (天津市) that has none
            if d is not None:
                pref = next((a for a in divisions.chain(d) if a.cls in classes or _municipality(a)), None)
                if pref is not None:
                    return pref
        if city is None and province is not None and _municipality(province):
            return province
        return city
    report = res.doc.passages[c.passage].report
    for other in reversed(_by_report(res.doc, cands).get(report, [])):
        if other.start >= c.start:
            continue
        if other.place is not None and other.place.division.cls in classes:
            return other.place.division
        if other.place is None and other.cls in classes and other.key:
            return other.key  # 复兴村…村里: the village named before
        owner = other.found.owner if other.found is not None else None
        if owner is not None and owner.cls in classes and other.key and other.key in res.parent:
            return res.parent[other.key]  # 复兴村党支部…全村: the village whose body was named before
    if place is not None and place.cls in classes:
        return place
    return None
