"""End-to-end load throughput of `govkg load` over many distinct, real-sized documents (prints, asserts nothing).

    python benchmarks/load.py [--documents 500] [--runs 1:1 2:2] [--seed 1]
    python benchmarks/load.py --before /tmp/before --documents 200 --runs 1:1 --repeat 2 --big-megabytes 0

The documents are written by `benchmarks/corpus.py`: each one is 1,000-10,000 characters of
sentences recombined from the bundled sample corpus, with its own places, names and numbers, so
no two share a text (no document takes a path a real one would not). Each run is a real
`govkg load` subprocess into a fresh on-disk store, confined to a number of cores (CPU affinity,
inherited by its extraction processes) with a number of workers: `1:1` is one core, `2:2` two;
the figures are wall-clock characters per second (read, extract, emit, write, the whole command),
the CPU seconds of its process tree and its peak summed RSS, sampled every 50 ms from /proc. A
second load of the same folder shows what skipping unchanged documents costs. Last, one long text
of many such reports (10 MB by default) is loaded alone, for the memory a single large document
takes.

`--before DIR` compares with another checkout of govkg (`git worktree add DIR REVISION`): each run is
made with both, `PYTHONPATH` set to each tree in turn (which goes first alternates), so the two meet
the same load on a shared machine; compare their CPU seconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpus import write_corpus, write_long_text

_GOVKG = Path(sys.executable).with_name("govkg")


def _tree(root: int) -> dict[int, tuple[int, float]]:
    """(resident bytes, CPU seconds) of `root` and each of its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    usage: dict[int, tuple[int, float]] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(fields[1]), []).append(pid)  # field 4: ppid
        cpu = (int(fields[11]) + int(fields[12])) / tick  # fields 14, 15: utime, stime
        usage[pid] = (int(fields[21]) * os.sysconf("SC_PAGE_SIZE"), cpu)  # field 24: rss in pages
    found, todo = {}, [root]
    while todo:
        pid = todo.pop()
        if pid in usage:
            found[pid] = usage[pid]
        todo += children.get(pid, [])
    return found


@dataclass
class Run:
    """What one `govkg` command cost."""

    seconds: float  # wall clock
    peak: int  # the process tree's summed RSS at its highest, in bytes
    cpu: float  # CPU seconds of the whole tree (user + system)


def run_load(args: list[str], cores: int | None = None, env: dict[str, str] | None = None) -> Run:
    """Run `govkg ARGS...` (on the first `cores` CPUs, in the environment `env`) and measure it.

    The CPU seconds (user + system of the command and every process under it, the extraction
    workers of its forkserver included, each as last sampled) are the figure to read on a machine
    shared with other jobs, where the wall clock also counts their turns.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    cpus = sorted(os.sched_getaffinity(0))[:cores] if cores else None
    proc = subprocess.Popen(
        [str(_GOVKG), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None,
    )
    peak = 0
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        tree = _tree(proc.pid)
        peak = max(peak, sum(rss for rss, _ in tree.values()))
        cpu.update({pid: seconds for pid, (_, seconds) in tree.items()})
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command itself, to its very end
    cpu[proc.pid] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    stdout = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise SystemExit(f"govkg {' '.join(args)} exited {proc.returncode}:\n{stdout}")
    return Run(seconds, peak, sum(cpu.values()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=500)
    ap.add_argument("--runs", nargs="+", default=["1:1", "2:2"], help="cores:workers of each load to compare")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--big-megabytes", type=float, default=10.0, help="also load one text of this size (0: skip)")
    ap.add_argument("--before", type=Path, help="a checkout of the code to compare with, run in turn with this one")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each cores:workers")
    a = ap.parse_args()
    trees = {"": None} if a.before is None else {"before": a.before.resolve(), "after": Path(__file__).parent.parent}
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")
    with tempfile.TemporaryDirectory(prefix="govkg-load-bench-") as tmp:
        folder = Path(tmp) / "docs"
        chars = write_corpus(folder, a.documents, seed=a.seed)
        print(f"corpus: {a.documents} distinct documents, {chars:,} characters")
        os.chdir(tmp)  # extraction processes put the working directory first on their path: not a tree
        rates = {}
        for turn, (spec, _) in enumerate((spec, k) for spec in a.runs for k in range(a.repeat)):
            cores, workers = (int(x) for x in spec.split(":"))
            for name, tree in list(trees.items())[:: -1 if turn % 2 else 1]:
                env = None if tree is None else {**os.environ, "PYTHONPATH": str(tree)}
                store = Path(tmp) / f"store-{cores}-{workers}-{name}{turn}"
                args = ["--store", str(store), "load", "--workers", str(workers), str(folder)]
                run = run_load(args, cores, env)
                rates[spec] = chars / run.seconds
                print(
                    f"  {name:6s} {cores} core(s), {workers} worker(s): {run.seconds:6.1f} s  "
                    f"{chars / run.seconds:>9,.0f} chars/s  peak RSS {run.peak / 2**20:,.0f} MB  CPU {run.cpu:.1f} s "
                    f"({chars / run.cpu:,.0f} chars per CPU second)  load average {os.getloadavg()[0]:.1f}"
                )
                again = run_load(args, cores, env)
                print(f"    reload, nothing changed: {again.seconds:5.1f} s  CPU {again.cpu:.1f} s  ", end="")
                print(f"peak RSS {again.peak / 2**20:,.0f} MB")
        if len(rates) > 1:
            first, *_, last = rates
            print(f"speed-up {last} vs {first} (cores:workers), wall clock: {rates[last] / rates[first]:.2f}x")
        if a.big_megabytes:
            big = Path(tmp) / "big" / "many-reports.txt"
            big.parent.mkdir()
            chars = write_long_text(big, int(a.big_megabytes * 2**20), seed=a.seed)
            run = run_load(["--store", str(Path(tmp) / "store-big"), "load", str(big)])
            print(
                f"one {big.stat().st_size / 2**20:.1f} MB text ({chars:,} characters, many reports): "
                f"{run.seconds:.1f} s  CPU {run.cpu:.1f} s  peak RSS {run.peak / 2**20:,.0f} MB"
            )
        print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
