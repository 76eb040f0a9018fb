"""The SPARQL behind each question form, and the answers it gives: organizations, activities, figures, quotes.

The queries are written with the IRIs the question resolved to (classes, concepts, organizations from
the vocabulary, each checked and escaped by pyoxigraph through `sparql_iri`); the user's own words
never reach a query. Written-in IRIs rather than bindings, because Oxigraph plans a query around its
constants: the same query with bound variables ran 5 to 1000 times slower on a million triples.
The query run is the query shown, so users can paste it into the SPARQL endpoint.

Each form runs one query for its answers and one for their source quotes: the passages of the
rdf:Statement behind each gk:uses/gk:implements (or of the figure), where the extractor wrote one.
"""

from __future__ import annotations

from collections.abc import Iterable
from string import Template
from typing import Any

from graph import Store, Term, select, text
from graph.queries import PREFIX

from .forms import Parsed, Practice
from .lexicon import GK, norm, sparql_iri
from .vocabulary import Vocabulary

__all__ = ["Answered", "activities_of", "metrics_of", "organizations_using", "step_quotes"]

# the answers, the SPARQL that found them, and the queries that found their quotes
Answered = tuple[list[dict[str, Any]], str, list[str]]

_SHOWN_ROWS = 12  # VALUES rows written out in the shown quotes query before "… more"
_QUOTED_PER_ANSWER = 30  # statements quoted per answer (each activity's evidence, within reason)
_QUOTED = 400  # statements quoted per question: a province's hundreds of activities stay quick

_DOES = """{ ?$who gk:uses ?act . BIND(gk:uses AS ?rel) }
  UNION { ?$who gk:implements ?act . BIND(gk:implements AS ?rel) }"""

USING = Template(
    PREFIX
    + """
SELECT DISTINCT ?org ?rel ?act WHERE {
  { SELECT DISTINCT ?act WHERE {
    $practice
  } }
  """
    + _DOES.replace("$who", "org")
    + """
  ?org a ?class .
  FILTER(?class IN ($classes))$within
}"""
)

_OWN = """{ BIND($org AS ?actor) }
  UNION {  # its own bodies (its party committee, its bureaus), not the places below it
    ?actor gk:partOf $org .
    FILTER NOT EXISTS { VALUES ?unit { $places } ?actor a ?unit }
  }"""

ACTIVITIES = Template(
    PREFIX
    + """
SELECT DISTINCT ?actor ?rel ?act WHERE {
  """
    + _OWN
    + """
  """
    + _DOES.replace("$who", "actor")
    + """$narrow
}"""
)

METRICS = Template(
    PREFIX
    + """
SELECT DISTINCT ?actor ?metric ?label ?value ?unit ?measure ?period ?about ?passage WHERE {
  """
    + _OWN
    + """
  ?actor gk:reports ?metric .
  ?metric gk:value ?value .
  OPTIONAL { ?metric rdfs:label ?label }
  OPTIONAL { ?metric gk:unit ?unit }
  OPTIONAL { ?metric gk:measure ?measure }
  OPTIONAL { ?metric gk:period ?period }
  OPTIONAL { ?metric gk:about ?about }
  OPTIONAL { ?metric prov:wasDerivedFrom ?passage }
}"""
)

_PASSAGE = """?passage gk:text ?text ; gk:start ?start ; gk:end ?end ; dcterms:isPartOf ?doc .
  OPTIONAL { ?doc dcterms:title ?doc_title }"""

STATEMENT_QUOTES = Template(
    PREFIX
    + """
SELECT DISTINCT ?s ?p ?o ?passage ?text ?start ?end ?doc ?doc_title WHERE {
  VALUES (?s ?p ?o) {$rows
  }
  ?statement rdf:object ?o ; rdf:subject ?s ; rdf:predicate ?p ; prov:wasDerivedFrom ?passage .
  """
    + _PASSAGE
    + """
}"""
)

