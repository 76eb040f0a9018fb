"""Linked Data: every IRI under the base dereferences here (HTML, JSON, Turtle, JSON-LD, N-Triples, RDF/XML).

`/id/org/x` is the IRI `{base}org/x`; a suffix (`.ttl`, `.jsonld`, `.json`, `.nt`, `.rdf`, `.html`) picks
the format, otherwise Accept does. `/entity/...` is the entity page (HTML, or JSON with `.json`).
The HTML comes from `api.pages.entity_page` when the browser pages are installed.
"""

from __future__ import annotations

import importlib
from typing import Any

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from errors import EntityNotFound, NotAcceptable
from graph.queries import ENTITY_TRIPLES
from graph.results import graph_answer

from .json_api import entity_json
from .negotiate import GRAPH_MEDIA, SUFFIXES, choose, json_response
from .plain import entity_html
from .service import Service, service

__all__ = ["router"]

router = APIRouter(tags=["Linked Data"])

_OFFERS = [
    "text/html",
    "text/turtle",
    "application/ld+json",
    "application/json",
    "application/n-triples",
    "application/rdf+xml",
]


def _split_suffix(svc: Service, tail: str) -> tuple[str, str | None]:
    """(IRI, media from a suffix or None): a suffix counts only when the IRI without it is known."""
    for suffix, media in SUFFIXES.items():
        if tail.endswith(suffix):
            bare = svc.urls.iri(tail[: -len(suffix)])
            full = svc.urls.iri(tail)
            if _known(svc, bare) or not _known(svc, full):
                return bare, media
    return svc.urls.iri(tail), None


def _known(svc: Service, iri: str) -> bool:
    result = svc.store.query("ASK { { ?iri ?p ?o } UNION { ?s ?p ?iri } }", bindings={"iri": ox.NamedNode(iri)})
    return bool(result)


def _html(request: Request, svc: Service, iri: str) -> Response:
    try:
        pages: Any = importlib.import_module("api.pages")
    except ModuleNotFoundError as exc:
        if exc.name != "api.pages":
            raise
        pages = None
    if pages is not None and hasattr(pages, "entity_page"):
        return pages.entity_page(request, iri)  # type: ignore[no-any-return]
    data = entity_json(svc, iri)
    return HTMLResponse(
        entity_html(data, svc.urls),
        headers={"Link": f'<{svc.urls.api_entity(iri)}>; rel="alternate"; type="application/json"'},
    )


def _represent(request: Request, svc: Service, iri: str, media: str | None, offers: list[str]) -> Response:
    media = media or choose(request.headers.get("accept"), offers)
    if media is None or media not in offers:
        raise NotAcceptable(f"<{iri}> is served as {', '.join(offers)}")
    if not _known(svc, iri):
        raise EntityNotFound(f"nothing is known about <{iri}>")
    if media == "text/html":
        return _html(request, svc, iri)
    if media == "application/json":
        return json_response(entity_json(svc, iri))
    triples = svc.store.query(ENTITY_TRIPLES, bindings={"iri": ox.NamedNode(iri)})
    assert isinstance(triples, ox.QueryTriples)
    answer = graph_answer(triples, GRAPH_MEDIA[media], svc.settings.max_rows)
    return Response(
        answer.body,
        media_type=media + ("; charset=utf-8" if media.startswith("text/") else ""),
        headers={"Vary": "Accept"},
    )


@router.get("/id/{tail:path}", summary="Dereference an entity IRI under the base")
def resource(request: Request, tail: str) -> Response:
    """HTML for browsers, Turtle / JSON-LD / N-Triples / RDF/XML / entity JSON by suffix or Accept."""
    svc = service(request)
    iri, media = _split_suffix(svc, tail)
    return _represent(request, svc, iri, media, _OFFERS)


@router.get("/entity/{entity_id:path}", summary="Entity page (HTML, or JSON with .json)")
def entity_page(request: Request, entity_id: str) -> Response:
    """The entity page, its JSON twin with `.json`."""
    svc = service(request)
    if entity_id.endswith(".json"):
        return _represent(request, svc, svc.urls.iri(entity_id[:-5]), "application/json", _OFFERS)
    media = choose(request.headers.get("accept"), ["text/html", "application/json"])
    return _represent(request, svc, svc.urls.iri(entity_id), media, ["text/html", "application/json"])
