"""The one regex pass that finds where every kind of body's or sub-county unit's name ends.

A suffix or a known core ends the name: a level and a department (区卫健委), a national body (国家发展改革委),
a party committee (…党委), an association, school or hospital (…协会, …小学), an enterprise's head or trade
word (…集团, …科技), a university (…大学), a newspaper (…日报), a development zone (…开发区) or a unit
(…镇, …社区); each alternative is a named group that tells `bodies.scan` the kind. Look-aheads keep words
that only start like a suffix (科技|创新, 村民) out.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.keywords import trie_pattern
from loaders.names.companies import COOPS, ENT_WORDS, STRONG_ENT
from loaders.names.institutions import CARE_HOMES, HOSPITALS, MEDIA_WORDS, SCHOOLS, SOCIAL_WORK, VENUES
from loaders.names.lexicon import central, departments, dept_shorts
from loaders.names.offices import OFFICE_HEAD, OFFICE_LEVEL
from loaders.scanning import gated

__all__ = ["ADMIN_WORDS", "patterns"]


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """Any of `words`, longest first, factored as a trie (a flat alternation is tried word by word)."""
    return trie_pattern(words)


_RES_WORDS = ["大学", "学院", "研究院", "研究所", "科学院", "科研所", "实验室", "所"]
_PARTY_WORDS = ["党委", "党工委", "党总支", "党支部", "工委"]
_SOCIAL_WORDS = ["协会", "商会", "联合会", "促进会", "基金会", "研究会", "慈善会", "联谊会", "学会", "联盟"]
_SOCIAL_WORDS += [*HOSPITALS, *SCHOOLS]
_SOCIAL_WORDS += [*CARE_HOMES, *VENUES]
# public-service groups and social-work bodies: neither companies nor agencies (某中学教育集团, 某某社工中心)
_SOCIAL_WORDS += ["教育集团", "医疗集团", "慈善总会", "红十字会", *SOCIAL_WORK]
ADMIN_WORDS = [
    *("管委会", "管理委员会", "管理局", "人民法院", "人民检察院", "派出所", "仲裁院", "仲裁委员会"),
    *("司法所", "市场监管所", "税务所", "财政所"),  # a township's offices of county departments
    "分局",  # 某市生态环境局|某某分局: a bureau's branch, named after its bureau
    "大队",  # 县公安局|交警大队: a bureau's brigade, named after its bureau (a level's own: 县|消防救援大队)
]
# development zones and new areas: administrative units outside the division tree (江宁开发区, 湘江新区)
_ZONE_WORDS = ["经济技术开发区", "高新技术产业开发区", "经济开发区", "开发区", "高新区", "经开区", "新区", "工业园区"]


# a company's head (公司, 集团, 合作社) ends its name whatever follows (某某合作社|发展壮大); a trade word
# (科技, 能源) only before a word that does not make it a field (科技|创新, 能源|产业)
_STRONG_WORDS = [w for w in ENT_WORDS if w in STRONG_ENT or w in COOPS]
_TRADE_WORDS = [w for w in ENT_WORDS if w not in _STRONG_WORDS]


_LEVELS = "省市县区旗乡镇州盟"  # 州/盟: 延边州委, 兴安盟委 (autonomous prefectures, leagues)


def _listed_cores() -> list[str]:
    """Bureaus and offices written bare in a list of departments (民政局、水利局等部门)."""
    return [c for c in departments() if len(c) >= 3 and c[-1] in "局办" and not c.startswith("委")]


@cache
def patterns(office: bool = True) -> re.Pattern[str]:
    """One pass for every kind of name; look-aheads on first characters keep it fast (`gated`). Without `office`
    the pass skips a level's open-class body, to read again what such a match turned out not to be."""
    cores = [c for c in departments() if c != "委"]
    shorts, cen = [*dept_shorts(), *_listed_cores()], list(central())
    # 旗草原监理局, 县水务办公室, 区防汛委员会, 县人民法院: a level's body named by an open head
    office_part = (
        rf"|(?P<off>{OFFICE_LEVEL}(?P<ocore>(?:人民)?(?:法院|检察院)|[\u4e00-\u9fff]{{2,10}}?(?:{OFFICE_HEAD})))"
        if office
        else ""
    )
    body = (
        rf"(?P<enum>(?:{_alt(shorts)})(?:、(?:{_alt(shorts)}))+等?(?:相关)?(?:部门|单位|领导小组成员单位|成员单位))"
        rf"|(?P<central>(?:国家)?(?:{_alt(cen)})(?!门|区))"
        rf"|(?P<lvl>自治区党(?=委)|自治区|[{_LEVELS}])(?P<core>{_alt(cores)}|委(?!托))"
        r"|(?P<gov>[省市县区](?P<gcore>[\u4e00-\u9fff]{2,6}?(?:[局厅]|中心(?!村|户|城|镇|区|校|站|店|组|工作|任务|环节))))(?![\u4e00-\u9fff]{0,1}长)"
        + office_part
        + rf"|(?P<party>{_alt(_PARTY_WORDS)}|党组(?!织))"
        rf"|(?P<social>{_alt(_SOCIAL_WORDS)})"
        rf"|(?P<admin>{_alt(ADMIN_WORDS)})"
        rf"|(?P<zone>(?:{_alt(_ZONE_WORDS)})(?!建设|发展|管理|规划|企业|内|外))"
        rf"|(?P<ent>(?:{_alt(_STRONG_WORDS)})(?![型化类性])|(?:{_alt(_TRADE_WORDS)})"
        r"(?!(?:型|化|类|性|产业|企业|行业|领域|园区|人才|创新|技术|工作|发展|服务|成果|专家|政策|金融|特派员)))"
        rf"|(?P<res>(?:{_alt(_RES_WORDS[:-1])})(?!毕业|学历)|所(?!生|党|有|在|属|以|谓|得|需|长))"
        r"|(?P<title>《(?P<inner>[^《》\n]{1,40})》)"
        # 某某融媒: a media centre by its brand, closing the name
        rf"|(?P<media>{_alt(MEDIA_WORDS)}|报(?![\u4e00-\u9fff])|融媒(?![\u4e00-\u9fff]))"
        # 某某街道|民安社区, 某某街道|组建: no word starts with 街道民 or 街道组
        r"|(?P<unit>街道(?!干部|两委|级|党组织)"
        r"|(?:社区|居民区|乡(?![村镇])|镇(?!村)|村(?!街道|社区|口|头)|嘎查(?!村)|苏木)(?!民|干部|两委|级|组(?!织|建)|庄|寨|屯|户|集体|居(?!委会|民委员会|民(?!区))|务|规|党组织|情|容|貌|风|史|志|域|[（(](?:社区|街道|乡|镇|村|居)))"
    )
    return gated(body)
