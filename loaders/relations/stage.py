"""Stage 6: who does what: implements / uses, collaboratesWith, recognizedBy, stated componentOf.

A report's subject does everything its report describes unless the sentence names another actor
(an enterprise, a community, a department) before the activity: `doers` says which. Cooperation is
read here from its trigger words (联合, 携手, 与…签约, 由X牵头…组成, 聘请…等N名A大学教授) and the
organizations named around them; recognition in `recognition`, the parts a sentence states in
`components`.

>>> from pathlib import Path
>>> from loaders.document import Entity, Mention, Passage, Report
>>> d = Document(path=Path("x.txt"), text="某县经验\\n某县开展“双报到”活动。")
>>> d.passages = [Passage(0, 4, 0, True), Passage(5, 17, 0)]
>>> d.reports = [Report("某县经验", 0, 17, subject="place/1")]
>>> d.entities = {"place/1": Entity("place/1", "某县", "County")}
>>> d.entities["activity/双报到"] = Entity("activity/双报到", "“双报到”活动", "Initiative")
>>> d.mentions = [Mention(9, 16, "“双报到”活动", "Initiative", 1, key="activity/双报到")]
>>> [(r.subject, r.predicate, r.object) for r in run(d).relations]
[('place/1', 'implements', 'activity/双报到')]
"""

from __future__ import annotations

import re

from loaders import names
from loaders.activities.parts import ACTIVITY_CLASSES as _ACTIVITY
from loaders.document import Document, Mention, Relation
from loaders.relations import selves
from loaders.relations.agents import founder
from loaders.relations.components import stated_components
from loaders.relations.containment import core_members, memberships, stated_parents, subject_units
from loaders.relations.doers import (
    actor_of,
    clause_end,
    contains,
    defined_owner,
    doers,
    fronted_doer,
    verb_subject,
)
from loaders.relations.mentions import org_mentions
from loaders.relations.partners import brought_in, joined, own_body, widened
from loaders.relations.ranking import activity_doers
from loaders.relations.recognition import Add, announced, level_recognitions, recognitions
from loaders.scanning import gated

__all__ = ["REQUIRES", "SETS", "actor_of", "run"]

REQUIRES = ("passages", "reports", "mentions", "entities")
SETS = ("relations",)

_OWNERS = frozenset({"Village", "Community", "Enterprise", "SocialOrganization"})
# 对接X (liaise with), 帮扶X (aid by pairing: 定点帮扶, 结对帮扶): the body named right after works with the doer
_COLLAB = gated(r"联合|携手|与|同|和|会同|协同|整合|联动|对接|(?:定点|结对|对口)?帮扶")
_NEARBY = re.compile(r"(?:辖区|区域|片区|周边)内?的?|驻[区镇村街社][的]?")  # 整合区域内A银行、B公司…资源
_COLLAB_VERB = re.compile(r"签约|签订|签署|合作|协作|协同|共建|联建|结对|携手|联合|联动|共同|合力|协力|帮扶")
_UNNAMED_BODY = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:部门|机关|单位|系统)")
# 与X建立联盟 / 同X开展合作: a deed done with X (and the verbs of working together); 和 joins lists, so it needs those
_JOINT_VERB = re.compile(_COLLAB_VERB.pattern + r"|建立|成立|组建|搭建|开展|举办|打造")
_COUNTED = re.compile(r"[\d一二三四五六七八九十百]+(?:余|多)?[名位个支家所]")  # 与10名A医院专家: people of A
_PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|自治区|自治州|州|盟)")  # 同开封市祥符区
_HELPING = re.compile("(?:支持|指导|引导|帮助|鼓励|推动|动员|督促)$")
_HELPED_ACT = re.compile(
    "(?:等[\u4e00-\u9fff]{0,4})?(?:建设|建立|设立|成立|开展|实施|打造|创建|推行|组建|探索|落实)[\u4e00-\u9fff]{0,2}"
)


