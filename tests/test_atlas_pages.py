"""The practice atlas over the sample plus 23 invented reports: pages, JSON twins, CSV, questions.

The fixtures (tests/fixtures/atlas) are short reports written for these tests, one county or town
each, in 20 provinces, dated 2017-2024 in the ways documents carry dates (a 发布时间 line, a date
alone, a page's metadata, a title's year) and one undated.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from atlas_store import FIXTURES, GRID, atlas_server

from loaders.names.geo import point


@pytest.fixture(scope="module")
def web(serve_app: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    folder: Path = tmp_path_factory.mktemp("atlas")
    with atlas_server(serve_app, folder) as url, httpx.Client(base_url=url, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def grid(web: httpx.Client) -> dict[str, Any]:
    response = web.get("/practice/GridGovernance.json")
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


def test_grid_governance_places_each_adopter_at_its_division(grid: dict[str, Any]) -> None:
    units = {u["label"]: u for u in grid["units"]}
    assert set(GRID) <= set(units)
    for name, (code, first) in GRID.items():
        u = units[name]
        assert u["place_code"][:6] == code, name
        assert (u["lon"], u["lat"]) == point(code), name
        assert u["first"] == first, name
        assert u["quotes"] and u["quotes"][0]["document"], name
    assert units["千灯镇"]["level"] == "Township" and units["千灯镇"]["code"] is None
    assert units["南乐县"]["code"] == "410923000000" and units["南乐县"]["province"] == "河南省"
    assert units["德清县"]["first_date_source"] == "title"
    assert units["昌吉市"]["first_date_source"] == "html-meta"
    assert units["正定县"]["first_date_source"] == "text"


def test_the_map_draws_every_placed_adopter(web: httpx.Client, grid: dict[str, Any]) -> None:
    members = [m for c in grid["map"]["clusters"] for m in c["members"]]
    placed = [u["label"] for u in grid["units"] if u["lon"] is not None]
    assert sorted(members) == sorted(placed)
    page = web.get("/practice/GridGovernance").text
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert 'href="/atlas/china.svg"' in svg
    assert svg.count("<circle") == len(grid["map"]["clusters"])
    for name in GRID:  # every name is on the map: as a label, or in a cluster's hover title
        assert name in svg, name
    basemap = web.get("/atlas/china.svg")
    assert basemap.headers["content-type"].startswith("image/svg+xml")
    assert basemap.text.count("<path") >= 34 and "<title>河南</title>" in basemap.text


def test_the_timeline_orders_adopters_by_document_date(web: httpx.Client, grid: dict[str, Any]) -> None:
    dated = [u["first"] for u in grid["units"] if u["first"]]
    assert dated == sorted(dated)
    assert grid["units"][-1]["label"] == "璧山区" and grid["units"][-1]["first"] is None
    rows = [r["label"] for r in grid["timeline"]["rows"]]
    assert rows == [u["label"] for u in grid["units"] if u["first"]]
    assert grid["timeline"]["undated"] >= 1
    curve = grid["timeline"]["curve"]["steps"]
    assert [s["count"] for s in curve] == sorted(s["count"] for s in curve)
    assert curve[-1]["count"] == len(dated)
    assert next(r for r in grid["timeline"]["rows"] if r["label"] == "德清县")["year_only"]
    page = web.get("/practice/GridGovernance").text
    table = page[page.index('<table class="adopters">') :]
    positions = [table.index(name) for name in ("安吉县", "宜都市", "寿光市", "正定县", "博罗县", "璧山区")]
    assert positions == sorted(positions)
    assert "undated 无日期" in table


def test_the_csv_download_lists_the_same_adopters(web: httpx.Client, grid: dict[str, Any]) -> None:
    page = web.get("/practice/GridGovernance")
    assert 'href="/practice/GridGovernance.csv"' in page.text
    assert 'href="/practice/GridGovernance.json"' in page.text
    response = web.get("/practice/GridGovernance.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["unit"] for r in rows] == [u["label"] for u in grid["units"]]
    anji = next(r for r in rows if r["unit"] == "安吉县")
    assert (anji["code"][:6], anji["first_date"]) == ("330523", "2017-09-09")


def test_the_index_counts_units_provinces_and_dates(web: httpx.Client) -> None:
    data = web.get("/practices.json").json()
    assert data["count"] >= 16
    row = next(r for r in data["rows"] if r["id"] == "GridGovernance")
    assert (row["label"], row["label_en"]) == ("网格化治理", "grid governance")
    assert row["units"] >= len(GRID) and row["provinces"] >= 15
    assert (row["first"], row["latest"]) == ("2017-09-09", "2024-02-27")
    units = [r["units"] for r in data["rows"]]
    assert units == sorted(units, reverse=True)
    by_first = web.get("/practices.json", params={"sort": "first", "order": "asc"}).json()["rows"]
    firsts = [r["first"] for r in by_first if r["first"]]
    assert firsts == sorted(firsts)
    zhejiang = web.get("/practices.json", params={"province": "330000"}).json()
    row = next(r for r in zhejiang["rows"] if r["id"] == "GridGovernance")
    assert row["units"] == 2 and row["provinces"] == 1
    province_facet = next(f for f in data["facets"] if f["name"] == "province")
    assert any(v["value"] == "330000" and v["label"] == "浙江省" for v in province_facet["values"])
    towns = web.get("/practice/GridGovernance.json", params={"level": "Township"}).json()
    assert [u["label"] for u in towns["units"]] == ["千灯镇"]
    assert web.get("/practices.json", params={"sort": "nonsense"}).status_code == 400
    html = web.get("/practices").text
    assert '<a href="/practice/GridGovernance">网格化治理</a>' in html
    assert "/practices.csv" in html and "/practices.json" in html


def test_practices_that_go_together(grid: dict[str, Any]) -> None:
    together = {t["id"]: t["units"] for t in grid["together"]}
    assert together.get("DualReporting", 0) >= 3  # 正定县, 寿光市, 准格尔旗 and 昌吉市 do both
    assert "GridGovernance" not in together


def test_compare_two_units(web: httpx.Client) -> None:
    data = web.get("/compare.json", params={"a": "正定县", "b": "寿光市"}).json()
    assert [u["label"] for u in data["units"]] == ["正定县", "寿光市"]
    shared = {r["id"]: r for r in data["shared"]}
    assert {"GridGovernance", "DualReporting"} <= set(shared)
    quotes = shared["DualReporting"]["quotes"]
    assert all(quotes[u["iri"]]["text"] for u in data["units"])
    assert "双报到" in quotes[data["units"][0]["iri"]]["text"]
    similar = data["similar"][data["units"][0]["iri"]]
    assert similar and all(0 < s["score"] <= 1 for s in similar)
    page = web.get("/compare", params={"a": "正定县", "b": "寿光市"}).text
    assert "Shared by all" in page and "正定县" in page
    rows = list(csv.DictReader(io.StringIO(web.get("/compare.csv", params={"a": "正定县", "b": "寿光市"}).text)))
    assert {("DualReporting", "shared", "正定县"), ("DualReporting", "shared", "寿光市")} <= {
        (r["\ufeffconcept"], r["status"], r["unit"]) for r in rows
    }
    assert web.get("/compare.json", params={"a": "正定县", "b": "无此县名"}).status_code == 400


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("where is grid governance used", "atlas_where"),
        ("网格化治理在哪些地方使用", "atlas_where"),
        ("when did counties start dual reporting", "atlas_when"),
        ("哪些地方最早开展双报到", "atlas_when"),
    ],
)
def test_atlas_questions_answer_with_a_map_a_timeline_and_their_sparql(
    web: httpx.Client, question: str, kind: str
) -> None:
    reply = web.get("/api/ask", params={"q": question}).json()
    assert reply["kind"] == kind
    names = [a["label"] for a in reply["answers"]]
    if kind == "atlas_where":
        assert set(GRID) <= set(names)
        assert reply["atlas"]["map"]["points"] == len(names)  # every adopter here has a place
    else:
        assert {"正定县", "寿光市", "富平县"} <= set(names)
        assert names.index("富平县") < names.index("寿光市") < names.index("正定县")  # 2018, 2019, 2021
        assert reply["atlas"]["timeline"]["rows"][0]["label"] == names[0]
    sparql = reply["sparql"]
    ran = web.get("/sparql", params={"query": sparql}, headers={"Accept": "application/sparql-results+json"})
    actors = {b["actor"]["value"] for b in ran.json()["results"]["bindings"]}
    assert {a["iri"] for a in reply["answers"]} <= actors
    page = web.get("/ask", params={"q": question}).text
    assert "<svg" in page and "atlas-map" in page and re.search(r"SELECT \?actor", page)


def test_what_two_units_share(web: httpx.Client) -> None:
    reply = web.get("/api/ask", params={"q": "what practices do 正定县 and 寿光市 share"}).json()
    assert reply["kind"] == "atlas_share"
    assert {"网格化治理", "双报到"} <= {a["label"] for a in reply["answers"]}
    assert "VALUES ?actor" in reply["sparql"] and reply["atlas"]["url"].startswith("/compare?")
    zh = web.get("/api/ask", params={"q": "正定县和寿光市有哪些共同做法"}).json()
    assert {a["label"] for a in zh["answers"]} == {a["label"] for a in reply["answers"]}


def test_other_questions_still_reach_the_question_forms(web: httpx.Client) -> None:
    assert web.get("/api/ask", params={"q": "which counties use grid governance"}).json()["kind"] != "atlas_where"


def test_unknown_practice_is_404(web: httpx.Client) -> None:
    assert web.get("/practice/NoSuchPractice.json").status_code == 404


def test_a_named_activity_has_a_practice_page_across_documents(web: httpx.Client, grid: dict[str, Any]) -> None:
    anji = next(u for u in grid["units"] if u["label"] == "安吉县")
    activity = next(a for a in anji["activities"] if a["label"] == "网格化管理")
    key = activity["url"].removeprefix("/entity/")
    data = web.get(f"/practice/{key}.json").json()
    assert data["practice"]["label"] == "网格化管理"
    # the same named practice in the other reports (gk:practice, or the same name)
    assert {"安吉县", "正定县", "寿光市", "临泽县"} <= {u["label"] for u in data["units"]}
    assert web.get(f"/practice/{key}").status_code == 200


def test_the_command_line_answers_atlas_questions(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from api.cli import app

    store = tmp_path / "cli-store"
    load = CliRunner().invoke(app, ["--store", str(store), "load", "--workers", "1", str(FIXTURES)])
    assert load.exit_code == 0, load.output
    asked = CliRunner().invoke(app, ["--store", str(store), "ask", "--format", "json", "哪些地方最早开展双报到"])
    assert asked.exit_code == 0, asked.output
    reply = json.loads(asked.output)
    names = [a["label"] for a in reply["answers"]]
    assert reply["kind"] == "atlas_when" and names.index("富平县") < names.index("正定县")