ACTIVITY_QUOTES = Template(
    PREFIX
    + """
SELECT DISTINCT ?act ?passage ?text ?start ?end ?doc ?doc_title WHERE {
  VALUES ?act { $acts }
  ?act prov:wasDerivedFrom ?passage .
  """
    + _PASSAGE
    + """
}"""
)

PASSAGES = Template(
    PREFIX
    + """
SELECT DISTINCT ?passage ?text ?start ?end ?doc ?doc_title WHERE {
  VALUES ?passage { $passages }
  """
    + _PASSAGE
    + """
}"""
)


def _iris(iris: Iterable[str]) -> str:
    return " ".join(sparql_iri(i) for i in iris)


def _v(row: dict[str, Term], name: str) -> str | None:
    term = row.get(name)
    return text(term) if term is not None else None


def _quote(row: dict[str, Term]) -> dict[str, Any]:
    """A source quote from a row's ?passage ?text ?start ?end ?doc ?doc_title."""
    return {
        "text": _v(row, "text"),
        "document": _v(row, "doc"),
        "document_title": _v(row, "doc_title"),
        "start": int(_v(row, "start") or 0),
        "end": int(_v(row, "end") or 0),
        "passage": _v(row, "passage"),
    }


def _by_start(rows: list[dict[str, Term]]) -> list[dict[str, Term]]:
    return sorted(rows, key=lambda r: (_v(r, "doc") or "", int(_v(r, "start") or 0)))


def step_quotes(
    store: Store, triples: list[tuple[str, str, str]]
) -> tuple[dict[tuple[str, str, str], list[dict[str, Any]]], str]:
    """The quotes of each (subject, predicate, object) statement, and the query that found them."""
    if not triples:
        return {}, ""
    rows = [f"\n    ({sparql_iri(s)} {sparql_iri(p)} {sparql_iri(o)})" for s, p, o in triples]
    found: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in _by_start(select(store, STATEMENT_QUOTES.substitute(rows="".join(rows)))):
        found.setdefault((text(row["s"]), text(row["p"]), text(row["o"])), []).append(_quote(row))
    more = f"\n    # … and {len(rows) - _SHOWN_ROWS} more" if len(rows) > _SHOWN_ROWS else ""
    return found, STATEMENT_QUOTES.substitute(rows="".join(rows[:_SHOWN_ROWS]) + more)


class _Answers:
    """Answers keyed by organization, in first-seen order, each with its activities and quotes."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.items: dict[str, dict[str, Any]] = {}
        self.done: dict[tuple[str, str, str], None] = {}  # (organization, relation, activity) in order
        self._named: dict[tuple[str, str], dict[str, Any]] = {}  # (organization, normalized label) -> activity

    def entity(self, iri: str) -> dict[str, Any]:
        if iri not in self.items:
            term = self.vocab.organizations.by_iri.get(iri)
            self.items[iri] = {
                "iri": iri,
                "label": term.label if term else iri,
                "label_en": term.label_en if term else None,
                "class": term.cls if term else None,
                "class_label": self.vocab.class_label(term.cls if term else None),
                "activities": [],
                "quotes": [],
            }
        return self.items[iri]

    def activity(self, org: str, act: str, relation: str) -> None:
        """Add an activity to an answer; documents' activities of one name are one practice, listed once."""
        item = self.entity(org)
        term = self.vocab.activities.by_iri.get(act)
        label = term.label if term else act
        known = self._named.get((org, norm(label)))
        if known is not None:
            if act not in known["occurrences"]:
                known["occurrences"].append(act)
            return
        known = self._named[(org, norm(label))] = {
            "iri": act,
            "label": label,
            "label_en": term.label_en if term else None,
            "relation": relation,
            "occurrences": [act],  # the activity of each document that names it so
        }
        item["activities"].append(known)

    def does(self, org: str, rel: str, act: str) -> None:
        self.activity(org, act, rel.rsplit("#", 1)[-1])
        self.done.setdefault((org, rel, act))

    def add_quote(self, org: str, quote: dict[str, Any], activity: str | None) -> None:
        item = self.entity(org)
        if all(q["passage"] != quote["passage"] for q in item["quotes"]):
            item["quotes"].append({**quote, "activity": activity})

    def quote(self, store: Store) -> list[str]:
        """Quote each statement's passages; where the extractor wrote none, the activity's first passage.

        At most `_QUOTED_PER_ANSWER` statements per answer and `_QUOTED` in all are quoted.
        """
        per_answer: dict[str, int] = {}
        chosen: list[tuple[str, str, str]] = []
        for org, rel, act in self.done:
            per_answer[org] = per_answer.get(org, 0) + 1
            if per_answer[org] <= _QUOTED_PER_ANSWER and len(chosen) < _QUOTED:
                chosen.append((org, rel, act))
        found, sparql = step_quotes(store, chosen)
        queries = [sparql] if sparql else []
        unquoted: dict[str, list[str]] = {}
        for org, rel, act in chosen:
            for quote in found.get((org, rel, act), []):
                self.add_quote(org, quote, act)
            if (org, rel, act) not in found:
                unquoted.setdefault(act, []).append(org)
        if unquoted:
            query = ACTIVITY_QUOTES.substitute(acts=_iris(sorted(unquoted)))
            first: dict[str, dict[str, Any]] = {}
            for row in _by_start(select(store, query)):
                first.setdefault(text(row["act"]), _quote(row))
            for act, orgs in unquoted.items():
                for org in orgs:
                    if act in first:
                        self.add_quote(org, first[act], act)
            queries.append("# where no statement carries a passage: the activity's own passages\n" + query)
        return queries


