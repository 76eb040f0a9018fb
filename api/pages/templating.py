"""HTML for the browser pages: one Jinja environment (autoescape on), the pages' security headers.

A page handler builds one plain dict; `page_response` returns it as JSON for the `.json` twin (or an
Accept that prefers JSON) and otherwise renders it into its template, adding a `Link: rel=alternate`
header to the twin and a Content-Security-Policy that lets the page load nothing from outside.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from visualize import class_colour, graph_block

from ..negotiate import choose, json_response

__all__ = [
    "CSP",
    "NAV",
    "STATIC_DIR",
    "TEMPLATE_DIR",
    "page_response",
    "render_html",
    "wants_json",
    "with_query",
]

TEMPLATE_DIR = Path(__file__).parent.parent / "templates"
STATIC_DIR = Path(__file__).parent.parent / "static"

# Scripts only from the app itself (no inline script anywhere); vis-network sets inline styles on the
# elements it creates and injects its stylesheet, hence 'unsafe-inline' for styles only.
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)

NAV: tuple[tuple[str, str, str], ...] = (
    ("/", "首页", "Home"),
    ("/entities", "实体", "Entities"),
    ("/documents", "文档", "Documents"),
    ("/path", "路径", "Paths"),
    ("/query", "查询", "SPARQL"),
    ("/ask", "问答", "Ask"),
    ("/practices", "图谱", "Atlas"),
)


def with_query(path: str, **params: Any) -> str:
    """`path` with the non-empty `params` as its query string (values URL-encoded).

    >>> with_query("/entities", cls="County", q="南乐", province=None)
    '/entities?cls=County&q=%E5%8D%97%E4%B9%90'
    """
    kept = [(k, v) for k, v in params.items() if v not in (None, "", [])]
    return f"{path}?{urlencode(kept, doseq=True)}" if kept else path


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(graph_block=graph_block, class_colour=class_colour, with_query=with_query, nav=NAV)
    return env


def wants_json(request: Request) -> bool:
    """True for the `.json` twin of a page, `?format=json`, or an Accept preferring JSON to HTML.

    Pages are HTML first: `*/*` (or no Accept) gets the page, unlike the API's JSON-first choice.
    """
    if request.url.path.endswith(".json") or request.query_params.get("format") == "json":
        return True
    return choose(request.headers.get("accept"), ["text/html", "application/json"]) == "application/json"


def render_html(template: str, context: dict[str, Any]) -> str:
    """Render one template of api/templates with autoescape on."""
    return _environment().get_template(template).render(**context)


def page_response(
    request: Request,
    template: str,
    data: dict[str, Any],
    *,
    html_url: str,
    json_url: str,
    title: str,
    section: str = "",
    status: int = 200,
    extra: dict[str, Any] | None = None,
) -> Response:
    """The page's dict as JSON (twin) or rendered HTML; both carry a link to the other form.

    `extra` holds objects for the template only (graph views), never part of the JSON.
    """
    if wants_json(request):
        return json_response(
            data, status, {"Link": f'<{html_url}>; rel="alternate"; type="text/html"', "Vary": "Accept"}
        )
    context = {
        "page": data,
        "title": title,
        "json_url": json_url,
        "section": section,
        "request_path": request.url.path,
        **(extra or {}),
    }
    response = HTMLResponse(render_html(template, context), status_code=status)
    response.headers["Link"] = f'<{json_url}>; rel="alternate"; type="application/json"'
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Vary"] = "Accept"
    return response
