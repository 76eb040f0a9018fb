"""Rules that find activity names in text: each yields candidate spans with a class and other forms.

Six general shapes, each one regex pass over the whole text (the segmenter only judges word boundaries):
- 《…》 titles ending in a rule-setting word (办法, 意见, 方案, 卡 ...) → PolicyDocument;
- quoted names, read one pair at a time by `quotes` (“头雁领航”工程, 坚持“一星一方案”);
- enumerations of practices sharing one head, read by `enumerations` (推行三资融合、三权分置等6种发展模式,
  建立甲、乙和丙制度) and parallel steps defining one way (每日走访、每月研判的机制, 旬排查、季讲评制度);
- fixed terms of the field (网格化管理, 三会一课), with the noun of the field written before them
  (行业党建联建), and their shapes (X化管理, X化治理, 一X一Y, 党员X户, X长制); a post (网格长, 第一书记) only
  where people are sent to it or its service is named;
- unquoted names ending in a head noun, cut on the left at the last verb or function word
  (严格落实派驻机制 → 派驻机制) unless the verb is the name's own (成果执行机制);
- a way put in place at the end of its clause (实行片区干部蹲点调解。).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.activities.candidate import Candidate
from loaders.activities.enumerations import enumerations
from loaders.activities.events import time_word
from loaders.activities.introduced import introduced, unranked
from loaders.activities.lexicon import lexicon, name_start
from loaders.activities.quotes import quoted
from loaders.keywords import Keywords
from loaders.names.lexicon import verbs
from loaders.names.words import boundaries, part_of_speech
from loaders.scanning import gated
from loaders.spans import Spans

__all__ = ["Candidate", "candidates"]

_HAN = "\u4e00-\u9fff"
_OPEN, _CLOSE = '“"‘「', '”"’」'
_L = lexicon()
_POLICY = re.compile(r"《([^《》\n]{2,80})》")
# a rule-setting document named without 《》 right after the verb that issues or carries it out
# (制定街巷管理办法和门前责任区考核细则, 贯彻落实古城风貌保护条例); only the last words of titled documents count
_TITLED = (
    '(?:[\u4e00-\u9fff]|[“"][^”"]{1,10}[”"]){4,30}?'
    "(?:条例|实施细则|细则|规划|办法|规定|实施意见|指导意见|纲要|准则|守则)"
)
_UNBRACKETED = gated(
    f"(?:(?:出台|制定|印发|颁布|修订|起草|贯彻落实|贯彻|实施)(?:了|好)?)+({_TITLED})(?:(?:和|及|、)({_TITLED}))?"
    "(?=[和及、，,。；;（(]|$)"
)
# 《关于推行某某积分管理工作的实施意见》: the practice a title carries out is named in it
_TITLE_PRACTICE = re.compile("关于(?:全面)?(?:开展|推行|实施|实行|建立|推进|深化)([^，,、》]{2,24}?)(?:工作)?的")
_TRIAL = re.compile(r"[（(](?:试行|暂行|修订|征求意见稿|\d{4}(?:[—–－-]+\d{4})?年?(?:版|度)?)[）)]$")
_LONG_QUOTE = re.compile(f"[{_OPEN}][^{_OPEN}{_CLOSE}\\n]{{1,120}}[{_CLOSE}]")
_HEAD = re.compile(
    f"(?:{_L.any_heads_re})"
    "(?!化|师|学校|单位|人员|对象|资金|经费|创新|发展|典型|案例|成果|经验|任务|试验|示范|先行|工程|行动|攻坚|建设标准|建设试点|建设示范|标准|意识)"
)
# matched on the reversed left context; a middle dot may join two parts of a brand (暖·心)
_MODIFIER = re.compile("(?:[^\\W\\d等的和与及或了]|·(?=[\u4e00-\u9fff]))+")
# a time (上半年, 今年) or a batch (第二批) before a name says when or which, not what
_ORDINAL = re.compile("第[\\d一二两三四五六七八九十百]+[批届期轮次]")
# a period or a turn (全年, 每季度, 当月, 下一次): when, not what
_PERIOD = re.compile("[全每当](?:年度?|月|周|季度?|天|日)|[上下]一?[次届期轮]")
_CLASSIFIERS = "个名家所项种类次批余多处块支座间套台辆本册期份篇条堂天户人位场件"
_COUNT_AFTER = re.compile(f"[\\d一二两三四五六七八九十百千万余多]+[{_CLASSIFIERS}]")
_COUNTED = re.compile("[一两](?:[个批期家所项种类支座套场]|次(?!性))(?!一)")
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
_SINCE = re.compile("(?:开展|实施|启动)?以来")
_EACH = re.compile("[各每][项个类条种]")
_LEVELS = re.compile("[一二两三四五六七八九十]级")
_SECTOR = re.compile("(?:服务|保障|产业|供给|供应|物流|配送)$")
_MATTER = re.compile("纠纷|矛盾|案件|官司|争议")
_PEOPLE_AFTER = re.compile("(?:相关)?(?:责任人|工作人员|人员|负责人|牧户|农户)")
_PEOPLE_COUNTED = re.compile("[\\d一二两三四五六七八九十百千万余多]+[名人位]")
_SPAN_OF_TIME = re.compile("[\\d一二两三四五六七八九十百千]")
_SESSIONS = re.compile("[\\d一二两三四五六七八九十百]+(?:期|次|场|批|届|轮|个班)")
_BODY_DEED = re.compile("党(?:支部|总支|组织)[\u4e00-\u9fff]*?领办")
# a body made the doer of a deed (由村党组织领办合作社, 引导村党支部领办合作社): a clause, not a practice named
_AGENT = re.compile(f"(?:由|引导|鼓励|动员)(?:各|全)?(?:[{_HAN}]{{0,2}}村|社区)?$")
_FOCUS = re.compile("上下功夫|上下工夫|上做文章|上用力|方面")
_AFTER_ENUM = re.compile(r"(?:等|等[\d一二两三四五六七八九十]+[种项类个大]|不同)$")
_WITH = ("与", "和", "同", "跟")
_PARTNERED = ("与", "同", "跟")
# 组织 before the people it sets to work is a verb (组织党员…), not the noun of 组织生活会
_ORGANISING = re.compile("组织(?=党员|干部|群众|村民|居民|志愿者|青年|妇女|师生|专家|退休|老党员|在职党员|机关)")
_LISTED = re.compile(f"(?<=[、，,在对为和与])[{_HAN}]{{2}}$")
# 县、乡、村、网格四级联动机制: the levels listed before a count of levels are no part of the name
# the start of a heading's clause, then at most a verb of four characters before the name
_CLAUSE_LEAD = re.compile(f"(?:^|[\n，,：:；;、]|[一二三四五六七八九十]+[是、]|[）)])[{_HAN}]{{0,4}}$")
_SENTENCE_END = re.compile("[。\n！？!?]")
_LEVEL = re.compile("^[\u4e00-\u9fff]{1,4}?(?=[一二两三四五六七八九十]级)")
_PLACE_LEVELS = ("村级", "社区", "小区", "乡镇", "街道", "县级", "区级", "市级")
_TERMS = Keywords(p + t for t in _L.term_class for p in ("", *_PLACE_LEVELS))
_SHAPES = re.compile(
    "一[^\\W\\d一二三四五六七八九十]一(?!地)[^\\W\\d一二三四五六七八九十]{1,2}(?:一[^\\W\\d一二三四五六七八九十]{1,2})?"
    "|党(?:支部|总支|组织)领办(?:村集体|村级|集体)?(?:经济)?合作社"
    "|党员[^\\W\\d]{2}户(?![^\\W\\d])"
)
# X化管理, X一体化, X标准化建设: found by their literal tail, then read leftwards (fast on long texts)
# …党政同责: the field whose party and government leaders answer for it together (粮食安全党政同责)
_TAILS = gated("化管理|化治理|化办学|一体化(?:管理|服务|办学)?|(?:标准化|规范化)+建设|党政同责")
# X一体化管理, X一体化办学: the integrated deed is the name's own (乡村一体化管理, not 乡村一体化)
_INTEGRATED = ("一体化", "一体化管理", "一体化服务", "一体化办学")
_TAIL_LEFT = {"化管理": (2, 2), "化治理": (2, 2), "化办学": (2, 2), "党政同责": (2, 6)} | dict.fromkeys(
    _INTEGRATED, (2, 6)
)
_LEFT_HAN = re.compile(f"[{_HAN}]{{1,8}}")
# a word with its alternative in brackets, read on the reversed text: 村（社区）, 乡镇(街道), 县（市、区）
_ALTERNATIVE = re.compile(f"[）)][{_HAN}、]{{1,5}}[（(][{_HAN}]{{1,2}}(?:[^\\W\\d等的和与及或了])*")
# a term naming a post held by a person; 民主评议党员 is an act, 一村一法律顾问 a shaped practice
_ROLE = re.compile("^[^一].*(?:[^党]员|长|书记|顾问)$")
_DISPATCH = re.compile("选派|派驻|下派|选聘|兼任|担任|派出(?!所)|选配|聘请|聘任|外派|轮派|选任")
_ROLE_SYSTEM = re.compile("蹲点|帮扶|驻村|服务|制度|制|机制|工作室|进社区|包联|联系")
# what a field before a term is not: a place, a body, its members, a place's part
_NOT_FIELD = re.compile("[省市县区旗州镇乡村处部局委办组司校院所会]$|^[全各本我该其]|成员|人员|干部|群众|老人")
_LEAD_TAGS = ("v", "p", "c", "d", "u", "vn")
_HAN_CHAR = re.compile(f"[{_HAN}]")
_POST_SYSTEM = re.compile("长制(?!度|定|作|成)")
_OFFICE = re.compile("办公室|办(?![\u4e00-\u9fff])|工作办")
_PLACE_END = re.compile("[省市县区旗州镇乡]$")
_CAMPAIGN = gated('(?:专项(?:督查|检查|整治|巡察|治理|清理|排查)|(?:集中|重点|专项|全面)+整顿)(?![“"])')
# a short campaign named right after the verb that launches it (开展净河行动, 启动护苗行动): its two or
# three characters are its name, whatever words the segmenter makes of them
_COINED = ("x", "nr", "nz", "i", "l")
_SHORT_CAMPAIGN = re.compile(f"(?:开展|实施|启动|发起|部署)了?([{_HAN}]{{2,3}})(行动|专项斗争)(?=[，,。；;、])")
# two parties joined in one way of working (村企共建, 产教融合): read by `_parties`
_JOINT = re.compile("合作|融合|结合|协作|共建|联建|联动|对接")
# an unquoted campaign's 活动 (read by `_drives`): the words before it, a span of time leading them (百日),
# and the words of going that are no going into a place (进行, 下发)
_DRIVE_HEAD = gated("活动(?=[，,。；;、等和及与]|$)")
_DRIVE_LEFT = re.compile(f"[{_HAN}]{{4,12}}")
_SPAN_LEAD = re.compile("(?:[百千]|\\d+|[一二三四五六七八九十]+)[日天](?![\u4e00-\u9fff]?[\\d一二三四五六七八九十])")
_LAUNCH = re.compile("开展|举办|组织|启动|实施|推进|深化|发起|部署|参与|参加|推出|推广")
_NOT_INTO = frozenset(("进行", "进一步", "进而", "入选", "下发", "下达", "进度", "进展", "下降", "下滑", "入股"))
# a work carried out (开展X工作): X ends in the deed done; read by `_works`
_WORK = re.compile(
    f"(?:开展|推进|完成|做好|抓好|实施|推动|深化|巩固)了?([{_HAN}]{{4,10}}?)工作(?![{_HAN}]{{0,2}}(?:会议|人员|队|组|经费))"
)
_SCOPE_WORDS = re.compile("[的和与及或]|各项|重点|全面|相关|有关|日常|具体")
_PRACTISED = re.compile(
    f"(?:推行|实行|推进|试行)([{_HAN}]{{2,8}}?(管理|督办|化解|服务|结合|联建|共建|代办|督查|督导|考核|调解|互认|巡护|托管"
    "|(?<![机体编控限抑管节强专建])制))(?=[，,。；;])"
)
# a way named, then a conjunction: the object of 推行 lists two ways, it is not one name
_TWO_WAYS = re.compile(f"(?:{_L.any_heads_re}|制)[和与及或]")
# what work is brought into (将某工作纳入全县目标责任考核): the evaluation a body keeps, named by its kind
_BROUGHT_INTO = re.compile(
    f"纳入([{_HAN}]{{2,16}}?(?:考核|考评|督查))(?=[，,。；;、和及（(]|体系|内容|范围|指标|重要|$)"
)
_EVALUATION = re.compile(
    "(?:年度|季度|月度|半年|年终)?(?:目标|绩效|综合|责任|量化)+(?:考核|考评|督查)|(?:季度|月度|半年|年终)(?:考核|考评|督查)"
)
_MODEL_HEADING = re.compile(
    f"(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、])?\\s*([{_HAN}]{{2,7}}型)[。.！!]?$"
)


def _policy(text: str) -> Iterator[Candidate]:
    for m in _POLICY.finditer(text):
        inner = m.group(1).strip()
        core = _TRIAL.sub("", inner)
        if not core.endswith(_L.policy_suffixes):
            continue
        alts = {inner, core, f"《{core}》"}
        yield Candidate(m.start(), m.end(), "PolicyDocument", "policy-title", 0, alts)
        named = _TITLE_PRACTICE.match(inner)
        if named and len(named.group(1)) >= 4 and not _L.is_generic(named.group(1)):
            at = m.start(1) + named.start(1)
            cls = _L.class_of(named.group(1)) or "Mechanism"
            yield Candidate(at, at + len(named.group(1)), cls, "titled-practice", 2, set())
    for m in _UNBRACKETED.finditer(text):
        for k in (1, 2):
            if m.group(k):
                yield Candidate(m.start(k), m.end(k), "PolicyDocument", "policy-title", 0, {f"《{m.group(k)}》"})


def _practised(text: str) -> Iterator[Candidate]:
    """A way of working put in place and ending its clause (对积案实行片区干部蹲点调解。推行上门代缴服务,):
    the object of 推行/实行/推进 that ends in a deed of managing or serving is the way itself."""
    for m in _PRACTISED.finditer(text):
        name = m.group(1)
        mod = name[: -len(m.group(2))]
        if len(mod) < (4 if m.group(2) == "服务" else 2) or _L.is_generic(mod) or name_start(text, m.start(1), name):
            continue
        if _TWO_WAYS.search(mod):
            continue  # 推行湖长制和田长制: two ways listed, each found by its own shape
        yield Candidate(m.start(1), m.end(1), "Mechanism", "practised", 3)


def _works(text: str) -> Iterator[Candidate]:
    """A work carried out and named by its deed (开展山林托管帮扶工作, 巩固流域禁渔工作): the words before
    工作 end in a verb, so they name what is done; a field (党建工作, 营商环境工作) or a scope (各项工作) is
    no name."""
    for m in _WORK.finditer(text):
        if _HEAD.match(text, m.end()):
            continue  # 某某工作机制: the head noun's rule reads it
        mod = m.group(1)
        mod = mod[name_start(text, m.start(1), mod) :]
        mod = mod[_when(text, m.end(1) - len(mod), m.end(1)) :]
        if _COUNT_AFTER.match(mod) or _COUNTED.match(mod):
            continue  # 开展一次创建工作观摩: a count, then the work that is counted
        if len(mod) < 4 or _L.is_generic(mod) or _SCOPE_WORDS.search(mod) or mod.endswith("党建"):
            continue
        words = boundaries(text)
        s, e = words.span_at(m.end(1) - 1)
        if e != m.end(1) or part_of_speech(text[s:e]) not in ("v", "vn") or not words.is_boundary(m.end(1) - len(mod)):
            continue
        yield Candidate(m.end(1) - len(mod), m.end(1), "Initiative", "work", 3)


def _evaluations(text: str) -> Iterator[Candidate]:
    """The evaluation work is brought into (纳入全县目标责任考核, 纳入乡镇和部门年度综合考评, 纳入季度督查):
    the words after the scope (the places, bodies or people evaluated) name a standing way of evaluating
    by its period and kind; a period alone (年度考核) names no kind."""
    for m in _BROUGHT_INTO.finditer(text):
        for k in range(m.start(1), m.end(1) - 3):
            if (k == m.start(1) or boundaries(text).is_boundary(k)) and _EVALUATION.fullmatch(text, k, m.end(1)):
                yield Candidate(k, m.end(1), "Mechanism", "evaluation", 3)
                break


def _model_headings(text: str, headings: list[tuple[int, int]]) -> Iterator[Candidate]:
    """A heading that is only a model's name (飞地攻关型。以才引才型。) names a Mechanism."""
    for s, e in headings:
        m = _MODEL_HEADING.match(text, s, e)
        if m:
            yield Candidate(m.start(1), m.end(1), "Mechanism", "model-heading", 2, {m.group(1)[:-1]})


