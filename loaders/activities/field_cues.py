"""Fields a practice takes from whom it works on, who runs it, with whom, where, and what it is said to be.

Whom: a name that holds 党员 (“党员回家”行动, “党员画像”机制, 党员冬训) is party-member education and
management, and one whose head is a post, team, pledge or plot kept by members (党员服务队, “党员责任田”,
党员亮岗) is their vanguard role; a clause that sorts, scores, rates or files members (将党员分为三类,
对党员量化积分, 为每名党员建立档案) says the same of the practice it defines. Who: a practice a company's
party organization carries out (某电器有限公司党支部推行“师徒结对”) is party building in the non-public
sector, whatever field its own name says. With whom: an enterprise's work with a university as its partner,
and research done with academia, is industry-academia collaboration. Where: a council of a residential
compound (小区议事会), or one whose next clause seats the owners, is property management too. What: a
platform, system or terminal (“村情通”平台, 指挥系统) whose sentence says it runs on apps, phones or data is
digital governance, and a name a later sentence defines (所谓“三单制”，是指…; “一组两会”就是…) is what
that definition says.
"""

from __future__ import annotations

import re
from functools import cache

from loaders.document import Document, Mention

__all__ = [
    "ACADEMIA",
    "CONTACT_SYSTEM",
    "MANAGEMENT",
    "RESEARCH",
    "SCHOOLS",
    "VANGUARD",
    "academic",
    "academic_partners",
    "compound_fields",
    "definitions",
    "digital_head",
    "firm_party",
    "leaders_in_charge",
    "manages_members",
    "member_fields",
    "split_words",
]

MANAGEMENT = "PartyMemberManagement"
CONTACT_SYSTEM = "LeaderContactSystem"
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
# an enterprise's work done with a university or research institute as partner (某公司与某大学共建…) is
# industry-academia collaboration: the partner written right after 与/同/和/联合/携手
_PARTNER = re.compile(r"(?:与|同|和|联合|携手)$")
SCHOOLS = "ResearchInstitution"
ACADEMIA = "IndustryAcademiaCollaboration"
# research and development done with universities or institutes (与某大学共建研发平台, 联合高校技术攻关) is
# industry-academia collaboration, whoever the other side is: academia named in the practice's own sentence
RESEARCH = "TechnologyInnovation"
_ACADEMIC_WORDS = re.compile(r"高校|院校|大学(?!生)|科研院所|研究院|研究所|科学院|院士|专家团队")
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


# leaders each taking charge of so many towns, villages, firms or projects (每名县领导联系1个乡镇, 班子成员包抓2个
# 项目, 县级干部蹲点联系村): the leaders' contact system, whatever the practice is called
_IN_CHARGE = re.compile(
    r"(?:领导|县领导|县级干部|班子成员|领导干部|党员干部)[^，,；;。]{0,6}?(?:联系|包联|挂联|包抓|包保|蹲点|挂点|驻点)"
    r"[^，,；;。]{0,6}?(?:乡镇|镇|街道|村|社区|企业|项目|重点工作)"
)


def leaders_in_charge(text: str, start: int, end: int) -> bool:
    """Whether the text between start and end has leaders each take charge of towns, villages, firms or projects."""
    return _IN_CHARGE.search(text, start, end) is not None


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


# a name defined where it stands again: (所谓)X(，)是指 / 就是 / 指的是 / 即是 / 也就是 … to the sentence's end; X是 …
# says what it is in its first clause only (…是某市的基层治理品牌，旨在…: a role, then its aims)
_DEFINED = re.compile(r"[”\"’')）]?\s*[，,]?\s*(?:(?P<said>是指|就是|指的是|即是|也就是|主要是指)|是)")
_SENTENCE_END = re.compile(r"[；;。！？!?\n]")
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")


def definitions(doc: Document, kinds: tuple[str, ...] | frozenset[str]) -> dict[str, list[tuple[int, int, bool]]]:
    """Per activity key (of the classes `kinds`), the spans of the clauses that define it where any of its names
    stands again (“三单制”，是指群众点单、支部派单…; “三色码”是对村级事项的公开监督方式), and whether it is
    said in so many words (是指, 就是: its methods count too). A definition is what the practice is, wherever
    it stands."""
    text = doc.text
    out: dict[str, list[tuple[int, int, bool]]] = {}
    verbs = _definition_starts(text)
    if not verbs:
        return out  # no clause of the text defines anything
    for key, ent in doc.entities.items():
        if ent.cls not in kinds:
            continue
        for name in {ent.label, *ent.alt_labels}:
            if len(name) < 2 or name[-1] not in verbs:
                continue
            for at in _before(text, name, verbs[name[-1]]):
                said = _DEFINED.match(text, at + len(name))
                if said is not None:
                    full = said.group("said") is not None
                    end = (_SENTENCE_END if full else _CLAUSE_END).search(text, said.end())
                    out.setdefault(key, []).append((said.end(), end.start() if end else len(text), full))
    return out