# a partner or an honour of the subject's own party leadership (某村党总支, 公司党委) is the subject's too; the
# leadership keeps its own edge, since an honour may name it (先进基层党组织)
_OWNED = frozenset({"collaboratesWith", "recognizedBy"})


def run(doc: Document) -> Document:
    """Add implements/uses, collaboratesWith and recognizedBy relations to `doc`."""
    seen = {(r.subject, r.predicate, r.object) for r in doc.relations}

    wider = widened(doc)

    def add(s: str, p: str, o: str, i: int) -> None:
        if p in _OWNED and (unit := selves.own(doc, i, s)) is not None and unit != s:
            _add(unit, p, o, i)  # 公司党委联合X… / 某村党总支获评…: the unit its own party leadership acts for
        for wide_s, wide_o in wider(s, o) if p == "collaboratesWith" else ():
            _add(wide_s, p, wide_o, i)  # A公司党支部与B村党总支结对共建: A and B work together too
        _add(s, p, o, i)

    def _add(s: str, p: str, o: str, i: int) -> None:
        if s != o and (s, p, o) not in seen and s in doc.entities and o in doc.entities:
            seen.add((s, p, o))
            doc.relations.append(Relation(s, p, o, i))

    orgs_by_passage: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.key and m.cls not in _ACTIVITY:
            orgs_by_passage.setdefault(m.passage, []).append(m)
    ends = {(m.passage, m.end): m for m in doc.mentions if m.key and m.cls not in _ACTIVITY}
    for m in doc.mentions:
        ent = doc.entities.get(m.key or "")
        if ent is None or m.cls not in _ACTIVITY:
            continue
        does = "implements" if ent.cls == "Initiative" else "uses"
        if _named_in_body(m, orgs_by_passage.get(m.passage, [])):
            if (subject := names.subject_of(doc, m.passage)) is not None:
                add(subject, does, m.key or "", m.passage)  # 县河长制办公室: the unit has the office's practice
            continue
        # an organization written right before the name owns it: 卫河社区“小马扎”议事会 (the owner is the
        # doer), 贯彻落实省委“百县千镇万村…工程” (the body's programme, which the doer also carries out)
        owner = ends.get((m.passage, m.start))
        if owner is not None and owner.key and not owner.text.startswith("全"):
            add(_leader_as_unit(doc, owner.key, m.passage), does, m.key or "", m.passage)
            learnt = _LEARNT.search(doc.text, max(0, owner.start - 6), owner.start)  # 学习借鉴某县“某某”经验
            if learnt or owner.cls in _OWNERS or contains(names.subject_of(doc, m.passage) or "", owner.key):
                continue  # 做好某市“某某”创建工作 in its prefecture's report: the city's own practice
        if (deployer := _deployer(doc, m, orgs_by_passage.get(m.passage, []))) is not None:
            add(deployer, does, m.key or "", m.passage)  # 落实区委关于“X”的部署: the district's X, the doer's too
        helped = _helped(doc, m) or _assigned(doc, m) or _leader(doc, m)
        if not helped and (subject := verb_subject(doc, m) or defined_owner(doc, m)) is not None:
            helped = [subject]
        actors = helped or activity_doers(doc, m)
        if not helped and actors == [names.subject_of(doc, m.passage)] and (later := fronted_doer(doc, m)):
            actors = [*actors, later]  # 落实X,A医院与…签订: the report's subject carries X out through A, and A does it
        elif not helped and (founding := founder(doc, m)) is not None and founding not in actors:
            actors = [*actors, founding]  # 村党支部领办成立A合作社，探索X: the village does X with its cooperative
        for actor in actors:  # 孚能科技、金力永磁等企业建立…: each
            add(_leader_as_unit(doc, actor, m.passage), does, m.key or "", m.passage)
            if (unit := _state_owner(doc, actor)) is not None:
                add(unit, does, m.key or "", m.passage)
        for partner in joined(doc, m):  # 团县委联合县教育局开展…: a partner of the doer, not a doer
            if (
                actors
                and not contains(partner, actors[0])
                and not contains(actors[0], partner)
                and not own_body(doc, partner, actors[0])
            ):
                add(actors[0], "collaboratesWith", partner, m.passage)
        if not helped and len(actors) > 1 and all(_is_body(doc, a) for a in actors):
            for other in actors[1:]:  # 区委组织部、区社会工作党委…推动组建: bodies that act together
                add(actors[0], "collaboratesWith", other, m.passage)
            for k, other in enumerate(actors[2:], 2):  # A、B与C建立…: C works with each body before it
                if _joined_by_with(doc, m.passage, other):
                    for before in actors[1:k]:
                        add(before, "collaboratesWith", other, m.passage)
    parents: dict[str, str] = {}
    for r in doc.relations:
        if r.predicate == "partOf":
            parents.setdefault(r.subject, r.object)
    for i in range(len(doc.passages)):
        orgs = sorted(orgs_by_passage.get(i, []), key=lambda m: m.start)
        if orgs:
            stated_parents(doc, i, orgs, parents, add)
            memberships(doc, i, orgs, add)
            _collaborations(doc, i, orgs, add)
            _helpers(doc, i, orgs, add)
            _drawn_from(doc, i, orgs, add)
            brought_in(doc, i, orgs, add)
            _co_hosts(doc, i, orgs, add)
            _led(doc, i, orgs, add)
            recognitions(doc, i, orgs, add)
        level_recognitions(doc, i, add)
        announced(doc, i, orgs, add)
    subject_units(doc, parents, add)
    core_members(doc, add)
    stated_components(doc)
    return doc


