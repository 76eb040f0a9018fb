"""What a document may be and inflate to: bombs and over-long texts refused before parsing, in one line.

Each `govkg load` runs as a real subprocess watched for memory (its process tree's RSS, sampled every
20 ms, killed past 1.5 GB); the bombs are built in the tests (tests/test_loading_api.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from test_loading_api import docx_bomb, pdf_bomb

from errors import ConfigError, PayloadTooLarge
from loaders.reading.limits import Limits
from loaders.reading.stage import read

GOVKG = str(Path(sys.executable).with_name("govkg"))
CEILING = 1536 * 2**20


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                fields = Path(f"/proc/{entry.name}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
            rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    tree, grew = {root}, True
    while grew:
        found = {pid for pid, parent in parents.items() if parent in tree} - tree
        grew = bool(found)
        tree |= found
    return sum(rss.get(pid, 0) for pid in tree)


def watched_load(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, int]:
    """Run `govkg ARGS`; return (exit status, stderr, peak RSS). Killed past CEILING or 300 s."""
    proc = subprocess.Popen(
        [GOVKG, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )
    peak, deadline = 0, time.monotonic() + 300
    while proc.poll() is None:
        peak = max(peak, _tree_rss(proc.pid))
        if peak > CEILING or time.monotonic() > deadline:
            proc.kill()
            break
        time.sleep(0.02)
    _, stderr = proc.communicate()
    return proc.returncode, stderr, peak


@pytest.mark.parametrize(
    ("name", "build", "limit"),
    [("bomb.docx", docx_bomb, "GOVKG_MAX_RATIO"), ("bomb.pdf", pdf_bomb, "GOVKG_MAX_PDF_STREAM")],
)
def test_a_bomb_is_refused_in_one_line_within_the_memory_ceiling(
    tmp_path: Path, name: str, build: Callable[[], bytes], limit: str
) -> None:
    bomb = tmp_path / name
    bomb.write_bytes(build())
    code, stderr, peak = watched_load("--store", str(tmp_path / "store"), "load", str(bomb))
    assert peak < CEILING and code == 2, (code, stderr, peak)
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and str(bomb) in lines[0] and limit in lines[0], stderr


def test_a_docx_past_the_inflated_size_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "large.docx"
    bomb.write_bytes(docx_bomb(inflated_mb=30))
    with pytest.raises(PayloadTooLarge, match=r"large\.docx: DOCX inflates too much .*GOVKG_MAX_INFLATED"):
        read(bomb, limits=Limits(max_inflated=20 * 2**20))


def test_a_pdf_with_too_many_pages_is_refused(tmp_path: Path) -> None:
    pdf = tmp_path / "pages.pdf"
    pdf.write_bytes(pdf_bomb(inflated_mb=1))
    with pytest.raises(PayloadTooLarge, match=r"pages\.pdf: PDF has too many pages \(1 > 0 limit"):
        read(pdf, limits=Limits(max_pdf_pages=0))


def test_text_past_the_limit_names_the_file_and_how_to_raise_it(tmp_path: Path) -> None:
    text = tmp_path / "long.txt"
    text.write_text("网格化管理。" * 400, encoding="utf-8")
    code, stderr, _ = watched_load(
        "--store", str(tmp_path / "store"), "load", str(text), env={"GOVKG_MAX_CHARS": "1000"}
    )
    assert code == 2
    assert stderr.strip() == f"error {text}: text too long (2,400 characters > 1,000 limit, GOVKG_MAX_CHARS)"


def test_limits_come_from_the_environment_and_refuse_nonsense() -> None:
    assert Limits.from_env({"GOVKG_MAX_BYTES": "1024"}).max_bytes == 1024
    with pytest.raises(ConfigError, match="GOVKG_MAX_RATIO must be a positive whole number"):
        Limits.from_env({"GOVKG_MAX_RATIO": "lots"})
