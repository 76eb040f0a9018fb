"""One object builds every URL of the service: entity IRIs <-> page and API paths.

An entity's id is its IRI relative to the base ("org/%E5%8E%BF%E5%A7%94"); IRIs outside the base
(concepts, ontology terms) use the whole IRI, percent-encoded, as their id.
"""

from __future__ import annotations

from urllib.parse import quote, unquote, urlencode

__all__ = ["Urls"]


class Urls:
    """URLs for entities, documents, searches and paths, given the base IRI served.

    >>> u = Urls("https://w3id.org/govkg/id/")
    >>> u.entity("https://w3id.org/govkg/id/org/%E5%8E%BF%E5%A7%94")
    '/entity/org/%E5%8E%BF%E5%A7%94'
    >>> u.iri("org/县委")
    'https://w3id.org/govkg/id/org/%E5%8E%BF%E5%A7%94'
    >>> u.iri(u.id("https://w3id.org/govkg/concept/GridGovernance"))
    'https://w3id.org/govkg/concept/GridGovernance'
    """

    def __init__(self, base: str) -> None:
        self.base = base

    def id(self, iri: str) -> str:
        """The path segment(s) naming an entity."""
        if iri.startswith(self.base) and len(iri) > len(self.base):
            return iri[len(self.base) :]
        return quote(iri, safe="")

    def iri(self, entity_id: str) -> str:
        """The IRI an id (as written in a URL, encoded or not) names; the inverse of `id`."""
        text = unquote(entity_id)
        if text.startswith(("http://", "https://", "urn:")):
            return text if text.isascii() else quote(text, safe=":/?#[]@!$&'()*+,;=%")
        return self.base + quote(text, safe="/")

    def local(self, iri: str) -> bool:
        """Whether the IRI is under the base, so /id/... dereferences it."""
        return iri.startswith(self.base) and len(iri) > len(self.base)

    def _with(self, path: str, format: str | None) -> str:
        return f"{path}.{format}" if format else path

    def entity(self, iri: str, format: str | None = None) -> str:
        """The entity page (format "json" for its JSON twin)."""
        return self._with(f"/entity/{self.id(iri)}", format)

    def api_entity(self, iri: str) -> str:
        return f"/api/entities/{self.id(iri)}"

    def resource(self, iri: str, format: str | None = None) -> str:
        """The linked-data URL of an IRI under the base (format "ttl", "jsonld", "json")."""
        return self._with(f"/id/{self.id(iri)}", format)

    def neighbors(self, iri: str, depth: int = 1) -> str:
        return f"/api/neighbors/{self.id(iri)}?depth={depth}"

    def document(self, iri: str, format: str | None = None) -> str:
        """The document page of a gk:Document IRI."""
        return self._with(f"/document/{self.id(iri)}", format)

    def search(self, q: str, format: str | None = None) -> str:
        return f"{'/api/search' if format == 'json' else '/search'}?{urlencode({'q': q})}"

    def paths(self, source: str, target: str, *, k: int = 1, format: str | None = None) -> str:
        params = urlencode({"from": self.id(source), "to": self.id(target), "k": k})
        return f"{'/api/paths' if format == 'json' else '/path'}?{params}"

    def sparql(self, query: str | None = None) -> str:
        return f"/sparql?{urlencode({'query': query})}" if query else "/sparql"
