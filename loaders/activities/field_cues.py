"""Fields a practice takes from whom it works on and who runs it, where its own words name no such field.

Party members as the ones a practice manages: a name that holds 党员 (“党员回家”行动, “党员画像”机制,
党员冬训) is party-member education and management, and one whose head is a post,
team, pledge or plot kept by members (党员服务队, “党员责任田”, 党员亮岗) is their vanguard role; a clause that
sorts, scores, rates or files members (将党员分为三类, 对党员量化积分, 为每名党员建立档案) says the same
of the practice it defines. Who runs it: a practice a company's party organization carries out (某电器有限公司
党支部推行“师徒结对”) is party building in the non-public sector, whatever field its own name says. Where:
a council or self-run body of a residential compound or its owners (小区议事会, 业主协商) is property
management too. What it is: a platform, system or terminal (“村情通”平台, 指挥系统) whose sentence
says it runs on apps, phones or data is digital governance.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.document import Document, Mention

__all__ = [
    "MANAGEMENT",
    "VANGUARD",
    "compound_fields",
    "digital_head",
    "firm_party",
    "manages_members",
    "member_fields",
]

MANAGEMENT = "PartyMemberManagement"
VANGUARD = "PartyMemberVanguard"
_NON_PUBLIC = "NonPublicSectorPartyBuilding"
# members as such, not the public or the congress they are named with (党员群众, 党员代表大会)
_MEMBER = re.compile(r"党员(?!群众|代表|大会)")
# a member's post, team, plot, pledge or lead: what members are seen doing (党员服务队, 党员示范岗, 党员亮岗)
_VANGUARD = re.compile(
    r"党员[^，,；;。、]{0,6}?(?:岗|队|责任区|责任田|示范|带头|先锋|承诺|亮诺|践诺|亮身份|亮明身份|认领|攻关|突击|工作室|标兵|模范)"
)
# members sorted, scored, rated, filed or pledged in one clause (将党员分为三类; 对农村党员量化积分; 党员积分与
# 评星挂钩; 为每名党员建立档案), or managed and educated as a body (管理党员, 教育管理党员)
_MANAGED = re.compile(
    r"党员[^，,；;。：:]{0,16}?(?:分类|分为|分成|积分|计分|赋分|打分|评星|定级|考评|评议|画像|建档|档案|一人一档|量化|亮分|承诺)"
    r"|(?:管理|管好|教育管理|分类管理|量化管理|精准管理)[^，,；;。]{0,4}?党员(?!干部)"
)
# the party organization of a company or a social organization (某电器有限公司党支部, 某集团党委, 非公企业党委);
# one of a state-owned firm is not of the non-public sector
_FIRM_PARTY = re.compile(
    r"(?:公司|集团|企业|工厂|厂|商会|协会|律师事务所|律所|两新组织|新兴领域)[^，,；;。]{0,3}?(?:党委|党总支|党支部|党组织|党小组)$"
)
_STATE_OWNED = re.compile(r"国有|国企|央企")
_PARTY_CLASS = "PartyOrganization"
_FIRM_CLASS = "Enterprise"


def member_fields(name: str, own: set[str]) -> set[str]:
    """The member fields a name says: vanguard where its head is members' post or team, else management where it
    names party members at all (党员冬训 is study, and the members' education too; 党员之家 is a place, and
    theirs), unless its own fields already hold one of the member family."""
    if own & _member_family():
        return set()
    if _VANGUARD.search(name):
        return {VANGUARD}
    return {MANAGEMENT} if _MEMBER.search(name) else set()


@cache
def _member_family() -> frozenset[str]:
    """Party-member management and the concepts narrower than it (先锋岗, 联户)."""
    from ontology.vocabulary import concept_labels

    labels = concept_labels()

    def under(c: str) -> bool:
        return c == MANAGEMENT or any(under(b) for b in labels[c]["broader"])

    return frozenset(c for c in labels if under(c))


def manages_members(text: str, start: int, end: int) -> bool:
    """Whether the text between start and end sorts, scores, rates or files party members."""
    return _MANAGED.search(text, start, end) is not None


def firm_party(doc: Document, intro: Mention, orgs: list[Mention]) -> bool:
    """Whether the nearest body named before a practice in its sentence (else its report's subject) is the party
    organization of a company or social organization: its practice is non-public-sector party building."""
    before = [o for o in orgs if o.passage == intro.passage and o.end <= intro.start]
    if before:
        doer = before[-1]
        return doer.cls == _PARTY_CLASS and _is_firm_party(doer.text)
    report = doc.passages[intro.passage].report
    subject = doc.reports[report].subject if report is not None else None
    ent = doc.entities.get(subject) if subject else None
    return ent is not None and ent.cls == _PARTY_CLASS and _is_firm_party(ent.label)


def _is_firm_party(label: str) -> bool:
    return bool(_FIRM_PARTY.search(label)) and not _STATE_OWNED.search(label)


# a council (议事, 协商) of a residential compound or its owners, by its name (a self-run platform named for a
# compound's stewards is self-governance only); or a council or self-run body whose next clause seats the owners
# (由业主代表、物业企业共同商议…): a goal of better property services is not that
_OWNERS = re.compile(r"业主|业委会")
_COMPOUND = re.compile(r"小区|业主")
_COUNCIL = "DemocraticConsultation"
_COUNCILS = frozenset({_COUNCIL, "SelfGovernance"})
_PROPERTY = "PropertyManagement"
# the head of a name that says a tool runs it: a platform, system, terminal, screen, code, hotline
_DIGITAL_HEAD = re.compile(r"(?:平台|系统|终端|大屏|一体机|自助机|二维码|热线|指挥中心|数据中心|调度中心)[”\"’')）]*$")


def compound_fields(name: str, own: set[str], after: str) -> set[str]:
    """Property management for a council of a residential compound or its owners by its name (小区议事会), or for
    a council or self-run body by the clauses that say what it is (`after`: 议事会，由业主、物业企业商议…)."""
    if (_COUNCIL in own and _COMPOUND.search(name)) or (own & _COUNCILS and _OWNERS.search(after)):
        return {_PROPERTY}
    return set()


def digital_head(name: str) -> bool:
    """Whether a name's head is a tool: a platform, system, terminal or hotline (what it runs on is its
    sentence's to say)."""
    return _DIGITAL_HEAD.search(name) is not None
