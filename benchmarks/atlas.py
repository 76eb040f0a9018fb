"""The practice atlas at about a million quads: index, practice page and the per-state build (prints only).

    .venv/bin/python -m benchmarks.atlas [--triples 1050000] [--runs 30]

Builds (once, under $TMPDIR/govkg-bench-atlas) the synthetic graph of `benchmarks/synthetic.py`, then
gives every synthetic county a real county-level division code (so units have places) and every
document a date between 2015 and 2024 (so the timeline has dates), written into each document's graph
and the default graph as the loaders would. Then serves it with the real app on loopback uvicorn and
times, over HTTP:

- the first /practices.json on a fresh server: the atlas's build for this store state (four bulk
  queries, placement, aggregation) plus the index;
- /practices.json again (p50, p95): the index of this store state, memoized with the atlas;
- /practices.json with a province facet and another sort (first ask and repeats);
- /practice/GridGovernance.json and its HTML page (p50): map, timeline, adopters with quotes.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx

_DIR = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "govkg-bench-atlas"
_PREFIX = """PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def _build(folder: Path, triples: int) -> None:
    """The synthetic store with division codes on its counties and dates on its documents."""
    from benchmarks.synthetic import load
    from graph import OxigraphStore, select, text
    from loaders.names.divisions import index

    store = OxigraphStore(folder)
    started = time.perf_counter()
    documents = load(store, triples)
    rng = random.Random(11)
    codes = [d.code for d in index().codes.values() if d.level == 2]
    counties = [
        text(r["c"])
        for r in select(store, _PREFIX + "SELECT DISTINCT ?c WHERE { VALUES ?k { gk:County gk:District } ?c a ?k }")
    ]
    picked = rng.sample(codes, len(counties))
    docs = [text(r["d"]) for r in select(store, _PREFIX + "SELECT ?d WHERE { ?d a gk:Document }")]
    facts = [f'<{c}> gk:code "{code}" .' for c, code in zip(counties, picked, strict=True)]
    for d in docs:
        day = f"20{rng.randint(15, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        facts.append(f'<{d}> dcterms:date "{day}"^^xsd:date ; gk:dateSource "text" .')
    store.update(_PREFIX + "INSERT DATA { " + "\n".join(facts) + " }")
    print(
        f"built {documents} documents, {store.count():,} quads, {len(counties)} counties coded, "
        f"{len(docs)} documents dated in {time.perf_counter() - started:.0f} s"
    )
    store.close()


def _serve(folder: Path) -> tuple[object, str]:
    import uvicorn

    from api.app import create_app
    from api.settings import Settings

    app = create_app(Settings(store=str(folder), build_sample=False, query_workers=1, query_timeout=120))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{sock.getsockname()[1]}"


def _time(client: httpx.Client, path: str, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(path)
        out.append((time.perf_counter() - start) * 1000)
        response.raise_for_status()
    return out


def _report(name: str, times: list[float]) -> None:
    p95 = sorted(times)[max(0, round(0.95 * len(times)) - 1)]
    print(f"  {name:<44} p50 {statistics.median(times):8.1f} ms   p95 {p95:8.1f} ms   n={len(times)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_050_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    folder = _DIR / f"t{args.triples}"
    if not folder.exists():
        _build(folder, args.triples)
    server, base = _serve(folder)
    with httpx.Client(base_url=base, timeout=600) as client:
        print(f"atlas over {folder} (store: {client.get('/api/stats').json().get('quads', '?')} quads)")
        _report("/practices.json, first ask (atlas build + index)", _time(client, "/practices.json", 1))
        _report("/practices.json (this store state)", _time(client, "/practices.json", args.runs))
        facet = "/practices.json?province=410000&sort=first"
        _report("/practices.json?province=&sort=first, first ask", _time(client, facet, 1))
        _report("/practices.json?province=&sort=first", _time(client, facet, args.runs))
        _report("/practices (HTML)", _time(client, "/practices", args.runs))
        runs = max(3, args.runs // 3)
        _report("/practice/GridGovernance.json", _time(client, "/practice/GridGovernance.json", runs))
        _report("/practice/GridGovernance (HTML)", _time(client, "/practice/GridGovernance", runs))
        units = client.get("/practice/GridGovernance.json").json()["count"]
        print(f"  (grid governance: {units} adopting units)")
    server.should_exit = True  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
