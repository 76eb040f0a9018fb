"""What the hardening tests share: a generated store, `govkg serve` in its own process, a memory
watchdog over that process tree, and a loopback listener that counts the connections it gets."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox

__all__ = ["Listener", "Watchdog", "build_store", "free_port", "served"]

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_store(folder: Path, people: int = 20_000) -> Path:
    """About 7 quads per person (named graph and default graph): labels, a type, links, numbers."""
    lines = []
    for i in range(people):
        s = f"<urn:test:p{i}>"
        for p, o in (
            (f"<{LABEL}>", f'"人物{i}"@zh'),
            ("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<urn:test:Person>"),
            ("<urn:test:knows>", f"<urn:test:p{(i * 7919) % people}>"),
            ("<urn:test:age>", f'"{i % 90}"^^<http://www.w3.org/2001/XMLSchema#integer>'),
        ):
            lines.append(f"{s} {p} {o} <urn:test:graph> .\n{s} {p} {o} .\n")
    store = ox.Store(str(folder))
    store.bulk_load("".join(lines).encode(), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    return folder


class Watchdog:
    """Samples the resident memory of a process and all its descendants, every 50 ms, keeping the peak."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _tree_rss(self) -> int:
        parents: dict[int, int] = {}
        rss: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
                with open(f"/proc/{entry}/statm", encoding="ascii") as f:
                    rss[int(entry)] = int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, ValueError, IndexError):
                continue
        tree, frontier = {self.pid}, [self.pid]
        while frontier:
            parent = frontier.pop()
            children = [p for p, pp in parents.items() if pp == parent and p not in tree]
            tree.update(children)
            frontier += children
        return sum(rss.get(p, 0) for p in tree)

    def _watch(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._tree_rss())
            self._stop.wait(0.05)

    def __enter__(self) -> Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


class Listener:
    """A loopback TCP listener that records every connection made to it (and answers nothing)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.port = int(self.sock.getsockname()[1])
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            conn.close()

    def __enter__(self) -> Listener:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.sock.close()


@contextmanager
def served(store: Path, **settings: Any) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`api.serve.serve` (what `govkg serve` runs) in a child process on a free loopback port."""
    port = free_port()
    code = (
        "import sys; from api.serve import serve; from api.settings import Settings; "
        f"serve(Settings(store={str(store)!r}, **{settings!r}), '127.0.0.1', {port}, build_sample=False)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parent.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(url + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.2)
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
