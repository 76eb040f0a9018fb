"""Check a data graph against the SHACL shapes, with the ontology and concept scheme as background."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ontology.files import concepts_path, ontology_path, shapes_path

if TYPE_CHECKING:
    import rdflib

__all__ = ["validate"]


@cache
def _shapes() -> rdflib.Graph:
    import rdflib

    return rdflib.Graph().parse(shapes_path(), format="turtle")


@cache
def _ontology() -> rdflib.Graph:
    import rdflib

    return rdflib.Graph().parse(ontology_path(), format="turtle")


@cache
def _concepts() -> rdflib.Graph:
    import rdflib

    return rdflib.Graph().parse(concepts_path(), format="turtle")


def _working_copy(data: rdflib.Graph) -> rdflib.Graph:
    """Data plus concept scheme in one new graph; a dataset counts as the union of its graphs.

    pySHACL copies only class and property axioms from its ontology graph, so the concepts that
    gk:category points to are added here; a dataset would otherwise be checked graph by graph.
    """
    import rdflib

    copy = rdflib.Graph()
    if isinstance(data, rdflib.graph.ConjunctiveGraph):
        for s, p, o, _ in data.quads((None, None, None, None)):
            copy.add((s, p, o))
    else:
        copy += data
    copy += _concepts()
    return copy


def validate(data: rdflib.Graph, *, inference: str = "rdfs") -> tuple[bool, str]:
    """Run pySHACL on `data` with the govkg shapes; returns (conforms, the report as text).

    The ontology and concept scheme are given as the ontology graph, so subclass typing and the
    concepts' scheme membership are known; `inference` is pySHACL's (rdfs by default, "none" to skip).
    A Dataset is checked as the union of its graphs. `data` is not modified.

    >>> import rdflib
    >>> g = rdflib.Graph().parse(data='''
    ...   @prefix gk: <https://w3id.org/govkg/ontology#> .
    ...   <urn:x:m> a gk:Metric ; gk:value 6.0 .''', format="turtle")
    >>> ok, text = validate(g)
    >>> ok, "gk:unit" in text
    (False, True)
    """
    from pyshacl import validate as pyshacl_validate

    conforms, _, text = pyshacl_validate(
        _working_copy(data),
        shacl_graph=_shapes(),
        ont_graph=_ontology(),
        inplace=True,
        inference=inference,
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
    )
    return bool(conforms), str(text)
