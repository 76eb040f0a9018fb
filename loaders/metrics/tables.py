"""Figures of a table: rows of tab-separated cells, as the readers write HTML and DOCX tables.

A table states its figures without the words around them: a number cell measures its column's header,
in the unit the header or the cell writes (集体收入（万元） | 120), and the row's first cell names who
reports it when it names an organization (桃园村 | 120 | 356), else the sentence's doer does.

>>> from pathlib import Path
>>> from loaders.document import Entity
>>> from loaders import segment
>>> d = segment.run(Document(path=Path("x.txt"), text="某县经验\\n村名\\t集体收入（万元）\\t序号\\n合计\\t120\\t1\\n"))
>>> d.reports[0].subject = "place/1"
>>> d.entities["place/1"] = Entity("place/1", "某县", "County")
>>> [(str(m.value), m.unit, m.measure) for m in table_metrics(d)]
[('120', '万元', '集体收入')]
"""

from __future__ import annotations

import re

from loaders.document import Document, Metric, Passage
from loaders.metrics.numbers import parse_number
from loaders.relations.figures import reporter_of
from loaders.relations.mentions import org_mentions

__all__ = ["is_row", "table_metrics"]

_UNIT_IN_HEADER = re.compile(r"^(?P<name>.+?)\s*[（(](?P<unit>[^（()）]{1,4})[）)]\s*$")
_CELL_FIGURE = re.compile(r"^(?P<num>\d+(?:,\d{3})*(?:\.\d+)?(?:万|亿)?)(?:余|多)?\s*(?P<unit>[^\d\s.,]{0,3})$")
# columns that number or date the rows rather than measure them
_NO_MEASURE = re.compile(r"序号|编号|排名|名次|年份|年度|时间|日期|代码|电话|邮编")


def is_row(doc: Document, p: Passage) -> bool:
    """True for a passage that is a table row (cells a tab apart)."""
    return doc.text.find("\t", p.start, p.end) >= 0


def table_metrics(doc: Document) -> list[Metric]:
    """The metrics of every table in `doc`, read by column header."""
    if "\t" not in doc.text:
        return []  # no tab, no row: most documents hold no table, and every passage would be asked
    out: list[Metric] = []
    header: list[str] | None = None
    previous_end = -1
    for i, p in enumerate(doc.passages):
        if p.report is None or not is_row(doc, p):
            header = None
            continue
        cells = doc.text[p.start : p.end].split("\t")
        figures = [_CELL_FIGURE.match(c.strip()) for c in cells]
        if header is None or "\n" not in doc.text[previous_end : p.start] or len(cells) != len(header):
            header = None
        previous_end = p.end
        if header is None and not any(figures[1:]):
            header = [c.strip() for c in cells]
            continue
        if header is None:
            continue
        out.extend(_row(doc, i, p, cells, figures, header))
    return out


def _row(
    doc: Document, i: int, p: Passage, cells: list[str], figures: list[re.Match[str] | None], header: list[str]
) -> list[Metric]:
    # the cells before the first measured one name the row (序号 | 村名 | 收入: the name is the second cell)
    lead = next(
        (k for k, (f, h) in enumerate(zip(figures, header, strict=True)) if k and f and not _NO_MEASURE.search(h)),
        1,
    )
    first_end = p.start + sum(len(c) + 1 for c in cells[:lead]) - 1
    named = [m for m in org_mentions(doc, i) if m.key and m.end <= first_end]
    subject = named[-1].key if named else reporter_of(doc, i, p.start)
    if subject is None:
        return []
    out = []
    at = p.start
    for cell, fig, head in zip(cells, figures, header, strict=True):
        start, at = at, at + len(cell) + 1
        if fig is None or start < first_end or _NO_MEASURE.search(head):
            continue
        labelled = _UNIT_IN_HEADER.match(head)
        measure, unit = (labelled["name"], labelled["unit"]) if labelled else (head, "")
        unit, num = fig["unit"] or unit, fig["num"]
        if num[-1] in "万亿" and unit.startswith(num[-1]):
            num = num[:-1]  # 205.5万 under 收入（万元）: 205.5 万元
        elif unit == "元" and num[-1] in "万亿":
            num, unit = num[:-1], num[-1] + unit  # 350万 under 金额（元）: 350 万元, as written
        value = parse_number(num)
        if not unit or value is None or value == 0:
            continue  # a bare number without a unit anywhere: a code, not a figure
        offset = start + len(cell) - len(cell.lstrip())
        out.append(Metric(value, unit, measure, subject, i, offset, offset + len(cell.strip())))
    return out
