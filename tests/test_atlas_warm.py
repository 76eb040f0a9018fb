"""The atlas is built in the background with the service's other caches, at start and after each write,
not by the first visitor after them."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from api.app import create_app
from api.atlas import routes
from api.service import Service
from api.settings import Settings

REPORT = """青川县推行网格化管理经验交流材料
青川县推行网格化管理，全县划分单元网格210个，配备专职网格员230名。
"""


def _built_for_now(svc: Service, deadline: float) -> bool:
    """Wait until the atlas cache holds a value built on the store's present state."""
    while time.monotonic() < deadline:
        cached = routes._ATLASES.get(svc)
        if cached is not None and cached._value is not None and cached._value[0] == svc.store.stamp():
            return True
        time.sleep(0.2)
    return False


def test_the_atlas_is_built_at_start_and_after_a_load_without_a_request(serve_app: Any, tmp_path: Path) -> None:
    app = create_app(Settings(store=str(tmp_path / "govkg-data"), build_sample=True, query_workers=1))
    with serve_app(app):
        svc = app.state.service
        assert _built_for_now(svc, time.monotonic() + 120), "the start never built the atlas"
        before = routes._ATLASES[svc].get()
        report = tmp_path / "qingchuan.txt"
        report.write_text(REPORT, encoding="utf-8")
        _report, failures = svc.load([report])
        assert not failures
        assert _built_for_now(svc, time.monotonic() + 120), "the load's new state was never warmed"
        after = routes._ATLASES[svc].get()
        assert after is not before
        grid = {after.units[p.unit].label for p in after.adoptions_of("https://w3id.org/govkg/concept/GridGovernance")}
        assert "青川县" in grid