def _terms(text: str) -> Iterator[Candidate]:
    for start, end, term in _TERMS.finditer(text):
        base = _L.term_class.get(term)
        if base is None:
            for pre in _PLACE_LEVELS:
                if term.startswith(pre) and term[len(pre) :] in _L.term_class:
                    base = _L.term_class[term[len(pre) :]]
                    alts = {term[len(pre) :]}
                    break
            else:
                continue
            if text.endswith("自治", 0, start) or text[start - 1 : start] in _WITH:
                start, alts = start + len(pre), set()  # 自治区级…: a rank; 与社区结对共建: the partner
        else:
            alts = set()
        if _ROLE.search(term) and (_PEOPLE_COUNTED.match(text, end) or not _role_as_practice(text, start, end)):
            continue  # 选派党建指导员52名: the people sent to a post are counted, no system around it named
        if text[end : end + 1] == "员" and boundaries(text).span_at(end - 1)[1] > end:
            continue  # 驻村工作队员: the term's last word goes on into a member of it, a person
        if _made_doer(text, start, term):
            continue
        if _MATTER.match(text, end):
            continue  # 土地流转纠纷: the matter a dispute or a case is about, no practice carried out
        if _PEOPLE_AFTER.match(text, end):
            continue  # 网格化管理相关责任人, 参与积分管理牧户: people the term qualifies, no practice named
        if not alts and (field := _field_before(text, start)):
            # 行业党建联建, 村民积分管理: the term practised in a field; the bare term written elsewhere meets it
            yield Candidate(start - len(field), end, base, "field-term", 3, {term}, core=term, bare=True)
            continue
        yield Candidate(start, end, base, "term", 3, alts)
    for m in _SHAPES.finditer(text):
        if _made_doer(text, m.start(), m.group(0)):
            continue
        end = m.end()
        if m.group(0)[0] == "一" and not boundaries(text).is_boundary(end) and boundaries(text).is_boundary(end - 1):
            end -= 1  # 一月一次议事会: the shape's last character begins the next word, it is none of the shape
        if end - m.start() >= 4 and not text.startswith("次", m.start() + 3):  # 一月一次: how often, no way
            yield Candidate(m.start(), end, "Mechanism", "shape", 3)
    for m in _TAILS.finditer(text):
        low, high = _TAIL_LEFT.get(m.group(0), (2, 8))
        run = _LEFT_HAN.match(text[max(0, m.start() - high) : m.start()][::-1])
        if run is None or len(run.group(0)) < low:
            continue
        left = run.group(0)[::-1]
        left = left[len(left) - low :] if low == high else left[name_start(text, m.start() - len(left), left) :]
        if text[m.start() - len(left) - 1 : m.start() - len(left)] == "、":
            left = _LEVEL.sub("", left)  # 市、县两级某某站点规范化建设: the levels listed are counted by 两级
        at = m.start() - len(left)
        if left in verbs() or _PEOPLE_AFTER.match(text, m.end()):
            continue  # 巩固标准化建设: a deed done to the drive, which names nothing of its own
        if m.group(0) == "党政同责" and (_NOT_FIELD.search(left) or left.endswith(("部门", "单位"))):
            continue  # 各部门党政同责: who answers, not the field answered for
        if len(left) >= 2 and not _L.is_generic(left + "化") and boundaries(text).is_boundary(at):
            cls = "Initiative" if m.group(0).endswith("建设") else "Mechanism"  # 标准化建设 is a drive
            yield Candidate(at, m.end(), cls, "shape", 3)
    for m in _CAMPAIGN.finditer(text):
        yield Candidate(m.start(), m.end(), "Initiative", "shape", 3)
    for m in _SHORT_CAMPAIGN.finditer(text):
        mod = m.group(1)
        # a coined name is no common word (净河, 清四乱) or a figure (雷霆); 联合行动, 专项行动 say how
        if part_of_speech(mod) in _COINED and mod not in verbs() and not _L.is_generic(mod):
            yield Candidate(m.start(1), m.end(2), "Initiative", "shape", 3)
    for m in _JOINT.finditer(text, 2):  # the joining word first, then the two characters before it
        at = m.start() - 2
        if _HAN_CHAR.match(text, at) and _HAN_CHAR.match(text, at + 1) and _parties(text, at):
            yield Candidate(at, m.end(), "Mechanism", "shape", 3)
    for m in _POST_SYSTEM.finditer(text):
        # 塘库长制, 网格长制: a post with 制 after it is the system of such posts (the post alone is none)
        if _OFFICE.match(text, m.end()):
            continue  # 某县塘长制办公室: the office that runs the system is a body, read as an organization
        run = _LEFT_HAN.match(text[max(0, m.start() - 4) : m.start()][::-1])
        left = run.group(0)[::-1] if run else ""
        left = _listed_post(left)
        left = left[name_start(text, m.start() - len(left), left) :]
        left = _post_of(text, m.start() - len(left), left)
        if left and boundaries(text).is_boundary(m.start() - len(left)):
            yield Candidate(m.start() - len(left), m.end(), "Mechanism", "shape", 3)


