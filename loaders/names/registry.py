"""The entities and partOf edges of one document while its organization mentions are resolved.

`Registry` creates each entity once (divisions with their whole parent chain from the division
data), and `Cand` is a mention on its way to an entity.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.document import Document, Entity, Relation
from loaders.names import divisions
from loaders.names.divisions import Division
from loaders.names.english import english
from loaders.names.found import Found
from loaders.names.places import PlaceMention

__all__ = ["LEVEL_CLASSES", "ORG_CLASSES", "UNIT_CLASSES", "Cand", "Registry"]

UNIT_CLASSES = frozenset(
    {"Province", "Prefecture", "County", "CountyLevelCity", "District", "Township", "Village", "Community"}
)
ORG_CLASSES = UNIT_CLASSES | {
    "PartyOrganization",
    "GovernmentAgency",
    "Enterprise",
    "ResearchInstitution",
    "MediaOutlet",
    "SocialOrganization",
    "AdministrativeUnit",  # a development zone or new area, outside the division tree
}
LEVEL_CLASSES = {
    "省": ("Province",),
    "市": ("CountyLevelCity", "Prefecture"),
    "县": ("County",),
    "旗": ("County",),
    "州": ("Prefecture",),
    "盟": ("Prefecture",),
    "区": ("District",),
    "乡": ("Township",),
    "镇": ("Township",),
    "街道": ("Township",),
    "村": ("Village",),
    "社区": ("Community",),
}


@dataclass
class Cand:
    """A mention on its way to an entity."""

    start: int
    end: int
    text: str
    cls: str
    rule: str
    passage: int
    place: PlaceMention | None = None
    found: Found | None = None
    unit: Division | str | None = None  # a division, or the key of a township/village
    level: str | None = None
    key: str | None = None


class Registry:
    """Holds a document's context while its mentions are turned into entities."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities: dict[str, Entity] = {}
        self.relations: list[Relation] = []
        self.seen_rel: set[tuple[str, str, str]] = set()
        self.unit_key_cls: dict[str, str] = {}
        self.parent: dict[str, str] = {}  # first partOf target of each key
        self.localities: dict[str, str] = {}  # township/village/community name -> key in this document

    # -- entities -------------------------------------------------------------------------------
    def entity(
        self,
        key: str,
        label: str,
        cls: str,
        passage: int | None,
        en: str | None = None,
        alts: tuple[str, ...] = (),
        code: str | None = None,
    ) -> Entity:
        ent = self.entities.get(key)
        if ent is None:
            ent = self.entities[key] = Entity(key=key, label=label, cls=cls, label_en=en, code=code)
        ent.alt_labels.update(a for a in alts if a and a != ent.label)
        if passage is not None and passage not in ent.passages:
            ent.passages.append(passage)
        return ent

    def part_of(self, child: str, parent: str, passage: int | None) -> None:
        if child != parent and (child, "partOf", parent) not in self.seen_rel:
            self.seen_rel.add((child, "partOf", parent))
            self.relations.append(Relation(child, "partOf", parent, passage))
            self.parent.setdefault(child, parent)

    def division(self, d: Division, passage: int | None, written: str | None = None) -> str:
        ent = self.entities.get(d.key)
        if ent is not None:  # known: only the passage and the written form are new
            if passage is not None and passage not in ent.passages:
                ent.passages.append(passage)
            if written and written != ent.label:
                ent.alt_labels.add(written)
            return d.key
        alts = (d.short, written or "") if d.short else (written or "",)
        self.entity(d.key, d.name, d.cls, passage, english(d.name, d.cls), alts, d.code or None)
        child = d
        for parent in divisions.chain(d)[1:]:
            if parent.key not in self.entities:
                parent_alts = (parent.short,) if parent.short else ()
                self.entity(
                    parent.key,
                    parent.name,
                    parent.cls,
                    None,
                    english(parent.name, parent.cls),
                    parent_alts,
                    parent.code,
                )
            self.part_of(child.key, parent.key, None)
            child = parent
        return d.key

    def unit_key(self, unit: Division | str, passage: int | None) -> str:
        return self.division(unit, passage) if isinstance(unit, Division) else unit

    def unit_label(self, unit: Division | str) -> str:
        if isinstance(unit, Division):
            return unit.name
        return self.entities[unit].label

    def unit_en(self, unit: Division | str) -> str:
        if isinstance(unit, Division):
            return english(unit.name, unit.cls)
        return self.entities[unit].label_en or ""
