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
from loaders.reading.docx import check_docx, read_docx
from loaders.reading.html import looks_like_html, read_html
from loaders.reading.limits import MAX_BYTES, Limits, size_text
from loaders.reading.meta import boilerplate_spans
from loaders.reading.pdf import check_pdf, read_pdf
from loaders.reading.text import looks_binary, read_text

__all__ = ["MAX_BYTES", "READERS", "Limits", "Reader", "boilerplate_spans", "read"]

Reader = Callable[[Path, bytes], Document]

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


# Checks of what a file inflates to, run before its parser sees it.
_CHECKS: dict[Reader, Callable[[Path, bytes, Limits], None]] = {read_docx: check_docx, read_pdf: check_pdf}


def _too_large(path: Path, size: int, limit: int) -> UnreadableDocument:
    return UnreadableDocument(f"{path}: too large ({size_text(size)} > {size_text(limit, whole=True)} limit)")


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


def read(
    path: Path | str,
    *,
    max_bytes: int | None = None,
    readers: dict[str, Reader] | None = None,
    limits: Limits | None = None,
) -> Document:
    """Read one file into a Document: path, text, title, source, date, media_type, encoding.

    `readers` replaces `READERS` (pass `{**READERS, ".md": read_text}` to add a format). `limits`
    (default: `Limits.from_env()`) caps the file's size, what a DOCX or PDF inflates to and the text's
    length, checked before the parser runs; `max_bytes` overrides its file size.

    Raises:
        UnreadableDocument: missing, too large, empty, binary, undecodable, encrypted or corrupt.
        PayloadTooLarge: a DOCX or PDF that inflates past the limits (a zip or stream bomb), or
            text longer than the limit.
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
    limits = limits or Limits.from_env()
    max_bytes = limits.max_bytes if max_bytes is None else max_bytes
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
    check = _CHECKS.get(reader)
    if check is not None:
        check(path, data, limits)
    doc = reader(path, data)
    limits.check_text(path, len(doc.text))
    return doc
