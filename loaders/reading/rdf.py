"""The user's own RDF (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML), read whole and checked.

Everything a file states goes into one named graph of its own (a TriG or N-Quads file's graphs are
merged into it), and its blank nodes become IRIs numbered in parse order (RDF 1.1 skolemization), so
reloading the same file gives the same triples and a remote server's union copy stays exact.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> (folder / "mine.ttl").write_text('<urn:a> <urn:b> [ <urn:c> "县" ] .', encoding="utf-8")
33
>>> [str(t.object) for t in read_rdf(folder / "mine.ttl", "https://w3id.org/govkg/id/")]
['<https://w3id.org/govkg/id/.well-known/genid/mine.ttl-0>', '"县"']
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

from errors import UnreadableDocument

__all__ = ["RDF_FORMATS", "read_rdf"]

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}
_WHERE = re.compile(r"^Parser error at line \d+ (?:column \d+|between columns \d+ and \d+): ")

_Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def _skolem(term: _Term, names: dict[str, ox.NamedNode], prefix: str) -> _Term:
    """A blank node's IRI: the same label in one file is the same node, numbered in first-seen order."""
    if not isinstance(term, ox.BlankNode):
        return term
    if term.value not in names:
        names[term.value] = ox.NamedNode(f"{prefix}{len(names)}")
    return names[term.value]


def read_rdf(path: Path, base: str) -> list[ox.Triple]:
    """The triples of one RDF file, blank nodes skolemized under `base`, in file order.

    Raises:
        UnsupportedFormat: the suffix names no RDF format govkg reads.
        UnreadableDocument: the file is missing or does not parse; one line naming the file and position.
    """
    fmt = RDF_FORMATS[path.suffix.lower()]
    prefix = f"{base}.well-known/genid/{quote(path.name, safe='')}-"
    names: dict[str, ox.NamedNode] = {}
    try:
        quads = list(ox.parse(path=str(path), format=fmt))
    except SyntaxError as exc:
        reason = _WHERE.sub("", exc.msg)
        where = f"line {exc.lineno}, column {exc.offset}: " if exc.lineno else ""
        raise UnreadableDocument(f"{path}: {where}{reason}") from exc
    except OSError as exc:
        raise UnreadableDocument(f"{path}: {exc.strerror or exc}") from exc
    return [
        ox.Triple(_skolem(q.subject, names, prefix), q.predicate, _skolem(q.object, names, prefix))  # type: ignore[arg-type]
        for q in quads
    ]
