"""componentOf across two sentences: a sentence that speaks of the programme just named again and sets things up.

A report names a programme in one sentence and says what it does in the next, opening on a word that points
back to it: 实施“某某”工程。该工程设立A，开展B。 / 启动“某某”计划。根据计划，该市将建立A。 / 形成“某某”模式。在该
模式下，县里设立A。 What that sentence sets up (设立, 建立, 开展, 推行 …) belongs to the programme pointed back to:
the last name of the sentence before, in the same paragraph, that ends on the head noun the pointer repeats.
"""

from __future__ import annotations

import re

from loaders.activities.outline import clause_start
from loaders.activities.stated_parts import POINTER_HEADS as _HEADS
from loaders.document import Document, Mention

__all__ = ["referred_parts"]

# 该工程 / 这一模式 / 此项计划 / 根据计划 / 按照方案 / 在该模式下 / 依据该办法, at the start of a sentence
# 工程实施以来 / 自该机制运行以来, perhaps after who says so (镇党委书记介绍，): the programme named before, however far
_POINTER = re.compile(
    rf"\s*(?:[^，,。；;“”\"]{{0,12}}(?:介绍|表示|了解到|获悉)[，,：:])?(?:(?:据悉|据了解|据介绍|目前|同时|此外|其中)[，,]?)?"
    rf"(?:自|自从)?(?:(?:该|这一|此项?|这项)?(?P<since>{_HEADS})(?:实施|开展|启动|推行|运行|建立|开通|创建)以来[，,]"
    rf"|在(?:该|这一|此|这种)(?P<under>{_HEADS})(?:下|中|框架下|推动下)[，,]?"
    rf"|(?:根据|按照|依据)(?:该|这一|此)?(?P<plan>计划|方案|规划)[，,]?"
    rf"|(?:该|这一|此项?|此次|本次|这次|这项|这个|上述)(?P<this>{_HEADS}))"
)
# what the sentence sets up, at the start of a clause (after the pointer, a doer, or 将/还/并)
_SETS_UP = re.compile(
    r"[^，,。；;“”\"]{0,8}?(?:将|还|并|也|先后|同步|分别|专门)?(?:配套)?"
    r"(?:设立|设置|建立|建成|组建|搭建|开展|推行|实施|举办|开设|开通|推出|打造|成立|制定|出台|引入|配备|实行|创建|培育"
    r"|下设|设有|包括|包含|涵盖)了?"
)
_LINE_BREAK = re.compile(r"\n")
_PROGRAMME_HEAD = re.compile("工程|计划|行动|活动|项目|改革|试点")
_SINCE_REACH = 16  # how many sentences back 工程实施以来 may point
_JOIN = re.compile(r"[、和及与]")


def referred_parts(doc: Document, by_passage: dict[int, list[Mention]]) -> list[tuple[str, str, int]]:
    """(part, whole, passage) for what a sentence opening on a pointer back to the last sentence's programme sets up."""
    out: list[tuple[str, str, int]] = []
    for i, found in by_passage.items():
        if i == 0 or doc.passages[i].heading:
            continue
        p, before = doc.passages[i], doc.passages[i - 1]
        pointer = _POINTER.match(doc.text, p.start, p.end)
        if pointer is None and not _LINE_BREAK.search(doc.text, before.start, p.start):
            out += _bare_parts(doc, i, by_passage)
            continue
        broken = _LINE_BREAK.search(doc.text, before.start, p.start) is not None
        if pointer is None or (broken and before.heading and not pointer["since"]):
            continue  # 据了解，该机制…: the paragraph before may be the one that named it, a heading above is not
        head = pointer["under"] or pointer["this"] or pointer["since"]
        whole = _antecedent(by_passage.get(i - 1, []), head, pointer["plan"])
        if whole is None and pointer["since"]:  # 工程实施以来: the last programme of that head the report names
            whole = next(
                (
                    w
                    for k in range(i - 1, max(-1, i - _SINCE_REACH), -1)
                    if doc.passages[k].report == p.report
                    and (w := _antecedent(by_passage.get(k, []), head, None)) is not None
                ),
                None,
            )
        if whole is None:
            continue
        for m in sorted(found, key=lambda m: m.start):
            if m.start < pointer.end() or not m.key or m.key == whole.key:
                continue
            clause = clause_start(doc.text, pointer.end(), m.start)
            if _SETS_UP.fullmatch(doc.text, clause, m.start) or _listed_after(doc.text, found, m, clause):
                out.append((m.key, whole.key or "", i))
    return out


