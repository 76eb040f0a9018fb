"""Campaigns named without quotes: a noun phrase that ends on a campaign head.

A drive, battle, reform or survey is often written bare: 推动某某边境幸福村建设, 巩固某领域全覆盖攻坚行动
成果, 打好蓝天、碧水保卫战, 做好第二次全国林木普查. Its name is a noun phrase that

- ends on a campaign head (建设, 创建, 行动, 攻坚, 保卫战, 改革, 工程, 普查, 战略, 专项检查, 集中整顿 ...)
  followed by the end of
  the clause, by a word about the campaign (成果, 工作, 全覆盖, 为载体) or by its predicate (…建设取得
  成效: then the name is the clause's subject and starts it), never by an object (建设美丽乡村 is a deed);
- starts on a word boundary (loaders.names.words) after the verb that introduces it (开展, 推动, 巩固,
  打好 ...), an adverb, a function word, a scope or a date (全县, 2024年度) or the clause's start; one
  or two verbs right before the head are the name's own (某某传承弘扬三年行动, 某某规范整治攻坚行动);
- holds no clause (no verb of doing inside; 的 only in 党的, 与/和 only between two nouns), is not a
  generic phrase (工作, 各项工作) and is two to sixteen characters long (an action, reform or project
  three or more, unless a span of time: 整改行动 and 教育改革 are lines of work, 百日攻坚行动 is one).

A rectification or a renovation (某某整治, 适老化改造) is a drive only right after the verb that carries it
out (推进, 实施, 进行 ...): listed as a field (将某某整治纳入…) or credited (某某整治经验) it names none.
A drive of building (X建设) is a campaign only when it builds a kind of place or a vision of one (美丽
某湖, 某某幸福村, 某某长廊, 高标准农田, 质量强县): 队伍建设 and 精神文明建设 are lines of work. A census
carries its ordinal or scope (第三次全国某某普查), a strategy says what strengthens the place (科教兴县战略).
A quoted core with its drive (“某某”支部建设) is the quoted name with its head; an inspection's
(“某某”管理专项监督) is whole.

>>> text = "高位推动现代化边境幸福村建设,打好蓝天、碧水保卫战,持续巩固平安创建成果。"
>>> [(c.text(text), sorted(c.alts)) for c in campaigns(text)]  # doctest: +NORMALIZE_WHITESPACE
[('现代化边境幸福村建设', ['现代化边境幸福村']), ('蓝天、碧水保卫战', ['碧水保卫战', '蓝天保卫战']),
 ('平安创建', ['平安'])]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.activities.candidate import Candidate
from loaders.activities.lexicon import SIZE, lexicon
from loaders.activities.quote_edges import apart
from loaders.names.lexicon import verbs
from loaders.names.words import boundaries, function_word, part_of_speech
from loaders.scanning import gated

__all__ = ["campaigns", "time_word"]

_HAN = "\u4e00-\u9fff"
_L = lexicon()
# heads of a campaign's name, longest first; 建设 and 创建 also end verbs of building (建设美丽乡村)
_INSPECTION = "专项(?:检查|整治|治理|排查|督查|监督|清理|巡察|整顿)|(?:集中|综合)(?:整顿|整治)"
_HEADS = (
    "专项行动|攻坚行动|提升行动|攻坚战|保卫战|阻击战|歼灭战|大会战|会战|行动|攻坚|改革|工程|创建|建设|普查|战略|整治|改造|"
    + _INSPECTION
)
_HEAD = gated(f"(?<=[{_HAN}”\\d])(?:{_HEADS})")  # after a year too (某某专项整治2024行动)
# what may follow a campaign's name: the clause's end, or a word about the campaign, not an object
_AFTER = re.compile(
    "(?:成果|系列|工作(?![机制法室站队组体平方专台])|经验|做法|全覆盖|为(?:载体|抓手|牵引|契机|引领|重点)|中|期间|以来|目标|"
    "这[一条个项]|"
    f'等|和|与|及|[\\d一二三四五六七八九十百]+连冠|$|(?![{_HAN}A-Za-z\\d“”"‘《]))'
)
# verbs and adverbs that introduce a campaign, or end the words before its name
_INTRODUCER = re.compile(
    "开展|实施|启动|推进|推动|深化|组织|加强|加快|做好|抓好|打好|打赢|打响|完成|巩固|拓展|提升|实现|参与|"
    "参加|部署|助力|结合|聚焦|围绕|投身|开启|发起|进行|全面|深入|持续|高位|强化|抓实|落实|纳入|列入|举办|承办|"
    "配合|协助|做实|扎实|大力|积极|着力|认真|统筹|打出|培育|迎接|保障|服务于|带动|促进|紧扣|紧盯|锚定|瞄准|对标"
)
# a rectification or a renovation (整治, 改造) is a drive only right after the verb that carries it out
_INTRODUCED_HERE = re.compile(f"(?:{_INTRODUCER.pattern}|进行)$")
# a clause holds the name: it starts after these (or the text's start)
_CLAUSE_START = re.compile('[，,。；;：:！？!?\n“”"（）()《》]')
_SPEECH = re.compile("[，,。；;！？!?]")
# 建设 of a kind of place or of a vision of one: the last word is a settlement, a place or land built or a
# place strengthened (质量强县), or the first is a quality the campaign gives a place (美丽, 平安 ...)
_PLACE_KIND = re.compile(
    "(?:村|乡村|村庄|城市|县城|城|小镇|集镇|社区|街区|小区|园区|片区|示范区|长廊|走廊|示范带|湖|河|农田|[强兴富][省市县区州旗镇乡村])$"
)
_VISION = re.compile(
    "^(?:美丽|平安|幸福|和美|和谐|文明|智慧|法治|健康|宜居|清廉|廉洁|书香|绿色|海绵|韧性|无废|森林|园林|卫生|善治|活力)"
)
# a strategy of the place itself: what strengthens it (人才强县, 科教兴市, 生态立县); the country's
# strategies (乡村振兴战略) are lines of policy
_STRATEGY = re.compile("[强兴富立][省市县区州旗盟镇乡村]$")
_BATTLE = re.compile("(?:攻坚战|保卫战|阻击战|歼灭战|大会战|会战)$")
_SURVEY_SCOPE = re.compile("第[\\d一二三四五六七八九十]+次|全国|全省|全区|全市|全县")
_ORDINAL = re.compile("第[\\d一二三四五六七八九十]+[次届]")
_LEVEL = re.compile(f"[{_HAN}]{{1,4}}?(?=[一二两三四五六七八九十]级)")
_LISTED_ITEM = re.compile(f"[{_HAN}]{{2,6}}$")
_QUOTE = re.compile("“([^“”\n]{1,20})”")
# how people push (带头攻坚, 合力攻坚), said by a verb or adverb of manner, not what the drive is about
_MANNER = re.compile("带头|合力|集中|协同|联合|全力|奋力|持续|逐[日月年]|联手|携手")
_DISPOSAL = re.compile("[把将]")
_TEAM = re.compile("班子|队伍|干部队伍|人才队伍")
_JOINED = re.compile(f"(?:(?![和与及或、的])[{_HAN}]){{1,3}}")  # a short verb between two quotes
_LONGEST = 16
# a drive, a battle or a survey may have a two-character name (平安创建, 蓝天保卫战); a two-character
# action or reform is a line of work (整改行动, 教育改革) unless it is a span of time (百日攻坚行动)
_TWO_CHARACTERS = frozenset(("创建", "建设", "普查", "攻坚战", "保卫战", "阻击战", "歼灭战", "大会战", "会战"))
# a verb, adjective or idiom after a name is its predicate (adverbs by the lexicon only: the dictionary
# tags some nouns as adverbs, 进度)
_PREDICATE = frozenset(("v", "vd", "ad", "a", "i"))
# a scope or a pronoun's division before a name (全县, 我|县): no part of it
_SCOPE = frozenset(
    ("全省", "全市", "全县", "全区", "全镇", "全乡", "全旗", "全州", "省", "市", "县", "区", "镇", "乡", "旗", "州")
)
_PLACE_WORD = re.compile(f"[{_HAN}]{{2,6}}?(?:省|市|县|区|镇|乡|旗|州|街道)")
_DEICTIC = frozenset("我该本全各")  # 我|县, 该|区: a pronoun and a division, the doer named again
_NUMBERED = re.compile(f"[\\d一二两三四五六七八九十百千]+[{_HAN}]?")  # 三年, 百日, 十大
_COUNT = re.compile("[\\d一二两三四五六七八九十百千]+[项个大类批种条支家名所]")  # 三项, 十大: how many, no name
_DATE = re.compile("[\\d]+年度?|[\\d]+月|年度|今年|去年|明年")
_CLASSIFIERS = "个名家所项种类批支座套台件户人位次"
_CLAUSE_WORDS = frozenset(("c", "p", "r", "u", "uj", "ul", "uv", "uz", "ug", "ud"))  # conjunctions, prepositions ...
# the dictionary tags eras (现代, 新时代) and ages of people (青年, 老年) as times: they qualify a name
_NOT_A_TIME = re.compile("(?:代|[青少老中幼成童]年)$")
# verbs that only introduce a campaign, never say what it does (the others may be its own: 规范整治攻坚行动)
_ONLY_INTRODUCING = re.compile(
    "(?:开展|实施|启动|推进|推动|深化|组织|做好|抓好|打好|打赢|打响|完成|参与|参加|部署|进行|落实|纳入|列入|"
    "举办|承办|开启|发起|全面|深入|持续|扎实|大力|积极|着力|认真|统筹|加强|加快|强化|抓实|做实)$"
)


def campaigns(text: str) -> Iterator[Candidate]:
    """Candidates for the campaigns of `text` named without quotes (Initiatives, rule "campaign")."""
    words = boundaries(text)
    for h in _HEAD.finditer(text):
        if _inside_quote(text, h.start()) or not words.aligned(h.start(), h.end()) or not _ends_name(text, h.end()):
            continue
        found = _named(text, h.start(), h.end(), h.group(0), subject=not _AFTER.match(text, h.end()))
        if found is not None:
            yield found


def _ends_name(text: str, end: int) -> bool:
    """A campaign's name may end here: a word about the campaign follows, or its predicate (…建设取得成效,
    …创建扎实推进), not an object (建设美丽乡村, 创建文明城市 are deeds)."""
    if _AFTER.match(text, end):
        return True
    nxt = boundaries(text).word_at(end)
    return part_of_speech(nxt) in _PREDICATE or _L.boundary_re.fullmatch(nxt) is not None


def _inside_quote(text: str, pos: int) -> bool:
    """True when `pos` lies inside an open “…”, "…" or 《…》 of its line (the quoted and title rules read
    those); a quote that holds a clause before `pos` (“今后，我们要推进某某改革) is speech, whose
    names are read like the prose around it."""
    line = text.rfind("\n", max(0, pos - 60), pos) + 1  # bounded: a long line is no rescan
    chunk = text[max(line, pos - 60) : pos]
    if chunk.count("《") > chunk.count("》"):
        return True
    opened = chunk.count("“") > chunk.count("”") or chunk.count('"') % 2 == 1
    return opened and _SPEECH.search(chunk, max(chunk.rfind("“"), chunk.rfind('"'))) is None


def _quoted_drive(text: str, start: int, head_start: int, end: int) -> Candidate | None:
    """“某某”支部建设, “某某”创建, “某某”管理专项监督: the quote right before the words of a drive or an
    inspection (建设, 创建, 专项检查 ...: the quoted rules read the other heads) is the name's core; two
    quotes joined by a short verb (“小切口”撬动“大治理”) are one core. An inspection's name is the whole:
    an inspection of “小金库”问题 is no “小金库”."""
    if text[head_start:end] not in ("建设", "创建") and not re.fullmatch(_INSPECTION, text[head_start:end]):
        return None
    if _TEAM.fullmatch(text, start, head_start):
        return None  # “两委”班子建设: building a body's team is a line of work, as 队伍建设 is
    quotes = list(_QUOTE.finditer(text, max(0, start - 60), start))
    if not quotes or quotes[-1].end() != start or not quotes[-1].group(1).strip():
        return None
    first = quotes[-1]
    joint = quotes[-2].end() if len(quotes) > 1 else first.start()
    if (
        len(quotes) > 1
        and _JOINED.fullmatch(text, joint, first.start())
        and not apart(text, joint, text[joint : first.start()])
    ):
        first = quotes[-2]
    core = text[first.start() : start].replace("“", "").replace("”", "")
    tail = text[start:end]
    if text[head_start:end] not in ("建设", "创建"):
        return Candidate(first.start(), end, "Initiative", "campaign", 2, {core + tail})
    alts = {core, core + tail}
    if _L.head_of(text[start:head_start]):
        alts.add(core + text[start:head_start])  # “某某”体系建设: building “某某”体系, also named so
    return Candidate(first.start(), end, "Initiative", "campaign", 2, alts, core)


def _named(text: str, head_start: int, end: int, head: str, subject: bool) -> Candidate | None:
    """The unquoted noun phrase before a head, from its introducing verb or its clause's start; a name
    followed by its predicate is the clause's subject, so it starts the clause (after a scope or a date)."""
    before = boundaries(text).word_at(head_start - 1)
    if head == "攻坚" and (part_of_speech(before) == "d" or _MANNER.fullmatch(before)):
        return None  # 带头攻坚, 逐月攻坚: how people push, not the drive's field (脱贫攻坚, 污染治理攻坚)
    lo = max(0, head_start - 40)
    clause = max((m.end() for m in _CLAUSE_START.finditer(text, lo, head_start)), default=lo)
    if clause == lo and lo > 0:
        return None  # a run of forty characters without a stop is no clause of prose
    start = _start_after_introducer(text, clause, head_start)
    disposal = _disposed(text, clause, head_start)
    if disposal and text[end : end + 1] in ("成", "为", "到"):
        return None  # 把一个村建设成为…: the head is the verb 把 leads to its result
    if disposal:  # 把某某创建融入…: the name is what 把 takes, the verb after it is the clause's
        start, subject = max(start, disposal), False
    start = max(start, text.rfind("、", start, head_start) + 1)
    if text[start - 1 : start] == "、" and (level := _LEVEL.match(text, start, head_start)):
        start = level.end()  # 县、乡、村三级某某中心: the levels listed are counted by the name's own 三级
    if subject and start != clause:
        return None
    if text[start - 1 : start] == "”":
        drive = _quoted_drive(text, start, head_start, end)
        if drive is not None or head in ("建设", "创建"):
            return drive
        # a quoted name of its own ends before this one (“某某”回引行动和技能人才倍增三年行动)
    at = _name_start(text, start, head_start, subject)
    if at is None:
        return None
    start = at
    name = text[start:head_start]
    words = boundaries(text)
    listed: list[str] = []
    if _BATTLE.search(head) and text[start - 1 : start] == "、":
        # 蓝天、碧水、净土保卫战: the fronts of one battle share its head
        listed = _listed_before(text, clause, start)
        if listed:
            start -= sum(len(x) + 1 for x in listed)
    if not _plausible(name, head) or (subject and _has_verb(name)):
        return None
    if SIZE.search(name):
        return None  # 实施小型水利工程: a kind of works by its size
    if head in ("整治", "改造") and not _INTRODUCED_HERE.search(text, max(0, start - 4), start):
        return None  # 将人居环境整治纳入…, 某县人居环境整治经验: a field of work named, no drive carried out
    alts = {name}
    if listed:
        alts = {x + head for x in (*listed, name)}
    elif ordinal := _ORDINAL.match(name):
        alts = {name[ordinal.end() :] + head}  # 第三次全国某某普查 is also 全国某某普查
    elif (place := _PLACE_WORD.match(name)) and len(name) - place.end() >= 4 and words.is_boundary(start + place.end()):
        alts.add(name[place.end() :] + head)  # 某某镇美丽乡村建设 is also 美丽乡村建设
    return Candidate(start, end, "Initiative", "campaign", 3, alts)


