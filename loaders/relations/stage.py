"""Stage 6: who does what: implements / uses, collaboratesWith, recognizedBy, stated componentOf.

A report's subject does everything its report describes unless the sentence names another actor
(an enterprise, a community, a department) before the activity: `doers` says which. Cooperation is
read in `cooperation` from its trigger words (联合, 携手, 与…签约, 由X牵头…组成, 聘请…等N名A大学教授) and
the organizations named around them, and in `partners` beside a deed; recognition in `recognition`, the
parts a sentence states in `components`.

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
from loaders.relations.agents import founder, scene_of
from loaders.relations.components import stated_components
from loaders.relations.containment import core_members, memberships, stated_parents, subject_units
from loaders.relations.cooperation import LEADS, co_hosts, collaborations, drawn_from, helpers, led
from loaders.relations.divisions import contains, own_body
from loaders.relations.doers import actor_of
from loaders.relations.fronted import defined_owner, fronted_doer
from loaders.relations.mentions import org_mentions
from loaders.relations.partners import brought_in, joined, widened
from loaders.relations.ranking import activity_doers
from loaders.relations.recognition import announced, level_recognitions, recognitions
from loaders.relations.verbs import verb_subject

__all__ = ["REQUIRES", "SETS", "actor_of", "run"]

REQUIRES = ("passages", "reports", "mentions", "entities")
SETS = ("relations",)

_OWNERS = frozenset({"Village", "Community", "Enterprise", "SocialOrganization"})
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
        if owner is None and doc.text.startswith("的", m.start - 1):
            owner = ends.get((m.passage, m.start - 1))  # 推广甲镇的“X”、乙村的“Y”等做法: each unit's own
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
        if (scene := scene_of(doc, m)) is not None and scene not in actors:
            actors = [*actors, scene]  # 在某村…。这是某区开展X的一个场景: the village does X as well
        for actor in actors:  # 孚能科技、金力永磁等企业建立…: each
            add(_leader_as_unit(doc, actor, m.passage), does, m.key or "", m.passage)
            if (unit := selves.local_unit(doc, actor)) is not None:
                add(unit, does, m.key or "", m.passage)  # 某社区党委推行…: the committee, and the community it leads
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
            collaborations(doc, i, orgs, add)
            helpers(doc, i, orgs, add)
            drawn_from(doc, i, orgs, add)
            brought_in(doc, i, orgs, add)
            co_hosts(doc, i, orgs, add)
            led(doc, i, orgs, add)
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
        if not o.key or not LEADS.match(text, o.end):
            continue
        first = k
        while first > 0 and orgs[first - 1].end == orgs[first].start:
            first -= 1
        if text.startswith("由", orgs[first].start - 1):
            return [o.key]
    return []


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
