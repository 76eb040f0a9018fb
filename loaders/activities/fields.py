"""Categories of activities: the concepts an activity's own name gives, and those its defining clause adds.

A name that says its field (居民议事会, 网格化管理) is that field and nothing more; a name that says none
(“两个中心”, 自治型, “1+3+N”模式), or says only the instrument work is organised with (工作专班,
责任制, 标准体系, 包联机制), takes the fields of the text that defines it: the head of the list it
is an item of (自治型、托管型等物业管理模式), a clause that explains it (X，即…), the field its siblings
in that list name, the words of its own sentence that no other practice stands between, and the heading
or part it is introduced under; a name that says only a method (观摩, 督导, 示范) is a tool of what its
report is about, the field its title names and its body comes back to. A field word of the sentence
that sits beyond another practice belongs to that practice. A sentence that opens on its topic
(在推进X工作中，…; 将X作为…工程，…) lends X to every practice it introduces, whatever their names say,
and so do the later sentences of a paragraph it opens. A service given in a sentence that names a
party-mass service centre is that centre's work too, and so is a place the party keeps (党群连心站,
“红色会客厅”); what an enterprise builds with a university as its partner is industry-academia
collaboration, and a name that brings people in (加快集聚创新人才的措施) is talent recruitment.

>>> from pathlib import Path
>>> from loaders import segment
>>> from loaders.activities.stage import run
>>> d = run(segment.run(Document(path=Path("x.txt"), text="某区经验\\n某区推行自管型、托管型等物业服务模式。")))
>>> sorted(d.entities["activity/托管型"].categories)
['PropertyManagement']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache

from loaders.activities.field_cues import (
    ACADEMIA,
    CONTACT_SYSTEM,
    MANAGEMENT,
    RESEARCH,
    SCHOOLS,
    academic,
    academic_partners,
    compound_fields,
    definitions,
    digital_head,
    firm_party,
    leaders_in_charge,
    manages_members,
    member_fields,
    split_words,
)
from loaders.activities.parts import ACTIVITY_CLASSES
from loaders.document import Document, Mention
from loaders.keywords import Keywords, trie_pattern
from loaders.spans import Spans

__all__ = ["assign", "categories_for", "specific_concepts"]

_CLAUSE_END = re.compile(r"[，,；;。！？!?：:\n]")
_TO_CLAUSE_END = re.compile(f"(?s:.*){_CLAUSE_END.pattern}")  # through the last mark: the greedy run backs off
_SENTENCE_END = re.compile(r"[；;。！？!?\n]")
_COORDINATED = re.compile(r"[、“”‘’\"'\s和及与或]*")  # between items of one list: 自治型、“红管家”和…
_APPOSITION = re.compile(r"\s*[，,]\s*即")  # “楼长三联”，即在楼栋设置联络员…
_NO_NAMES = Spans([])
# a sentence's opening topic X: (its doer) 在X(工作)中/方面/领域/上， or (坚持)将/把X作为…， (after an ordinal:
# 一是, （二）, 3.); what X is made (作为…载体) says its role, not the topic
_TOPIC = re.compile(
    r"\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?\s*[^，,；;。：:在将把]{0,12}?"
    r"(?:在(?P<at>[^，,；;。：:]{2,40})(?:中|方面|领域|上)|(?:坚持)?[将把](?P<as>[^，,；;。：:]{2,40}?)作为[^，,；;。：:]{1,20})[，,]"
)
# concepts that say the instrument work is organised with, not what the work is: a name that says only
# these (创建工作专班, 项目化认领机制, 标准体系) is defined by the field of the text around it
_INSTRUMENTS = frozenset({"ResponsibilitySystem", "Standardization", "LeaderContactSystem"})
# concepts that say the means a practice works through: a digital platform, cadres sent to stay, a call that
# brings the departments in (吹哨). A name the text coins that says only these (“某某智治”平台, 派驻机制,
# “村里吹哨”: a grid's whistle when 网格 reports it) is defined by its text like an instrument; a fixed term of
# art (第一书记, 一网通办) is the general practice and keeps them as its field
_MEANS = frozenset({"DigitalGovernance", "FirstSecretaryDispatch", "CoordinatedResponse"})
# a tool's users say what it serves: a sentence where 网格员 report through a platform makes it grid work
_DIGITAL = "DigitalGovernance"
_TOOLS = frozenset({_DIGITAL})
# services given at a place: a name that says only the service (“一窗通办”便民服务, 帮办机制) offered in a sentence
# that names a party-mass service centre is that centre's work
_SERVICES = frozenset({"ConvenienceServices", "PublicServices"})
_PLACE = "PartyMassServiceCenter"
# a place the party or its members keep for the public, named by its keeper and its head (党群连心站, “红色会客厅”,
# 党员之家, 红色小屋): a party-mass service centre, whatever its own words say it offers
_PARTY_PLACE = re.compile(
    r"(?:党群|党员|红色)[^，,；;。]{0,5}?(?:驿站|服务站|服务点|之家|家园|小屋|港湾|会客厅|客厅|阵地|中心|站)[”\"’')）]*$"
)
# what a party-mass service centre offers besides itself: a place named for those services is still the centre
_OFFERED = frozenset({_PLACE, "ConvenienceServices", "PublicServices", "VolunteerService", "CareServices"})
# campaigns on party organizations that are run by rating and checking them: a name that says only such a
# method (观摩评比机制, 督导, 回头看) or only a grade of stars (“一星一策”) and stands in the campaign's
# heading, part or topic is a tool of that campaign
_CAMPAIGNS = frozenset({"StarRatedBranch", "WeakOrganizationRectification"})
# a grade of stars or a deed on stars: 星级, 五星, 几星, 争星, 评星, 晋星, 摘星, 挂星 (not 星期, 星空, 五星红旗)
_STARS = re.compile(r"星级|[争创评晋摘挂升定夺保]星|[一二三四五六七八九十两几多]星(?![期空红])")
# a body or place that settles disputes (调解队, “某某调解+速裁”工作站) gives legal service: what a name that
# says dispute settlement is when its head is a room, station, team, centre or committee
_DISPUTES = "ConflictResolution"
_LEGAL = "RuleOfLawServices"
_BODY_HEAD = re.compile(r"(?:室|站|队|中心|委员会|调委会)[”\"’')）]*$")
# bringing people in, said as a verb and its object with other words between (加快集聚京津冀创新人才的若干措施,
# 吸引高校毕业生来某县就业): talent recruitment, where no keyword holds both
_RECRUITING = re.compile(
    r"(?:吸引|集聚|聚集|汇聚|招引|引进|引聚|招募|延揽|招揽|引育|引留)[^，,；;。]{0,10}?"
    r"(?:人才|英才|博士|硕士|专家|大学生|毕业生|青年)"
)
_RECRUITMENT = "TalentRecruitment"
_NON_PUBLIC = "NonPublicSectorPartyBuilding"
_LEADERS = "VillageLeaderTeam"
# the methods the clause right after a practice can say it works by: rating units, checking on them, leaders taking
# charge of them (“四联四包”制度，每名县级领导联系1个乡镇、包抓2个项目); in a later clause (…，每年评选十佳楼栋)
# a method word is a deed of its own
_RATINGS = frozenset({"EvaluationRanking", "SupervisionInspection", "LeaderContactSystem"})
# that clause says how when it opens on whom or what by (对各村…, 按照…, 由…), or on how often (每月, 定期); one
# that opens on a deed with its result (，全市评定示范村30个) is a deed of its own
# a clause that opens on setting up something else (，组建党员攻关小组; ，同时建立…) is a deed of its own
_NEW_DEED = re.compile(
    r"[，,]\s*(?:同时|并|还|又)?(?:组建|建立|设立|成立|打造|推行|实施|开展|建成|创建|出台|推出|开设|搭建|培育)"
)
_HOW = re.compile(r"[，,]\s*(?:[^，,；;。]{0,4}?(?:对|按|由|将|把|通过|依据|根据|以|每|定期)|逐月|按月|按季)")
# a verb that says what a practice pushes, right after its name (…助推村集体经济发展, …激活小区治理)
_DRIVES = re.compile(r"\s*(?:助推|助力|推动|带动|激活|赋能|撬动|促进|护航)")
# a sentence's first clause up to the practice it works on: its doer, then a deed on it (深化, 健全, 推进…)
_OPENING = re.compile(
    r"\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?[^，,；;。：:]{0,12}?"
    r"(?:深化|健全|完善|推进|推行|构建|实施|创新|探索|落实|打造|建立|建强|做实|做优|升级|优化|强化)"
    r"[“\"]?"
)
# the party organizations a rating is of: a rating that names no other field (星级评定, 观摩评比) in a sentence
# that rates branches by stars is the star-rated branch campaign; one of members, cadres, households or firms
# is an evaluation only
_BRANCHES = re.compile(r"(?:支部|党组织|党总支|基层组织)(?!书记|委员|成员)")
_STAR_RATED = "StarRatedBranch"
# those a grade of stars is given to when they are no party organization (党员星级管理, 星级文明户, 五星商户)
_RATEES = re.compile(r"党员|[农商住]?户|家庭|干部|网格员|书记|企业|商户|店|个人|村民|居民|志愿者|学校|窗口")
_RATING = "EvaluationRanking"
# households a party member keeps in touch with, counted (联系10户, 对口联系数名农户, 联系10至15户居民)
_CONTACTS = re.compile(
    r"(?:联系|联络|帮带)[^，,；;。企商]{0,4}?[一二三四五六七八九十百两几数多\d]+(?:[至到-][一二三四五六七八九十\d]+)?"
    r"(?:名|个)?(?:农|牧)?户"
)
# a count inside a keyword: 联十户, 包五户 are 联户, 包户 for so many households
_COUNTED = re.compile(r"(?<=[联包])[一二三四五六七八九十百两几数多\d]+(?=户)")


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


def specific_concepts() -> frozenset[str]:
    """The concepts narrower than a top concept: a name with one of them says what it is."""
    return _concepts()[2]


@cache
def _lent() -> frozenset[str]:
    """The specific concepts a text lends the practices it defines: fields of work (网格, 物业, 集体经济),
    not the methods work is pushed with (评选, 督导, 示范, 台账: narrower than ImplementationMethods), whose
    words in a sentence name another of its deeds; a method comes only from the practice's own name."""
    from ontology.vocabulary import concept_labels

    labels = concept_labels()

    def method(c: str) -> bool:
        return c == "ImplementationMethods" or any(method(b) for b in labels[c]["broader"])

    return frozenset(c for c in _concepts()[2] if not method(c))


