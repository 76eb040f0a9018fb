"""The SPARQL 1.1 Protocol at /sparql (and /sparql/), the read-only Graph Store Protocol at /rdf-graphs.

This module only reads the protocol: which query, which dataset, which format. `graph/` runs the query
(in a time-limited worker) and serializes; `api/negotiate.py` picks the format. Bodies are read once and
form bodies decoded once (a `%` in a query survives).
"""

from __future__ import annotations

import codecs
from typing import cast
from urllib.parse import unquote_to_bytes

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from errors import (
    EntityNotFound,
    Forbidden,
    InputError,
    NotAcceptable,
    PayloadTooLarge,
    UnsupportedMediaType,
)
from graph.lexer import has_keyword, uses_service
from graph.results import GRAPH_FORMATS, RESULT_FORMATS, Answer, Job

from ..negotiate import GRAPH_MEDIA, Choice, choose, sparql_formats
from ..service import Service, service
from ..settings import Settings

__all__ = ["answer_media", "form_pairs", "query_job", "read_body", "router", "sparql"]

router = APIRouter(tags=["SPARQL"])

_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"
_UPDATE = "application/sparql-update"
_SD = "http://www.w3.org/ns/sparql-service-description#"


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"request body of {declared} bytes is over the {limit}-byte limit")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"request body is over the {limit}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _unquote(raw: bytes) -> str:
    """`urllib.parse.unquote_plus` of form bytes, as UTF-8 with replacement, with the escapes decoded in C.

    Why: a SPARQL query is mostly escapes (`%3C`, `%7B`, ...), and urllib decodes them one by one in
    Python: 70-150 µs a request on this machine, as much as the query. Every `%XX` becomes `\\xXX`
    for `codecs.escape_decode` (backslashes doubled first); a stray `%` goes the urllib way.

    >>> _unquote(b"a%3Cb%3E+%E5%8E%BF")
    'a<b> 县'
    """
    raw = raw.replace(b"+", b" ")
    if b"%" not in raw:
        return raw.decode("utf-8", "replace")
    try:
        escaped = raw.replace(b"\\", b"\\\\").replace(b"%", b"\\x")
        decoded = cast(bytes, codecs.escape_decode(escaped)[0])  # typeshed says str; it is bytes
    except ValueError:  # a % not followed by two hex digits
        decoded = unquote_to_bytes(raw)
    return decoded.decode("utf-8", "replace")


def form_pairs(raw: bytes) -> list[tuple[str, str]]:
    """`urllib.parse.parse_qsl(raw, keep_blank_values=True)` for a query string or form body, faster.

    >>> form_pairs(b"query=ASK%7B%7D&default-graph-uri=&x")
    [('query', 'ASK{}'), ('default-graph-uri', ''), ('x', '')]
    """
    pairs = []
    for field in raw.split(b"&"):
        if field:
            name, _, value = field.partition(b"=")
            pairs.append((_unquote(name), _unquote(value)))
    return pairs


