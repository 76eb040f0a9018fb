"""GET and POST /sparql as a bare ASGI app, which `api.app` calls ahead of FastAPI's middleware and routing.

Why: on a query Oxigraph answers in 0.1 ms, every layer a request passes shows. A query request is
read straight from the ASGI scope (no Starlette Request, no QueryParams, no Response object) and
answered with two ASGI messages. Everything else the protocol allows (an update, the Service
Description, a body type it does not take) and every error go through `protocol.sparql` and the
app's error shape, as before; the FastAPI routes stay for the OpenAPI docs and for 405s. `front`
puts it inside the app's CORS policy, writing in itself the one header that policy gives a request
without an Origin (every client but a browser page on another site).
"""

from __future__ import annotations

import functools
import logging

from fastapi import Request
from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from errors import GovkgError, InputError, PayloadTooLarge

from ..errors import error_response, govkg_response
from ..negotiate import Choice
from ..service import Service
from .protocol import answer_media, form_pairs, query_job, sparql

__all__ = ["answers", "endpoint", "front"]

logger = logging.getLogger(__name__)

_PATHS = frozenset(("/sparql", "/sparql/"))
_METHODS = frozenset(("GET", "POST"))
_FORM = b"application/x-www-form-urlencoded"
_QUERY = b"application/sparql-query"
_WANTED = frozenset((b"accept", b"content-type", b"content-length"))


def answers(scope: Scope) -> bool:
    """Whether `endpoint` answers this request (GET and POST /sparql); FastAPI's routes take the rest."""
    return scope["type"] == "http" and scope["path"] in _PATHS and scope["method"] in _METHODS


class _Fallback(Exception):
    """Not a query this front answers itself: `protocol.sparql` answers it (with the body read so far)."""

    def __init__(self, body: bytes | None = None) -> None:
        super().__init__()
        self.body = body


async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
    """Answer one request to /sparql; our errors become the same JSON answers as through `errors.install`,
    anything else a 500 in that shape."""
    await _answer(scope, receive, send, b"Accept", None)


def front(cors: CORSMiddleware | None) -> ASGIApp:
    """`endpoint` inside the CORS policy `cors` (a CORSMiddleware around `endpoint`; None: no policy).

    A request with an Origin header goes through the middleware. One without gets what the
    middleware would give it (`Vary: Accept, Origin` on every answer) with no middleware on the
    query path: its Headers, partial and MutableHeaders cost about 30 µs a request here.
    """
    if cors is None:
        return endpoint

    async def within_policy(scope: Scope, receive: Receive, send: Send) -> None:
        for name, _ in scope["headers"]:
            if name == b"origin":
                await cors(scope, receive, send)
                return
        await _answer(scope, receive, send, b"Accept, Origin", cors)

    return within_policy


async def _answer(scope: Scope, receive: Receive, send: Send, vary: bytes, cors: CORSMiddleware | None) -> None:
    """A query answered by `_query`; the rest by `protocol.sparql` or as an error, through `cors`'s
    rewrite of the answer's headers when given (a request without an Origin)."""
    try:
        await _query(scope, receive, send, vary)
        return
    except ClientDisconnect:
        return  # gone while sending its body: nobody to answer
    except _Fallback as fallback:
        request = Request(scope, receive if fallback.body is None else _replay(fallback.body, receive))
        failure = None
    except Exception as exc:
        request, failure = Request(scope), exc
    if cors is not None:  # what CORSMiddleware.simple_response does
        send = functools.partial(cors.send, send=send, request_headers=Headers(scope=scope))
    if failure is not None:
        await _failure(request, failure)(scope, receive, send)
        return
    try:
        response = await sparql(request)
    except Exception as exc:
        response = _failure(request, exc)
    await response(scope, receive, send)


def _failure(request: Request, exc: Exception) -> Response:
    """Our error as its answer; anything else logged and answered 500."""
    if isinstance(exc, GovkgError):
        return govkg_response(request, exc)
    logger.exception("SPARQL request failed", exc_info=exc)
    return error_response(request, 500, f"internal error: {type(exc).__name__}")


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands over the body already read, then waits on the connection as before."""
    sent = False

    async def again() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return again


async def _query(scope: Scope, receive: Receive, send: Send, vary: bytes) -> None:
    """Read, run and answer a query (with `vary` for its Vary header); raises _Fallback for what
    `protocol.sparql` answers."""
    svc: Service = scope["app"].state.service
    head: dict[bytes, bytes] = {}
    for name, value in scope["headers"]:
        if name in _WANTED and name not in head:  # the first of repeated headers, as Starlette reads them
            head[name] = value
    params = form_pairs(scope["query_string"])
    format_param = next((v for k, v in reversed(params) if k == "format"), None)  # the last, as QueryParams
    if scope["method"] == "POST":
        media = head.get(b"content-type", b"").split(b";")[0].strip().lower()
        if media not in (_FORM, _QUERY):
            raise _Fallback()  # an update, or a body type refused there with 415
        body = await _body(receive, head.get(b"content-length"), svc.settings.max_body_bytes)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("the request body is not UTF-8") from None
        params += form_pairs(body) if media == _FORM else [("query", text)]
    else:
        body = None
    queries = [v for k, v in params if k == "query"]
    if len(queries) != 1 or any(k == "update" for k, _ in params):
        raise _Fallback(body)  # no query (the Service Description), an update, or a 400 to explain
    accept = head.get(b"accept")
    job, result_choice, graph_choice = query_job(
        queries[0], params, accept.decode("latin-1") if accept is not None else None, format_param, svc.settings
    )
    answer = await svc.run_async(job)
    choice = graph_choice if answer.kind == "graph" else result_choice
    assert choice is not None  # run_job raised NotAcceptable otherwise
    headers: list[tuple[bytes, bytes]] = [
        (b"content-type", _content_type(choice)),
        (b"content-length", b"%d" % len(answer.body)),
        (b"vary", vary),
    ]
    if answer.truncated:
        headers.append((b"x-result-truncated", b"true"))
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})


@functools.lru_cache(maxsize=64)
def _content_type(choice: Choice) -> bytes:
    return answer_media(choice).encode("latin-1")


async def _body(receive: Receive, declared: bytes | None, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes `limit` bytes (`protocol.read_body`'s rule)."""
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"request body of {declared.decode()} bytes is over the {limit}-byte limit")
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"request body is over the {limit}-byte limit")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
