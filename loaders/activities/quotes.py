"""Quoted activity names: each quote pair read on its own, with the head noun that follows it.

A quote is a name when a head noun follows it (“四帮一”机制, “四访四帮”新机制; where the head ends is read by
`quote_edges`), when it is a term of the field, a counted name whose counted word is a head (“两个平台”),
a numbered name (“三岗四员”, “一听二看三问四办”), when a verb of setting up governs it (推行“党员两岗”;
read by `quote_verbs`), or when it opens a line and acts (“某某”聚民智。; read by `quote_headlines`).
This module turns away what a quote names instead: a problem, a maxim, an honour, a line of work, grades
or a state aimed at. A quoted list of practices with no head of its own (“甲村单建、乙村联建”) names
each member.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.activities.candidate import Candidate
from loaders.activities.introduced import honoured
from loaders.activities.lexicon import lexicon, name_start
from loaders.activities.quote_edges import JOINED_WAY, NUM, SPACES, TAKEN_AS_AIM, attribute, head_after, quote_spans
from loaders.activities.quote_headlines import acting, headline
from loaders.activities.quote_verbs import QUOTED_LIST, clause_before, figure_before, governing_verb, refused
from loaders.names.words import boundaries, part_of_speech
from loaders.spans import Spans

__all__ = ["DEQUOTE", "quoted"]

_HAN = "\u4e00-\u9fff"
_OPEN, _CLOSE = '“"‘「', '”"’」'
_L = lexicon()
_PREFIX = re.compile(f"[{_HAN}]{{1,10}}$")
_AVOIDED = re.compile("防止|避免|杜绝|破除|摒弃|克服|打破|打击|取缔|查处|遏制|根除|消除|纠正|革除")
DEQUOTE = re.compile(f"[{_OPEN}{_CLOSE}]")
_ORG_NEXT = re.compile("班子|成员|组织|干部|企业|党组织|委员|人员|群体|队伍")
_AS = re.compile("为(?:导向|抓手|载体|主线|引领|契机|核心|重点|统领|牵引|突破口)")  # 以“X”为目标: an aim
_BUILT = re.compile("(?:建设|创建)(?:目标|标准|任务)")
_CHAIN = re.compile(f"(?:[、和与及]?[{_OPEN}][^{_CLOSE}]{{1,40}}[{_CLOSE}]|、)*等?(活动|行动|工程|计划|项目)")
# “高速先锋”“畅行驿站”等15个品牌: quoted names listed as brands of the practice
_BRANDS = re.compile(
    f"(?:[、和与及]?[{_OPEN}][^{_CLOSE}]{{1,20}}[{_CLOSE}])*等[\\d一二两三四五六七八九十百余多]*[个项家类种支]?[{_HAN}]{{0,4}}?品牌"
)
# what a quote is after it: the guiding line or purpose of the work, or grades on a scale
_LINE_OF_WORK = re.compile(
    f"[ \u3000]*(?:的[{_HAN}]{{0,2}})?(?:工作)?(?:主线|宗旨|总基调|基调|导向|方针)"
    "|[ \u3000]*(?:[一二两三四五六七八九十\\d]+个)?(?:等次|档次|等级)"
)
_GRADE = "优秀|良好|合格|基本合格|不合格|称职|基本称职|不称职|好|较好|一般|较差|差|满意|基本满意|不满意"
_GRADES = re.compile(f"(?:{_GRADE})(?:、(?:{_GRADE}))+")
# what a quote is made after it: a criterion, an aim or a leader's words (按照“X”原则, “X”目标任务,
# “X”重要指示精神), not a practice set up
_RULE_OF_THUMB = re.compile("原则|要求|的?(?:目标|重要指示|指示精神|重要讲话|讲话精神|重要论述)")
# a yardstick work is measured by (按照“甲、乙”的标准划分, 对照“某某”的标准, 按照“甲、乙”的原则划网): a criterion,
# not a practice set up (坚持“谁组织、谁负责”的原则 keeps to a rule of practice)
_CRITERION = re.compile("(?:按照|对照|依照|参照|根据|遵循|围绕)$")
_MEASURED = re.compile("[ \u3000]*的(?:标准|原则)")
# a principle or a value held (“某某至上”, “以某某为中心”, “应甲尽甲”, “取之于某”, “不求甲、但求乙”):
# what the work keeps to, said as a maxim, not a way of working set up
_MAXIM = re.compile(
    f"[{_HAN}]{{1,4}}至上|以[{_HAN}]{{1,8}}为(?:中心|本|先|根本|核心|导向)|应([{_HAN}])尽\\1|[{_HAN}]之于[{_HAN}]|不求[^、，,]+[、，,]?但求"
)
_HONOURED_BODY = re.compile(f"[{_HAN}]{{0,6}}?(?:党支部|党总支|党组织)(?![{_HAN}])")
_EVENT_VERB = re.compile("开展|举办|评选|组织")
_DEED_NEXT = re.compile(f"(?![的了和与及或等在是为把将对被]|经验|精神)[{_HAN}]")
# a combination model: “支部+民宿”, “公司+基地+农户”, “电商+” (no sum or score: “2+2>3”, “A分+B分-C分”)
_COMBINED = re.compile(f"(?:[{_HAN}A-Za-z]|[\\d一两]名)[^+＋<>=\\-－]*(?:[+＋][^+＋<>=\\-－]*)+")
_SPEECH = re.compile("说|表示|强调|介绍|感慨|指出|[:：]")
_SPEECHY = re.compile("[我你他她]|[，,。！？!?]")
# a question is no name: “协商什么”“谁来协商”
_LISTING = ("和", "、", "与", "及")  # 分为“书香角”和“议事厅”: a list names parts, not figures
_LAUNCHED = re.compile("(?:开展|实施|启动|举办|推行|深化)了?$")
_QUESTION = re.compile("什么|如何|怎么|怎样|为何|哪些|哪里|谁来")
# a quote qualifying a slogan's goal is no name: 打造“塞上枸杞”人才振兴新高地, 擦亮“X”金字招牌
_FORMULA = re.compile("[两三四五六七八九十]个[\u4e00-\u9fff]{1,2}")
_PRAISED = re.compile("(?:做法|经验)(?:被|在|获|入选|得到|受到)")
# a problem a quote names (存在“某某”现象, “某某难”问题), unless a list or ledger of problems is named
_PROBLEM = re.compile(
    "[ \u3000]*的?(?:现象|问题|难题|困境|短板|弊端|顽疾|痛点|堵点|难点|怪圈|困局|倾向)"
    "(?![\u4e00-\u9fff]{0,2}(?:清单|台账|库))"
)
_GUISE = re.compile("[ \u3000]*(?:身份|角色|名义)")
_SLOGAN_GOAL = re.compile(f"[{_HAN}]{{0,10}}(?:高地|名片|招牌|样板|标杆|新路|新篇章?|引擎)(?![{_HAN}])")
# the title a quote (or a run of them) names: 荣获“甲”“乙”等称号
_TITLE_WON = re.compile(
    f"(?:[、和及]?[{_OPEN}][^{_OPEN}{_CLOSE}\\n]{{1,30}}[{_CLOSE}])*等?[\\d一二两三四五六七八九十多余项个]*"
    "(?:(?:荣誉)?称号|荣誉|殊荣|奖项)"
)
# quotes listed as the titles of model people or households (“文明家庭”“好婆婆”等先进典型860户): honours given
_MODELS_LISTED = re.compile(
    f"(?:[、和及]?[{_OPEN}][^{_OPEN}{_CLOSE}\\n]{{1,30}}[{_CLOSE}])*等[\\d一二两三四五六七八九十百余多]*[个名户位类批]?"
    "(?:先进典型|典型|先进个人|先进集体|模范|榜样|标兵)"
)
_BUILT_WORKS = ("扩建", "改建", "新建", "重建", "修建", "兴建", "续建", "翻建", "筹建", "在建")
# quotes listed as bodies of a kind (“甲”“乙”等社会组织230个)
_BODIES_LISTED = re.compile(
    f"(?:[、和及]?[{_OPEN}][^{_OPEN}{_CLOSE}\\n]{{1,30}}[{_CLOSE}])*等[\\d一二两三四五六七八九十百余多]*[个家类]?"
    f"[{_HAN}]{{0,6}}?(?:社会组织|协会|商会|社团|联合会)"
)
# a quote that itself names the model a place means to become (打造基层治理“某某样板”): an aim
# (打造“某地最美县城”, 争创“全国百强县”: a place the doer means to become, an aim or a rank)
_MODEL_AIMED = re.compile(
    "(?:高地|名片|样板|标杆|典范|范本)$|最[\u4e00-\u9fff]{1,2}(?:县城|城市|乡村|小镇)$|百强[县市区镇]$"
)
_DIGIT_HEAD = re.compile(r"^[\d一二两三四五六七八九十]+[大项个类种条]")
# a numbered name: two or more counted parts (三岗四员, 一听二看三问四办, 四议两公开)
_NUMBERED = re.compile(f"(?:[{NUM}][{_HAN}]{{1,3}}){{2,4}}")
_NUMBER_THING = re.compile(f"[两双三四五六七八九十多][{_HAN}](?:{JOINED_WAY})")
# a counted name: a count, a classifier and what is counted (四个清单, 两个平台, 五支队伍)
_COUNTED = re.compile(f"[{NUM}](?:个|大|项|组|类|套|张|条|支|级|种)([{_HAN}]{{2,4}})")
# a heading that is only a verb and a counted name (配强“四支队伍”。): the heading names the set
_TITLE_ONLY = re.compile(
    f"\\s*(?:[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．])?\\s*[{_HAN}]{{2}}"
)
_TITLE_END = re.compile(r"[。.！!]?\s*(?:\n|$)|[。.！!]")
# a quote that names bodies or their members: “两委”, “两代表一委员”
_BODY_END = re.compile("^[两三四五六七八九十]委$|委员$")
# a new or an old way in quotes is an aim or a past, not a name (治理“新路径”)
_AIM = re.compile("^[新旧老好]")
# a verb with a directional complement (聚起来, 干下去) says how things go, it names nothing
_STATE = re.compile("(?:起来|下去|出来|上来|进来|回来)$")
# a state a member of a quoted list says (县级强, 产业兴): a noun and a one-character predicate
_MEMBERS = re.compile("[、，,]")
_HOW = ("d", "m", "p", "r", "v", "c", "u")
# a rank given to a work (作为“一号工程”, 列入“头号工程”): how high it stands, not which work
_RANK = re.compile("^[一头]号")
# quoted names listed together (“甲”“乙”等; “甲”和“乙”两支队伍): members of a named set
_QUOTE_LIST = re.compile(
    f"[{_OPEN}][^{_OPEN}{_CLOSE}\\n]{{1,20}}[{_CLOSE}](?:[、和与及]?[{_OPEN}][^{_OPEN}{_CLOSE}\\n]{{1,20}}[{_CLOSE}])+"
)
_COUNT_AFTER = re.compile(f"[{NUM}\\d]+(?:个|类|种|项|大|支|批|家)")
_LIST_COUNT = re.compile(f"等|([{NUM}\\d]+)(?:个|类|种|项|大|支|批|家)")
# what a quote is taken as after 把/将: the means or the vehicle of the work
_TAKEN_AS = re.compile("作为[^，,。；;\n]{0,16}?(?:抓手|载体|举措|途径|突破口|切入点|重要内容|主要内容)")
# a post a quote coins (“网格助企员”, “红色管家”, “小区楼栋长”) and the verbs that send or appoint people to it
_POST = re.compile("(?:[^党成人会]员|管家|顾问|书记|[网格楼栋巷街院路片区组]长|联络人|明白人)$")
_DISPATCHED = re.compile("(?:选派|派驻|下派|选聘|选配|聘请|聘任|外派|选任|组建|配备|招募|设立)了?$")
# a colon and the members of what a quote counts, up to the clause's end
_MEMBERS_AFTER = re.compile(f"[{_HAN}]{{0,6}}?[：:]([^，,。；;：:\n]{{2,80}})")
_COUNTS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _states(text: str, start: int, core: str) -> bool:
    """Every member of a quoted list (at `start`) says a state: a word and a one-character predicate
    (基础牢、产业兴). Ways of working name a doer and a deed of two characters (支部牵头、企业带动), a deed
    and how it is done (就近办), or a shape (一村一品); deeds with their complements (建得实、管得好) may
    name the parts of a practice."""
    members = _MEMBERS.split(core)
    if len(members) < 2 or _named(core):
        return False
    words = boundaries(text)
    at = start + 1
    for m in members:
        last = at + len(m) - 1
        if not (2 <= len(m) <= 3 and words.span_at(last) == (last, last + 1) and words.is_boundary(at)):
            return False
        if part_of_speech(m[-1]) == "n" or part_of_speech(m[:-1]) in _HOW:
            return False  # 就近办, 一次办: how a deed is done, not a state
        at += len(m) + 1
    return True


def _named(core: str) -> bool:
    """A bare quote that names a practice by its own shape: a numbered or a counted name."""
    if _NUMBERED.fullmatch(core) or core[0].isdigit() or _NUMBER_THING.fullmatch(core):
        return True  # “两岗三员”, “15分钟服务圈”, “1+8+N”, “两网融合”
    counted = _COUNTED.fullmatch(core)
    return counted is not None and _L.head_of(counted.group(1)) is not None


def _spelled_out(text: str, end: int, core: str) -> bool:
    """A counted quote followed by a colon and as many members as it counts (“三个一”：一张图、一张表、
    一个群) names the practice those members make up, not a political formula."""
    m = _MEMBERS_AFTER.match(text, end)
    return m is not None and len(m.group(1).split("、")) == _COUNTS.get(core[0])


def _listed(text: str) -> Spans:
    """Runs of two or more quotes closed by 等 or by their own count (“甲”和“乙”两支队伍): each quote names
    a member of the set the sentence goes on to name, whatever verb governs the run."""
    runs = []
    for m in _QUOTE_LIST.finditer(text):
        after = _LIST_COUNT.match(text, m.end())
        if after is None:
            continue
        n = after.group(1)
        if n is None or (int(n) if n.isdigit() else _COUNTS.get(n)) == len(DEQUOTE.findall(m.group(0))) // 2:
            runs.append((m.start(), m.end()))
    return Spans(runs)


def _closes_run(listed: Spans, start: int, end: int) -> bool:
    """The quote at start..end is the last of a run of quotes closed by their count."""
    return any(s < start and e == end for s, e in listed.spans)


def quoted(text: str, headings: Spans) -> Iterator[Candidate]:
    """Candidates for every quoted name of `text`; `headings` are the heading passages' spans."""
    listed = _listed(text) if any(k in text for k in "等个种类项") else Spans([])
    for start, end, label_core, described in quote_spans(text):
        core = DEQUOTE.sub("", label_core)
        if not core or "。" in core or _QUESTION.search(core) or core in _L.formulas:
            continue  # questions and the country's formulas (“五位一体”总体布局) are no local practice
        if _PRAISED.match(text, end):
            continue  # 湘西州“三联三帮”做法被…报道: the practice, named where it is done, being praised
        if _GUISE.match(text, end):
            continue  # 以“普通顾客”身份体验: a guise someone takes, not a practice
        if _PROBLEM.match(text, end):
            continue  # 存在“重建设、轻管理”现象, 破解“引才难”问题: a problem described, not a practice
        if "、" in core and all(m.endswith(_BUILT_WORKS) for m in _MEMBERS.split(core)):
            continue  # “原址扩建、选址新建”三种路径: works on a building, no way of working
        if _LINE_OF_WORK.match(text, end) or _GRADES.fullmatch(core):
            continue  # “某某”工作主线, 的办社宗旨: the line work keeps to; “好、较好、一般、差”: grades given
        if _MAXIM.search(core):
            continue  # 坚持“某某至上”, 采取“不求所有、但求所用”方式: a maxim kept to
        if _RANK.match(core):
            continue  # 把某某作为“一号工程”: the rank of a work the sentence names

        before = clause_before(text, start)
        if _CRITERION.search(before) and _MEASURED.match(text, end):
            continue  # 按照“某某”的标准划分: the yardstick, not a practice
        if _SPEECH.search(QUOTED_LIST.sub("", before)[-3:]) or (_SPEECHY.search(core) and len(core) > 16):
            continue
        head_end = head_after(text, end, "、" in core or len(core) > 8)
        if head_end is not None and _COUNT_AFTER.match(text, end) and _closes_run(listed, start, end):
            head_end = None  # “甲”“乙”“丙”三种模式: the last member of a counted run, not a model named 丙三种模式
        if _states(text, start, core) and (head_end is None or _L.class_of(text[start:head_end]) != "Initiative"):
            continue  # “县级强、乡级活”的格局, 坚持“党建强、发展强”理念: the states aimed at, no way of working
        if ("我" in core or "你" in core) and head_end is None and not _LAUNCHED.search(before):
            # “我们可以…”: speech; “我为群众办实事”实践活动 is a campaign by its head noun, and so is
            # the quote a verb of launching takes right before it (开展“我为群众办实事”)
            continue
        prefix = ""
        prefix_m = _PREFIX.search(before)
        if prefix_m:
            raw = prefix_m.group(0)
            prefix = raw[name_start(text, start - len(raw), raw) :]
            if len(prefix) > 8:
                prefix = ""
        if head_end is not None:
            if not _AVOIDED.search(before[-6:]):  # 打击“某某”活动, 打破“某某”的制度: what is fought or ended
                yield _with_head(text, start, end, head_end, label_core, core, prefix, described)
            continue
        if honoured(text, start) or _TITLE_WON.match(text, end) or _MODELS_LISTED.match(text, end):
            continue  # 荣获“某某”称号, 先后获评“甲”“乙”: an honour won, no practice
        if _BODIES_LISTED.match(text, end):
            continue  # 培育“甲”“乙”等社区社会组织: bodies named, whose work the text names elsewhere
        if _POST.search(core) and _DISPATCHED.search(before) and label_core[:1] in _OPEN:
            # 选派“网格助企员”36名, 组建“人才服务专员”队伍: a post coined and people sent to it, a practice
            yield Candidate(start, end, "Mechanism", "quoted-post", 2, {core}, core, bare=True)
            continue
        in_list = listed.holding(start, end)
        bare = _bare(text, start, end, label_core, core, prefix, before, headings.at(start), in_list)
        if bare is not None:
            yield bare


