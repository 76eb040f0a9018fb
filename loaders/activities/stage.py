"""Stage 4: initiatives, mechanisms and policy documents: mentions, entities, categories, componentOf.

Candidates come from `rules` (general shapes of names); this stage settles overlaps, merges
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
from functools import lru_cache

from loaders.activities.events import campaigns
from loaders.activities.fields import assign, categories_for, specific_concepts
from loaders.activities.introduced import honoured
from loaders.activities.lexicon import lexicon
from loaders.activities.named_parts import TOOL_HEADS
from loaders.activities.parts import ACTIVITY_CLASSES, heading_components
from loaders.activities.rules import Candidate, candidates
from loaders.document import Document, Entity, Mention, Relation
from loaders.names.lexicon import verbs
from loaders.names.words import boundaries, part_of_speech
from loaders.spans import Spans

__all__ = ["ACTIVITY_CLASSES", "REQUIRES", "SETS", "activity_key", "categories_for", "norm", "run"]

REQUIRES = ("text", "passages", "reports", "mentions")
SETS = ("mentions", "entities", "relations")

_DROP = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）\[\]【】<>·・,，、。.;；:：!！?？]")
_GENERIC_TAIL = re.compile(r"(?:工作机制|工作|活动|机制|制度)$")
# the end of a 《》 title after its head: a trial mark or the years it covers (…三年行动方案（2023—2025年）》)
_TITLE_END = re.compile(r"(?:[（(](?:试行|暂行|修订|\d{4}(?:[—–－-]+\d{4})?年?(?:版|度)?)[）)])?》")
_ADJECTIVE = re.compile("[型式性级类化村镇乡区县市]$")  # 复合型…, 高标准村…, 红沙村…: not part of the term
_TITLE_TAIL = re.compile(r"[（(](?:试行|暂行|修订)[）)]|[《》]")
_DRIVE_TAIL = re.compile('[”"’」]建设$')
# a tool named after a practice (“某某”指挥调度平台) is not what the bare “某某” names: the practice keeps its own node
_TOOL_TAIL = re.compile(f'[”"’」][\u4e00-\u9fff]{{0,12}}?(?:{TOOL_HEADS})$')
_QUOTED_ONLY = re.compile(r"^[“\"‘「][^”\"’」]+[”\"’」]")
# a part title that only says "set up X" names X (一、建立联席会议制度。): not a slogan
_TITLE_VERB = re.compile(
    r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])?\s*"
    r"(?:建立|健全|完善|推行|实行|实施|推广|落实|创新|探索|构建|搭建|设立|组建|深化|创设|试行|用好|建好)+"
)
_TITLE_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])\s*")
_TITLE_REST = re.compile(r"\s*(?:[。.！!；;，,]|$)")
_RULE_HEAD = re.compile("(?:制度|机制|制|工作法)$")
_WAY_HEADS = ("模式", "体系", "平台", "清单", "工程", "行动", "计划", "改革")
# a contest someone won a prize in (在某某大赛中获一等奖, 参加某某大赛获金奖): entered, not held
_SENDERS = frozenset(
    ("GovernmentAgency", "Enterprise", "PartyOrganization", "SocialOrganization", "ResearchInstitution")
)
_CONTESTED = re.compile(
    "中(?:获|荣获|斩获|夺得|获得)|(?:获|荣获|斩获|夺得|获得)(?:奖|[一二三四五六七八九十\\d]+等奖|金奖|银奖|铜奖|优秀奖|第[一二三四五六七八九十\\d]+名)"
)
# a showcase's head (示范点, 示范基地): rated as a title the doer won, like an initiative's
_SHOWCASE = re.compile("示范|标杆|样板")
_PROPOSALS = re.compile("建议|对策")
# a sentence that opens on the next steps (下一步，某县将持续深化…): what is to be done, no practice in place yet
_PLAN_SENTENCE = re.compile(
    "(?:^|(?<=[。！？!?\n“，,]))(?:下一步|下阶段|接下来|今后)(?:[，,]|我[县市区旗镇乡村]?|该[县市区旗镇乡村]|还|将|要)+"
    "[^。！？!?\n]*",
    re.M,
)
# a numbered line that goes on to report figures (1.实施某某工程，回引人才136名。) is a summary's item, body, not
# a part's slogan title
_REPORTED = re.compile(r"[，,；;][^。！？!?\n]*?\d")
_POINT_TOPIC = re.compile(r"\s*[一二三四五六七八九十]+是")
_PROGRESS = re.compile(
    "(?:持续|不断|稳步|逐步|更加|日益|进一步|全面)(?:深化|完善|健全|规范|推进|提升|加强|巩固|增强|扩大|优化)[。.！!]"
)
_POINT_AIM = re.compile("[，,][\u4e00-\u9fff]{2,10}[。；;]")
_POINT_END = re.compile(r"[。.！!；;]?\s*")  # 搭建育才平台, 建强主阵地: slogans still


@lru_cache(maxsize=65536)  # pure, and asked again for the same labels many times a document
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


def gloss(ent: Entity) -> str | None:
    """An English gloss from the most specific category and the head noun: "grid governance platform".

    >>> gloss(Entity("activity/x", "网格化管理智慧平台", "Mechanism", categories={"GridGovernance"}))
    'grid governance platform'
    >>> gloss(Entity("activity/y", "《某县网格员管理办法》", "PolicyDocument", categories={"GridGovernance"}))
    'grid governance measures (policy document)'
    """
    return _gloss(ent.label, ent.cls, frozenset(ent.categories))


@lru_cache(maxsize=8192)
def _gloss(label: str, cls: str, categories: frozenset[str]) -> str | None:
    """`gloss` of a label, class and categories (cached: the common practices recur from document to
    document, and the gloss depends on nothing else)."""
    from ontology.vocabulary import concept_labels

    labels = concept_labels()
    own = categories_for({label}) & specific_concepts() or categories_for({label})
    known = [c for c in categories if c in labels]
    ranked = sorted(known, key=lambda c: (c not in own, not labels[c]["broader"], c))
    if not ranked:
        return None
    lex = lexicon()
    head = lex.head_of(norm(_TITLE_TAIL.sub("", label)))
    word = lex.head_english.get(head or "", "") or ("practice" if cls == "Mechanism" else "initiative")
    topic = labels[ranked[0]]["en"]
    text = topic if topic.endswith(word) else f"{topic} {word}"
    return f"{text} (policy document)" if cls == "PolicyDocument" else text


def _settle(text: str, cands: list[Candidate], orgs: Spans) -> list[Candidate]:
    """Keep the best of overlapping candidates; items nest in their group and names in 《》 titles."""
    # a term beats a longer unquoted reading whose extra words are a place prefix or an adjective
    # (高标准村党群服务中心 → 村党群服务中心, 复合型党群服务中心 → 党群服务中心),
    # not one whose extra words specify it (创建工作专班)
    terms = {c.end: c for c in cands if c.rule == "term"}
    lines = [m.start() for m in re.finditer("\n", text)]
    kept: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.rule == "head-noun" and not _past_doer(text, c, orgs):
            continue
        term = terms.get(c.end) if c.rule == "head-noun" else None
        if (
            term
            and c.start < term.start
            and (term.alts or _ADJECTIVE.search(text, c.start, term.start) or _deed(text, c.start, term.start))
        ):
            continue
        if c.tier > 0 and c.rule != "term" and (orgs.holding(c.start, c.end) or (c.start, c.end) in orgs.exact):
            # a name inside an organization's name (…研究院), or the same span read as an organization
            # (县委人才工作领导小组), is that organization; terms of the field stay practices
            continue
        if c.rule == "term" and _place_body(c, orgs):
            continue

        line = kept.setdefault(bisect_right(lines, c.start), [])
        # only a candidate that meets c can clash with it or hold it: the cheap test first
        if not any(k.start <= c.end and c.start <= k.end and (_clash(k, c) or _title_tail(text, k, c)) for k in line):
            line.append(c)
    out = [c for line in kept.values() for c in line]
    out.sort(key=lambda c: (c.start, -c.end))
    return out


def _deed(text: str, start: int, end: int) -> bool:
    """text[start:end] is one verb word (深化|拓展某某中心): the clause's deed done to the term after it."""
    s, e = boundaries(text).span_at(start)
    word = text[s:e]
    return (s, e) == (start, end) and len(word) == 2 and (word in verbs() or part_of_speech(word) == "v")


