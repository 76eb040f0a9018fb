"""Corpus statistics for /api/stats and the home page: quads, graphs, documents and entities by class."""

from __future__ import annotations

from typing import Any

from .catalog import Catalog, local_name
from .queries import STATS_CLASSES
from .store import Store, select, text

__all__ = ["corpus_stats"]


def corpus_stats(store: Store, catalog: Catalog | None = None) -> dict[str, Any]:
    """Counts of quads, named graphs, documents and instances of each gk: class (and skos:Concept)."""
    catalog = catalog or Catalog.build(store)
    classes = []
    for row in select(store, STATS_CLASSES):
        iri = text(row["cls"])
        info = catalog.classes.get(iri)
        classes.append(
            {
                "class": iri,
                "name": local_name(iri),
                "label": info.zh if info and info.zh else local_name(iri),
                "label_en": info.en if info else None,
                "count": int(text(row["n"])),
            }
        )
    counts = {c["name"]: c["count"] for c in classes}
    return {
        "quads": store.count(),
        "graphs": len(store.graphs()),
        "documents": counts.get("Document", 0),
        "passages": counts.get("Passage", 0),
        "metrics": counts.get("Metric", 0),
        "classes": classes,
    }
