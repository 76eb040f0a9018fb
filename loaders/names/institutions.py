"""Public institutions' names: schools, hospitals, colleges and media, and the kinds that name none.

`bodies.scan` finds every kind of body from its suffix; this module holds what tells a school,
hospital or newspaper named for itself (柳溪小学, 河南日报) from a kind of one (示范学校, 县级医院,
督导简报), and when a 《》 title is a journal.

>>> school_kind("推进示范学校建设", "示范", 6), school_kind("柳溪小学开学", "柳溪", 4)
(True, False)
"""

from __future__ import annotations

import re

from loaders.names.lexicon import common_words, words
from loaders.names.localities import has_word, phrase_words
from loaders.names.words import boundaries, part_of_speech

__all__ = [
    "CARE_HOMES",
    "DISCIPLINES",
    "HOSPITALS",
    "LEVEL_SCHOOL",
    "MEDIA_WORDS",
    "NOT_IN_NAME",
    "SCHOOLS",
    "SOCIAL_WORK",
    "VENUES",
    "hospital_kind",
    "is_media_title",
    "newspaper_kind",
    "reports_after",
    "school_kind",
]

MEDIA_WORDS = words("日报 晚报 新闻网 电视台 广播电视台 电台 党建网 快报 时报 商报 周报 杂志社 杂志 通讯社 报社 频道")
# schools and hospitals go with social organizations: public service units, neither agencies nor companies
HOSPITALS = ("附属医院", "医院", "卫生院", "保健院", "社区卫生服务中心")  # 某某街道|社区卫生服务中心: the street's own
# public cultural venues, run by a level like its school (县图书馆, 市文化馆, 某某纪念馆)
VENUES = ("图书馆", "文化馆", "博物馆", "纪念馆", "科技馆", "美术馆", "档案馆")
# care homes and a village's clinic: public service units named like hospitals (区第一福利院, 某某村|卫生室)
CARE_HOMES = ("福利院", "敬老院", "卫生室")
SCHOOLS = ("小学", "中学", "学校", "分校", "幼儿园", "中专")
SOCIAL_WORK = ("社会工作服务中心", "社工服务中心", "社工中心")  # social-work agencies, non-profits
# what a kind of school is called by (义务教育学校, 市级示范学校, 九年一贯制学校): no school's own name
_SCHOOL_KIND = re.compile(
    "(?:"
    + "|".join(
        words(
            "实验 示范 试点 义务教育 民办 公办 重点 寄宿制 寄宿 职业 特殊教育 中心 完全 九年一贯制 乡村 农村 城区 "
            "村级 镇级 县级 市级 省级 市直 县直 区直 市属 县属 区属 初级 高级 普通 党建 标杆 优质 薄弱 新建 "
            "学区 集团 合作 结对 帮扶 大中 中 大 中职 高职 职高 技工 技术 中等"
        )
    )
    + ")+$"
)
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]{1,3}")
# kinds of school a level runs one of (县实验小学, 市特殊教育学校, 县职业中学): with the level, one school
LEVEL_SCHOOL = re.compile("[省市县区旗](?:实验|特殊教育|职业(?:技术|高级)?|中等职业|技工)")
# function characters no body's own name holds (高等教育司 keeps its 等)
NOT_IN_NAME = frozenset("的了在把将被对从到给让向为于是也又还再就才已曾并及或")
# two-character words ending in 报 that name a notice or an act of reporting, not a newspaper
_REPORTING = frozenset(
    words("通报 汇报 简报 情报 举报 申报 上报 月报 年报 喜报 海报 公报 捷报 预报 电报 回报 填报 呈报 专报 快报 周报")
)
_MEDIA_OK = re.compile(r"^(?:中国|人民|中华|国家|全国|中央|新华|光明|经济|法治|农民|工人|解放|南方|北京|上海)")
_MEDIA_TITLE = re.compile(
    r"(?:报|日报|晚报|杂志|通讯|研究|周刊|月刊|画报|期刊|导刊|文摘|学刊|内参|动态|专刊|参考|半月谈|求是|"
    r"党建|组工|新闻|论坛|之声|视点|观察)$"
)
_MEDIA_VERB = re.compile(r"[^。！？；\n]{0,24}?(?:刊发|刊登|报道|登载|推广|转载|播出|发表|刊载|专题报道|宣传报道|头版)")
# a college of two disciplines (材料科学与|工程学院)
DISCIPLINES = re.compile(
    r"[\u4e00-\u9fff]{0,3}(?:科学|工程|技术|管理|经济|艺术|信息|材料|能源|环境|化学|文学|法学|传媒|设计|建筑|历史|文化|旅游|"
    r"电气|机械|计算机|数学|物理|生命|资源|交通|土木|教育|新闻|传播|[\u4e00-\u9fff]学)与"
)


def school_kind(text: str, name: str, end: int) -> bool:
    """Whether `name` before a school word ending at `end` names a kind of school, not one school
    (示范学校, 大中小学, 签订学校责任书; 中学生 are pupils; 樟山中学|分校 is part of a branch's name)."""
    if not text.startswith("分校", end - 2) and text.startswith("分校", end):
        return True
    own = _SCHOOL_KIND.sub("", name)  # 思源|实验学校: the name without its kind words
    if _ORDINAL.search(own) and len(_ORDINAL.sub("", own)) <= 3:
        return not boundaries(text).is_boundary(end)  # 某县第二|实验小学, 市第一|中学: a number names one school
    return (
        len(own) < 2
        or own in common_words()
        or has_word(re.sub("中学|小学", "", own), phrase_words())  # 长塘中学|分校 keeps its 中学
        or part_of_speech(own).startswith("v")
        or not boundaries(text).is_boundary(end)
    )


_BUILT = frozenset(words("新建 改建 扩建 在建 拟建 筹建 新增 建成"))


def hospital_kind(text: str, start: int, end: int) -> bool:
    """12家县级医院, 山区县级中医院, 新建乡镇卫生院: whether text[start:end] before a hospital word names a
    kind of hospital, not one (a level's word for all its units, or a verb before the kind)."""
    name = text[start:end]
    if name[-1] in "级类家所" or any(c in NOT_IN_NAME for c in name) or "乡镇" in name or "级" in name[1:]:
        return True
    if name in _BUILT:
        return True  # 新建|图书馆12个: how many were built, not one named so
    ws, we = boundaries(text).span_at(start)
    return ws == start and we < end and part_of_speech(text[ws:we]).startswith("v")


def newspaper_kind(name: str, suffix: str) -> bool:
    """季一通报, 督导简报, 工作快报: a notice or a reporting duty, not a newspaper."""
    if suffix in ("快报", "时报", "商报", "周报") and not _MEDIA_OK.match(name):
        return True
    return suffix == "报" and name[-1] + suffix in _REPORTING


def reports_after(text: str, end: int) -> bool:
    """Whether the sentence goes on to say a paper published or reported something (…、某某日报等媒体报道)."""
    return bool(_MEDIA_VERB.match(text, end, min(len(text), end + 40)))


def is_media_title(inner: str, text: str, end: int, limit: int) -> bool:
    """《调查研究》 is a journal when its name says so or the sentence says it published something."""
    if _MEDIA_TITLE.search(inner):
        return not re.search(r"(?:办法|意见|方案|规定|通知|决定|措施|条例|标准|细则|规划|纲要|手册|清单)$", inner)
    return bool(_MEDIA_VERB.match(text, end, min(limit, end + 40))) and not re.search(
        r"(?:办法|意见|方案|规定|通知|决定|措施|条例|标准|细则|规划|纲要|手册|清单|制度|指引|公约)$", inner
    )
