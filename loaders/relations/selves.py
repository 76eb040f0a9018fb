"""What a report's subject calls itself and the bodies that act for it.

A report's subject acts under other names than its own: its party leadership (某县委, 某镇党委, 某某公司党委)
reports its figures, and, in a company's, school's or hospital's report, its words for itself opening a
clause (合作社坚持…, 我院推行…) do its deeds. (A deed's doer meets the same rule in the relations stage;
an honour or a partnership stays with the body named.)
`own` turns the one into the subject; `self_mentions` finds the others as doer mentions of the subject.
"""

from __future__ import annotations

import re

from loaders import names
from loaders.document import Document, Mention
from loaders.names.references import doer_start
from loaders.names.words import boundaries

__all__ = ["LEADERSHIP", "leadership_of", "local_unit", "own", "self_mentions"]

_LOCAL = frozenset({"Village", "Community"})
# a unit's general leadership named by its unit: its party committee (某县委, 某镇党委, 某局党组) or government
LEADERSHIP = re.compile(r"(?:中共)?(?P<unit>.{2,}?)(?:党委|党工委|党总支|党支部|党组|委员会|委|人民政府|政府)")


def own(doc: Document, passage: int, key: str | None) -> str | None:
    """The report's subject for its own party leadership (某县委, 某镇党委, 某某公司党委, 某局党组), else `key`."""
    subject = names.subject_of(doc, passage)
    return subject if key is not None and subject is not None and leadership_of(doc, key, subject) else key


_UNITS = frozenset({"Township", "Village", "Community", "Enterprise"})


def local_unit(doc: Document, key: str) -> str | None:
    """The town, village, community or company whose general party leadership `key` is (某镇党委, 某社区党委,
    某公司党委), when the text names that unit: the figures its committee or the committee's official reports
    are the unit's (a sector's or a building's committee names no such unit)."""
    ent = doc.entities.get(key)
    m = LEADERSHIP.fullmatch(ent.label) if ent is not None and ent.cls == "PartyOrganization" else None
    if m is None:
        return None
    return next(
        (k for k, e in doc.entities.items() if e.cls in _UNITS and m["unit"] in {e.label, *e.alt_labels}),
        None,
    )


def leadership_of(doc: Document, key: str, subject: str) -> bool:
    """Whether `key` is the party leadership of `subject`, named by it (大瑶镇党委 of 大瑶镇, 某县委 of 某县,
    某分公司党委 of 某电力公司某分公司): what it does, the subject does. A department (县委组织部), another
    unit's committee (省委) or a sector's committee under it (某县外卖行业党委) is a body of its own; so is its
    government (某县人民政府), which signs agreements as a body of its own."""
    ent, owner = doc.entities.get(key), doc.entities.get(subject)
    if ent is None or owner is None or ent.cls != "PartyOrganization":
        return False
    m = LEADERSHIP.fullmatch(ent.label)
    return m is not None and (m["unit"] in owner.alt_labels or owner.label.endswith(m["unit"]))


# the words a unit of each kind calls itself by (its label's head: 合作社, 医院, 学校…), opening a clause
_SELF_WORDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("公司",), ("本公司", "我公司")),  # a bare 公司/集团/学校 is the names stage's own body (references.OWN_BODY)
    (("集团",), ("本集团", "我集团")),
    (("合作社", "联合社"), ("合作社", "本社", "我社")),
    (("中心",), ("中心", "本中心", "我中心")),
    (("医院", "卫生院", "保健院"), ("医院", "卫生院", "我院", "本院", "全院")),
    (("学校", "中学", "小学", "职中", "幼儿园"), ("我校", "本校", "全校")),
    (("局",), ("我局", "本局", "全局")),
    (("协会", "商会", "联合会", "促进会"), ("协会", "商会", "本会", "我会")),
)
_SELF_PATTERNS = tuple((heads, re.compile("|".join(words))) for heads, words in _SELF_WORDS)
_ADMINISTRATIVE = frozenset({"Province", "Prefecture", "County", "CountyLevelCity", "District", "Township"} | _LOCAL)


def self_mentions(doc: Document, passage: int) -> list[Mention]:
    """The report subject's words for itself that open a clause (合作社坚持…, 我院推行…, 中心联合…), as doer
    mentions of the subject: in an enterprise's, school's or hospital's report the body tells its own deeds."""
    subject = names.subject_of(doc, passage)
    ent = doc.entities.get(subject or "")
    if ent is None or ent.cls in _ADMINISTRATIVE:
        return []
    pattern = next((words for heads, words in _SELF_PATTERNS if ent.label.endswith(heads)), None)
    if pattern is None:
        return []
    p, text = doc.passages[passage], doc.text
    cuts = boundaries(text)
    return [
        Mention(m.start(), m.end(), m.group(0), ent.cls, passage, subject, "self")
        for m in pattern.finditer(text, p.start, p.end)
        if doer_start(text, m.start(), m.end()) and cuts.is_boundary(m.start()) and cuts.is_boundary(m.end())
    ]
