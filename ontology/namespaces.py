"""Namespace IRIs of govkg and of the vocabularies it aligns with, as plain strings.

Strings rather than rdflib Namespaces so that every consumer (pyoxigraph, rdflib, SPARQL text) can
use them without conversion.

>>> GK + "County"
'https://w3id.org/govkg/ontology#County'
"""

from __future__ import annotations

__all__ = ["DCTERMS", "GK", "GKC", "GKSH", "ORG", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]

GK = "https://w3id.org/govkg/ontology#"
GKC = "https://w3id.org/govkg/concept/"
GKSH = "https://w3id.org/govkg/shapes#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
