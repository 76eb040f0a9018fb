"""Party committees and branches found from their head (…党委, …党工委, …党支部, …党组): whether the run
before it is a descriptor of their own.

A committee that no owner is written right before (those are read as its owner's: 复兴村|党支部) is named by
a descriptor of its field (外卖配送行业党委, 社会组织综合党委, 某某工业园党工委); a bare 村党支部 or 企业党委
is any village's or company's, and a committee of a kind of company (物业公司|党支部) is no one body.
"""

from __future__ import annotations

from loaders.names.companies import kind_of_company
from loaders.names.found import Found
from loaders.names.lexicon import left_edge, quoted, words
from loaders.names.offices import level_ok

__all__ = ["party_name"]


def party_name(text: str, b: int, s: int, e: int, floor: int, common: frozenset[str]) -> Found | None:
    """The party committee or branch named by text[b:e] (its head at `s`), if the run before the head is a
    descriptor of its own field; two descriptors joined by 和 share one head (…组织和|社会组织工作党委)."""
    name = text[b:s]
    for lead in ("街道", "社区", "乡镇"):  # 街道|两新组织综合党委: the level word before a descriptor
        if name.startswith(lead) and len(name) - len(lead) >= 4 and name[len(lead) :].endswith(_PARTY_FIELD):
            b += len(lead)
            name = name[len(lead) :]
            break
    if b >= 4 and text[b - 1] in "和与及" and name.endswith(_PARTY_FIELD):
        a = left_edge(text, b - 1, floor, 10)
        if b - 1 - a >= 3 and text[b - 3 : b - 1] in name:
            b, name = a, text[a:s]  # 非公有制经济组织和|社会组织工作党委: two descriptors share their head
            if name[0] in "省市县区" and not level_ok(text, b + 1):
                b, name = b + 1, name[1:]  # 区|非公…工作党委: the level's own body, named under its unit
    if name.endswith(("公司", "企业")) and kind_of_company(name[:-2]):
        return None  # 物业公司|党支部: the committee of a kind of company, not of one
    if len(name) < 2 or name.startswith(_GENERIC_PARTY) or name in common or not name.endswith(_PARTY_FIELD):
        return None
    if quoted(text, b):
        return None
    return Found(b, e, text[b:e], "PartyOrganization", "party")


_GENERIC_PARTY = tuple(
    words(
        "村 社区 小区 楼栋 街道 乡镇 基层 企业 非公企业 学校 机关 网格 支部 单位 党 "
        "临时 功能 联合 离退休 直属 行业 大 综合 产业发展"
    )
)
_PARTY_FIELD = tuple(
    words(
        "行业 组织 综合 领域 产业发展 园区 商圈 市场 楼宇 系统 协会 商会 学校 医院 "
        "大学 公司 集团 企业 平台 工地 项目 联合 开发区 高新区 新区 工业园 产业园 工业集中区 合作区 科 科室 "
        "中心 大厦 工作"
    )
)