def _place_body(c: Candidate, orgs: Spans) -> bool:
    """A term that ends an organization's name begun by its place (某县综治中心, 某镇综治中心): the body
    of that place, which the organization stage names; the term alone names no practice there."""
    k = bisect_right(orgs.starts, c.start)
    return any(s < c.start and e == c.end for s, e in orgs.spans[max(0, k - 8) : k])


def _past_doer(text: str, c: Candidate, orgs: Spans) -> bool:
    """Start an unquoted name after a body and the verbs it does inside it (某公司承接村内小型工程, 某街道
    列为某某试点, 我县承担某某改革): the body is the clause's doer, its verb the deed. False when nothing
    of a name is left before the head."""
    k = bisect_right(orgs.starts, c.end)
    inside = [e for s, e in orgs.spans[max(0, k - 8) : k] if c.start <= s and e < c.end]
    if not inside:
        return True
    words = boundaries(text)
    at = end = max(inside)
    linked = False  # a preposition after the body: 某公司在工作站指导下
    acted = at  # where the last verb or preposition of the run ends: adverbs alone (非公) do nothing
    while at < c.end:
        s, e = words.span_at(at)
        word = text[s:e]
        tag = part_of_speech(word)  # a lone character is an adverb or a conjunction only by chance (共|富)
        if s != at or not (word in verbs() or tag in ("v", "p") or (tag in ("d", "c") and len(word) > 1)):
            break
        linked = linked or tag == "p"
        at = e
        if word in verbs() or tag in ("v", "p"):
            acted = at
    at = acted
    head = lexicon().head_of(text[c.start : c.end]) or ""
    if at == end or (c.end - len(head) - at < 2 and not linked):
        return True  # 某镇共富工坊, 某公司驻村工作队: the verb is the name's own
    c.start = at
    return c.end - len(head) - at >= 2


