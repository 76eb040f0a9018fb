"""Figures of one person's life, which no organization reports: 脱贫户张某种植黄桃8亩，去年收入5万元.

News and cases tell of a villager, a returning youth or a party member by name (村民李大姐, 返乡青年王某某,
家住某镇的刘阿姨) and of what they own or earn; a sentence that opens on such a person, or on 他/她, is their
story, not a body's report. A body's figures in the sentences around it stay.
"""

from __future__ import annotations

import re

from loaders.document import Passage

__all__ = ["crowd", "personal"]

# words for people and the common surnames a named person's given name starts with (vocabulary, no names)
_PEOPLE = (
    "村民|居民|农户|脱贫户|贫困户|监测户|返乡青年|返乡大学生|大学生|退役军人|老党员|党员|种植户|养殖户|老人|群众"
    "|创业青年"
)
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_KIN = "大姐|大哥|大爷|大妈|大叔|大婶|阿姨|师傅|老汉|奶奶|爷爷|阿婆|老伯"
# after the time a sentence may open on: 村民李大姐…, 脱贫户张大勇…, 家住某镇的刘阿姨…, 她…
_PERSON = re.compile(
    f"(?:(?:今年|去年|如今|现在|目前|近年来|以前|过去)[，,]?)?"
    f"(?:(?:{_PEOPLE})[{_SURNAMES}](?:{_KIN}|[\u4e00-\u9fff]{{1,2}}(?={_KIN}|[在家种养通今去每说的是从把靠])|某+)"
    f"|家住[^，,。]{{1,12}}?的[{_SURNAMES}](?:{_KIN}|[\u4e00-\u9fff]{{1,2}})"
    f"|[他她](?![们])(?:家)?)"
)


_SAYS = re.compile("[^，,。]{0,6}?(?:说|告诉|介绍|表示|感慨|笑着)")


def personal(text: str, p: Passage) -> bool:
    """Whether the sentence `p` tells one named person's life: it opens on that person (or 他/她), who does not
    speak there (村民李大姐说，村里…: what a speaker tells may be a body's)."""
    m = _PERSON.match(text, p.start)
    return m is not None and _SAYS.match(text, m.end()) is None


# 20余名居民围坐在一起, 车间里40余名工人各司其职: the people a news scene shows at work, no count of a deed
_SCENE = re.compile(
    "[^，,。；;！？]{0,8}?(?:正在|正忙|忙着|忙碌|围坐|各司其职|聚精会神|有说有笑|排起|围拢|齐聚一堂|欢聚一堂)"
)


def crowd(text: str, end: int, unit: str) -> bool:
    """Whether the people counted before `end` are a scene's crowd: what follows them is what they are doing
    now (正在…, 围坐…, 各司其职), not what a body did for or with them."""
    return unit in ("名", "人", "位") and _SCENE.match(text, end) is not None
