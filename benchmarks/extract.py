"""Extraction throughput, stage by stage, on the sample corpus repeated to at least 2 MB (prints, asserts nothing).

    python benchmarks/extract.py [--megabytes 2]

Figures: characters per second of each extraction stage and of them all (one core, one process), and
the time to emit the triples. End-to-end load figures, over many distinct real-sized documents as a
real load sees them, come from benchmarks/load.py.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from loaders import STAGES, Document, emit, sample_corpus


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--megabytes", type=float, default=2.0)
    a = ap.parse_args()
    text = sample_corpus().read_text(encoding="utf-8")
    copies = max(1, int(a.megabytes * 2**20 // len(text.encode("utf-8"))) + 1)
    big = "\n".join([text] * copies)
    print(f"corpus: sample x{copies} = {len(big):,} characters, {len(big.encode()) / 2**20:.1f} MB")

    doc = Document(path=Path("bench.txt"), text=big)
    timings = {}
    for name, stage in STAGES:
        t = time.perf_counter()
        doc = stage(doc)
        timings[name] = time.perf_counter() - t
    extract_s = sum(timings.values())
    for name, s in timings.items():
        print(f"  {name:14s} {s:7.3f} s  {len(big) / s:>14,.0f} chars/s")
    print(f"extraction     {extract_s:7.3f} s  {len(big) / extract_s:>14,.0f} chars/s")
    t = time.perf_counter()
    triples = sum(1 for _ in emit(doc))
    emit_s = time.perf_counter() - t
    print(f"emit           {emit_s:7.3f} s  {triples:,} triples")


if __name__ == "__main__":
    main()
