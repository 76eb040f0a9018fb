"""The sentence patterns of each question form, in English and Chinese.

Slots are named groups (kind, practice, org, noun, place, a, b, many); `forms` resolves them
against the vocabulary. English patterns ignore case; Chinese ones expect the question without spaces
between Chinese characters.
"""

from __future__ import annotations

import re

__all__ = [
    "ACTIVITIES_EN",
    "ACTIVITIES_ZH_TAIL",
    "AUXILIARIES_EN",
    "CONNECTION_EN",
    "CONNECTION_ZH_TAIL",
    "IN_EN",
    "JUDGED_ZH",
    "KIND_FIRST_EN",
    "KIND_LAST_EN",
    "METRICS_EN",
    "METRICS_ZH_TAILS",
    "PLACE_FIRST_EN",
    "WHERE_EN",
    "WHICH_EN",
    "WHICH_EN_ANY_VERB",
    "WHICH_ZH",
    "WHICH_ZH_IDENTIFIED",
    "WHICH_ZH_LIST",
    "WHICH_ZH_MEANS",
    "WHICH_ZH_OBJECT",
    "WHICH_ZH_REVERSED",
    "WHICH_ZH_TAIL",
    "WHICH_ZH_TOPIC",
    "WHICH_ZH_WHERE",
    "WHO_EN",
    "WHO_ZH",
]


def _rx(pattern: str) -> re.Pattern[str]:
    """A question pattern: English words match in any case."""
    return re.compile(pattern, re.IGNORECASE)


