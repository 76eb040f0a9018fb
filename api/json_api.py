"""The JSON API under /api (search, entities, paths, neighbours, documents, stats) and /health.

Handlers are thin: parse parameters, call one graph/ function, add this server's URLs, return a dict.
Those that touch the store are plain `def`, so they run in the threadpool, off the event loop.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path, PurePath
from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from errors import EntityNotFound, InputError, PayloadTooLarge, UnsupportedMediaType
from graph import select
from graph.documents import document_graph_named
from graph.entity import describe_entity
from graph.project import MAX_HOPS, MAX_K
from graph.queries import DOCUMENTS
from loaders.reading.limits import Limits

from .negotiate import json_response
from .service import Service, service
from .sparql import read_body
from .urls import Urls

__all__ = ["entity_json", "router"]

router = APIRouter()


def _linked(urls: Urls, node: dict[str, Any]) -> dict[str, Any]:
    """A node dict with its page and API URLs."""
    iri = node.get("iri")
    return {**node, "url": urls.entity(iri), "api": urls.api_entity(iri)} if iri else node


def entity_json(svc: Service, iri: str) -> dict[str, Any]:
    """The entity dict of graph/entity.py plus this server's links (for /api/entities and /id/...)."""
    data = describe_entity(svc.store, svc.catalog.get(), iri)
    urls = svc.urls
    data["links"] = {
        "page": urls.entity(iri),
        "json": urls.api_entity(iri),
        "turtle": urls.resource(iri, "ttl") if urls.local(iri) else None,
        "jsonld": urls.resource(iri, "jsonld") if urls.local(iri) else None,
        "neighbors": urls.neighbors(iri),
    }
    data["classes"] = [_linked(urls, c) for c in data["classes"]]
    for fact in data["facts_out"]:
        fact["value"] = _linked(urls, fact["value"])
    for fact in data["facts_in"]:
        fact["subject"] = _linked(urls, fact["subject"])
    for m in data["metrics"]:
        if m["about"]:
            m["about"] = _linked(urls, m["about"])
    return data


