"""Extraction and load throughput on the sample corpus repeated to at least 2 MB (prints, asserts nothing).

    python benchmarks/extract.py [--megabytes 2]

Figures: characters per second of the extraction stages alone (one core, one process), and end to
end (read + extract + emit + write into an embedded on-disk Oxigraph store).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from graph import OxigraphStore
from loaders import STAGES, Document, emit, load_paths, sample_corpus


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

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.txt"
        path.write_text(big, encoding="utf-8")
        store = OxigraphStore(Path(tmp) / "store")
        t = time.perf_counter()
        report = load_paths([path], store)
        total = time.perf_counter() - t
        store.close()
    print(f"end to end     {total:7.3f} s  {len(big) / total:>14,.0f} chars/s  ({report.triples:,} triples)")


if __name__ == "__main__":
    main()
