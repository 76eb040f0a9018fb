"""PDF with a text layer: lines from pdfminer's layout, page breaks gone, hard wraps rejoined.

A line is a hard wrap (joined to the next) when it runs to the right edge of the page's text
column, does not end a sentence, and the next line does not start a heading (一、 （二） 第三章 1.).
Page-number lines (- 3 -, 第3页) are dropped, and the spaces pdfminer reads into letter-spaced
(justified) Chinese are removed. Offsets then refer to this rebuilt text.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from errors import MissingDependency, UnreadableDocument
from loaders.document import Document
from loaders.reading.limits import Limits, size_text
from loaders.reading.meta import embedded_title, parse_date, text_document

__all__ = ["check_pdf", "join_lines", "read_pdf", "unspace"]

_SENTENCE_END = tuple("。！？!?；;：:…”’」』）)")
_HEADING = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]"
    r"|\d+[、.．](?!\d)|[①-⑳]|[一二三四五六七八九十]是)"
)
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—－–―\s]*\d{1,4}[-—－–―\s]*|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$"
)
_CJK = r"[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’…—]"
_CJK_SPACE = re.compile(rf"(?<={_CJK}) (?={_CJK})")
_SINGLE_SPACE = re.compile(r"(?<=\S) (?=\S)")
_SPACES = re.compile(r" {2,}")
_SPACED_SHARE = 0.8
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_MAX_UNMAPPED = 0.2
_EDGE_SLACK = 1.5  # a wrapped line ends within this many character widths of the column's right edge
_LATIN_END = re.compile(r"[A-Za-z0-9,]$")
# What a damaged file makes pdfminer raise besides its own exceptions; all mean "corrupt".
_CORRUPT = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    AssertionError,
    EOFError,
    OverflowError,
    ZeroDivisionError,
    RecursionError,
    zlib.error,
    struct.error,
)


@dataclass
class _Line:
    text: str
    right: float  # x1 of the line
    size: float  # line height, about one CJK character width
    edge: float  # right edge of the page's text column
    page: int


def unspace(line: str) -> str:
    """Undo the spaces pdfminer puts between letter-spaced characters (justified CJK text).

    >>> unspace("全 县 划 分 网 格 1 2 0 0 个 。")
    '全县划分网格1200个。'
    >>> unspace("推动 GDP growth 增长")
    '推动 GDP growth 增长'
    >>> unspace("党建 引领")
    '党建引领'
    """
    text = line.strip()
    solid = len(text) - text.count(" ")
    singles = len(_SINGLE_SPACE.findall(text))
    if solid > 3 and singles >= _SPACED_SHARE * (solid - 1):  # every character stands alone
        return _SPACES.sub(" ", _SINGLE_SPACE.sub("", text))
    return _CJK_SPACE.sub("", text)


def join_lines(lines: list[tuple[str, bool]]) -> str:
    """Join (text, reaches_right_edge) lines into paragraphs where the PDF hard-wrapped them.

    >>> join_lines([("平遥县全面贯彻落实省委部署和市委", True), ("要求，扛稳创建责任。", False),
    ...             ("一、建强组织体系", False)])
    '平遥县全面贯彻落实省委部署和市委要求，扛稳创建责任。\\n一、建强组织体系'
    """
    out: list[str] = []
    joinable = False
    for text, full in lines:
        text = text.strip()
        if not text:
            joinable = False
            continue
        if out and joinable and not _HEADING.match(text):
            sep = " " if _LATIN_END.search(out[-1]) and text[0].isascii() and text[0].isalnum() else ""
            out[-1] = out[-1] + sep + text
        else:
            out.append(text)
        joinable = full and not text.endswith(_SENTENCE_END)
    return "\n".join(out)


def _walk(layout: Any, lines: list[Any], counts: dict[str, int]) -> None:
    from pdfminer.layout import LTContainer, LTImage, LTTextLine

    for item in layout:
        if isinstance(item, LTTextLine):
            lines.append(item)
        elif isinstance(item, LTImage):
            counts["images"] += 1
        elif isinstance(item, LTContainer):
            _walk(item, lines, counts)


def _info_title(document: Any) -> str | None:
    from pdfminer.utils import decode_text

    for info in document.info or []:
        raw = info.get("Title")
        if hasattr(raw, "resolve"):
            raw = raw.resolve()
        if isinstance(raw, bytes):
            raw = decode_text(raw)
        if isinstance(raw, str) and raw.strip():
            return embedded_title(raw)
    return None


_PDF_DATE = re.compile(rb"^(?:D:)?((?:19|20)\d\d)(\d\d)(\d\d)")


def _info_date(document: Any) -> str | None:
    """The CreationDate of the PDF info (D:20230115093000+08'00') as yyyy-mm-dd, when valid."""
    from pdfminer.utils import decode_text

    for info in document.info or []:
        raw = info.get("CreationDate")
        if hasattr(raw, "resolve"):
            raw = raw.resolve()
        if isinstance(raw, str):
            raw = raw.encode("latin-1", "replace")
        if isinstance(raw, bytes) and (m := _PDF_DATE.match(raw.strip())):
            return parse_date(decode_text(b"-".join(m.groups())))
    return None


def _extract(path: Path, data: bytes) -> tuple[list[_Line], int, str | None, str | None]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psexceptions import PSException

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect as exc:
        raise UnreadableDocument(f"{path}: encrypted PDF (needs a password)") from exc
    except PDFEncryptionError as exc:
        raise UnreadableDocument(f"{path}: encrypted PDF ({exc})") from exc
    except (PSException, *_CORRUPT) as exc:
        raise UnreadableDocument(f"{path}: corrupt PDF ({type(exc).__name__})") from exc
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    lines: list[_Line] = []
    counts = {"images": 0}
    try:
        for number, page in enumerate(PDFPage.create_pages(document)):
            interpreter.process_page(page)
            found: list[Any] = []
            _walk(device.get_result(), found, counts)
            edge = max((ln.x1 for ln in found if ln.get_text().strip()), default=0.0)
            lines.extend(_Line(ln.get_text(), ln.x1, ln.height, edge, number) for ln in found)
        title = _info_title(document)
        file_date = _info_date(document)
    except PDFEncryptionError as exc:
        raise UnreadableDocument(f"{path}: encrypted PDF ({exc})") from exc
    except (PSException, *_CORRUPT) as exc:
        raise UnreadableDocument(f"{path}: corrupt PDF ({type(exc).__name__})") from exc
    return lines, counts["images"], title, file_date


_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_ENDSTREAM = b"endstream"
_INFLATE_STEP = 4 * 2**20


def _inflated(raw: bytes, cap: int) -> int:
    """What one zlib stream inflates to, counted in steps and stopped past `cap` (0 if not zlib)."""
    inflater = zlib.decompressobj()
    total = 0
    try:
        chunk = inflater.decompress(raw, _INFLATE_STEP)
        while chunk:
            total += len(chunk)
            if total > cap:
                break
            chunk = inflater.decompress(inflater.unconsumed_tail, _INFLATE_STEP)
    except zlib.error:
        pass  # not Flate, or damaged: the parser decides
    return total


def _page_count(data: bytes) -> int:
    """The /Count of the PDF's page tree (0 if it cannot be read: the parser then says why)."""
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfparser import PDFParser
        from pdfminer.pdftypes import resolve1
        from pdfminer.psexceptions import PSException
    except ImportError:
        return 0  # read_pdf says which package is missing

    try:
        pages = resolve1(PDFDocument(PDFParser(io.BytesIO(data)), password="").catalog.get("Pages"))
        return int(resolve1(pages.get("Count", 0))) if isinstance(pages, dict) else 0
    except (PSException, *_CORRUPT):  # the parser reports what is wrong with the file
        return 0