@router.get("/api/search", tags=["API"])
def search(
    request: Request,
    q: Annotated[str, Query(description="Words in Chinese or English: 网格, 党建, 枫桥经验, Nanle")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    cls: Annotated[str | None, Query(alias="class", description="Keep this class and its subclasses")] = None,
) -> Response:
    """Entities whose labels (zh/en, alternative names too) match: exact, then prefix, then substring."""
    svc = service(request)
    hits = [_linked(svc.urls, h) for h in svc.search.get().search(q, limit=limit, cls=cls)]
    return json_response({"query": q, "count": len(hits), "hits": hits})


@router.get("/api/entities/{entity_id:path}", tags=["API"])
def entity(request: Request, entity_id: str) -> Response:
    """Labels, classes, every fact in and out with the other side's label, metrics and source passages."""
    svc = service(request)
    return json_response(entity_json(svc, svc.urls.iri(entity_id)))


@router.get("/api/paths", tags=["API"])
def paths(
    request: Request,
    source: Annotated[str, Query(alias="from", description="Entity id, IRI or name")],
    target: Annotated[str, Query(alias="to", description="Entity id, IRI or name")],
    max_hops: Annotated[int, Query(ge=1, le=MAX_HOPS)] = 6,
    k: Annotated[int, Query(ge=1, le=MAX_K)] = 1,
) -> Response:
    """The k shortest paths between two entities; each step names its relation and direction (out/in)."""
    svc = service(request)
    a, b = svc.resolve(source), svc.resolve(target)  # names as on /path: from=华龙区&to=南乐县
    projection = svc.projection.get()
    found = projection.paths(a, b, max_hops=max_hops, k=k)
    for path in found:
        path["nodes"] = [_linked(svc.urls, n) for n in path["nodes"]]
    return json_response(
        {
            "from": _linked(svc.urls, projection.node(a)),
            "to": _linked(svc.urls, projection.node(b)),
            "k": k,
            "max_hops": max_hops,
            "count": len(found),
            "paths": found,
        }
    )


@router.get("/api/neighbors/{entity_id:path}", tags=["API"])
def neighbors(
    request: Request,
    entity_id: str,
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> Response:
    """The entities within `depth` steps and the edges among them (at most `limit` nodes, flagged)."""
    svc = service(request)
    data = svc.projection.get().neighbors(svc.urls.iri(entity_id), depth=depth, limit=limit)
    data["center"] = _linked(svc.urls, data["center"])
    data["nodes"] = [_linked(svc.urls, n) for n in data["nodes"]]
    return json_response(data)


def _term(row: dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple], name: str) -> str | None:
    term = row.get(name)
    return getattr(term, "value", None) if term is not None else None


@router.get("/api/documents", tags=["API"])
def documents(request: Request) -> Response:
    """The loaded documents with their graph, title, source, date and number of passages."""
    svc = service(request)
    docs = [
        {
            "iri": _term(r, "doc"),
            "graph": _term(r, "g"),
            "id": _term(r, "id"),
            "title": _term(r, "title"),
            "source": _term(r, "source"),
            "date": _term(r, "date"),
            "length": int(_term(r, "length") or 0),
            "passages": int(_term(r, "passages") or 0),
            "url": svc.urls.document(_term(r, "doc") or ""),
        }
        for r in select(svc.store, DOCUMENTS)
    ]
    return json_response({"count": len(docs), "documents": docs})


def _load(svc: Service, paths: list[Path]) -> Response:
    """Load in an extraction process under the memory ceiling, so a bomb cannot take the server.

    All loaded: 200. Any document refused: 413 when it was too large (a limit or the ceiling),
    else 422, with the first failure as the one-line `error`; the other documents still load.
    """
    report, failures = svc.load(paths, memory_limit=Limits.from_env().extract_memory)
    data: dict[str, Any] = {
        "ok": not failures,
        "loaded": [{"file": p.name, "graph": g, "triples": n} for p, g, n in report.documents],
        "unchanged": [{"file": p.name, "graph": g} for p, g in report.skipped],
        "failed": [{"file": f.path.name, "stage": f.stage, "error": str(f.error)} for f in failures],
        "triples": report.triples,
        "seconds": round(report.seconds, 3),
    }
    if not failures:
        return json_response(data)
    too_large = any(getattr(f.error, "status", None) == PayloadTooLarge.status for f in failures)
    status = PayloadTooLarge.status if too_large else 422
    return json_response({**data, "error": str(failures[0]), "status": status}, status=status)


@router.post("/api/documents", tags=["API"])
async def add_documents(request: Request) -> Response:
    """Load documents while serving (admin token): multipart files, or JSON `{"paths": [...]}` on the server.

    Each document replaces its earlier graph; search, paths and SPARQL see it at once.
    """
    svc = service(request)
    svc.authorize(request, "loading documents")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await read_body(request, svc.settings.max_upload_bytes)
    if media == "application/json":
        try:
            paths = [Path(p) for p in json.loads(body)["paths"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f'expected {{"paths": ["file or folder", ...]}}: {exc}') from None
        return await run_in_threadpool(_load, svc, paths)
    if media != "multipart/form-data":
        raise UnsupportedMediaType('POST documents as multipart/form-data files or JSON {"paths": [...]}')

    async def replay() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    form = await Request(request.scope, replay).form()
    with tempfile.TemporaryDirectory(prefix="govkg-upload-") as folder:
        saved = []
        for i, (_, item) in enumerate(form.multi_items()):
            if isinstance(item, str):
                continue
            name = PurePath(item.filename or f"upload-{i}.txt").name or f"upload-{i}.txt"
            target = Path(folder) / str(i) / name  # a folder each: the file keeps its own name
            target.parent.mkdir()
            target.write_bytes(await item.read())
            saved.append(target)
        if not saved:
            raise InputError("no file in the upload")
        return await run_in_threadpool(_load, svc, saved)


@router.delete("/api/documents/{name:path}", tags=["API"])
def remove_document(request: Request, name: str) -> Response:
    """Drop one document's graph (admin token), named as `govkg remove` names it: file name, d-... id or IRI."""
    svc = service(request)
    svc.authorize(request, "removing documents")
    graph = document_graph_named(svc.store, name)
    if not svc.remove(graph):
        raise EntityNotFound(f"no document graph <{graph}>")
    return json_response({"ok": True, "removed": graph})


@router.get("/api/stats", tags=["API"])
def stats(request: Request) -> Response:
    """Quads, graphs, documents, passages, metrics and entities by class; the projection's size."""
    svc = service(request)
    data = dict(svc.stats.get())
    nodes, edges = svc.projection.get().size
    data["projection"] = {"nodes": nodes, "edges": edges}
    return json_response(data)


@router.get("/health", tags=["API"])
async def health(request: Request) -> Response:
    """Liveness (never queued behind queries), and whether a remote store answers: 503 when it does not."""
    svc = service(request)
    # Only a remote store is asked (off the event loop): the embedded one needs no thread, however busy.
    problem = await run_in_threadpool(svc.store_problem) if svc.kind == "remote" else None
    return json_response(
        {
            "ok": problem is None,
            "status": problem or "ok",
            "store": svc.kind,
            "query_workers": svc.settings.query_workers if svc.pool else 0,
        },
        200 if problem is None else 503,
    )
