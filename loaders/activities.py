"""Stage 4: initiatives, mechanisms and policy documents: mentions, entities, categories, componentOf.

Candidates come from `activity_spans` (general shapes of names); this stage settles overlaps, merges
the forms of one practice into one entity (“双报到”活动 / 双报到; “五星”支部创建 / 五星支部创建) with a
key stable across documents, gives categories from the concept scheme's keywords, and reads
componentOf from the text's structure (enumerations under a named group, points under a heading
that names an activity).

>>> from pathlib import Path
>>> from loaders import segment
>>> text = "某县经验\\n某县严格落实派驻机制,开展“双报到”活动。"
>>> d = run(segment.run(Document(path=Path("x.txt"), text=text)))
>>> sorted((e.label, e.cls) for e in d.entities.values())
[('“双报到”活动', 'Initiative'), ('派驻机制', 'Mechanism')]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache

from .activity_lexicon import lexicon, trie_pattern
from .activity_spans import Candidate, candidates
from .document import Document, Entity, Mention, Relation
from .spans import Spans

__all__ = ["ACTIVITY_CLASSES", "REQUIRES", "SETS", "activity_key", "categories_for", "norm", "run"]

REQUIRES = ("text", "passages", "reports", "mentions")
SETS = ("mentions", "entities", "relations")

ACTIVITY_CLASSES = frozenset({"Initiative", "Mechanism", "PolicyDocument"})
_DROP = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）\[\]【】<>·・,，、。.;；:：!！?？]")
_GENERIC_TAIL = re.compile(r"(?:工作机制|工作|活动|机制|制度)$")
_CLAUSE_MARKS = "，,；;：:"
_TITLE_END = re.compile(r"(?:[（(](?:试行|暂行|修订)[）)])?》")
_ADJECTIVE = re.compile("[型式性级类化村镇乡区县市]$")  # 复合型…, 高标准村…, 红沙村…: not part of the term
_TITLE_TAIL = re.compile(r"[（(](?:试行|暂行|修订)[）)]|[《》]")
_NAMED_RULES = frozenset({"quoted-head", "quoted-bare", "enum-group", "policy-title"})
# a superior's programme the lead only says it carries out (认真贯彻落实省委“百县千镇万村…工程”)
# what something is made into is not the programme itself (将…作为乡村振兴的“关键一招”)
_AS_WHAT = re.compile(r"作为[^，,。；]*$")
_CARRIED_OUT = re.compile(r"贯彻(?:落实)?[^，,。；]{0,6}$")
_FORMS = re.compile(r"(?:并|还|同时|先后|积极|逐步)?(?:打造|形成了?|出台|制定|印发)")
_QUOTED_ONLY = re.compile(r"^[“\"‘「][^”\"’」]+[”\"’」]")
# a part title that only says "set up X" names X (一、建立联席会议制度。): not a slogan
_TITLE_VERB = re.compile(
    r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])?\s*"
    r"(?:建立|健全|完善|推行|实行|实施|推广|落实|创新|探索|构建|搭建|设立|组建|深化|创设|试行|用好|建好)+"
)
_TITLE_REST = re.compile(r"[。.！!；;，,]?\s*")


def norm(text: str) -> str:
    """A name without quotes, brackets, spaces and punctuation, NFKC-folded: the form names are compared in.

    >>> norm("“党员联户、干部包片”工作机制")
    '党员联户干部包片工作机制'
    """
    return _DROP.sub("", unicodedata.normalize("NFKC", text))


def activity_key(label: str) -> str:
    """The entity key of an activity name, the same in every document.

    A quoted core with a generic tail (“双报到”活动, “四帮一”机制) keys on the core, so it meets the bare
    term (双报到) written elsewhere.

    >>> activity_key("“双报到”活动"), activity_key("“头雁领航”工程"), activity_key("派驻机制")
    ('activity/双报到', 'activity/头雁领航工程', 'activity/派驻机制')
    """
    m = _QUOTED_ONLY.match(label)
    if m and _GENERIC_TAIL.fullmatch(label[m.end() :] or "工作"):
        return "activity/" + norm(m.group(0))
    return "activity/" + norm(label)


@cache
def _concepts() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], frozenset[str]]:
    """One regex over every concept keyword (longest first), keyword -> concepts, the specific concepts."""
    from ontology.vocabulary import concept_keywords, concept_labels

    by_word: dict[str, list[str]] = {}
    for word, name in concept_keywords():
        by_word.setdefault(word, []).append(name)
    pattern = re.compile(trie_pattern(list(by_word)))
    specific = frozenset(name for name, labels in concept_labels().items() if labels["broader"])
    return pattern, {w: tuple(v) for w, v in by_word.items()}, specific


def categories_for(names: set[str] | list[str]) -> set[str]:
    """Concepts whose keyword appears in any of the names (labels, alt labels) of an activity.

    >>> sorted(categories_for({"网格化管理"}))
    ['GridGovernance']
    """
    pattern, by_word, _ = _concepts()
    found: set[str] = set()
    for name in names:
        for m in pattern.finditer(norm(name)):
            found.update(by_word[m.group(0)])
    return found


def gloss(ent: Entity) -> str | None:
    """An English gloss from the most specific category and the head noun: "grid governance platform".

    >>> gloss(Entity("activity/x", "网格化管理智慧平台", "Mechanism", categories={"GridGovernance"}))
    'grid governance platform'
    >>> gloss(Entity("activity/y", "《某县网格员管理办法》", "PolicyDocument", categories={"GridGovernance"}))
    'grid governance measures (policy document)'
    """
    from ontology.vocabulary import concept_labels

    labels = concept_labels()
    own = categories_for({ent.label}) & _concepts()[2] or categories_for({ent.label})
    known = [c for c in ent.categories if c in labels]
    ranked = sorted(known, key=lambda c: (c not in own, not labels[c]["broader"], c))
    if not ranked:
        return None
    lex = lexicon()
    head = lex.head_of(norm(_TITLE_TAIL.sub("", ent.label)))
    word = lex.head_english.get(head or "", "") or ("practice" if ent.cls == "Mechanism" else "initiative")
    topic = labels[ranked[0]]["en"]
    text = topic if topic.endswith(word) else f"{topic} {word}"
    return f"{text} (policy document)" if ent.cls == "PolicyDocument" else text


def _context_categories(doc: Document) -> list[set[str]]:
    """Per passage: specific concepts named in it, its heading and its numbered part's title.

    Words inside another activity's name belong to that activity (开展“三争三比”活动,落实包联机制:
    包联 is not context for 三争三比); fixed terms (依托党群服务中心), bare quoted names listed
    together and headings stay context. One regex pass over the whole text.
    """
    pattern, by_word, specific = _concepts()
    text = doc.text
    names = Spans(
        [
            (m.start, m.end)
            for m in doc.mentions
            if m.cls in ACTIVITY_CLASSES
            and m.rule not in ("term", "quoted-bare")
            and not doc.passages[m.passage].heading
        ]
    )
    # only passages that name an activity or head a scope can lend context
    wanted = {m.passage for m in doc.mentions if m.cls in ACTIVITY_CLASSES}
    own: list[set[str]] = [set() for _ in doc.passages]
    for i, p in enumerate(doc.passages):
        if i not in wanted and not p.heading:
            continue
        for m in pattern.finditer(text, p.start, p.end):
            if not names.holding(m.start(), m.end()):
                own[i].update(c for c in by_word[m.group(0)] if c in specific)
    parts: dict[tuple[int, int], set[str]] = {}
    for r in doc.reports:
        for prt in r.parts:
            if prt.level == 1:
                parts[(prt.start, prt.end)] = categories_for([text[prt.start : prt.title_end]]) & specific
    part_spans = sorted(parts)
    part_starts = [s for s, _ in part_spans]
    out: list[set[str]] = []
    heading: set[str] = set()
    report = None
    for i, p in enumerate(doc.passages):
        if p.report != report:
            heading, report = set(), p.report
        if p.heading:
            heading = own[i]
        if i not in wanted:
            out.append(set())
            continue
        k = bisect_right(part_starts, p.start) - 1
        part = parts[part_spans[k]] if k >= 0 and p.start < part_spans[k][1] else set()
        out.append(own[i] | heading | part)
    return out


def _settle(text: str, cands: list[Candidate], orgs: Spans) -> list[Candidate]:
    """Keep the best of overlapping candidates; items nest in their group and names in 《》 titles."""
    # a term beats a longer unquoted reading whose extra words are a place prefix or an adjective
    # (高标准村党群服务中心 → 村党群服务中心, 复合型党群服务中心 → 党群服务中心),
    # not one whose extra words specify it (创建工作专班)
    terms = {c.end: c for c in cands if c.rule == "term"}
    lines = [m.start() for m in re.finditer("\n", text)]
    kept: dict[int, list[Candidate]] = {}
    for c in cands:
        term = terms.get(c.end) if c.rule == "head-noun" else None
        if term and c.start < term.start and (term.alts or _ADJECTIVE.search(text, c.start, term.start)):
            continue
        if (
            c.tier > 0
            and c.rule != "term"
            and (orgs.holding(c.start, c.end) or (c.start, c.end) in orgs.exact)
        ):
            # a name inside an organization's name (…研究院), or the same span read as an organization
            # (县委人才工作领导小组), is that organization; terms of the field stay practices
            continue

        line = kept.setdefault(bisect_right(lines, c.start), [])
        if not any(_clash(k, c) or _title_tail(text, k, c) for k in line):
            line.append(c)
    out = [c for line in kept.values() for c in line]
    out.sort(key=lambda c: (c.start, -c.end))
    return out


def _title_tail(text: str, k: Candidate, c: Candidate) -> bool:
    """A quoted name that runs to the end of the 《》 title holding it is the title's own head."""
    return (
        k.tier == 0
        and k.start <= c.start
        and c.end <= k.end
        and _TITLE_END.fullmatch(text, c.end, k.end) is not None
    )


