"""The browser pages, each with its JSON twin (`.json` suffix or an Accept preferring JSON).

Handlers are thin: they read parameters, ask one data function for a dict (and, where there is a
picture, a GraphView), and hand both to `templating.page_response`. `entity_page` is also what the
service calls for an entity IRI dereferenced by a browser (`/id/...`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response

from errors import EntityNotFound, InputError
from visualize import GraphView
from visualize.source import overview_view, path_view

from .. import assets
from ..questions.forms import FORMS
from ..service import Service, service
from .document_view import document_data, is_document
from .entity_view import MAX_LIMIT, entity_data, passage_url
from .facets import listing
from .query_page import query_data
from .templating import page_response, with_query

__all__ = ["entity_page", "install", "router"]

router = APIRouter(include_in_schema=False)

_OVERVIEW_LIMIT = 150


def _int(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"{name} must be a whole number, not {raw!r}") from None
    return max(low, min(value, high))


def _url_for(svc: Service) -> Callable[[str], str]:
    """Page URL of any IRI: documents get the document view, everything else the entity page."""
    catalog = svc.catalog.get()

    def url_for(iri: str) -> str:
        info = catalog.nodes.get(iri)
        if info is not None and info.cls and info.cls.endswith("#Document"):
            return svc.urls.document(iri)
        return svc.urls.entity(iri)

    return url_for


def _strip_json(path_id: str) -> str:
    return path_id[: -len(".json")] if path_id.endswith(".json") else path_id


def _section_page(
    request: Request,
    section: str,
    template: str,
    data: dict[str, Any],
    params: dict[str, Any],
    *,
    title: str,
    status: int = 200,
    view: GraphView | None = None,
) -> Response:
    """A page served at its nav `section` (and `section.json`), `params` the query string of both."""
    return page_response(
        request,
        template,
        data,
        html_url=with_query(section, **params),
        json_url=with_query(f"{section}.json", **params),
        title=title,
        section=section,
        status=status,
        extra={"view": view},
    )


# ---------------------------------------------------------------- home


def _overview(svc: Service, limit: int) -> GraphView:
    """The overview graph at `limit` nodes, drawn once per store state (it walks every edge)."""
    views = svc.overviews.get()
    view = views.get(limit)
    if view is None:
        projection = svc.projection.get()
        view = views[limit] = overview_view(projection.graph, projection.catalog, cap=limit, url_for=_url_for(svc))
    return view


@router.get("/")
@router.get("/index.json")
def home(request: Request) -> Response:
    """Search, questions, corpus statistics and the overview graph of organizations and activities."""
    svc = service(request)
    limit = _int(request, "limit", _OVERVIEW_LIMIT, 20, MAX_LIMIT)
    view = _overview(svc, limit)
    summary = svc.summary.get()
    counts = summary.counts
    metric_query = (
        "PREFIX gk: <https://w3id.org/govkg/ontology#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?m ?label WHERE { ?m a gk:Metric ; rdfs:label ?label } LIMIT 200"
    )
    rows = (
        ("Document", "documents 文档", "/documents"),
        ("Organization", "organizations 组织", with_query("/entities", cls="Organization")),
        (
            "CountyLevelDivision",
            "county-level units 县级",
            with_query("/entities", cls="CountyLevelDivision"),
        ),
        ("Initiative", "initiatives 专项行动", with_query("/entities", cls="Initiative")),
        ("Mechanism", "mechanisms 工作机制", with_query("/entities", cls="Mechanism")),
        ("Metric", "metrics 数据指标", with_query("/query", query=metric_query)),
    )
    stats = [{"key": key, "label": label, "count": counts.get(key, 0), "url": url} for key, label, url in rows]
    stats.append(
        {"key": "quads", "label": "quads: documents + ontology 四元组", "count": summary.quads, "url": "/query"}
    )
    next_limit = min(limit * 2, MAX_LIMIT)
    own = {"limit": limit if limit != _OVERVIEW_LIMIT else None}
    links = {"expand": with_query("/", limit=next_limit), "json": with_query("/index.json", **own)}
    data = {
        "stats": stats,
        "example_questions": [str(e) for form in FORMS for e in form["examples"]][:8],  # type: ignore[attr-defined]
        "overview": {**view.to_dict(), "limit": limit, "next_limit": next_limit},
        "links": links,
    }
    return page_response(
        request,
        "home.html",
        data,
        html_url=with_query("/", **own),
        json_url=links["json"],
        title="首页 Home",
        section="/",
        extra={"view": view},
    )


# ---------------------------------------------------------------- entities and documents


def entity_page(request: Request, iri: str) -> Response:
    """The page of any IRI in the graph: a document view for a gk:Document, else the entity page.

    Raises EntityNotFound when nothing is known about `iri`.
    """
    svc = service(request)
    url_for = _url_for(svc)
    if is_document(svc.store, iri):
        data = document_data(svc.store, svc.catalog.get(), iri, url_for=url_for)
        return page_response(
            request,
            "document.html",
            data,
            html_url=svc.urls.document(iri),
            json_url=svc.urls.document(iri, "json"),
            title=data["title"],
            section="/documents",
        )
    hops = _int(request, "hops", 1, 1, 2)
    limit = _int(request, "limit", 200, 20, MAX_LIMIT)

    def page_url(hops: int = hops, limit: int = limit, format: str | None = None) -> str:
        if format == "ttl":
            return svc.urls.resource(iri, "ttl") if svc.urls.local(iri) else ""
        params = {"hops": hops if hops != 1 else None, "limit": limit if limit != 200 else None}
        return with_query(svc.urls.entity(iri, format), **params)

    data, view = entity_data(
        svc.store,
        svc.projection.get(),
        svc.summary.get(),
        iri,
        hops=hops,
        limit=limit,
        url_for=url_for,
        page_url=page_url,
    )
    return page_response(
        request,
        "entity.html",
        data,
        html_url=page_url(),
        json_url=page_url(format="json"),
        title=data["label"],
        section="/entities",
        extra={"view": view},
    )


@router.get("/entity/{entity_id:path}")
def entity_route(request: Request, entity_id: str) -> Response:
    """An entity's page (`/entity/org/...`), `.json` for its twin."""
    return entity_page(request, service(request).urls.iri(_strip_json(entity_id)))


