"""The one content-negotiation point: Accept parsing, `?format=`, `.json`/`.ttl` suffixes, and rendering.

Media types live in explicit tables. A CSV request for a CONSTRUCT query gets 406, never Turtle
labelled as CSV; a client that accepts nothing we make gets 406.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from errors import NotAcceptable

__all__ = [
    "GRAPH_MEDIA",
    "RESULT_MEDIA",
    "SUFFIXES",
    "Choice",
    "choose",
    "json_response",
    "parse_accept",
    "render",
    "sparql_formats",
    "wants_html",
]

# Offers in the server's order of preference: media type -> format name.
RESULT_MEDIA: dict[str, str] = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
GRAPH_MEDIA: dict[str, str] = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/x-turtle": "turtle",
    "application/turtle": "turtle",
    "text/n3": "turtle",  # Turtle is N3; SPARQLWrapper, rdflib and Jena ask for N3 by these
    "text/rdf+n3": "turtle",
    "application/n3": "turtle",
    "application/x-json+ld": "jsonld",
    "text/plain": "ntriples",
    "application/json": "jsonld",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
}
# The canonical media type of each format name (what `?format=` answers with).
CANONICAL: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
# ?format= names: (format for SELECT/ASK, format for CONSTRUCT/DESCRIBE).
_FORMAT_PARAM: dict[str, tuple[str | None, str | None]] = {
    "json": ("json", "jsonld"),
    "srj": ("json", None),
    "xml": ("xml", "rdfxml"),
    "srx": ("xml", None),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "ntriples": (None, "ntriples"),
    "nt": (None, "ntriples"),
    "n-triples": (None, "ntriples"),
    "jsonld": (None, "jsonld"),
    "json-ld": (None, "jsonld"),
    "rdfxml": (None, "rdfxml"),
    "rdf+xml": (None, "rdfxml"),
    "rdf": (None, "rdfxml"),
    "n3": (None, "turtle"),
}
# Page and entity suffixes: /id/org/x.ttl, /api/...json
SUFFIXES: dict[str, str] = {
    ".json": "application/json",
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".nt": "application/n-triples",
    ".rdf": "application/rdf+xml",
    ".html": "text/html",
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges with their q, most preferred first (q, then specificity, then order).

    >>> parse_accept("text/*;q=0.5, text/turtle, */*;q=0.1")
    [('text/turtle', 1.0), ('text/*', 0.5), ('*/*', 0.1)]
    >>> parse_accept("")
    [('*/*', 1.0)]
    """
    ranges: list[tuple[float, int, int, str]] = []
    for i, part in enumerate((header or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        if media == "*":
            media = "*/*"
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        specificity = 0 if media == "*/*" else (1 if media.endswith("/*") else 2)
        ranges.append((q, specificity, -i, media))
    if not ranges:
        return [("*/*", 1.0)]
    ranges.sort(reverse=True)
    return [(media, q) for q, _, _, media in ranges]


def _quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """q of the most specific range matching `media` (0 when none does)."""
    best, best_spec = 0.0, -1
    main = media.split("/")[0]
    for rng, q in ranges:
        spec = 2 if rng == media else (1 if rng == f"{main}/*" else (0 if rng == "*/*" else -1))
        if spec > best_spec:
            best, best_spec = q, spec
    return best if best_spec >= 0 else 0.0


def choose(accept: str | None, offers: Sequence[str]) -> str | None:
    """The offer the client likes best (server order breaks ties); None when it accepts none.

    >>> choose("text/csv, */*;q=0.9", ["application/sparql-results+json", "text/csv"])
    'text/csv'
    >>> choose("image/png", ["text/turtle"]) is None
    True
    """
    ranges = parse_accept(accept)
    scored = [(_quality(offer, ranges), -i, offer) for i, offer in enumerate(offers)]
    q, _, offer = max(scored)
    return offer if q > 0 else None


@dataclass(frozen=True)
class Choice:
    """A negotiated format: its name in graph/results.py and the media type to answer with."""

    name: str
    media: str


@lru_cache(maxsize=256)
def sparql_formats(accept: str | None, format_param: str | None) -> tuple[Choice | None, Choice | None]:
    """The formats for a results answer and for a graph answer; `?format=` wins over Accept.

    Raises NotAcceptable when neither kind of answer can be served.

    >>> sparql_formats("text/csv", None)
    (Choice(name='csv', media='text/csv'), None)
    >>> sparql_formats(None, "ttl")
    (None, Choice(name='turtle', media='text/turtle'))
    >>> sparql_formats(None, "application/ld+json,application/x-json+ld")  # SPARQLWrapper's format=
    (None, Choice(name='jsonld', media='application/ld+json'))
    """
    if format_param and "/" in format_param:  # media types (SPARQLWrapper sends its Accept list): read as Accept
        return sparql_formats(format_param, None)
    if format_param:
        key = format_param.strip().lower()
        if key not in _FORMAT_PARAM:
            raise NotAcceptable(f"unknown format {format_param!r}; use one of {', '.join(_FORMAT_PARAM)}")
        r, g = _FORMAT_PARAM[key]
        res = Choice(r, CANONICAL[r]) if r else None
        graph = Choice(g, CANONICAL[g]) if g else None
    else:
        r_media = choose(accept, list(RESULT_MEDIA))
        g_media = choose(accept, list(GRAPH_MEDIA))
        res = Choice(RESULT_MEDIA[r_media], r_media) if r_media else None
        graph = Choice(GRAPH_MEDIA[g_media], g_media) if g_media else None
    if res is None and graph is None:
        raise NotAcceptable(
            f"cannot answer in {accept or format_param!r}; SPARQL results come as "
            + ", ".join(dict.fromkeys(CANONICAL.values()))
        )
    return res, graph


def wants_html(request: Request) -> bool:
    """Whether an answer (or an error) to this request should be an HTML page rather than JSON."""
    path = request.url.path
    if path.endswith(".json") or path.startswith(("/api/", "/sparql", "/rdf-graphs", "/health")):
        return False
    return choose(request.headers.get("accept"), ["application/json", "text/html"]) == "text/html"


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """JSON with Chinese kept readable (ensure_ascii=False)."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return Response(body, status_code=status, media_type="application/json", headers=headers)


def render(
    request: Request,
    data: dict[str, Any],
    *,
    html: Callable[[dict[str, Any]], str] | None = None,
    status: int = 200,
    alternate: str | None = None,
) -> Response:
    """A dict as JSON, or as HTML through `html` when the client prefers a page.

    `alternate` is the URL of the JSON twin, announced in a Link header.
    """
    if html is not None and wants_html(request):
        headers = {"Link": f'<{alternate}>; rel="alternate"; type="application/json"'} if alternate else None
        return HTMLResponse(html(data), status_code=status, headers=headers)
    return json_response(data, status)