def _with_head(
    text: str, start: int, end: int, head_end: int, label_core: str, core: str, prefix: str, described: str | None
) -> Candidate:
    full = text[start:head_end]
    head_cls = _L.class_of(full) or "Mechanism"
    if _L.head_of(full) == "工作" and core in _L.term_class:
        head_cls = _L.term_class[core]  # “双报到”工作: the work of a term of the field is of the term's class
    tail_name = SPACES.sub("", text[end:head_end]).lstrip("的")
    alts = {full.replace(label_core, core), core, label_core}
    if len(tail_name) >= 4 and _L.head_of(tail_name) and not _DIGIT_HEAD.match(core):
        alts.add(tail_name)
    if prefix:
        alts.add(prefix + full)
    if described:
        alts |= {DEQUOTE.sub("", described), f"{described}的{full}"}
    return Candidate(start, head_end, head_cls, "quoted-head", 2, alts, core)


def _headline_named(text: str, start: int, end: int, core: str) -> bool:
    """A quote of three or more characters on the text's first line whose core the body writes again
    without quotes."""
    first = text.find("\n")
    if len(core) < 3 or (first >= 0 and start > first) or core[0] in "大小":
        return False  # 小积分撬动“大治理”: a small thing set against a big one is a figure
    at = text.find(core, end)
    while at >= 0:
        if text[at - 1 : at] not in _OPEN and text[at + len(core) : at + len(core) + 1] not in _CLOSE:
            return True
        at = text.find(core, at + len(core))
    return False


