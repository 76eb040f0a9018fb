"""The one writer of a load: prepared documents gathered into batches, written in a thread of their own.

While a batch is written (Oxigraph's bulk loader releases the GIL), the load goes on receiving
prepared documents and handing out new ones, so extraction and writing overlap. At most one batch
waits behind the one being written, which bounds memory by the batch, not by the corpus.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .pipeline import LoadReport, Prepared

__all__ = ["BatchWriter"]


class _Writes(Protocol):
    def write_graphs(self, graphs: Mapping[str, bytes]) -> None: ...


_Batch = tuple[dict[str, bytes], list["Prepared"]]


class BatchWriter:
    """Gather documents into batches (by count and N-Triples bytes) and write each, whole, in order.

    Use as a context manager: leaving it writes what is left and waits; an error of the store is
    raised in the caller (at the next `add`, or on leaving).
    """

    def __init__(self, store: _Writes, report: LoadReport, *, max_bytes: int, max_documents: int) -> None:
        self._store = store
        self._report = report
        self._max_bytes = max_bytes
        self._max_documents = max_documents
        self._batch: dict[str, bytes] = {}
        self._documents: list[Prepared] = []
        self._size = 0
        self._queue: queue.Queue[_Batch | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="govkg-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue  # drain: the caller will raise the first error
            graphs, documents = item
            try:
                self._store.write_graphs(graphs)
            except BaseException as exc:  # handed to the caller's thread, raised there
                self._error = exc
                continue
            for done in documents:
                self._report.documents.append((done.path, done.graph, done.triples))
                self._report.triples += done.triples
                self._report.classes.update(done.classes)
                self._report.metrics += done.metrics

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def add(self, document: Prepared) -> None:
        """Queue a prepared document (its `data` set); a full batch goes to the writing thread."""
        self._check()
        assert document.data is not None
        self._batch[document.graph] = document.data
        self._documents.append(document)
        self._size += len(document.data)
        if self._size >= self._max_bytes or len(self._batch) >= self._max_documents:
            self._hand_over()

    def _hand_over(self) -> None:
        if self._batch:
            self._queue.put((self._batch, self._documents))
            self._batch, self._documents, self._size = {}, [], 0

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            self._hand_over()  # on an error, what was not handed over is dropped whole
        self._queue.put(None)
        self._thread.join()
        if kind is None:
            self._check()