@cache
def _methods() -> frozenset[str]:
    """The specific concepts that say how work is pushed (评比, 督导, 示范, 台账), not what the work is."""
    return _concepts()[2] - _lent()


@cache
def _concept_words() -> Keywords:
    """The concept keywords as one automaton: what `_concepts()`'s regex finds over a passage, at Rust speed."""
    return Keywords(_concepts()[1])


@cache
def _specific_words(people: bool = False) -> dict[str, frozenset[str]]:
    """Keyword -> the specific fields of work it names (`_lent`); other keywords are left out, and so are
    words for the people who do the work (…员: 网格员, 在职党员) unless `people`: a sentence that sends
    them somewhere (选派在职党员担任…, 由网格员采取…方式) says who works, not what its practice is, but
    the users of a tool say what it serves."""
    _, by_word, _ = _concepts()
    lent = _lent()
    return {
        w: frozenset(c for c in v if c in lent)
        for w, v in by_word.items()
        if set(v) & lent and (people or not w.endswith("员"))
    }


def categories_for(names: set[str] | list[str]) -> set[str]:
    """Concepts whose keyword appears in any of the names (labels, alt labels) of an activity.

    >>> sorted(categories_for({"网格化管理"}))
    ['GridGovernance']
    """
    found: set[str] = set()
    for name in names:
        found |= _name_categories(name)
    return found


