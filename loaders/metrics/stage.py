"""Stage 5: quantities the reports give (2022年创成“五星”支部6个 → 6 个 “五星”支部, period 2022).

One regex pass finds number + unit (Arabic digits with 万/亿, Chinese numerals of ten and more, 余/多,
percentages); dates, ordinals (第一批) and numbers inside quoted names (“四帮一”) are not quantities.
The measure is the counted noun phrase: after the unit (5名县级干部分别… → 县级干部) or, when the
number closes its clause, between the last verb and the number (累计转化软弱涣散村党组织21个). The
subject is the organization the sentence names as doer, else the report's subject; `about` is the
activity of the same sentence, else the one its heading names.

>>> from pathlib import Path
>>> from loaders.document import Entity, Report
>>> d = Document(path=Path("x.txt"), text="某县经验\\n2022年创成“五星”支部6个,配备2246名网格员。")
>>> from loaders import segment
>>> d = segment.run(d)
>>> d.reports[0].subject = "place/1"
>>> d.entities["place/1"] = Entity("place/1", "某县", "County")
>>> [(str(m.value), m.unit, m.measure, m.period) for m in run(d).metrics]
[('6', '个', '“五星”支部', '2022'), ('2246', '名', '网格员', '2022')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from loaders.activities.stage import ACTIVITY_CLASSES
from loaders.document import Document, Metric, Passage
from loaders.keywords import trie_pattern
from loaders.metrics.holders import holder
from loaders.metrics.leads import lead_body
from loaders.metrics.numbers import parse_number
from loaders.metrics.owners import give_to_owners
from loaders.metrics.people import crowd, personal
from loaders.metrics.reporters import item_body, respective_body, whole_unit
from loaders.metrics.scenes import scene_unit
from loaders.metrics.tables import is_row, table_metrics
from loaders.metrics.titled import titled_unit
from loaders.relations.clauses import clause_end
from loaders.relations.figures import cited, reporter_of
from loaders.scanning import gated

__all__ = ["REQUIRES", "SETS", "run"]

REQUIRES = ("text", "passages", "reports", "mentions", "entities")
SETS = ("metrics",)

_DATA = Path(__file__).parent.parent / "data"


def _words(name: str) -> list[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    words = {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}
    return sorted(words, key=len, reverse=True)


_UNITS = trie_pattern(_words("metric_units.txt"))
_VERBS = re.compile(trie_pattern(_words("metric_verbs.txt")))
_QUANTITY = re.compile(  # the lookahead first: a cheap test of where a figure can start (4x faster)
    r"(?=[\d一二两三四五六七八九十百])(?<![\d.第每+/])(?<!\d[:：])(?<!第 )"
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?(?:万亿|千万|百万|万|亿)?"
    r"|(?<![数几若上零一二两三四五六七八九十百千万])(?:[一二两三四五六七八九][十百千万亿]|[十百])[零一二两三四五六七八九十百千万亿]*"
    # 三个 alone is as often an article (三个一批); a count where 以上 or the clause's end follows it
    rf"|(?<![数几若上零一二两三四五六七八九十百千万第每])[两二三四五六七八九](?=(?:余|多)?(?:{_UNITS})(?:以上|左右|[，,。；;、])))"
    rf"(?P<q>余|多)?[ \u00a0]?(?P<unit>{_UNITS})"  # 128 个: a space before the unit keeps the number
    # 2370家次, 8轮次: a count of visits is its unit with 次; 4.5万件（套）: the unit with its alternative
    rf"(?P<per>(?<!次)次(?![日年月要序数会]))?(?P<alt>[（(](?:{_UNITS})[）)])?"
)
# 百分之九十五: a percentage written in words (its unit is %)
_QUANTITY_ALL = re.compile(
    "(?=[\\d一二两三四五六七八九十百千万亿])"  # where any branch below can start: the cheap test first
    f"(?:(?:{_QUANTITY.pattern})|百分之(?P<cnum>[一二两三四五六七八九十百][零一二两三四五六七八九十百]*)"
    f"|(?<=[超逾近破])(?P<round>[万亿])(?P<runit>{_UNITS})"  # 投入资金超亿元, 培训近万人: one 亿 or 万
    # 万余名党员, 千余户: about one 万, 千 or 百 (三百余名 is read whole by the numeral branch)
    f"|(?<![\\d零〇一二两三四五六七八九十百千万亿数几若上成好])(?P<about>[百千万])(?:余|多)(?P<aunit>{_UNITS})"
    # 满意度91.3分, 测评得分96分: a score, in points (基础分100分, 扣5分 are rules, not results)
    "|(?:(?<=满意度)|(?<=满意度[：:为达])|(?<=满意度达到)|(?<=得分)|(?<=得分[：:为达]))(?P<score>\\d+(?:\\.\\d+)?)分(?![钟之])"
    # 发放积分3.2万分, 累计兑换积分860万分: points of a points scheme handed out or spent (基础积分100分,
    # 扣积分5分 are its rules)
    "|(?:(?<=积分)|(?<=积分[：:为达])|(?<=积分达到))(?<!基础积分)(?<!扣除积分)(?<!奖励积分)(?<![扣加减奖得]积分)"
    "(?P<points>\\d+(?:\\.\\d+)?万?)分(?![钟之值])"
    # 超过5成, 八成以上: tenths, a share the scorer reads as a percentage (50%)
    "|(?<![\\d.第每数几])(?P<tenth>\\d|[一二两三四五六七八九])成(?![立员为功果效熟本交就长不型品])"
    ")"
)
# a quantity that is a date, an age or part of a name: followed by these
_NOT_AFTER = re.compile(
    r"[年月日号届级星岁钱]|次会|种子|条例|批次|类别|(?<=个)[多余半]|(?<=口)[人径岸]|(?<=度)[假]"
)  # 3个多小时: a duration; 4口人: a household
# 1对1帮扶, 3单位: 对 and 单 are no unit there
_NOT_UNIT = re.compile("(?<=对)[\\d一二两三四五六七八九十]|(?<=单)[位元独项列一个]")
_NO_NOUN = re.compile(  # what follows a figure when no counted noun does (…1500名 到社区报到)
    "和|与|及|、|或|已|均|全部|分别|降至|增至|达到|达|为|是|以上|以内|左右|都|到|赴|在(?!职|校|编|岗|读|册|任)|于|向|从|被|由"
    "|用于|参加|参与|进入|走进|缩短|减少|提升|提高|下降|增长|增加|降低|上升|压缩|扩大"
)
# 由7天缩短至2.5天: the second figure of a change measures what the first did
_CHANGE = re.compile(  # 由2020年的138名增加到2024年的402名: a year may date each side
    "(?:缩短|减少|提升|提高|下降|增长|增加|降低|上升|压缩|扩大|发展|降|增|升)(?:至|到)(?:\\d{4}年(?:底|末)?的?)?"
)
# 由2020年的138名: the year before the first figure of a change dates it, the measure is before 由
_DATED_FROM = re.compile("(?:由|从)\\d{4}年(?:底|末)?的?$")
_COUNTS_ONE = frozenset({"%", "％", "元", "万元", "亿元", "次"})
_HAN = "\u4e00-\u9fff"
_NOUN_AFTER = re.compile(rf"(?:的)?([“\"]?[{_HAN}“”\"]{{1,20}}(?:[（(][^）)]{{1,10}}[）)])?)")
_NOUN_BEFORE = re.compile(rf"([{_HAN}“”\"、（()）]{{1,24}})$")
_TRAIL = re.compile(
    "(?:全部|均|分别)?(?:达到|提高到|提升到|提升至|降至|增至|超过|突破|增长|增加|提升|提高|下降|降低|达|为|至|由|从|有|超|逾)$"
)
# what is left of a threshold figure before the measure (50万元以上的村占比 → 村占比)
_UNIT_LEAD = re.compile(f"^(?:{_UNITS})?(?:(?:以上|以下|左右)的?|的)")
_LEAD = re.compile("^(?:各类|各种|一批|共|其中|均|全部|已|累计|共计)+")
_PERIOD = gated(
    r"(\d{4} ?年(?:度|初|底|以来|上半年|下半年|一季度|二季度|三季度|四季度)?|今年以来|今年来|去年以来|今年|去年"
    r"|近年来|近\d+年来?|近[一二两三四五六七八九十]+年来?|目前|截至\S{0,10}?[，,]|累计)"
)
_COMPARED_WITH = ("比", "较", "是", "相比")  # before a year a figure is compared with
_YEAR_MARK = re.compile(r"(?<=\d) ?年$")  # 2022年 is the year 2022; 今年 and 去年 stay as written
_MODALS = frozenset("拟待未将正再")
_WHEN = re.compile("(?:以后|之后|后|以来|期间|之际|时)$")
# a quoted name or a 《》 title; a quote with a full stop is speech, whose figures count (“村里收入达到28万元。”)
_QUOTE = re.compile('[“"][^”"\\n。！？!?]{1,40}[”"]|《[^》\\n]{1,60}》')
# 30万元以上的村, 30万元以上村, 10万立方米以上山塘21座: a threshold picks out what another figure counts
_THRESHOLD = re.compile("(?:及以上|以上|以下|及以下)(?:的|(?=村|社区|企业|农户|集体|经营主体))")
# 10万立方米以上山塘21座: a noun, no deed, between the threshold and the figure that counts it (not
# 200名以上参加培训3次, where the first figure counts who did it)
_SHARE = re.compile(".*(?:%|％|成)$|百分之")  # a share: 90%以上的村 is a result, not a threshold
_THRESHOLD_NOUN = re.compile(f"(?:及以上|以上|以下|及以下)([{_HAN}]{{1,10}})[\\d一二两三四五六七八九十]")
# 收入超过100万元的村: a figure a comparison sets before 的 picks out what is counted; it is no result
_COMPARED = re.compile("(?:超过|超|高于|低于|不低于|不少于|不足|不超过|多于|少于|达到|达)[ \u00a0]?$")
# speech: a quote that holds a full stop; its figures count where they are a body's (村里, 全村, 合作社)
_SPEECH = re.compile('“[^“”\\n]{2,300}?[。！？!?][”"]')
_COLLECTIVE = re.compile("村里|集体|全村|我们村|咱村|社区|合作社|公司|企业|全镇|全乡|全县|全区|全市|镇里|县里|支部")
# 12个村集体经济收入超过100万元: after a count of units, a figure a comparison sets is the bar they pass
_COUNTED_UNITS = re.compile(
    "[\\d一二两三四五六七八九十百千]+(?:余|多)?(?:个|家|所)(?:行政)?(?:村|社区|乡镇|企业|合作社|小区|学校)"
)
_PASSES = re.compile("(?:(?:均|全部|都)?(?:超过|超|突破|高于|在)|(?:均|全部|都)(?:达到|达))[ \u00a0]?$")
_TOTAL = re.compile("总|合计|共计|累计")  # 166个村集体经济总收入达到1.38亿元: their sum, a result
_ABOVE = re.compile("以上|以下")
# 2024年力争新建…10个, 预计年收入达到30万元: a target or a forecast is no reported result
_TARGET = re.compile(
    "力争|争取(?![^，,。；;]{0,6}?(?:资金|项目|经费|奖补|支持|政策|贷款|补助|投资))|预计|预期|目标(?:是|为)|(?<![按照度原])计划(?:到|在|于|用|今年|明年|\\d|再|新建|建设|建成|投资|投入|实施|完成|打造|培训|新增|引进|改造|开展|举办|发展)|确保"
    # 今年要完成…, 我们将新建…: a modal before a deed; 将 before a noun is 把 (将27个事项合并办理)
    "|(?<![需主重必只])要(?=实现|完成|确保|达到|新建|建成|打造|培训|新增|突破)"
    "|将(?:达到|实现|突破|新增|有|新建|建成|打造|培训|建设|改造|推动)"
)
# 不少于240人次, 至少有1名: a floor or a ceiling the text requires, no result
_BOUND = re.compile("(?:不少于|不低于|至少|不超过|不高于|不足|不到)(?:有|达到?|为)?$")
# 每个小区配备2名, 给予每户3000元: a figure allotted per unit is a standard, no total
_PER = "每(?:个|名|位|户|人|家|所|条|座|间|支|村|组|处)"
_ALLOT = "配备|配置|安排|给予|补助|奖励|奖补|补贴"
_PER_UNIT = re.compile(f"(?:{_ALLOT})[^，,。；;]{{0,6}}?{_PER}|{_PER}[^，,。；;]{{0,12}}?(?:{_ALLOT})")
# 9个街道各组建1支, 每参加1次, 每户最高: a figure each unit has, a rate (每年有…: a yearly total is one)
_EACH = re.compile(f"(?:(?<!每)各(?!类|级|种|项|地|界)|每(?!年|月|天|日|周|季))[{_HAN}]{{0,2}}$")
# 每月召开1次联席会议, 每季度开展2场: how often a body meets or acts is a rule of its practice, no result
_FREQUENCY = re.compile("每(?:个)?(?:月|周|季度|季|天|日|旬|半月|半年|星期)")
_FREQUENCY_UNITS = frozenset({"次", "场", "期", "轮", "天", "回"})
# 分为优秀、良好、一般3个等次, 前3名: the grades of an assessment and a rank, no count
_GRADES = re.compile("(?:等次|档次|等级|个档)")
# 全县各乡镇党委书记共80余人参加会议: who sat in a meeting is no result of its work (培训班共有120人参加 is one)
_ATTENDED = re.compile("[^，,。；;]{0,3}?(?:参加|出席|列席)了?(?:会议|大会|本次会议|此次会议|座谈会|推进会)|参会|与会")
# 三、2024年工作打算, 存在的问题: a part that plans or regrets reports no results
_PLAN_PART = re.compile("下一步|打算|工作计划|工作安排|工作思路|主要目标|目标任务|存在的问题|问题和不足|不足之处")
_DONE_PART = re.compile("完成|成效|成果|进展|情况|回顾")  # 主要目标任务完成情况: what was achieved
# 分别提高7个和4个百分点: the first figure shares the unit written after the second
_SHARED_POINTS = re.compile("(?:和|、|与|及|或)\\d+(?:\\.\\d+)?个百分点")
_WITHIN = re.compile("以?内")
_RESTATED = re.compile("此次|这次|本次|上述|这些|以上")  # a figure pointed back at: said before
_ROUND_THE_CLOCK = re.compile(r"24 ?小时$")  # 24小时便民服务, 24小时值守: a kind of service, not a duration
# 1个积分相当于1元钱: both sides of a conversion are a rate the text defines, no result
_RATE = "相当于|折合|折算|等于|可兑换|兑换|抵扣|可抵"
_RATE_AFTER = re.compile(f"[^，,。；;！？!?\\n]{{0,8}}?(?:{_RATE})")
_RATE_BEFORE = re.compile(f"(?:{_RATE})$")
_RANGE_END = re.compile(  # 300至500户 (a range), not 由93元降至75元 (a change)
    "[\\d一二两三四五六七八九十百千万][^，,。；;\\d]{0,3}(?:(?<![降增升减提高达短少长大缩加展])[至到]|[~～\\-—－])$"
)
_WINDOW = 60  # characters around a figure that its clause, measure and period are read from
_CLAUSE_RUN = re.compile("[^，,。；;：:！？!?\n]*")
_NOUN_START = re.compile(f'[“"的{_HAN}]')


def _mask(text: str, lo: int, hi: int, names: list[tuple[int, int]]) -> str:
    """text[lo:hi] with quoted parts and known names blanked, so no verb is found inside them."""
    chars = list(text[lo:hi])
    for s, e in names:
        a, b = max(s, lo) - lo, min(e, hi) - lo
        if a < b:
            chars[a:b] = "〇" * (b - a)
    return _QUOTE.sub(lambda q: "〇" * len(q.group(0)), "".join(chars))


def _measure_after(text: str, end: int, names: list[tuple[int, int]]) -> str:
    m = _NOUN_AFTER.match(text, end)
    if not m or m.start(1) >= len(text):
        return ""
    phrase = m.group(1)
    masked = _mask(text, m.start(1), m.end(1), names)
    if _NO_NOUN.match(masked):
        return ""
    cut = _VERBS.search(masked, 1)
    if cut and masked[: cut.start()] in _MODALS:  # 13个拟创建“五星”支部村: 拟 is not what is counted
        cut = _VERBS.search(masked, cut.end())
    if cut:
        phrase = phrase[: cut.start()]
    head = phrase.split("、")[0]
    if "的" in head[1:]:
        head = head[: head.index("的", 1)]
    return head.strip("的").removesuffix("中")


def _measure_before(text: str, start: int, lo: int, names: list[tuple[int, int]]) -> str:
    while start > lo and text[start - 1] in " \u00a0":
        start -= 1  # 党群服务中心 128 个
    dated = _DATED_FROM.search(text, lo, start)
    if dated:
        start = dated.start()
    m = _NOUN_BEFORE.search(text, lo, start)
    if not m:
        return ""
    phrase = _TRAIL.sub("", m.group(1))
    lead = _UNIT_LEAD.match(phrase)
    skip = lead.end() if lead else 0
    phrase = phrase[skip:]
    masked = _mask(text, m.start(1) + skip, m.start(1) + skip + len(phrase), names)
    cuts = sorted((v.end() for v in _VERBS.finditer(masked)), reverse=True)
    for cut in cuts:
        rest = _LEAD.sub("", phrase[cut:]).strip("、的").rstrip("由从自")
        if len(rest) >= (1 if skip else 2) and not _VERBS.fullmatch(rest):
            return rest
    whole = _LEAD.sub("", phrase).strip("、的").rstrip("由从自")  # 办结率: a verb inside the noun
    return "" if len(whole) < (1 if skip else 2) or _VERBS.fullmatch(whole) else whole


def run(doc: Document) -> Document:
    """Add the metrics of `doc`, one per reported quantity."""
    text = doc.text
    starts = [p.start for p in doc.passages]
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    q_starts = [s for s, _ in quotes]
    speech = [(m.start(), m.end()) for m in _SPEECH.finditer(text)]
    s_starts = [s for s, _ in speech]
    plans = _plan_parts(doc)
    plan_starts = [s for s, _ in plans]
    activity_at: dict[int, list[tuple[int, int, str]]] = {}
    names: dict[int, list[tuple[int, int]]] = {}
    for men in doc.mentions:
        names.setdefault(men.passage, []).append((men.start, men.end))
        if men.cls in ACTIVITY_CLASSES and men.key:
            activity_at.setdefault(men.passage, []).append((men.start, men.end, men.key))
    heading_activity = _heading_activities(doc, activity_at)
    previous, previous_passage = "", -1
    prev_end = 0
    reported: set[tuple[int | None, str, object, str]] = set()
    for m in _QUANTITY_ALL.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > doc.passages[i].end:
            continue
        p = doc.passages[i]
        if p.report is None or (p.heading and doc.reports[p.report].start == p.start) or is_row(doc, p):
            continue  # a table row is read by its column headers (metric_tables)
        if _inside(quotes, q_starts, m.start()) or _inside(plans, plan_starts, m.start()) or personal(text, p):
            continue  # a quoted name, a plan, one person's life (脱贫户张某种植黄桃8亩)
        lead = _CLAUSE_RUN.match(text[max(p.start, m.start() - _WINDOW) : m.start()][::-1])
        lo = max(m.start() - (len(lead.group(0)) if lead else 0), p.start)  # where the figure's clause starts
        if _no_result(text, p, lo, m):
            continue
        said = bisect_right(s_starts, m.start()) - 1
        if _inside(speech, s_starts, m.start()) and not _COLLECTIVE.search(text, speech[said][0], m.start()):
            continue  # “以前打工一年挣3万元”: a speaker's own life; “村里收入达到28万元”: the village's
        num, unit = m.group("num") or m.group("cnum"), m.group("unit") or "%"
        unit += (m.group("per") or "") + (m.group("alt") or "")
        if unit == "个" and _SHARED_POINTS.match(text, m.end()):
            unit = "个百分点"
        if m.group("round") or m.group("about"):
            one = m.group("round") or m.group("about")  # 1万 and 1亿 keep their scale; 千 and 百 are 1000, 100
            num = "1" + one if one in "万亿" else str(parse_number(one))
            unit = m.group("runit") or m.group("aunit")
        elif m.group("score") or m.group("points"):
            num, unit = m.group("score") or m.group("points"), "分"
        elif m.group("tenth"):
            tenths = parse_number(m.group("tenth"))
            num, unit = ("" if tenths is None else str(tenths * 10)), "%"
        if unit == "元" and num[-1] in "万亿":
            num, unit = num[:-1], num[-1] + unit  # 350万元: 万元 is the unit word as written
        value = parse_number(num)
        after_change = _CHANGE.search(text, max(p.start, m.start() - 3), m.start()) is not None  # 减少到0个
        counted = num == "1"  # 建立1个党总支: a digit counts; 一个 is as often an article (一个支部一件实事)
        if value is None or (value == 1 and unit not in _COUNTS_ONE and not after_change and not counted):
            continue
        if crowd(text, m.end(), unit):
            continue  # 20余名居民围坐在一起: a news scene's people
        if value == 0 and not after_change and not _label(text, p.start, m.start()):
            continue  # 空壳村：0个, 由63个减少到0个 state a zero; elsewhere 0 is part of a code or a name
        rest = _CLAUSE_RUN.match(text, m.end(), min(p.end, m.end() + _WINDOW))
        if rest and _WHEN.search(rest.group(0)):
            continue  # 26个服务中心改造完成后,…: a figure restated as the time of what follows
        # 据某局统计，全县…: the body cited reports the figure, whatever unit its clause counts over
        subject = (
            cited(doc, i, m.start())
            or respective_body(doc, i, m.start())  # 甲村、乙村分别建成大棚120个、80个: each its own
            or item_body(doc, i, m.start())  # 其中甲镇培训460人次、乙镇培训380人次: each item its body's
            or whole_unit(doc, i, _placed(doc, i, m.start()), lo, m.start())
        )
        if subject is None:
            continue
        subject = holder(doc, i, subject, m.start())  # 甲、乙联合组成…, 甲、乙等12个部门: the report's
        clause_lo = max(lo, prev_end)
        changed = previous if _CHANGE.fullmatch(text, prev_end, m.start()) else ""
        prev_end = m.end()
        again = (p.report, subject, value, unit) in reported
        if again and (value >= 100 or _RESTATED.search(text, clause_lo, m.start())) and unit not in ("%", "％"):
            continue  # a large figure said again (全县234个行政村 … 234个行政村), 此次公布的11个: one quantity
        if "辖" not in text[lo : m.start()]:  # 辖153个村 states the scale: a deed in 153个村 later is news
            reported.add((p.report, subject, value, unit))
        measure = changed or _label(text, p.start, m.start()) or _respective(text, lo, m.start())
        if not measure and _NOUN_START.match(text, m.end()):
            measure = _measure_after(text, m.end(), names.get(i, []))
        nxt = _QUANTITY.match(text, m.end()) if not measure else None
        if nxt:  # 6大项58小项内容: both count the noun after the second
            measure = _measure_after(text, nxt.end(), names.get(i, []))
        if not measure:
            measure = _measure_before(text, m.start(), clause_lo, names.get(i, []))
        if not measure and i == previous_passage:
            measure = previous  # 由7天缩短至2.5天: the figure goes on with the one before it in the sentence
        previous, previous_passage = measure, i
        period_m = None
        for pm in _PERIOD.finditer(text, max(p.start, m.start() - 2 * _WINDOW), m.start()):
            if not text.endswith(_COMPARED_WITH, 0, pm.start()):
                period_m = pm  # 是2021年的5倍, 比2020年增长: the year compared with dates nothing
        period = _YEAR_MARK.sub("", period_m.group(1).rstrip("，,")).replace(" ", "") if period_m else None
        about = _about(activity_at.get(i, []), m.start(), m.end()) or heading_activity.get(i)
        doc.metrics.append(
            Metric(
                value=value,
                unit=unit,
                measure=measure,
                subject=subject,
                passage=i,
                start=m.start(),
                end=m.end(),
                period=period,
                about=about,
            )
        )
    doc.metrics.extend(table_metrics(doc))
    give_to_owners(doc, doc.metrics)
    return doc


def _no_result(text: str, p: Passage, lo: int, m: re.Match[str]) -> bool:
    """True for a figure that is no reported result: a date or name, a threshold, range end, target,
    requirement, rate or per-unit standard."""
    before = max(p.start, m.start() - 4)
    return bool(
        _NOT_AFTER.match(text, m.end())
        or _NOT_UNIT.match(text, m.end())
        or _ROUND_THE_CLOCK.match(m.group(0))
        or (_THRESHOLD.match(text, m.end()) and not _SHARE.match(m.group(0)))  # 30万元以上的村, not 90%以上的村
        or ((t := _THRESHOLD_NOUN.match(text, m.end())) is not None and not _VERBS.search(t.group(1)))
        or _RANGE_END.search(text, max(0, m.start() - 12), m.start())  # 300至500户: the range's upper end
        or (text.startswith("的", m.end()) and _COMPARED.search(text, before, m.start()))
        or (
            (_PASSES.search(text, before, m.start()) or _ABOVE.match(text, m.end()))
            and (units := _COUNTED_UNITS.search(text, lo, m.start())) is not None
            and not _TOTAL.search(text, units.end(), m.start())
        )
        or _TARGET.search(text, p.start, m.start())
        or _BOUND.search(text, before, m.start())
        or _EACH.search(text, before, m.start())
        or (text.startswith("在", m.start() - 1) and _WITHIN.match(text, m.end()))  # 在3个工作日内办结
        or ("每" in text[lo : m.start()] and _PER_UNIT.search(text, lo, m.start()))
        or _RATE_AFTER.match(text, m.end())
        or (m.group("unit") in _FREQUENCY_UNITS and _FREQUENCY.search(text, lo, m.start()) is not None)
        or _GRADES.match(text, m.end())
        or _ATTENDED.match(text, m.end())
        or (text.startswith("前", m.start() - 1) and m.group("unit") in ("名", "位"))
        or _RATE_BEFORE.search(text, before, m.start())
    )


def _placed(doc: Document, passage: int, pos: int) -> str | None:
    """Who reports the figure at `pos` by its sentence (`reporter_of`), else by the scene its paragraph opened
    on (走进某村，…), the body the report's lead opens on (今年以来，某县人社局…。一是…), or the unit the title of
    its part names (（一）某镇某村：…)."""
    key = scene_unit(doc, passage, pos, reporter_of(doc, passage, pos))
    return titled_unit(doc, passage, lead_body(doc, passage, pos, key))


def _plan_parts(doc: Document) -> list[tuple[int, int]]:
    """Spans of the parts whose title plans or regrets (三、2024年工作打算, 存在的问题), in text order."""
    spans = []
    for r in doc.reports:
        for part in r.parts:
            title = doc.text[part.start : part.title_end]
            if _PLAN_PART.search(title) and not _DONE_PART.search(title):
                spans.append((part.start, part.end))
    return sorted(spans)


_MEMBERS = re.compile(f'([{_HAN}“”"]+(?:[、和及与][{_HAN}“”"]+)+)$')


_RISE = re.compile("(?:达到|达|为|是|提高|提升|下降|增长|降低|减少|增加|上升)?了?(?:到|至)?")


def _respective(text: str, lo: int, pos: int) -> str:
    """受理率、办结率分别达到93.6%和97.4%: each figure measures the listed noun in its place (a short
    member shares the head the last one writes, 初中、高中入学率: the whole list is the measure)."""
    k = text.rfind("分别", lo, pos)
    listed = _MEMBERS.search(text, lo, k) if k > lo else None
    if listed is None:
        return ""
    members = re.split("[、和及与]", listed.group(1))
    end = clause_end(text, pos, len(text))
    figures = [f.start() for f in _QUANTITY.finditer(text, k, end)]
    if len(figures) != len(members) or pos not in figures or not _RISE.fullmatch(text, k + 2, figures[0]):
        return ""  # 分别奖补总投资额的30%、25%: a noun after 分别 is what the figures measure
    member, last = members[figures.index(pos)], members[-1]
    return listed.group(1) if len(member) < len(last) and len(member) <= 4 else member


_LABEL = re.compile(f"(?:^|(?<=[，,。；;\\s、]))([{_HAN}（()）“”][{_HAN}（()）“”\\d.%]{{1,15}})[：:][ \u00a0\t]*$")


def _label(text: str, lo: int, pos: int) -> str:
    """村集体经济收入：120万元 (a "label：value" line or cell): the label is what the figure measures."""
    m = _LABEL.search(text, max(lo, pos - 24), pos)
    return _LEAD.sub("", m.group(1)) if m else ""


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def _about(acts: list[tuple[int, int, str]], pos: int, end: int) -> str | None:
    """The activity of the sentence nearest to the figure (划分328个网格…,建立…平台 → the platform)."""
    if not acts:
        return None
    return min(acts, key=lambda a: pos - a[1] if a[1] <= pos else max(0, a[0] - end))[2]


def _heading_activities(doc: Document, activity_at: dict[int, list[tuple[int, int, str]]]) -> dict[int, str]:
    """Passage index -> the activity its nearest heading names, within a report."""
    out: dict[int, str] = {}
    current: str | None = None
    report = None
    for i, p in enumerate(doc.passages):
        if p.report != report:
            current, report = None, p.report
        if p.heading:
            acts = sorted(activity_at.get(i, []))
            current = acts[0][2] if acts else None
        elif current:
            out[i] = current
    return out