def _disposed(text: str, clause: int, head_start: int) -> int:
    """Where the object of 把/将 starts in the clause before a head (某县把某某创建融入…), or 0: that object
    is the name, and the verb after it is no predicate of the name."""
    words = boundaries(text)
    for m in _DISPOSAL.finditer(text, clause, head_start):
        if words.span_at(m.start()) == (m.start(), m.end()):
            return m.end()
    return 0


def _start_after_introducer(text: str, clause: int, head_start: int) -> int:
    """Just after the last introducing verb or adverb before the head, or the clause's start. A verb after
    的 is a noun (党的组织体系); a verb after a noun and before only a number (整治提升三年行动) or a year's
    name (作风提升年) is the name's own, and the verb before that noun introduces the name."""
    found = [
        m
        for m in _INTRODUCER.finditer(text, clause, head_start)
        if m.end() < head_start and text[m.start() - 1 : m.start()] != "的"
    ]
    k = len(found) - 1
    while k > 0 and found[k].start() - found[k - 1].end() >= 2:
        rest = text[found[k].end() : head_start]
        own = not rest or _NUMBERED.fullmatch(rest) or rest[0] == "年"  # 提升三年行动, 提升年, 规范整治攻坚行动
        if not own or _ONLY_INTRODUCING.fullmatch(found[k].group(0)):
            break
        k -= 1
    return found[k].end() if found else clause


