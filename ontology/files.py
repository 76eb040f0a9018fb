"""Where the ontology's Turtle files live (package data, installed beside this module)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["ONTOLOGY_FILES", "concepts_path", "ontology_path", "shapes_path"]

_HERE = Path(__file__).resolve().parent


def ontology_path() -> Path:
    """The OWL ontology: every class and property of the contract.

    >>> ontology_path().name
    'govkg.ttl'
    """
    return _HERE / "govkg.ttl"


def concepts_path() -> Path:
    """The SKOS concept scheme of practices (gkc:scheme).

    >>> concepts_path().name
    'concepts.ttl'
    """
    return _HERE / "concepts.ttl"


def shapes_path() -> Path:
    """The SHACL shapes that `validate` checks data against.

    >>> shapes_path().name
    'shapes.ttl'
    """
    return _HERE / "shapes.ttl"


ONTOLOGY_FILES: tuple[Path, ...] = (ontology_path(), concepts_path(), shapes_path())
"""The three Turtle files; the first two make up the store's ontology graph."""
