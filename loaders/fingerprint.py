"""Which rules extracted a document: the rule set's name plus a digest of the loaders' code and data.

A load skips a document already in the store with the same text and rules, so the rules' name must
change whenever extraction may: a name bumped by hand is forgotten as soon as a rule changes. The
digest covers every module and data file of `loaders/` (the readers, stages and word lists), so an
upgraded govkg re-extracts what an older one loaded, and an unchanged one skips it.

>>> name = rules_name("govkg.rules.v2")
>>> name.startswith("govkg.rules.v2+") and len(name) == len("govkg.rules.v2+") + 12
True
>>> rules_name("govkg.rules.v2") == name  # computed once: the same for the whole process
True
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

__all__ = ["rules_name"]

_HERE = Path(__file__).parent


@cache
def _digest() -> str:
    sha = hashlib.sha256()
    files = sorted([*_HERE.rglob("*.py"), *(p for p in (_HERE / "data").rglob("*") if p.is_file())])
    for path in files:
        sha.update(path.relative_to(_HERE).as_posix().encode())
        sha.update(b"\0")
        sha.update(path.read_bytes())
    return sha.hexdigest()[:12]


def rules_name(rule_set: str) -> str:
    """`rule_set` (a versioned name, changed by hand when the model changes) with the code's digest."""
    return f"{rule_set}+{_digest()}"
