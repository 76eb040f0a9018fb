"""Who works with whom, read over a passage's organizations: collaboratesWith edges the sentence states.

A joining word with the bodies after it (与A、B共建…, 联合A开展…, 携手A) makes them the doer's partners;
units named as aiding or partner units (A、B等帮扶单位, 在A的帮扶下) work with the report's subject or the
clause's doer; the bodies a unit draws people from (柔性引进A大学专家, 聘请12名B医院医生) work with it; a
host works with those who co-organise its event (由X主办，A、B承办), and a lead body with those who join
it (由X牵头，A、B组成).
"""

from __future__ import annotations

import re

from loaders import names
from loaders.document import Document, Mention
from loaders.names import divisions
from loaders.relations.clauses import clause_end
from loaders.relations.divisions import contains, own_body
from loaders.relations.doers import actor_of, doers
from loaders.relations.recognition import Add
from loaders.scanning import gated

__all__ = ["LEADS", "co_hosts", "collaborations", "drawn_from", "helpers", "led"]

# 对接X (liaise with), 帮扶X (aid by pairing: 定点帮扶, 结对帮扶): the body named right after works with the doer
_COLLAB = gated(r"联合|携手|与|同|和|会同|协同|整合|联动|对接|(?:定点|结对|对口)?帮扶")
_NEARBY = re.compile(r"(?:辖区|区域|片区|周边)内?的?|驻[区镇村街社][的]?")  # 整合区域内A银行、B公司…资源
_COLLAB_VERB = re.compile(r"签约|签订|签署|合作|协作|协同|共建|联建|结对|携手|联合|联动|共同|合力|协力|帮扶")
_UNNAMED_BODY = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:部门|机关|单位|系统)")
# 与X建立联盟 / 同X开展合作: a deed done with X (and the verbs of working together); 和 joins lists, so it needs those
_JOINT_VERB = re.compile(_COLLAB_VERB.pattern + r"|建立|成立|组建|搭建|开展|举办|打造")
_COUNTED = re.compile(r"[\d一二三四五六七八九十百]+(?:余|多)?[名位个支家所]")  # 与10名A医院专家: people of A
_PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{1,6}(?:省|市|自治区|自治州|州|盟)")  # 同开封市祥符区


def collaborations(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
    """联合A / 携手A / 与A、B共建…: the doers of the clause work with the bodies after a joining word (after 与, 同
    or 和 only when a verb of working together follows them)."""
    text, p = doc.text, doc.passages[i]
    for t in _COLLAB.finditer(text, p.start, p.end):
        named_after = any(m.start == t.end() for m in orgs)  # 会同|县审计局: the word, a body named right after it
        if any(m.start <= t.start() < m.end for m in orgs) or (_opens_division(text, t.start()) and not named_after):
            continue  # 工信和科技局, 走进会同县…: a word of a name
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


def _opens_division(text: str, at: int) -> bool:
    """Whether a division's name starts at `at` (会同县, 同心县, 和平区): its first characters are no joining word,
    though the name may not be a mention there (a county written before its town and village)."""
    return any(divisions.by_name(text[at : at + n]) for n in (3, 4, 5))


_HELPER_ROLE = re.compile(r"等?(?:[\d一二三四五六七八九十]+[个家])?(?:定点|结对|对口)?(?:帮扶|共建|协作)单位")
_HELPED_BY = re.compile(r"的(?:大力|倾力|精准)?(?:定点|结对|对口)?(?:帮扶|帮助)下")


def helpers(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
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


_HOSTS = re.compile(r"主办")
_CO_HOSTS = re.compile(r"承办|协办|联办")


def co_hosts(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
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


LEADS = re.compile(r"[，,、]?(?:牵头|主导|负责统筹)[，,、]?")
_JOINS = re.compile(  # …、民政局、住建局等部门组成: the list may go on with bodies of no known name
    r"(?:[、和及与][^，,。；;、]{1,10}?)*(?:等)?(?:[\u4e00-\u9fff]{0,4}(?:单位|部门))?(?:共同|联合)?"
    r"(?:组成|参与|配合|协同|组建)"
)


def led(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
    """由X牵头,A、B组成的工作队 / X牵头,A、B参与: the lead body works with those who join it."""
    text = doc.text
    for k, m in enumerate(orgs):
        lead = LEADS.match(text, m.end)
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


def drawn_from(doc: Document, i: int, orgs: list[Mention], add: Add) -> None:
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