_VERB_FIRST = re.compile("[是就指即也主]")  # the first characters of `_DEFINED`'s verbs
_BEFORE_VERB = frozenset("”\"’')），,")  # what `_DEFINED` reads before its verb, besides spaces


def _definition_starts(text: str) -> dict[str, list[int]]:
    """Every offset `_DEFINED` matches at, in order, by the character before it (the last of a name defined
    there): a verb's first character and the quotes, commas and spaces before it, a few dozen places a
    document, where every name of every practice would be looked for."""
    found = set()
    for v in _VERB_FIRST.finditer(text):
        q = v.start()
        while q > 0:
            if _DEFINED.match(text, q) is not None:
                found.add(q)
            if not (text[q - 1] in _BEFORE_VERB or text[q - 1].isspace()):
                break
            q -= 1
    out: dict[str, list[int]] = {}
    for q in sorted(found):
        out.setdefault(text[q - 1], []).append(q)
    return out


def _before(text: str, name: str, ends: list[int]) -> list[int]:
    """Where `name` is written ending at one of `ends`, as `str.find` from the text's start finds it (each
    occurrence after the last one's end): every occurrence for a name that cannot overlap itself.

    >>> _before("甲好好是指", "好好", [3]), _before("好好好是指", "好好", [3])  # find reads 好好|好, not 好|好好
    ([1], [])
    """
    found = [q - len(name) for q in ends if q >= len(name) and text.startswith(name, q - len(name))]
    if found and any(name.endswith(name[:k]) for k in range(1, len(name))):  # 好好: some overlap, which find skips
        at, found = text.find(name), []
        while at >= 0:
            if at + len(name) in ends:
                found.append(at)
            at = text.find(name, at + len(name))
    return found


def academic_partners(doc: Document) -> dict[int, int]:
    """Per passage, where the first research institution written as an enterprise's partner ends (某公司与某大学…,
    or 与某大学… in an enterprise's own report): work after it in that sentence is industry-academia
    collaboration. Work a county or a school does with a university is not industry's."""
    text = doc.text
    own_firm = {
        i
        for i, r in enumerate(doc.reports)
        if r.subject is not None and r.subject in doc.entities and doc.entities[r.subject].cls == "Enterprise"
    }
    out: dict[int, int] = {}
    firms: set[int] = set()
    for o in sorted(doc.mentions, key=lambda m: m.start):
        if o.cls == "Enterprise":
            firms.add(o.passage)
        elif o.cls == SCHOOLS and o.passage not in out:
            p = doc.passages[o.passage]
            if (o.passage in firms or p.report in own_firm) and _PARTNER.search(
                text, max(p.start, o.start - 2), o.start
            ):
                out[o.passage] = o.end
    return out


def academic(doc: Document, passage: int, schools: set[int]) -> bool:
    """Whether a sentence names a university or research institute (`schools`: the passages naming one;
    else by its common noun); a heading's sentence is the one under it, which says what it is."""
    seen = (passage, passage + 1) if doc.passages[passage].heading and passage + 1 < len(doc.passages) else (passage,)
    return any(
        i in schools or _ACADEMIC_WORDS.search(doc.text, doc.passages[i].start, doc.passages[i].end) for i in seen
    )


# fields a name says with its words apart or inside a longer keyword: a mediation room is dispute settlement as
# well as legal service (“和事佬”调解室), a service for talent with other words between (人才“一站式”服务)
_SPLIT = (
    (re.compile(r"调解|调处|纠纷|矛盾"), "ConflictResolution"),
    (re.compile(r"人才[^，,；;。]{0,6}?(?:服务|保障|安居|乐居|安家|补贴|待遇|关爱|公寓|住房|租房)"), "TalentServices"),
)


def split_words(name: str) -> set[str]:
    """The fields a name says with words a keyword match does not read on their own."""
    return {concept for words, concept in _SPLIT if words.search(name)}
