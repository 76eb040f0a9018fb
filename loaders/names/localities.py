"""Townships, villages and communities named by the text (梁村乡, 红沙村, 玉兰社区): which runs are names.

The run before 乡/镇/街道/村/社区 is a name unless it is a generic word (城市社区, 软弱涣散村,
驻村), a verb (兼任社区), or carries a level or party character (支部村, 县乡村).

>>> [locality_class(n, s) for n, s in (("梁村", "乡"), ("城市", "社区"), ("团结", "社区"), ("驻", "村"))]
['Township', None, 'Community', None]
"""

from __future__ import annotations

from functools import cache

from loaders.names import divisions
from loaders.names.found import Found
from loaders.names.lexicon import CJK, common_words, verbs, words
from loaders.names.words import boundaries, part_of_speech

__all__ = [
    "CLASSIFIERS",
    "NUMERALS",
    "SCOPE",
    "after_count",
    "after_kind",
    "after_locative",
    "after_verb",
    "generic_word",
    "has_word",
    "known_town",
    "locality_class",
    "phrase_words",
]

_PLACE_BAD = frozenset(
    words(
        "脱贫 扶贫 集中 整治 整顿 帮扶 创建 提升 城市 农村 城乡 基层 重点 示范 试点 样板 贫困 行政 "
        "自然 美丽 文明 和谐 幸福 平安 智慧 绿色 特色 先进 优秀 社区 小区 所在 相关 "
        "周边 辖区 当地 本地 城镇 乡镇 集镇 新型 传统 老旧 中心 全国 全省 全市 全县 "
        "全区 各个 其他 涉农 村级 软弱 涣散 薄弱 后进 空壳 边缘 易地 搬迁 安置 驻村 "
        "包村 帮扶 嘎查 苏木 居家 富裕 落后"
    )
)
_GENERIC_PAIR = frozenset(
    words(
        "农村 乡村 山村 渔村 城乡 县乡 乡镇 城镇 村镇 集镇 小镇 县村 市县 省市 回乡 "
        "返乡 下乡 还乡 家乡 故乡 同乡 老乡 驻村 进村 入村 包村 到村 在村 全村 本村 "
        "该村 各村 每村 逐村 一村 整村 联村 强村 富村 驻镇 强镇 帮镇 进镇 到镇 水乡 侨乡"
    )
)
_MODIFIER = set("高新大小老全各本该每多两三四五六七八九十一二几整")
_UNIT_CLASS = {
    "街道": "Township",
    "乡": "Township",
    "镇": "Township",
    "苏木": "Township",
    "村": "Village",
    "嘎查": "Village",
    "社区": "Community",
    "居民区": "Community",  # Shanghai's word for a community (临汾路街道|某某居民区)
}


# housing estates a community is named after (锦江花园社区)
_ESTATES = frozenset(words("花园 家园 新村 新城 华庭 名苑 佳苑 雅苑 公寓"))
# words villages and communities are commonly named by (团结村, 幸福社区), though the dictionary has them
_NAMEY = frozenset(words("团结 复兴 胜利 前进 解放 振兴 光明 和平 新华 红旗 向阳 东风 友谊 幸福 和谐 民主 先锋 平安"))


def generic_word(name: str) -> bool:
    """Whether `name` ends in a word places are described by, not named by (基层, 城市, 示范, 中心)."""
    return name[-2:] in _PLACE_BAD


@cache
def phrase_words() -> frozenset[str]:
    """Common words and verbs: one of them inside a long run makes it a phrase, not a name."""
    return common_words() | verbs()


def has_word(name: str, vocabulary: frozenset[str]) -> bool:
    """A two-character word of `vocabulary` inside `name` (a phrase, not a long transliterated name)."""
    return any(name[i : i + 2] in vocabulary for i in range(len(name) - 1))


