"""How much a document may be, and inflate to, before govkg parses it: the guard against bombs.

Every limit has a default that real reports stay far below and a `GOVKG_*` environment variable
that changes it (for `govkg load`, `govkg serve` and its uploads alike). A document past a limit is
refused with one line naming the file, what it measured and the limit, before its parser allocates.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from errors import ConfigError, PayloadTooLarge

__all__ = ["MAX_BYTES", "Limits", "size_text"]

MAX_BYTES = 50 * 2**20
_SIZES = {"max_bytes", "max_inflated", "max_pdf_stream", "max_pdf_inflated", "extract_memory"}  # in bytes


def size_text(n: int, *, whole: bool = False) -> str:
    """100.0 MB / 1.5 KB / 80 bytes; `whole` drops a .0 (limits read better as 50 MB).

    >>> size_text(3 * 2**30), size_text(50 * 2**20, whole=True), size_text(80)
    ('3072.0 MB', '50 MB', '80 bytes')
    """
    for unit, scale in (("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            value = f"{n / scale:.1f}"
            return f"{value.removesuffix('.0') if whole else value} {unit}"
    return f"{n} bytes"


@dataclass(frozen=True)
class Limits:
    """The caps one read works under; each field's environment variable is GOVKG_ + its name in capitals.

    >>> Limits.from_env({"GOVKG_MAX_PDF_PAGES": "10"}).max_pdf_pages
    10
    """

    max_bytes: int = MAX_BYTES  # the file itself
    max_chars: int = 20_000_000  # characters of text read from it
    max_inflated: int = 256 * 2**20  # a DOCX's zip members, uncompressed, added up
    max_ratio: int = 100  # a DOCX's uncompressed size over its file size (zip bombs reach thousands)
    max_pdf_pages: int = 3_000
    max_pdf_stream: int = 64 * 2**20  # one PDF stream, inflated
    max_pdf_inflated: int = 512 * 2**20  # all of a PDF's streams, inflated
    extract_memory: int = 1536 * 2**20  # address space of an isolated extraction process (uploads)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """The defaults, with any GOVKG_MAX_* variable set in `environ` (default os.environ) applied.

        Raises ConfigError for a value that is not a positive whole number.
        """
        env = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            name = f"GOVKG_{f.name.upper()}"
            if name in env:
                try:
                    values[f.name] = int(env[name])
                except ValueError:
                    values[f.name] = 0
                if values[f.name] <= 0:
                    raise ConfigError(f"{name} must be a positive whole number, not {env[name]!r}")
        return cls(**values)

    def refuse(self, path: Path, what: str, measured: str, name: str) -> PayloadTooLarge:
        """The one-line error for a document past the limit `name`, which says how to raise it.

        >>> print(Limits().refuse(Path("a.pdf"), "PDF has too many pages", "5,000", "max_pdf_pages"))
        a.pdf: PDF has too many pages (5,000 > 3,000 limit, GOVKG_MAX_PDF_PAGES)
        """
        value = getattr(self, name)
        if name == "max_ratio":
            limit = f"{value}x"
        elif name in _SIZES:
            limit = size_text(value, whole=True)
        else:
            limit = f"{value:,}"
        return PayloadTooLarge(f"{path}: {what} ({measured} > {limit} limit, GOVKG_{name.upper()})")

    def check_text(self, path: Path, chars: int) -> None:
        """Raises PayloadTooLarge for a text longer than `max_chars`."""
        if chars > self.max_chars:
            raise self.refuse(path, "text too long", f"{chars:,} characters", "max_chars")
