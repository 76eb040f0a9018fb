"""The browser pages: home, entity and document pages, the lists with facets, paths, /ask and /query.

Each page has its JSON twin. `routes` holds the thin handlers; `entity_view`, `document_view`,
`facets` and `query_page` build each page's dict; `templating` renders it (the Jinja environment over
api/templates, shared with the atlas). Optional: the app includes these routes when they import.
"""

from __future__ import annotations

from .routes import entity_page, install, router

__all__ = ["entity_page", "install", "router"]
