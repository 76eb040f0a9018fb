"""Session fixtures: the sample corpus loaded through the real pipeline, served by a real uvicorn server.

`server` is the base URL of the whole app (SPARQL endpoint, API, linked data, pages) on a free loopback
port, with an empty on-disk store that the app fills with the bundled sample at startup (as `govkg
serve` does). `oxigraph_server` is a bare `oxigraph serve` for the remote-store tests.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

ADMIN_TOKEN = "test-admin-token"
QUERY_TIMEOUT = 2.0  # seconds; the heavy-query test waits this long once
MAX_ROWS = 500
ORACLE_TIMEOUT = 3  # seconds: `oxigraph serve` stops abandoned heavy queries itself


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


class _Uvicorn:
    """A real uvicorn server for an app, in a thread, on an already bound loopback socket."""

    def __init__(self, app: object) -> None:
        import uvicorn

        self.sock = _free_socket()
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 120
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self.url

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> object:
    """Settings of the test server: an on-disk store, an admin token, a short time limit, a row cap."""
    from api.settings import Settings

    store = tmp_path_factory.mktemp("store") / "govkg-data"
    return Settings(
        store=str(store),
        admin_token=ADMIN_TOKEN,
        query_timeout=QUERY_TIMEOUT,
        max_rows=MAX_ROWS,
        max_body_bytes=100_000,
        build_sample=True,
    )


@pytest.fixture(scope="session")
def server(settings: object) -> Iterator[str]:
    """Base URL of the app serving the sample corpus (built through loaders.load_paths at startup)."""
    from api.app import create_app

    with _Uvicorn(create_app(settings)) as url:  # type: ignore[arg-type]
        yield url


@pytest.fixture(scope="session")
def serve_app() -> type[_Uvicorn]:
    """`with serve_app(app) as url:` runs another app on a real uvicorn server for the block."""
    return _Uvicorn


@pytest.fixture(scope="session")
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


@pytest.fixture(scope="session")
def admin() -> dict[str, str]:
    return {"Authorization": f"Bearer {ADMIN_TOKEN}"}


def _oxigraph_binary() -> str:
    found = Path(sys.executable).parent / "oxigraph"
    if found.exists():
        return str(found)
    which = shutil.which("oxigraph")
    if which is None:
        pytest.skip("the `oxigraph` server binary (PyPI package oxigraph) is not installed")
    return which


@contextlib.contextmanager
def _running_oxigraph(location: Path) -> Iterator[str]:
    """A real `oxigraph serve` over `location` on a free loopback port, stopped on exit."""
    sock = _free_socket()
    port = sock.getsockname()[1]
    sock.close()
    process = subprocess.Popen(
        [
            _oxigraph_binary(),
            "serve",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph serve did not start: {process.stderr.read()!r}") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Root URL of a real `oxigraph serve` on a free loopback port, shared by the session.

    Its own time limit makes it stop the heavy queries the tests give up on.
    """
    with _running_oxigraph(tmp_path_factory.mktemp("oxigraph-server")) as url:
        yield url


@pytest.fixture()
def fresh_oxigraph_server(tmp_path: Path) -> Iterator[str]:
    """Root URL of an empty `oxigraph serve` of this test's own."""
    with _running_oxigraph(tmp_path / "oxigraph") as url:
        yield url


# The browser pages' server (tests/test_pages.py, tests/test_browser.py): the sample corpus plus a
# document whose names carry <script> and <img onerror>, loaded through the real pipeline.
XSS_REPORT = """<script>window.__xss=1</script>经验交流材料
来源:<img src=x onerror="window.__xss=2">测试网
南乐县实施“<img src=x onerror=window.__xss=3>”工程，建立“<script>window.__xss=4</script>”机制。
南乐县推行网格化管理，划分单元网格120个。<b onmouseover=window.__xss=5>范县</b>开展“双报到”活动。
"""


@pytest.fixture(scope="session")
def pages_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the app over the sample corpus and the hostile document `XSS_REPORT`."""
    from api.app import create_app
    from api.settings import Settings
    from loaders import sample_corpus

    folder = tmp_path_factory.mktemp("pages")
    hostile = folder / "hostile-report.txt"
    hostile.write_text(XSS_REPORT, encoding="utf-8")
    settings = Settings(store=str(folder / "govkg-data"), build_sample=False, query_workers=1, max_rows=MAX_ROWS)
    app = create_app(settings)
    with _Uvicorn(app) as url:
        _report, failures = app.state.service.load([sample_corpus(), hostile])
        assert not failures, failures
        yield url