def _drives(text: str) -> Iterator[Candidate]:
    """Campaigns named by a span of time (开展百日文体活动, 举办…、百日安全活动等) or by a going into a place
    (开展在职党员进社区活动, 科技下乡活动, 党员入户走访活动): unquoted, 活动 is a bounded programme only in
    these shapes; a field's activities (志愿服务活动, 文体活动) are lines of work."""
    words = boundaries(text)
    for h in _DRIVE_HEAD.finditer(text):
        run = _DRIVE_LEFT.match(text[max(0, h.start() - 12) : h.start()][::-1])
        if run is None:
            continue
        at = h.start() - len(run.group(0))
        mod = run.group(0)[::-1]
        cut = name_start(text, at, mod)
        at, mod = at + cut, mod[cut:]
        if len(mod) < 4 or _L.is_generic(mod) or not words.is_boundary(at):
            continue
        spans = [sp for sp in words.spans(at, h.start()) if sp[0] >= at]
        timed = _SPAN_LEAD.match(mod) is not None
        into = any(
            text[s] in "进下入" and text[s:e] not in _NOT_INTO and k > 0 and e <= h.start()
            for k, (s, e) in enumerate(spans)
        )
        clause = max(text.rfind(c, max(0, at - 40), at) for c in "，,。；;：:\n")
        if (timed or (into and text[at - 1 : at] != "、")) and _LAUNCH.search(text, clause + 1, at):
            # launched in its clause (严审各类讲座、辅导进校园活动 reviews kinds of events, it launches none)
            yield Candidate(at, h.end(), "Initiative", "shape", 3)


