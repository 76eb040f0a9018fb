"""Who does an activity, weighed: the candidates a sentence offers, their grammar and layout, one learned score.

`doers`' rules each propose a doer (the sentence's opening body, a body founded earlier, an anaphor's referent,
the scene a clause names, the paragraph's carried village, the report's subject) and their cascade picks one;
here all of that is evidence. The candidates are what the rules propose plus every organization the anchor's
sentence names; each gets structural features only (which rules proposed it and which the cascade picked, its
class, how it stands to the report's subject, where it stands to the anchor, the closed-class words around it,
how often the document names it): never a character of a name, so the weights cannot learn a document. The
weights are fitted by `training/doers.py` from the real gold and shipped as `data/doer_model.json`; scoring is
a dot product. The model decides only when its file says so: `make model` sets `decides` when the model,
cross-validated by folder, ranked more anchors right than the rules did; until then the rules decide and no
candidate is computed at run time.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from loaders import names
from loaders.document import Document, Mention
from loaders.names.lexicon import verbs
from loaders.names.references import doer_start
from loaders.names.registry import ORG_CLASSES
from loaders.relations import agents, doers, mentions, selves
from loaders.relations.divisions import contains
from loaders.relations.verbs import DOING

__all__ = [
    "MODEL_PATH",
    "VOCABULARY",
    "Candidate",
    "Record",
    "activity_doers",
    "candidates",
    "deciding",
    "recording",
    "score",
    "using",
    "weights",
]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "doer_model.json"

_CLAUSE_MARKS = "，,；;。！？!?：:\n"
# the closed classes of words written right before a candidate: prepositions, conjunctions, a few verbs that
# take a body as object; two characters are tried before one
_LEFT_WORDS = (
    "联合",
    "通过",
    "依托",
    "携手",
    "会同",
    "协同",
    "指导",
    "支持",
    "引导",
    "组织",
    "围绕",
    "按照",
    "根据",
    "针对",
)
_LEFT_CHARS = "在由据对为向与和及同的、被把将让使从于"
_RIGHT_CHARS = "、和与及同等的"
_DOING = re.compile(DOING)
_DISTANCES = ((2, "0-2"), (8, "3-8"), (20, "9-20"), (50, "21-50"))


_RULES = (
    "agent",
    "anaphor",
    "founded",
    "sentence",
    "speaker",
    "located",
    "referent",
    "continued",
    "carried",
    "address",
    "subject",
)
_STANDINGS = ("nosubject", "subject", "leadership", "below", "above", "named", "other")
_COUNT_NAMES = ("1", "2-3", "4+")
_LEFT_NAMES = ("start", "verb", "other", *_LEFT_WORDS, *_LEFT_CHARS)
_RIGHT_NAMES = ("end", "chain", "comma", "stop", "doing", "verb", "other", *_RIGHT_CHARS)
# every feature the code can give a candidate: the model file's weights must be named from these
VOCABULARY = frozenset(
    [f"rule:{r}" for r in (*_RULES, "cascade")]
    + [f"class:{c}" for c in ORG_CLASSES]
    + [f"stand:{s}" for s in _STANDINGS]
    + [f"count:{c}" for c in _COUNT_NAMES]
    + ["where:before", "where:after", "where:outside", "clause:same", "first", "opener", "scope", "chained"]
    + [f"gap:{name}" for _, name in _DISTANCES]
    + ["gap:51+"]
    + [f"left:{w}" for w in _LEFT_NAMES]
    + [f"right:{w}" for w in _RIGHT_NAMES]
)


@dataclass
class Candidate:
    """One organization that may do the anchored activity, with its features (name -> value)."""

    key: str
    features: dict[str, float] = field(default_factory=dict)


def candidates(doc: Document, anchor: Mention) -> list[Candidate]:
    """The candidates for the doer of `anchor` (an activity mention), in the order first proposed."""
    passage, pos = anchor.passage, anchor.start
    proposed = doers.proposals(doc, passage, pos)
    orgs = [m for m in mentions.org_mentions(doc, passage) if m.key and m.key in doc.entities]
    out: dict[str, Candidate] = {}
    for rule, key in proposed.items():
        if key in doc.entities:
            out.setdefault(key, Candidate(key)).features[f"rule:{rule}"] = 1.0
    for key in agents.passive_agent(doc, anchor):
        out.setdefault(key, Candidate(key)).features["rule:agent"] = 1.0
    cascade = next(iter(agents.deed_doers(doc, anchor)), None)  # the rules' own choice
    if cascade in doc.entities:
        out.setdefault(cascade, Candidate(cascade)).features["rule:cascade"] = 1.0
    for m in orgs:
        out.setdefault(m.key or "", Candidate(m.key or ""))
    subject = names.subject_of(doc, passage)
    counts = _counts(doc)
    for cand in out.values():
        _describe(doc, cand, subject, [m for m in orgs if m.key == cand.key], orgs, anchor, counts)
    return list(out.values())


def _describe(
    doc: Document,
    cand: Candidate,
    subject: str | None,
    own: list[Mention],
    orgs: list[Mention],
    anchor: Mention,
    counts: Counter[str],
) -> None:
    f = cand.features
    ent = doc.entities[cand.key]
    f[f"class:{ent.cls}"] = 1.0
    f[f"stand:{_standing(doc, cand.key, subject)}"] = 1.0
    n = counts[cand.key]
    f[f"count:{'1' if n <= 1 else '2-3' if n <= 3 else '4+'}"] = 1.0
    before = [m for m in own if m.end <= anchor.start]
    after = [m for m in own if m.start >= anchor.end]
    m = before[-1] if before else after[0] if after else None
    if m is None:
        f["where:outside"] = 1.0
        return
    text = doc.text
    f["where:before" if before else "where:after"] = 1.0
    lo, hi = (m.end, anchor.start) if before else (anchor.end, m.start)
    gap = hi - lo
    f[f"gap:{next((name for top, name in _DISTANCES if gap <= top), '51+')}"] = 1.0
    if not any(c in _CLAUSE_MARKS for c in text[lo:hi]):
        f["clause:same"] = 1.0
    f[f"left:{_left(text, m, doc.passages[m.passage].start)}"] = 1.0
    f[f"right:{_right(text, m, orgs)}"] = 1.0
    if orgs and orgs[0] is m:
        f["first"] = 1.0
    if doer_start(text, m.start, m.end):
        f["opener"] = 1.0
    if m.text.startswith("全"):
        f["scope"] = 1.0
    if any(o.end == m.start or o.start == m.end for o in orgs):
        f["chained"] = 1.0


def _standing(doc: Document, key: str, subject: str | None) -> str:
    """How a candidate stands to the report's subject: itself, its leadership, a body named by it (its
    department), a unit below or above it, or unrelated."""
    if subject is None:
        return "nosubject"
    if key == subject:
        return "subject"
    if selves.leadership_of(doc, key, subject):
        return "leadership"
    if contains(subject, key):
        return "below"
    if contains(key, subject):
        return "above"
    owner, label = doc.entities.get(subject), doc.entities[key].label
    if owner is not None and any(label.startswith(n) and len(label) > len(n) for n in (owner.label, *owner.alt_labels)):
        return "named"
    return "other"


def _left(text: str, m: Mention, floor: int) -> str:
    if m.start <= floor or text[m.start - 1] in _CLAUSE_MARKS:
        return "start"
    two = text[max(floor, m.start - 2) : m.start]
    if two in _LEFT_WORDS:
        return two
    if text[m.start - 1] in _LEFT_CHARS:
        return text[m.start - 1]
    return "verb" if two in verbs() else "other"


def _right(text: str, m: Mention, orgs: list[Mention]) -> str:
    if m.end >= len(text):
        return "end"
    if any(o.start == m.end for o in orgs):
        return "chain"
    c = text[m.end]
    if c in "，,":
        return "comma"
    if c in _CLAUSE_MARKS:
        return "stop"
    if c in _RIGHT_CHARS:
        return c
    if _DOING.match(text, m.end):
        return "doing"
    return "verb" if text[m.end : m.end + 2] in verbs() else "other"


_COUNTS: list[tuple[Document, int, Counter[str]]] = []


def _counts(doc: Document) -> Counter[str]:
    """How often the document names each organization (counted once per document and mention count)."""
    if not _COUNTS or _COUNTS[0][0] is not doc or _COUNTS[0][1] != len(doc.mentions):
        _COUNTS[:] = [(doc, len(doc.mentions), Counter(m.key for m in doc.mentions if m.key))]
    return _COUNTS[0][2]


_USING: list[tuple[dict[str, float], float]] = []


@cache
def _shipped() -> tuple[dict[str, float], float, bool]:
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return dict(model["weights"]), float(model["bias"]), bool(model["decides"])


def weights() -> tuple[dict[str, float], float]:
    """The model in use: feature weights and the bias (the shipped file's, unless `using` one)."""
    return _USING[-1] if _USING else _shipped()[:2]


def deciding() -> bool:
    """Whether the model decides who does an activity: one is put in `using`, or the shipped one was fitted
    with `decides` (its cross-validation by folder beat the rules' own choice); else the rules decide."""
    return bool(_USING) or _shipped()[2]


@contextmanager
def using(model: dict) -> Iterator[None]:
    """Within the block, rank with `model` (a model file's content) instead of the shipped one."""
    _USING.append((dict(model["weights"]), float(model["bias"])))
    try:
        yield
    finally:
        _USING.pop()


def score(cand: Candidate) -> float:
    """The candidate's score (a logit): the dot product of its features with the model's weights."""
    w, bias = weights()
    return bias + sum(w.get(name, 0.0) * value for name, value in cand.features.items())


def activity_doers(doc: Document, anchor: Mention) -> list[str]:
    """Who does the activity `anchor` names, and the bodies listed with that doer: the best-scored candidate
    when the model decides, else the rules' own choice (`agents.deed_doers`)."""
    cascade = agents.deed_doers(doc, anchor)
    if not _RECORDS and not deciding():
        return cascade  # no candidates computed: the rules decide, at the rules' speed
    found = candidates(doc, anchor)
    best = max(found, key=score, default=None) if deciding() else None  # the first proposed of equals
    chosen = doers.listed_with(doc, anchor.passage, anchor.start, best.key) if best is not None else cascade
    for out in _RECORDS:
        out.append(Record(doc, anchor, found, chosen))
    return chosen


@dataclass
class Record:
    """An anchor the relations stage ranked: its candidates and the doers it chose."""

    doc: Document
    anchor: Mention
    candidates: list[Candidate]
    chosen: list[str]


_RECORDS: list[list[Record]] = []


@contextmanager
def recording() -> Iterator[list[Record]]:
    """Within the block, every anchor the relations stage ranks is recorded with its candidates (training)."""
    out: list[Record] = []
    _RECORDS.append(out)
    try:
        yield out
    finally:
        _RECORDS.remove(out)