def locality_class(
    name: str, suffix: str, anchored: bool = False, opens: bool = False, owned: bool = False
) -> str | None:
    """The class of name+suffix (梁村+乡 -> Township), or None when the run is no name.

    `anchored`: written right after its county (寿宁县|下党乡), which vouches for a name of any characters;
    `opens`: the name opens its clause, so a long transliterated name (喀拉亚尕奇乡) is no verb phrase;
    `owned`: its own residents or committee follow (青山村|村民), so a pair like 山村 is no generic word.
    """
    common = common_words()
    base = 3 if suffix == "村" else 4
    longest = base + (2 if anchored or opens else 0)
    if len(name) < 2 or len(name) > longest or name.startswith(("中国", "国家", "全国")):
        return None
    if name.endswith(("石化", "化工", "集团", "公司", "银行", "科技", "实业", "电力", "电网", "移动", "电信")):
        return None
    namey = anchored and name in _NAMEY  # 某镇|幸福村: after its town a common village name is one
    if (name[-2:] in _PLACE_BAD and not namey) or (name in common and name not in _NAMEY and not anchored):
        return None
    if len(name) == 3 and name[:2] in _PLACE_BAD and name[-1] + suffix[0] in _GENERIC_PAIR:
        return None  # 美丽|山村, 贫困|山村: a kind of village described, not one named
    street = suffix == "社区" and name[-1] in "路街巷"  # 台东一路|社区: a street names it
    # 锦江花园|社区: a housing estate names it (a bare 花园社区 is a kind of community)
    estate = suffix == "社区" and 3 <= len(name) <= 4 and name[-2:] in _ESTATES
    street = street or (estate and not has_word(name, _PLACE_BAD | verbs()))
    if len(name) >= 3 and name[-1] in "化式型" and not anchored:
        return None  # 多样化|社区, 网格化|村, 嵌入式|社区, 示范型|村: a process, manner or type, not a name
    if len(name) == 2 and name[-1] == "化" and not anchored and not divisions.by_short(name):
        return None  # 硬化|村内道路, 绿化|村庄: a verb of making something so, not a name
    if name[-1] == "级" or (name[0] in "十百千万" and name[1:2] in ("强", "佳", "优")):
        return None  # 五星级|社区, 省级|村, 千强|镇, 百佳|村: a rank, not a name
    if "不" in name or (len(name) > base and not (anchored or street) and has_word(name, phrase_words())):
        return None  # 大事不出|社区 is a slogan; 重点协商跨|社区 a clause, not a long transliterated name
    if name[-1] + suffix[0] == "村镇" and len(name) == 2 and name[0] not in _MODIFIER and name not in common:
        return _UNIT_CLASS[suffix]  # 贺村|镇, 石村|镇: a one-character name before 村 names a town
    pair_ok = (  # 杨家山|村: a three-character name before a generic pair of a landscape word
        len(name) == 3
        and name[-1] in "山"
        and name[0] not in _MODIFIER
        and name[:2] not in common
        and name[:2] not in verbs()
    )
    # 南强|村 opening its clause: a name, though 强村 is a pair; 富民强村 inside a clause is a phrase
    pair_ok = pair_ok or (opens and len(name) == 2 and name[0] not in _MODIFIER and name not in common)
    pair_ok = pair_ok or (owned and len(name) >= 2 and name not in common)
    pair_ok = pair_ok or (anchored and len(name) >= 2 and name not in common and not has_word(name, verbs()))
    pair_ok = pair_ok or name in _NAMEY  # 前进|村: a common village name, though 进村 is a pair
    if len(name) >= 3 and name[-1] in "大强名重" and name[:-1] in common and suffix in ("镇", "乡", "村"):
        return None  # 农业大|镇, 经济强|镇, 旅游名|村: a kind of town described by what it is known for
    if name[-1] + suffix == "小镇":
        return None  # 特色小镇, 某某小镇: a feature town of tourism or trade, no township
    if (name[-1] + suffix[0] in _GENERIC_PAIR and not pair_ok) or (name in verbs() and name not in _NAMEY):
        return None
    old_seat = len(name) == 2 and name[0] in "老旧古新" and name[1] in "县市"  # 旧县镇, 新市镇: a former seat's name
    if (any(c in name for c in "县市省") and not old_seat) or (not anchored and any(c in name for c in "党部支")):
        return None
    if (
        len(name) >= 3
        and not street
        and not anchored  # 南乐县|梁村乡: written after its county, the suffix on a word boundary
        and name[-2:] in common
        and name[-2:] not in _NAMEY
        and (len(name) == 4 or name[0] in _MODIFIER)
    ):
        return None
    if name[-1] in "乡镇区县市省" and suffix in ("村", "社区", "街道"):
        return None  # 某县加强镇|街道建设: a level's word closes the run, the street has no name
    return _UNIT_CLASS[suffix]


