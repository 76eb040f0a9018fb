"""The document page's data: the text rebuilt from its passages, with every mention placed in it.

The store keeps a document as passages (gk:text, gk:start, gk:end) and mentions (gk:Mention with
gk:mentionOf, gk:start, gk:end, dcterms:isPartOf the document); offsets are into the original text,
so the text is rebuilt by laying passages at their offsets, and mentions are cut out of the passage
that holds them. The result is segments of plain text and links: the template escapes every one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox

from errors import EntityNotFound
from graph import Store, select, text
from graph.catalog import Catalog, local_name
from graph.queries import PREFIX

__all__ = ["document_data", "is_document"]

_META = (
    PREFIX
    + """SELECT ?g ?id ?title ?source ?date ?format ?length WHERE {
  GRAPH ?g { ?doc a gk:Document }
  OPTIONAL { ?doc dcterms:identifier ?id } OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:source ?source } OPTIONAL { ?doc dcterms:date ?date }
  OPTIONAL { ?doc dcterms:format ?format } OPTIONAL { ?doc gk:length ?length }
} LIMIT 1"""
)

_PASSAGES = (
    PREFIX
    + """SELECT ?p ?text ?start ?end WHERE {
  ?p a gk:Passage ; dcterms:isPartOf ?doc ; gk:text ?text ; gk:start ?start ; gk:end ?end .
} ORDER BY ?start"""
)

_MENTIONS = (
    PREFIX
    + """SELECT ?m ?ent ?start ?end WHERE {
  ?m a gk:Mention ; dcterms:isPartOf ?doc ; gk:mentionOf ?ent ; gk:start ?start ; gk:end ?end .
} ORDER BY ?start DESC(?end)"""
)

_METRICS = (
    PREFIX
    + """SELECT ?m ?start ?end ?value ?unit ?measure ?period ?org ?orgName WHERE {
  ?m a gk:Metric ; gk:start ?start ; gk:end ?end ; gk:value ?value ; prov:wasDerivedFrom ?p .
  ?p dcterms:isPartOf ?doc .
  OPTIONAL { ?m gk:unit ?unit } OPTIONAL { ?m gk:measure ?measure } OPTIONAL { ?m gk:period ?period }
  OPTIONAL { ?org gk:reports ?m OPTIONAL { ?org rdfs:label ?orgName FILTER(lang(?orgName) = "zh") } }
} ORDER BY ?start"""
)

_IS_DOCUMENT = PREFIX + "ASK { ?doc a gk:Document }"


def is_document(store: Store, iri: str) -> bool:
    """True when `iri` names a loaded gk:Document."""
    return bool(store.query(_IS_DOCUMENT, bindings={"doc": ox.NamedNode(iri)}))


def _value(row: dict[str, Any], key: str) -> str | None:
    term = row.get(key)
    return text(term) if term is not None else None


def _inside(spans: list[dict[str, Any]], start: int, end: int) -> list[dict[str, Any]]:
    return [s for s in spans if start <= s["start"] and s["end"] <= end]


def _segments(text: str, start: int, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Split one passage's text into plain pieces and spans (mentions first; overlapping ones skipped)."""
    kept: list[dict[str, Any]] = []
    for span in sorted(spans, key=lambda s: ("metric" in s, s["start"], -s["end"])):
        if span["start"] < span["end"] and all(span["end"] <= k["start"] or k["end"] <= span["start"] for k in kept):
            kept.append(span)
    out: list[dict[str, Any]] = []
    cursor = 0
    for span in sorted(kept, key=lambda s: s["start"]):
        a, b = span["start"] - start, span["end"] - start
        if a > cursor:
            out.append({"text": text[cursor:a]})
        out.append({**{k: v for k, v in span.items() if k not in ("start", "end")}, "text": text[a:b]})
        cursor = b
    if cursor < len(text):
        out.append({"text": text[cursor:]})
    return out


def _metric_note(row: dict[str, Any]) -> dict[str, Any]:
    value = _value(row, "value") or ""
    number = value.rstrip("0").rstrip(".") if "." in value else value
    return {
        "value": value,
        "unit": _value(row, "unit"),
        "measure": _value(row, "measure"),
        "period": _value(row, "period"),
        "reporter": _value(row, "org"),
        "reporter_label": _value(row, "orgName"),
        "label": " ".join(
            x for x in (_value(row, "period"), _value(row, "measure"), number + (_value(row, "unit") or "")) if x
        ),
    }


def document_data(store: Store, catalog: Catalog, iri: str, *, url_for: Callable[[str], str]) -> dict[str, Any]:
    """Metadata, passages (each a list of segments) and the entities mentioned, for one document.

    Mentions become links to their entities, reported figures become marked spans naming their
    reporter. Raises EntityNotFound when `iri` is not a loaded document.
    """
    doc = ox.NamedNode(iri)
    meta_rows = select(store, _META, doc=doc)
    if not meta_rows:
        raise EntityNotFound(f"no loaded document has the IRI <{iri}>")
    meta = meta_rows[0]
    mentions: list[dict[str, Any]] = []
    for row in select(store, _MENTIONS, doc=doc):
        ent = text(row["ent"])
        node = catalog.node(ent)
        mentions.append(
            {
                "start": int(text(row["start"])),
                "end": int(text(row["end"])),
                "entity": ent,
                "url": url_for(ent),
                "class": local_name(node["class"]) if node["class"] else "",
                "label": node["label"],
            }
        )
    metrics = []
    for row in select(store, _METRICS, doc=doc):
        note = _metric_note(row)
        if note["reporter"]:
            note["reporter_url"] = url_for(note["reporter"])
        metrics.append({"start": int(text(row["start"])), "end": int(text(row["end"])), "metric": note})
    passages = []
    cursor = 0
    for row in select(store, _PASSAGES, doc=doc):
        start, end = int(text(row["start"])), int(text(row["end"]))
        spans = _inside(mentions, start, end) + _inside(metrics, start, end)
        passages.append(
            {
                "iri": text(row["p"]),
                "anchor": text(row["p"]).rsplit("/", 1)[-1],
                "start": start,
                "end": end,
                "gap": "\n" if start > cursor and cursor > 0 else "",
                "segments": _segments(text(row["text"]), start, spans),
            }
        )
        cursor = max(cursor, end)
    counts: Counter[str] = Counter(str(m["entity"]) for m in mentions)
    entities: list[dict[str, Any]] = []
    for ent, n in counts.most_common():
        node = catalog.node(ent)
        entities.append(
            {
                **node,
                "class": local_name(node["class"]) if node["class"] else "",
                "mentions": n,
                "url": url_for(ent),
            }
        )
    classes: Counter[str] = Counter(str(e["class"]) for e in entities)
    return {
        "iri": iri,
        "graph": _value(meta, "g"),
        "identifier": _value(meta, "id"),
        "title": _value(meta, "title") or _value(meta, "id") or local_name(iri),
        "source": _value(meta, "source"),
        "date": _value(meta, "date"),
        "format": _value(meta, "format"),
        "length": int(text(meta["length"])) if "length" in meta else None,
        "passages": passages,
        "mention_count": len(mentions),
        "metric_count": len(metrics),
        "entities": entities,
        "classes": [{"class": c, "count": n, "label": _class_label(catalog, c)} for c, n in classes.most_common()],
    }


def _class_label(catalog: Catalog, local: str) -> str:
    for info in catalog.classes.values():
        if local_name(info.iri) == local:
            return " ".join(x for x in (info.zh, info.en) if x) or local
    return local
