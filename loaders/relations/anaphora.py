"""Words that point back to a body: 该公司 / 这家企业 / 该村 / a bare 党委, 局, 村里 opening a clause.

Each hands the deed to the body of its kind named last before it (by the endings its names have).
"""

from __future__ import annotations

import re

from loaders.document import Document
from loaders.names.references import doer_start
from loaders.relations.mentions import org_mentions, per_document
from loaders.relations.openers import doer_mentions
from loaders.scanning import gated

__all__ = ["anaphor", "referent"]


_BARE_DOER = gated(  # tried at each of 80 characters before a deed: a look-ahead of its first characters first
    # 社区党委还引入…: the community's committee named last, else the community named last
    "(?:(?:该|本|这个)?(?P<kind>(?P<level>村|社区|街道)?(?:党委|党工委|党支部|党总支)|党组|局|委|公司|企业|村|社区|街道)(?:里)?"
    "|(?:该|本|这个)(?P<unit>区|县|市|镇|乡|旗)"  # 该区以…为切入点: the district named last
    "|(?P<seat>镇|乡)(?:里|党委))(?=[^，,。；;]{1,4})"  # 镇里还建立…, 镇党委推行…: the town named last
    # 社区党组织通过…, 村干部…: a class of bodies or people, not the one named last
    "(?!党组织|党员|干部|居民|村民|群众|书记|工作者|两委|“两委”)"
)


def referent(doc: Document, passage: int, pos: int) -> str | None:
    """A bare 党委 / 该局 / 村里 opening a clause before `pos`: the body of that kind named last before it."""
    text, p = doc.text, doc.passages[passage]
    for m in _BARE_DOER.finditer(text, max(p.start, pos - 80), pos):
        if not doer_start(text, m.start(), m.end()):
            continue
        kind = m.group("kind") or m.group("unit") or m.group("seat")
        level = m.group("level")
        # 社区党委: that committee, else the community; 街道实行…: the street, else its committee (某街道党工委)
        if level:
            endings: tuple[tuple[str, ...], ...] = ((kind,), (level,))
        elif kind in _UNIT_WORDS:
            endings = ((kind,), tuple(kind + c for c in _COMMITTEES))
        else:
            endings = ((kind,),)
        for ending in endings:
            if (found := _named_last(doc, passage, m.start(), ending)) is not None:
                return found
    return None


_UNIT_WORDS = frozenset({"村", "社区", "街道"})
_COMMITTEES = ("党委", "党工委", "党支部", "党总支")


def _named_last(doc: Document, passage: int, at: int, ending: tuple[str, ...]) -> str | None:
    """The body whose name ends with one of `ending` named last before `at`, in the passage or the five before
    it in its report."""
    for j in range(passage, max(-1, passage - 6), -1):
        if doc.passages[j].report != doc.passages[passage].report:
            break
        named = [o for o in org_mentions(doc, j) if o.end <= at and o.text.endswith(ending) and o.key]
        if named:
            return named[-1].key
    return None


# 该公司/这家企业/该村 opening a clause: the body of that kind named last (by the endings its names have)
_ANAPHOR = re.compile(
    "(?:该|这个|这家|这所|此)(?P<kind>公司|企业|合作社|集团|中心|医院|卫生院|卫生室|学校|协会|村|社区|街道|镇|乡)"
)


_KIND_CLASSES = {
    "村": ("Village",),
    "社区": ("Community",),
    "街道": ("Township",),
    "镇": ("Township",),
    "乡": ("Township",),
    **dict.fromkeys(("公司", "企业", "合作社", "集团"), ("Enterprise",)),
}


def anaphor(doc: Document, passage: int, pos: int) -> str | None:
    """该公司进驻以来… / 这家企业…: an anaphor that opens a clause after the sentence's last named doer and
    before `pos` takes the deed from that doer: the body of its kind named last before it."""
    text, p = doc.text, doc.passages[passage]
    if pos <= p.end and not _has_anaphor(doc, passage):
        return None
    floor = max([p.start] + [m.end for m in doer_mentions(doc, passage) if m.start < pos])
    found = [m for m in _ANAPHOR.finditer(text, floor, pos) if doer_start(text, m.start(), m.end())]
    if not found:
        return None
    at, kind = found[-1].start(), found[-1].group("kind")
    classes = _KIND_CLASSES.get(kind, ("SocialOrganization", "ResearchInstitution"))
    for j in range(passage, max(-1, passage - 4), -1):
        if doc.passages[j].report != p.report:
            break
        named = [
            o for o in org_mentions(doc, j) if o.end <= at and o.key and (o.text.endswith(kind) or o.cls in classes)
        ]
        if named:
            return named[-1].key
    return None


_ANAPHORS: dict[int, bool] = per_document({})


def _has_anaphor(doc: Document, passage: int) -> bool:
    """Whether a passage holds an anaphor at all (kept with the mention index): most hold none, and
    `anaphor` is asked for every practice and figure. The pattern looks at nothing outside its match, so
    one found in a part of the passage is found in the whole."""
    org_mentions(doc, passage)  # refreshes the index, and clears _ANAPHORS, when the document changes
    if passage not in _ANAPHORS:
        p = doc.passages[passage]
        _ANAPHORS[passage] = _ANAPHOR.search(doc.text, p.start, p.end) is not None
    return _ANAPHORS[passage]
