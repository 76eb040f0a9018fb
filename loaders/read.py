"""Stage 1 of the loader pipeline: a file on disk becomes a `Document` with its text and metadata.

`READERS` maps a file suffix to a reader `(path, data) -> Document`; files with another suffix are
sniffed (PDF and ZIP signatures, HTML tags, otherwise text). Every failure is one of our errors
with a one-line message that starts with the file name; no library exception escapes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from errors import UnreadableDocument, UnsupportedFormat
from loaders.document import Document
from loaders.read_docx import read_docx
from loaders.read_html import looks_like_html, read_html
from loaders.read_meta import boilerplate_spans
from loaders.read_pdf import read_pdf
from loaders.read_text import looks_binary, read_text

__all__ = ["MAX_BYTES", "READERS", "Reader", "boilerplate_spans", "read"]

Reader = Callable[[Path, bytes], Document]

MAX_BYTES = 50 * 2**20

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".shtml": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}

# Formats we recognise but cannot read: a precise message beats "binary file".
_UNSUPPORTED = {
    ".doc": "legacy Word .doc; save it as .docx",
    ".wps": "WPS document; save it as .docx",
    ".xls": "spreadsheet",
    ".xlsx": "spreadsheet",
    ".ppt": "presentation",
    ".pptx": "presentation",
}


def _size(n: int, *, whole: bool = False) -> str:
    """100.0 MB / 1.5 KB / 80 bytes; `whole` drops a .0 (limits read better as 50 MB)."""
    for unit, scale in (("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            value = f"{n / scale:.1f}"
            return f"{value.removesuffix('.0') if whole else value} {unit}"
    return f"{n} bytes"


def _too_large(path: Path, size: int, limit: int) -> UnreadableDocument:
    return UnreadableDocument(f"{path}: too large ({_size(size)} > {_size(limit, whole=True)} limit)")


def _sniff(path: Path, data: bytes) -> Reader:
    """Choose a reader from the content, for suffixes not in READERS."""
    head = data[:1024]
    if head.lstrip().startswith(b"%PDF-"):
        return read_pdf
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or b"[Content_Types].xml" in data[:65536]:
            return read_docx
        raise UnsupportedFormat(f"{path}: unsupported format (a ZIP archive, not a DOCX)")
    if looks_like_html(data):
        return read_html
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat(f"{path}: unsupported format (legacy Office file; save it as .docx)")
    if looks_binary(data):
        raise UnsupportedFormat(f"{path}: unsupported format {path.suffix or '(no suffix)'} (binary, not text)")
    return read_text


def read(path: Path | str, *, max_bytes: int = MAX_BYTES, readers: dict[str, Reader] | None = None) -> Document:
    """Read one file into a Document: path, text, title, source, date, media_type, encoding.

    `readers` replaces `READERS` (pass `{**READERS, ".md": read_text}` to add a format).

    Raises:
        UnreadableDocument: missing, too large, empty, binary, undecodable, encrypted or corrupt.
        UnsupportedFormat: a file type govkg has no reader for.
        MissingDependency: the reader's parser library is not installed.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     p = Path(tmp, "a.txt")
    ...     _ = p.write_bytes("经验交流材料\\r\\n来源：某某党建网\\r\\n正文。".encode("gbk"))
    ...     doc = read(p)
    >>> doc.title, doc.source, doc.encoding, doc.text.count("\\r")
    ('经验交流材料', '某某党建网', 'gb18030', 0)
    """
    path = Path(path)
    readers = READERS if readers is None else readers
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise UnreadableDocument(f"{path}: is a directory, not a file")
        if size > max_bytes:
            raise _too_large(path, size, max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableDocument(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # grew since stat, or a special file
        raise _too_large(path, len(data), max_bytes)
    suffix = path.suffix.lower()
    if suffix in _UNSUPPORTED and suffix not in readers:
        raise UnsupportedFormat(f"{path}: unsupported format ({_UNSUPPORTED[suffix]})")
    reader = readers.get(suffix) or _sniff(path, data)
    return reader(path, data)
