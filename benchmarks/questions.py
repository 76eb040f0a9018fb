"""Time questions (`api.questions.answer`) on the sample and on a synthetic graph; prints, asserts nothing.

    .venv/bin/python -m benchmarks.questions [--triples 1000000] [--repeat 3]

For each question: the form it was read as, the number of answers and quotes, and the median time over
`--repeat` runs after one warm-up (the first run also builds the vocabulary, timed on its own).
"""

from __future__ import annotations

import argparse
import statistics
import time

from api.questions import answer
from api.questions.vocabulary import vocabulary
from graph import OxigraphStore, Store

from .synthetic import generate, ontology_quads


def _questions(store: Store) -> list[str]:
    """The contract's question in both languages, and the other forms about organizations of this graph."""
    fixed = [
        "which counties use grid governance",
        "哪些县使用网格化管理",
        "哪些区开展双报到",
        "who uses grid governance",
    ]
    examples = [e for form in answer(store, "")["help"][1:] for e in form["examples"]]
    counties = (t for t in vocabulary(store).organizations.terms if (t.cls or "").endswith("#County"))
    county = next(counties, None)
    own = (
        [
            f"{county.label}有哪些做法",
            f"{county.label}报告了哪些数据",
            f"{county.label}有多少网格员",
            f"{county.label}的网格化数据",
        ]
        if county
        else []
    )
    return fixed + examples + own


def _run(name: str, store: Store, repeat: int) -> None:
    started = time.perf_counter()
    vocabulary(store)
    print(f"\n{name}: {store.count():,} quads; vocabulary built in {time.perf_counter() - started:.2f} s")
    for question in _questions(store):
        reply = answer(store, question)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            answer(store, question)
            times.append(time.perf_counter() - started)
        quotes = sum(len(a["quotes"]) for a in reply["answers"])
        print(
            f"  {statistics.median(times) * 1000:8.1f} ms  {reply['kind']:<20}"
            f" {len(reply['answers']):>4} answers {quotes:>5} quotes  {question}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic graph (0: skip)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from loaders import load_paths, sample_corpus

    sample = OxigraphStore()
    load_paths([sample_corpus()], sample)
    _run("sample corpus", sample, args.repeat)
    if args.triples:
        synthetic = OxigraphStore()
        synthetic.oxigraph.bulk_extend([*ontology_quads(), *generate(args.triples)])
        _run("synthetic graph", synthetic, args.repeat)


if __name__ == "__main__":
    main()
