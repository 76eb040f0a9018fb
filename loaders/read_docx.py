"""DOCX: body paragraphs and table cells in document order, one per line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from errors import MissingDependency, UnreadableDocument
from loaders.document import Document
from loaders.read_meta import find_date, find_source, guess_title

__all__ = ["read_docx"]

_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _block_lines(body: Any, parent: Any) -> list[str]:
    """Paragraph texts, and the text of each table cell (merged cells once), in reading order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            lines.append(Paragraph(child, parent).text)
        elif child.tag == f"{_W}tbl":
            seen: set[int] = set()
            for row in Table(child, parent).rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    lines.extend(_block_lines(cell._tc, cell))
        elif child.tag == f"{_W}sdt":  # content controls wrap paragraphs in some templates
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                lines.extend(_block_lines(content, parent))
    return lines


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
        core_title = (document.core_properties.title or "").strip()
    except (zipfile.BadZipFile, OpcError, LxmlError, KeyError, ValueError, EOFError, OSError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UnreadableDocument(f"{path}: corrupt DOCX ({detail})") from exc
    text = "\n".join(line.replace("\r", "").rstrip() for line in lines).strip("\n")
    if not text.strip():
        raise UnreadableDocument(f"{path}: empty (no text in the DOCX)")
    return Document(
        path=path,
        text=text,
        title=core_title or guess_title(text),
        source=find_source(text),
        date=find_date(text),
        media_type=_MEDIA_TYPE,
    )