_ABOUT = re.compile(r"关于[^，,。；;！？!?\n]*$")
_DEPLOYED = re.compile(r"[^，,。；;！？!?\n]*?的(?:决策)?(?:部署|要求|安排)")


_LEARNT = re.compile("(?:学习|借鉴|考察|观摩|取经)$")  # learning from another's practice is no use of it


def _named_in_body(m: Mention, orgs: list[Mention]) -> bool:
    """Whether the practice is written inside a body's name (县河长制办公室制定…): the body exists for it, and
    what its sentence does is the body's deed, not the practice's use."""
    return any(o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end) for o in orgs)


def _deployer(doc: Document, m: Mention, orgs: list[Mention]) -> str | None:
    """The body whose decision names a practice (落实区委关于X的部署要求, 按照县委关于X的安排): the practice is
    that body's, a unit's general leadership standing for its unit, as well as the doer's who carries it out."""
    before = [o for o in orgs if o.end <= m.start and _ABOUT.match(doc.text, o.end, m.start)]
    if not before or not _DEPLOYED.match(doc.text, m.end):
        return None
    body = before[-1]
    ent = doc.entities.get(body.key or "")
    lead = selves.LEADERSHIP.fullmatch(ent.label) if ent is not None and ent.cls == "PartyOrganization" else None
    units = [k for k, e in doc.entities.items() if lead and lead["unit"] in {e.label, *e.alt_labels}] if lead else []
    return units[0] if units else body.key


def _leader_as_unit(doc: Document, actor: str, passage: int) -> str:
    """The report subject's own committee or government acts for it: 靖西市委印发… → 靖西市 does it.

    Only the unit's general leadership (县委, 市政府): a department (县委组织部) or another unit's
    committee (省委) is another actor and keeps the deed.
    """
    subject = names.subject_of(doc, passage)
    ent, unit = doc.entities.get(actor), doc.entities.get(subject or "")
    if subject is None or ent is None or unit is None or ent.cls not in ("PartyOrganization", "GovernmentAgency"):
        return actor
    m = selves.LEADERSHIP.fullmatch(ent.label)
    return subject if m and m["unit"] in {unit.label, *unit.alt_labels} else actor


