"""A text sent through the whole extraction, seen as the relation, category and doer tests look at it."""

from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.pipeline import extract

#: the classes of activity a probe test looks for
ACTIVITY_KINDS = ("Initiative", "Mechanism", "PolicyDocument")

#: the opening of an invented county's report, before the sentences a probe test asks about
COUNTY_OPENING = "松阳县：党建引领促发展\n近年来，松阳县坚持党建引领，推动各项工作落地见效。\n"


def relation_pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    """Every edge of one predicate in the text, as (subject label, object label)."""
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    return {(label[r.subject], label[r.object]) for r in doc.relations if r.predicate == predicate}


def component_pairs(text: str) -> set[tuple[str, str]]:
    """Every componentOf edge of the text, as (part label, whole label)."""
    return relation_pairs(text, "componentOf")


def activity_categories(text: str) -> dict[str, set[str]]:
    """Activity label -> its categories once relations are known (some categories come from partners)."""
    doc = extract(Document(path=Path("t.txt"), text=text))
    return {e.label: e.categories for e in doc.entities.values() if e.cls in ("Initiative", "Mechanism")}


def doers(text: str) -> dict[str, set[str]]:
    """Activity label -> the labels of the bodies that implement or use it."""
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    out: dict[str, set[str]] = {}
    for r in doc.relations:
        if r.predicate in ("implements", "uses"):
            out.setdefault(label[r.object], set()).add(label[r.subject])
    return out


def reporters(text: str) -> dict[str, str]:
    """Each figure, as its value and unit ("120个") -> the label of the body that reports it."""
    doc = extract(Document(path=Path("t.txt"), text=text))
    label = {k: e.label for k, e in doc.entities.items()}
    return {f"{m.value.normalize():f}{m.unit}": label.get(m.subject, m.subject) for m in doc.metrics}


def body_activities(sentence: str, county: str) -> set[str]:
    """The activity labels found when `sentence` stands inside a body paragraph of `county`'s report, as in
    a real report, so that no line of it is read as a title."""
    text = f"{county}经验交流\n近年来，{county}扎实推进基层治理工作，{sentence}群众满意度明显提升。\n"
    doc = extract(Document(path=Path("t.txt"), text=text))
    return {e.label for e in doc.entities.values() if e.cls in ACTIVITY_KINDS}