def _clash(k: Candidate, c: Candidate) -> bool:
    if k.end <= c.start or c.end <= k.start:
        return False
    if k.start <= c.start and c.end <= k.end:  # nested: allowed in a 《》 title and in its enumeration
        in_title = k.tier == 0 and (c.tier == 2 or c.rule == "term")  # 《…揭榜挂帅暂行办法》
        in_group = c.group is not None and c.group == k.group and k.rule != "enum-item"
        return not (in_title or in_group)
    return True


def run(doc: Document) -> Document:
    """Add activity mentions, entities and componentOf relations to `doc`."""
    text = doc.text
    headings = [(p.start, p.end) for p in doc.passages if p.heading]
    orgs = Spans([(m.start, m.end) for m in doc.mentions if m.cls not in ACTIVITY_CLASSES])
    starts = [p.start for p in doc.passages]
    # numbered part titles (一、激发主体作用建平台) are slogans: only quoted names count there
    slogans = Spans([(prt.start, prt.title_end) for r in doc.reports for prt in r.parts if prt.level == 1])
    chosen: list[tuple[Candidate, int]] = []
    for c in _settle(text, candidates(text, headings), orgs):
        i = bisect_right(starts, c.start) - 1
        if i < 0 or c.end > doc.passages[i].end:
            continue
        if c.tier == 3 and slogans.at(c.start) and not _names_title(text, c, slogans):
            continue
        chosen.append((c, i))

    # merge the written forms of one practice: same key, or a bare form equal to another's quoted core
    by_core: dict[str, str] = {}
    for c, _ in chosen:
        if c.core and not c.bare:
            by_core.setdefault(norm(c.core), activity_key(c.text(text)))
    groups: dict[int, str] = {}
    for c, i in chosen:
        label = c.text(text)
        key = activity_key(label)
        if c.bare or c.rule in ("term", "shape"):
            # a bare quote or a term meets the quoted name it is the core of, and its other written forms
            # (a place prefix keeps its own node: 村级党群服务中心 and 社区党群服务中心 differ)
            base = norm(c.core or label)
            key = by_core.get(base, "activity/" + base)
        ent = doc.entities.get(key)
        if ent is None:
            ent = doc.entities[key] = Entity(key=key, label=label, cls=c.cls)
        elif _better(label, c, ent):
            ent.alt_labels.add(ent.label)
            ent.label, ent.cls = label, c.cls
        # a term's unprefixed form (党群服务中心 of 村级党群服务中心) names the general practice, not this one
        ent.alt_labels |= {label, norm(label), *(c.alts if c.rule != "term" else ())}
        if i not in ent.passages:
            ent.passages.append(i)
        doc.mentions.append(Mention(c.start, c.end, label, c.cls, i, key=key, rule=c.rule))
        if c.rule in ("enum-group", "enum-head"):
            groups[c.start] = key
        elif c.group is not None and c.group in groups and groups[c.group] != key:
            doc.relations.append(Relation(key, "componentOf", groups[c.group], i))
    context = _context_categories(doc)
    for ent in doc.entities.values():
        if ent.cls in ACTIVITY_CLASSES:
            ent.alt_labels.discard(ent.label)
            ent.categories |= categories_for({ent.label, *ent.alt_labels})
            for i in ent.passages:
                ent.categories |= context[i]
            ent.label_en = ent.label_en or gloss(ent)
    _heading_components(doc)
    return doc


