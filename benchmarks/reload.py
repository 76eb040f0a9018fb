"""Loading a corpus again: first load, reload with nothing changed, and re-extraction after an upgrade.

    python benchmarks/reload.py [--documents 300] [--workers 2] [--previous digest|REVISION]

An upgrade changes the rules' digest (`loaders/fingerprint.py`), so every document already loaded
is extracted again and its graph replaced. The other rules are a real copy of govkg beside this
one, run as its own `govkg` with `PYTHONPATH` set to it: by default this tree's packages with one
comment added to the copy's `loaders/fingerprint.py` (only the digest differs, so the new triples
differ from the old by each document's `gk:extractor`), or with `--previous REVISION` the packages
of that git revision, taken from the repository in the working directory (older rules: the triples
differ as much as the rules do). The copy loads the corpus into a store, and this tree's
`govkg load` then extracts and replaces every document in it.

Every figure is a real `govkg load` subprocess (`benchmarks/load.py`'s `run_load`): wall clock,
characters per second, CPU seconds and peak RSS of the process tree. The corpus is
`benchmarks/corpus.py`'s distinct documents of 1,000-10,000 characters.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyoxigraph as ox

from benchmarks.corpus import write_corpus
from benchmarks.load import Run, run_load

_ROOT = Path(__file__).resolve().parent.parent
_PACKAGES = ["api", "graph", "loaders", "ontology", "visualize", "errors.py"]


def previous_rules(target: Path, revision: str, repository: Path) -> dict[str, str]:
    """Write the other govkg into `target` (a revision from `repository`); the environment that runs it."""
    target.mkdir(parents=True)
    if revision == "digest":
        for name in _PACKAGES:
            source = _ROOT / name
            if source.is_dir():
                shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(source, target / name)
        with (target / "loaders" / "fingerprint.py").open("a", encoding="utf-8") as f:
            f.write("# the rules of another version: only the digest changes\n")
    else:
        archive = subprocess.run(["git", "-C", str(repository), "archive", revision, *_PACKAGES], capture_output=True)
        if archive.returncode != 0:
            raise SystemExit(f"git archive {revision}: {archive.stderr.decode().strip()}")
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return {**os.environ, "PYTHONPATH": str(target)}


def rules_of(store: Path) -> set[str]:
    """The `gk:extractor` names in a store (read-only open)."""
    s = ox.Store.read_only(str(store))
    extractor = ox.NamedNode("https://w3id.org/govkg/ontology#extractor")
    return {q.object.value for q in s.quads_for_pattern(None, extractor, None, ox.DefaultGraph())}


def changed_quads(before: Path, after: Path) -> tuple[int, int]:
    """Quads of the named graphs only in `before`, and only in `after` (what the re-extraction changed)."""
    old, new = ox.Store.read_only(str(before)), ox.Store.read_only(str(after))
    gone = sum(1 for q in old if not isinstance(q.graph_name, ox.DefaultGraph) and q not in new)
    added = sum(1 for q in new if not isinstance(q.graph_name, ox.DefaultGraph) and q not in old)
    return gone, added


def _line(name: str, run: Run, chars: int) -> str:
    return (
        f"  {name:<34} {run.seconds:6.1f} s  {chars / run.seconds:>9,.0f} chars/s  CPU {run.cpu:6.1f} s  "
        f"peak RSS {run.peak / 2**20:5,.0f} MB  load average {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--previous", default="digest", help="the other rules: 'digest' or a git revision")
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary one)")
    a = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")
    with tempfile.TemporaryDirectory(prefix="govkg-reload-bench-") as tmp:
        root = a.keep or Path(tmp)
        folder = root / "docs"
        chars = write_corpus(folder, a.documents, seed=a.seed)
        print(f"corpus: {a.documents} distinct documents, {chars:,} characters; workers {a.workers}")
        env = previous_rules(root / "previous", a.previous, Path.cwd())
        os.chdir(root)  # the extraction processes put the working directory first on their path: not a tree
        fresh, upgraded = root / "store-fresh", root / "store-upgraded"
        load = ["load", "--workers", str(a.workers), str(folder)]
        print(_line("first load", run_load(["--store", str(fresh), *load]), chars))
        print(_line("reload, nothing changed", run_load(["--store", str(fresh), *load]), chars))
        print(_line(f"first load, rules {a.previous}", run_load(["--store", str(upgraded), *load], env=env), chars))
        before = root / "store-before-upgrade"
        shutil.copytree(upgraded, before)
        print(f"  rules: {', '.join(sorted(rules_of(before)))} -> {', '.join(sorted(rules_of(fresh)))}")
        print(_line("re-extraction after the upgrade", run_load(["--store", str(upgraded), *load]), chars))
        gone, added = changed_quads(before, upgraded)
        print(f"  the upgrade replaced {gone:,} quads of the named graphs by {added:,}")
        same = quads(fresh) == quads(upgraded)
        print(f"  the upgraded store holds {'the same quads as' if same else 'OTHER QUADS THAN'} the first load's")
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


def quads(store: Path) -> set[str]:
    """Every quad of a store (default graph included) as N-Quads lines."""
    data = ox.Store.read_only(str(store)).dump(format=ox.RdfFormat.N_QUADS) or b""
    return set(data.decode().splitlines())


if __name__ == "__main__":
    main()
