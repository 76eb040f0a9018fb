"""componentOf within one sentence: what its clauses form, issue, list, define or set up belongs to the practice
the sentence opens with (开展…行动,出台《…办法》; 实施…工程,其中包括A、B; 推行“党员两岗”,即…; A、B等X机制), and a clause
that names a word of the introduced opener again speaks of it (推行积分制,…凭积分可到X兑换).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from loaders.activities.outline import CLAUSE_MARKS, clause_start, clause_stop
from loaders.activities.stated_parts import THIS, made_of, made_up, named_alike, opens_on_pointer, stated_part
from loaders.document import Mention
from loaders.names.words import boundaries

__all__ = ["BROUGHT_INTO", "NAME_MARKS", "among_bodies", "sentence_components"]

_FORMS = re.compile(r"(?:并|还|同时|先后|积极|逐步)?(?:打造|(?P<result>形成)了?|出台|制定|印发)")
# what a clause says the work 形成 in the end (…的治理格局, …体系, 闭环) is its outcome, not one of its parts
_OUTCOME = re.compile(r"(?:格局|体系|闭环|局面|态势|生态)[”\"]?$")
# a campaign or a framework opening the sentence also holds what its clauses set up or rest on
# (开展“亮践”行动,…设立党员先锋岗; 推行…共建共治模式,依托党群服务站)
# 具体做法：一是建立A，二是推行B: a point of the sentence's own list opens its clause before the verb
_POINT = r"(?:[一二三四五六七八九十]{1,2}是|其[一二三四五六七八九十]|首先|其次|再次|最后)?"
_SETS_UP = re.compile(
    _POINT + r"(?:(?:在|对|针对|面向)[^，,。；;“”]{1,14}?|(?:组织|动员)[^，,。；;“”]{1,40}?)?"
    r"(?:并|还|先后|积极|逐步)?(?:(?:每[年季月周日天]度?|定期|常态化)[^，,。；;“”]{0,6}?)?"
    r"(?:设立|设置|划分|组建|建立|依托|通过|搭建|推行|发展|按照|采取|采用|运用|实行|开展|举办|实施)"
)  # 按照“龙头村+普通村”模式: the model a programme follows; 组织…赴高校开展“…”活动: an event the programme holds
_SETTING = re.compile(r"(?:工作|活动)?中[，,]")  # 在“…”主题教育中,…: the setting of the sentence, not its practice
# 以X为契机 / 按照X模式 / 通过X / 围绕X: what a sentence starts from, follows or goes through frames its deeds,
# which are not X's parts (以某某试点为契机,建立…平台)
_FRAMED = re.compile(
    r"(?<![可所难加予])以$|(?:围绕|按照|依照|根据|通过|借助|依托|紧扣|结合|对标|立足|抢抓|抓住)[^，,。；;“”]{0,6}$"
    r"|(?:贯彻|落实)[^，,。；;“”]{0,6}$"
)
# what a clause 形成 is its result (…的运行机制, 全县“一本账”), unless it lists examples (形成了A、B等做法, “A”“B”等)
_EXAMPLES = re.compile(r"[、等“]")
# a framework: a model, a system, or a mechanism of joint work (“河长+警长”协作机制,建立A、B等制度 holds A and B)
_FRAME = re.compile(r"(?:模式|体系|格局|(?:联动|协作|协同)机制)$")
# 建立“一站式”调处中心，整合…力量，设置“某某”工作室: a centre or platform the sentence sets up holds the rooms,
# points and channels its later clauses open in it
_PLACE = re.compile(r"(?:平台|中心|站|点|基地|综合体|阵地)[”\"]?$")
_BUILT = re.compile(r"(?:建成|建设|打造)了?$")
# 把…纳入村党组织书记年度考核，实行“季度晾晒、年度排名”: an assessment holds the ways it is run
_ASSESSMENT = re.compile(r"(?:考核|考评|评价|评议|述职)[”\"]?$")
_OPENS_IN = re.compile(
    r"(?:[^，,。；;“”\"]{0,6}?)(?:并|还|同步)?(?:设置|设立|开设|开通|下设|设有|配备|嵌入|配建|建设)了?(?:[^，,。；;“”\"]{0,6})"
    r"(?:“[^“”]{1,20}”[^，,。；;“”\"]{0,6}?[、和及与]?)*$"
)
# 实施…工程,其中包括A、B和C / 该工程具体包括A和B: the listed items are its parts, whatever the opener
# (实施“某某”工程，内容涵盖A、B、C三个方面: what its content or scope takes in, said of the opener)
# the verbs a whole takes its parts by: X包括A、B / 下设 / 分为…
_TAKES_IN = "包括|包含|涵盖|下设|内设|细分为|划分为|分为|分成"
_INCLUDES = re.compile(
    rf"{THIS}(?:其)?(?:主要|具体|工作)?(?:(?:内容|范围|职能|功能)(?:主要)?(?:是|为|有)|(?:内容|范围|职能|功能)?"
    rf"(?:其中|具体|主要)?(?:{_TAKES_IN}))"
)
# 实施…工程，配套建立A和B: a measure set up to go with the opener is one of its parts, whatever the opener
_SUPPORTS = re.compile(r"(?:并|还|同步)?配套(?:建立|建设|打造|搭建|组建|出台|制定|推出|实施|推行|设立|开展)")
# 实施X工程，同时开展Y行动: a clause that turns to other work sets up X's sibling, no part of it
_TURNS = re.compile(r"[，,；;]\s*(?:同时|此外|另外|与此同时)")
# 推行“党员两岗”,即在小区设置党员示范岗…: what the definition after 即 sets up are the practice's parts
_DEFINED = re.compile(r"[，,：:]?\s*即|\s*(?P<colon>[：:])")
# “三项机制”：A、B和C — a counted group's colon list is read by its count (relations/components.py)
_COUNTED = re.compile(r"[一二两三四五六七八九十\d]+[个大项类种支张条座]")
_MOVES_ON = re.compile(r"[，,；;]\s*(?:同时|此外|另外|并且|还)")
# 将集团化办学分为A、B和C3种模式 / X包括A、B: what X is divided into are its parts
_DIVIDES = re.compile(rf"(?:主要|具体|共)?(?:{_TAKES_IN})")
# 建立“校院共育”“厂校联培”等柔性引才机制: the members of a list are parts of the head it closes with
_LIST_JOIN = re.compile(r"[、和及与]?")
_LIST_HEAD = re.compile(r"等(?:[\d一二两三四五六七八九十]+[种类项个大])?(?:多种|各类)?")
# the marks around a name: quotes, title marks, spaces
NAME_MARKS = re.compile(r"[\s“”\"'‘’《》「」]")


# 把X工作纳入目标考核: what the work is brought into (an evaluation, a list) is no part of it
BROUGHT_INTO = re.compile(r"纳入[^，,。；;“”]{0,20}$")
# 居委会、业主委员会和物业公司: a name listed among bodies is a party to the work, not a deed of it
_BODY_ITEM = re.compile(r"(?:组织|企业|公司|单位|部门|社区|委会|委员会|党委|党组|支部|政府|协会|合作社)$")
_ITEM_STOP = re.compile(r"[、，,。；;：:“”\"（）()]")


def among_bodies(text: str, m: Mention) -> bool:
    """Whether `m` is an item of a 、-list whose item right before or after it names a body."""
    if text[m.start - 1 : m.start] == "、":
        lo = m.start - 1
        while lo > 0 and not _ITEM_STOP.match(text, lo - 1) and m.start - lo < 16:
            lo -= 1
        if _BODY_ITEM.search(text, lo, m.start - 1):
            return True
    if text[m.end : m.end + 1] == "、":
        stop = _ITEM_STOP.search(text, m.end + 1, m.end + 17)
        if stop and stop.group(0) in '“"':
            return False  # 、某社区“某某”议事会: the next item is a practice named with its place, no body
        return _BODY_ITEM.search(text, m.end + 1, stop.start() if stop else m.end + 17) is not None
    return False


_TOOL = re.compile(r"(?:平台|系统|中心)$")


def _tool_before(text: str, found: list[Mention], opener: Mention, m: Mention, lo: int) -> str | None:
    """The platform or system the clause right before `m`'s sets up (not the sentence's opener), if any."""
    before = max(text.rfind(c, 0, lo - 1) for c in CLAUSE_MARKS) + 1
    tools = [x for x in found if before <= x.start and x.end < lo and x is not opener and _TOOL.search(x.text)]
    return tools[-1].key if tools else None


# 推广“小区议事会”，…，实行“…”的议事流程 / 设立“人才飞地”，按照“…”的模式: the way a practice just set up runs
_SET_UP_BEFORE = re.compile(r"(?:推行|推广|实行|实施|建立|设立|组建|搭建|创建|成立)了?$")
_RUNS_BY = re.compile(r"(?:并|还|统一)?(?:实行|按照|采取|采用)")
_WAY_END = re.compile(r"(?:模式|流程|步骤|程序)[”\"]?$")
_WAY_AFTER = re.compile(r"的?[\u4e00-\u9fff]{0,4}(?:模式|流程|步骤|程序)")
_INTRODUCES = re.compile(r"(?:推行|实行|实施|推进|建立|开展|探索|构建|健全|深化|用好)了?$")
# “每月一议、急事急议”: a slogan of phrases, which runs by no way of its own (a council or a platform does)
_SLOGAN = re.compile(r"[“\"][^”\"]*[、，,][^”\"]*[”\"]")
# “A—B—C”四级体系: a chain of levels or parties, whose words name bodies the text goes on to speak of
_CHAIN = re.compile(r"[”\"][一二两三四五六七八九十\d]+(?:级|方|层)")
_CORE_HEADS = re.compile(r"(?:治理|管理|制度|机制|模式|体系|工作|建设|服务|改革|工程|行动|活动|创建|制)+$")


@lru_cache(maxsize=4096)
def _core_words(name: str) -> tuple[str, ...]:
    """The words of a practice's name without its quotes and generic heads (“美德积分”管理 → 美德, 积分);
    kept per name: the practice a sentence opens with opens many."""
    core = _CORE_HEADS.sub("", NAME_MARKS.sub("", name))
    return tuple(w for w in boundaries(core).words(0, len(core)) if len(w) >= 2)


def _listed_example(text: str, m: Mention) -> bool:
    """Whether `m` is a member of a list (A、B等做法): examples of what was formed, not the result itself."""
    return text[m.start - 1 : m.start] in ("、", "”") or _EXAMPLES.match(text, m.end) is not None


def sentence_components(text: str, start: int, found: list[Mention]) -> dict[str, str]:
    """Within one sentence, what a clause forms or issues belongs to the practice the sentence opens with.

    建立…网格化管理智慧平台,打造“收集、上报、交办、反馈”闭环 → the loop is part of the platform;
    开展…集中提升两年行动,出台《…办法》 → the rules are part of the campaign; 推行“美德积分”管理,村民凭积分
    可到“美德超市”兑换 → a clause that names a word of the introduced opener again speaks of it.
    """
    opener = next(
        (
            m
            for m in found
            if m.cls != "PolicyDocument"
            and not _SETTING.match(text, m.end)
            and not _FRAMED.search(text, max(start, m.start - 8), m.start)
        ),
        None,
    )
    if opener is None or opener.key is None:
        return {}
    # 这一机制以户为单位，…，配套建立X: a sentence opening on a pointer speaks of the practice named before it
    # (`referred` in the relations stage), not of its first name
    out = {} if opens_on_pointer(text, start) else _set_up_by_opener(text, start, found, opener)
    for k, x in enumerate(found):
        if x.key and _DIVIDES.match(text, x.end):
            clause_end = clause_stop(text, x.end)
            for y in found[k + 1 :]:
                if y.start >= clause_end:
                    break
                if y.key and y.key != x.key:
                    out[y.key] = x.key
        head = _LIST_HEAD.fullmatch(text, found[k - 1].end, x.start) if k and x.key else None
        if head:  # A、B等X: walk the list back from its last member
            j = k - 1
            while j >= 0 and found[j].key and found[j].key != x.key:
                out[found[j].key or ""] = x.key or ""
                if j == 0 or not _LIST_JOIN.fullmatch(text, found[j - 1].end, found[j].start):
                    break
                j -= 1
        defined = _DEFINED.match(text, x.end) if x.key else None
        if x.key and defined and not (defined["colon"] and _COUNTED.search(x.text)):
            stop = _MOVES_ON.search(text, x.end)
            for y in found[k + 1 :]:
                if stop and y.start >= stop.start():
                    break
                if y.key and y.key != x.key:
                    out[y.key] = x.key
    out.update(made_of(text, start, found, opener))
    out.update(_run_by_assessment(text, start, found))
    out.update(made_up(text, found))
    for x, y in pairwise(found):
        if x.key and y.key and x.key != y.key and stated_part(text, x, y):
            out[x.key] = y.key
    return out


# 深化“某某”改革，推进“某某”建设，实施“某某”工程: programmes of one rank carried out side by side
_PROGRAMME = re.compile(r"(?:工程|改革|建设|计划|战略|攻坚)[”\"]?$")


# 将…情况纳入机关党建考核，实行“…”的双向评价机制: the ways the clauses after an assessment something is brought
# into set up are how that assessment runs
_BROUGHT_TO = re.compile(r"纳入[^，,。；;“”\"]{0,12}$")
_RUNS_IT = re.compile(r"(?:并|同时)?(?:实行|采取|采用)了?")


def _run_by_assessment(text: str, start: int, found: list[Mention]) -> dict[str, str]:
    """The ways the clauses right after an assessment a sentence brings something into set up (纳入X考核，实行A)."""
    out: dict[str, str] = {}
    for k, x in enumerate(found):
        if (
            not x.key
            or not _ASSESSMENT.search(x.text)
            or not _BROUGHT_TO.search(text, max(start, x.start - 14), x.start)
        ):
            continue
        for m in found[k + 1 :]:
            lo = clause_start(text, start, m.start)
            if not m.key or _TURNS.search(text, x.end, m.start) or not _RUNS_IT.match(text, lo):
                break
            out[m.key] = x.key
    return out


def _peer(opener: Mention, m: Mention) -> bool:
    """Whether `m` is a programme of the opener's own rank, carried out beside it rather than under it."""
    return _PROGRAMME.search(opener.text) is not None and _PROGRAMME.search(m.text) is not None


