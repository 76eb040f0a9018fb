"""DOCX: body paragraphs and table rows in document order, one per line."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import Any

from errors import MissingDependency, UnreadableDocument
from loaders.document import Document
from loaders.reading.limits import Limits, size_text
from loaders.reading.meta import embedded_title, text_document

__all__ = ["check_docx", "read_docx"]

_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# What python-docx raises on a damaged package besides its own errors; all mean "corrupt".
_CORRUPT = (
    KeyError,
    ValueError,
    EOFError,
    OSError,
    AttributeError,
    TypeError,
    IndexError,
    NotImplementedError,  # zipfile: an unknown ZIP version or compression
    RuntimeError,  # zipfile: an encrypted member
    zlib.error,
)
_MAX_ROW = 200  # characters: longer rows are text laid out in a table, not a data row
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _block_lines(body: Any, parent: Any) -> list[str]:
    """Paragraph texts and table rows (merged cells once), in reading order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            lines.append(Paragraph(child, parent).text)
        elif child.tag == f"{_W}tbl":
            seen: set[Any] = set()  # holding the elements keeps their lxml proxies (and identities) alive
            for row in Table(child, parent).rows:
                cells = []
                for cell in row.cells:
                    if cell._tc not in seen:
                        seen.add(cell._tc)
                        cells.append([line for line in _block_lines(cell._tc, cell) if line.strip()])
                lines.extend(_row_lines(cells))
        elif child.tag == f"{_W}sdt":  # content controls wrap paragraphs in some templates
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                lines.extend(_block_lines(content, parent))
    return lines


def _row_lines(cells: list[list[str]]) -> list[str]:
    """A row of short cells is one line, cells apart by tabs (网格员\t860名: a measure stays with
    its value); a row holding longer text gives each cell's paragraphs their own lines."""
    if all(len(cell) <= 1 for cell in cells) and sum(len(c[0]) for c in cells if c) <= _MAX_ROW:
        return ["\t".join(c[0] if c else "" for c in cells).strip("\t")]
    return [line for cell in cells for line in cell]


_RATIO_FLOOR = 16 * 2**20  # below this, any compression ratio is harmless


def check_docx(path: Path, data: bytes, limits: Limits) -> None:
    """Refuse a DOCX whose zip members inflate past the limits, from the sizes its directory declares.

    Python's zipfile never inflates a member past its declared size, so the declared sizes bound
    what python-docx can allocate. A file that is not a readable zip is left to `read_docx`.

    Raises:
        PayloadTooLarge: the members' total uncompressed size, or its ratio to the file size, is past the limit.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, *_CORRUPT):
        return
    if inflated > limits.max_inflated:
        raise limits.refuse(path, "DOCX inflates too much", size_text(inflated), "max_inflated")
    ratio = inflated / max(1, len(data))
    if inflated > _RATIO_FLOOR and ratio > limits.max_ratio:
        raise limits.refuse(path, "DOCX compressed like a zip bomb", f"{ratio:,.0f}x", "max_ratio")


def read_docx(path: Path, data: bytes) -> Document:
    """A Word .docx file; the title from its core properties or its first line.

    Raises:
        UnreadableDocument: not a ZIP, missing word/document.xml, malformed XML, or no text.
        MissingDependency: python-docx is not installed.
    """
    try:
        import docx
        from docx.opc.exceptions import OpcError
    except ImportError as exc:
        raise MissingDependency(f"{path}: reading DOCX needs python-docx: pip install python-docx") from exc
    from lxml.etree import LxmlError

    if data.startswith(_OLE2):
        raise UnreadableDocument(f"{path}: not a DOCX (an OLE2 file: legacy .doc or password-protected)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise UnreadableDocument(f"{path}: corrupt DOCX (no word/document.xml)")
        document = docx.Document(io.BytesIO(data))
        lines = _block_lines(document.element.body, document)
        core_title = embedded_title(document.core_properties.title)
        created = document.core_properties.created
    except (zipfile.BadZipFile, OpcError, LxmlError, *_CORRUPT) as exc:
        detail = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise UnreadableDocument(f"{path}: corrupt DOCX ({detail})") from exc
    text = "\n".join(line.replace("\r", "").rstrip() for line in lines).strip("\n")
    if not text.strip():
        raise UnreadableDocument(f"{path}: empty (no text in the DOCX)")
    file_date = created.date().isoformat() if created else None
    return text_document(path, text, media_type=_MEDIA_TYPE, title=core_title, file_date=file_date)
