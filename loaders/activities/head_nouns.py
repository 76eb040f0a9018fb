"""Unquoted names ending in a head noun (…机制, …工坊, …中心), and when such a name is only a topic.

The name is cut on the left at the last verb or function word (严格落实派驻机制 → 派驻机制) unless the verb
is the name's own (成果执行机制); a time, a count, a scope or a place before it is no part of it, and a
facility or a centre names a practice only where the text sets it up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.activities.candidate import Candidate
from loaders.activities.events import time_word
from loaders.activities.lexicon import SIZE, lexicon, name_start
from loaders.names.lexicon import verbs
from loaders.names.words import boundaries, part_of_speech
from loaders.spans import Spans

__all__ = ["COUNTED", "COUNT_AFTER", "HEAD", "LEVEL", "PLACE_LEVELS", "topic", "unquoted", "when"]

_HAN = "\u4e00-\u9fff"
_CLOSE = '”"’」'
_L = lexicon()
HEAD = re.compile(
    f"(?:{_L.any_heads_re})"
    "(?!化|师|学校|单位|人员|对象|资金|经费|创新|发展|典型|案例|成果|经验|任务|试验|示范|先行|工程|行动|攻坚|建设标准|建设试点|建设示范|标准|意识)"
)
# matched on the reversed left context; a middle dot may join two parts of a brand (暖·心), and a plus two
# parties of a combination model written without quotes (保险+期货模式)
_MODIFIER = re.compile("(?:[^\\W\\d等的和与及或了]|·(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[+＋](?=[\u4e00-\u9fff]))+")
# a time (上半年, 今年) or a batch (第二批) before a name says when or which, not what
_ORDINAL = re.compile("第[\\d一二两三四五六七八九十百]+[批届期轮次]")
# a period or a turn (全年, 每季度, 当月, 下一次): when, not what
_PERIOD = re.compile("[全每当](?:年度?|月|周|季度?|天|日)|[上下]一?[次届期轮]")
_CLASSIFIERS = "个名家所项种类次批余多处块支座间套台辆本册期份篇条堂天户人位场件"
COUNT_AFTER = re.compile(f"[\\d一二两三四五六七八九十百千万余多]+[{_CLASSIFIERS}]")
COUNTED = re.compile("[一两](?:[个批期家所项种类支座套场]|次(?!性))(?!一)")
_COUNT_INSIDE = re.compile("[\\d一二两三四五六七八九十百千]+(?:[个批家所项种类支座套场名大张]|次(?!性))(?!一)")
_SIZED = re.compile("[\\d一二两三四五六七八九十百]+[项类条个份张](?:[“”]?)$")
_LEFT = re.compile(f"[{_HAN}]{{2,12}}$")
# verbs whose object is the name that follows them (建立台账, 开展星级评定), never part of it
_SETUP = re.compile(
    "建立|健全|完善|推行|实施|开展|落实|构建|打造|搭建|形成|出台|制定|印发|成立|深化|推动|推进|探索|实行|坚持|"
    "创新|设立|组建|建成|明确|加强|强化|引入|依托|通过|带领|引导|帮助|统筹|整合|利用|借助|运用|发挥|做好|抓好|用好|管好|"
    "建好|办好|召开|举办|举行|开办|开设|设置|开通|启用|纳入|列入|签订|聘请|选聘|配备|担任|兼任|采取|采用|启动|参加"
)
# a centre is a practice where the text sets it up (建设县域远程医疗服务中心, 设立某某管理中心)
_SET_UP_HERE = re.compile(
    "(?:建立|建设|建成|新建|设立|组建|成立|打造|搭建|创建|开设|开办|挂牌|启用|建好|办好|共建)了?$"
)
# rooms and classes a practice opens for people (长者食堂, 农民夜校, 爱心超市): named where one is set up
_OPENED = frozenset(("讲习所", "学堂", "讲堂", "夜校", "食堂", "饭堂", "书屋"))
# whose room it is when it is an institution's own (学校食堂, 机关食堂): a facility, no practice
_INSTITUTION = re.compile("(?:学校|机关|职工|单位|企业|员工|学生|医院|工地)$")
# verbs that draw up a catalogue (制定某某事项目录, 编制人才需求目录): a catalogue is a practice where one is made
_DRAWN_UP = re.compile("制定|编制|发布|梳理|建立|出台|形成|完善|修订|动态调整|公布|印发")
# a noun a facility's head qualifies (中心城市, 基地建设): no facility is named
_NOUN_AFTER = re.compile(f"[{_HAN}](?<![和及与并])")
_AREA = re.compile("\\s*[\\d.]+\\s*(?:万|千)?(?:亩|平方米|公顷|平方公里)")
# two or more two-character words listed right before a name (自治、法治、|德治…)
_WORDS_LISTED = re.compile(f"(?:[{_HAN}]{{2}}、){{2,}}$")
# a scope before a name (全县, 各乡镇, 本村): the whole of a place, which is no part of the name
_SCOPE = re.compile("[全各本该](?:省|市|县|区|州|旗|盟|乡镇|镇|乡|街道|村|社区)域?")
# a place written before a name: 某县某镇共富工坊 is also called 共富工坊
_ONE_PLACE = re.compile(f"[{_HAN}]{{1,4}}?(?:省|市|县|(?<![社小园景片营])区|镇|(?<![返城家下回故])乡|街道)")
_PLACED = re.compile(f"^(?:{_ONE_PLACE.pattern})+(?=[{_HAN}][{_HAN}·])")
_FAULT = re.compile(
    f"[{_HAN}]{{0,2}}?(?:还|仍|尚|依然)?(?:有待|亟待|亟需|不够|不足|不健全|不完善|不高|不强|不畅|滞后|薄弱|缺失)"
)
# heads that name a thing made or used (a list, a ledger, a covenant, a platform), not a way of working
_THING_HEAD = re.compile("清单|台账|公约|民约|平台|目录|信息库|人才库|项目库")
# verbs of managing that the dictionary tags as nouns (规范|运行, 细化|考核): a clause's verb all the same
_MANAGING = ("规范", "细化", "公开")
_LEARNERS = re.compile("(?:农村|社区|机关|流动|年轻|青年|老)?(?:党员|干部|群众|职工|青年|学生|师生)")
_COUNT_ONLY = re.compile("[\\d一二两三四五六七八九十]+[个项类种]")
_SINCE = re.compile("(?:开展|实施|启动)?以来")
_EACH = re.compile("[各每][项个类条种]")
_LEVELS = re.compile("[一二两三四五六七八九十]级")
_SECTOR = re.compile("(?:服务|保障|产业|供给|供应|物流|配送)$")
_SPAN_OF_TIME = re.compile("[\\d一二两三四五六七八九十百千]")
_SESSIONS = re.compile("[\\d一二两三四五六七八九十百]+(?:期|次|场|批|届|轮|个班)")
_FOCUS = re.compile("上下功夫|上下工夫|上做文章|上用力|方面")
_AFTER_ENUM = re.compile(r"(?:等|等[\d一二两三四五六七八九十]+[种项类个大]|不同)$")
_PARTNERED = ("与", "同", "跟")
# 组织 before the people it sets to work is a verb (组织党员…), not the noun of 组织生活会
_ORGANISING = re.compile("组织(?=党员|干部|群众|村民|居民|志愿者|青年|妇女|师生|专家|退休|老党员|在职党员|机关)")
_LISTED = re.compile(f"(?<=[、，,在对为和与])[{_HAN}]{{2}}$")
# the start of a heading's clause, then at most a verb of four characters before the name
_CLAUSE_LEAD = re.compile(f"(?:^|[\n，,：:；;、]|[一二三四五六七八九十]+[是、]|[）)])[{_HAN}]{{0,4}}$")
_SENTENCE_END = re.compile("[。\n！？!?]")
# 县、乡、村、网格四级联动机制: the levels listed before a count of levels are no part of the name
# (a level may carry its alternative in brackets: 县、乡镇（街道）、村（社区）三级…)
LEVEL = re.compile("^(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff、]{1,5}[）)]){1,4}?(?=[一二两三四五六七八九十]级)")
PLACE_LEVELS = ("村级", "社区", "小区", "乡镇", "街道", "县级", "区级", "市级")
# a word with its alternative in brackets, read on the reversed text: 村（社区）, 乡镇(街道), 县（市、区）
_ALTERNATIVE = re.compile(f"[）)][{_HAN}、]{{1,5}}[（(][{_HAN}]{{1,2}}(?:[^\\W\\d等的和与及或了])*")
_HAN_CHAR = re.compile(f"[{_HAN}]")


def _name_start(text: str, at: int, core: str) -> int:
    """Where an unquoted name starts in the words before its head (`core`, at offset `at` of `text`): after
    the last verb or function word, unless that verb is the name's own (建立民主评议结果执行机制: 执行
    belongs to the name)."""
    cut = name_start(text, at, core)
    # a verb of result (分为, 纳入, 作为) never is: what follows it is what things are made into; nor is a
    # verb after its partner (与某大学共建|实践基地): 与/同/跟 open a clause whose verb takes the name as object
    own = not (_SETUP.fullmatch(core, len(core) - 2) or core.endswith(("为", "入")) or text[at - 1 : at] in _PARTNERED)
    if cut == len(core) and len(core) > 2 and own:
        inner = name_start(text, at, core[:-2])
        if len(core) - 2 - inner >= 4:
            return inner
    return cut


def _inside_word(text: str, end: int) -> bool:
    """A head ending at `end` inside a longer word (工程|技术, 队|伍), unless that word ends with a head
    too (工程项目)."""
    s, e = boundaries(text).span_at(end - 1)
    return e > end and _L.head_of(text[s:e]) is None


def _deed_before(text: str, at: int) -> bool:
    """The word ending at `at` is a verb or an adverb (带头, 逐月): it says how, not what."""
    s, e = boundaries(text).span_at(at - 1)
    return e == at and part_of_speech(text[s:e]) in ("v", "d")


def _predicate(text: str, at: int, mod: str) -> bool:
    """The first word of a modifier (written at `at`) is the verb of its clause, not the name's own: a verb
    that opens the clause (，规范农村某某平台运行; 并接入某某平台) before a noun phrase of four or more
    characters. After a verb of setting up the verb is the name's content (建立统筹全县某某工作机制)."""
    if len(mod) < 6 or not (mod[:2] in verbs() or mod[:2] in _MANAGING) or mod[2:4] in verbs():
        return False
    words = boundaries(text)
    s, _ = words.span_at(at - 1) if at > 0 else (at, at)
    lead = text[s:at]
    return not _HAN_CHAR.match(lead) or part_of_speech(lead) in ("c", "d", "p", "m", "r", "t")