_EN_VERBS = "|".join(
    [
        r"use|uses|used|using|implement|implements|implemented|implementing|run|runs|ran|running",
        r"adopt|adopts|adopted|adopting|apply|applies|applied|applying",
        r"practi[cs]e|practi[cs]es|practi[cs]ed|practi[cs]ing|have|has|had",
        r"carry out|carries out|carried out|carrying out|conduct|conducts|conducted|conducting",
        r"launch|launches|launched|introduce|introduces|introduced|pilot|piloted|piloting|do|does|did|doing",
    ]
)
_ZH_VERBS = "|".join(
    [
        "使用|采用|采取|实施|开展|推行|运用|实行|推进|推动|推广|建立|建设|创建|落实|探索|构建|完善",
        "应用|执行|实践|引入|打造|试点|参与|参加|启动|推出|开创|组织|举办|制定|出台|发展|壮大|加强|强化|深化",
        "抓好|抓实|施行|践行|坚持|推开|铺开|搭建|设立|成立|组建|培育|提供|引进|招引|选派|整顿|化解|开设",
        "配备|配齐|聘请|派驻|搞|做|用|有|抓",
    ]
)
_ZH_ADVERBS = "在|正在|也|都|还|已|已经|曾|均|主要|有在|普遍"
WHICH_EN = [
    _rx(
        rf"^(?:which|what|list|show|find|name)(?: me)?(?: all)?(?: the)?\s+(?P<kind>.+?)\s+"
        rf"(?:(?:that|which|who)\s+)?(?:(?:are|is|do|does|did|have|has)\s+)?(?:also\s+)?"
        rf"(?:{_EN_VERBS})\s+(?P<practice>.+)$"
    ),
    _rx(
        rf"^(?:list |show |find )?(?:me )?(?:all )?(?:the )?(?P<kind>.+?)\s+(?:that|which|who)\s+"
        rf"(?:(?:are|is|do|does|did|have|has)\s+)?(?:{_EN_VERBS})\s+(?P<practice>.+)$"
    ),
    _rx(
        r"^(?:list |show |find )?(?:me )?(?:all )?(?:the )?(?P<kind>.+?)\s+(?:using|running|implementing|"
        r"adopting|applying|practi[cs]ing|conducting|with)\s+(?P<practice>.+)$"
    ),
]
# "where is grid governance used at county level", "in which districts is dual reporting practised" (the
# atlas reads "where is X used" with no kind as a map question)
_EN_DONE = r"used|implemented|run|adopted|applied|practi[cs]ed|carried out|conducted|launched|introduced|piloted|done"
WHERE_EN = [
    _rx(
        rf"^where\s+(?:is|are|was|were|has|have)\s+(?P<practice>.+?)\s+(?:been\s+)?(?:{_EN_DONE})"
        r"\s+(?:at|by|in)\s+(?:the\s+)?(?P<kind>.+?)(?:\s+level)?$"
    ),
    _rx(
        rf"^(?:in|at|by)\s+(?:which|what)\s+(?P<kind>.+?)\s+(?:is|are|was|were|has|have)\s+(?P<practice>.+?)\s+"
        rf"(?:been\s+)?(?:{_EN_DONE})$"
    ),
]
# the kind in the plural beside the practice, as typed into a search box: "counties attracting talent",
# "talent recruitment counties"
_LIST_EN = r"^(?:list |show |find )?(?:me )?(?:all )?(?:the )?"
KIND_FIRST_EN = _rx(rf"{_LIST_EN}(?P<kind>[a-z-]+s)\s+(?P<practice>[a-z]+ing\s.+)$")
KIND_LAST_EN = _rx(rf"{_LIST_EN}(?P<practice>.+?)\s+(?P<kind>[a-z-]+s)$")
# any other verb: "which counties hold democratic consultations", "which counties recruit talent"
WHICH_EN_ANY_VERB = _rx(r"^(?:which|what|list|show|find|name)(?: me)?(?: all)?(?: of)?(?: the)?\s+(?P<rest>.+)$")
AUXILIARIES_EN = _rx(r"^(?:(?:that|which|who|are|is|do|does|did|have|has|had|also|currently|already|now)\s+)*")
PLACE_FIRST_EN = _rx(r"^(?:in|of|within|under|belonging|near|across|around|from)\b")
IN_EN = r"\s+(?:in|of|within|under|belonging to)\s+"
WHO_EN = _rx(rf"^who(?:\s+(?:is|are|has|have|did|does))?\s+(?:{_EN_VERBS})\s+(?P<practice>.+)$")
_ZH_FILLERS = "请问|我想知道|想知道|目前|现在|当前|如今|那么|全国|近年来|,"
WHICH_ZH = _rx(
    rf"^(?:{_ZH_FILLERS})*(?P<place>.*?)(?:的)?(?:都)?(?:有)?(?:在)?"
    r"(?:哪些|哪个|哪几个|哪一些|什么)(?P<rest>.+)$"
)
# 谁在推行双报到 / 都有谁开展了网格化管理: any organization
WHO_ZH = _rx(rf"^(?:{_ZH_FILLERS})*(?:都)?(?:有)?(?:是)?谁(?P<rest>.+?)(?:呢|啊)?$")
# 网格化治理在哪些县推行(了), 村集体经济是哪些县在抓, 双报到是哪些县的做法: the practice first, then where
WHICH_ZH_WHERE = _rx(
    rf"^(?:{_ZH_FILLERS})*(?P<practice>.+?)(?:都|已|已经)?(?:在|被|是|由)(?:哪些|哪个|哪几个|哪一些)(?P<kind>.+?)"
    rf"(?:(?:{_ZH_ADVERBS})*(?:得到|得以|获得)?(?:{_ZH_VERBS})(?:了|过|着)?(?:的)?|的(?:做法|经验|举措|特色|工作))"
    r"(?:呢|吗)?$"
)
# 在X方面，哪些县有典型做法: the topic first, then which units have something to show in it
WHICH_ZH_TOPIC = _rx(
    rf"^(?:{_ZH_FILLERS})*(?:在|关于|围绕)(?P<practice>.+?)(?:方面|领域|工作中|工作上|上)[，,]?(?:有)?"
    r"(?:哪些|哪个|哪几个|哪一些)(?P<kind>.+?)(?:有|形成|探索|取得|作出|做出|积累)(?:了|过)?.*$"
)
# 为村(社区)配备法律顾问: whom the practice serves, before its verb, is not the practice
WHICH_ZH_TAIL = _rx(
    rf"^(?:{_ZH_ADVERBS})*(?:(?:为|给|向)[^为给向]{{1,8}}?)?(?P<verb>{_ZH_VERBS})(?:了|过|着)?(?P<practice>.+)$"
)
# any other verb, read only after the forms above: 在基层搞协商议事 (a place before a known verb), 划分了网格
# (an unknown verb that 了 or 过 marks)
WHICH_ZH_LOOSE = [
    _rx(rf"^(?:{_ZH_ADVERBS})*(?:在|于)[^，,在于]{{1,6}}?(?:{_ZH_VERBS})(?:了|过|着)?(?P<practice>.+)$"),
    _rx(rf"^(?:{_ZH_ADVERBS})*[^了过着的]{{1,3}}(?:了|过)(?P<practice>.+)$"),
]
# last of all, a concept named inside the words after an unknown verb (争创五星支部, 吸引人才回乡); not a
# property (的…), an identity (是…), a belonging (属于…) or a superlative (…最多)
WHICH_ZH_NAME_INSIDE = _rx(
    rf"^(?:{_ZH_ADVERBS})*(?!的|是|为|属于|位于)(?P<practice>.+?)(?<!最多)(?<!最少)(?<!多少)(?<!最大)(?<!最高)$"
)
# 哪些县通过X推动工作 / 依托X开展… / 以X为抓手…: the practice is the means, up to what it serves
_ZH_MEANS = "通过|依托|借助|利用|运用|依靠|凭借|以"
_ZH_PURPOSE = "推动|推进|促进|带动|助推|助力|提升|加强|实现|开展|抓好|做好|让|使|破解|解决|增加|提高|激活|赋能|强化"
WHICH_ZH_MEANS = _rx(
    rf"^(?:{_ZH_ADVERBS})*(?:{_ZH_MEANS})(?P<practice>.+?)"
    rf"(?:(?:为抓手|为载体|为依托|为引领|为重点|为切入点|的方式|等方式|的办法|等办法|等形式|来)?(?:{_ZH_PURPOSE}).*)?$"
)
# 哪些县把X作为抓手 / 将X纳入…: the practice is what 把/将 takes, not what it is made into
WHICH_ZH_OBJECT = _rx(rf"^(?:{_ZH_ADVERBS})*(?:把|将)(?P<practice>.+?)(?:作为|当作|当成|列为|纳入|融入|贯穿).*$")
# 村集体经济发展较好: a judgement after the practice is not part of its name
JUDGED_ZH = _rx(
    r"(?:(?:发展|开展|推进|落实|做|搞|抓)得?(?:比较|较为|较|很|最|更|特别)?|得(?:比较|较为|较|很|最|更|特别)?"
    r"|(?:比较|较为|较|很|最|更|特别))(?:好|突出|出色|明显|扎实|有特色|有成效)$"
)
# 请列出实行X的县(市、区) / 列举开展X的区县: a request for a list names the kind last, with no 哪些
WHICH_ZH_LIST = _rx(
    rf"^(?:请)?(?:列出|列举|找出|给出|说出|查一下|查找)(?:一下)?(?:所有|全部)?(?:{_ZH_VERBS})?(?:了|过)?"
    r"(?P<practice>.+?)的(?P<kind>[^的]+?)(?:名单|有哪些)?$"
)
# 开展X的县有哪些 / 都有谁, or the bare noun phrase 开展X的县 (as typed into a search box)
WHICH_ZH_REVERSED = _rx(
    rf"^(?:{_ZH_ADVERBS})*(?:{_ZH_VERBS})?(?:了|过)?(?P<practice>.+?)的(?P<kind>[^的]+?)(?:都)?"
    r"(?:有哪些|是哪些|有哪几个|有什么|有谁|是谁)?(?:呢)?$"
)
# 搞X的是哪些县 / 开展X的有哪几个区: the practice's doers identified after 的是/的有
WHICH_ZH_IDENTIFIED = _rx(
    rf"^(?:{_ZH_ADVERBS})*(?:{_ZH_VERBS})?(?:了|过)?(?P<practice>.+?)的(?:都)?(?:是|有)"
    r"(?:哪些|哪几个|哪个|哪一些)(?P<kind>[^的]+?)(?:呢)?$"
)
_NOUNS_EN = r"[a-z][a-z -]*?"
ACTIVITIES_EN = [
    _rx(
        rf"^what(?:\s+(?P<noun>{_NOUNS_EN}))?\s+(?:does|do|did|has|have|is|are)\s+(?P<org>.+?)\s+"
        r"(?:use|implement|run|adopt|apply|do|have|carry out|practi[cs]e|launch|conduct|introduce|"
        r"doing|using|implementing|running|used|implemented|adopted|launched|introduced|applied|"
        r"carried out|done)(?:\s+(?:for|on|about|in)\s+(?P<practice>.+))?$"
    ),
    _rx(
        rf"^(?:list |show )?(?:me )?(?:the |all )?(?P<noun>{_NOUNS_EN})\s+(?:of|by|at|in|used by|run by|"
        r"implemented by)\s+(?P<org>.+)$"
    ),
    _rx(rf"^(?:list |show )?(?:me )?(?P<org>.+?)'s\s+(?P<noun>{_NOUNS_EN})$"),
]
_METRIC_NOUNS_EN = r"figures|numbers|metrics|data|statistics|results|indicators"
METRICS_EN = [
    _rx(
        rf"^what(?:\s+(?:{_METRIC_NOUNS_EN}))?\s+(?:did|does|do|has|have)\s+(?P<org>.+?)\s+report(?:ed)?"
        r"(?:\s+(?:about|on|for)\s+(?P<practice>.+))?$"
    ),
    _rx(
        rf"^(?:list |show )?(?:me )?(?:the )?(?:{_METRIC_NOUNS_EN})\s+(?:of|for|from|reported by|by)\s+"
        r"(?P<org>.+?)(?:\s+(?:about|on)\s+(?P<practice>.+))?$"
    ),
    _rx(rf"^(?P<org>.+?)'s\s+(?:{_METRIC_NOUNS_EN})(?:\s+(?:about|on|for)\s+(?P<practice>.+))?$"),
    _rx(
        r"^how\s+(?P<many>many|much)\s+(?P<practice>.+?)\s+(?:does|did|do|has|have)\s+(?P<org>.+?)"
        r"(?:\s+(?:have|has|had|report|reported|count|counted|set up|build|built|train|trained|create|"
        r"created))?$"
    ),
]
METRICS_ZH_TAILS = [
    _rx(
        r"^(?:都|共|一共|已|已经)?(?:报告|上报|公布|发布|提供|取得|统计|有)?(?:了|过)?(?:的)?(?:哪些|什么|多少|那些)?"
        r"(?P<practice>.*?)(?:方面|工作)?(?:的)?(?:统计数据|数据指标|数据|数字|指标|统计|成效|成果|成绩|效果)"
        r"(?:有哪些|是什么|是多少|有多少|如何|怎么样|怎样)?(?:呢|吗)?$"
    ),
    _rx(
        r"^(?:的)?(?:共|一共|总共|累计)?(?:有|配备了?|建立了?|建成了?|培育了?|创成了?|发展了?)?(?P<many>多少)"
        r"(?:个|名|人|户|家|项|件|万)?(?P<practice>.+?)(?:呢|吗)?$"
    ),
    _rx(r"^(?:的)?(?P<practice>.+?)(?:共|一共|总共|累计)?(?:有|是)(?P<many>多少)(?:个|名|人|户|家|项|件)?(?:呢|吗)?$"),
]
ACTIVITIES_ZH_TAIL = [
    # 在网格化管理方面有哪些做法: the practices of one field
    _rx(
        rf"^(?:在|关于|围绕)(?P<practice>.+?)(?:方面|领域|工作中|工作上|上)(?:都|还|主要)?(?:{_ZH_VERBS})?(?:了|过|着)?"
        r"(?:哪些|什么|哪几项|些什么|啥)(?P<noun>[^的]*?)(?:呢|吗)?$"
    ),
    _rx(
        rf"^(?:都|还|主要|已经|已|一共|共)?(?:在)?(?:{_ZH_VERBS})?(?:了|过|着)?"
        r"(?:哪些|什么|哪几个|哪几项|些什么|啥)(?P<noun>[^的]*?)(?:呢|吗)?$"
    ),
    _rx(r"^(?:的)?(?P<noun>[^的]+?)(?:有哪些|是什么|有什么)(?:呢|吗)?$"),
]
CONNECTION_EN = [
    (
        _rx(
            r"^how\s+(?:is|are|was|were)\s+(?P<a>.+?)\s+(?:connected|related|linked|tied)\s+(?:to|with)\s+"
            r"(?P<b>.+)$"
        ),
        None,
    ),
    (_rx(r"^how\s+(?:does|do)\s+(?P<a>.+?)\s+(?:connect|relate|link)\s+(?:to|with)\s+(?P<b>.+)$"), None),
    (_rx(r"^how\s+(?:is|are|were)\s+(?P<rest>.+?)\s+(?:connected|related|linked)$"), r"\s+and\s+"),
    (
        _rx(
            r"^what\s+(?:is\s+|are\s+)?(?:the\s+)?(?:connections?|relationships?|relations?|links?|paths?)\s+"
            r"between\s+(?P<rest>.+)$"
        ),
        r"\s+and\s+",
    ),
    (_rx(r"^(?:the\s+)?(?:shortest\s+)?(?:path|paths|connection|route)\s+from\s+(?P<rest>.+)$"), r"\s+to\s+"),
]
CONNECTION_ZH_TAIL = _rx(
    r"^(?P<b>.+?)(?:之间)?(?:(?:有|存在|是)?(?:什么|何|哪些|怎样的|怎么样的|啥)(?:样的)?(?:关系|联系|关联|连接|路径)"
    r"|(?:是)?(?:怎么|如何|怎样)(?:关联|联系|连接|相连|联系起来|连起来|关联起来)(?:的)?"
    r"|的(?:关系|联系|关联|连接|路径))(?:吗|呢)?$"
)