def _bare(
    text: str,
    start: int,
    end: int,
    label_core: str,
    core: str,
    prefix: str,
    before: str,
    in_heading: bool,
    in_list: bool,
) -> Candidate | None:
    """A bare quoted name: a term of the field, a numbered or counted name, or introduced by a verb of doing
    in its clause (right before it in a heading, where quotes are mostly metaphors: 筑牢“强堡垒”)."""
    if _ORG_NEXT.match(text, end) or len(core) > 30 or _SLOGAN_GOAL.match(text, end) or _MODEL_AIMED.search(core):
        return None
    if label_core[:1] not in _OPEN or attribute(text, end):
        return None  # 搭建平台“用”: a one-character pun on a word, no name without a head after it
    if _RULE_OF_THUMB.match(text, end) or _HONOURED_BODY.match(text, end) or _BODY_END.search(core):
        return None  # 按照“地缘相近”原则划分; 命名为“北疆先锋”示范党支部: a criterion, an honour; “两委”: bodies
    if _FORMULA.fullmatch(core) and not _named(core) and not _spelled_out(text, end, core):
        return None  # 坚持“两个确立”: a political formula, not a practice
    if _AIM.match(core) and _L.head_of(core) == core[1:]:
        return None  # 治理“新路径”: an aim
    if (
        _L.head_of(core) == core
        and _L.class_of(core) == "Mechanism"
        and core not in _L.term_class
        and text[start - 1 : start] not in _LISTING
        and text[end : end + 1] not in _LISTING
    ):
        # 成为群众的“加油站”, 企业发展“服务站”: a place or tool alone in quotes is a figure (开展某某“擂台赛”
        # names an event by its head)
        return None
    if _STATE.search(core):
        return None  # 让群众“议起来”: a state reached, not a way named
    if TAKEN_AS_AIM.match(text, end):
        return None  # 把“群众满意”作为工作标准: the yardstick the work is held to
    if before.rfind("《") > before.rfind("》") and core not in _L.term_class:
        return None  # a quote inside a 《》 title is part of the title's name
    verb = governing_verb(before)
    if verb and verb.group(0) == "以" and not (verb.end() == len(before) and _AS.match(text, end)):
        verb = None  # 以“X”为抓手: the quote is what the work rests on
    # a term of the field, or a named standard being built (聚焦…的“六有小区”建设目标)
    known = (
        core in _L.term_class
        or _COMBINED.fullmatch(core) is not None
        or (
            not in_heading
            and (
                _BUILT.match(text, end) is not None
                or _BRANDS.match(text, end) is not None
                or (in_list and not figure_before(before))
            )
        )
    )
    shaped = _named(core)
    inner = _L.class_of(core) is not None and len(core) >= 3
    counted = shaped or _COUNTED.fullmatch(core) is not None
    titled = in_heading and counted and _TITLE_ONLY.fullmatch(before) is not None and _TITLE_END.match(text, end)
    known = known or acting(text, end, core, before) or headline(text, start, end, core, before)
    # a headline's quote written again bare in the body (泰顺县：廊桥边的“共享法庭” … 建成共享法庭156个): the
    # practice the text is about
    known = known or (in_heading and _headline_named(text, start, end, core) and not figure_before(before))
    # 把“某某”作为…的抓手: the quote is taken up as the means of the work, a practice set up
    known = known or (before.endswith(("把", "将")) and _TAKEN_AS.match(text, end) is not None)
    if not known and not titled and not (shaped and not in_heading and not refused(before)):
        if verb is None and not (inner and not in_heading and not figure_before(before)):
            return None  # 走出一条…的“某某路径”: a figure even with a head inside
        if in_heading and (verb is None or len(before) - verb.end() > 2):
            return None
    chained = _CHAIN.match(text[end : end + 160])
    cls = _L.term_class.get(core) or _L.class_of(core)
    if cls is None:
        # 开展“某某”活动 is an event; 开展“某某”带教 names the way the deed after the quote is done
        said = verb.group(0) if verb else ""
        event = _EVENT_VERB.fullmatch(said) is not None and not (said == "开展" and _DEED_NEXT.match(text, end))
        cls = "Initiative" if chained or event else "Mechanism"
    alts = {core}
    if chained:
        alts |= {label_core + chained.group(1), core + chained.group(1)}
    if prefix:
        alts.add(prefix + label_core)
    return Candidate(start, end, cls, "quoted-bare", 2, alts, core, bare=True)
