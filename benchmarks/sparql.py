"""SPARQL and API latency of `govkg serve` against a bare `oxigraph serve-read-only` over the same data.

Prints (never asserts) p50/p95 of fixed queries on the sample corpus and on a synthetic graph of about
1 M triples, through our /sparql and through Oxigraph's own server on the same store folder in the
same run; /api/paths p50; and requests/s with errors under concurrent clients.

    .venv/bin/python -m benchmarks.sparql                      # sample + 1 M, 60 s load tests
    .venv/bin/python -m benchmarks.sparql --sizes 0 --duration 10 --runs 20

The headline is 50 distinct texts per query family (one per county), each sent once to each server;
the fixed texts (repeats) come after. The load test sends both servers the same mix of texts.

Stores are built once under --workdir and reused.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PREFIX = """PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX gkc: <https://w3id.org/govkg/concept/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def build_store(workdir: Path, size: int) -> Path:
    """The store folder for a dataset: 0 = the sample corpus through the real pipeline, else synthetic."""
    folder = workdir / ("sample" if size == 0 else f"synthetic-{size}")
    if (folder / "READY").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    if size == 0:
        from graph import open_store
        from loaders import load_paths, sample_corpus

        store = open_store(folder)
        load_paths([sample_corpus()], store)
        store.close()
        del store
    else:
        from benchmarks.synthetic import load
        from graph import OxigraphStore

        # Through replace_graph, as the loaders write: that builds the default-graph union.
        store = OxigraphStore(folder)
        load(store, size)
        store.oxigraph.optimize()
        store.close()
        del store
    gc.collect()
    (folder / "READY").write_text("ok\n")
    print(f"  built {folder.name} in {time.perf_counter() - started:.1f} s", flush=True)
    return folder


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by process `pid` and its children (a server's query
    workers), threads that ended included: the figure that a busy machine changes least."""
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            with open(f"/proc/{current}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as f:
                    todo += [int(child) for child in f.read().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue  # gone meanwhile
    return total


@contextmanager
def running(command: list[str], url: str, probe: str) -> Iterator[tuple[str, int]]:
    """Run a server process until the block ends; wait until `probe` answers; yields (url, pid)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                if httpx.get(url + probe, timeout=2).status_code < 500:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{command[0]} did not start: {process.stderr.read()!r}")  # type: ignore[union-attr]
            time.sleep(0.2)
        yield url, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _pick(client: httpx.Client, endpoint: str, query: str) -> list[dict[str, str]]:
    response = client.get(
        endpoint, params={"query": PREFIX + query}, headers={"Accept": "application/sparql-results+json"}
    )
    response.raise_for_status()
    return [{k: v["value"] for k, v in row.items()} for row in response.json()["results"]["bindings"]]


def fixed_queries(client: httpx.Client, endpoint: str) -> dict[str, str]:
    """The benchmark queries, with entities picked from the data itself."""
    county = _pick(
        client,
        endpoint,
        "SELECT ?c ?l WHERE { ?c a gk:County ; gk:partOf ?p ; rdfs:label ?l "
        'FILTER(lang(?l) = "zh") } ORDER BY ?c LIMIT 1',
    )[0]
    org = _pick(
        client,
        endpoint,
        "SELECT ?o (COUNT(?x) AS ?n) WHERE { ?o gk:uses|gk:implements ?x } GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT 1",
    )[0]["o"]
    province = _pick(client, endpoint, "SELECT ?p WHERE { ?p a gk:Province } ORDER BY ?p LIMIT 1")
    top = province[0]["p"] if province else county["c"]
    label = ox.Literal(county["l"], language="zh")
    return {
        "label lookup": f"SELECT ?s WHERE {{ ?s rdfs:label {label} }}",
        "grid governance": """SELECT DISTINCT ?org ?name WHERE {
  ?org a/rdfs:subClassOf* gk:CountyLevelDivision ; rdfs:label ?name ; gk:uses|gk:implements ?act .
  ?act gk:category/skos:broader* gkc:GridGovernance .
  FILTER(lang(?name) = "zh")
}""",
        "GROUP BY metrics": "SELECT ?measure (COUNT(?m) AS ?n) (SUM(?v) AS ?total) "
        "WHERE { ?m a gk:Metric ; gk:measure ?measure ; gk:value ?v } "
        "GROUP BY ?measure ORDER BY DESC(?n) LIMIT 20",
        "2-hop CONSTRUCT": f"CONSTRUCT {{ <{org}> ?p ?act . ?act gk:category ?c . ?c skos:prefLabel ?l }} "
        f"WHERE {{ <{org}> ?p ?act . ?act gk:category ?c . ?c skos:prefLabel ?l }}",
        "text search": "SELECT ?p ?text WHERE { ?p a gk:Passage ; gk:text ?text "
        'FILTER(CONTAINS(?text, "网格")) } LIMIT 50',
        "partOf+ up": f"SELECT DISTINCT ?unit ?name WHERE {{ <{county['c']}> gk:partOf+ ?unit "
        "OPTIONAL { ?unit rdfs:label ?name } }",
        "partOf+ down": f"SELECT (COUNT(DISTINCT ?u) AS ?n) WHERE {{ ?u gk:partOf+ <{top}> }}",
    }