def _practice_pattern(vocab: Vocabulary, practice: Practice) -> str:
    """The graph pattern that binds ?act to the activities of a practice: its concepts (or narrower) or its
    activities by name."""
    members = practice.members()
    concepts = sorted({c for m in members if m.concept for c in vocab.concepts_under(m.concept.iri) or [m.concept.iri]})
    named = [a.iri for m in members for a in m.activities]
    parts = []
    if concepts:
        parts.append(f"VALUES ?category {{ {_iris(concepts)} }}\n    ?act gk:category ?category .")
    if named:
        parts.append(f"VALUES ?act {{ {_iris(dict.fromkeys(named))} }}")
    if len(parts) == 1:
        return parts[0]
    return "{ " + parts[0].replace("\n", "\n  ") + " }\n    UNION { " + (parts[1] + " }")


def organizations_using(store: Store, vocab: Vocabulary, parsed: Parsed) -> Answered:
    """which <kind> use <practice>: each organization with the matching activities and their quotes."""
    assert parsed.organization_class is not None and parsed.practice is not None
    chosen = _practice_pattern(vocab, parsed.practice)
    within = f"\n  ?org gk:partOf+ {sparql_iri(parsed.within.iri)} ." if parsed.within else ""
    kinds = (parsed.organization_class, *parsed.other_classes)
    classes = sorted({c for kind in kinds for c in vocab.classes_under(kind.iri) or [kind.iri]})
    listed = ", ".join(sparql_iri(c) for c in classes)
    sparql = USING.substitute(practice=chosen, classes=listed, within=within)
    found = _Answers(vocab)
    for row in select(store, sparql):
        found.does(text(row["org"]), text(row["rel"]), text(row["act"]))
    quoted = found.quote(store)
    return sorted(found.items.values(), key=lambda a: (a["label"], a["iri"])), sparql, quoted


def _own(vocab: Vocabulary, org: str) -> dict[str, str]:
    return {"org": sparql_iri(org), "places": _iris(vocab.classes_under(GK + "AdministrativeUnit"))}


