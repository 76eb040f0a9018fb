"""The one container that flows through the loader pipeline.

Every span is a pair of character offsets into `Document.text` (the decoded original text), never a
copy: `doc.text[m.start:m.end] == m.text` holds for every passage and mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

__all__ = ["Document", "Entity", "Mention", "Metric", "Part", "Passage", "Relation", "Report"]


@dataclass
class Passage:
    """A sentence (or heading) of the document; the unit of provenance."""

    start: int
    end: int
    report: int | None = None  # index into Document.reports
    heading: bool = False

    def text_of(self, doc: Document) -> str:
        return doc.text[self.start : self.end]


@dataclass
class Part:
    """A numbered part (一、) or point (一是) inside a report."""

    start: int
    end: int
    title_end: int
    level: int  # 1 for 一、 parts, 2 for (一) / 一是 points


@dataclass
class Report:
    """One report inside a document: a title line and its body."""

    title: str
    start: int  # offset of the title line
    end: int
    subject: str | None = None  # entity key of the organization the report speaks for
    parts: list[Part] = field(default_factory=list)


@dataclass
class Mention:
    """A span of text naming something; `key` is set by resolution."""

    start: int
    end: int
    text: str
    cls: str  # contract class name without prefix: County, Initiative, PartyOrganization, ...
    passage: int  # index into Document.passages
    key: str | None = None
    rule: str = ""


@dataclass
class Entity:
    """A resolved organization or activity; `key` is stable across documents (it becomes the IRI)."""

    key: str
    label: str  # Chinese label as written (quotes kept)
    cls: str
    label_en: str | None = None
    alt_labels: set[str] = field(default_factory=set)
    code: str | None = None  # GB/T 2260 division code for administrative units
    categories: set[str] = field(default_factory=set)  # concept local names, e.g. GridGovernance
    passages: list[int] = field(default_factory=list)


@dataclass
class Relation:
    """A typed edge between two entity keys, read from one passage."""

    subject: str
    predicate: str  # implements, uses, partOf, componentOf, collaboratesWith, recognizedBy
    object: str
    passage: int | None  # None for facts known from reference data (division codes)


@dataclass
class Metric:
    """One quantitative fact reported by an organization."""

    value: Decimal
    unit: str
    measure: str
    subject: str  # entity key of the reporting organization
    passage: int
    start: int
    end: int
    period: str | None = None
    about: str | None = None  # entity key of an activity


@dataclass
class Document:
    """A source document on its way from bytes to triples."""

    path: Path
    text: str = ""
    title: str | None = None
    source: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd, or a year alone (yyyy) when only the title gives one
    date_source: str | None = None  # where the date came from: html-meta, text, title or file-metadata
    media_type: str = "text/plain"
    encoding: str | None = None
    passages: list[Passage] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
    place: str | None = None  # entity key of the place the document comes from (its city or county)

    @property
    def name(self) -> str:
        return self.path.name
