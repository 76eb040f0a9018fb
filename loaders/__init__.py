"""Documents in, triples out: readers, the extraction stages and the emitter.

`loaders` never touches a store itself beyond `replace_graph` on the sink it is given.
"""

from __future__ import annotations

from pathlib import Path

from .document import Document, Entity, Mention, Metric, Passage, Relation, Report
from .emit import DEFAULT_BASE, RULES, document_graph, document_id, emit, entity_iri
from .pipeline import STAGES, LoadFailure, LoadReport, discover, extract, load_ontology, load_paths

__all__ = [
    "DEFAULT_BASE",
    "RULES",
    "STAGES",
    "Document",
    "Entity",
    "LoadFailure",
    "LoadReport",
    "Mention",
    "Metric",
    "Passage",
    "Relation",
    "Report",
    "discover",
    "document_graph",
    "document_id",
    "emit",
    "entity_iri",
    "extract",
    "load_ontology",
    "load_paths",
    "sample_corpus",
]


def sample_corpus() -> Path:
    """The bundled sample: five 2023 experience reports from 濮阳市 (see loaders/corpus/SOURCE.md)."""
    return Path(__file__).parent / "corpus" / "puyang-2023-organization-work-exchange.txt"