@lru_cache(maxsize=65536)
def _name_categories(name: str) -> frozenset[str]:
    """The concepts one name's keywords give (cached: every document asks again for the same labels).

    The longest keyword at every character, so keywords that overlap all count (退休党员积分制激励: 党员积分
    and 积分制).
    """
    from loaders.activities.stage import norm

    pattern, by_word, _ = _concepts()
    name = norm(name)
    found: set[str] = set()
    for form in {name, _COUNTED.sub("", name)}:  # 党员联五户 is also read as 党员联户
        reach = 0
        for i in range(len(form)):
            m = pattern.match(form, i)
            if m and m.end() > reach:  # a keyword inside a longer one is none (微党校 holds no 党校)
                found.update(by_word[m.group(0)])
                reach = m.end()
    return frozenset(found)


def _fields(doc: Document, start: int, end: int, names: Spans, people: bool = False) -> set[str]:
    """The fields of work named between start and end, outside other activities' names (with the words
    for people who do the work if `people`); households counted per contact (联系8户) are household contact."""
    spec_of = _specific_words(people)
    out: set[str] = set()
    if _CONTACTS.search(doc.text, start, end):
        out.add("PartyMemberHouseholdContact")
    if manages_members(doc.text, start, end):
        out.add(MANAGEMENT)
    if leaders_in_charge(doc.text, start, end):
        out.add(CONTACT_SYSTEM)
    for s, e, word in _concept_words().finditer(doc.text, start, end):
        spec = spec_of.get(word)
        if spec and not names.holding(s, e):
            out |= spec
    return out


