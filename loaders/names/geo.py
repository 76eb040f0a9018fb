"""Where a division lies: longitude and latitude per GB/T 2260 code, from cpca's bundled CSV.

cpca's `adcodes.csv` gives a point (the seat of government) for every province, prefecture and
county-level code; it is read with the csv module, as `divisions.py` reads the same file, so
pandas is never imported. Township and village codes (12 digits, or units below the county known only
by name) have no point of their own: callers place them at their county's.

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

from loaders.names.divisions import _csv_dir

__all__ = ["point"]


@cache
def _points() -> dict[str, tuple[float, float]]:
    """Every 6-digit code's (longitude, latitude), read once."""
    out: dict[str, tuple[float, float]] = {}
    with open(_csv_dir() / "adcodes.csv", encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            try:
                lon, lat = float(rec["longitude"]), float(rec["latitude"])
            except (KeyError, TypeError, ValueError):
                continue
            out.setdefault(rec["adcode"][:6], (lon, lat))
    return out


def point(code: str) -> tuple[float, float] | None:
    """(longitude, latitude) of the county-level (or higher) division a 6- or 12-digit code falls in.

    A 12-digit township or village code takes its county's point; None when the code is unknown.
    """
    return _points().get(code[:6]) if code else None