def distinct_queries(client: httpx.Client, endpoint: str, n: int) -> dict[str, list[str]]:
    """Families of `n` distinct texts each, one per unit (county) picked from the data: what a headline figure
    must be measured on, since a server could answer a repeated text from a cache of its own."""
    counties = _pick(  # counties where there are enough (1 M triples), else other units too (the sample)
        client,
        endpoint,
        'SELECT ?c (SAMPLE(?l0) AS ?l) WHERE { ?c a ?k ; rdfs:label ?l0 FILTER(lang(?l0) = "zh") '
        "VALUES (?k ?rank) { (gk:County 0) (gk:Township 1) (gk:PartyOrganization 2) (gk:GovernmentAgency 3) } } "
        f"GROUP BY ?c ORDER BY MIN(?rank) ?c LIMIT {n}",
    )
    return {
        "label lookup": [f"SELECT ?s WHERE {{ ?s rdfs:label {ox.Literal(c['l'], language='zh')} }}" for c in counties],
        "grid query, unit bound": [
            f"SELECT DISTINCT ?act WHERE {{ <{c['c']}> gk:uses|gk:implements ?act . "
            "?act gk:category/skos:broader* gkc:GridGovernance }"
            for c in counties
        ],
        "an entity's facts": [f"SELECT ?p ?o WHERE {{ <{c['c']}> ?p ?o }}" for c in counties],
        "partOf+ up": [
            f"SELECT DISTINCT ?unit ?name WHERE {{ <{c['c']}> gk:partOf+ ?unit OPTIONAL {{ ?unit rdfs:label ?name }} }}"
            for c in counties
        ],
    }


def time_distinct(ours: str, bare: str, families: dict[str, list[str]]) -> dict[str, Timing]:
    """Each text once to each server, alternating which goes first, after a warm-up on other texts."""
    timings: dict[str, Timing] = {}
    with httpx.Client(timeout=120) as client:
        targets = ((f"{ours}/sparql", "ours"), (f"{bare}/query", "bare"))
        for name, texts in families.items():
            timing = timings.setdefault(name, Timing())
            for url, _ in targets:  # warm-up: the same shape on a text not timed
                client.get(url, params={"query": PREFIX + texts[0] + "\n# warm-up"}).raise_for_status()
            for i, text in enumerate(texts):
                for url, who in targets if i % 2 == 0 else targets[::-1]:
                    started = time.perf_counter()
                    response = client.get(url, params={"query": PREFIX + text}, headers={"Accept": _accept(text)})
                    elapsed = time.perf_counter() - started
                    response.raise_for_status()
                    (timing.ours if who == "ours" else timing.bare).append(elapsed)
    return timings


def _load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def _accept(query: str) -> str:
    return "text/turtle" if "CONSTRUCT" in query else "application/sparql-results+json"


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass
class Timing:
    ours: list[float] = field(default_factory=list)
    first: list[float] = field(default_factory=list)  # ours, each text new
    bare: list[float] = field(default_factory=list)
    rows: tuple[int, int] = (0, 0)


