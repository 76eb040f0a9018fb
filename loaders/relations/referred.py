"""componentOf across two sentences: a sentence that speaks of the programme just named again and sets things up.

A report names a programme in one sentence and says what it does in the next, opening on a word that points
back to it: 实施“某某”工程。该工程设立A，开展B。 / 启动“某某”计划。根据计划，该市将建立A。 / 形成“某某”模式。在该
模式下，县里设立A。 What that sentence sets up (设立, 建立, 开展, 推行 …) belongs to the programme pointed back to:
the last name of the sentence before, in the same paragraph, that ends on the head noun the pointer repeats.
"""

from __future__ import annotations

import re

from loaders.activities.outline import clause_start
from loaders.document import Document, Mention

__all__ = ["referred_parts"]

# the heads a pointer repeats (该工程, 这一机制, 此项计划)
_HEADS = "工程|计划|行动|活动|机制|制度|模式|平台|项目|改革|工作法|体系|品牌|中心|试点|服务|做法|联盟"
# 该工程 / 这一模式 / 此项计划 / 根据计划 / 按照方案 / 在该模式下 / 依据该办法, at the start of a sentence
_POINTER = re.compile(
    rf"\s*(?:(?:据悉|据了解|据介绍|目前|同时|此外|其中)[，,]?)?"
    rf"(?:在(?:该|这一|此|这种)(?P<under>{_HEADS})(?:下|中|框架下|推动下)[，,]?"
    rf"|(?:根据|按照|依据)(?:该|这一|此)?(?P<plan>计划|方案|规划)[，,]?"
    rf"|(?:该|这一|此项?|这项|这个|上述)(?P<this>{_HEADS}))"
)
# what the sentence sets up, at the start of a clause (after the pointer, a doer, or 将/还/并)
_SETS_UP = re.compile(
    r"[^，,。；;“”\"]{0,8}?(?:将|还|并|也|先后|同步|分别|专门)?"
    r"(?:设立|设置|建立|组建|搭建|开展|推行|实施|举办|开设|开通|推出|打造|成立|制定|出台|引入|配备|实行|创建|培育"
    r"|下设|设有|包括|包含|涵盖)了?"
)
_LINE_BREAK = re.compile(r"\n")
_JOIN = re.compile(r"[、和及与]")


def referred_parts(doc: Document, by_passage: dict[int, list[Mention]]) -> list[tuple[str, str, int]]:
    """(part, whole, passage) for what a sentence opening on a pointer back to the last sentence's programme sets up."""
    out: list[tuple[str, str, int]] = []
    for i, found in by_passage.items():
        if i == 0 or doc.passages[i].heading:
            continue
        p, before = doc.passages[i], doc.passages[i - 1]
        pointer = _POINTER.match(doc.text, p.start, p.end)
        if pointer is None or _LINE_BREAK.search(doc.text, before.start, p.start):
            continue
        head = pointer["under"] or pointer["this"]
        whole = _antecedent(by_passage.get(i - 1, []), head, pointer["plan"])
        if whole is None:
            continue
        for m in sorted(found, key=lambda m: m.start):
            if m.start < pointer.end() or not m.key or m.key == whole.key:
                continue
            clause = clause_start(doc.text, pointer.end(), m.start)
            if _SETS_UP.fullmatch(doc.text, clause, m.start) or _listed_after(doc.text, found, m, clause):
                out.append((m.key, whole.key or "", i))
    return out


def _antecedent(named: list[Mention], head: str | None, plan: str | None) -> Mention | None:
    """The last name of the sentence before that ends on the pointer's head noun (a plan: 计划, 方案 …); a
    document (《…实施方案》) is a part of the practice it sets out, never a whole the next sentence fills."""
    want = head or plan or ""
    heads = (want, "制") if want == "制度" else (want,)  # 该制度 of “林长制”
    ends = [m for m in named if m.key and m.cls != "PolicyDocument" and m.text.rstrip('”"').endswith(heads)]
    return max(ends, key=lambda m: m.start) if ends else None


def _listed_after(text: str, found: list[Mention], m: Mention, clause: int) -> bool:
    """Whether `m` is listed right after a name its clause sets up (设立A、B和C, 开展“甲”“乙”)."""
    prev = [o for o in found if clause <= o.start and o.end <= m.start]
    if not prev:
        return False
    last = max(prev, key=lambda o: o.end)
    joined = _JOIN.fullmatch(text, last.end, m.start) is not None or (last.end == m.start and text[m.start] in '“"')
    return joined and _SETS_UP.fullmatch(text, clause, min(o.start for o in prev)) is not None