def _names_title(text: str, c: Candidate, titles: Spans) -> bool:
    """A part title made of a verb of setting up and the name alone (二、推行积分制管理。) names it."""
    k = bisect_right(titles.starts, c.start) - 1
    start, end = titles.spans[k] if k >= 0 else (c.start, c.end)
    return (
        _TITLE_VERB.fullmatch(text, start, c.start) is not None
        and _TITLE_REST.fullmatch(text, c.end, max(c.end, end)) is not None
    )


def _better(label: str, c: Candidate, ent: Entity) -> bool:
    """A quoted name with its head noun is a better label than a bare or shorter form."""
    return not c.bare and len(norm(label)) > len(norm(ent.label)) and ent.cls != "PolicyDocument"


def _heading_components(doc: Document) -> None:
    """componentOf from the text's layout, report by report.

    An activity under a heading that names one (实施“头雁领航”工程。) is its component; an activity
    outside such a heading, and a heading's own activity, is a component of the report's main
    activity: the one its lead sentence names (省委部署开展“五星”支部创建…).
    """
    by_passage: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.cls in ACTIVITY_CLASSES and m.key:
            by_passage.setdefault(m.passage, []).append(m)
    seen = {(r.subject, r.object) for r in doc.relations if r.predicate == "componentOf"}

    def add(part: str, whole: str, i: int) -> None:
        if part != whole and (part, whole) not in seen and (whole, part) not in seen:
            seen.add((part, whole))
            doc.relations.append(Relation(part, "componentOf", whole, i))

    in_report: dict[int, list[int]] = {}
    for i, p in enumerate(doc.passages):
        if p.report is not None and not (p.heading and p.start == doc.reports[p.report].start):
            in_report.setdefault(p.report, []).append(i)
    for r_index in range(len(doc.reports)):
        indices = in_report.get(r_index, [])
        body = [i for i in indices if not doc.passages[i].heading]
        lead = body[0] if body else None
        main = _main_activity(doc, by_passage.get(lead, [])) if lead is not None else None
        # a numbered part's own programme, named in the sentence after its title (探索“六型”引才模式)
        part_main: dict[int, str | None] = {}
        for prt in doc.reports[r_index].parts:
            if prt.level == 1:
                title = next((k for k, i in enumerate(indices) if doc.passages[i].start == prt.start), None)
                if title is None or title + 1 >= len(indices):
                    continue
                intro, title = indices[title + 1], indices[title]
                if not doc.passages[intro].heading and doc.passages[intro].start < prt.end:
                    part_main[title] = _main_activity(doc, by_passage.get(intro, []), named_only=True)
        scope: str | None = None
        current_part: str | None = None
        for i in indices:
            found = sorted(by_passage.get(i, []), key=lambda m: m.start)
            if doc.passages[i].heading:
                if i in part_main:
                    current_part = part_main[i]
                scope = found[0].key if found else None
                whole = current_part if current_part != scope else main
                if scope and (whole or main):
                    add(scope, whole or main or "", i)
                continue
            inner = _sentence_components(doc.text, doc.passages[i].start, found)
            for part, whole in inner.items():
                add(part, whole, i)
            if i == lead:
                continue
            for m in found:
                parent = scope or main
                if parent and m.key and m.key not in (scope, main) and m.key not in inner:
                    add(m.key, parent, i)