def _name_start(text: str, start: int, head_start: int, whole: bool = False) -> int | None:
    """Where the name before a head starts: on the first word after the last verb of doing (the lexicon's
    boundary words) or function word of text[start:head_start], numerals and function words skipped;
    None when no word is left, or when `whole` and the words end a context (the name must be all of them)."""
    spans = [sp for sp in boundaries(text).spans(start, head_start) if sp[0] >= start]
    own = _own_action(text, spans)
    cut = 0
    for i in range(own):
        if _ends_context(text, spans, i):
            cut = i + 1
    if whole and cut:
        return None
    for i in range(cut, len(spans)):
        if _kept(text, spans, i) or not _leading(text, spans, i):
            return spans[i][0]
    return None


def _own_action(text: str, spans: list[tuple[int, int]]) -> int:
    """Index of the first word of the name's own action: one or two verbs of two characters right before
    the head or its span of time (…非遗技艺传承弘扬三年行动, …停车秩序规范整治攻坚行动), after a noun that
    is their object; len(spans) when there is none. Those verbs say what the campaign does, so no cut there."""
    k = len(spans)
    while k > 0 and _NUMBERED.fullmatch(text, *spans[k - 1]):
        k -= 1
    first = k
    while first > 0 and k - first < 2:
        word = text[spans[first - 1][0] : spans[first - 1][1]]
        if len(word) != 2 or function_word(word) or _ONLY_INTRODUCING.fullmatch(word) or not word.isalpha():
            break
        first -= 1
    if first == k or first == 0:
        return len(spans)
    before = text[spans[first - 1][0] : spans[first - 1][1]]
    if _ends_context(text, spans, first - 1) or function_word(before) or part_of_speech(before) in _PREDICATE:
        return len(spans)
    return first