def when(text: str, start: int, end: int) -> int:
    """How many characters of text[start:end] lie up to its last word of time or batch (上半年, 第二批): a
    name holds no time, so what comes before one is the sentence's subject or its time."""
    last = start
    words = boundaries(text)
    for s, e in words.spans(start, end):
        if s >= start and e < end and (time_word(text[s:e]) or _ORDINAL.fullmatch(text, s, e)):
            last = e
    for m in _PERIOD.finditer(text, last, end):  # 全年, 每年, 下一次: how often or which time, split or not
        if words.is_boundary(m.start()) and words.is_boundary(m.end()):
            last = m.end()
    return last - start


def _with_alternatives(left: str, run: str) -> str:
    """The reversed modifier `run` (matched at the start of the reversed `left`) carried on over the
    words with their alternatives in brackets it reaches (村（社区）党群服务中心, 乡镇(街道)矛盾调解中心,
    三级河（湖）长体系): the bracket is part of the name, it does not end it."""
    while (alt := _ALTERNATIVE.match(left, len(run))) is not None:
        run = left[: alt.end()]
    return run


def unquoted(text: str) -> Iterator[Candidate]:
    """Names ending in a head noun, each cut on the left where the clause before it ends."""
    last: Candidate | None = None  # the last name read: 某某机制|试点 goes on from it
    for h in HEAD.finditer(text):
        left = text[max(0, h.start() - 30) : h.start()][::-1]
        m = _MODIFIER.match(left)
        if m is None or _inside_word(text, h.end()):
            continue  # 省级工程技术研究中心, 服务队伍: the head ends inside a longer word, so it is none
        head, mod_end = h.group(0), h.start()
        run = _with_alternatives(left, m.group(0))[::-1]
        run_start = mod_end - len(run)
        # 职业体系建设试点: the 建设 right before the head belongs to the name, not a verb ending it
        core = run[:-2] if run.endswith(("建设", "创建")) else run
        mod = run[_name_start(text, run_start, core) :]
        if len(mod) > 20 or mod.startswith(("·", "+", "＋")):
            continue
        if _SINCE.match(text, h.end()) and mod.startswith(("自", "从")):
            mod = mod[1:]  # 自…专项行动开展以来: since the campaign began
        if run_start == mod_end - len(mod) and text[max(0, run_start - 8) : run_start].rstrip(" ")[-1:].isdigit():
            mod = mod.lstrip(_CLASSIFIERS)
        elif COUNTED.match(mod):
            mod = mod[2:]  # 召开一期政企恳谈会: a count, not part of the name (一户一档 is a shape)
        elif _EACH.match(mod):
            mod = mod[2:]  # 每项工作台账: which of them, not part of the name
        elif (
            mod[:1]
            and mod[0] in _CLASSIFIERS
            and text[max(0, mod_end - len(mod) - 1) : mod_end - len(mod)] == "各"
            and boundaries(text).is_boundary(mod_end - len(mod) + 1)
        ):
            mod = mod[1:]  # 各项|规章制度: the determiner was cut, its classifier is no part of the name either
        mod = mod[when(text, mod_end - len(mod), mod_end) :]
        scope = _SCOPE.match(mod)
        if scope and len(mod) - scope.end() >= 2:
            mod = mod[scope.end() :]  # 全镇共富工坊, 各村议事会: how far the practice reaches, not its name
        elif (
            (scope := _SCOPE.match(text, mod_end - len(mod) - 1))
            and mod_end - scope.end() >= 2
            and boundaries(text).span_at(scope.start())[0] == scope.start()  # a word of its own (健全|村民 holds none)
            and text[scope.end()] not in "（("  # 各村(居)民议事会: the place has its alternative, it is the name's
        ):
            mod = text[scope.end() : mod_end]  # 该|镇组织…: the determiner was cut, its place is no name either
        if _ORGANISING.match(mod):
            mod = mod[2:]  # 组织党员志愿服务队深入…: 组织 takes people as its object, it is the clause's verb
        counts = [c for c in _COUNT_INSIDE.finditer(mod) if c.start() > 0]
        if counts:
            mod = mod[counts[-1].end() :]  # 某区委挑选三个试点: a clause and its count before the name
        deed = COUNT_AFTER.match(text, h.end()) and mod[:2] in verbs() and len(mod) >= 4
        if (deed or _predicate(text, mod_end - len(mod), mod)) and boundaries(text).is_boundary(mod_end - len(mod) + 2):
            mod = mod[2:]  # 培育示范合作社5家: a deed and its count; 拓展多元经营模式: the clause's verb
        if text[mod_end - len(mod) - 1 : mod_end - len(mod)] == "、":
            mod = LEVEL.sub("", mod)
        if _AFTER_ENUM.search(text[max(0, mod_end - len(mod) - 4) : mod_end - len(mod)]):
            continue
        if len(mod) < 2 or _L.is_generic(mod) or mod.endswith(("新", "旧")) or mod[-1] in "的之":
            continue
        if head in ("大赛", "培训班") and len(mod) < 4:
            continue
        if head == "体系" and _SECTOR.search(mod) and not _LEVELS.search(mod):
            continue  # 养老服务体系, 现代化产业体系: a sector that delivers (区镇村三级人才服务体系 is an arrangement)
        if head == "共同体" and text.endswith(("形成", "形成了"), 0, h.start() - len(mod)):
            continue  # 形成社区治理共同体: the bond an effort ends in, no body set up
        if head in ("改革", "行动") and len(mod) == 2 and not _SPAN_OF_TIME.match(mod):
            continue  # 农村改革, 整改行动: a field's reform or a deed's action is a line of work (百日行动 is one)
        if head in ("大赛", "培训班", "擂台赛") and _SESSIONS.match(text, h.end()):
            continue  # 举办某某培训班6期: sessions of a kind of course counted, no programme named
        if head in ("学习教育", "主题教育") and _LEARNERS.fullmatch(mod):
            continue  # 把党员学习教育作为基础性工作: who learns, a line of work (党史学习教育 is a campaign)
        if _L.head_class[head] == "Initiative" and SIZE.search(mod):
            continue  # 承接小型工程: a kind of works by its size
        if head == "攻坚" and _deed_before(text, mod_end):
            continue  # 带头攻坚, 逐月攻坚: how people push, not the drive's field (脱贫攻坚)
        if head == "模式" and mod.endswith(("发展", "振兴")):
            continue  # 茶叶产业发展模式, 城郊振兴模式: the field a model serves, not a way named
        if (
            mod in verbs()
            and _THING_HEAD.fullmatch(head)
            and not _SETUP.fullmatch(text, mod_end - len(mod) - 2, mod_end - len(mod))
        ):
            # 违反清单, 接入平台: a deed done to the thing, not a way named by its deed (派驻机制); after a verb
            # of setting up the word names what the thing lists (梳理形成需求清单)
            continue
        if head == "清单" and mod == "事项":
            continue  # 明确各类事项清单: a list of matters, whose kind no word says
        if _COUNT_ONLY.fullmatch(mod):
            continue  # 按照五个星级评定, 建立四个清单: a count of them, no name
        if head == "清单" and (
            _SIZED.search(text, max(0, h.start() - len(mod) - 6), h.start() - len(mod))
            or COUNT_AFTER.match(text, h.end())
        ):
            continue  # 明确40项事务清单, 梳理堵点清单30项: a list's size, what a document or a deed holds
        if _FOCUS.match(text, h.end()):
            continue  # 在贯通体系上下功夫: a field of effort, not a practice
        if _FAULT.match(text, h.end()):
            continue  # 某某联防机制有待完善, 某某服务体系还不健全: a lack stated, no practice in place
        start = mod_end - len(mod)
        if start > 0 and text[start - 1] in _CLOSE:
            continue  # the quoted rule owns “…”+head
        s0, e0 = boundaries(text).span_at(start)
        if s0 < start and text[s0:e0] in verbs():  # 共建成|某某工作站: the cut fell inside a verb (建成)
            start = e0
            mod = text[start:mod_end]
            if len(mod) < 2 or _L.is_generic(mod):
                continue
        alts = set()
        placed = _PLACED.match(mod)
        if placed and not boundaries(text).is_boundary(start + placed.end()):
            placed = None  # 乡|村振兴: a place suffix inside a word is none
        if placed and len(mod) - placed.end() >= 2 and not _L.is_generic(mod[placed.end() :]):
            alts.add(mod[placed.end() :] + head)
        at = 0  # 某市某区政务服务中心 is also 某区政务服务中心: each shorter chain of its places names it too
        while placed and (one := _ONE_PLACE.match(mod, at, placed.end())) and one.end() < placed.end():
            at = one.end()
            if boundaries(text).is_boundary(start + at):
                alts.add(mod[at:] + head)
        if text[start - 1 : start] == "、":
            # 乡镇、村级就业服务站, 园区、楼宇党群服务站: the listed places share the rest of the name
            prev = _LISTED.search(text, max(0, start - 4), start - 1)
            level = next((p for p in PLACE_LEVELS if mod.startswith(p)), "") or (prev.group(0) if prev else "")
            if level and len(mod) - len(level) >= 2:
                alts.add(mod[len(level) :] + head)
        listed = _WORDS_LISTED.search(text, max(0, start - 24), start)
        if (
            listed
            and boundaries(text).span_at(start) == (start, start + 2)
            and boundaries(text).is_boundary(listed.start())
        ):
            # 法治、自治、德治社区治理体系: words listed before the name's first word share it
            alts.add(text[start : h.end()])
            start = listed.start()
        levels = LEVEL.match(mod)
        if levels and levels.end() > 0 and not _L.is_generic(mod[levels.end() :]):
            alts.add(mod[levels.end() :] + head)  # 县乡村三级河长体系: the levels that 三级 counts are named again
        if mod.startswith("新时代") and len(mod) > 5:
            alts.add(mod[3:] + head)  # 新时代高校党建示范创建: the era is no part of the name
        if text[start - 1 : start] in ("和", "与", "及"):
            joined = _LEFT.search(text, max(0, start - 14), start - 1)
            if joined:
                first = joined.group(0)[name_start(text, joined.start(), joined.group(0)) :]
                alts.add(first + text[start - 1 : h.end()])
        if (
            head in ("服务中心", "管理中心")
            and "党群" not in mod
            and not _SET_UP_HERE.search(text, max(0, start - 6), start)
        ):
            continue  # 在某区政务服务中心, 依托某某服务中心: an office or a facility named in passing, a body
        if head in ("中心", "基地", "示范基地", "基金") and (
            _NOUN_AFTER.match(text, h.end()) or not _SET_UP_HERE.search(text, max(0, start - 6), start)
        ):
            continue  # 建设国家中心城市: the centre qualifies the noun after it; 依托某某基地: a place named in passing
        if head in _OPENED and (
            not _SET_UP_HERE.search(text, max(0, start - 6), start) or SIZE.search(mod) or _INSTITUTION.search(mod)
        ):
            continue  # 在学校食堂就餐, 建设大型超市: a place named in passing or by its size (开办长者食堂 sets one up)
        if head == "目录" and not _DRAWN_UP.search(text, _clause_start(text, start), start):
            continue  # 纳入医保目录, 对照目录: a catalogue named in passing (制定某某事项目录 draws one up)
        if head.endswith("基地") and _AREA.match(text, h.end()):
            continue  # 建成某某示范基地270亩: a plot of land measured, no programme
        if last is not None and last.end == start + len(mod) and _L.head_of(mod) == mod:
            start = last.start  # 推进某某价值实现机制试点: the pilot of the mechanism named before it
        last = Candidate(start, h.end(), _L.head_class[head], "head-noun", 3, alts)
        yield last


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding offset `at` begins (after the last comma, stop or line break)."""
    return max(text.rfind(c, max(0, at - 40), at) for c in "，,。；;：:！？!?\n") + 1


def _verb_word(text: str, start: int, end: int) -> bool:
    """text[start:end] is a two-character word of its own and a verb (优化, 创新, 强化)."""
    word = text[start:end] if start >= 0 else ""
    return (
        len(word) == 2
        and boundaries(text).span_at(start) == (start, end)
        and (word in verbs() or part_of_speech(word) in ("v", "vn"))
    )


def topic(text: str, c: Candidate, titles: Spans) -> bool:
    """A head noun with one word before it (generic words aside) in a heading, a sentence of a few words
    (健全宣传机制 as a title, 创新自治模式。), a run of parallel deeds (打破壁垒、创新分层机制、延伸末梢) or
    after the clause that describes it (…的精神体系) names the topic of what follows, not a practice."""
    if c.rule != "head-noun":
        return False
    head = _L.head_of(text[c.start : c.end]) or ""
    mod = text[c.start : c.end - len(head)]
    while len(mod) > 2 and _L.is_generic(mod[:2]) and part_of_speech(mod[:2]) in ("a", "b", "d"):
        mod = mod[2:]  # 长效|帮扶机制: a generic quality says nothing of which practice (党建|目标 does)
    if len(mod) > 2:
        return False
    if titles.holding(c.start, c.end) and _CLAUSE_LEAD.search(text, max(0, c.start - 6), c.start):
        return True  # the clause holds a verb and the name only (强基固本:构建长效帮扶机制), no doer
    if text[c.start - 1 : c.start] == "的" and not _SPAN_OF_TIME.match(mod):
        return True  # 构建铸牢某某意识的精神体系: the clause before 的 says which (…的三级责任制 counts its levels)
    if _verb_word(text, c.start - 2, c.start) and (
        text[c.start - 3 : c.start - 2] == "、"
        or (text[c.end : c.end + 1] == "、" and _verb_word(text, c.end + 1, c.end + 3))
    ):
        return True  # 优化网格架构、强化数字赋能: parallel deeds, each a verb and its object, say what is done
    near = _SENTENCE_END.search(text[max(0, c.start - 9) : c.start][::-1])  # a few characters each way
    after = _SENTENCE_END.search(text, c.end, c.end + 9)
    if (near is None and c.start > 9) or (after is None and c.end + 9 < len(text)):
        return False
    lo = c.start - near.start() - 1 if near else -1
    hi = after.start() if after else len(text)
    return hi - lo - 1 <= 8