# 成立“某某”议事会。议事会实行“每月一议”…: the head noun of the name just written, opening the next sentence
_BARE_VERB = re.compile(
    r"(?:还|先后|同时|也|已|主要)?(?:实行|采取|采用|按照|设立|设置|开设|开通|推出|建立|下设|设有|包括|制定|组建|配备"
    r"|推行|开展|建成)"
)
# what a practice runs by (议事会按照“…”五个步骤运行, 宣讲团采取“…”的方式): a way, not a guide
_HEAD_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}(?=[，,。；;、])")
_RUNS_BY = re.compile(r"[^，,。；;“”\"]{0,8}?(?:实行|采取|采用|按照)了?")
_WAY = re.compile(r"的?[\u4e00-\u9fff]{0,6}?(?:方式|模式|流程|步骤|程序|办法|机制|制度)")


def _bare_parts(doc: Document, i: int, by_passage: dict[int, list[Mention]]) -> list[tuple[str, str, int]]:
    """(part, whole, passage) for a sentence opening on the head noun of a name the sentence before wrote
    (成立“椰风议事会”…。议事会实行“每月一议”，按照“…”五个步骤运行): what it sets up or runs by is that practice's."""
    text, p = doc.text, doc.passages[i]
    lo = p.start + len(text[p.start : p.end]) - len(text[p.start : p.end].lstrip())
    for w in sorted(by_passage.get(i - 1, []), key=lambda m: -m.start):
        # the name as written, with the head noun the text goes on with (“格桑花”双语宣讲团 of a name read as “格桑花”)
        tail = _HEAD_AFTER.match(text, w.end)
        bare = (w.text + (tail.group(0) if tail else "")).strip('“”"')
        head = next(
            (bare[-n:] for n in (4, 3, 2) if len(bare) > n and text.startswith(bare[-n:], lo)),
            None,
        )
        if head is None or w.cls == "PolicyDocument" or not w.key or not _BARE_VERB.match(text, lo + len(head)):
            continue
        out = []
        for m in by_passage.get(i, []):
            if not m.key or m.key == w.key or m.start < lo + len(head):
                continue
            clause = clause_start(text, lo + len(head), m.start)
            way = _WAY.match(text, m.end) or _WAY.search(m.text[-4:])
            if _SETS_UP.fullmatch(text, clause, m.start) or (_RUNS_BY.fullmatch(text, clause, m.start) and way):
                out.append((m.key, w.key, i))
        return out
    return []


def _antecedent(named: list[Mention], head: str | None, plan: str | None) -> Mention | None:
    """The last name of the sentence before that ends on the pointer's head noun (a plan: 计划, 方案 …); a
    document (《…实施方案》) is a part of the practice it sets out, never a whole the next sentence fills."""
    want = head or plan or ""
    heads = (want, "制") if want == "制度" else (want,)  # 该制度 of “林长制”
    practices = [m for m in named if m.key and m.cls != "PolicyDocument"]
    ends = [m for m in practices if m.text.rstrip('”"').endswith(heads)]
    if ends:
        return max(ends, key=lambda m: m.start)
    # 推行“积分制”管理。这一机制…: the one practice of the pointer's kind the sentence before names, whatever its head
    kind = "Initiative" if _PROGRAMME_HEAD.fullmatch(want) else "Mechanism"
    alone = {m.key for m in practices}
    return practices[0] if head and len(alone) == 1 and practices[0].cls == kind else None


def _listed_after(text: str, found: list[Mention], m: Mention, clause: int) -> bool:
    """Whether `m` is listed right after a name its clause sets up (设立A、B和C, 开展“甲”“乙”)."""
    prev = [o for o in found if clause <= o.start and o.end <= m.start]
    if not prev:
        return False
    last = max(prev, key=lambda o: o.end)
    joined = _JOIN.fullmatch(text, last.end, m.start) is not None or (last.end == m.start and text[m.start] in '“"')
    return joined and _SETS_UP.fullmatch(text, clause, min(o.start for o in prev)) is not None
