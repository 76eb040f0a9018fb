"""Browser pages: server render time per page, and graph layout time in headless Chromium (prints only).

    python benchmarks/pages.py [--repeat 5] [--no-browser]

Figures: p50 and max of the server's answer for each page (HTML and its JSON twin) over the sample
corpus, through the real app on a loopback uvicorn; then, when /usr/bin/chromium exists, the time from
navigation until every graph on the page has stabilised and frozen (`data-ready`), for the home
overview and an entity's 1- and 2-hop views at the default cap and at 400 nodes.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx


def _serve(store: str) -> tuple[object, threading.Thread, str]:
    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    app = create_app(Settings(store=store, build_sample=True, query_workers=1))
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-browser", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        server, thread, base = _serve(str(Path(folder) / "store"))
        try:
            with httpx.Client(base_url=base, timeout=120, headers={"Accept": "text/html"}) as web:
                hit = web.get("/api/search", params={"q": "南乐县"}).json()["hits"][0]
                docs = web.get("/documents.json").json()["rows"]
                entity, document = hit["url"], max(docs, key=lambda d: d["passages"])["url"]
                parent = web.get(entity + ".json").json()["parents"][0]["iri"]
                pages = [
                    "/",
                    "/entities",
                    "/documents",
                    entity,
                    entity + "?hops=2",
                    document,
                    "/path?from=" + quote(hit["iri"]) + "&to=" + quote(parent),
                    "/query",
                    "/ask?q=" + quote("which counties use grid governance"),
                ]
                print(f"server answers over the sample corpus ({a.repeat} runs after one warm-up), ms")
                for path in pages:
                    for twin in (path, path.replace("?", ".json?", 1) if "?" in path else path + ".json"):
                        twin = "/index.json" if twin == "/.json" else twin
                        web.get(twin)
                        times = []
                        for _ in range(a.repeat):
                            start = time.perf_counter()
                            r = web.get(twin)
                            times.append((time.perf_counter() - start) * 1000)
                        print(
                            f"  p50 {statistics.median(times):7.1f}  max {max(times):7.1f}  "
                            f"{r.status_code} {len(r.content):8,d} B  {twin}"
                        )
            if not a.no_browser and Path("/usr/bin/chromium").exists():
                _browser_layout(base, ["/", entity, entity + "?hops=2"], max(1, a.repeat // 2))
                _synthetic_layout(max(1, a.repeat // 2))
        finally:
            server.should_exit = True  # type: ignore[attr-defined]
            thread.join(30)


if __name__ == "__main__":
    main()