def time_queries(ours: str, bare: str, queries: dict[str, str], runs: int) -> dict[str, Timing]:
    """Alternate our /sparql and the bare server, query by query, after a warm-up.

    Our server is timed twice: on the repeated text, and on a text made new each time by a comment
    (both go to the time-limited worker; the second shows no cache of the text helps). A query
    slower than a second gets a tenth of the runs (at least 3), so the run stays short.
    """
    timings: dict[str, Timing] = {}
    with httpx.Client(timeout=120) as client:

        def get(url: str, query: str) -> httpx.Response:
            response = client.get(url, params={"query": PREFIX + query}, headers={"Accept": _accept(query)})
            response.raise_for_status()
            return response

        for name, query in queries.items():
            timing = timings.setdefault(name, Timing())
            targets = ((f"{ours}/sparql", timing.ours), (f"{bare}/query", timing.bare))
            started = time.perf_counter()
            sizes = [len(get(url, query).content) for url, _ in targets]
            slow = time.perf_counter() - started > 2.0
            if not slow:
                for url, _ in targets:
                    get(url, query)
                    get(url, query)
            timing.rows = (sizes[0], sizes[1])
            for run in range(max(3, runs // 10) if slow else runs):
                fresh = f"{query}\n# run {run}"
                for url, bucket, text in (*((u, b, query) for u, b in targets), (targets[0][0], timing.first, fresh)):
                    started = time.perf_counter()
                    get(url, text)
                    bucket.append(time.perf_counter() - started)
    return timings


def warm(ours: str) -> float:
    """Wait for the caches the server builds in the background at startup; seconds waited.

    Timing before they are built would measure the build (a few seconds of CPU at 1 M triples) too.
    """
    started = time.perf_counter()
    with httpx.Client(base_url=ours, timeout=1800) as client:
        orgs = _pick(client, "/sparql", "SELECT ?o WHERE { ?o gk:uses ?x } ORDER BY ?o LIMIT 2")
        client.get("/api/search", params={"q": "县"}).raise_for_status()
        client.get("/api/stats").raise_for_status()
        if len(orgs) == 2:
            client.get("/api/paths", params={"from": orgs[0]["o"], "to": orgs[1]["o"]}).raise_for_status()
    return time.perf_counter() - started


def time_paths(ours: str, runs: int, k: int) -> tuple[float, float, float]:
    """(first call, p50, p95) in ms of /api/paths between random organizations."""
    with httpx.Client(base_url=ours, timeout=120) as client:
        orgs = [
            r["o"]
            for r in _pick(
                client,
                "/sparql",
                "SELECT DISTINCT ?o WHERE { ?o gk:uses|gk:implements ?x } ORDER BY ?o LIMIT 2000",
            )
        ]
        rng = random.Random(3)
        started = time.perf_counter()
        client.get("/api/paths", params={"from": orgs[0], "to": orgs[-1]}).raise_for_status()
        first = 1000 * (time.perf_counter() - started)
        times = []
        for _ in range(runs):
            a, b = rng.sample(orgs, 2)
            started = time.perf_counter()
            client.get("/api/paths", params={"from": a, "to": b, "k": k}).raise_for_status()
            times.append(time.perf_counter() - started)
    return first, _ms(times, 0.5), _ms(times, 0.95)


def load_test(url: str, endpoint: str, texts: list[str], seconds: float, clients: int, api: bool) -> dict[str, Any]:
    """`clients` threads sending the texts in turn to `endpoint` for `seconds`; with `api` (our server
    only), every fifth request is /api/paths and every fifth /api/search instead."""
    stop = time.monotonic() + seconds
    ok, errors, latencies = [0], [0], []  # type: ignore[var-annotated]
    lock = threading.Lock()
    orgs: list[str] = []
    if api:
        with httpx.Client(timeout=60) as probe:
            orgs = [r["o"] for r in _pick(probe, endpoint, "SELECT DISTINCT ?o WHERE { ?o gk:uses ?x } LIMIT 200")]

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(timeout=60) as client:
            i = seed
            while time.monotonic() < stop:
                i += 1
                started = time.perf_counter()
                try:
                    if api and i % 5 == 0:
                        a, b = rng.sample(orgs, 2)
                        response = client.get(f"{url}/api/paths", params={"from": a, "to": b})
                    elif api and i % 5 == 1:
                        response = client.get(
                            f"{url}/api/search", params={"q": rng.choice(["网格", "党建", "县", "党委"])}
                        )
                    else:
                        query = texts[(i * 7919) % len(texts)]
                        response = client.get(
                            endpoint, params={"query": PREFIX + query}, headers={"Accept": _accept(query)}
                        )
                    good = response.status_code == 200
                except httpx.HTTPError:
                    good = False
                elapsed = time.perf_counter() - started
                with lock:
                    (ok if good else errors)[0] += 1
                    latencies.append(elapsed)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {
        "requests": ok[0] + errors[0],
        "errors": errors[0],
        "rps": (ok[0] + errors[0]) / wall,
        "p50": _ms(latencies, 0.5),
        "p95": _ms(latencies, 0.95),
    }


def bench(folder: Path, args: argparse.Namespace) -> None:
    raw = ox.Store.read_only(str(folder))
    union = sum(1 for _ in raw.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    named, graphs = len(raw) - union, sum(1 for _ in raw.named_graphs())
    del raw
    print(
        f"\n## {folder.name}: {named:,} triples in {graphs:,} named graphs; "
        f"{union:,} in the default graph (their de-duplicated union)",
        flush=True,
    )
    ours_port, bare_port = _port(), _port()
    # The same serve() that `govkg serve` runs, without importing the CLI (and the loaders) first;
    # no row cap, so both servers send the same answers.
    launch = (
        "from api.settings import Settings; from api.serve import serve; "
        f"serve(Settings(store={str(folder)!r}, query_timeout=60.0, max_rows=10_000_000, "
        f"query_workers={args.query_workers}), "
        f"'127.0.0.1', {ours_port}, build_sample=False)"
    )
    ours_cmd = [sys.executable, "-c", launch]
    bare_cmd = [
        str(BIN / "oxigraph"),
        "serve-read-only",
        "--location",
        str(folder),
        "--bind",
        f"127.0.0.1:{bare_port}",
    ]
    with running(ours_cmd, f"http://127.0.0.1:{ours_port}", "/health") as (ours, ours_pid):
        # The bare server opens the folder read-only once ours has built (and saved) its caches: a
        # read-only open that races a flush or compaction of the writer fails on a vanished table file.
        print(f"\nsearch index, projection and stats ready {warm(ours):.1f} s after /health answered")
        with running(bare_cmd, f"http://127.0.0.1:{bare_port}", "/query?query=ASK%7B%7D") as (bare, bare_pid):
            _compare(ours, bare, args, {ours: ours_pid, bare: bare_pid})


def _compare(ours: str, bare: str, args: argparse.Namespace, pids: dict[str, int]) -> None:
    """Every timing of one dataset, our server beside the bare one (`pids`: each server's process)."""
    with httpx.Client(timeout=60) as client:
        queries = fixed_queries(client, f"{bare}/query")
        families = distinct_queries(client, f"{bare}/query", args.distinct)
    print(f"\n{args.distinct} distinct texts per query, once to each server, alternating; load average {_load()}")
    print("\n| query | /sparql p50 | p95 | bare Oxigraph p50 | p95 | ratio p50 |")
    print("|---|---:|---:|---:|---:|---:|")
    before = {url: cpu_seconds(pid) for url, pid in pids.items()}
    distinct = time_distinct(ours, bare, families)
    spent = {url: cpu_seconds(pid) - before[url] for url, pid in pids.items()}
    for name, t in distinct.items():
        print(
            f"| {name} | {_ms(t.ours, 0.5):.2f} ms | {_ms(t.ours, 0.95):.2f} ms | {_ms(t.bare, 0.5):.2f} ms "
            f"| {_ms(t.bare, 0.95):.2f} ms | {_ms(t.ours, 0.5) / max(_ms(t.bare, 0.5), 1e-6):.2f}× |",
            flush=True,
        )
    asked = sum(len(texts) + 1 for texts in families.values())  # and a warm-up each
    print(
        f"(server CPU a request over these texts: ours {1e6 * spent[ours] / asked:.0f} µs, "
        f"bare {1e6 * spent[bare] / asked:.0f} µs; load average {_load()})"
    )
    timings = time_queries(ours, bare, queries, args.runs)
    print(f"\nfixed texts, {args.runs} runs each (repeats), alternating; load average {_load()}")
    print(
        "\n| query | /sparql p50 | p95 | bare Oxigraph p50 | p95 | ratio p50 "
        "| first ask p50 | its ratio | bytes (ours/bare) |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for name, t in timings.items():
        bare_p50 = max(_ms(t.bare, 0.5), 1e-6)
        print(
            f"| {name} | {_ms(t.ours, 0.5):.1f} ms | {_ms(t.ours, 0.95):.1f} ms "
            f"| {_ms(t.bare, 0.5):.1f} ms | {_ms(t.bare, 0.95):.1f} ms | {_ms(t.ours, 0.5) / bare_p50:.2f}× "
            f"| {_ms(t.first, 0.5):.1f} ms | {_ms(t.first, 0.5) / bare_p50:.2f}× "
            f"| {t.rows[0]}/{t.rows[1]} |",
            flush=True,
        )
    for k in (1, 3):
        first, p50, p95 = time_paths(ours, args.runs, k)
        print(
            f"\n/api/paths k={k}: p50 {p50:.1f} ms, p95 {p95:.1f} ms (first call {first:.0f} ms)",
            flush=True,
        )
    fast = [name for name in queries if _ms(timings[name].bare, 0.5) < 1000]
    if len(fast) < len(queries):
        print(f"\n(the load test leaves out the queries over 1 s: {', '.join(sorted(set(queries) - set(fast)))})")
    # The same mix on both servers: every distinct text and the fixed queries under 1 s, in turn.
    mix = [t for texts in families.values() for t in texts] + [queries[name] for name in fast]
    runs = [("govkg /sparql", ours, f"{ours}/sparql", False), ("bare Oxigraph", bare, f"{bare}/query", False)]
    if args.with_api:
        runs.append(("govkg /sparql + /api (search, paths)", ours, f"{ours}/sparql", True))
    for rounds in range(args.rounds):
        for label, url, endpoint, api in runs if rounds % 2 == 0 else [*runs[1::-1], *runs[2:]]:
            used = cpu_seconds(pids[url])
            result = load_test(url, endpoint, mix, args.duration, args.clients, api)
            used = cpu_seconds(pids[url]) - used
            print(
                f"\nload, {args.clients} clients × {args.duration:g} s, {label} ({len(mix)} texts): "
                f"{result['requests']} requests, "
                f"{result['rps']:.1f} req/s, {result['errors']} errors, p50 {result['p50']:.1f} ms, "
                f"p95 {result['p95']:.1f} ms, server CPU {1e6 * used / max(result['requests'], 1):.0f} µs "
                f"a request; load average {_load()}",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[0, 1_000_000],
        help="0 = the sample corpus; N = a synthetic graph of about N triples",
    )
    parser.add_argument("--runs", type=int, default=30, help="timed runs per query and server")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of the concurrent load test")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--distinct", type=int, default=50, help="distinct texts per query family")
    parser.add_argument("--query-workers", type=int, default=2, help="our server's query worker processes")
    parser.add_argument("--rounds", type=int, default=2, help="load tests per server, alternating which goes first")
    parser.add_argument("--with-api", action="store_true", help="also load-test our server with /api in the mix")
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "govkg-bench")
    args = parser.parse_args()
    if str(ROOT) not in sys.path:  # run as a script (`make bench`): make `benchmarks.synthetic` importable
        sys.path.insert(0, str(ROOT))
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"# govkg SPARQL benchmark ({os.cpu_count()} CPUs, pyoxigraph {ox.__version__})")
    for size in args.sizes:
        bench(build_store(args.workdir, size), args)


if __name__ == "__main__":
    main()
