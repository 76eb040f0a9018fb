"""English names for organizations: pinyin of the proper part plus a translated suffix.

>>> [english("南乐县", "County"), english("濮阳市", "Prefecture"), english("梁村乡", "Township")]
['Nanle County', 'Puyang City', 'Liangcun Township']
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.names import divisions

__all__ = ["english", "pinyin"]

_UNIT_SUFFIX = (  # written suffix -> English, longest first
    ("特别行政区", "Special Administrative Region"),
    ("自治区", "Autonomous Region"),
    ("自治州", "Autonomous Prefecture"),
    ("自治县", "Autonomous County"),
    ("自治旗", "Autonomous Banner"),
    ("街道", "Subdistrict"),
    ("社区", "Community"),
    ("地区", "Prefecture"),
    ("林区", "Forest District"),
    ("省", "Province"),
    ("市", "City"),
    ("县", "County"),
    ("区", "District"),
    ("旗", "Banner"),
    ("盟", "League"),
    ("州", "Prefecture"),
    ("乡", "Township"),
    ("镇", "Town"),
    ("村", "Village"),
)
_ORG_SUFFIX = (
    ("管理委员会", "Administrative Committee"),
    ("管委会", "Administrative Committee"),
    ("联合会", "Federation"),
    ("促进会", "Promotion Association"),
    ("基金会", "Foundation"),
    ("研究会", "Research Society"),
    ("协会", "Association"),
    ("商会", "Chamber of Commerce"),
    ("合作社", "Cooperative"),
    ("家庭农场", "Family Farm"),
    ("妇幼保健院", "Maternal and Child Health Hospital"),
    ("保健院", "Health Care Hospital"),
    ("图书馆", "Library"),
    ("文化馆", "Cultural Centre"),
    ("博物馆", "Museum"),
    ("纪念馆", "Memorial Hall"),
    ("大队", "Brigade"),
    ("实验室", "Laboratory"),
    ("杂志", "Magazine"),
    ("通讯", "Newsletter"),
    ("委员会", "Committee"),
    ("中心", "Center"),
    ("局", "Bureau"),
    ("厅", "Department"),
    ("司", "Department"),
    ("分公司", "Branch"),
    ("支行", "Sub-branch"),
    ("分行", "Branch"),
    ("汽车", "Automobile"),
    ("电子", "Electronics"),
    ("电气", "Electric"),
    ("医药", "Pharmaceutical"),
    ("药业", "Pharmaceutical"),
    ("能源", "Energy"),
    ("物流", "Logistics"),
    ("食品", "Food"),
    ("机械", "Machinery"),
    ("地产", "Real Estate"),
    ("置业", "Property"),
    ("合金", "Alloy"),
    ("股份有限公司", "Co., Ltd."),
    ("有限责任公司", "Co., Ltd."),
    ("有限公司", "Co., Ltd."),
    ("集团", "Group"),
    ("公司", "Company"),
    ("银行", "Bank"),
    ("大学", "University"),
    ("农业科学院", "Academy of Agricultural Sciences"),
    ("社会科学院", "Academy of Social Sciences"),
    ("科学院", "Academy of Sciences"),
    ("学院", "College"),
    ("研究院", "Research Institute"),
    ("研究所", "Institute"),
    ("所", "Institute"),
    ("日报", "Daily"),
    ("晚报", "Evening News"),
    ("新闻网", "News Network"),
    ("电视台", "Television"),
    ("党建网", "Party Building Network"),
    ("快报", "Bulletin"),
    ("报", "News"),
    ("党委", "Party Committee"),
    ("党工委", "Party Working Committee"),
    ("党支部", "Party Branch"),
    ("党总支", "General Party Branch"),
    ("工委", "Working Committee"),
    ("石化", "Petrochemical"),
    ("化工", "Chemical"),
    ("科技", "Technology"),
    ("实业", "Industrial"),
    ("油脂", "Oils"),
    ("玻璃", "Glass"),
    ("物业", "Property"),
    ("附属医院", "Affiliated Hospital"),
    ("医院", "Hospital"),
    ("卫生院", "Health Center"),
    ("人民法院", "People's Court"),
    ("人民检察院", "People's Procuratorate"),
    ("派出所", "Police Station"),
    ("经济技术开发区", "Economic and Technological Development Zone"),
    ("高新技术产业开发区", "High-tech Industrial Development Zone"),
    ("经济开发区", "Economic Development Zone"),
    ("开发区", "Development Zone"),
    ("高新区", "High-tech Zone"),
    ("经开区", "Economic Development Zone"),
    ("新区", "New Area"),
    ("工业园区", "Industrial Park"),
)
# the longest suffix that fits wins: 有限公司 is Co., Ltd., not a 司 (Department)
_ORG_SUFFIX_LONGEST_FIRST = tuple(sorted(_ORG_SUFFIX, key=lambda pair: -len(pair[0])))
_ETHNIC = re.compile(r"(?:[\u4e00-\u9fff]{1,4}族)+$")
# the names of the nationalities of autonomous units whose English is not their pinyin (general knowledge)
_NATION = {
    "朝鲜": "Korean",
    "蒙古": "Mongol",
    "藏": "Tibetan",
    "维吾尔": "Uygur",
    "哈萨克": "Kazak",
    "柯尔克孜": "Kirgiz",
    "满": "Manchu",
    "布依": "Bouyei",
    "塔吉克": "Tajik",
    "锡伯": "Xibe",
    "撒拉": "Salar",
    "独龙": "Derung",
    "佤": "Va",
}
_PROVINCE_EN = {"陕西": "Shaanxi", "内蒙古": "Inner Mongolia", "西藏": "Tibet"}


def _autonomous(plain: str) -> str | None:
    """延边朝鲜族自治州 -> Yanbian Korean Autonomous Prefecture (short name, nationalities, suffix)."""
    units = divisions.by_name(plain)
    suffix = next((s for s, _ in _UNIT_SUFFIX[:5] if plain.endswith(s)), None)
    if not units or suffix is None:
        return None
    short = units[0].short or ""
    if not short or not plain.startswith(short):
        return None
    place = _PROVINCE_EN.get(short) or pinyin(short, place=True)
    nations = [n for n in re.split("族", plain[len(short) : -len(suffix)]) if n]
    words = "-".join(_NATION.get(n, pinyin(n)) for n in nations)
    return " ".join(w for w in (place, words, dict(_UNIT_SUFFIX)[suffix]) if w)


_PLACE_READING = {
    "乐": "le",
    "长": "chang",
    "重": "chong",
    "行": "xing",
    "都": "du",
    "会": "hui",
    "单": "shan",
    "六": "lu",
    "番": "pan",
    "蚌": "beng",
    "厦": "xia",
    "莘": "shen",
    "洞": "dong",
    "解": "xie",
}


def pinyin(text: str, place: bool = False) -> str:
    """Capitalised toneless pinyin of Chinese text, as one word (南乐 -> Nanle).

    Place names use their place readings for characters read otherwise elsewhere (乐 le, 长 chang).
    """
    from pypinyin import lazy_pinyin

    syll = lazy_pinyin(text)
    if place and len(syll) == len(text):
        syll = [_PLACE_READING.get(ch, py) for ch, py in zip(text, syll, strict=True)]
    out = "".join(syll).replace("ü", "v")
    return out[:1].upper() + out[1:]


@lru_cache(maxsize=8192)
def english(name: str, cls: str) -> str:
    """An English name: pinyin of the proper part and the class's suffix translated."""
    plain = name.strip('《》“”"')
    if cls == "Province" and plain.endswith("市"):
        return f"{pinyin(plain[:-1], place=True)} Municipality"
    if cls == "Province" and plain[:-1] in _PROVINCE_EN:
        return f"{_PROVINCE_EN[plain[:-1]]} Province"
    auto = _autonomous(plain) if cls in ("Province", "Prefecture", "County") else None
    if auto:
        return auto
    table = (
        _UNIT_SUFFIX
        if cls
        in {
            "Province",
            "Prefecture",
            "County",
            "CountyLevelCity",
            "District",
            "Township",
            "Village",
            "Community",
        }
        else _ORG_SUFFIX_LONGEST_FIRST
    )
    if table is _ORG_SUFFIX_LONGEST_FIRST:
        for n in range(min(len(plain) - 1, 10), 2, -1):  # 安吉县|白茶产业协会 -> Anji County Baichachanye Association
            units = divisions.by_name(plain[:n])
            if units:
                return f"{english(units[0].name, units[0].cls)} {english(plain[n:], cls)}"
    for suffix, en in table:
        if plain == suffix:
            return en
        if plain.endswith(suffix) and len(plain) > len(suffix):
            core = _ETHNIC.sub("", plain[: -len(suffix)]) or plain[: -len(suffix)]
            return f"{pinyin(core, place=table is _UNIT_SUFFIX)} {en}"
    return pinyin(plain)