def _main_activity(doc: Document, named: list[Mention], named_only: bool = False) -> str | None:
    """The programme a lead sentence is about: an initiative, else a quoted name, else the first named.

    A superior's programme the sentence only says it carries out (贯彻落实省委“…工程”) is skipped;
    `named_only` accepts only initiatives and quoted or titled names.
    """
    own = sorted(
        (
            m
            for m in named
            if m.cls != "PolicyDocument"
            and not _CARRIED_OUT.search(doc.text, max(0, m.start - 10), m.start)
            and not _AS_WHAT.search(doc.text, max(0, m.start - 14), m.start)
        ),
        key=lambda m: m.start,
    )
    ranked = sorted(own, key=lambda m: (m.cls != "Initiative", m.rule not in _NAMED_RULES))
    if named_only:
        ranked = [m for m in ranked if m.cls == "Initiative" or m.rule in _NAMED_RULES]
    return ranked[0].key if ranked else None


def _sentence_components(text: str, start: int, found: list[Mention]) -> dict[str, str]:
    """Within one sentence, what a clause forms or issues belongs to the practice the sentence opens with.

    建立…网格化管理智慧平台,打造“收集、上报、交办、反馈”闭环 → the loop is part of the platform;
    开展…集中提升两年行动,出台《…办法》 → the rules are part of the campaign.
    """
    opener = next((m for m in found if m.cls != "PolicyDocument"), None)
    out: dict[str, str] = {}
    if opener is None or opener.key is None:
        return out
    for m in found:
        if m.start <= opener.end or not m.key or m.key == opener.key:
            continue
        lo = max(start, *(text.rfind(c, start, m.start) + 1 for c in _CLAUSE_MARKS))
        if lo > opener.end and _FORMS.match(text, lo):
            out[m.key] = opener.key
    return out
