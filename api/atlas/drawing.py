"""Server-side pictures of the atlas: the map of China and the timeline, as plain data for SVG templates.

Everything is laid out here in pixels so the pages need no script: the templates only print circles,
paths and text. The map projects longitude and latitude equirectangularly with the scale of 36°N (so
China is not stretched sideways); the province outlines come from the vendored GeoJSON. Points closer
than a marker's width merge into one numbered cluster, and a label is drawn only where it overlaps no
other label or marker (greedy, earliest adopters first): every other name shows on hover (SVG title).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from ..pages.templating import STATIC_DIR

__all__ = ["HEIGHT", "WIDTH", "MapPoint", "basemap_svg", "label_box", "map_layout", "project", "timeline_layout"]

_LON0, _LON1, _LAT0, _LAT1 = 73.0, 135.5, 17.5, 54.0
_K = math.cos(math.radians(36))
WIDTH = 800
_SCALE = WIDTH / ((_LON1 - _LON0) * _K)
HEIGHT = round((_LAT1 - _LAT0) * _SCALE)
_GEOJSON = STATIC_DIR / "atlas" / "china-provinces.geojson"
_MERGE = 13.0  # px: markers closer than this become one cluster
_PALETTE = ("#fde68a", "#fbbf24", "#f59e0b", "#d97706", "#b45309", "#78350f")  # later -> earlier


def project(lon: float, lat: float) -> tuple[float, float]:
    """Pixel (x, y) of a point on the map.

    >>> x, y = project(116.4, 39.9)  # Beijing, in the map's north-east
    >>> 500 < x < 600 and 200 < y < 250
    True
    """
    return round((lon - _LON0) * _K * _SCALE, 1), round((_LAT1 - lat) * _SCALE, 1)


@cache
def basemap_svg() -> str:
    """The province outlines as one standalone SVG document (served at /atlas/china.svg)."""
    data = json.loads(_GEOJSON.read_text(encoding="utf-8"))
    paths = []
    for feature in data["features"]:
        d = []
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                xy = [project(lon, lat) for lon, lat in ring]
                d.append("M" + "L".join(f"{x:g},{y:g}" for x, y in xy) + "Z")
        name = feature["properties"]["name"]
        paths.append(f'<path d="{"".join(d)}"><title>{name}</title></path>')
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">'
        '<g fill="#f3f4f6" stroke="#9ca3af" stroke-width="0.6" stroke-linejoin="round">' + "".join(paths) + "</g></svg>"
    )


@dataclass
class MapPoint:
    """One unit to draw: its name, page, place and first date."""

    label: str
    url: str
    lon: float
    lat: float
    first: str | None
    detail: str = ""


@dataclass
class _Cluster:
    x: float
    y: float
    members: list[MapPoint] = field(default_factory=list)


def _text_width(text: str) -> float:
    return sum(7.0 if ord(c) < 128 else 12.5 for c in text)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _year(iso: str | None) -> int | None:
    return int(iso[:4]) if iso else None


def map_layout(points: list[MapPoint]) -> dict[str, Any]:
    """Clusters with their radius, colour, hover text and (where it fits) a label, and the year legend."""
    ordered = sorted(points, key=lambda p: (p.first or "9999", p.label))
    clusters: list[_Cluster] = []
    for p in ordered:
        x, y = project(p.lon, p.lat)
        near = next((c for c in clusters if math.hypot(c.x - x, c.y - y) < _MERGE), None)
        if near is None:
            clusters.append(_Cluster(x, y, [p]))
        else:
            near.members.append(p)
    years = sorted({year for p in points if (year := _year(p.first))})
    colour = _colours(years)
    drawn = []
    for c in clusters:
        r = 5.0 if len(c.members) == 1 else min(16.0, 6.0 + 2.5 * math.sqrt(len(c.members)))
        first = c.members[0].first
        hover = "\n".join(f"{m.label} · {m.first or 'undated 无日期'}{m.detail}" for m in c.members)
        drawn.append(
            {
                "x": c.x,
                "y": c.y,
                "r": r,
                "count": len(c.members),
                "label": c.members[0].label if len(c.members) == 1 else f"{c.members[0].label} +{len(c.members) - 1}",
                "url": c.members[0].url,
                "title": hover,
                "fill": colour.get(_year(first), "#ffffff"),
                "dated": first is not None,
                "members": [m.label for m in c.members],
            }
        )
    _place_labels(drawn)
    legend = [{"year": y, "fill": colour[y]} for y in years]
    return {"width": WIDTH, "height": HEIGHT, "clusters": drawn, "legend": legend, "points": len(points)}


def _colours(years: list[int]) -> dict[int | None, str]:
    """Earlier years darker; one colour per year (the palette is stretched over the span)."""
    if not years:
        return {}
    span = max(1, years[-1] - years[0])
    last = len(_PALETTE) - 1
    return {y: _PALETTE[last - round((y - years[0]) / span * last)] for y in years}


def label_box(x: float, y: float, anchor: str, text: str) -> tuple[float, float, float, float]:
    """The box a 12px label covers when drawn at baseline (x, y) with this text-anchor.

    >>> label_box(100, 50, "start", "南乐县")
    (100, 39, 137.5, 53)
    """
    w = _text_width(text)
    x0 = {"start": x, "end": x - w, "middle": x - w / 2}[anchor]
    return (x0, y - 11, x0 + w, y + 3)


def _place_labels(clusters: list[dict[str, Any]]) -> None:
    """Give each cluster a label position where it overlaps nothing drawn, or none (hover only)."""
    circles = [(c["x"] - c["r"], c["y"] - c["r"], c["x"] + c["r"], c["y"] + c["r"]) for c in clusters]
    placed: list[tuple[float, float, float, float]] = []
    for i, c in enumerate(clusters):
        c["label_at"] = None
        x, y, r = c["x"], c["y"], c["r"]
        for lx, ly, anchor in (
            (x + r + 3, y + 4, "start"),
            (x - r - 3, y + 4, "end"),
            (x, y - r - 4, "middle"),
            (x, y + r + 12, "middle"),
        ):
            box = label_box(lx, ly, anchor, c["label"])
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= WIDTH and box[3] <= HEIGHT
            others = (b for j, b in enumerate(circles) if j != i)
            if inside and not any(_overlaps(box, b) for b in placed) and not any(_overlaps(box, b) for b in others):
                c["label_at"] = {"x": round(lx, 1), "y": round(ly, 1), "anchor": anchor}
                placed.append(box)
                break


def _day(iso: str) -> int:
    return (date.fromisoformat(iso) if len(iso) == 10 else date(int(iso[:4]), 1, 1)).toordinal()


def timeline_layout(rows: list[dict[str, Any]], *, max_rows: int = 60, width: int = WIDTH) -> dict[str, Any]:
    """Rows (label, url, first) on a time axis, earliest first, and the cumulative adopters curve.

    Undated rows are counted apart and never placed; a year-only date sits at 1 January, drawn hollow.
    """
    dated = [r for r in rows if r.get("first")]
    undated = [r for r in rows if not r.get("first")]
    out: dict[str, Any] = {"width": width, "rows": [], "curve": None, "ticks": [], "undated": len(undated)}
    if not dated:
        out["height"] = 0
        return out
    days = [_day(r["first"]) for r in dated]
    lo, hi = min(days), max(days)
    lo_year, hi_year = date.fromordinal(lo).year, date.fromordinal(hi).year + 1
    lo, hi = date(lo_year, 1, 1).toordinal(), date(hi_year, 1, 1).toordinal()
    left, right = 150, width - 20

    def x_of(day: int) -> float:
        return round(left + (day - lo) / (hi - lo) * (right - left), 1)

    out["ticks"] = [{"x": x_of(date(y, 1, 1).toordinal()), "year": y} for y in range(lo_year, hi_year + 1)]
    shown = dated[:max_rows]
    out["rows"] = [
        {
            "y": 18 * i + 14,
            "x": x_of(_day(r["first"])),
            "label": r["label"],
            "url": r["url"],
            "first": r["first"],
            "year_only": len(r["first"]) == 4,
        }
        for i, r in enumerate(shown)
    ]
    out["height"] = 18 * len(shown) + 24
    out["hidden"] = len(dated) - len(shown)
    steps, count, prev = [], 0, None
    for day in sorted(days):
        count += 1
        if day == prev:
            steps[-1] = (day, count)
        else:
            steps.append((day, count))
        prev = day
    top, plot = count, 120
    d, last_y = f"M{left},{plot}", float(plot)
    for day, n in steps:
        x, y = x_of(day), round(plot - n / top * (plot - 10), 1)
        d += f"H{x}V{y}"
        last_y = y
    d += f"H{right}"
    out["curve"] = {
        "path": d,
        "height": plot + 24,
        "total": top,
        "steps": [{"date": date.fromordinal(day).isoformat(), "count": n} for day, n in steps],
        "end_y": last_y,
    }
    return out