def activities_of(store: Store, vocab: Vocabulary, parsed: Parsed) -> Answered:
    """what does <organization> use: the organization (and its own bodies) with each activity and quote."""
    assert parsed.organization is not None
    narrow = ""
    if parsed.activity_class is not None:
        classes = vocab.classes_under(parsed.activity_class.iri) or [parsed.activity_class.iri]
        narrow = f"\n  ?act a ?class .\n  FILTER(?class IN ({', '.join(sparql_iri(c) for c in classes)}))"
    if parsed.practice is not None:  # 南乐县在网格化管理方面有哪些做法: only that field's
        narrow += "\n  " + _practice_pattern(vocab, parsed.practice).replace("\n    ", "\n  ")
    sparql = ACTIVITIES.substitute(**_own(vocab, parsed.organization.iri), narrow=narrow)
    found = _Answers(vocab)
    asked = parsed.organization.iri
    found.entity(asked)
    rows = select(store, sparql)
    for row in sorted(rows, key=lambda r: (text(r["actor"]) != asked, text(r["act"]))):
        found.does(text(row["actor"]), text(row["rel"]), text(row["act"]))
    quoted = found.quote(store)
    return [a for a in found.items.values() if a["activities"]], sparql, quoted


def _counted(vocab: Vocabulary, row: dict[str, Term]) -> str:
    """What a figure counts, and the activity it is about, as one normalized text."""
    about = vocab.activities.by_iri.get(_v(row, "about") or "")
    return norm(_v(row, "measure") or "") + " " + norm(about.label if about else "")


def _about_practice(vocab: Vocabulary, parsed: Parsed, row: dict[str, Term]) -> bool:
    """Whether a figure belongs to the asked practice: by its activity's category or name, or its measure."""
    if parsed.practice is None:
        return True
    about = _v(row, "about")
    for practice in parsed.practice.members():
        if about and practice.concept and vocab.in_category(about, practice.concept.iri):
            return True
        if about in {a.iri for a in practice.activities}:
            return True
        words = {norm(practice.words)} | set(practice.concept.forms if practice.concept else ())
        if any(len(w) >= 2 and w in _counted(vocab, row) for w in words):
            return True
    return False


def _fitting(vocab: Vocabulary, parsed: Parsed, rows: list[dict[str, Term]]) -> set[str]:
    """The figures asked for: those counting the asked words (how many 网格员), else the practice's."""
    if parsed.measure is not None:
        words = norm(parsed.measure)
        counted = {text(r["metric"]) for r in rows if words in _counted(vocab, r)}
        if counted or parsed.practice is None:
            return counted
    return {text(r["metric"]) for r in rows if _about_practice(vocab, parsed, r)}


def metrics_of(store: Store, vocab: Vocabulary, parsed: Parsed) -> Answered:
    """what did <organization> report: its figures (value, unit, measure, period, about) with their quotes."""
    assert parsed.organization is not None
    sparql = METRICS.substitute(**_own(vocab, parsed.organization.iri))
    rows = select(store, sparql)
    fitting = _fitting(vocab, parsed, rows)
    rows = [r for r in rows if text(r["metric"]) in fitting]
    passages = sorted({p for r in rows if (p := _v(r, "passage"))})
    quotes: dict[str, dict[str, Any]] = {}
    quoted: list[str] = []
    if passages:
        quoted.append(PASSAGES.substitute(passages=_iris(passages)))
        quotes = {text(r["passage"]): _quote(r) for r in select(store, quoted[0])}
    found = _Answers(vocab)
    asked = parsed.organization.iri
    found.entity(asked)
    seen: set[str] = set()
    order = sorted(rows, key=lambda r: (text(r["actor"]) != asked, text(r["metric"])))
    for row in order:
        metric, actor, about = text(row["metric"]), text(row["actor"]), _v(row, "about")
        if metric in seen:
            continue
        seen.add(metric)
        quote = quotes.get(_v(row, "passage") or "")
        term = vocab.activities.by_iri.get(about) if about else None
        found.entity(actor).setdefault("metrics", []).append(
            {
                "iri": metric,
                "label": _v(row, "label"),
                "value": _v(row, "value"),
                "unit": _v(row, "unit"),
                "measure": _v(row, "measure"),
                "period": _v(row, "period"),
                "about": {"iri": about, "label": term.label if term else about} if about else None,
                "quote": quote,
            }
        )
        if about:
            found.activity(actor, about, "about")
        if quote:
            found.add_quote(actor, quote, about)
    return [a for a in found.items.values() if a.get("metrics")], sparql, quoted
