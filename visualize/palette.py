"""Colours for the ontology's classes, so every graph on every page reads the same way.

Colours are keyed by the class's local name (the part after `gk:`); a class without its own colour
takes its family's (every administrative unit is a shade of blue, activities are warm colours).
"""

from __future__ import annotations

__all__ = ["FALLBACK_COLOUR", "class_colour"]

FALLBACK_COLOUR = "#9e9e9e"

_COLOURS: dict[str, str] = {
    # administrative units: blues, darker for larger units
    "Province": "#0b3d91",
    "Prefecture": "#1f5fbf",
    "CountyLevelDivision": "#2f7fe0",
    "County": "#2f7fe0",
    "CountyLevelCity": "#3a8fd9",
    "District": "#4aa3f0",
    "Township": "#6fb8f5",
    "Village": "#93cbf7",
    "Community": "#7fd3e8",
    "AdministrativeUnit": "#2f7fe0",
    # other organizations
    "Organization": "#607d8b",
    "PartyOrganization": "#d32f2f",
    "GovernmentAgency": "#f57c00",
    "Enterprise": "#388e3c",
    "ResearchInstitution": "#7b1fa2",
    "MediaOutlet": "#4e342e",
    "SocialOrganization": "#00897b",
    # activities
    "Activity": "#f9a825",
    "Initiative": "#fbc02d",
    "Mechanism": "#ec407a",
    "PolicyDocument": "#ad1457",
    # figures and sources
    "Metric": "#bcaaa4",
    "Document": "#455a64",
    "Passage": "#90a4ae",
    "Concept": "#c0ca33",
}


def class_colour(cls: str | None) -> str:
    """The fill colour for a class's local name (or full IRI); grey for an unknown class.

    >>> class_colour("County"), class_colour("https://w3id.org/govkg/ontology#Initiative")
    ('#2f7fe0', '#fbc02d')
    >>> class_colour(None)
    '#9e9e9e'
    """
    if not cls:
        return FALLBACK_COLOUR
    local = cls.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return _COLOURS.get(local, FALLBACK_COLOUR)
