"""Run the service under uvicorn: `serve(settings, host, port)`, behind `govkg serve`.

uvicorn closes a keep-alive connection that stays idle after a response, but not one that never
sends a request or sends its head a byte at a time: 20,000 such clients held 20,000 file
descriptors. `guarded_protocol` gives every connection a deadline for its request head and caps the
number of open connections; a request whose head is in is left to the query limits.
"""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

from .settings import Settings

__all__ = ["guarded_protocol", "serve", "uvicorn_options"]


class _HeadWithBody:
    """The transport a response is written to: its head waits for the first piece of its body, so
    both leave in one write (one segment, one wake-up of the client), or for the end of the loop's
    turn when no body follows at once.

    Why: uvicorn writes a response's head and body apart; on a small answer the second write and
    the client's second wake-up cost as much as the rest of the response.
    """

    __slots__ = ("_head", "_loop", "_started", "_transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._head: bytes | None = None
        self._started = False

    def write(self, data: bytes) -> None:
        if self._head is not None:
            head, self._head = self._head, None
            self._transport.writelines((head, data))
        elif not self._started:
            self._started = True
            self._head = data
            self._loop.call_soon(self.flush)
        else:
            self._transport.write(data)

    def flush(self) -> None:
        if self._head is not None:
            head, self._head = self._head, None
            self._transport.write(head)

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def is_closing(self) -> bool:
        return self._transport.is_closing()


def guarded_protocol(settings: Settings) -> type[asyncio.Protocol]:
    """uvicorn's httptools protocol with a request-head deadline and a connection cap from `settings`."""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class GuardedProtocol(HttpToolsProtocol):
        _head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.BaseTransport) -> None:  # type: ignore[override]
            super().connection_made(transport)  # type: ignore[arg-type]
            if len(self.connections) > settings.max_connections:
                self.transport.close()  # over the cap: refuse before reading anything
                return
            self._arm()

        def _arm(self) -> None:
            self._disarm()
            self._head_timer = self.loop.call_later(settings.head_timeout, self._head_overdue)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _waiting_for_head(self) -> bool:
            return self.cycle is None or self.cycle.response_complete

        def _head_overdue(self) -> None:
            self._head_timer = None
            if self._waiting_for_head() and not self.transport.is_closing():
                self.transport.close()

        def on_headers_complete(self) -> None:
            self._disarm()
            super().on_headers_complete()
            if self.cycle is not None:  # the cycle's only uses of a transport: write, close, is_closing
                self.cycle.transport = _HeadWithBody(self.transport, self.loop)  # type: ignore[assignment]

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if self._waiting_for_head() and not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

    return GuardedProtocol


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """The uvicorn options that bound what slow or idle clients can hold."""
    return {
        "http": guarded_protocol(settings),
        "timeout_keep_alive": 5,
    }


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, *, build_sample: bool = True) -> None:
    """Serve until interrupted; an empty store first gets the bundled sample corpus (unless told not to).

    Raises StoreUnavailable when the store cannot be opened (a folder locked by another govkg process).
    """
    import uvicorn

    from .app import create_app

    settings = dataclasses.replace(settings, build_sample=build_sample)
    uvicorn.run(
        create_app(settings), host=host, port=port, log_level="info", access_log=False, **uvicorn_options(settings)
    )