def _titles(doc: Document) -> list[set[str]]:
    """Per report, the fields of work its title names (practices' names included; the first report's, the
    document's title's too, above a subtitle) that its body comes back to in two sentences or more: what the
    report is about (某县发展壮大村级集体经济工作总结; 某区：党员回社区“双报到”). A field the title names in
    passing (“一事一议”打造试点村) is not the report's."""
    spec_of = _specific_words()
    out: list[set[str]] = []
    for k, r in enumerate(doc.reports):
        title = r.title if k or not doc.title else f"{doc.title}\n{r.title}"  # the first report: the document's too
        named = {c for _s, _e, word in _concept_words().finditer(title) for c in spec_of.get(word, ())}
        if not named:  # most titles name no field: nothing of the body to count
            out.append(set())
            continue
        body = r.start + len(r.title) if doc.text.startswith(r.title, r.start) else r.start
        seen = [
            _fields(doc, p.start, p.end, _NO_NAMES, people=True) & named
            for p in doc.passages
            if p.report == k and p.start >= body
        ]
        out.append({c for c in named if sum(c in f for f in seen) >= 2})
    return out


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Where the clause holding `pos` starts: after its last clause mark from `floor` on, else `floor`."""
    if pos <= floor:
        return pos
    last = _TO_CLAUSE_END.match(text, floor, pos)  # one match from the end, not one per character
    return last.end() if last else floor


def _defining(doc: Document, m: Mention, names: Spans) -> set[str]:
    """Fields of the text that defines a name wherever it stands: the head of the list it is an item of
    (A、B等<head>; <head>，即A、B; <head>：A、B) and a clause that explains it (X，即…)."""
    text, p = doc.text, doc.passages[m.passage]
    out: set[str] = set()
    end = _CLAUSE_END.search(text, m.end, p.end)
    clause_end = end.start() if end else p.end
    k = text.find("等", m.end, clause_end)
    if k >= 0:  # the head is the list's own words, even where it is read as a name (等8项网格管理办法)
        out |= _fields(doc, k, clause_end, _NO_NAMES)
    cs = _clause_start(text, m.start, p.start)
    if cs > p.start and (text[cs : m.start].lstrip().startswith("即") or text[cs - 1] in "：:"):
        out |= _fields(doc, _clause_start(text, cs - 1, p.start), cs - 1, _NO_NAMES)
    if _APPOSITION.match(text, m.end):  # what it is, its methods too (“五统一”，即统一标识、统一流程…)
        stop = _SENTENCE_END.search(text, m.end, p.end)
        out |= _fields(doc, m.end, stop.start() if stop else p.end, names)
        out |= _methods_in(doc, m.end, stop.start() if stop else p.end, _methods())
    if m.start - 2 >= p.start and text[m.start - 1] == "的" and text[m.start - 2] in '”"':
        opening = text.rfind("“", p.start, m.start - 2)
        if opening >= 0:
            out |= _fields(doc, opening + 1, m.start - 2, _NO_NAMES)
    return out


def _relative(doc: Document, m: Mention) -> set[str]:
    """Fields of a relative clause right before the name (由A召集、B和C参加的联席会议制度): it says what the
    name is for, other practices' names included."""
    text, p = doc.text, doc.passages[m.passage]
    if m.start - 1 <= p.start or text[m.start - 1] != "的" or text[m.start - 2] in '”"':
        return set()
    return _fields(doc, _clause_start(text, m.start - 1, p.start), m.start - 1, _NO_NAMES)


