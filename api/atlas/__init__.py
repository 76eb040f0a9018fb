"""The practice atlas: where each practice is used, since when, and what goes with it.

`/practices` (index), `/practice/{concept}` (map, timeline, adopters, co-occurring practices),
`/compare?a=&b=` and the base map, each page with its JSON twin and a CSV download. The queries live
in `graph.atlas`; the atlas questions ("where is grid governance used") in `questions`.
"""

from __future__ import annotations

from fastapi import FastAPI

from .routes import atlas_of, router

__all__ = ["install", "router"]


def install(app: FastAPI) -> None:
    """Add the atlas's pages to the service's app, and its build to what the service warms at start."""
    app.include_router(router)
    app.state.warmers.append(atlas_of)
