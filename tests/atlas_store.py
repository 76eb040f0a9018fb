"""The atlas tests' server: the sample corpus plus tests/fixtures/atlas (invented reports from many
provinces and dates), loaded through the real pipeline into an on-disk store and served by uvicorn."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).parent / "fixtures" / "atlas"

# What the fixtures say about grid governance: unit -> (division code of its point, first report date).
GRID = {
    "安吉县": ("330523", "2017-09-09"),
    "宜都市": ("420581", "2018-06-21"),
    "德清县": ("330521", "2019"),  # the title's year only
    "平遥县": ("140728", "2019-05-20"),
    "寿光市": ("370783", "2019-08-30"),
    "昌吉市": ("652301", "2020-06-18"),  # the page's metadata, not the later date in its text
    "准格尔旗": ("150622", "2020-07-01"),
    "湄潭县": ("520328", "2020-11-11"),
    "正定县": ("130123", "2021-03-12"),
    "晋江市": ("350582", "2022-01-15"),
    "千灯镇": ("320583", "2022-08-05"),  # a township, at its county-level city's point (昆山市)
    "新民市": ("210181", "2023-04-18"),
    "临泽县": ("620723", "2023-06-06"),
    "南乐县": ("410923", "2023-10-15"),  # the sample corpus
    "博罗县": ("441322", "2024-02-27"),
    "璧山区": ("500120", None),  # undated: no date line, no year in the title
}


@contextmanager
def atlas_server(serve_app: Any, folder: Path) -> Iterator[str]:
    """Base URL of the app over the sample and the atlas fixtures, for the block."""
    from api.app import create_app
    from api.settings import Settings
    from loaders import sample_corpus

    settings = Settings(store=str(folder / "govkg-data"), build_sample=False, query_workers=1)
    app = create_app(settings)
    with serve_app(app) as url:
        _report, failures = app.state.service.load([sample_corpus(), FIXTURES])
        assert not failures, failures
        yield url