def _title_tail(text: str, k: Candidate, c: Candidate) -> bool:
    """A quoted name that runs to the end of the 《》 title holding it is the title's own head."""
    return (
        k.tier == 0 and k.start <= c.start and c.end <= k.end and _TITLE_END.fullmatch(text, c.end, k.end) is not None
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
    # a team a body sends (某厅驻村工作队, 某公司驻村工作队) is named without the body: the body is who sends it
    senders = {m.start: m.end for m in doc.mentions if m.cls in _SENDERS}
    starts = [p.start for p in doc.passages]
    # numbered part titles (一、激发主体作用建平台) and report titles (…党建联盟推动长三角一体化) are
    # slogans: only quoted names count there
    slogans = Spans(
        [
            (prt.start, prt.title_end)
            for r in doc.reports
            for prt in r.parts
            if prt.level == 1 and not _REPORTED.search(text, prt.start, prt.title_end)
        ]
        # a report whose title is the document's head line starts further down: its first words are body
        + [(r.start, r.start + len(r.title)) for r in doc.reports if r.title and text.startswith(r.title, r.start)]
    )
    # a part of recommendations (四、对策建议) proposes ways, and so does a closing sentence of next steps
    # (下一步，某县将…): the report's subject has none of them yet (a name written elsewhere too is still read
    # there); a summary's part of plans (三、下一步打算) lists work it has set in motion, whose names are read
    proposals = Spans(
        [
            (prt.start, prt.end)
            for r in doc.reports
            for prt in r.parts
            if prt.level == 1 and _proposes(text, prt.start, prt.title_end)
        ]
        + [m.span() for m in _PLAN_SENTENCE.finditer(text)]
    )
    found = candidates(text, headings) + list(campaigns(text))
    found.sort(key=lambda c: (c.tier, -(c.end - c.start), c.start))  # the order overlaps are settled in
    chosen: list[tuple[Candidate, int]] = []
    for c in _settle(text, found, orgs):
        if c.rule == "head-noun" and c.start in senders and text.endswith("工作队", c.start, c.end):
            c.start = senders[c.start]
            if c.end - c.start < 5:
                continue  # 某厅工作队: nothing of the team's own name is left
        i = bisect_right(starts, c.start) - 1
        if i < 0 or c.end > doc.passages[i].end:
            continue
        if proposals.at(c.start):
            continue
        if c.tier == 3 and c.rule != "term" and slogans.at(c.start) and not _names_title(text, c, slogans):
            continue
        if c.tier == 3 and c.text(text) in lexicon().formulas:
            continue  # 巩固拓展脱贫攻坚成果: the country's campaign named as a line of policy, no local practice
        if c.rule == "term" and _point_topic(doc, c, i):
            continue  # 一是柔性引才。: the topic of the point, whose body names what is done
        if c.rule in ("term", "practised", "head-noun") and _deed_title(doc, c, i):
            continue  # （一）织密网格体系。（二）推进矛盾化解。: a point's title, a deed and its object
        if _progress_topic(doc, c, i):
            continue  # （三）督查考核机制不断完善。: a summary's part reports progress, its body names the work
        if _CONTESTED.match(text, c.end):
            continue  # 在某某大赛中获奖: a contest entered
        titled = c.cls == "Initiative" or _SHOWCASE.search(text, c.start, c.end) is not None
        if titled and (honoured(text, c.start) or _piloted_at(text, c, orgs)):
            continue  # 被评为某某示范社区 is an honour won, 在某某镇试点 a place tried: no work named
        chosen.append((c, i))

    # merge the written forms of one practice: same key, or a bare form equal to another's quoted core
    by_core: dict[str, str] = {}
    longest: dict[str, str] = {}  # core -> the longest quoted name with that core (“共富工坊”建设行动)
    for c, _ in chosen:
        if c.core and not c.bare and not _TOOL_TAIL.search(c.text(text)):
            if len(c.text(text)) > len(longest.get(norm(c.core), "")):
                longest[norm(c.core)] = c.text(text)
            if not _DRIVE_TAIL.search(c.text(text)):
                by_core.setdefault(norm(c.core), activity_key(c.text(text)))
    for core, label in longest.items():
        by_core.setdefault(core, activity_key(label))
    groups: dict[int, str] = {}
    written = {norm(c.text(text)) for c, _ in chosen}
    for c, i in chosen:
        label = c.text(text)
        key = activity_key(label)
        if c.bare or c.rule in ("term", "shape"):
            # a bare quote or a term meets the quoted name it is the core of, and its other written forms
            # (a place prefix keeps its own node: 村级党群服务中心 and 社区党群服务中心 differ)
            base = norm(c.core or label)
            key = by_core.get(base, "activity/" + base)
            if c.rule == "term" and base not in by_core and base + "管理" in written:
                key = by_core.get(base + "管理", "activity/" + base + "管理")  # 积分制 is 积分制管理 named short
        elif c.core and _DRIVE_TAIL.search(label) and norm(c.core) in longest:
            key = activity_key(longest[norm(c.core)])  # “共富工坊”建设 is the “共富工坊”建设行动 named short
        elif c.rule == "enum-group" and (short := next((a for a in c.alts if _QUOTED_ONLY.match(a)), None)):
            key = activity_key(short)  # 甲包乡、乙包村的“两包”责任制 is the “两包”责任制 its title names
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
    assign(doc)
    for ent in doc.entities.values():
        if ent.cls in ACTIVITY_CLASSES:
            ent.label_en = ent.label_en or gloss(ent)
    _policy_components(doc, by_core)
    heading_components(doc)
    return doc


def _piloted_at(text: str, c: Candidate, orgs: Spans) -> bool:
    """某某镇试点, 某某卫生院试点: a body or place before 试点 says where something is tried (试点 a verb),
    not which pilot."""
    return text.endswith("试点", c.start, c.end) and any(s <= c.start for s, e in orgs.spans if e == c.end - 2)


def _proposes(text: str, start: int, end: int) -> bool:
    """A part title that proposes (四、对策建议) by a word of its own: 搭建议事平台 holds 建议 only across two
    words."""
    words = boundaries(text)
    return any(
        words.is_boundary(m.start()) and words.is_boundary(m.end()) for m in _PROPOSALS.finditer(text, start, end)
    )


def _progress_topic(doc: Document, c: Candidate, i: int) -> bool:
    """A numbered title made of a name and the progress it made (（四）村企联建持续深化。): what a summary's
    part reports on, not a practice it names."""
    p = doc.passages[i]
    return (
        _TITLE_NUMBER.fullmatch(doc.text, p.start, c.start) is not None and _PROGRESS.match(doc.text, c.end) is not None
    )


def _deed_title(doc: Document, c: Candidate, i: int) -> bool:
    """A numbered point's title that is only a verb and the name after it ((一)织密网格体系。, (二)推进矛盾
    化解。): the point's topic; its body names the practice. A verb of setting up names a rule (建立某某制度)
    and is read by `_names_title`; the name's own first word is a verb only when it is no name."""
    p = doc.passages[i]
    text = doc.text
    if not p.heading or _POINT_END.fullmatch(text, c.end, p.end) is None:
        return False
    lead = _TITLE_NUMBER.match(text, p.start)
    if lead is None:
        return False
    verb = text[lead.end() : c.start]
    if c.rule != "head-noun":
        return len(verb) == 2 and (verb in verbs() or part_of_speech(verb) == "v") and not _TITLE_VERB.fullmatch(verb)
    # (一)织密网格体系。: a verb before a system or a platform (结对帮扶机制 names a rule by its deed)
    first = text[c.start : c.start + 2]
    head = lexicon().head_of(text[c.start : c.end]) or ""
    return (
        verb == ""
        and head in ("体系", "平台")
        and c.end - len(head) - c.start <= 4
        and boundaries(text).is_boundary(c.start + 2)
        and first in verbs()
    )


def _point_topic(doc: Document, c: Candidate, i: int) -> bool:
    """A term that makes up a whole point title (一是柔性引才。) is the point's topic."""
    p = doc.passages[i]
    if _POINT_TOPIC.fullmatch(doc.text, p.start, c.start) is None:
        return False
    # 二是党员联户，打通服务末梢。: a point's title of a term and its aim, before the body that follows it
    return (p.heading and _POINT_END.fullmatch(doc.text, c.end, p.end) is not None) or (
        _POINT_AIM.match(doc.text, c.end) is not None
    )


def _names_title(text: str, c: Candidate, titles: Spans) -> bool:
    """A part title (or its first clause) made of a verb of setting up and a rule's name names it
    (一、建立联席会议制度。 二、健全议事协商机制,激发自治活力。)."""
    k = bisect_right(titles.starts, c.start) - 1
    start, end = titles.spans[k] if k >= 0 else (c.start, c.end)
    if not (c.end >= end or _TITLE_REST.match(text, c.end, end) is not None):
        return False
    if _TITLE_NUMBER.fullmatch(text, start, c.start) is not None:
        # 3.村企联建模式。: a title that is only a numbered name of four or more words before its head names
        # it (一、重设组织架构,让…: a deed and its aim, a slogan)
        name = text[c.start : c.end]
        head = lexicon().head_of(name) or ""
        return (
            c.rule == "head-noun"
            and len(name) - len(head) >= 4
            and name[:2] not in verbs()
            and _POINT_END.fullmatch(text, c.end, end) is not None
        )
    verb = _TITLE_VERB.fullmatch(text, start, c.start)
    if verb is None:
        return False
    # 二、创新土地托管模式，…; 3.实施人才回引工程。: a way or a programme of four or more words of its own set up
    # by the title's verb
    head = lexicon().head_of(text[c.start : c.end]) or ""
    return _RULE_HEAD.search(text, c.start, c.end) is not None or (
        c.rule == "head-noun" and head in _WAY_HEADS and c.end - c.start - len(head) >= 4
    )


_TITLE_QUOTE = re.compile('[“"]([^”"]{2,40})[”"]')


def _policy_components(doc: Document, by_core: dict[str, str]) -> None:
    """A policy document whose title quotes a practice of the report serves it: 《…落实“乡镇吹哨、部门报到”
    联勤联动工作机制的实施意见》 is a component of that mechanism."""
    if not any(e.cls == "PolicyDocument" for e in doc.entities.values()):
        return  # most documents cite no policy document
    practices = {
        norm(name): e.key
        for e in doc.entities.values()
        if e.cls in ACTIVITY_CLASSES and e.cls != "PolicyDocument"
        for name in (e.label, *e.alt_labels)
        if len(norm(name)) >= 4
    }
    for ent in list(doc.entities.values()):
        if ent.cls != "PolicyDocument":
            continue
        for q in _TITLE_QUOTE.finditer(ent.label):
            whole = by_core.get(norm(q.group(1)))
            target = doc.entities.get(whole or "")
            if target is not None and target.cls != "PolicyDocument" and target.key != ent.key:
                doc.relations.append(Relation(ent.key, "componentOf", target.key, ent.passages[0]))
                break
        else:
            # 《某县农村党员积分制管理实施细则》 under 推行党员积分制管理: the rules of a practice the report names
            title = norm(ent.label)
            named = [name for name in practices if name in title]
            if named:
                doc.relations.append(Relation(ent.key, "componentOf", practices[max(named, key=len)], ent.passages[0]))


def _better(label: str, c: Candidate, ent: Entity) -> bool:
    """A quoted name with its head noun is a better label than a bare or shorter form."""
    return not c.bare and len(norm(label)) > len(norm(ent.label)) and ent.cls != "PolicyDocument"