@router.get("/document/{doc_id:path}")
def document_route(request: Request, doc_id: str) -> Response:
    """A document's text with its mentions highlighted, `.json` for its twin."""
    svc = service(request)
    iri = svc.urls.iri(_strip_json(doc_id))
    if not is_document(svc.store, iri):
        raise EntityNotFound(f"no loaded document has the IRI <{iri}>")
    return entity_page(request, iri)


def _filters(request: Request) -> dict[str, str | None]:
    return {name: request.query_params.get(name) or None for name in ("q", "cls", "province", "county", "category")}


def _list_page(request: Request, section: str, data: dict[str, Any], *, title: str) -> Response:
    """A faceted list page; its filters that are set make the query string of both forms."""
    params = {k: v for k, v in data["filters"].items() if v}
    return _section_page(request, section, "list.html", data, params, title=title)


@router.get("/entities")
@router.get("/entities.json")
def entities(request: Request) -> Response:
    """Entities with facets by province, county, class and category."""
    svc = service(request)
    data = listing("/entities", svc.summary.get(), svc.catalog.get(), _filters(request), url_for=_url_for(svc))
    return _list_page(request, "/entities", data, title="实体 Entities")


@router.get("/documents")
@router.get("/documents.json")
def documents(request: Request) -> Response:
    """Loaded documents with facets by the places, classes and categories they mention."""
    svc = service(request)
    data = listing("/documents", svc.summary.get(), svc.catalog.get(), _filters(request), url_for=_url_for(svc))
    return _list_page(request, "/documents", data, title="文档 Documents")


# ---------------------------------------------------------------- paths, questions, SPARQL


def _add_quotes(svc: Service, paths: list[dict[str, Any]], url_for: Callable[[str], str]) -> None:
    """Give each step of each path the passages its relations were read from (one query for all)."""
    from ..questions.queries import step_quotes

    def statements(step: dict[str, Any]) -> list[tuple[str, str, str]]:
        return [
            (step["from"], rel["property"], step["to"])
            if rel["direction"] == "out"
            else (step["to"], rel["property"], step["from"])
            for rel in step["relations"]
        ]

    everything = [t for p in paths for step in p["steps"] for t in statements(step)]
    found, _query = step_quotes(svc.store, list(dict.fromkeys(everything)))
    for p in paths:
        for step in p["steps"]:
            step["quotes"] = [
                {**q, "url": passage_url(url_for, q["document"], q["passage"])}
                for t in statements(step)
                for q in found.get(t, [])
                if q.get("document") and q.get("passage")
            ]


