"""One place that turns errors into responses: `{"ok": false, "error", "status"}` or a small escaped page."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from starlette.exceptions import HTTPException

from errors import GovkgError

from .negotiate import json_response, wants_html
from .plain import error_html

__all__ = ["error_response", "govkg_response", "install"]


def error_response(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """The error in the shape the client wants."""
    if wants_html(request):
        return HTMLResponse(error_html(status, message), status_code=status, headers=headers)
    return json_response({"ok": False, "error": message, "status": status}, status, headers)


def govkg_response(request: Request, exc: GovkgError) -> Response:
    """One of our errors as its response (the SPARQL fast path calls this outside FastAPI's handlers)."""
    return error_response(request, exc.status, str(exc) or type(exc).__name__)


async def _govkg(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, GovkgError)
    return govkg_response(request, exc)


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_response(request, exc.status_code, str(exc.detail), dict(exc.headers or {}))


async def _validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors())
    return error_response(request, 400, f"bad parameters: {problems}")


def install(app: FastAPI) -> None:
    """Register the handlers: our hierarchy by its base class, Starlette's HTTP errors and bad parameters."""
    app.add_exception_handler(GovkgError, _govkg)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
