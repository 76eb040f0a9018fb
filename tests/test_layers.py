"""The packages keep their dependency direction: the core imports without the service's libraries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BLOCK = """
import sys
class _Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {'fastapi', 'typer', 'rich', 'pyvis', 'starlette', 'uvicorn', 'api', 'visualize'}:
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, _Block())
import ontology, loaders, graph
from loaders import extract, reading  # noqa
"""


def test_core_packages_import_without_service_libraries() -> None:
    r = subprocess.run([sys.executable, "-c", BLOCK], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 0, r.stderr


def test_ontology_imports_nothing_of_ours() -> None:
    code = BLOCK.replace("'api', 'visualize'", "'api', 'visualize', 'loaders', 'graph'").replace(
        "import ontology, loaders, graph\nfrom loaders import extract, reading  # noqa", "import ontology"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert r.returncode == 0, r.stderr
