"""Bytes to text: Chinese encodings, BOMs, binary sniffing, and the plain-text reader.

Strict UTF-8 first (the fast path for almost every modern file), then BOMs, then charset
detection restricted to the encodings Chinese documents come in, run on a sample only.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from errors import MissingDependency, UnreadableDocument
from loaders.document import Document
from loaders.read_meta import find_date, find_source, guess_title

__all__ = ["decode", "looks_binary", "normalize_newlines", "read_text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# GB18030 is a superset of GBK and GB2312, cp950 of Big5: decoding with the superset never loses.
_CANDIDATES = ("gb18030", "big5", "cp950")
_REPORTED = {"cp950": "big5"}
_SNIFF_BYTES = 64 * 1024
_DETECT_BYTES = 256 * 1024
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}
_MAX_CONTROL_RATIO = 0.05
_MAX_REPLACED_RATIO = 0.001


def looks_binary(data: bytes) -> bool:
    """True when the start of `data` holds NUL bytes or many control characters.

    >>> looks_binary("来源:濮阳党建网".encode())
    False
    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    True
    """
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b in _CONTROL)
    return bool(sample) and control / len(sample) > _MAX_CONTROL_RATIO


def _decode_prefix(data: bytes, encoding: str) -> str:
    """Strictly decode `data`, dropping an incomplete multi-byte sequence at the very end."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    return decoder.decode(data, final=False)


def _detect(sample: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise MissingDependency("charset-normalizer is needed to read non-UTF-8 text: pip install govkg") from exc
    best = from_bytes(sample, cp_isolation=list(_CANDIDATES)).best()
    return best.encoding if best else None


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Decode document bytes to text; return (text, encoding name).

    `declared` is an encoding the container names (an HTML meta charset); it is tried after the
    BOM and before detection. A truncated last character is dropped, undecodable bytes are an
    error. `name` is only used in error messages.

    Raises:
        UnreadableDocument: binary data, or bytes that no Chinese encoding decodes.

    >>> decode("濮阳".encode("gbk"), "a.txt")
    ('濮阳', 'gb18030')
    >>> decode(codecs.BOM_UTF8 + "濮阳".encode(), "a.txt")
    ('濮阳', 'utf-8-sig')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _decode_prefix(data, encoding), encoding
            except UnicodeDecodeError as exc:
                raise UnreadableDocument(f"{name}: undecodable {encoding} text at byte {exc.start}") from exc
    if looks_binary(data):
        raise UnreadableDocument(f"{name}: binary file, not text")
    try:
        return _decode_prefix(data, "utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    tried = []
    if declared:
        tried.append(_superset(declared))
    detected = _detect(_sample(data))
    if detected:
        tried.append(detected)
    tried.extend(_CANDIDATES)
    for encoding in dict.fromkeys(tried):
        try:
            return _decode_prefix(data, encoding), _REPORTED.get(encoding, encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    # Mostly UTF-8 with a few stray bytes: keep it (offsets stay stable with U+FFFD) rather than lose it.
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(1, len(text) * _MAX_REPLACED_RATIO) and len(text) > 100:
        return text, "utf-8"
    raise UnreadableDocument(f"{name}: undecodable text (not UTF-8, UTF-16, GB18030/GBK or Big5)")


def _superset(encoding: str) -> str:
    try:
        canonical = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950"}.get(canonical, canonical)


def _sample(data: bytes) -> bytes:
    """A prefix for detection, cut at a line end so no character is split."""
    if len(data) <= _DETECT_BYTES:
        return data
    cut = data.rfind(b"\n", 0, _DETECT_BYTES)
    return data[: cut + 1] if cut > 0 else data[:_DETECT_BYTES]


_NEWLINES = re.compile(r"\r\n?")


def normalize_newlines(text: str) -> str:
    r"""CRLF and CR become LF; nothing else changes, so offsets stay meaningful.

    >>> normalize_newlines("一\r\n二\r三")
    '一\n二\n三'
    """
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def read_text(path: Path, data: bytes) -> Document:
    """Plain text in any Chinese encoding; title, source and date from its lines.

    Raises:
        UnreadableDocument: empty, binary or undecodable.
    """
    text, encoding = decode(data, str(path))
    text = normalize_newlines(text.removeprefix("\ufeff"))
    if not text.strip():
        raise UnreadableDocument(f"{path}: empty (no text)")
    return Document(
        path=path,
        text=text,
        title=guess_title(text),
        source=find_source(text),
        date=find_date(text),
        media_type="text/plain",
        encoding=encoding,
    )
