"""The atlas's routes: /practices, /practice/{concept}, /compare, each with .json and .csv, and the base map.

Handlers are thin: read parameters, take the store state's `Atlas` (built once per state), call one
function of `views` and hand the dict to `page_response`; `.csv` writes the same rows as a table.
"""

from __future__ import annotations

import csv
import io
import weakref
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response

from errors import InputError
from graph.atlas import fetch
from graph.watch import Cached

from ..pages.templating import page_response, with_query
from ..service import service
from .drawing import basemap_svg
from .host import Host
from .model import Atlas
from .views import Links, compare_data, index_data, practice_data, resolve_practice

__all__ = ["atlas_of", "links_of", "resolve_unit", "router"]

router = APIRouter(include_in_schema=False)

_ATLASES: weakref.WeakKeyDictionary[Host, Cached[Atlas]] = weakref.WeakKeyDictionary()
_COMPARE_KEYS = ("a", "b", "c", "d", "e")
_MEMO = 512  # pages (and unit profiles) kept per store state


def atlas_of(svc: Host) -> Atlas:
    """The atlas of the service's store as it is now (rebuilt on the first use after a change)."""
    cached = _ATLASES.get(svc)
    if cached is None:
        cached = _ATLASES.setdefault(svc, Cached(svc.store, lambda s: Atlas.build(fetch(s), svc.catalog.get())))
    return cached.get()


def links_of(svc: Host) -> Links:
    return Links(entity=svc.urls.entity, document=svc.urls.document)