def time_word(word: str) -> bool:
    """A word of time (今年, 上半年, 近期) by the dictionary's tag, which also tags eras and ages of people
    (现代, 新时代, 青年): those qualify a name (现代农业经理人培育试点, 青年创客之家), they say no time.

    >>> time_word("上半年"), time_word("现代"), time_word("青年")
    (True, False, False)
    """
    return part_of_speech(word) == "t" and not _NOT_A_TIME.search(word)


def _leading(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """A word no name starts with: a function word, a date (2024年度), a number that counts (5个, not 百日),
    a scope (全县)."""
    word = text[spans[i][0] : spans[i][1]]
    tag = part_of_speech(word)
    if word in _SCOPE or _deictic(text, spans, i):
        return True
    if time_word(word) or _DATE.fullmatch(word) or (word[0].isdigit() and tag != "m"):
        return True
    if tag == "m":
        nxt = text[spans[i + 1][0] : spans[i + 1][1]] if i + 1 < len(spans) else ""
        return word[-1] in _CLASSIFIERS or part_of_speech(nxt) == "q" or _DATE.match(nxt) is not None
    return function_word(word)


def _kept(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """A function word that stays inside a name: 党的, an ordinal (第三次), 与/和 between two nouns
    (编制与交流) or glued to the next character (和美, a word the segmenter split)."""
    s, e = spans[i]
    word = text[s:e]
    if word == "的":
        return text[s - 1 : s] == "党"
    if word in ("与", "和") and i + 1 < len(spans):
        nxt = text[spans[i + 1][0] : spans[i + 1][1]]
        prev = text[spans[i - 1][0] : spans[i - 1][1]] if i > 0 else ""
        # two modifiers sharing the head (编制管理与交流改革), not two names (植树活动和整治行动)
        # a deed that is a head only after a quote (管理, 服务) ends no name before 与: 编制管理与交流改革
        named = _L.head_of(prev) not in (None, "管理", "服务")
        return (len(nxt) == 1 and not function_word(nxt)) or (len(prev) >= 2 <= len(nxt) and not named)
    return _ORDINAL.fullmatch(word) is not None


def _deictic(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """我县, 该|区: a pronoun and a division, the doer named again before the name."""
    word = text[spans[i][0] : spans[i][1]]
    nxt = text[spans[i + 1][0] : spans[i + 1][1]] if i + 1 < len(spans) else ""
    return word[0] in _DEICTIC and (word[1:] in _SCOPE or (len(word) == 1 and nxt in _SCOPE))


def _ends_context(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """A word after which the name starts: a verb of doing, an adverb or preposition of the lexicon, a
    conjunction, preposition, pronoun or particle, punctuation."""
    word = text[spans[i][0] : spans[i][1]]
    if _kept(text, spans, i) or _deictic(text, spans, i):
        return False
    # adverbs are left to the lexicon: the dictionary tags some nouns as adverbs (进步); 建设 and 创建
    # inside a name are nouns (乡村建设行动)
    if word in ("建设", "创建"):
        return False
    return bool(_L.boundary_re.fullmatch(word)) or part_of_speech(word) in _CLAUSE_WORDS or not word[0].isalnum()


def _listed_before(text: str, clause: int, start: int) -> list[str]:
    """The items listed before `start` with 、 (short nouns, each its own front), first first."""
    items: list[str] = []
    pos = start - 1
    while pos > clause and text[pos] == "、":
        m = _LISTED_ITEM.search(text, clause, pos)
        if m is None:
            break
        item = m.group(0)[_L.after_boundary(m.group(0)) :]
        item = item[_start_after_introducer(item, 0, len(item)) :]
        if len(item) < 2:
            break
        items.insert(0, item)
        pos -= len(item) + 1  # the 、 before this item, if the list goes on
    return items


def _has_verb(name: str) -> bool:
    """A two-character verb of the general vocabulary in `name` (轮流汇报): a clause, not a subject's name."""
    return any(name[k : k + 2] in verbs() for k in range(len(name) - 1))


def _plausible(name: str, head: str) -> bool:
    """A name of two (three for actions and reforms) to sixteen characters, no clause and not a generic
    phrase; a drive of building builds a kind of place or a vision; a census has its ordinal or scope."""
    if (
        not (2 if head in _TWO_CHARACTERS or _NUMBERED.fullmatch(name) else 3) <= len(name) <= _LONGEST
        or _L.is_generic(name)
        or name.endswith(("的", "之"))
        or _COUNT.fullmatch(name)
        or not re.search(f"[{_HAN}]", name)
        or (len(name) == 2 and part_of_speech(name) in ("v", "vn") and not _NUMBERED.fullmatch(name))
    ):
        return False  # a two-character verb (示范创建, 达标创建) says how, not which drive
    if head == "建设":
        # 美丽某湖, 某某幸福村: a specified place or a vision of one; 乡村建设, 队伍建设 are lines of work,
        # 投入乡村建设 a deed
        place = _PLACE_KIND.search(name)
        quality = _VISION.match(name)
        place_named = (
            quality is not None and len(name) - quality.end() >= 2 and not _L.is_generic(name[quality.end() :])
        )
        specified = (place is not None and place.start() >= 2) or place_named
        return bool(specified) and not _has_verb(name)
    if head == "普查":
        return _SURVEY_SCOPE.search(name) is not None
    if head == "战略":
        return _STRATEGY.search(name) is not None
    return True
