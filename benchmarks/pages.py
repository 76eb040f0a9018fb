"""Browser pages: server render time per page, and graph layout time in headless Chromium (prints only).

    python benchmarks/pages.py [--repeat 5] [--no-browser] [--store FOLDER]

Figures: p50 and max of the server's answer for each page (HTML and its JSON twin) and the JSON API
(search, paths, stats), through the real app on a loopback uvicorn, over the sample corpus or over
an existing store (`--store`, e.g. one built from benchmarks/synthetic.py's N-Quads with
`oxigraph load`): home, lists, a county (1 and 2 hops), the best connected province, a document, a path, the
query page and a question; with `--store`, first the seconds from start until search, paths and stats answer
(a second run shows the start that reads back what the first saved beside the store); then, when
/usr/bin/chromium exists, the time from navigation until every graph on the page has stabilised and
frozen (`data-ready`), for the home overview and an entity's 1- and 2-hop views at the default cap
and at 400 nodes.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx


def _serve(store: str, *, sample: bool) -> tuple[object, threading.Thread, str]:
    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    app = create_app(Settings(store=store, build_sample=sample, query_workers=1))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return server, thread, f"http://127.0.0.1:{sock.getsockname()[1]}"


def _browser_layout(base: str, paths: list[str], repeat: int) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
    ):
        options.add_argument(arg)
    with tempfile.TemporaryDirectory() as profile:
        options.add_argument(f"--user-data-dir={profile}")
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        ready = (
            "return Array.from(document.querySelectorAll('[data-govkg-graph]'))"
            ".every(f => f.getAttribute('data-ready') === 'true')"
        )
        try:
            print("\ngraph layout in Chromium (navigation -> stabilised and frozen), ms")
            for path in paths:
                times = []
                for _ in range(repeat):
                    start = time.perf_counter()
                    driver.get(base + path)
                    WebDriverWait(driver, 120, poll_frequency=0.02).until(lambda d: d.execute_script(ready))
                    times.append((time.perf_counter() - start) * 1000)
                nodes = driver.execute_script(
                    "return Object.values(window.govkgGraphs || {}).map(n => n.body.data.nodes.length)"
                )
                print(f"  p50 {statistics.median(times):7.0f}  max {max(times):7.0f}  nodes {nodes}  {path}")
        finally:
            driver.quit()


def _synthetic_layout(repeat: int) -> None:
    """A scale-free graph of 1,500 nodes drawn as standalone files at several caps (file://, no server)."""
    import networkx as nx
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import WebDriverWait

    from visualize import build_view, generate_html

    graph = nx.MultiDiGraph()
    classes = ("County", "Township", "Mechanism", "Initiative", "PartyOrganization", "Enterprise")
    for u, v in nx.barabasi_albert_graph(1500, 2, seed=7).edges():
        graph.add_edge(f"n{u}", f"n{v}", relation="uses")
    for i, n in enumerate(graph.nodes):
        graph.nodes[n].update(label=f"节点{i}", cls=classes[i % len(classes)])
    options = webdriver.ChromeOptions()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--window-size=1280,1000"):
        options.add_argument(arg)
    ready = "return document.querySelector('#graph').getAttribute('data-ready') === 'true'"
    with tempfile.TemporaryDirectory() as folder:
        options.add_argument(f"--user-data-dir={folder}/profile")
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            print("\nsynthetic 1,500-node graph, standalone file, ms until stabilised and frozen")
            for cap in (200, 400, 800, 1500):
                path = Path(folder) / f"cap{cap}.html"
                path.write_text(generate_html(build_view(graph, focus=["n0"], cap=cap)), encoding="utf-8")
                times = []
                for _ in range(repeat):
                    start = time.perf_counter()
                    driver.get(path.as_uri())
                    WebDriverWait(driver, 300, poll_frequency=0.02).until(lambda d: d.execute_script(ready))
                    times.append((time.perf_counter() - start) * 1000)
                print(f"  p50 {statistics.median(times):7.0f}  max {max(times):7.0f}  cap {cap}")
        finally:
            driver.quit()


def _usable(web: httpx.Client, started: float) -> None:
    """Seconds from start until search, a path and the stats each answer (they need the built indexes)."""
    first = web.get("/entities.json").json()["rows"][0]
    checks = {
        "search": ("/api/search", {"q": first["label"][:2]}),
        "paths": ("/api/paths", {"from": first["iri"], "to": first["iri"]}),
        "stats": ("/api/stats", {}),
    }
    for name, (path, params) in checks.items():
        web.get(path, params=params).raise_for_status()
        print(f"  usable after {time.perf_counter() - started:7.1f} s  {name}")


def _timed(web: httpx.Client, path: str, repeat: int) -> None:
    web.get(path)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        r = web.get(path)
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"  p50 {statistics.median(times):7.1f}  max {max(times):7.1f}  {r.status_code} {len(r.content):8,d} B  {path}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--store", type=Path, help="an existing store folder (default: the sample in a temporary one)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        store = str(a.store or Path(folder) / "store")
        server, thread, base = _serve(store, sample=a.store is None)
        try:
            with httpx.Client(base_url=base, timeout=3600, headers={"Accept": "text/html"}) as web:
                if a.store:
                    print(f"start of {a.store} (load average {os.getloadavg()[0]:.1f})")
                    _usable(web, started)
                first = web.get("/entities.json").json()["rows"][0]
                word = first["label"][:2]
                counties = web.get("/entities.json", params={"cls": "County"}).json()["rows"]
                hit = counties[0] if counties else web.get("/api/search", params={"q": word}).json()["hits"][0]
                docs = web.get("/documents.json").json()["rows"]
                entity, document = hit["url"], max(docs, key=lambda d: d["passages"])["url"]
                parents = web.get(entity + ".json").json()["parents"]
                other = parents[0]["iri"] if parents else first["iri"]
                provinces = web.get("/entities.json", params={"cls": "Province"}).json()["rows"]
                pages = [
                    "/",
                    "/entities",
                    "/documents",
                    entity,
                    entity + "?hops=2",
                    *(p["url"] for p in provinces[:1]),
                    document,
                    "/path?from=" + quote(hit["iri"]) + "&to=" + quote(other),
                    "/query",
                    "/ask?q=" + quote("which counties use grid governance"),
                ]
                where = a.store or "the sample corpus"
                print(f"server answers over {where} ({a.repeat} runs after one warm-up), ms")
                print(f"  load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
                for path in pages:
                    for twin in (path, path.replace("?", ".json?", 1) if "?" in path else path + ".json"):
                        _timed(web, "/index.json" if twin == "/.json" else twin, a.repeat)
                for api in (
                    "/api/search?q=" + quote(word),
                    "/api/paths?from=" + quote(hit["iri"]) + "&to=" + quote(other),
                    "/api/stats",
                ):
                    _timed(web, api, a.repeat)
            if not a.no_browser and Path("/usr/bin/chromium").exists():
                _browser_layout(base, ["/", entity, entity + "?hops=2"], max(1, a.repeat // 2))
                _synthetic_layout(max(1, a.repeat // 2))
        finally:
            server.should_exit = True  # type: ignore[attr-defined]
            thread.join(60)


if __name__ == "__main__":
    main()
