"""Company names: where a registered name opens, which brand + trade words make a company, and which
names are only kinds of company (猎头公司, 劳务合作社) or industries (新能源汽车、…等产业).

`bodies.scan` finds every kind of body; this module holds what only companies and cooperatives need,
and `company_name` decides whether the run before a head or trade word (…集团, …科技) is a company's name.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from loaders.names import divisions
from loaders.names.found import Found
from loaders.names.lexicon import BOUNDARY, CJK, LEAD_STRIP, common_words, left_edge, quoted, verbs, words
from loaders.names.localities import has_word, phrase_words
from loaders.names.offices import clause_word
from loaders.names.words import boundaries, part_of_speech

__all__ = [
    "BRANCH",
    "COOPS",
    "ENT_WORDS",
    "FOUNDING",
    "INDUSTRY_LIST",
    "KINDS_OF",
    "KIND_TAIL",
    "LEGAL_FORMS",
    "STRONG_ENT",
    "UTILITY",
    "after_designation",
    "brand_after_verb",
    "company_name",
    "coop_brand",
    "ent_followed",
    "kind_of_company",
    "no_brand",
    "opens_with_county",
    "place_heads",
    "registered_start",
]

ENT_WORDS = words(
    "分公司 子公司 支行 分行 合金 股份有限公司 有限责任公司 有限公司 集团公司 公司 集团 "
    "银行 农商行 信用社 信用合作联社 石化 "
    "化工 油脂 科技 玻璃 实业 药业 制药 医药 电子 电气 机械 能源 新材料 食品 纺织 "
    "服饰 置业 地产 物流 商贸 牧业 生物 汽车 钢铁 水泥 电力 光电 光伏 环保 酒业 "
    "乳业 粮油 种业 重工 控股 陶瓷 纸业 矿业 煤业 化纤 家居 物业集团 酒厂 酒庄 合作社 家庭农场 律师事务所 会计师事务所 "
    "物业 书局 厂"
)
# forms and trades: what a kind of company or cooperative is called by (村集体合作社, 农民专业合作社,
# 肉羊养殖合作社, 猎头公司, 红色物业服务公司); a name needs something besides them to be one body's
_KIND_RUN = (
    "(?:"
    + "|".join(
        sorted(
            words(
                "集体 经济 专业 股份 农民 领办 村级 联合 新型 现代 手工 乡村 红色 国有 民营 企业 小区 实体 "
                "养殖 种植 种养殖 劳务 农机 服务 土地 资金互助 畜牧 畜牧业 牧业 果蔬 蔬菜 中药材 "
                "肉羊 肉牛 生猪 茶叶 茶业 "
                "旅游 电商 物业 粮食 农业 林业 渔业 民宿 猎头 保险 物流 快递 家政 中介 保安 担保 咨询 建筑 装修 "
                "运营 管理 投资 平台 科技 文化 传媒 广告 外卖 配送 网约车 出租车 设计 开发 建设 强村 共富 "
                "国家级 省级 市级 县级 示范 示范性 规范化 现代化 规模化 标准化 专业化 一体化 龙头 重点 优秀 先进"
            ),
            key=len,
            reverse=True,
        )
    )
    + ")+"
)
KIND_TAIL = re.compile(_KIND_RUN + "$")
_KIND_ONLY = re.compile(_KIND_RUN)


def kind_of_company(name: str) -> bool:
    """Whether a company's name is only forms and trades (猎头, 红色物业服务): a kind, not a company."""
    return _KIND_ONLY.fullmatch(name) is not None


def after_designation(text: str, b: int, s: int) -> int:
    """Where a company's own name opens after a designation written before it in apposition (省级龙头企业|
    某某公司, 民营企业|某某集团): past the last 企业 whose run from `b` is only ranks and kinds; else `b`.

    Why: a rank or kind before 企业 describes the company that follows, and no registered name opens on it;
    a brand before 企业 (某某企业管理有限公司) makes 企业 a word of the name.
    """
    k = text.rfind("企业", b, s - 2)  # two characters at least after it
    if k < 0 or not kind_of_company(text[b : k + 2]):
        return b
    return k + 2


def coop_brand(name: str) -> bool:
    """Whether a cooperative's name holds more than forms and trades (兴旺劳务专业: yes; 劳务, 土地股份: no)."""
    left = KIND_TAIL.sub("", name)
    return len(left) >= 2 and left not in common_words() and not has_word(left, verbs())  # …程序担任|村集体


