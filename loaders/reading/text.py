"""Bytes to text: Chinese encodings, BOMs, binary sniffing, and the plain-text reader.

Strict UTF-8 first (the fast path for almost every modern file), then BOMs, then charset
detection among the encodings Chinese documents come in (GB18030 ⊃ GBK ⊃ GB2312, Big5), run on
a sample only: the candidates that decode it strictly are ranked by how much of the result is
common Chinese characters.
"""

from __future__ import annotations

import codecs
import functools
import re
from pathlib import Path

from errors import UnreadableDocument
from loaders.document import Document
from loaders.reading.meta import text_document

__all__ = ["decode", "looks_binary", "normalize_newlines", "read_text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# GB18030 is a superset of GBK and GB2312, cp950 of Big5: decoding with the superset never loses.
_CANDIDATES = ("gb18030", "cp950", "big5hkscs")
_REPORTED = {"cp950": "big5", "big5hkscs": "big5"}
_SNIFF_BYTES = 64 * 1024
_DETECT_BYTES = 256 * 1024
_CONTROL = bytes(sorted(frozenset(range(32)) - {9, 10, 12, 13, 27}))  # counted by deleting them: C speed
_MAX_CONTROL_RATIO = 0.05
_MAX_REPLACED_RATIO = 0.001
_MIN_LENIENT = 1000  # characters: below this a stray byte is too large a share to guess around
_SCORE_CHARS = 20_000
_MIN_SCORE = 0.5  # below this the "text" is mojibake: the bytes are in some other encoding


def looks_binary(data: bytes) -> bool:
    """True when the start of `data` holds NUL bytes or many control characters.

    >>> looks_binary("来源:某某党建网".encode())
    False
    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    True
    """
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL))
    return bool(sample) and control / len(sample) > _MAX_CONTROL_RATIO


def _decode_prefix(data: bytes, encoding: str) -> str:
    """Strictly decode `data`, dropping an incomplete multi-byte sequence at the very end."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    return decoder.decode(data, final=False)


@functools.cache
def _common_chars() -> frozenset[str]:
    """Characters of the encodings' own frequent tiers: GB2312 symbols and level 1, Big5 symbols and level 1.

    Correctly decoded Chinese text is almost all made of these; GBK bytes read as Big5 (or the
    reverse) turn into rare characters, kana and box drawings, which is how we tell them apart.
    """
    chars: set[str] = set()
    tiers = (
        ("gb2312", range(0xA1, 0xA4), range(0xA1, 0xFF)),
        ("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF)),
        ("big5", range(0xA1, 0xA4), range(0x40, 0xFF)),
        ("big5", range(0xA4, 0xC7), range(0x40, 0xFF)),
    )
    for encoding, leads, trails in tiers:
        for lead in leads:
            for trail in trails:
                try:
                    chars.add(bytes((lead, trail)).decode(encoding))
                except UnicodeDecodeError:
                    continue
    return frozenset(chars)


def _score(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese characters or punctuation."""
    common = _common_chars()
    wide = [c for c in text[:_SCORE_CHARS] if c > "\x7f"]
    return sum(1 for c in wide if c in common) / len(wide) if wide else 0.0


def _detect(sample: bytes) -> list[str]:
    """Candidate encodings that decode `sample` strictly, most plausible first."""
    decoded: dict[str, str] = {}
    for encoding in _CANDIDATES:
        try:
            decoded[encoding] = _decode_prefix(sample, encoding)
        except UnicodeDecodeError:
            continue
    scores = {enc: _score(text) for enc, text in decoded.items()}
    return sorted((enc for enc in decoded if scores[enc] >= _MIN_SCORE), key=lambda enc: -scores[enc])


def decode(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Decode document bytes to text; return (text, encoding name).

    Order: BOM, strict UTF-8, then `declared` (an HTML meta charset) if it is a Chinese encoding,
    then detected candidates. A truncated last character is dropped; a long text with a few stray
    bytes keeps them as U+FFFD; anything worse is an error. `name` is only used in messages.

    Raises:
        UnreadableDocument: binary data, or bytes that no Chinese encoding decodes.

    >>> decode("长治".encode("gbk"), "a.txt")
    ('长治', 'gb18030')
    >>> decode("臺灣".encode("big5"), "a.txt")
    ('臺灣', 'big5')
    >>> decode(codecs.BOM_UTF8 + "长治".encode(), "a.txt")
    ('长治', 'utf-8-sig')
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
    detected = _detect(_sample(data))
    if declared:
        # A declared Chinese encoding goes first; a declared single-byte one (often a wrong
        # iso-8859-1 on old pages) decodes any bytes, so it only goes after the Chinese candidates.
        named = _superset(declared)
        detected = [named, *detected] if named in _CANDIDATES else [*detected, named]
    for encoding in detected:
        try:
            return _decode_prefix(data, encoding), _REPORTED.get(encoding, encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    # A few stray bytes in otherwise good text: keep it (U+FFFD keeps offsets stable) rather than lose it.
    for encoding in ("utf-8", *_CANDIDATES):
        text = data.decode(encoding, errors="replace")
        if len(text) >= _MIN_LENIENT and text.count("\ufffd") <= len(text) * _MAX_REPLACED_RATIO:
            return text, _REPORTED.get(encoding, encoding)
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
    return text_document(path, text, media_type="text/plain", encoding=encoding)
