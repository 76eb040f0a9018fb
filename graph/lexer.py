"""A small SPARQL tokenizer: enough to tell a query's form (and so its answer formats) without a parser.

rdflib's parser costs 10-47 ms per query and pyoxigraph exposes no algebra, so the endpoint reads the
keywords itself. Strings, IRIs, comments, variables and prefixed names (with their `\\#`-style
escapes) are matched first and skipped, so `"SERVICE"`, `?service`, `ex:service` or `# SERVICE`
never count as a keyword.

Spotting SERVICE here is a courtesy (an early, clear 403) and the only guard in front of a remote
store; on the embedded store the guarantee is the query worker's lack of network (graph/confine.py),
whatever the text says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = [
    "FORMS",
    "analyze",
    "has_keyword",
    "keywords",
    "query_form",
    "unescape_codepoints",
    "uses_service",
    "where_group",
]

FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")

_TOKEN = re.compile(
    r"""
      (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                 |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<comment>\#[^\n\r]*)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
    | (?P<pname>(?:[^\W\d][\w.-]*)?:(?:[\w.:-]|%[0-9A-Fa-f]{2}|\\[_~.!$&'()*+,;=/?\#@%-])*|_:[\w.-]+)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)


def keywords(sparql: str) -> Iterator[str]:
    """Yield the bare words of a query in upper case, skipping strings, IRIs, comments and names.

    >>> list(keywords('SELECT ?service WHERE { ?s ex:service "SERVICE" } # SERVICE'))
    ['SELECT', 'WHERE']
    """
    for match in _TOKEN.finditer(sparql):
        if match.lastgroup == "word":
            yield match.group().upper()


def analyze(sparql: str) -> tuple[str | None, bool]:
    """(query form, uses SERVICE) in one pass over the tokens.

    >>> analyze("ASK { SERVICE <http://x/> { } }")
    ('ASK', True)
    """
    form, service = None, False
    for word in keywords(sparql):
        if form is None and word in FORMS:
            form = word
        elif word == "SERVICE":
            service = True
    return form, service


def query_form(sparql: str) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the first form keyword (the prologue holds none); None if absent.

    >>> query_form('PREFIX ask: <urn:x> DESCRIBE ask:y')
    'DESCRIBE'
    """
    for word in keywords(sparql):
        if word in FORMS:
            return word
    return None


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def unescape_codepoints(sparql: str) -> str:
    """The text after SPARQL 1.1's codepoint escapes (§19.2), which a conforming engine reads first.

    >>> unescape_codepoints(r"\\u0053ERVICE")
    'SERVICE'
    """
    return _CODEPOINT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), sparql)


def has_keyword(sparql: str, word: str) -> bool:
    """Whether `word` (upper case) is a keyword of the query, read from tokens, not substrings.

    Read as written and after codepoint escapes (\\u0053ERVICE): Oxigraph refuses escapes outside
    strings and IRIs, but a remote engine that follows §19.2 reads them as the keyword.

    >>> has_keyword('DEFINE get:soft "replace" SELECT * FROM <http://example.org/> { ?s ?p ?o }', "DEFINE")
    True
    """
    if any(token == word for token in keywords(sparql)):
        return True
    return "\\" in sparql and any(token == word for token in keywords(unescape_codepoints(sparql)))


def uses_service(sparql: str) -> bool:
    """Whether the query contains a SERVICE clause (federation).

    >>> uses_service('SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }')
    True
    >>> uses_service('SELECT * { ?s <http://example.org/SERVICE> "service" }')
    False
    >>> uses_service('SELECT * { ?s ex:a\\\\#b ?o . SERVICE <http://example.org/sparql> { } }')
    True
    >>> uses_service(r'SELECT * { \\u0053ERVICE <http://example.org/sparql> { } }')
    True
    """
    return has_keyword(sparql, "SERVICE")


def where_group(sparql: str) -> int | None:
    """The offset just inside the `{` that opens the query's WHERE group; None if not found.

    Lets a backend put a VALUES block first in the pattern, where the engine binds it before
    scanning (a trailing VALUES is joined only after the whole pattern is evaluated).

    >>> q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    >>> q[: where_group(q)]
    'CONSTRUCT { ?s ?p ?o } WHERE {'
    >>> q = 'SELECT ?x { ?x ?p "{" }'
    >>> q[: where_group(q)]
    'SELECT ?x {'
    """
    form: str | None = None
    depth = 0
    template_done = False
    saw_where = False
    for match in _TOKEN.finditer(sparql):
        kind, text = match.lastgroup, match.group()
        if kind == "word":
            word = text.upper()
            if form is None and word in FORMS:
                form = word
            elif form is not None and depth == 0 and word == "WHERE":
                saw_where = True
        elif kind == "other" and form is not None:
            if text == "{":
                if depth == 0:
                    if saw_where or form != "CONSTRUCT" or template_done:
                        return match.end()
                    template_done = True
                depth += 1
            elif text == "}":
                depth -= 1
    return None