# generic names of utilities and state companies, named by their place (国网临泽县|供电公司)
UTILITY = frozenset(words("供电 供水 燃气 电力 自来水 邮政 移动 联通 电信 烟草 农商 水务 公交 热力 城投 交投"))
# a quantifier before a list of kinds of companies (动员多家餐饮企业、饮用水公司): no single company named
KINDS_OF = re.compile(r"(?:多家|各类|各家|一批|部分|相关|若干)(?:[\u4e00-\u9fff]{1,8}、)*$")
INDUSTRY_LIST = re.compile(
    r"(?:(?:、[\u4e00-\u9fff]{2,8})*(?:等|[\d一二三四五六七八九十]+[条个大项类])|(?:[、和及与][\u4e00-\u9fff]{2,8}?)+)"
    r"[\u4e00-\u9fff]{0,4}?(?:产业|行业|领域|项目|环节)"
)  # 新能源汽车、…等产业, 某某食品及用品项目, 冷链物流、电商等环节: a trade listed with others, not a company
BRANCH = ("分公司", "子公司", "支行", "分行", "分店")
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
# farmers' businesses named by a brand before their form (某某种植专业合作社, 某某家庭农场)
COOPS = ("合作社", "家庭农场")


@cache
def place_heads() -> frozenset[str]:
    """First two characters of every division's name and short name (青岛, 泉州): how registered names open."""
    ix = divisions.index()
    return frozenset(n[:2] for n in (*ix.names, *ix.shorts) if len(n) >= 2)


def registered_start(text: str, s: int, floor: int, b: int) -> int:
    """Where a long registered company name opens: at the first place name within 16 characters before
    its legal form (国有物业企业|青岛城运物业服务有限公司); `b` when none.

    Why: a registered name is place + brand + trade + legal form and often runs past eight characters.
    """
    heads = place_heads()
    for i in range(max(floor, s - 16), s - 3):
        if (
            text[i : i + 2] in heads
            and all(CJK.match(c) for c in text[i:s])
            and not _clause(text, i, s)
            and not _in_common_word(text, i)
        ):
            if i > b and _brand(text[b:i]):
                return b  # 青石|富民农业开发有限公司: a place's short name (富民) inside a brand opens no name
            return _past_province(text, i, s)
    return b


def _brand(run: str) -> bool:
    """Whether the run a found name opens with before a place head is a brand's own word (青石), not the
    kind or rank written before the registered name (物业企业|, 龙头企业|) or a title's phrase around it
    (党建引领|浙江某某有限公司): a word of two or three characters, no common word or verb in it."""
    return len(run) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in run) and not has_word(run, phrase_words())


_PLACE_TAGS = frozenset(("ns", "nt", "nz", "nr", "nrt", "j", "x"))  # a place, a name, a brand, unknown


def _in_common_word(text: str, i: int) -> bool:
    """Whether the place head at `i` only opens a longer common word (合作|社 holds the city 合作): no place."""
    ws, we = boundaries(text).span_at(i)
    return ws == i and we - i > 2 and part_of_speech(text[ws:we]) not in _PLACE_TAGS


def _clause(text: str, i: int, s: int) -> bool:
    """Whether text[i:s] holds a function word (的, 在, 通过): a clause, not one name; a boundary character
    inside a word of the name (安全, 健全) is no function word, nor is an adverb that makes a brand with the
    one-character adjective or noun after it (湖南果然好|农业科技有限公司, 某某真正鲜|食品有限公司)."""
    words = list(boundaries(text).words(i, s))
    return any(
        clause_word(w) and not (part_of_speech(w) == "d" and len(nxt) == 1 and part_of_speech(nxt)[:1] in _BRAND_CHAR)
        for w, nxt in zip(words, [*words[1:], ""], strict=True)
    )


def _past_province(text: str, i: int, s: int) -> int:
    """浙江省|嘉善县…有限公司: a province written before the county that opens the name qualifies it."""
    for name in (text[i : i + 3], text[i : i + 4], text[i : i + 2]):
        if any(d.cls == "Province" for d in (*divisions.by_name(name), *divisions.by_short(name))):
            j = i + len(name)
            if (
                j < s - 3
                and text[j : j + 2] in place_heads()
                and any(d.level == 2 for n in (3, 2) for d in divisions.by_name(text[j : j + n]))
            ):
                return j
    return i


