"""Fixed terms of the field and their shapes, found without quotes or a head noun.

A term (网格化管理, 三会一课) may carry the noun of its field before it (行业党建联建) or a place level
(村级); shapes are 一X一Y, 党员X户, X化管理, X标准化建设, two parties joined (村企共建), a short campaign
launched (开展净河行动) and a post's system (网格长制). A post alone (网格长, 第一书记) is a practice only
where people are sent to it or its service is named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.activities.candidate import Candidate
from loaders.activities.head_nouns import LEVEL, PLACE_LEVELS
from loaders.activities.lexicon import lexicon, name_start
from loaders.keywords import Keywords
from loaders.names.lexicon import verbs
from loaders.names.words import Boundaries, boundaries, part_of_speech
from loaders.scanning import gated

__all__ = ["terms"]

_HAN = "\u4e00-\u9fff"
_OPEN = '“"‘「'
_L = lexicon()
_MATTER = re.compile("纠纷|矛盾|案件|官司|争议")
_PEOPLE_AFTER = re.compile("(?:相关)?(?:责任人|工作人员|人员|负责人|牧户|农户)")
_BOARD = ("栏", "墙", "牌", "板")
_MATTERS_LISTED = re.compile(
    "[^，,。；;：:]{0,40}?等[\\d一二两三四五六七八九十百余多]*[项类个件]?[^，,。；;]{0,10}?(?:事项|问题|议题|事务|矛盾)"
)
_PEOPLE_COUNTED = re.compile("[\\d一二两三四五六七八九十百千万余多]+[名人位]")
_BODY_DEED = re.compile("党(?:支部|总支|组织)[\u4e00-\u9fff]*?领办")
# a body made the doer of a deed (由村党组织领办合作社, 引导村党支部领办合作社): a clause, not a practice named
_AGENT = re.compile(f"(?:由|引导|鼓励|动员)(?:各|全)?(?:[{_HAN}]{{0,2}}村|社区)?$")
_WITH = ("与", "和", "同", "跟")
_TERMS = Keywords(p + t for t in _L.term_class for p in ("", *PLACE_LEVELS))
_SHAPES = re.compile(
    "一(?!对一)[^\\W\\d一二三四五六七八九十]一(?!地|个)[^\\W\\d一二三四五六七八九十]{1,2}(?:一[^\\W\\d一二三四五六七八九十]{1,2})?"
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
# the drive to set weak and lax party bodies right, whichever level the text names (整顿软弱涣散基层党组织,
# 软弱涣散村党组织集中整顿)
_WEAK_BODIES = gated(
    "整顿软弱涣散(?:村|社区|基层|农村|村级)?(?:党组织|党支部)|软弱涣散(?:村|社区|基层|农村|村级)?(?:党组织|党支部)(?:集中)?整顿"
)
_CAMPAIGN = gated('(?:专项(?:督查|检查|整治|巡察|治理|清理|排查)|(?:集中|重点|专项|全面)+整顿)(?![“"])')
# a short campaign named right after the verb that launches it (开展净河行动, 启动护苗行动): its two or
# three characters are its name, whatever words the segmenter makes of them
_COINED = ("x", "nr", "nz", "i", "l")
_SHORT_CAMPAIGN = re.compile(f"(?:开展|实施|启动|发起|部署)了?([{_HAN}]{{2,3}})(行动|专项斗争)(?=[，,。；;、])")
# two parties joined in one way of working (村企共建, 产教融合): read by `_parties`
_JOINT = re.compile("合作|融合|结合|协作|共建|联建|联动|对接")


def terms(text: str) -> Iterator[Candidate]:
    """Terms of the field, their shapes, short campaigns, joined parties and posts' systems in `text`."""
    for start, end, term in _TERMS.finditer(text):
        base = _L.term_class.get(term)
        if base is None:
            for pre in PLACE_LEVELS:
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
        if text[end : end + 1] == "长" and not term.endswith("长"):
            continue  # 党员联户长: the post of the one who heads it, a person
        if _made_doer(text, start, term):
            continue
        if text[end : end + 1] in _BOARD:
            continue  # 村务公开栏: the board the term's notices go up on, a thing
        if "、" in (text[end : end + 1], text[start - 1 : start]) and _MATTERS_LISTED.match(text, end):
            continue  # 明确土地流转、项目建设等21项必须协商的事项: matters listed, no practice carried out
        if term.endswith("合作") and text.startswith("社", end):
            continue  # 土地股份合作社: a cooperative, a body the organization stage names, not the way of working
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
            start, alts = m.start(), set()
            if m.group(0)[0] == "党" and text[start - 1 : start] == "村" and text[start - 2 : start - 1] not in "农乡":
                start, alts = start - 1, {m.group(0)}  # 村党组织领办合作社: the village's party body leads it
            yield Candidate(start, end, "Mechanism", "shape", 3, alts)
    for m in _TAILS.finditer(text):
        if m.group(0)[0] == "化" and boundaries(text).span_at(m.start()) == (m.start() - 1, m.start() + 1):
            continue  # 某区深化|治理, 全面强化|管理: 化 closes a two-character verb, no X化 way of working
        low, high = _TAIL_LEFT.get(m.group(0), (2, 8))
        run = _LEFT_HAN.match(text[max(0, m.start() - high) : m.start()][::-1])
        if run is None or len(run.group(0)) < low:
            continue
        left = run.group(0)[::-1]
        left = left[len(left) - low :] if low == high else left[name_start(text, m.start() - len(left), left) :]
        if text[m.start() - len(left) - 1 : m.start() - len(left)] == "、":
            left = LEVEL.sub("", left)  # 市、县两级某某站点规范化建设: the levels listed are counted by 两级
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
    for m in _WEAK_BODIES.finditer(text):
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


_COUNTED_BODIES = re.compile("[\\d一二两三四五六七八九十百千]+个村?$")
_COOPS_COUNTED = re.compile("[\\d一二两三四五六七八九十百千]+[家个]")


def _made_doer(text: str, start: int, name: str) -> bool:
    """A name made of a body and its deed (党组织领办合作社) after 由/引导/鼓励/动员 (由村党组织领办合作社,
    引导村党支部领办合作社): the body is made the doer of the clause's deed, no practice is named."""
    if _BODY_DEED.match(name) is None:
        return False
    # 186个村党支部领办合作社203家: bodies counted as the doers of the deed, the cooperatives they lead counted
    counted = _COUNTED_BODIES.search(text, max(0, start - 8), start) is not None
    return _AGENT.search(text, max(0, start - 6), start) is not None or (
        counted and _COOPS_COUNTED.match(text, start + len(name)) is not None
    )


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
        and not _lone_before(text, at, words)  # 巴|吉|村结合村情: the end of a name the segmenter fell apart on
    )


def _lone_before(text: str, at: int, words: Boundaries) -> bool:
    """Whether a lone content character stands right before `at` (巴|吉|村): three one-character words in a
    row are a name the segmenter does not know, not two parties after a word of the clause."""
    if at == 0 or not _HAN_CHAR.match(text, at - 1) or words.span_at(at - 1) != (at - 1, at):
        return False
    return part_of_speech(text[at - 1]) not in ("m", "p", "c", "u", "uj", "d", "r", "v", "f")


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
