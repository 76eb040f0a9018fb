"""A name found in text by the organization rules, before it is resolved to an entity."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.names.divisions import Division

__all__ = ["Found"]


@dataclass
class Found:
    """A name found in text; `level` is the bare level character (省/市/县/区) a body starts with."""

    start: int
    end: int
    text: str
    cls: str
    rule: str
    level: str | None = None
    core: str | None = None  # department core after the level (委教育工委, 卫健委) or None
    canonical: str | None = None  # full standard name for central bodies (中组部 -> 中共中央组织部)
    english: str | None = None
    owner: Found | None = None  # the body this one belongs to, written just before it (信原物业集团|党委)
    forms: tuple[str, ...] = ()  # other written forms: without the places before it, with all of them
    unit: Division | None = None  # the division its own name opens with, where the rule read it (中共某县委…办公室)
