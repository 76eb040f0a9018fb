"""Stage 1, reading: a file on disk becomes a `Document` with its text and metadata.

`stage` picks the reader by suffix or by sniffing: `text` (encodings and plain text), `html`, `docx`
and `pdf`, with `meta` for titles, dates, sources and page leftovers and `limits` for the guard
against bombs. The user's own data beside the documents is read here too: `rdf` for RDF files,
`tables` for CSV tables keyed by division, `user_data` for both.
"""

from __future__ import annotations

from loaders.reading.stage import MAX_BYTES, READERS, Limits, Reader, boilerplate_spans, read

__all__ = ["MAX_BYTES", "READERS", "Limits", "Reader", "boilerplate_spans", "read"]
