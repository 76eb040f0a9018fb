"""The govkg ontology: Turtle files (OWL classes and properties, SKOS concepts, SHACL shapes) and the
few functions that read them. Imports nothing of govkg, and nothing beyond rdflib and pyoxigraph
(pySHACL only inside `validate`).

    >>> GK
    'https://w3id.org/govkg/ontology#'
    >>> concepts_in("建立“四议两公开”工作法")
    ['DemocraticConsultation']
"""

from __future__ import annotations

from ontology.files import ONTOLOGY_FILES, concepts_path, ontology_path, shapes_path
from ontology.namespaces import DCTERMS, GK, GKC, GKSH, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD
from ontology.validation import validate
from ontology.vocabulary import (
    ClassLabels,
    ConceptLabels,
    class_labels,
    class_parents,
    concept_keywords,
    concept_labels,
    concepts_in,
    normalize,
    property_labels,
)

__all__ = [
    "DCTERMS",
    "GK",
    "GKC",
    "GKSH",
    "ONTOLOGY_FILES",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SKOS",
    "XSD",
    "ClassLabels",
    "ConceptLabels",
    "class_labels",
    "class_parents",
    "concept_keywords",
    "concept_labels",
    "concepts_in",
    "concepts_path",
    "normalize",
    "ontology_path",
    "property_labels",
    "shapes_path",
    "validate",
]
