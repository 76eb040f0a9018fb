"""Who acts at a place in the text: the doer a sentence names, else the report's subject.

A report's subject does everything its report describes unless the sentence names another actor (an
enterprise, a community, a department) opening a clause before the deed. The rules that each propose a doer
read one thing apiece: an anaphor (`anaphora`: 该公司 opening a later clause), a body founded earlier in the
sentence (`founding`), the sentence's own opening bodies (`sentence`, over `openers`), a quoted official's
body (`speakers`), a news scene (`scenes`), and the paragraph's continued or carried doer (`paragraphs`);
`actor_of` trusts the first that names a body. The subject's words for itself act for it, and its own party
leadership reports its figures (`selves`). Used by the relations and metrics stages; `agents` reads the doers
a practice's own clause names before these rules, and `figures` who reports a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders import names
from loaders.document import Document
from loaders.names.references import doer_start
from loaders.relations.anaphora import anaphor, referent
from loaders.relations.divisions import contains
from loaders.relations.founding import founded
from loaders.relations.mentions import org_mentions
from loaders.relations.openers import HEAD_BODIES, innermost
from loaders.relations.paragraphs import carried, continued, item
from loaders.relations.scenes import located
from loaders.relations.sentence import sentence_doer
from loaders.relations.speakers import speaker
from loaders.relations.verbs import DOING

__all__ = ["actor_of", "doers", "listed_with", "proposals"]


def actor_of(doc: Document, passage: int, pos: int) -> str | None:
    """The organization doing what is written at `pos`: one the sentence names, else the report's subject
    (else the document's place).

    Doers are organizations that open a clause (`references.doer_start`). The doer of the clause at
    `pos` if it names one, else the sentence's first doer (荣军街道探索…,区城管局等部门接到…后限时响应,
    今年累计处置问题8300余件 → 荣军街道). An address chain names its last unit as the doer
    (凤山乡银川村从… → 银川村); a village or community named as doer earlier in the same paragraph stays
    the doer until another is named; a unit that contains the report's subject is an address prefix
    (山东省鱼台县 → 鱼台县), not another actor.
    """
    subject = names.subject_of(doc, passage)
    key = None
    for rule, found in _proposed(doc, passage, pos):  # the first rule with a body decides
        if found or rule in _OPENERS:  # an opener decides even where its unit is only a scope (全市…)
            key = found
            break
    if key is not None and subject is not None and contains(key, subject) and not _named_alone(doc, passage, key, pos):
        key = subject
    if key or subject:
        return key or subject
    # a report whose lead names nobody: the document's own place speaks for it
    return doc.place if doc.place in doc.entities and doc.passages[passage].report is not None else None


_OPENERS = ("anaphor", "founded", "sentence")  # bodies the clause itself names, carried down their address chain


def _proposed(doc: Document, passage: int, pos: int) -> Iterator[tuple[str, str | None]]:
    """Each rule's body at `pos`, in the order `actor_of` trusts them, computed only as far as it is read:
    the bodies the clause names (an opener only where it names one), then the scene a clause names, and,
    outside a heading, a referent, the paragraph's continued or carried doer. A short line that is a
    sentence (在某乡，“某某”调解队活跃在…。) still says where it is done."""
    for rule, find in zip(_OPENERS, (anaphor, founded, sentence_doer), strict=True):
        if key := find(doc, passage, pos):
            yield rule, innermost(doc, passage, key, pos)
    yield "speaker", speaker(doc, passage)
    yield "located", located(doc, passage, pos)
    if item(doc, passage):  # 甲镇整合…。一是实施…: a point run in after its paragraph's sentences
        yield "carried", carried(doc, passage)
    elif not doc.passages[passage].heading:
        yield "referent", referent(doc, passage, pos)
        yield "continued", continued(doc, passage)
        yield "carried", carried(doc, passage)


def proposals(doc: Document, passage: int, pos: int) -> dict[str, str]:
    """What each of `actor_of`'s rules proposes at `pos`, all of them (the ranker weighs them as evidence):
    rule name -> organization key; `address` is the subject when a proposed unit contains it (an address
    prefix), `subject` the report's subject."""
    out: dict[str, str] = {}
    subject = names.subject_of(doc, passage)
    for rule, key in _proposed(doc, passage, pos):
        if not key:
            continue
        out[rule] = key
        if subject is not None and contains(key, subject) and not _named_alone(doc, passage, key, pos):
            out.setdefault("address", subject)
    if subject is not None:
        out["subject"] = subject
    return out


def _named_alone(doc: Document, passage: int, key: str, pos: int) -> bool:
    """A unit above the report's subject named in full as the doer, no unit of its own after it (重庆市制定…,
    not 山东省|鱼台县): it acts itself; as an address prefix it only says where the subject lies."""
    orgs = [m for m in org_mentions(doc, passage) if m.start < pos]
    named = [k for k, m in enumerate(orgs) if m.key == key]
    named = [k for k in named if not orgs[k].text.startswith("全")] or named  # 某区在全区推广…: the unit, not its scope
    if not named:
        return False
    k = named[-1]
    m = orgs[k]
    chained = k + 1 < len(orgs) and orgs[k + 1].start == m.end
    return not chained and not m.text.startswith("全") and doer_start(doc.text, m.start, m.end)


_JOINTLY = re.compile("(?:联合|共同)(?:出台|制定|印发|发布|" + DOING + ")")  # bodies listed with 、 acting jointly
_PARTNERED = re.compile("(?:合作|共建|联建|签订|签约|签署|结对|携手|联合|共同|协作)")


def doers(doc: Document, i: int, pos: int) -> list[str]:
    """The doer at `pos` and those listed with it (开西社区、瑞景社区先进做法纳入… → both); a partner it
    works with (下党村党支部与福建农林大学合作建立…) collaborates, the doer does the deed."""
    actor = actor_of(doc, i, pos)
    return [] if actor is None else listed_with(doc, i, pos, actor)


def listed_with(doc: Document, i: int, pos: int, actor: str) -> list[str]:
    """`actor` and the bodies listed right after its last mention before `pos` (甲社区、乙社区…): all do the deed."""
    out = [actor]
    orgs = [m for m in org_mentions(doc, i) if m.start < pos]
    at = next((k for k in range(len(orgs) - 1, -1, -1) if orgs[k].key == actor), None)
    joins = set()
    while at is not None and at + 1 < len(orgs) and doc.text[orgs[at].end : orgs[at + 1].start] in ("、", "和", "与"):
        join = doc.text[orgs[at].end : orgs[at + 1].start]
        if join == "与" and orgs[at + 1].cls in HEAD_BODIES:
            break  # 某医院与某大学附属医院建立专科联盟: a company or institution after 与 is a partner
        joins.add(join)
        at += 1
        while at + 1 < len(orgs) and orgs[at + 1].start == orgs[at].end:
            at += 1  # 、B省|C县: the unit the address ends with
        out.append(orgs[at].key or "")
    # 某村与某大学合作建立…: the one after 与 is a partner; 甲局、乙局联合出台…: both issue it
    jointly = joins == {"、"} and _JOINTLY.match(doc.text, orgs[at].end) if at is not None else False
    if at is not None and len(out) > 1 and _PARTNERED.match(doc.text, orgs[at].end) and not jointly:
        return [actor]
    return [k for k in out if k]
