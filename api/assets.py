"""Files the pages load, all served by the app itself: CSS, scripts, vendored libraries, and /docs.

FastAPI's own /docs and /redoc pages load Swagger UI and ReDoc from a CDN; `offline_docs` serves /docs
from the vendored swagger-ui-dist instead (validator badge off, it calls an outside service) and drops
/redoc, so no page of the server loads anything from elsewhere.
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, Response

from errors import EntityNotFound
from visualize import STATIC_DIR as VIS_STATIC

from .pages.templating import STATIC_DIR

__all__ = ["offline_docs", "router"]

router = APIRouter(include_in_schema=False)

_VIS_FILES = {
    "vis-network.min.js",
    "govkg-graph.js",
    "govkg-graph.css",
    "vis-network-LICENSE-MIT.txt",
    "vis-network-LICENSE-APACHE-2.0.txt",
}
_CACHE = {"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"}


@router.get("/favicon.ico")
def favicon() -> Response:
    """The icon browsers ask for on their own."""
    return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml", headers=_CACHE)


@router.get("/static/{name:path}")
def static(name: str) -> Response:
    """api/static (CSS, scripts, vendor/), and vis-network with the graph script under /static/vis/.

    Raises EntityNotFound for anything else, including paths that climb out of the folder.
    """
    if name.startswith("vis/") and name[4:] in _VIS_FILES:
        return FileResponse(VIS_STATIC / name[4:], headers=_CACHE)
    path = (STATIC_DIR / name).resolve()
    if not path.is_relative_to(STATIC_DIR.resolve()) or not path.is_file():
        raise EntityNotFound(f"no static file {name!r}")
    return FileResponse(path, headers=_CACHE)


def offline_docs(app: FastAPI) -> None:
    """Serve the OpenAPI docs page with the vendored Swagger UI; remove the CDN-backed /docs and /redoc."""
    gone = {app.docs_url, app.redoc_url}
    app.router.routes[:] = [r for r in app.router.routes if getattr(r, "path", None) not in gone]
    openapi_url = app.openapi_url or "/openapi.json"
    title = f"{app.title} — API"

    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=title,
            swagger_js_url="/static/vendor/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
            swagger_ui_parameters={"validatorUrl": None},
        )

    app.add_api_route("/docs", docs, methods=["GET"], include_in_schema=False)
