"""govkg over the SPARQL engines it supports: the same synthetic corpus written and read on each.

Prints (never asserts), per store given: seconds to write the corpus through `Store.replace_graph`
(documents and the union, as `govkg load` writes them), then seconds for the reads the service does
at startup and per request: counting quads, listing graphs, the union's size, building the search
index and the path projection, a question, and removing one document.

    .venv/bin/python -m benchmarks.engines --triples 1000000 \\
        --store :memory: --store http://127.0.0.1:7878 --store http://127.0.0.1:8890/sparql

Each server must be running and empty (start commands in README.md); its engine is told by asking it.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from api.questions import answer
from graph import open_store, select
from graph.catalog import Catalog
from graph.project import Projection
from graph.search import SearchIndex

from .synthetic import documents, load

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _timed(what: str, run: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    value = run()
    print(f"  {what:<28} {time.perf_counter() - started:8.2f} s   {value if isinstance(value, int) else ''}")
    return value


def bench(spec: str, triples: int) -> None:
    store = open_store(spec, timeout=600)
    print(f"{spec} ({type(store).__name__}, {(getattr(store, 'engine', None) and store.engine.name) or 'Oxigraph'})")
    written = sum(len(batch) for _, batch in documents(triples))
    started = time.perf_counter()
    docs = load(store, triples)
    seconds = time.perf_counter() - started
    print(f"  {'write ' + str(docs) + ' documents':<28} {seconds:8.2f} s   {written / seconds:,.0f} triples/s")
    _timed("count quads", store.count)
    _timed("list graphs", lambda: len(store.graphs()))
    _timed("union size", lambda: int(select(store, COUNT)[0]["n"].value))
    catalog = _timed("catalog", lambda: Catalog.build(store))
    _timed("search index", lambda: SearchIndex.build(store, catalog) and 0)
    _timed("path projection", lambda: Projection.build(store, catalog) and 0)
    _timed("question", lambda: len(answer(store, "which counties use grid governance")["answers"]))
    last = store.graphs()[-1]
    _timed("remove one document", lambda: int(store.remove_graph(last)))
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--store", action="append", required=True, help="a store folder, :memory: or a server URL")
    args = parser.parse_args()
    for spec in args.store:
        bench(spec, args.triples)


if __name__ == "__main__":
    main()
