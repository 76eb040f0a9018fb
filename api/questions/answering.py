"""Questions in English or Chinese, answered from the graph with the SPARQL that answers them.

    >>> from graph import OxigraphStore
    >>> reply = answer(OxigraphStore(), "what is the meaning of life")
    >>> reply["kind"], reply["answers"], [h["form"] for h in reply["help"]][:2]
    ('not_understood', [], ['organizations_using', 'activities_of'])

Forms (see `forms.FORMS`): which <kind of organization> use <practice>; what does
<organization> use; what did <organization> report; how is <A> connected to <B>. The reply is one
dict: {"question", "kind", "understood", "answers", "sparql"} and, when the question was not
understood, "help" (the forms with examples from this graph) and "message".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph import Store, select, text
from graph.project import Projection
from graph.queries import EDGES, PREFIX

from . import queries as A
from .forms import FORMS, Miss, Parsed, parse
from .lexicon import sparql_iri
from .vocabulary import Vocabulary, vocabulary

__all__ = ["MAX_QUESTION", "answer", "help_forms"]

MAX_QUESTION = 500
_PATHS = 3
_MAX_HOPS = 6


def answer(store: Store, question: str, *, projection: Callable[[], Projection] | None = None) -> dict[str, Any]:
    """Answer one question: what was understood, the answers with their quotes, and the SPARQL run.

    `projection` gives the service's cached path projection; without it one is built when a path is asked.
    Raises StoreError when the store fails; a question it cannot read is a normal reply, not an error.
    """
    question = (question or "").strip()[:MAX_QUESTION]
    vocab = vocabulary(store)
    parsed, misses = parse(vocab, question)
    if parsed is None:
        return _not_understood(store, vocab, question, misses)
    reply: dict[str, Any] = {"question": question, "kind": parsed.form, "understood": parsed.to_dict()}
    if parsed.form == "organizations_using":
        found, sparql, quoted = A.organizations_using(store, vocab, parsed)
    elif parsed.form == "activities_of":
        found, sparql, quoted = A.activities_of(store, vocab, parsed)
    elif parsed.form == "metrics_of":
        found, sparql, quoted = A.metrics_of(store, vocab, parsed)
    else:
        found, sparql, quoted, paths = _connection(store, parsed, projection)
        reply["paths"] = paths
    reply["answers"] = found
    reply["sparql"] = sparql
    reply["sparql_quotes"] = quoted
    return reply


def _connection(
    store: Store, parsed: Parsed, get_projection: Callable[[], Projection] | None
) -> tuple[list[dict[str, Any]], str, list[str], list[dict[str, Any]]]:
    """how is <A> connected to <B>: up to three shortest paths, each step with the quote it was read from."""
    assert parsed.organization is not None and parsed.target is not None
    projection = get_projection() if get_projection else Projection.build(store)
    ends = (parsed.organization.iri, parsed.target.iri)
    paths: list[dict[str, Any]] = []
    if all(end in projection for end in ends):
        paths = projection.paths(*ends, max_hops=_MAX_HOPS, k=_PATHS)
    triples: list[tuple[str, str, str]] = []
    for path in paths:
        for step in path["steps"]:
            for rel in step["relations"]:
                s, o = (step["from"], step["to"]) if rel["direction"] == "out" else (step["to"], step["from"])
                triples.append((s, rel["property"], o))
    quotes, quote_sparql = A.step_quotes(store, list(dict.fromkeys(triples)))
    for path in paths:
        for step in path["steps"]:
            step["quotes"] = [
                q
                for rel in step["relations"]
                for q in quotes.get(
                    (step["from"], rel["property"], step["to"])
                    if rel["direction"] == "out"
                    else (step["to"], rel["property"], step["from"]),
                    [],
                )
            ]
    found: list[dict[str, Any]] = []
    if paths:
        first = paths[0]
        for i, node in enumerate(first["nodes"]):
            found.append({**node, "activities": [], "quotes": first["steps"][i - 1]["quotes"] if i else []})
    sparql = "# The paths are shortest paths (networkx) over these entity-to-entity edges:\n" + EDGES
    return found, sparql, [quote_sparql] if quote_sparql else [], paths


_BUSY_ORG = (
    PREFIX
    + """
SELECT ?org (COUNT(DISTINCT ?x) AS ?n) WHERE { ?org gk:uses|gk:implements|gk:reports ?x }
GROUP BY ?org ORDER BY DESC(?n) ?org LIMIT 1"""
)
_PARENT = PREFIX + "SELECT ?parent WHERE {{ {org} gk:partOf ?parent }} ORDER BY ?parent LIMIT 1"


def help_forms(store: Store, vocab: Vocabulary | None = None) -> list[dict[str, Any]]:
    """The forms govkg understands, with examples that name things in this graph where it has them."""
    vocab = vocab or vocabulary(store)
    forms = [dict(f) for f in FORMS]
    extra = vocab.memo.get("help_examples")
    if extra is None:  # the busiest organization is a scan of every gk:uses: once per store state
        extra = vocab.memo["help_examples"] = _examples(store, vocab)
    for form in forms:
        form["examples"] = list(form["examples"]) + extra.get(str(form["form"]), [])  # type: ignore[call-overload]
    return forms


def _examples(store: Store, vocab: Vocabulary) -> dict[str, list[str]]:
    """Examples naming the store's busiest organization (and its parent), by form; none in an empty store."""
    busy = select(store, _BUSY_ORG)
    org = vocab.organizations.by_iri.get(text(busy[0]["org"])) if busy else None
    if org is None:
        return {}
    en = org.label_en or org.label
    extra: dict[str, list[str]] = {
        "activities_of": [f"what does {en} use", f"{org.label}有哪些做法", f"{org.label}实施了哪些工程"],
        "metrics_of": [f"what did {en} report", f"{org.label}报告了哪些数据"],
    }
    parent_rows = select(store, _PARENT.format(org=sparql_iri(org.iri)))
    parent = vocab.organizations.by_iri.get(text(parent_rows[0]["parent"])) if parent_rows else None
    if parent is not None:
        extra["connection"] = [
            f"how is {en} connected to {parent.label_en or parent.label}",
            f"{org.label}和{parent.label}有什么关系",
        ]
    return extra


def _not_understood(store: Store, vocab: Vocabulary, question: str, misses: list[Miss]) -> dict[str, Any]:
    """The helpful reply: which words were not recognised (if a form fitted), and the forms with examples."""
    if misses:
        miss = misses[0]
        what = {
            "practice": "a practice",
            "organization": "an organization",
            "from": "an organization",
            "to": "an organization",
        }.get(miss.slot, miss.slot)
        message = (
            f"I read this as a question of the form “{_pattern(miss.form)}”, but “{miss.words}” "
            f"does not name {what} in the graph. Try another name, or one of the forms below."
        )
    elif question:
        message = "I could not read this question. These are the forms I understand:"
    else:
        message = "Ask a question in English or Chinese, in one of these forms:"
    return {
        "question": question,
        "kind": "not_understood",
        "understood": {"near_misses": [vars(m) for m in misses[:5]]},
        "answers": [],
        "sparql": "",
        "sparql_quotes": [],
        "message": message,
        "help": help_forms(store, vocab),
    }


def _pattern(form: str) -> str:
    return next(str(f["pattern"]) for f in FORMS if f["form"] == form)