def _goals(doc: Document, mentions: list[Mention]) -> dict[str, set[str]]:
    """Per activity key, the fields of what a mention of it is said to push (“党员领头雁”助推村集体经济发展;
    以“红色管家”激活物业服务): a practice is a tool of the field it drives, whatever its own name says."""
    text = doc.text
    out: dict[str, set[str]] = {}
    for m in mentions:
        verb = _DRIVES.match(text, m.end)
        if m.key is None or verb is None:
            continue
        end = _CLAUSE_END.search(text, verb.end())
        out.setdefault(m.key, set()).update(_fields(doc, verb.end(), end.start() if end else len(text), _NO_NAMES))
    return out


def _sentence(doc: Document, m: Mention, acts: list[tuple[int, int]], names: Spans, people: bool = False) -> set[str]:
    """Fields of the name's sentence that no other practice stands between: the list the name is an item
    of counts as one (童伴之家、夕阳红乐园), and its items are kinds of one thing, so the field a sibling
    names is the item's too (资源开发、入股分红、物业经营); a practice beyond it takes the words on its far side
    (and `people`, the words for those who work, are read too)."""
    text, p = doc.text, doc.passages[m.passage]
    lo, hi = m.start, m.end
    k = bisect_right(acts, (lo, hi)) - 1
    j = k
    while j > 0 and _COORDINATED.fullmatch(text, acts[j - 1][1], lo) and acts[j - 1][1] <= lo:
        j -= 1
        lo = acts[j][0]
    j = k
    while j + 1 < len(acts) and acts[j + 1][0] >= hi and _COORDINATED.fullmatch(text, hi, acts[j + 1][0]):
        j += 1
        hi = acts[j][1]
    left = max((e for s, e in acts if e <= lo), default=p.start)
    right = min((s for s, e in acts if s >= hi), default=p.end)
    sib = _fields(doc, lo, m.start, _NO_NAMES, people) | _fields(doc, m.end, hi, _NO_NAMES, people)
    return (
        sib | _fields(doc, max(left, p.start), lo, names, people) | _fields(doc, hi, min(right, p.end), names, people)
    )


