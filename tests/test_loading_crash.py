"""kill -9 a real `govkg load` at several moments: the default graph stays the union, no document is
half there, and running the load again finishes it (resumable, unchanged documents skipped).

The documents are reports written here from sentences of our own, each with its own county,
township and figures, long enough that a batch of them goes through the journaled bulk load.
"""

from __future__ import annotations

import gc
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph import OxigraphStore, journal, union_difference

GOVKG = str(Path(sys.executable).with_name("govkg"))
DOCS = 24
# A batch of 8 documents (~25 k triples) is one transaction; all 24 (~70 k) go through the journaled bulk load.
SMALL, WHOLE = 8, 24

_SENTENCES = [
    "{county}坚持党建引领基层治理，在全县推行“{brand}”工作法，划分单元网格{n}个。",
    "{town}党委建立“{brand}”议事机制，每月召开村民议事会{n}次，化解矛盾纠纷{m}件。",
    "{county}组织部牵头实施“{brand}”工程，选派第一书记{n}名驻村帮扶。",
    "{county}民政局与{town}政府签订合作协议，共同推进“{brand}”服务中心建设。",
    "截至{year}年底，{county}累计培训网格员{n}名，建成党群服务中心{m}个。",
    "{town}探索“{brand}”模式，带动集体经济收入增加{n}万元。",
    "{county}开展“{brand}”行动，{m}个村级党组织全部达到星级标准。",
]
_CHARS = "青白石松柏清溪桥岭峰川泉河湖海云霞晨曦锦绣丰和顺安乐康宁祥瑞永兴盛泰"


def _report(rng: random.Random, i: int) -> str:
    county = "".join(rng.sample(_CHARS, 2)) + "县"
    lines = [f"{county}基层治理经验交流材料（第{i}号）", "来源:本地党建网", f"{county}推进基层治理现代化"]
    for part in "一二三四":
        lines.append(f"{part}、强化{rng.choice(['组织', '服务', '治理', '保障'])}引领。")
        body = []
        for _ in range(rng.randint(10, 16)):
            body.append(
                rng.choice(_SENTENCES).format(
                    county=county,
                    town="".join(rng.sample(_CHARS, 2)) + "镇",
                    brand="".join(rng.sample(_CHARS, 2)) + rng.choice(["先锋", "连心", "红色", "共治"]),
                    n=rng.randint(2, 900),
                    m=rng.randint(2, 90),
                    year=rng.randint(2019, 2024),
                )
            )
        lines.append("".join(body))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash-docs")
    rng = random.Random(12)
    for i in range(DOCS):
        (folder / f"report-{i:02d}.txt").write_text(_report(rng, i), encoding="utf-8")
    return folder


def _load(store: Path, corpus: Path, batch: int = SMALL) -> subprocess.Popen[bytes]:
    args = [GOVKG, "--store", str(store), "load", "--workers", "2", "--batch", str(batch), str(corpus)]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _graph_sizes(store: OxigraphStore) -> dict[str, int]:
    rows = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row["g"].value: int(row["n"].value) for row in rows}  # type: ignore[union-attr, index]


def _open(path: Path) -> OxigraphStore:
    gc.collect()  # a store closed just before must be released before the folder is opened again
    return OxigraphStore(path)


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, int], float]:
    """Every graph's size after an uninterrupted load, and how long that load took."""
    path = tmp_path_factory.mktemp("reference") / "store"
    started = time.monotonic()
    assert _load(path, corpus).wait(timeout=600) == 0
    seconds = time.monotonic() - started
    store = _open(path)
    sizes = _graph_sizes(store)
    store.close()
    del store
    assert len(sizes) == DOCS + 1  # and the ontology
    return sizes, seconds


def _killed_load(path: Path, corpus: Path, batch: int, moment: str, seconds: float) -> None:
    """Start a load and kill -9 it at the moment: a share of the reference time, or a bulk load in
    flight. A machine shared with other jobs runs faster or slower than the reference: a load that
    ended before its moment is started again (on a fresh store) with the moment brought forward."""
    for attempt in range(4):
        shutil.rmtree(path, ignore_errors=True)
        process = _load(path, corpus, batch)
        if moment == "journal":
            while not (path / journal.JOURNAL).exists() and process.poll() is None:
                time.sleep(0.002)
        else:
            deadline = time.monotonic() + seconds * float(moment) * 0.6**attempt
            while process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            assert process.wait(timeout=60) == -signal.SIGKILL
            return
    raise AssertionError(f"four loads ended before the moment {moment}")


@pytest.mark.parametrize(("moment", "batch"), [("0.5", SMALL), ("journal", WHOLE), ("0.8", SMALL)])
def test_kill_9_during_a_load_leaves_the_union_and_whole_documents(
    corpus: Path, reference: tuple[dict[str, int], float], tmp_path: Path, moment: str, batch: int
) -> None:
    sizes, seconds = reference
    path = tmp_path / "store"
    _killed_load(path, corpus, batch, moment, seconds)
    validate = subprocess.run(
        [GOVKG, "--store", str(path), "validate", "--no-shapes"], capture_output=True, text=True, timeout=600
    )
    assert validate.returncode == 0, validate.stderr
    assert "the default graph is the union of the named graphs" in validate.stdout
    store = _open(path)
    assert not union_difference(store)
    found = _graph_sizes(store)
    assert all(found[g] == sizes[g] for g in found), {g: (n, sizes[g]) for g, n in found.items() if n != sizes[g]}
    store.close()
    del store
    assert _load(path, corpus).wait(timeout=600) == 0  # run again: it continues
    store = _open(path)
    assert _graph_sizes(store) == sizes and not union_difference(store)
