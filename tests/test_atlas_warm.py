"""The atlas is built in the background at start, with the service's other caches, not by its first visitor."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from api.app import create_app
from api.atlas import routes
from api.settings import Settings


def test_the_atlas_is_built_at_start_without_a_request(serve_app: Any, tmp_path: Path) -> None:
    app = create_app(Settings(store=str(tmp_path / "govkg-data"), build_sample=True, query_workers=1))
    with serve_app(app):
        svc = app.state.service
        deadline = time.monotonic() + 120
        while routes._ATLASES.get(svc) is None and time.monotonic() < deadline:
            time.sleep(0.2)
        cached = routes._ATLASES.get(svc)
        assert cached is not None, "the warm-up never built the atlas"
        while cached._value is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert cached._value is not None
        assert cached.get().scheme()  # the built atlas knows the concept scheme
