"""Extraction throughput, stage by stage, over distinct real-sized documents (prints, asserts nothing).

    python benchmarks/extract.py [--documents 300]

Each document of `benchmarks/corpus.py` (1,000-10,000 characters, recombined from the sample's
sentences with their own places and figures) is extracted on its own, as a load does; the sample
repeated into one text would measure little, since extraction drops a paragraph it has already read.
Figures: characters per wall second and per CPU second of each stage and of them all (one core,
one process; on a shared machine the CPU figure is the one to compare), and the CPU time to emit
the triples as a load does (N-Triples lines, repeats dropped). The documents are extracted with the
cyclic collector set as a load's extraction sets it (`loaders.workers.fewer_collections`). End-to-end
load figures come from benchmarks/load.py.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import documents
from loaders import STAGES, Document
from loaders.emit import emit_lines
from loaders.pipeline import _ntriples
from loaders.workers import fewer_collections


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=300)
    a = ap.parse_args()
    warm, *texts = documents(a.documents + 1)
    doc = Document(path=Path("warm-up.txt"), text=warm)
    for _, stage in STAGES:  # the dictionaries and patterns load once per process: not a document's cost
        doc = stage(doc)
    chars = sum(len(t) for t in texts)
    print(f"corpus: {len(texts)} distinct documents, {chars:,} characters; load average {os.getloadavg()[0]:.1f}")
    wall = dict.fromkeys((name for name, _ in STAGES), 0.0)
    cpu = dict(wall)
    emit_s, triples = 0.0, 0
    with fewer_collections():
        for i, text in enumerate(texts):
            doc = Document(path=Path(f"bench-{i:04d}.txt"), text=text)
            for name, stage in STAGES:
                t, c = time.perf_counter(), time.process_time()
                doc = stage(doc)
                wall[name] += time.perf_counter() - t
                cpu[name] += time.process_time() - c
            c = time.process_time()
            triples += _ntriples(emit_lines(doc)).count(b"\n")
            emit_s += time.process_time() - c
    for name in wall:
        _line(f"  {name}", wall[name], cpu[name], chars)
    _line("extraction", sum(wall.values()), sum(cpu.values()), chars)
    print(f"emit             {emit_s:7.3f} CPU s  {triples:,} distinct triples")


def _line(label: str, wall_s: float, cpu_s: float, chars: int) -> None:
    print(f"{label:16s} {wall_s:7.3f} s  {chars / wall_s:>12,.0f} chars/s  {chars / cpu_s:>12,.0f} per CPU s")


if __name__ == "__main__":
    main()