@router.get("/path")
@router.get("/path.json")
def path(request: Request) -> Response:
    """Shortest paths between two entities, drawn with every edge labelled by its relation."""
    svc = service(request)
    projection = svc.projection.get()
    url_for = _url_for(svc)
    raw_from, raw_to = request.query_params.get("from") or "", request.query_params.get("to") or ""
    k = _int(request, "k", 3, 1, 10)
    max_hops = _int(request, "max_hops", 6, 1, 8)
    data: dict[str, Any] = {
        "source": None,
        "target": None,
        "k": k,
        "max_hops": max_hops,
        "paths": [],
        "message": None,
    }
    view: GraphView | None = None

    def node(iri: str) -> dict[str, Any]:
        return {**projection.node(iri), "url": url_for(iri)}

    if raw_from and raw_to:
        source, target = svc.resolve(raw_from), svc.resolve(raw_to)
        data["source"], data["target"] = node(source), node(target)
        paths = projection.paths(source, target, max_hops=max_hops, k=k)
        for p in paths:
            for step in p["steps"]:
                step["from_node"], step["to_node"] = node(step["from"]), node(step["to"])
        _add_quotes(svc, paths, url_for)
        data["paths"] = paths
        if paths:
            view = path_view(projection.graph, projection.catalog, paths, [source, target], url_for=url_for)
            data["graph"] = view.to_dict()
        else:
            data["message"] = f"No path of at most {max_hops} steps. 在 {max_hops} 跳内没有路径。"
    elif raw_from or raw_to:
        data["message"] = "Pick both ends. 请选择起点和终点。"
    params = {
        "from": raw_from or None,
        "to": raw_to or None,
        "k": k if k != 3 else None,
        "max_hops": max_hops if max_hops != 6 else None,
    }
    return _section_page(request, "/path", "path.html", data, params, title="路径 Paths", view=view)


@router.get("/ask")
@router.get("/ask.json")
def ask(request: Request) -> Response:
    """A question in English or Chinese: the answers with their quotes, and the SPARQL that found them."""
    from ..questions.routes import ask_reply

    svc = service(request)
    url_for = _url_for(svc)
    question = (request.query_params.get("q") or "").strip()
    examples = [str(e) for form in FORMS for e in form["examples"]]  # type: ignore[attr-defined]
    view: GraphView | None = None
    data: dict[str, Any] = {"question": "", "kind": None, "answers": [], "sparql": "", "examples": examples}
    if question:
        data = {**ask_reply(svc, question), "examples": examples}
        for item in data.get("answers", []):
            item["url"] = url_for(item["iri"]) if item.get("iri") else None
            quotes = [
                *item.get("quotes", []),
                *(m["quote"] for m in item.get("metrics", []) if m.get("quote")),
            ]
            for q in quotes:
                if q.get("document") and q.get("passage"):
                    q["url"] = passage_url(url_for, q["document"], q["passage"])
        if data.get("paths"):
            projection = svc.projection.get()
            ends = [data["paths"][0]["nodes"][0]["iri"], data["paths"][0]["nodes"][-1]["iri"]]
            view = path_view(projection.graph, projection.catalog, data["paths"], ends, url_for=url_for)
        data["links"] = {"query": with_query("/query", query=data.get("sparql") or None)}
    own = {"q": question or None}
    return _section_page(request, "/ask", "ask.html", data, own, title="问答 Ask", view=view)


@router.get("/query")
@router.get("/query.json")
def query(request: Request) -> Response:
    """The SPARQL editor (YASGUI) with examples; `?query=` also runs the query here and shows a table."""
    svc = service(request)
    sparql = request.query_params.get("query") or ""
    status = 200
    try:
        data, view = query_data(svc, sparql, url_for=_url_for(svc))
    except InputError as exc:  # the page still shows the editor, with the parser's message
        data, view = query_data(svc, "", url_for=_url_for(svc))
        data["query"] = sparql
        data["result"] = {"form": None, "error": str(exc), "rows": [], "vars": []}
        status = exc.status
    own = {"query": sparql or None}
    return _section_page(request, "/query", "query.html", data, own, title="SPARQL 查询", status=status, view=view)


# ---------------------------------------------------------------- installing


def install(app: FastAPI) -> None:
    """Add the pages, the files they load, and the offline /docs page to the service's app."""
    app.include_router(router)
    app.include_router(assets.router)
    assets.offline_docs(app)