def _made_doer(text: str, start: int, name: str) -> bool:
    """A name made of a body and its deed (党组织领办合作社) after 由/引导/鼓励/动员 (由村党组织领办合作社,
    引导村党支部领办合作社): the body is made the doer of the clause's deed, no practice is named."""
    return _BODY_DEED.match(name) is not None and _AGENT.search(text, max(0, start - 6), start) is not None


def _parties(text: str, at: int) -> bool:
    """Two characters at `at` that are two words of one character each, no numeral: two parties named by
    their first character (村企共建, 医养结合, 产教融合), not one word (产业融合, 战略合作) or a count (三方)."""
    words = boundaries(text)
    first, second = words.span_at(at), words.span_at(at + 1)
    return (
        first == (at, at + 1)
        and second == (at + 1, at + 2)
        and not any(part_of_speech(text[k]) in ("m", "p", "c", "u", "uj", "d", "r") for k in (at, at + 1))
        and not all(part_of_speech(text[k]) == "v" for k in (at, at + 1))  # 破立结合: two deeds, no parties
    )


def _listed_post(left: str) -> str:
    """The post of the last system in a list (湖长制和田长制, 路长制、街长制): the words before 长制 stop at the
    system listed before it and at the word that joins the two, whatever words the joint makes (和田)."""
    left = left[left.rfind("长制") + 2 :] if "长制" in left else left
    return left[1:] if len(left) > 1 and left[0] in "和与及或" else left