STRONG_ENT = (
    "分公司",
    "子公司",
    "支行",
    "分行",
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "公司",
    "集团",
    "银行",
    "农商行",
    "信用社",
    "信用合作联社",
    "物业集团",
)
_ENT_NEXT = frozenset(
    words("党委 党支 党总 集团 公司 股份 有限 研发 先后 累计 经过 成功 通过 已经 荣获 获得 被评 入选 投资")
)


def ent_followed(text: str, e: int) -> bool:
    """A brand + industry word is a company when the clause goes on with a verb or stops (盛源石化成立…)."""
    if e >= len(text) or not CJK.match(text[e]) or text[e] in BOUNDARY or text[e] in LEAD_STRIP:
        return True
    nxt = text[e : e + 2]
    return nxt in verbs() or nxt in _ENT_NEXT


# a preposition and a demonstrative before a company's head: 由该|公司, 与这家|公司, 对此|企业
_POINTING = re.compile("[由对向与被把将让为给和跟同从经]?(?:该|此|这|这家|这个|本|其|那|那家)")
FOUNDING = ("领办", "创办", "兴办", "联办")  # verbs of founding a body the dictionary lacks


def brand_after_verb(text: str, b: int, floor: int) -> int:
    """Where a cooperative's brand starts when the run left of its trade words (果蔬专业) reaches back to
    a verb (领办, 成立) over two to four characters of no function word; else `b` unchanged."""
    vs = verbs()
    for j in range(b - 2, max(floor, b - 4) - 1, -1):
        if (text[j - 2 : j] in vs or text[j - 2 : j] in FOUNDING) and all(
            CJK.match(c) and c not in BOUNDARY for c in text[j:b]
        ):
            return j
    return b


def company_name(text: str, b: int, s: int, e: int, floor: int, common: frozenset[str]) -> Found | None:
    """The company or cooperative named by text[b:e] (its head or trade word at `s`), if the run is a brand
    and not a kind of company, a trade, an industry or a deed on a product; a head written after the trade
    word (某某科技|公司) or a legal form (…集团|有限公司) joins the name."""
    suffix = text[s:e]
    name = text[b:s]
    if suffix not in STRONG_ENT and _LEGAL_AHEAD.match(text, e):
        return None  # 某某物业|管理有限公司: the trade is inside a registered name, found from its legal form
    if suffix in LEGAL_FORMS or text.startswith(LEGAL_FORMS, e):
        b = _bracketed_place(text, b, floor)  # 某某(上海)|国际贸易有限公司
        name = text[b:s]
    if len(name) < 2 or name in common or (name[:2] in common and len(name) == 2) or quoted(text, b):
        return None
    if suffix == "银行" and name in _DEPOSITED:
        return None  # 积分银行, 道德银行: a bank of points or good deeds is a practice, no company
    if _POINTING.fullmatch(name):
        return None  # 由该公司对…, 与这家公司: a company named before, pointed at, not a name
    if suffix in COOPS and (not coop_brand(name) or "领办" in name or name[0] in "村各该"):
        return None
    if suffix in COOPS and _verb_led(text, b, s):
        return None  # 转化为引领|村集体合作社发展: a verb before a kind of cooperative, no brand
    if suffix in ("公司", "有限公司") and kind_of_company(name):
        return None  # 猎头公司, 物业服务公司: a kind of company
    if suffix in _TRADE_HEADS:  # 某某机械厂, 某某物业: a brand, not a word of the dictionary (小区物业, 服装厂)
        if text.startswith(("公司", "集团", "有限", "股份"), e):
            return None  # 某某物业|公司: the head after it ends the name
        tags = [part_of_speech(w) for w in boundaries(text).words(b, s) if len(w) > 1]
        if part_of_speech(name) not in _BRAND_TAGS or any(t.startswith("v") for t in tags):
            return None  # 党建引领|物业: a verb makes it a phrase
    elif suffix not in STRONG_ENT and suffix not in COOPS and not ent_followed(text, e):
        return None
    if suffix not in STRONG_ENT and suffix not in COOPS and _acted_on(text, b, s, suffix in _TRADE_HEADS):
        return None  # 抽检|食品, 老旧小区|物业, 街道无|物业: a deed on a product or a kind of place, no brand
    if suffix not in STRONG_ENT and (INDUSTRY_LIST.match(text, e, e + 24) or name[0] in "村镇乡各该每"):
        return None  # 新能源汽车、绿色智能制造等产业, 46个村发展光伏: an industry, not a company
    if KINDS_OF.search(text, max(0, b - 14), b) or KINDS_OF.match(name + "、"):
        return None
    if suffix != "集团" and text.startswith("集团", e) and boundaries(text).is_boundary(e + 2):
        e += 2  # 某某种业|集团: the group is the company's head, its trade the word before
    elif suffix not in STRONG_ENT and text.startswith("公司", e) and boundaries(text).is_boundary(e + 2):
        e += 2  # 某某科技|公司: the company's head after its trade word belongs to the name
    e += next((len(f) for f in LEGAL_FORMS if text.startswith(f, e)), 0)  # …投资集团|有限公司
    return Found(b, e, text[b:e], "Enterprise", "enterprise")