# governance verbs that take a place as object (惠及|某某村, 新建|某某社区) that neither the general verb list
# nor the verbs cut before any body (lexicon's lead verbs: 帮扶, 包联, 调研…) hold, since they may open a
# company's or a long place's name; before a locality's name they end the context
_PLACE_VERBS = frozenset(
    words("惠及 划入 新建 选树 建设 升级 改造 深入 结对 覆盖 辐射 指导 共建 包保 联包 挂包 驻点 扶持 助力 选派")
)


def after_verb(text: str, b: int, s: int) -> int:
    """Where a locality's name starts when a governance verb opens its run (帮扶|某某村, 包联|某某镇): after the
    verb, when a name of two characters or more is left; else `b`."""
    return b + 2 if s - b >= 4 and text[b : b + 2] in _PLACE_VERBS else b


def after_kind(text: str, b: int, s: int, suffix: str) -> int:
    """Where a locality's name starts when a kind of settlement of the same level is written right before
    it (省级示范村|杏坪村, 贫困村|某某村, 重点镇|某某镇): after that kind; else `b`. The kind is a word a place
    is not named by (示范, 贫困, 文明, 重点…) and the level's character closing it."""
    k = text.rfind(suffix, b, s - 1)
    start = k + len(suffix)
    if k < 2 or text[k - 2 : k] not in _PLACE_BAD or not 2 <= s - start <= 4:
        return b
    run = text[start:s]
    return b if not all(CJK.match(c) for c in run) or run[0] in SCOPE else start


SCOPE = frozenset("全各每该所其此这那本我")
NUMERALS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千万几多余")
CLASSIFIERS = frozenset("家个名年月日位所座支处批")
_LOCATIVE = ("在", "家住", "住在", "位于", "地处", "来到", "走进")


def after_count(text: str, b: int, s: int) -> int:
    """Where a name starts when a count or a date ends right before it (8家|镇卫生院, 2020年|某某社区): after
    the classifier; else `b`."""
    return b + 1 if 0 < b < s - 1 and text[b - 1] in NUMERALS and text[b] in CLASSIFIERS else b


def after_locative(text: str, s: int, floor: int, common: frozenset[str]) -> int:
    """Where a locality's name starts when a locative (在, 家住, 走进) opens it: the run between them, read
    as a name though it falls apart into characters of any tag (在|西|和|乡), if it holds no word of
    the dictionary's common words or verbs (在|新建|社区, 在|这些|村) and no scope or number; else 0."""
    near = text[max(floor, s - 9) : s - 1]
    if not any(w in near for w in _LOCATIVE):
        return 0  # no locative close before: the usual case, decided without a walk
    for k in range(s - 1, max(floor, s - 7) - 1, -1):
        if not CJK.match(text[k]):
            return 0
        if k <= s - 2 and text.endswith(_LOCATIVE, 0, k):
            name = text[k:s]
            if name in common or name[0] in SCOPE or has_word(name, phrase_words()):
                return 0
            if any(c in name for c in "县市省区党部支的了个些") or any(
                _counting(w) for w in boundaries(text).words(k, s)
            ):
                return 0
            return k
    return 0


def _counting(word: str) -> bool:
    """A numeral, pronoun or classifier of the text (这些, 一个, 两|个), not a character of a name that
    falls apart into single characters of any tag (但|家|寨)."""
    return part_of_speech(word) in ("m", "r", "q", "mq") and (len(word) > 1 or word in NUMERALS or word in SCOPE)


def known_town(text: str, found: Found, out: list[Found]) -> Found | None:
    """The township named earlier whose last character opens a village's run (某某|镇青松村), if any."""
    if found.cls not in ("Village", "Community") or found.text[0] not in "乡镇" or len(found.text) < 4:
        return None
    for t in out:
        b = found.start + 1 - len(t.text)
        if t.cls == "Township" and t.rule == "unit" and t.text[-1] == found.text[0] and text.startswith(t.text, b):
            return Found(b, found.start + 1, t.text, "Township", "unit")
    return None