def _set_up_by_opener(text: str, start: int, found: list[Mention], opener: Mention) -> dict[str, str]:
    """What the later clauses of a sentence form, include, set up for or say again of the practice it opens with."""
    out: dict[str, str] = {}
    whole = opener.key or ""
    holds = (
        opener.cls == "Initiative"
        or _FRAME.search(opener.text) is not None
        or _ASSESSMENT.search(opener.text) is not None
    )
    introduced = _INTRODUCES.search(text, max(start, opener.start - 4), opener.start) is not None
    cores = _core_words(opener.text) if introduced and not _CHAIN.search(opener.text) else ()
    set_up = _SET_UP_BEFORE.search(text, max(start, opener.start - 4), opener.start) is not None
    built = set_up or _BUILT.search(text, max(start, opener.start - 3), opener.start) is not None
    slogan = _SLOGAN.search(opener.text) is not None
    placed = built and _PLACE.search(opener.text) is not None
    for m in found:
        if m.start <= opener.end or not m.key or m.key == opener.key or named_alike(m.text, opener.text):
            continue
        if among_bodies(text, m):
            continue  # 推动小区党组织、业主委员会、物业企业…: a party listed among bodies, no part of the opener
        lo = clause_start(text, start, m.start)
        forms = _FORMS.match(text, lo)
        if forms is not None and forms["result"] and (_OUTCOME.search(m.text) or not _listed_example(text, m)):
            continue
        # 推行积分制,积分可在X兑换: X serves it; 把X工作纳入Y考核: Y takes the work in
        tied = any(text.find(w, lo, m.start) >= 0 for w in cores) and not BROUGHT_INTO.search(text, lo, m.start)
        way = _WAY_END.search(m.text) or _WAY_AFTER.match(text, m.end)
        runs_by = set_up and not slogan and _RUNS_BY.match(text, lo) is not None and way is not None
        opens_in = placed and _OPENS_IN.fullmatch(text, lo, m.start)
        said = _INCLUDES.match(text, lo) or _SUPPORTS.match(text, lo)
        if lo > opener.end and (
            said
            or (
                not _TURNS.search(text, opener.end, m.start)
                and (
                    forms
                    or (holds and _SETS_UP.match(text, lo) and not _peer(opener, m))
                    or tied
                    or runs_by
                    or opens_in
                )
            )
        ):
            out[m.key] = whole
            if forms is not None and "打造" in forms.group(0) and (tool := _tool_before(text, found, opener, m, lo)):
                out[m.key] = tool  # 建立…智慧平台,打造“…”闭环: the loop runs on the platform just built
    return out