def _text(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("the request body is not UTF-8") from None


async def _protocol_params(request: Request, svc: Service) -> list[tuple[str, str]]:
    """All protocol parameters of the request: the query string, plus the body of a POST."""
    params = form_pairs(request.scope["query_string"])
    if request.method != "POST":
        return params
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in (_FORM, _QUERY, _UPDATE):
        raise UnsupportedMediaType(
            f"cannot take a body of type {media or '(none)'!r}; POST {_QUERY}, {_UPDATE} or {_FORM}"
        )
    raw = await read_body(request, svc.settings.max_body_bytes)
    body = _text(raw)
    if media == _FORM:
        return params + form_pairs(raw)
    return [*params, ("query" if media == _QUERY else "update", body)]


def _one(params: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in params if k == name]
    if len(values) > 1:
        raise InputError(f"give one {name!r} parameter, not {len(values)}")
    return values[0] if values else None


def answer_media(choice: Choice) -> str:
    """The Content-Type of an answer in `choice`."""
    return choice.media + ("; charset=utf-8" if choice.media.startswith("text/") else "")


def _response(answer: Answer, choice: Choice) -> Response:
    headers = {"Vary": "Accept"}
    if answer.truncated:
        headers["X-Result-Truncated"] = "true"
    return Response(answer.body, media_type=answer_media(choice), headers=headers)


def query_job(
    query: str, params: list[tuple[str, str]], accept: str | None, format_param: str | None, settings: Settings
) -> tuple[Job, Choice | None, Choice | None]:
    """The job for a query, and the formats for a results answer and for a graph answer.

    Raises Forbidden (SERVICE), InputError (DEFINE) and NotAcceptable (no format for either answer).
    The text is tokenized only when it holds the word or an escape that could spell it: tokenizing
    every query cost 0.1-0.2 ms, as much as the worker hop. A query whose answer has no acceptable
    format is refused (406) by run_job, in the worker, before Oxigraph evaluates anything.
    """
    lowered, escaped = query.lower(), "\\" in query
    if not settings.allow_service and ("service" in lowered or escaped) and uses_service(query):
        raise Forbidden("SERVICE (federated query) is disabled on this endpoint")
    if ("define" in lowered or escaped) and has_keyword(query, "DEFINE"):
        # Virtuoso's pragmas (DEFINE get:soft ...) make a remote store fetch URLs: not SPARQL 1.1.
        raise InputError("DEFINE pragmas are not SPARQL 1.1 and are refused")
    result_choice, graph_choice = sparql_formats(accept, format_param)
    job = Job(
        query,
        result_format=result_choice.name if result_choice else None,
        graph_format=graph_choice.name if graph_choice else None,
        default_graphs=[v for k, v in params if k == "default-graph-uri"] or None,
        named_graphs=[v for k, v in params if k == "named-graph-uri"] or None,
        max_rows=settings.max_rows,
    )
    return job, result_choice, graph_choice


@router.get("/sparql", summary="SPARQL 1.1 query by GET, or the Service Description")
@router.post("/sparql", summary="SPARQL 1.1 query or update by POST")
@router.get("/sparql/", include_in_schema=False)
@router.post("/sparql/", include_in_schema=False)
async def sparql(request: Request) -> Response:
    """Query by GET `?query=`, POST form or POST application/sparql-query; update with the admin token.

    The default graph is the union of every document's graph unless `default-graph-uri` names graphs.
    Without a query, GET answers the Service Description. The handler is `async` because it reads
    the body and then awaits the worker process's pipe; every blocking call goes to the threadpool.
    """
    svc = service(request)
    params = await _protocol_params(request, svc)
    query, update = _one(params, "query"), _one(params, "update")
    if query is not None and update is not None:
        raise InputError("give either 'query' or 'update', not both")
    if update is not None:
        if request.method != "POST":
            raise InputError("SPARQL Update must be POSTed")
        svc.authorize(request, "SPARQL Update")
        await run_in_threadpool(svc.update, update)
        return Response(status_code=204)
    if query is None:
        if request.method == "POST":
            raise InputError("no 'query' parameter")
        return await run_in_threadpool(_description, request, svc)
    job, result_choice, graph_choice = query_job(
        query, params, request.headers.get("accept"), request.query_params.get("format"), svc.settings
    )
    answer = await svc.run_async(job)
    choice = graph_choice if answer.kind == "graph" else result_choice
    assert choice is not None  # run_job raised NotAcceptable otherwise
    return _response(answer, choice)


def _description(request: Request, svc: Service) -> Response:
    """The SPARQL 1.1 Service Description of this endpoint, in Turtle (or another graph format asked for)."""
    N, T = ox.NamedNode, ox.Triple
    sd = N(str(request.url.replace(query="", fragment="")).rstrip("?"))
    dataset, default = ox.BlankNode(), ox.BlankNode()
    a = N("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    comment = N("http://www.w3.org/2000/01/rdf-schema#comment")
    triples = [
        T(sd, a, N(_SD + "Service")),
        T(sd, N(_SD + "endpoint"), sd),
        T(sd, N(_SD + "supportedLanguage"), N(_SD + "SPARQL11Query")),
        T(sd, N(_SD + "feature"), N(_SD + "UnionDefaultGraph")),
        T(sd, N(_SD + "feature"), N(_SD + "BasicFederatedQuery")) if svc.settings.allow_service else None,
        T(sd, N(_SD + "supportedLanguage"), N(_SD + "SPARQL11Update")) if svc.settings.admin_token else None,
        T(
            sd,
            comment,
            ox.Literal(
                "govkg SPARQL 1.1 endpoint (Oxigraph engine). The default graph is the de-duplicated "
                "union of all named graphs: "
                "every loaded document's graph and the ontology graph. default-graph-uri and named-graph-uri "
                f"narrow the dataset. Queries stop after {svc.settings.query_timeout:g} s or past "
                f"{svc.settings.query_memory_mb} MB of memory (503); answers hold at "
                f"most {svc.settings.max_rows} rows (header X-Result-Truncated when cut). SERVICE is "
                f"{'allowed' if svc.settings.allow_service else 'refused (403): the query engine has no network'}; "
                "updates need the admin token and write exactly where they say (the default graph "
                "is kept as the union by govkg's loads, not by raw updates).",
                language="en",
            ),
        ),
        T(sd, N(_SD + "defaultDataset"), dataset),
        T(dataset, a, N(_SD + "Dataset")),
        T(dataset, N(_SD + "defaultGraph"), default),
        T(default, a, N(_SD + "Graph")),
        T(
            default,
            comment,
            ox.Literal("the de-duplicated union of all named graphs (all documents and the ontology)", language="en"),
        ),
    ]
    iris = [f.iri for f in RESULT_FORMATS.values()] + [f.iri for f in GRAPH_FORMATS.values()]
    triples += [T(sd, N(_SD + "resultFormat"), N(iri)) for iri in iris]
    for graph in svc.store.graphs():
        named = ox.BlankNode()
        triples += [T(dataset, N(_SD + "namedGraph"), named), T(named, N(_SD + "name"), N(graph))]
    media = choose(request.headers.get("accept"), ["text/turtle", *GRAPH_MEDIA]) or "text/turtle"
    fmt = GRAPH_FORMATS[GRAPH_MEDIA[media]]
    body = ox.serialize(
        [t for t in triples if t is not None],
        format=fmt,
        prefixes={"sd": _SD} if fmt is ox.RdfFormat.TURTLE else None,
    )
    assert body is not None
    return Response(body, media_type=media + ("; charset=utf-8" if media.startswith("text/") else ""))


@router.get("/rdf-graphs", tags=["SPARQL"], summary="Graph Store Protocol (read-only)")
def graph_store(request: Request, graph: str | None = None) -> Response:
    """GET one named graph (`?graph=IRI`) or the default graph (`?default`, the union), negotiated."""
    svc = service(request)
    is_default = "default" in request.query_params
    if is_default == (graph is not None):
        raise InputError("give exactly one of ?graph=IRI or ?default")
    if graph is not None and graph not in svc.store.graphs():
        raise EntityNotFound(f"no graph <{graph}>")
    fmt_param = request.query_params.get("format")
    _, choice = (
        sparql_formats(request.headers.get("accept"), fmt_param)
        if fmt_param
        else (None, _graph_choice(request.headers.get("accept")))
    )
    if choice is None:
        raise NotAcceptable("a graph comes as Turtle, N-Triples, JSON-LD or RDF/XML")
    answer = svc.run(Job("", result_format=None, graph_format=choice.name, graph_only=graph or "default"))
    return _response(answer, choice)


def _graph_choice(accept: str | None) -> Choice | None:
    media = choose(accept, list(GRAPH_MEDIA))
    return Choice(GRAPH_MEDIA[media], media) if media else None
