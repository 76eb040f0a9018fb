"""Table tests of the parts of the endpoint that need no server: Accept parsing and the SPARQL lexer."""

from __future__ import annotations

import pytest

from api.negotiate import choose, parse_accept, sparql_formats
from errors import NotAcceptable
from graph.lexer import analyze, query_form, uses_service, where_group

# --- Accept parsing and the query lexer ---------------------------------------------


@pytest.mark.parametrize(
    ("accept", "offers", "expected"),
    [
        (None, ["a/b", "c/d"], "a/b"),
        ("", ["a/b", "c/d"], "a/b"),
        ("*/*", ["a/b", "c/d"], "a/b"),
        ("c/d", ["a/b", "c/d"], "c/d"),
        ("c/*", ["a/b", "c/d"], "c/d"),
        ("a/b;q=0.2, c/d;q=0.9", ["a/b", "c/d"], "c/d"),
        ("a/b;q=0, */*", ["a/b", "c/d"], "c/d"),
        (
            "text/*;q=0.3, text/csv;q=0",
            ["text/csv", "text/tab-separated-values"],
            "text/tab-separated-values",
        ),
        ("image/png", ["a/b"], None),
        ("A/B", ["a/b"], "a/b"),
        ("a/b;q=bogus, c/d", ["a/b", "c/d"], "c/d"),
        (
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            ["application/json", "text/html"],
            "text/html",
        ),
    ],
)
def test_accept_choice(accept: str | None, offers: list[str], expected: str | None) -> None:
    assert choose(accept, offers) == expected


def test_accept_parse_orders_by_quality_then_specificity() -> None:
    assert [m for m, _ in parse_accept("*/*;q=0.5, text/*;q=0.5, text/csv;q=0.5")] == [
        "text/csv",
        "text/*",
        "*/*",
    ]


@pytest.mark.parametrize(
    ("accept", "fmt", "results", "graph"),
    [
        ("text/csv", None, "csv", None),
        ("text/turtle", None, None, "turtle"),
        ("application/sparql-results+xml", None, "xml", None),
        ("application/json", None, "json", "jsonld"),
        ("text/csv", "json", "json", "jsonld"),
        (None, "tsv", "tsv", None),
        (None, "application/ld+json", None, "jsonld"),
    ],
)
def test_sparql_formats(accept: str | None, fmt: str | None, results: str | None, graph: str | None) -> None:
    r, g = sparql_formats(accept, fmt)
    assert (r.name if r else None, g.name if g else None) == (results, graph)


def test_unknown_format_is_not_acceptable() -> None:
    with pytest.raises(NotAcceptable):
        sparql_formats(None, "pdf")


@pytest.mark.parametrize(
    ("query", "service"),
    [
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", True),
        ("select * where { service silent <http://x/> { ?s ?p ?o } }", True),
        ("SELECT * WHERE { SeRvIcE<http://x/>{ ?s ?p ?o } }", True),
        ("SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }", True),
        ('SELECT * WHERE { ?s ?p "SERVICE" }', False),
        ("SELECT * WHERE { ?s ?p '''a\nSERVICE <http://x/> {}''' }", False),
        ("SELECT ?service WHERE { ?service ?p ?o }", False),
        ("PREFIX ex: <http://x/> SELECT * WHERE { ?s ex:service ?o }", False),
        ("SELECT * WHERE { ?s <http://x/SERVICE> ?o } # SERVICE <http://y/>", False),
        ("SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }", False),
    ],
)
def test_service_is_found_by_tokens(query: str, service: bool) -> None:
    assert uses_service(query) is service


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("PREFIX select: <urn:x#> ASK { ?s select:p ?o }", "ASK"),
        ("# CONSTRUCT\nBASE <http://x/> DESCRIBE <a>", "DESCRIBE"),
        ("construct where { ?s ?p ?o }", "CONSTRUCT"),
        ("nonsense", None),
    ],
)
def test_query_form(query: str, form: str | None) -> None:
    assert query_form(query) == form


@pytest.mark.parametrize(
    ("query", "prefix"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE {"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?o } WHERE {"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT WHERE {"),
        ("ASK { ?s ?p '}' }", "ASK {"),
        ("PREFIX x: <urn:{> SELECT ?s { ?s ?p ?o }", "PREFIX x: <urn:{> SELECT ?s {"),
    ],
)
def test_where_group(query: str, prefix: str) -> None:
    at = where_group(query)
    assert at is not None and query[:at] == prefix


def test_analyze_is_form_and_service_in_one_pass() -> None:
    assert analyze("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }") == ("SELECT", True)
    assert analyze('ASK { ?s ?p "SERVICE" }') == ("ASK", False)
