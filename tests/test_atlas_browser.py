"""The atlas in a real headless Chromium: index, practice page, compare and an answer with a map.

Each page must load with no console error and no request off the machine (tests/test_browser.py's
checks); screenshots go to screenshots/atlas-*.png for people to look at. The map must be drawn: the
base map image loaded and one marker per cluster visible, with names readable on hover.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from atlas_store import GRID, atlas_server
from test_browser import CHROMEDRIVER, CHROMIUM, _clean, _open, _shot, _wait
from test_browser import browser as browser  # the module's Chromium fixture

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
        reason="needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)",
    ),
]


@pytest.fixture(scope="module")
def base(serve_app: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder: Path = tmp_path_factory.mktemp("atlas-browser")
    with atlas_server(serve_app, folder) as url:
        yield url


def _map_drawn(driver: Any) -> dict[str, Any]:
    return dict(
        driver.execute_script(
            """
            const svg = document.querySelector('figure.atlas-map svg');
            return {
              width: svg.getBoundingClientRect().width,
              circles: svg.querySelectorAll('circle').length,
              labels: Array.from(svg.querySelectorAll('text.lbl')).map(t => t.textContent),
              titles: Array.from(svg.querySelectorAll('circle title')).map(t => t.textContent).join('\\n'),
            };"""
        )
    )


def test_atlas_pages_open_cleanly(browser: Any, base: str) -> None:
    pages = {
        "atlas-index": "/practices",
        "atlas-practice": "/practice/GridGovernance",
        "atlas-compare": "/compare?a=" + quote("正定县") + "&b=" + quote("寿光市"),
        "atlas-answer": "/ask?q=" + quote("where is grid governance used"),
        "atlas-answer-when": "/ask?q=" + quote("哪些地方最早开展双报到"),
    }
    for name, path in pages.items():
        _open(browser, base + path)
        assert browser.find_element("css selector", "h1").text.strip(), name
        if name in ("atlas-practice", "atlas-answer"):
            drawn = _map_drawn(browser)
            assert drawn["width"] > 400 and drawn["circles"] >= 10, drawn
            assert all(n in drawn["titles"] for n in GRID), drawn["titles"]
            assert drawn["labels"]
        _shot(browser, name)
        _clean(browser, base)


def test_a_map_marker_opens_its_unit(browser: Any, base: str) -> None:
    _open(browser, base + "/practice/GridGovernance")
    marker = browser.find_element("css selector", "figure.atlas-map a.pt")
    target = browser.execute_script("return arguments[0].getAttribute('href')", marker)
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", marker)
    _wait(browser, lambda d: urlsplit(d.current_url).path == target)
    assert browser.find_element("css selector", "h1").text.strip()
    _clean(browser, base)
