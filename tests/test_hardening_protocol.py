"""Issue 12, protocol corners: HEAD, NUL in paths, bad dataset IRIs, /health over a dead remote store,
and clients that open connections and never finish a request."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_hardening_support import build_store, free_port, served


@pytest.mark.parametrize("path", ["/", "/sparql", "/api/stats", "/sparql?query=ASK%20%7B%7D"])
def test_head_answers_like_get_without_a_body(client: httpx.Client, path: str) -> None:
    got, head = client.get(path), client.head(path)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]


@pytest.mark.parametrize("path", ["/static/%00", "/static/a%00b.css", "/id/org/%00"])
def test_a_nul_in_a_path_is_404(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["ok"] is False


def test_an_invalid_default_graph_uri_is_400(client: httpx.Client) -> None:
    for name in ("default-graph-uri", "named-graph-uri"):
        response = client.get("/sparql", params={"query": "ASK { }", name: "not an iri"})
        assert response.status_code == 400, response.text
        assert "invalid IRI" in response.json()["error"]


def test_health_is_not_ok_once_the_remote_store_is_down(serve_app: Any, tmp_path: Path) -> None:
    from api.app import create_app
    from api.settings import Settings

    port = free_port()
    oxigraph = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "oxigraph"),
            "serve",
            "--location",
            str(tmp_path),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        remote = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while not _answers(remote + "/query?query=ASK%7B%7D") and time.monotonic() < deadline:
            time.sleep(0.2)
        with serve_app(create_app(Settings(store=remote))) as url:
            live = httpx.get(url + "/health", timeout=10)
            oxigraph.kill()
            oxigraph.wait()
            dead = httpx.get(url + "/health", timeout=10)
    finally:
        oxigraph.kill()
        oxigraph.wait()
    assert live.status_code == 200 and live.json()["ok"] is True
    assert dead.status_code == 503
    assert dead.json()["ok"] is False and dead.json()["status"].startswith("store unreachable")


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    store = build_store(tmp_path_factory.mktemp("slow") / "store", people=50)
    with served(store, max_connections=40, head_timeout=1.0) as (url, process):
        yield url, process.pid


def _fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def _closed_by_server(sock: socket.socket, within: float) -> bool:
    sock.settimeout(within)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except OSError:
        return True


def test_idle_connections_are_capped_and_closed(guarded: tuple[str, int]) -> None:
    url, pid = guarded
    port = int(url.rsplit(":", 1)[1])
    before = _fds(pid)
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(300)]
    try:
        time.sleep(0.5)
        assert _fds(pid) < before + 60  # the cap (40), not one descriptor per client
        assert all(_closed_by_server(sock, 5.0) for sock in idle)  # past the 1 s head deadline
    finally:
        for sock in idle:
            sock.close()
    assert httpx.get(url + "/health", timeout=10).json()["ok"] is True  # the idle ones are gone


def test_a_request_head_sent_a_byte_at_a_time_is_cut_off(guarded: tuple[str, int]) -> None:
    url, _ = guarded
    port = int(url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
        cut = False
        for _ in range(40):  # one header byte every 0.1 s: the head never completes
            try:
                sock.sendall(b"X")
            except OSError:
                cut = True
                break
            if _closed_by_server(sock, 0.1):
                cut = True
                break
        assert cut


def test_a_keep_alive_client_is_served_many_requests(guarded: tuple[str, int]) -> None:
    url, _ = guarded
    with httpx.Client(base_url=url, timeout=10) as client:
        for _ in range(5):
            assert client.get("/health").status_code == 200
            time.sleep(0.3)  # under the head deadline between requests: the connection is kept


def test_a_response_through_the_one_write_transport_is_whole_and_the_connection_goes_on(
    guarded: tuple[str, int],
) -> None:
    """Through `api.serve._HeadWithBody` (the head waits for the body): a query's answer, a HEAD
    answer (no body, flushed at the end of the loop's turn) and the next request on the connection."""
    url, _ = guarded
    port = int(url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        for method, path in [("GET", "/sparql?query=ASK%7B%7D"), ("HEAD", "/health"), ("GET", "/health")]:
            sock.sendall(f"{method} {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            head, _, body = sock.recv(65536).partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 200")
            length = re.search(rb"(?im)^content-length: *(\d+)", head)
            assert length is not None
            assert len(body) == (0 if method == "HEAD" else int(length.group(1)))


def test_the_head_of_a_response_leaves_with_its_body_in_one_write() -> None:
    """uvicorn writes a head, then a body: they reach the socket as one writelines; a head with no
    body follows at the end of the loop's turn; close() sends what is held first."""
    from api.serve import _HeadWithBody

    class Socket:  # what reaches the socket, write by write
        def __init__(self) -> None:
            self.writes: list[bytes] = []

        def write(self, data: bytes) -> None:
            self.writes.append(data)

        def writelines(self, parts: tuple[bytes, ...]) -> None:
            self.writes.append(b"".join(parts))

        def close(self) -> None:
            self.writes.append(b"<closed>")

        def is_closing(self) -> bool:
            return False

    async def respond() -> list[list[bytes]]:
        loop = asyncio.get_running_loop()
        whole, bare, closed = Socket(), Socket(), Socket()
        for sock, pieces in ((whole, [b"HEAD1", b"body", b"more"]), (bare, [b"HEAD2"]), (closed, [b"HEAD3"])):
            transport = _HeadWithBody(sock, loop)  # type: ignore[arg-type]
            for piece in pieces:
                transport.write(piece)
            if sock is closed:
                transport.close()
        await asyncio.sleep(0)  # the end of the loop's turn
        return [whole.writes, bare.writes, closed.writes]

    assert asyncio.run(respond()) == [[b"HEAD1body", b"more"], [b"HEAD2"], [b"HEAD3", b"<closed>"]]


def test_the_service_description_names_the_limits(client: httpx.Client) -> None:
    text = client.get("/sparql", headers={"Accept": "text/turtle"}).text
    assert "SERVICE is refused" in text and "memory" in text
