"""The FastAPI app, built by `create_app(settings)`; the store opens in the lifespan, never at import."""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import errors, json_api, linked_data, sparql
from .service import Service
from .settings import Settings

__all__ = ["OPTIONAL_ROUTERS", "create_app"]

# Routers written beside this one (browser pages, questions); each is included when its module exists.
OPTIONAL_ROUTERS = ("api.pages", "api.questions", "api.atlas")


def _optional(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


def _as_get(scope: Scope, send: Send) -> tuple[Scope, Send]:
    """A HEAD request as the GET it stands for, with the body of the answer dropped (headers kept).

    Why: FastAPI routes declared with GET answer HEAD with 405, while HTTP (and the CORS policy
    here) promise HEAD wherever GET works.
    """

    async def headers_only(message: Message) -> None:
        if message["type"] == "http.response.body":
            if message.get("more_body", False):
                return
            message = {"type": "http.response.body", "body": b"", "more_body": False}
        await send(message)

    return {**scope, "method": "GET"}, headers_only


class _App(FastAPI):
    """FastAPI, with GET and POST /sparql handed to `sparql_front` before its middleware stack.

    Why: other tools send many small queries, and a SPARQL request needs none of FastAPI's error,
    telemetry and body-limit layers or its router (it reads and limits its own body and shapes its
    own errors). The front is `api.sparql.endpoint` inside the same CORS policy as the rest.
    """

    sparql_front: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "\x00" in scope["path"]:  # no file or entity has a NUL in its name
            request = Request(scope, receive)
            await errors.error_response(request, 404, "not found")(scope, receive, send)
            return
        if scope["type"] == "http" and scope["method"] == "HEAD":
            scope, send = _as_get(scope, send)
        if self.sparql_front is not None and sparql.answers(scope):
            scope["app"] = self  # what Starlette sets: `service(request)` reads the app's state
            await self.sparql_front(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def create_app(settings: Settings | None = None, *, optional: tuple[str, ...] = OPTIONAL_ROUTERS) -> FastAPI:
    """The service: SPARQL endpoint, Graph Store reads, JSON API, linked data and the optional pages.

    The store named by `settings.store` is opened when the app starts and closed when it stops.
    `optional` names the modules of other routers to include when they exist.
    """
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        svc = await run_in_threadpool(Service, settings)
        app.state.service = svc
        svc.warmers.extend(app.state.warmers)
        try:
            if settings.build_sample:
                await run_in_threadpool(svc.build_sample_if_empty)
            svc.rewarm()
            yield
        finally:
            await run_in_threadpool(svc.close)

    app = _App(
        title=f"{settings.title} — knowledge graph of Chinese local-governance reports",
        description="SPARQL 1.1 endpoint (default graph: the union of all documents), search, entities, "
        "paths and linked data over govkg's graph.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.warmers = []  # optional routers add what they build per store state (the atlas)
    errors.install(app)
    app.sparql_front = sparql.endpoint
    if settings.cors_origins:
        cors: dict[str, Any] = {
            "allow_origins": list(settings.cors_origins),
            "allow_methods": ["GET", "HEAD", "POST", "OPTIONS"],
            "allow_headers": ["Accept", "Content-Type"],
            "allow_credentials": False,
            "expose_headers": ["X-Result-Truncated"],
        }
        app.add_middleware(CORSMiddleware, **cors)
        app.sparql_front = sparql.front(CORSMiddleware(sparql.endpoint, **cors))
    app.include_router(sparql.router)  # for the docs and 405s: the front answers GET and POST
    app.include_router(json_api.router)
    for name in optional:  # before linked_data, so their entity pages win over its plain fallback
        module = _optional(name)
        if module is not None and hasattr(module, "install"):
            module.install(app)
        elif module is not None:
            app.include_router(module.router)
    app.include_router(linked_data.router)
    return app