def _memoized(atlas: Atlas, key: tuple[Any, ...], build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """A page's dict computed once per store state (the atlas is per state); at most _MEMO pages kept."""
    found = atlas.memo.get(key)
    if found is None:
        if len(atlas.memo) >= _MEMO:
            atlas.memo.clear()
        found = atlas.memo[key] = build()
    return found  # type: ignore[no-any-return]


def _filters(request: Request) -> dict[str, str | None]:
    return {name: request.query_params.get(name) or None for name in ("province", "level")}


def _csv(rows: Iterable[Iterable[Any]], header: list[str], name: str) -> Response:
    """A UTF-8 CSV download (with a BOM, so spreadsheet programs read the Chinese right)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(["" if v is None else v for v in row] for row in rows)
    return Response(
        ("\ufeff" + out.getvalue()).encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}.csv"', "X-Content-Type-Options": "nosniff"},
    )


def _page(
    request: Request,
    template: str,
    data: dict[str, Any],
    path: str,
    params: dict[str, Any],
    title: str,
    section: str = "/practices",
) -> Response:
    return page_response(
        request,
        template,
        data,
        html_url=with_query(path, **params),
        json_url=with_query(f"{path}.json", **params),
        title=title,
        section=section,
    )


@router.get("/practices")
@router.get("/practices.json")
@router.get("/practices.csv")
def practices(request: Request) -> Response:
    """Every practice of the scheme with its adopting units, provinces and first and latest dates."""
    svc = service(request)
    atlas = atlas_of(svc)
    filters = _filters(request)
    sort = request.query_params.get("sort") or "units"
    order = request.query_params.get("order") or ""
    key = ("index", tuple(sorted((k, v) for k, v in filters.items() if v)), sort, order)
    data = _memoized(atlas, key, lambda: index_data(atlas, filters, sort, order))
    if request.url.path.endswith(".csv"):
        rows = (
            (r["id"], r["label"], r["label_en"], r["units"], r["provinces"], r["first"], r["latest"])
            for r in data["rows"]
        )
        return _csv(rows, ["concept", "label_zh", "label_en", "units", "provinces", "first", "latest"], "practices")
    params = {k: v for k, v in filters.items() if v} | {"sort": sort if sort != "units" else None, "order": order}
    return _page(request, "atlas_index.html", data, "/practices", params, "做法图谱 Practice atlas")


@router.get("/practice/{key:path}")
def practice(request: Request, key: str) -> Response:
    """One practice: the map, the timeline, the adopters with quotes and dates, what goes with it."""
    svc = service(request)
    fmt = next((s for s in (".json", ".csv") if key.endswith(s)), "")
    key = key[: -len(fmt)] if fmt else key
    atlas = atlas_of(svc)
    concept, label, named = resolve_practice(atlas, key, svc.urls.iri)
    filters = _filters(request)
    memo = ("practice", key, tuple(sorted((k, v) for k, v in filters.items() if v)))
    data = _memoized(
        atlas, memo, lambda: practice_data(atlas, svc.store, concept, label, filters, links_of(svc), named=named)
    )
    if fmt == ".csv":
        rows = (
            (
                u["label"],
                u["code"] or u["place_code"],
                u["province"],
                u["level"],
                u["lon"],
                u["lat"],
                u["first"],
                u["first_date_source"],
                " · ".join(a["label"] for a in u["activities"]),
                u["quotes"][0]["text"] if u["quotes"] else None,
                u["iri"],
            )
            for u in data["units"]
        )
        header = [
            "unit",
            "code",
            "province",
            "level",
            "longitude",
            "latitude",
            "first_date",
            "date_source",
            "activities",
            "quote",
            "iri",
        ]
        return _csv(rows, header, key if key.isascii() and "/" not in key else "practice")
    params = {k: v for k, v in filters.items() if v}
    path = f"/practice/{quote(key, safe='/')}"  # an activity's id may hold Chinese: headers need ASCII
    return _page(request, "atlas_practice.html", data, path, params, f"{label} · 做法 Practice")


def resolve_unit(svc: Host, atlas: Atlas, given: str) -> str:
    """An administrative unit named by id, IRI or name (exact name first, then search).

    Raises InputError when nothing answers to `given`.
    """
    iri = svc.urls.iri(given)
    if iri in atlas.units or iri in atlas.catalog.nodes:
        return iri
    named = [u.iri for u in atlas.units.values() if u.label == given.strip()]
    if named:
        return named[0]
    for hit in svc.search.get().search(given, limit=10):
        if str(hit["iri"]) in atlas.units:
            return str(hit["iri"])
    raise InputError(f"no administrative unit named {given!r}")


@router.get("/compare")
@router.get("/compare.json")
@router.get("/compare.csv")
def compare(request: Request) -> Response:
    """Two or more units (a=, b=, …, by name or id): shared practices, those only one has, similar units."""
    svc = service(request)
    atlas = atlas_of(svc)
    given = [v for k in _COMPARE_KEYS if (v := (request.query_params.get(k) or "").strip())]
    units = list(dict.fromkeys(resolve_unit(svc, atlas, g) for g in given))
    data: dict[str, Any] = {"given": given, "units": [], "shared": [], "only": {}, "partly": [], "similar": {}}
    if units:
        data = {"given": given, **compare_data(atlas, svc.store, units, links_of(svc))}
    params = {k: v for k, v in zip(_COMPARE_KEYS, given, strict=False)}
    data["links"] = {"csv": with_query("/compare.csv", **params)}
    if request.url.path.endswith(".csv"):
        names = {u["iri"]: u["label"] for u in data["units"]}
        rows = []
        for status, items in (
            ("shared", data["shared"]),
            ("partly", data["partly"]),
            *(("only", v) for v in data["only"].values()),
        ):
            for r in items:
                for u in r["units"]:
                    q = r["quotes"].get(u)
                    rows.append((r["id"], r["label"], r["label_en"], status, names[u], q["text"] if q else None))
        return _csv(rows, ["concept", "label_zh", "label_en", "status", "unit", "quote"], "compare")
    return _page(request, "atlas_compare.html", data, "/compare", params, "对比 Compare", section="/compare")


@router.get("/atlas/china.svg")
def china_svg() -> Response:
    """The base map: China's province outlines, drawn in the atlas's projection."""
    return Response(
        basemap_svg(),
        media_type="image/svg+xml",
        headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"},
    )