# a registered name's legal form a few characters after a trade word, no function character between
_LEGAL_AHEAD = re.compile(r"[^\W\d的和与及或在是为了等、]{1,6}?(?:股份有限公司|有限责任公司|有限公司)")
# heads of a company's name that also name a kind of business; the brand before them decides
_TRADE_HEADS = frozenset(("物业", "书局", "厂"))
# the tags of a brand's last character after an adverb (果然|好, 真正|鲜, 特别|甜): an adjective or a noun
_BRAND_CHAR = ("a", "n")
# what villagers deposit in a practice's "bank" (积分银行, 道德银行, 时间银行): points, deeds, hours of help
_DEPOSITED = frozenset(words("积分 时间 道德 爱心 孝心 孝善 善行 文明 志愿 公益 美德"))
_BRAND_TAGS = frozenset(("x", "nz", "nr", "nrt", "ns", "nt", "j"))


def _verb_led(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a verb of the dictionary and what follows it is no brand, or
    holds a verb after its first word (党建|引领): a phrase, not a cooperative's brand."""
    spans = [(ws, we) for ws, we in boundaries(text).spans(start, end) if we <= end]
    if not spans or spans[0][0] != start:
        return False
    ws, we = spans[0]
    if part_of_speech(text[ws:we]) == "v" and we < end and not coop_brand(text[we:end]):
        return True
    brand_end = start + len(KIND_TAIL.sub("", text[start:end]))
    words = [(text[s:e], part_of_speech(text[s:e])) for s, e in spans if e <= brand_end]
    return any(  # 党建|引领, 时代|引领: a common noun and a verb, a slogan's clause (湖羊|繁育 is a trade)
        len(a) >= 2 and len(b) >= 2 and ta in ("n", "j", "vn") and tb == "v" for (a, ta), (b, tb) in pairwise(words)
    )


def _acted_on(text: str, start: int, end: int, trade_head: bool) -> bool:
    """Whether the words before a trade word say what is done to a product or where a service is wanted,
    not whose it is: a verb right before it (抽检|食品, 进口|食品), a negation in the run (无|物业), or
    before a trade that also names a kind of business (物业, 厂) a common noun (小区|物业)."""
    spans = boundaries(text).spans(start, end)
    if not spans or spans[-1][1] != end:
        return False
    words = [text[s:e] for s, e in spans]
    if any(w in ("无", "不", "没有") for w in words):
        return True
    last = words[-1]
    tag = part_of_speech(last)
    return len(last) >= 2 and (tag.startswith("v") or (trade_head and tag == "n"))


def no_brand(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is only dictionary words of two characters or more, none a name (国有|资产|投资):
    a company named so after its county takes the county as its brand."""
    spans = [(s, e) for s, e in boundaries(text).spans(start, end) if e <= end]  # 农村|商业银行: the head is no brand
    return bool(spans) and all(e - s >= 2 and part_of_speech(text[s:e]) not in _BRAND_TAGS for s, e in spans)


def opens_with_county(name: str) -> bool:
    """Whether a name opens with a county-level or prefecture-level unit's full name."""
    return any(d.level in (1, 2) for k in range(3, 8) for d in divisions.by_name(name[:k]) if len(name) > k + 2)


def _bracketed_place(text: str, b: int, floor: int) -> int:
    """Where a registered name opens when its place stands in brackets after the brand (某某（上海）…有限公司)."""
    if b < 5 or text[b - 1] not in ")）":
        return b
    o = max(text.rfind("(", max(floor, b - 8), b), text.rfind("（", max(floor, b - 8), b))
    inner = text[o + 1 : b - 1]
    if o < 2 or not (divisions.by_name(inner) or divisions.by_short(inner)):
        return b
    a = left_edge(text, o, floor, 8)
    return a if o - a >= 2 else b
