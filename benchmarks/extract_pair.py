"""Extraction CPU of two versions of the code over the same documents, in lockstep (prints, asserts nothing).

    git worktree add /tmp/before <revision>         # the code to compare with, checked out beside
    python benchmarks/extract_pair.py --before /tmp/before [--documents 300] [--batch 5]
    python benchmarks/extract_pair.py --before . --before-python /tmp/other-venv/bin/python   # two interpreters
    python benchmarks/extract_pair.py --before /tmp/before --texts ../shared/eval/dev2 --texts /work/heldout

On a shared machine one run after another measures the other jobs as much as the code (the CPU seconds
of the same run moved by ±10 % at a load average of 15–20). Here each version extracts in a process of
its own, and the two take turns, a few documents at a time (which one goes first alternates), so both
meet the same load; the figure is each one's CPU seconds summed over its turns. Each process imports
its own tree's `loaders` and extracts as `benchmarks/extract.py` does, with the collector set as that
tree's load sets it, and each stage's CPU seconds are summed apart too (a stage named on one side only
prints "-"). `--before-python` runs the "before" side on another interpreter (a venv of it with the
project's dependencies), to compare interpreters over the same code.

Each side also emits the triples of every document it extracted (outside the timed part) and answers with a
digest of their sorted N-Triples, the rules' name left out (it carries a digest of the code): a change meant
for speed alone must print "output: identical". `--texts FOLDER` adds the documents of a folder (dev texts,
say) after the corpus, read as a load reads them.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent.parent


def _digest(triples: list[Any]) -> str:
    """The sorted N-Triples of a document's triples, its rules' name left out, hashed."""
    import pyoxigraph as ox

    lines = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").splitlines()
    return hashlib.sha1(b"\n".join(sorted(line for line in lines if b"#extractor>" not in line))).hexdigest()[:12]


def _texts(documents: int, folders: list[str]) -> list[tuple[Path, str]]:
    """The corpus's documents (the first one warms up), then the files of `folders`, as a load reads them."""
    from benchmarks.corpus import documents as corpus
    from loaders import discover
    from loaders.reading.stage import read

    texts = [(Path(f"bench-{i:04d}.txt"), text) for i, text in enumerate(corpus(documents + 1))]
    for path in discover(Path(folder) for folder in folders):
        texts.append((path, read(path).text))
    return texts


def _worker(root: str, documents: int, folders: list[str]) -> None:
    """Extract the documents of each `start end` line read, answering with the CPU seconds it took and
    the digest of their triples."""
    sys.path.insert(0, root)
    from loaders import STAGES, Document, emit

    try:
        collector = importlib.import_module("loaders.workers").fewer_collections()
    except AttributeError:  # a version from before the collector was set
        collector = contextlib.nullcontext()
    (_, warm), *texts = _texts(documents, folders)
    doc = Document(path=Path("warm-up.txt"), text=warm)
    for _, stage in STAGES:
        doc = stage(doc)
    with collector:
        print(f"ready {len(texts)}", flush=True)
        for line in sys.stdin:
            a, b = map(int, line.split())
            done = []
            stages = dict.fromkeys((name for name, _ in STAGES), 0.0)
            for path, text in texts[a:b]:
                doc = Document(path=path, text=text)
                for name, stage in STAGES:
                    c = time.process_time()
                    doc = stage(doc)
                    stages[name] += time.process_time() - c
                done.append(doc)
            each = ",".join(f"{name}={seconds}" for name, seconds in stages.items())
            print(sum(stages.values()), "".join(_digest(list(emit(d))) for d in done), each, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", required=True, help="a checkout of the code to compare with")
    ap.add_argument("--documents", type=int, default=300)
    ap.add_argument("--batch", type=int, default=5, help="documents per turn")
    ap.add_argument("--before-python", default=sys.executable, help="the interpreter of the before side")
    ap.add_argument("--texts", action="append", default=[], help="a folder of documents to extract too")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        return _worker(a.worker, a.documents, a.texts)
    trees = {"before": str(Path(a.before).resolve()), "after": str(_HERE)}
    pythons = {"before": a.before_python, "after": sys.executable}
    procs = {}
    for name, root in trees.items():
        cmd = [pythons[name], __file__, "--before", a.before, "--documents", str(a.documents), "--worker", root]
        cmd += [f"--texts={Path(folder).resolve()}" for folder in a.texts]
        env = {**os.environ, "PYTHONPATH": root}
        procs[name] = subprocess.Popen(cmd, cwd=root, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        out = procs[name].stdout
        assert out is not None
        ready, count = out.readline().split()
        assert ready == "ready"
    total = int(count)
    cpu = dict.fromkeys(trees, 0.0)
    stages: dict[str, dict[str, float]] = {name: {} for name in trees}
    digests: dict[str, list[str]] = {name: [] for name in trees}
    for turn, start in enumerate(range(0, total, a.batch)):
        for name in list(trees)[:: 1 if turn % 2 == 0 else -1]:
            proc = procs[name]
            assert proc.stdin and proc.stdout
            proc.stdin.write(f"{start} {min(total, start + a.batch)}\n")
            proc.stdin.flush()
            took, digest, each = proc.stdout.readline().split()
            cpu[name] += float(took)
            for stage, seconds in (item.split("=") for item in each.split(",")):
                stages[name][stage] = stages[name].get(stage, 0.0) + float(seconds)
            digests[name] += [digest[i : i + 12] for i in range(0, len(digest), 12)]
    for proc in procs.values():
        assert proc.stdin
        proc.stdin.close()
        proc.wait()
    sys.path.insert(0, str(_HERE))

    texts = _texts(a.documents, [str(Path(folder).resolve()) for folder in a.texts])[1:]
    chars = sum(len(text) for _, text in texts)
    print(f"{total} distinct documents, {chars:,} characters; load average {os.getloadavg()[0]:.1f} at the end")
    for name, seconds in cpu.items():
        print(f"  {name:7s} {seconds:7.2f} CPU s  {chars / seconds:>10,.0f} chars per CPU s")
    print(f"  after / before: {cpu['before'] / cpu['after']:.2f}x")
    for stage, seconds in stages["after"].items():
        was = stages["before"].get(stage, 0.0)
        ratio = f"{was / seconds:.2f}x" if seconds and was else "-"
        print(f"    {stage:14s} {was:6.2f} -> {seconds:6.2f} CPU s  {ratio}")
    differ = [str(path) for (path, _), x, y in zip(texts, digests["before"], digests["after"], strict=True) if x != y]
    print(f"  output: {'identical' if not differ else f'{len(differ)} documents differ: ' + ', '.join(differ[:5])}")


if __name__ == "__main__":
    main()