def _post_of(text: str, at: int, left: str) -> str:
    """The post's own words in `left` (written at `at`) before 长制: a place or a verb before the post is
    none of it (某县塘长制 and 某区巷长制 are the 塘长制 and 巷长制 of a place; 掌握塘长制 a deed)."""
    words = [w for w in boundaries(text).spans(at, at + len(left)) if w[0] >= at]
    while len(words) > 1 and (
        _PLACE_END.search(text, words[0][0], words[0][1]) or part_of_speech(text[words[0][0] : words[0][1]]) == "v"
    ):
        words = words[1:]
    return left[words[0][0] - at :] if words else left


def _field_before(text: str, start: int) -> str:
    """The noun written right before a term at `start` that names the field it is practised in (行业, 村民),
    or "": a two-character noun, not a place, a body or people, after a verb, a function word or punctuation
    (流动党员X: 党员 is qualified in turn, no field of the term)."""
    words = boundaries(text)
    s, e = words.span_at(start - 1) if start > 0 else (start, start)
    word = text[s:e]
    if e != start or len(word) != 2 or part_of_speech(word) not in ("n", "j", "nz"):
        return ""
    if _NOT_FIELD.search(word) or s == 0 or word in verbs() or _L.boundary_re.fullmatch(word):
        return ""
    lead = text[slice(*words.span_at(s - 1))]
    return word if not _HAN_CHAR.match(lead) or part_of_speech(lead) in _LEAD_TAGS else ""