_STATE_OWNED = re.compile(r"(?P<unit>.+?[省市县区旗])(?:国有|国资|城投|城建投|国投|县属|市属|区属)")


def _state_owner(doc: Document, actor: str) -> str | None:
    """A unit's state-owned company is its instrument: what 某县国有企业投资公司 sets up, 某县 does as well."""
    ent = doc.entities.get(actor)
    if ent is None or ent.cls != "Enterprise" or (m := _STATE_OWNED.match(ent.label)) is None:
        return None
    return next(
        (k for k, e in doc.entities.items() if k.startswith("place/") and m["unit"] in {e.label, *e.alt_labels}),
        None,
    )


def _collaborations(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
    text, p = doc.text, doc.passages[i]
    for t in _COLLAB.finditer(text, p.start, p.end):
        if any(m.start <= t.start() < m.end for m in orgs):
            continue  # 工信和科技局: a word of a name
        end = clause_end(text, t.end(), p.end)
        partners = [m for m in orgs if t.end() <= m.start < end]
        if not partners or (
            partners[0].start - t.end() > 2
            and not _PLACE_PREFIX.fullmatch(text, t.end(), partners[0].start)
            and not _NEARBY.fullmatch(text, t.end(), partners[0].start)
            and not _COUNTED.fullmatch(text, t.end(), partners[0].start)
        ):
            continue
        if t.group(0) in ("与", "同", "和"):
            verbs = _COLLAB_VERB if t.group(0) == "和" else _JOINT_VERB
            verb = next(
                (
                    v
                    for v in verbs.finditer(text, partners[0].end, end)
                    if not any(m.start <= v.start() < m.end for m in partners)
                ),
                None,
            )
            if verb is None:
                continue
            partners = [m for m in partners if m.start < verb.start()]  # 与A、B共建|C: C is what they build
        actors = doers(doc, i, t.start())  # A、B要会同C…: each body listed as doer works with C
        written = next((m for m in orgs if m.end == t.start()), None)
        if written is not None and written.key and written.key not in actors:
            actors = [written.key]  # 园区内的A公司与B县签订…: the body written right before 与 works with B
        for k, m in enumerate(partners):
            at = k
            while at + 1 < len(partners) and partners[at + 1].start == partners[at].end:
                at += 1
            if at != k or (m.key and m.key.startswith("place/") and _UNNAMED_BODY.match(text, m.end)):
                continue  # 与A市|B区: the chain's last unit; 联合A省B市司法部门: a body of the place, not the place
            for actor in actors:
                if m.key and m.key != actor and not contains(m.key, actor) and not own_body(doc, m.key, actor):
                    add(actor, "collaboratesWith", m.key, i)  # 上海|电信: no unit works with its own city or office


_HELPER_ROLE = re.compile(r"等?(?:[\d一二三四五六七八九十]+[个家])?(?:定点|结对|对口)?(?:帮扶|共建|协作)单位")
_HELPED_BY = re.compile(r"的(?:大力|倾力|精准)?(?:定点|结对|对口)?(?:帮扶|帮助)下")


def _helpers(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
    """A、B等帮扶单位…: bodies named as the report subject's aiding or partner units work with it; 在A的帮扶下,
    …: A works with the doer of the clause after it."""
    text = doc.text
    subject = names.subject_of(doc, i)
    for k, m in enumerate(orgs):
        if m.key and text.startswith("在", m.start - 1) and (aid := _HELPED_BY.match(text, m.end)) is not None:
            nxt = next((o for o in orgs if o.start > aid.end()), None)  # the body opening the clause after it
            actor = actor_of(doc, i, nxt.end if nxt is not None and nxt.start <= aid.end() + 1 else aid.end() + 1)
            if actor and actor != m.key and not contains(m.key, actor) and not own_body(doc, m.key, actor):
                add(actor, "collaboratesWith", m.key, i)
        if subject is None or not _HELPER_ROLE.match(text, m.end):
            continue
        chain = [m]
        while k > 0 and text[orgs[k - 1].end : chain[0].start] in ("、", "和", "及", "与", ""):
            k -= 1
            chain.insert(0, orgs[k])
        for o in chain:
            if o.key and not any(c.start == o.end for c in chain) and not contains(o.key, subject):
                add(subject, "collaboratesWith", o.key, i)  # 深圳市|龙华区: the chain's last unit


_DRAWS = re.compile(r"(?:柔性)?(?:引进|聘请|邀请|引入)$")
_SCHOLARLY = frozenset({"ResearchInstitution"})
# 聘请张三、李四等12名|C大学…: the people drawn, counted, before the body they come from
_DRAWS_COUNTED = re.compile(
    r"(?:柔性)?(?:引进|聘请|邀请|引入|选聘)(?:[\u4e00-\u9fff、]{0,12}等)?[\d一二三四五六七八九十百]+(?:余|多)?[名位个支]$"
)
_NEXT_DRAWN = re.compile(r"[、和及][\d一二三四五六七八九十百]+(?:余|多)?[名位个支]")
_PEOPLE = re.compile(
    r"(?:等)?[\u4e00-\u9fff]{0,4}(?:专家|教授|人才|团队|志愿者|特派员|骨干|医生|医师|教师|博士|学者|顾问|技术人员|讲师)"
)


_LEADS = re.compile(r"[，,、]?(?:牵头|主导|负责统筹)[，,、]?")
_JOINS = re.compile(  # …、民政局、住建局等部门组成: the list may go on with bodies of no known name
    r"(?:[、和及与][^，,。；;、]{1,10}?)*(?:等)?(?:[\u4e00-\u9fff]{0,4}(?:单位|部门))?(?:共同|联合)?"
    r"(?:组成|参与|配合|协同|组建)"
)


_OFFICES = frozenset({"PartyOrganization", "GovernmentAgency"})


def _is_body(doc: Document, key: str) -> bool:
    """A party or government body: bodies listed as one doer act together; listed places or enterprises
    are parallel examples."""
    ent = doc.entities.get(key)
    return ent is not None and ent.cls in _OFFICES


def _joined_by_with(doc: Document, passage: int, key: str) -> bool:
    """Whether `key` is listed after 与/同 (A、B与C): the bodies before it act with it, not beside it."""
    return any(o.key == key and doc.text[o.start - 1 : o.start] in ("与", "同") for o in org_mentions(doc, passage))


def _leader(doc: Document, m: Mention) -> list[str]:
    """由X牵头,A、B组成的工作队: the body that leads forms the team (the last unit of 由遂昌县|妙高街道)."""
    text = doc.text
    if not text.endswith(("组成的", "组建的"), max(0, m.start - 3), m.start):
        return []
    orgs = [o for o in org_mentions(doc, m.passage) if o.end < m.start]
    for k, o in enumerate(orgs):
        if not o.key or not _LEADS.match(text, o.end):
            continue
        first = k
        while first > 0 and orgs[first - 1].end == orgs[first].start:
            first -= 1
        if text.startswith("由", orgs[first].start - 1):
            return [o.key]
    return []


def _led(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
    """由X牵头,A、B组成的工作队 / X牵头,A、B参与: the lead body works with those who join it."""
    text = doc.text
    for k, m in enumerate(orgs):
        lead = _LEADS.match(text, m.end)
        if lead is None or not m.key or (k + 1 < len(orgs) and orgs[k + 1].start == m.end):
            continue
        chain, j = [], k + 1
        at = lead.end()
        while j < len(orgs) and orgs[j].start == at:
            chain.append(orgs[j])
            at = orgs[j].end + (1 if text[orgs[j].end : orgs[j].end + 1] in "、和及与" else 0)
            j += 1
        if chain and _JOINS.match(text, chain[-1].end):
            for o in chain:
                if o.key and o.key != m.key:
                    add(m.key, "collaboratesWith", o.key, i)


_HOSTS = re.compile(r"主办")
_CO_HOSTS = re.compile(r"承办|协办|联办")


def _co_hosts(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
    """活动由X主办,A、B承办: the host works with those who co-organise its event."""
    text, p = doc.text, doc.passages[i]
    host = _HOSTS.search(text, p.start, p.end)
    co = _CO_HOSTS.search(text, p.start, p.end)
    if host is None or co is None:
        return
    hosts = [m for m in orgs if m.end <= host.start() and host.start() - m.end <= 1]
    lo = max(host.end(), max(text.rfind(c, host.end(), co.start()) for c in "，,；;") + 1)
    helpers = [m for m in orgs if lo <= m.start and m.end <= co.start()]
    for h in hosts:
        for m in helpers:
            if h.key and m.key and h.key != m.key:
                add(h.key, "collaboratesWith", m.key, i)


def _drawn_from(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
    """柔性引进A大学、B研究院等…专家 / 聘请张三等12名C大学教授: the bodies a unit draws people from work with it.

    A university or institute counts wherever it follows the verb; any other body (a city, a hospital) only
    when the people drawn are named after it (40名X市专业技术人才).
    """
    text = doc.text
    for k, m in enumerate(orgs):
        verb = _DRAWS.search(text, max(0, m.start - 4), m.start)
        if verb is None:
            verb = _DRAWS_COUNTED.search(text, max(doc.passages[i].start, m.start - 24), m.start)
            if verb is None or (k and orgs[k - 1].end > verb.start()):
                continue  # another body stands between the verb and this one
        chain = [m]
        while k + 1 < len(orgs) and text[chain[-1].end : orgs[k + 1].start] in ("、", "和", "及"):
            k += 1
            chain.append(orgs[k])
        people = _PEOPLE.match(text, chain[-1].end)
        while people and k + 1 < len(orgs) and _NEXT_DRAWN.fullmatch(text, people.end(), orgs[k + 1].start):
            k += 1  # 引进40名A市人才、6名B大学志愿者: the list of people drawn goes on
            chain.append(orgs[k])
            people = _PEOPLE.match(text, orgs[k].end)
        actor = actor_of(doc, i, m.start)
        for o in chain:
            ent = doc.entities.get(o.key or "")
            if actor and ent is not None and (ent.cls in _SCHOLARLY or people) and o.key != actor:
                add(actor, "collaboratesWith", o.key or "", i)


def _helped(doc: Document, m: Mention) -> list[str]:
    """Organizations the doer makes act (支持孚能科技、金力永磁等企业建设博士后科研工作站): they do it."""
    text = doc.text
    orgs = [o for o in org_mentions(doc, m.passage) if o.end <= m.start and m.start - o.end <= 12]
    if not orgs or not _HELPED_ACT.fullmatch(text, orgs[-1].end, m.start):
        return []
    chain = [orgs[-1]]
    k = len(orgs) - 1
    while k > 0 and text[orgs[k - 1].end : chain[0].start] in ("、", "和", "与", "及"):
        k -= 1
        chain.insert(0, orgs[k])
    if not _HELPING.search(text, max(0, chain[0].start - 4), chain[0].start):
        return []
    return [o.key for o in chain if o.key]


_ASSIGNED_TO = re.compile("(?:负责|牵头|具体负责|组织|统筹|承担)[^，,。；;]{0,6}")


def _assigned(doc: Document, m: Mention) -> list[str]:
    """由县农业农村局负责实施…工程: the body the work is assigned to does it."""
    text = doc.text
    if "由" not in text[max(0, m.start - 30) : m.start]:
        return []
    orgs = [o for o in org_mentions(doc, m.passage) if o.end <= m.start and m.start - o.end <= 10]
    if not orgs or not orgs[-1].key or text[orgs[-1].start - 1 : orgs[-1].start] != "由":
        return []
    return [orgs[-1].key] if _ASSIGNED_TO.fullmatch(text, orgs[-1].end, m.start) else []
