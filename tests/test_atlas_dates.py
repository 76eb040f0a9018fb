"""Document dates as data: the most trusted source wins, the graph keeps where it came from, and an
undated document stays undated."""

from __future__ import annotations

import datetime
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph import OxigraphStore, select, text
from graph.queries import PREFIX
from loaders import emit, extract
from loaders.reading.stage import read

_BODY = "某某县推行网格化管理，全县划分网格120个。\n"


def _dated(path: Path) -> tuple[str | None, str | None]:
    doc = read(path)
    return doc.date, doc.date_source


def test_a_dated_line_beats_the_titles_year(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("2022年某某县工作总结\n发布时间：2023年3月8日\n" + _BODY, encoding="utf-8")
    assert _dated(path) == ("2023-03-08", "text")


def test_the_titles_year_alone_gives_a_year_never_a_day(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text("2021年某某县基层治理工作总结\n" + _BODY, encoding="utf-8")
    assert _dated(path) == ("2021", "title")
    span = tmp_path / "c.txt"
    span.write_text("2019—2021年某某县工作回顾\n" + _BODY, encoding="utf-8")
    assert _dated(span) == (None, None)


def test_html_metadata_beats_a_date_in_the_page(tmp_path: Path) -> None:
    path = tmp_path / "d.html"
    path.write_text(
        '<html><head><meta name="publishdate" content="2020-02-02"><title>某某县网格化管理</title></head>'
        "<body><div id='zoom'><p>某某县网格化管理</p><p>"
        + _BODY
        + "</p><p>发布时间：2021年5月5日</p></div></body></html>",
        encoding="utf-8",
    )
    assert _dated(path) == ("2020-02-02", "html-meta")


def test_a_docx_falls_back_on_its_own_properties(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("某某县网格化管理经验")
    document.add_paragraph(_BODY.strip())
    document.core_properties.created = datetime.datetime(2019, 7, 1, 8, 0)
    path = tmp_path / "e.docx"
    document.save(str(path))
    assert _dated(path) == ("2019-07-01", "file-metadata")


def _store_dates(tmp_path: Path, files: dict[str, str]) -> dict[str, tuple[ox.Literal | None, str | None]]:
    store = OxigraphStore()
    for name, content in files.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        doc = extract(read(path))
        store.replace_graph(f"urn:g:{name}", emit(doc))
    rows = select(
        store,
        PREFIX + "SELECT ?id ?date ?source WHERE { ?d a gk:Document ; dcterms:identifier ?id "
        "OPTIONAL { ?d dcterms:date ?date } OPTIONAL { ?d gk:dateSource ?source } }",
    )
    out: dict[str, tuple[ox.Literal | None, str | None]] = {}
    for r in rows:
        date = r.get("date")
        out[text(r["id"])] = (
            date if isinstance(date, ox.Literal) else None,
            text(r["source"]) if "source" in r else None,
        )
    return out


def test_the_graph_keeps_the_date_typed_with_its_source(tmp_path: Path) -> None:
    found = _store_dates(
        tmp_path,
        {
            "full.txt": "某某县工作经验\n发布时间：2023年3月8日\n" + _BODY,
            "year.txt": "2021年某某县工作总结\n" + _BODY,
            "none.txt": "某某县工作经验\n" + _BODY,
        },
    )
    full, year = found["full.txt"], found["year.txt"]
    assert full[0] is not None and full[0].value == "2023-03-08"
    assert full[0].datatype.value.endswith("#date") and full[1] == "text"
    assert year[0] is not None and year[0].value == "2021" and year[0].datatype.value.endswith("#gYear")
    assert year[1] == "title"
    assert found["none.txt"] == (None, None)