def _role_as_practice(text: str, start: int, end: int) -> bool:
    """A post (网格长, 第一书记) is a practice only where the text sets up a system around it: people are
    sent or appointed to it (选派…担任第一书记), or it names the service or duty it performs
    (第一书记蹲点帮扶, 法律顾问坐班服务). Filling a ladder of posts (以村干部为二级网格长, 由成员担任网格长)
    is none."""
    if _ROLE_SYSTEM.match(text, end) or text[start - 1 : start] in _OPEN:
        return True
    lo = max(start - 30, 0, *(text.rfind(c, max(0, start - 30), start) + 1 for c in "，,。；;\n"))
    return any(
        not (m.group(0) in ("担任", "兼任") and "由" in text[lo : m.start()])
        for m in _DISPATCH.finditer(text, lo, start)
    )


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


def _when(text: str, start: int, end: int) -> int:
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


def _unquoted(text: str) -> Iterator[Candidate]:
    last: Candidate | None = None  # the last name read: 某某机制|试点 goes on from it
    for h in _HEAD.finditer(text):
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
        if len(mod) > 20 or mod.startswith("·"):
            continue
        if _SINCE.match(text, h.end()) and mod.startswith(("自", "从")):
            mod = mod[1:]  # 自…专项行动开展以来: since the campaign began
        if run_start == mod_end - len(mod) and text[max(0, run_start - 8) : run_start].rstrip(" ")[-1:].isdigit():
            mod = mod.lstrip(_CLASSIFIERS)
        elif _COUNTED.match(mod):
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
        mod = mod[_when(text, mod_end - len(mod), mod_end) :]
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
        deed = _COUNT_AFTER.match(text, h.end()) and mod[:2] in verbs() and len(mod) >= 4
        if (deed or _predicate(text, mod_end - len(mod), mod)) and boundaries(text).is_boundary(mod_end - len(mod) + 2):
            mod = mod[2:]  # 培育示范合作社5家: a deed and its count; 拓展多元经营模式: the clause's verb
        if text[mod_end - len(mod) - 1 : mod_end - len(mod)] == "、":
            mod = _LEVEL.sub("", mod)
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
        if head == "攻坚" and _deed_before(text, mod_end):
            continue  # 带头攻坚, 逐月攻坚: how people push, not the drive's field (脱贫攻坚)
        if head == "模式" and mod.endswith(("发展", "振兴")):
            continue  # 茶叶产业发展模式, 城郊振兴模式: the field a model serves, not a way named
        if mod in verbs() and _THING_HEAD.fullmatch(head):
            continue  # 违反清单, 接入平台: a deed done to the thing, not a way named by its deed (派驻机制)
        if head == "清单" and (
            _SIZED.search(text, max(0, h.start() - len(mod) - 6), h.start() - len(mod))
            or _COUNT_AFTER.match(text, h.end())
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
            level = next((p for p in _PLACE_LEVELS if mod.startswith(p)), "") or (prev.group(0) if prev else "")
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
        levels = _LEVEL.match(mod)
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
        if head.endswith("基地") and _AREA.match(text, h.end()):
            continue  # 建成某某示范基地270亩: a plot of land measured, no programme
        if last is not None and last.end == start + len(mod) and _L.head_of(mod) == mod:
            start = last.start  # 推进某某价值实现机制试点: the pilot of the mechanism named before it
        last = Candidate(start, h.end(), _L.head_class[head], "head-noun", 3, alts)
        yield last


def _verb_word(text: str, start: int, end: int) -> bool:
    """text[start:end] is a two-character word of its own and a verb (优化, 创新, 强化)."""
    word = text[start:end] if start >= 0 else ""
    return (
        len(word) == 2
        and boundaries(text).span_at(start) == (start, end)
        and (word in verbs() or part_of_speech(word) in ("v", "vn"))
    )


def _topic(text: str, c: Candidate, titles: Spans) -> bool:
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


def candidates(text: str, headings: list[tuple[int, int]]) -> list[Candidate]:
    """Every activity candidate of `text`; `headings` are the (start, end) spans of heading passages.

    >>> text = "严格落实派驻机制,建立“四帮一”机制。"
    >>> [c.text(text) for c in candidates(text, [])]
    ['“四帮一”机制', '派驻机制']
    """
    out: list[Candidate] = []
    out += _policy(text)
    out += enumerations(text)
    out += quoted(text, Spans(headings))
    out += _model_headings(text, headings)
    quotes = Spans([(m.start(), m.end()) for m in _LONG_QUOTE.finditer(text)])
    named = (
        Candidate(s, e, cls, "introduced", 3, {unranked(text[s:e])} - {text[s:e]}) for s, e, cls in introduced(text)
    )
    titles = Spans(headings)
    for c in (
        *_terms(text),
        *named,
        *_unquoted(text),
        *_practised(text),
        *_works(text),
        *_evaluations(text),
        *_drives(text),
    ):
        if not quotes.holding(c.start, c.end, strict=True) and not _topic(text, c, titles):
            out.append(c)
    out.sort(key=lambda c: (c.tier, -(c.end - c.start), c.start))
    return out
