"""The atlas's pictures: no two map labels overlap at 300 points, and every point stays findable."""

from __future__ import annotations

import random

from api.atlas.drawing import HEIGHT, WIDTH, MapPoint, label_box, map_layout, project, timeline_layout
from loaders.names.divisions import index
from loaders.names.geo import point


def _county_points(n: int) -> list[MapPoint]:
    rng = random.Random(3)
    counties = [d for d in index().codes.values() if d.level == 2 and point(d.code)]
    picked = rng.sample(counties, n)
    return [
        MapPoint(
            d.name,
            f"/entity/place/{d.code}",
            *point(d.code),
            f"20{rng.randint(15, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        )  # type: ignore[misc]
        for d in picked
    ]


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_three_hundred_points_have_no_overlapping_labels() -> None:
    points = _county_points(300)
    layout = map_layout(points)
    clusters = layout["clusters"]
    assert sorted(m for c in clusters for m in c["members"]) == sorted(p.label for p in points)
    labelled = [c for c in clusters if c["label_at"]]
    assert len(labelled) > 40  # most of the map still reads at a glance
    boxes = [label_box(c["label_at"]["x"], c["label_at"]["y"], c["label_at"]["anchor"], c["label"]) for c in labelled]
    for i, a in enumerate(boxes):
        assert a[0] >= 0 and a[2] <= WIDTH and a[1] >= 0 and a[3] <= HEIGHT
        for b in boxes[i + 1 :]:
            assert not _overlap(a, b)
        for c in clusters:
            circle = (c["x"] - c["r"], c["y"] - c["r"], c["x"] + c["r"], c["y"] + c["r"])
            owner = labelled[i]
            assert c is owner or not _overlap(a, circle)
    for c in clusters:  # a name without a label is in its cluster's hover text
        assert all(m in c["title"] for m in c["members"])


def test_points_land_inside_the_map_and_merge_when_close() -> None:
    beijing, tianjin = project(116.4, 39.9), project(117.2, 39.1)
    assert all(0 < v < WIDTH for v in (beijing[0], tianjin[0]))
    same = [MapPoint("甲", "/a", 113.0, 34.0, "2020-01-01"), MapPoint("乙", "/b", 113.01, 34.01, None)]
    (only,) = map_layout(same)["clusters"]
    assert only["count"] == 2 and only["members"] == ["甲", "乙"]


def test_timeline_places_dates_in_order_and_keeps_undated_apart() -> None:
    rows = [
        {"label": "甲县", "url": "/a", "first": "2018-03-01"},
        {"label": "乙县", "url": "/b", "first": "2019"},
        {"label": "丙县", "url": "/c", "first": "2021-12-31"},
        {"label": "丁县", "url": "/d", "first": None},
    ]
    t = timeline_layout(rows)
    xs = [r["x"] for r in t["rows"]]
    assert xs == sorted(xs) and [r["label"] for r in t["rows"]] == ["甲县", "乙县", "丙县"]
    assert t["undated"] == 1 and t["rows"][1]["year_only"]
    assert [s["count"] for s in t["curve"]["steps"]] == [1, 2, 3]
    assert [tick["year"] for tick in t["ticks"]] == [2018, 2019, 2020, 2021, 2022]
    assert timeline_layout([{"label": "丁县", "url": "/d", "first": None}])["curve"] is None
