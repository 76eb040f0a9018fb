"""Extraction CPU of two versions of the code over the same documents, in lockstep (prints, asserts nothing).

    git worktree add /tmp/before <revision>         # the code to compare with, checked out beside
    python benchmarks/extract_pair.py --before /tmp/before [--documents 300] [--batch 5]
    python benchmarks/extract_pair.py --before . --before-python /tmp/other-venv/bin/python   # two interpreters

On a shared machine one run after another measures the other jobs as much as the code (the CPU seconds
of the same run moved by ±10 % at a load average of 15–20). Here each version extracts in a process of
its own, and the two take turns, a few documents at a time (which one goes first alternates), so both
meet the same load; the figure is each one's CPU seconds summed over its turns. Each process imports
its own tree's `loaders` and extracts as `benchmarks/extract.py` does, with the collector set as that
tree's load sets it. `--before-python` runs the "before" side on another interpreter (a venv of it with the
project's dependencies), to compare interpreters over the same code.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import subprocess
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent.parent


def _worker(root: str, documents: int) -> None:
    """Extract the documents of each `start end` line read, answering with the CPU seconds it took."""
    sys.path.insert(0, root)
    from benchmarks.corpus import documents as corpus
    from loaders import STAGES, Document

    try:
        collector = importlib.import_module("loaders.workers").fewer_collections()
    except AttributeError:  # a version from before the collector was set
        collector = contextlib.nullcontext()
    warm, *texts = corpus(documents + 1)
    doc = Document(path=Path("warm-up.txt"), text=warm)
    for _, stage in STAGES:
        doc = stage(doc)
    with collector:
        print("ready", flush=True)
        for line in sys.stdin:
            a, b = map(int, line.split())
            c = time.process_time()
            for i in range(a, b):
                doc = Document(path=Path(f"bench-{i:04d}.txt"), text=texts[i])
                for _, stage in STAGES:
                    doc = stage(doc)
            print(time.process_time() - c, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", required=True, help="a checkout of the code to compare with")
    ap.add_argument("--documents", type=int, default=300)
    ap.add_argument("--batch", type=int, default=5, help="documents per turn")
    ap.add_argument("--before-python", default=sys.executable, help="the interpreter of the before side")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        return _worker(a.worker, a.documents)
    trees = {"before": str(Path(a.before).resolve()), "after": str(_HERE)}
    pythons = {"before": a.before_python, "after": sys.executable}
    procs = {}
    for name, root in trees.items():
        cmd = [pythons[name], __file__, "--before", a.before, "--documents", str(a.documents), "--worker", root]
        env = {**os.environ, "PYTHONPATH": root}
        procs[name] = subprocess.Popen(cmd, cwd=root, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert procs[name].stdout and procs[name].stdout.readline().strip() == "ready"
    cpu = dict.fromkeys(trees, 0.0)
    for turn, start in enumerate(range(0, a.documents, a.batch)):
        for name in list(trees)[:: 1 if turn % 2 == 0 else -1]:
            proc = procs[name]
            assert proc.stdin and proc.stdout
            proc.stdin.write(f"{start} {min(a.documents, start + a.batch)}\n")
            proc.stdin.flush()
            cpu[name] += float(proc.stdout.readline())
    for proc in procs.values():
        assert proc.stdin
        proc.stdin.close()
        proc.wait()
    sys.path.insert(0, str(_HERE))
    from benchmarks.corpus import documents as corpus

    chars = sum(len(t) for t in corpus(a.documents + 1)[1:])
    print(f"{a.documents} distinct documents, {chars:,} characters; load average {os.getloadavg()[0]:.1f} at the end")
    for name, seconds in cpu.items():
        print(f"  {name:7s} {seconds:7.2f} CPU s  {chars / seconds:>10,.0f} chars per CPU s")
    print(f"  after / before: {cpu['before'] / cpu['after']:.2f}x")


if __name__ == "__main__":
    main()