def check_pdf(path: Path, data: bytes, limits: Limits) -> None:
    """Refuse a PDF with too many pages, or whose compressed streams inflate past the limits.

    Each Flate stream is inflated in steps and only counted, so a stream bomb is found without
    holding what it expands to; pdfminer would inflate each stream whole into memory.

    Raises:
        PayloadTooLarge: too many pages, one stream or all streams inflating past the limits.
    """
    pages = _page_count(data)
    if pages > limits.max_pdf_pages:
        raise limits.refuse(path, "PDF has too many pages", f"{pages:,}", "max_pdf_pages")
    total = 0
    for match in _STREAM.finditer(data):
        end = data.find(_ENDSTREAM, match.end())
        size = _inflated(data[match.end() : end if end >= 0 else len(data)], limits.max_pdf_stream)
        if size > limits.max_pdf_stream:
            raise limits.refuse(path, "a PDF stream inflates too much", f"over {size_text(size)}", "max_pdf_stream")
        total += size
        if total > limits.max_pdf_inflated:
            raise limits.refuse(path, "PDF streams inflate too much", f"over {size_text(total)}", "max_pdf_inflated")


def read_pdf(path: Path, data: bytes) -> Document:
    """A PDF's text layer as one text; the title from the PDF info or its first line.

    Raises:
        UnreadableDocument: not a PDF, truncated, corrupt, encrypted, or without a text layer.
        MissingDependency: pdfminer.six is not installed.
    """
    try:
        import pdfminer  # noqa: F401
    except ImportError as exc:
        raise MissingDependency(f"{path}: reading PDF needs pdfminer.six: pip install pdfminer.six") from exc
    if b"%PDF-" not in data[:1024]:  # readers tolerate a little junk before the header
        raise UnreadableDocument(f"{path}: not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-2048:]:
        raise UnreadableDocument(f"{path}: truncated PDF (no %%EOF end marker)")
    lines, images, info_title, file_date = _extract(path, data)
    kept = [ln for ln in lines if ln.text.strip() and not _PAGE_NUMBER.match(ln.text)]
    text = join_lines([(unspace(ln.text), ln.right >= ln.edge - _EDGE_SLACK * ln.size) for ln in kept])
    unmapped = sum(len(m) for m in _UNMAPPED.findall(text))
    if unmapped > _MAX_UNMAPPED * len(text):
        raise UnreadableDocument(f"{path}: no usable text layer (fonts without a Unicode map; OCR it first)")
    text = _UNMAPPED.sub("\ufffd", text)  # a glyph pdfminer cannot name: one unknown character
    if not text.strip():
        if images:
            raise UnreadableDocument(f"{path}: no text layer (image-only PDF; OCR it first)")
        raise UnreadableDocument(f"{path}: no text layer (empty PDF)")
    return text_document(path, text, media_type="application/pdf", title=info_title, file_date=file_date)
