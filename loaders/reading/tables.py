"""CSV tables keyed by division (population or budget per county): each row becomes facts on the
division's own IRI, the one the extractor mints (`place/<12-digit code>`), so SPARQL joins a table's
columns with what the documents say about the same unit.

The key column is the first whose header names a code (code, adcode, 区划代码, 行政区划代码, 代码) or
a name (name, division, 名称, 地区, 行政区, 单位); every other column becomes a property
`{base}data/<column>` with the column's header as its label. Numbers become xsd:integer or xsd:decimal.
A row whose key matches no division, or several (朝阳区), stops the file with one line naming the row.

>>> import tempfile, pathlib
>>> table = pathlib.Path(tempfile.mkdtemp()) / "people.csv"
>>> _ = table.write_text("名称,人口\\n南乐县,510000\\n", encoding="utf-8")
>>> [f"{t.subject.value} {t.object}" for t in read_table(table, "https://w3id.org/govkg/id/")][-1:]
['https://w3id.org/govkg/id/place/410923000000 "510000"^^<http://www.w3.org/2001/XMLSchema#integer>']
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from errors import InputError, UnreadableDocument
from loaders.emit import entity_iri
from loaders.names import divisions

__all__ = ["read_table"]

_CODE_HEADERS = {"code", "adcode", "division_code", "区划代码", "行政区划代码", "代码"}
_NAME_HEADERS = {"name", "division", "unit", "名称", "地区", "行政区", "单位", "区县"}
_XSD = "http://www.w3.org/2001/XMLSchema#"
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_PROPERTY = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#Property")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _text(path: Path) -> str:
    """The file's text: UTF-8 (with or without BOM), else GB18030 as Chinese spreadsheets save it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"{path}: {exc.strerror or exc}") from exc
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableDocument(f"{path}: neither UTF-8 nor GB18030 text")


def _value(text: str) -> ox.Literal:
    number = text.replace(",", "")
    if re.fullmatch(r"[+-]?\d+", number):
        return ox.Literal(number, datatype=ox.NamedNode(_XSD + "integer"))
    if re.fullmatch(r"[+-]?(?:\d+\.\d*|\.\d+)", number):
        return ox.Literal(number, datatype=ox.NamedNode(_XSD + "decimal"))
    return ox.Literal(text)


def _named(key: str) -> str:
    units = divisions.by_name(key) or divisions.by_short(key)
    if not units:
        raise LookupError(f"{key!r} matches no division")
    if len(units) > 1:
        shown = ", ".join(
            f"{d.code6} {''.join(p.name for p in reversed(divisions.chain(d)))}"
            for d in sorted(units, key=lambda d: d.code)[:4]
        )
        raise LookupError(f"{key!r} matches {len(units)} divisions ({shown}); key the row by code instead")
    return units[0].key


def _coded(key: str) -> str:
    unit = divisions.by_code(key) if re.fullmatch(r"\d{6}(?:\d{6})?", key) else None
    if unit is None:
        raise LookupError(f"{key!r} is no division code (6 or 12 digits of GB/T 2260)")
    return unit.key


def _key_column(headers: list[str]) -> tuple[int | None, Callable[[str], str]]:
    """Where the key is and how it names a division: a code column first, else a name column."""
    for names, by in ((_CODE_HEADERS, _coded), (_NAME_HEADERS, _named)):
        for i, header in enumerate(headers):
            if header in names:
                return i, by
    return None, _named


def read_table(path: Path, base: str) -> list[ox.Triple]:
    """The facts of one CSV table on the divisions its key column names.

    Raises:
        UnreadableDocument: the file cannot be read or has no header.
        InputError: no key column, or a row whose key matches no division or several (one line, with the row).
    """
    rows = list(csv.reader(io.StringIO(_text(path))))
    if not rows or not any(h.strip() for h in rows[0]):
        raise UnreadableDocument(f"{path}: no header row")
    header = [h.strip() for h in rows[0]]
    key_at, by = _key_column([h.lower() for h in header])
    if key_at is None:
        raise InputError(f"{path}: no key column: call one code (区划代码) or name (名称); got {', '.join(header)}")
    columns = {i: ox.NamedNode(f"{base}data/{quote(h, safe='')}") for i, h in enumerate(header) if i != key_at and h}
    triples = []
    for i, prop in columns.items():
        triples += [ox.Triple(prop, _TYPE, _PROPERTY), ox.Triple(prop, _LABEL, ox.Literal(header[i]))]
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        key = row[key_at].strip() if key_at < len(row) else ""
        try:
            unit = ox.NamedNode(entity_iri(base, by(key)))
        except LookupError as exc:
            raise InputError(f"{path}: row {number}: {exc.args[0]}") from None
        for i, prop in columns.items():
            if i < len(row) and row[i].strip():
                triples.append(ox.Triple(unit, prop, _value(row[i].strip())))
    return triples