def _after(doc: Document, m: Mention, acts: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The clauses that go on from a name that ends its own clause (“五比五看”，每月对各村…进行评分排序), up
    to the next practice or the sentence's end: they say what it is."""
    text, p = doc.text, doc.passages[m.passage]
    if not text.startswith(("，", ","), m.end):
        return None
    return m.end, min(min((s for s, _e in acts if s >= m.end), default=p.end), p.end)


def _first_clause_end(text: str, start: int, end: int) -> int:
    """Where the first clause after a name's comma (at `start`) ends, within `end`."""
    clause = _CLAUSE_END.search(text, start + 1, end)
    return clause.start() if clause else end


def _methods_in(doc: Document, start: int, end: int, kinds: frozenset[str]) -> set[str]:
    """The methods of `kinds` the words between start and end name (评分排序, 包抓, 统一标准)."""
    _, by_word, _ = _concepts()
    return {c for _s, _e, word in _concept_words().finditer(doc.text, start, end) for c in by_word[word] if c in kinds}


def _named(doc: Document, m: Mention, concept: str) -> set[str]:
    """The concept if a word of it stands in the name's sentence (words of names included), else nothing: the
    party-mass service centre a service is given at, the app or data a platform runs on."""
    p = doc.passages[m.passage]
    _, by_word, _ = _concepts()
    for _s, _e, word in _concept_words().finditer(doc.text, p.start, p.end):
        if concept in by_word[word]:
            return {concept}
    return set()


def _stars_of_branches(doc: Document, m: Mention, label: str) -> bool:
    """Whether a name is a rating of party branches by stars: stars in the name or its sentence, and the
    party organizations it rates (支部, 党组织; not 书记) in that sentence."""
    p = doc.passages[m.passage]
    stars = _STARS.search(label) or _STARS.search(doc.text, p.start, p.end)
    return bool(stars and _BRANCHES.search(doc.text, p.start, p.end))


def _sections(doc: Document, names: Spans, titles: list[set[str]]) -> list[set[str]]:
    """Per passage: the fields of the heading it stands under, of its report's title (`titles`) and of its
    numbered part's title; a heading that names an activity (配强“四支队伍”。) also takes the passage under
    it, which says what it is."""
    text = doc.text
    wanted = {m.passage for m in doc.mentions if m.cls in ACTIVITY_CLASSES}
    heads = {i for i in wanted if doc.passages[i].heading}
    own = {
        i: _fields(doc, p.start, p.end, names)
        for i, p in enumerate(doc.passages)
        if p.heading or (i - 1 in heads and not p.heading)
    }
    parts: dict[tuple[int, int], set[str]] = {}
    for r in doc.reports:
        for prt in r.parts:
            if prt.level == 1:
                parts[(prt.start, prt.end)] = categories_for([text[prt.start : prt.title_end]]) & _lent()
    part_spans = sorted(parts)
    part_starts = [s for s, _ in part_spans]
    out: list[set[str]] = []
    heading: set[str] = set()
    report = None
    for i, p in enumerate(doc.passages):
        if p.report != report:
            report = p.report
            heading = titles[report] if report is not None else set()
        above = heading
        if p.heading:
            heading = own[i] | (titles[report] if report is not None else set())
        # the first item of a list run on with ；(一是抓党员教育，推行X；二是…) heads only itself: the items
        # after it are its siblings
        item = p.heading and text[p.start : p.end].rstrip().endswith(("；", ";"))
        if i in wanted:
            k = bisect_right(part_starts, p.start) - 1
            part = parts[part_spans[k]] if k >= 0 and p.start < part_spans[k][1] else set()
            body = own.get(i + 1, set()) if i in heads and not item else set()
            out.append(heading | part | body)
        else:
            out.append(set())
        if item:
            heading = above
    return out


def _topics(doc: Document) -> dict[int, set[str]]:
    """Per passage, the fields of the topic it opens on (在推进X工作中，…), practices' names included: the
    whole sentence is about X; a sentence that opens its paragraph (after a line break or a run-in
    heading) sets the topic of the paragraph's later sentences too."""
    text, passages = doc.text, doc.passages
    out: dict[int, set[str]] = {}
    paragraph: set[str] = set()
    for i, p in enumerate(passages):
        opens = i == 0 or passages[i - 1].heading or "\n" in text[passages[i - 1].end : p.start]
        if opens or p.heading:
            paragraph = set()
        m = _TOPIC.match(text, p.start, p.end)
        own: set[str] = set()
        if m:
            topic = "at" if m.start("at") >= 0 else "as"
            own = _fields(doc, m.start(topic), m.end(topic), _NO_NAMES)
            if opens and not p.heading:
                paragraph = own
        if own or paragraph:
            out[i] = own | paragraph
    return out


def _openers(doc: Document, mentions: list[Mention]) -> dict[int, tuple[int, set[str]]]:
    """Per sentence that opens on a deed on one practice (深化“双报到”机制，…; 某县健全网格化管理体系，…): where
    that clause ends and the fields the practice's name says; the practices the later clauses set up
    (建立“三张清单”，即…) are its tools."""
    text = doc.text
    out: dict[int, tuple[int, set[str]]] = {}
    for m in mentions:
        p = doc.passages[m.passage]
        if p.heading or m.passage in out:
            continue
        end = _CLAUSE_END.match(text, m.end)
        if end is None or end.group() not in "，,；;：:" or _CLAUSE_END.search(text, p.start, m.start):
            continue
        opening = _OPENING.fullmatch(text, p.start, m.start)
        fields = categories_for([m.text]) & _lent() if opening else set()
        if fields:
            out[m.passage] = (end.end(), fields)
    return out


def assign(doc: Document) -> None:
    """Give every activity of `doc` the categories of its names and of the text that introduces it."""
    mentions = [m for m in doc.mentions if m.cls in ACTIVITY_CLASSES]
    # words inside another activity's name belong to it; fixed terms, bare quoted names and headings do not
    names = Spans(
        [
            (m.start, m.end)
            for m in mentions
            if m.rule not in ("term", "quoted-bare") and not doc.passages[m.passage].heading
        ]
    )
    acts: dict[int, list[tuple[int, int]]] = {}
    first: dict[str, Mention] = {}
    for m in mentions:
        acts.setdefault(m.passage, []).append((m.start, m.end))
        if m.key is not None and (m.key not in first or m.passage < first[m.key].passage):
            first[m.key] = m
    for spans in acts.values():
        spans.sort()
    titles = _titles(doc)
    sections = _sections(doc, names, titles)
    goals = _goals(doc, mentions)
    openers = _openers(doc, mentions)
    topics = _topics(doc)
    partners = academic_partners(doc)
    schools = {m.passage for m in doc.mentions if m.cls == SCHOOLS}
    defined = definitions(doc, ACTIVITY_CLASSES)
    orgs = sorted((m for m in doc.mentions if m.cls not in ACTIVITY_CLASSES), key=lambda m: m.start)
    named = specific_concepts() - _INSTRUMENTS
    for ent in doc.entities.values():
        if ent.cls not in ACTIVITY_CLASSES:
            continue
        ent.alt_labels.discard(ent.label)
        own = categories_for({ent.label, *ent.alt_labels})
        ent.categories |= own | goals.get(ent.key, set())
        intro = first.get(ent.key)
        # the word written right before a quoted name says whom it is for (建立党员“e档案”, 推出人才“一站式”服务)
        quoted = intro is not None and intro.text.startswith(("“", '"'))
        owner = doc.text[max(0, intro.start - 2) : intro.start] if intro is not None and quoted else ""
        ent.categories |= member_fields(owner + ent.label, own) | split_words(owner + ent.label)
        if intro is None:
            continue
        # a name that names a specific practice (议事会, 网格, 派驻) is defined by it: its sentence and section
        # add nothing (居民议事会 in a paragraph on property management is still a council)
        method = bool(own) and own <= _methods()
        opaque = not own & (named if intro.rule == "term" else named - _MEANS)
        ent.categories |= _defining(doc, intro, names) | topics.get(intro.passage, set())
        for start, end, full in defined.get(ent.key, ()):  # what it is, its methods too where 是指 says so
            ent.categories |= _fields(doc, start, end, names) | (
                _methods_in(doc, start, end, _methods()) if full else set()
            )
        if _DISPUTES in own and _BODY_HEAD.search(ent.label):
            ent.categories.add(_LEGAL)
        if own and own <= _SERVICES:
            ent.categories |= _named(doc, intro, _PLACE)
        if _RECRUITING.search(ent.label):
            ent.categories.add(_RECRUITMENT)
        if _DIGITAL not in own and digital_head(ent.label):
            ent.categories |= _named(doc, intro, _DIGITAL)
        if _PARTY_PLACE.search(ent.label) and not own & named - _OFFERED:
            ent.categories.add(_PLACE)
        if own <= _methods() and _stars_of_branches(doc, intro, ent.label):
            ent.categories.add(_STAR_RATED)
        if _STARS.search(ent.label) and _RATEES.search(ent.label):  # stars for members or households: a rating
            ent.categories.add(_RATING)
        if own <= _methods() and (own or _STARS.search(ent.label)):
            ent.categories |= (sections[intro.passage] | topics.get(intro.passage, set())) & _CAMPAIGNS
        report = doc.passages[intro.passage].report
        if method and report is not None:
            ent.categories |= titles[report]
        after = _after(doc, intro, acts[intro.passage])
        # the clause right after it: what a rating or check is of (“擂台比武”，组织村书记比实绩), how it works
        first_clause = (after[0], _first_clause_end(doc.text, *after)) if after is not None else None
        if method and first_clause is not None and not _NEW_DEED.match(doc.text, first_clause[0]):
            ent.categories |= _fields(doc, *first_clause, names, people=True)  # those rated (组织网格员比拼…)
        ent.categories |= compound_fields(ent.label, own, doc.text[after[0] : after[1]] if after else "")
        # who does it, named in its own clause before it: a village's leading team (村两委班子推行…, 村党支部书记领办…)
        lead = _fields(doc, _clause_start(doc.text, intro.start, doc.passages[intro.passage].start), intro.start, names)
        ent.categories |= lead & {_LEADERS}
        if opaque:
            used = bool(own & _TOOLS)
            ent.categories |= _sentence(doc, intro, acts[intro.passage], names, used) | sections[intro.passage]
            ent.categories |= _relative(doc, intro)
            if first_clause is not None and _HOW.match(doc.text, first_clause[0]):  # how: checks, ratings, contacts
                ent.categories |= _methods_in(doc, *first_clause, _RATINGS)
            opener = openers.get(intro.passage)
            if opener is not None and intro.start >= opener[0]:
                ent.categories |= opener[1]
            if partners.get(intro.passage, intro.end) < intro.start:
                ent.categories.add(ACADEMIA)
        if firm_party(doc, intro, orgs):
            ent.categories.add(_NON_PUBLIC)
        if RESEARCH in own and ACADEMIA not in ent.categories and academic(doc, intro.passage, schools):
            ent.categories.add(ACADEMIA)
