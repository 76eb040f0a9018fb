"""Partners a sentence names beside its doer: bodies that act with it, and bodies it brings in.

A deed written as X联合Y开展Z, X会同Y推行Z or 与Y共同建立Z is X's deed done with a partner: X does Z
and works with Y (Y's own deed is written with Y as a subject: X与Y建立Z lists both, see `doers`).
A body brought in to run something (引入A公司运营, 引进B协会专业人员), drawn in to invest (吸引D公司投资建设…)
or leaned on (依托C大学举办…) is a partner of the doer: a company, a social organization or an institution,
never a place or an office (依托镇文化站 names a facility, not a partner).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.document import Document, Mention
from loaders.relations.divisions import contains, own_body
from loaders.relations.doers import actor_of
from loaders.relations.mentions import org_mentions
from loaders.relations.recognition import Add
from loaders.relations.verbs import DOING

__all__ = ["brought_in", "joined", "led_units", "widened"]

# the word that makes the next bodies co-subjects; 与 of 参与/给与 is no such word
_JOINING = re.compile(r"(?<![参给授赋予])(?:联合|联系|会同|协同|携手|联手|联动|配合|同|与)(?:[^，,。；;、“”]{0,5}的)?$")
# between the last partner and the activity: a closing 等N个部门, 共同, then the verb that introduces it
_CO_VERB = re.compile(r"(?:等[^，,。；;“”]{0,8}?)?(?:共同|一起|一道|合力|联合|协同|协力|携手)?" + DOING)
_INTRODUCED = re.compile(DOING + "$")
_SEPARATORS = ("、", "和", "及", "与")


def joined(doc: Document, m: Mention) -> list[str]:
    """The partners named between a joining word and the verb that introduces activity `m`
    (团县委联合县教育局开展“…”活动 → 县教育局; 与上游的A、B共同建立…机制 → A and B)."""
    text = doc.text
    if not _INTRODUCED.search(text, max(0, m.start - 6), m.start):
        return []  # no verb introduces the activity: no partner can stand before it
    orgs = [o for o in org_mentions(doc, m.passage) if o.end <= m.start and o.key]
    if not orgs or not _CO_VERB.fullmatch(text, orgs[-1].end, m.start):
        return []
    chain = [orgs[-1]]
    k = len(orgs) - 1
    while k > 0 and (orgs[k - 1].end == chain[0].start or text[orgs[k - 1].end : chain[0].start] in _SEPARATORS):
        k -= 1
        chain.insert(0, orgs[k])
    lo = max(doc.passages[m.passage].start, chain[0].start - 12)
    if not _JOINING.search(text, lo, chain[0].start):
        return []
    # an address chain (A市|B区) counts its last unit only
    return [o.key for o in chain if o.key and not any(p.start == o.end for p in chain)]


# the verb, perhaps with what kind of body it brings (引入国有企业A公司, 聘请第三方服务机构B公司)
_BRINGS = re.compile(r"(?P<verb>引入|引进|依托|借助|聘请|吸引)(?:[\u4e00-\u9fff]{0,8}?(?:企业|机构|组织))?$")
# a body brought in works for the doer (引入A公司运营, 吸引B公司投资建设); 引进A公司等企业3家 only counts firms
_TO_WORK = re.compile(
    r"(?:的|等[^，,。；;“”]{0,4}?)?(?:专业|力量|参与|负责|运营|托管|开展|提供|承接|实施|派驻|进驻|定期|为|对|投资|入股)"
)
_PARTNER_KINDS = frozenset({"Enterprise", "SocialOrganization", "ResearchInstitution"})
_SCHOOLS = ("党校", "行政学院")  # a party school teaches for whoever leans on it, as a university does


def brought_in(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
    """依托A大学、B协会… / 引入C公司运营…: the doer of the clause works with the bodies it brings in."""
    text = doc.text
    for k, m in enumerate(orgs):
        verb = _BRINGS.search(text, max(doc.passages[i].start, m.start - 12), m.start)
        if verb is None or (k and orgs[k - 1].end > verb.start()):
            continue
        chain = [m]
        while k + 1 < len(orgs) and text[chain[-1].end : orgs[k + 1].start] in ("、", "和", "及", ""):
            k += 1
            chain.append(orgs[k])
        actor = actor_of(doc, i, verb.start())
        if actor is None or (
            verb["verb"] in ("引入", "引进", "聘请", "吸引") and not _TO_WORK.match(text, chain[-1].end)
        ):
            continue
        for o in chain:
            if any(c.start == o.end for c in chain):
                continue  # 依托A市|B公司: the chain's last unit
            ent = doc.entities.get(o.key or "")
            kind = ent is not None and (ent.cls in _PARTNER_KINDS or ent.label.endswith(_SCHOOLS))
            if kind and o.key != actor and not contains(o.key or "", actor) and not own_body(doc, o.key or "", actor):
                add(actor, "collaboratesWith", o.key or "", i)


_BRANCH = re.compile(r"(?:中共)?(?P<unit>.{2,}?)(?:党委|党总支|党支部)")


def led_units(doc: Document) -> dict[str, str]:
    """Each party committee or branch named for its own unit (某某公司党支部, 某村党总支) -> that unit: the
    branch stands for its unit, leads it and reports for it."""
    led: dict[str, str] = {}
    for r in doc.relations:
        part, whole = doc.entities.get(r.subject), doc.entities.get(r.object)
        if r.predicate != "partOf" or part is None or whole is None or part.cls != "PartyOrganization":
            continue
        branch = _BRANCH.fullmatch(part.label)
        if branch is not None and (branch["unit"] in whole.alt_labels or whole.label.endswith(branch["unit"])):
            led.setdefault(r.subject, r.object)
    return led


def widened(doc: Document) -> Callable[[str, str], list[tuple[str, str]]]:
    """The wider pairs a partnership (subject, partner) also makes: a unit's own party committee or branch
    (某某公司党支部, 某村党总支) stands for its unit (A公司党支部与B村党总支结对共建: A and B work together), and
    a university's school (某大学某学院) for the university (与某大学某学院合作: with the university too)."""
    led = led_units(doc)
    schools: dict[str, str] = {}
    for r in doc.relations:
        part, whole = doc.entities.get(r.subject), doc.entities.get(r.object)
        if r.predicate != "partOf" or part is None or whole is None:
            continue
        if part.cls == whole.cls == "ResearchInstitution" and part.label.startswith(whole.label):
            schools.setdefault(r.subject, r.object)

    def pairs(subject: str, partner: str) -> list[tuple[str, str]]:
        out = [(led[subject], led.get(partner, partner))] if subject in led else []
        return [*out, (subject, schools[partner])] if partner in schools else out

    return pairs
