"""The SPARQL 1.1 Protocol at /sparql, the read-only Graph Store Protocol, and the endpoint's limits.

Every test talks to a real uvicorn server (conftest.server) with real clients: httpx, SPARQLWrapper
and rdflib's SPARQLStore.
"""

from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from api.settings import Settings

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
LABELS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?l WHERE { ?s rdfs:label ?l } LIMIT 5"
CONSTRUCT = (
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s rdfs:label ?l } LIMIT 20"
)
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _count(response: httpx.Response) -> int:
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def _graphs(client: httpx.Client) -> list[str]:
    rows = client.get("/sparql", params={"query": GRAPHS}).json()["results"]["bindings"]
    return [r["g"]["value"] for r in rows]


# --- The protocol ---


@pytest.mark.parametrize("path", ["/sparql", "/sparql/"])
def test_get_query_on_both_paths(client: httpx.Client, path: str) -> None:
    response = client.get(path, params={"query": COUNT})
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    assert _count(response) > 100


def test_post_form_and_direct_body_agree(client: httpx.Client) -> None:
    by_get = _count(client.get("/sparql", params={"query": COUNT}))
    assert _count(client.post("/sparql", data={"query": COUNT})) == by_get
    direct = client.post("/sparql", content=COUNT.encode(), headers={"Content-Type": "application/sparql-query"})
    assert _count(direct) == by_get


def test_form_body_is_decoded_once(client: httpx.Client) -> None:
    query = 'SELECT ?x WHERE { BIND("100% %41 网格" AS ?x) }'
    response = client.post("/sparql", data={"query": query})
    assert response.json()["results"]["bindings"][0]["x"]["value"] == "100% %41 网格"


@pytest.mark.parametrize("content_type", ["text/plain", "application/json", None])
def test_unsupported_body_type_is_415(client: httpx.Client, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/sparql", content=COUNT.encode(), headers=headers)
    assert response.status_code == 415
    assert response.json() == {"ok": False, "error": response.json()["error"], "status": 415}


def test_malformed_query_is_400_with_the_parser_message(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "SELECT ?x WHERE { ?x ?p "})
    assert response.status_code == 400
    assert "bad SPARQL at 1:" in response.json()["error"]


def test_two_queries_are_400(client: httpx.Client) -> None:
    response = client.get("/sparql", params=[("query", COUNT), ("query", COUNT)])
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_select_in_every_results_format(client: httpx.Client, accept: str, media: str) -> None:
    response = client.get("/sparql", params={"query": LABELS}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    if media.endswith("json"):
        assert len(response.json()["results"]["bindings"]) == 5
    elif media.endswith("xml"):
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        assert len(ET.fromstring(response.content).findall(".//r:result", ns)) == 5
    else:
        rows = list(csv.reader(io.StringIO(response.text), delimiter="," if media == "text/csv" else "\t"))
        assert rows[0] in (["s", "l"], ["?s", "?l"]) and len(rows) == 6


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_format_parameter_wins_over_accept(client: httpx.Client, fmt: str) -> None:
    response = client.get("/sparql", params={"query": LABELS, "format": fmt}, headers={"Accept": "image/png"})
    assert response.status_code == 200
    assert fmt in response.headers["content-type"] or (
        fmt == "tsv" and "tab-separated" in response.headers["content-type"]
    )


def test_ask(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert response.json()["boolean"] is True
    xml = client.get(
        "/sparql",
        params={"query": "ASK { <urn:none> ?p ?o }"},
        headers={"Accept": "application/sparql-results+xml"},
    )
    assert "<boolean>false</boolean>" in xml.text


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
)
def test_construct_in_every_graph_format(client: httpx.Client, accept: str, rdflib_format: str) -> None:
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == accept
    if rdflib_format == "json-ld":  # rdflib's JSON-LD parser warns about its own deprecations
        assert len(list(ox.parse(response.content, format=ox.RdfFormat.JSON_LD))) == 20
    else:
        assert len(rdflib.Graph().parse(data=response.content, format=rdflib_format)) == 20


def test_describe_is_a_graph_labelled_as_such(client: httpx.Client) -> None:
    row = client.get("/sparql", params={"query": LABELS}).json()["results"]["bindings"][0]
    response = client.get("/sparql", params={"query": f"DESCRIBE <{row['s']['value']}>"})
    assert response.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    assert (rdflib.URIRef(row["s"]["value"]), None, None) in graph


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        (CONSTRUCT, "text/csv"),
        (CONSTRUCT, "application/sparql-results+json"),
        (LABELS, "text/turtle"),
        (LABELS, "image/png"),
        ("ASK {}", "application/rdf+xml"),
    ],
)
def test_unservable_accept_is_406(client: httpx.Client, query: str, accept: str) -> None:
    response = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 406, response.text


def test_construct_with_csv_format_parameter_is_406(client: httpx.Client) -> None:
    assert client.get("/sparql", params={"query": CONSTRUCT, "format": "csv"}).status_code == 406


def test_default_graph_is_the_union_and_default_graph_uri_narrows_it(client: httpx.Client) -> None:
    graphs = _graphs(client)
    assert len(graphs) >= 2
    union = _count(client.get("/sparql", params={"query": COUNT}))
    one = _count(client.get("/sparql", params={"query": COUNT, "default-graph-uri": graphs[0]}))
    two = _count(
        client.get(
            "/sparql",
            params=[("query", COUNT), ("default-graph-uri", graphs[0]), ("default-graph-uri", graphs[1])],
        )
    )
    assert 0 < one < two <= union
    posted = client.post(
        "/sparql?default-graph-uri=" + httpx.QueryParams({"g": graphs[0]})["g"],
        content=COUNT.encode(),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert _count(posted) == one
    form = client.post("/sparql", data={"query": COUNT, "default-graph-uri": graphs[0]})
    assert _count(form) == one


def test_named_graph_uri_limits_graph_patterns(client: httpx.Client) -> None:
    graphs = _graphs(client)
    response = client.get("/sparql", params={"query": GRAPHS, "named-graph-uri": graphs[-1]})
    assert [r["g"]["value"] for r in response.json()["results"]["bindings"]] == [graphs[-1]]


def test_service_description(client: httpx.Client) -> None:
    response = client.get("/sparql")
    assert response.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = next(graph.subjects(rdflib.RDF.type, sd.Service))
    assert (service, sd.feature, sd.UnionDefaultGraph) in graph
    assert (service, sd.endpoint, None) in graph
    assert len(list(graph.objects(None, sd.namedGraph))) == len(_graphs(client))
    assert "union" in response.text


# --- Update: refused unless the admin token is presented ---

INSERT = 'INSERT DATA { GRAPH <urn:test:update> { <urn:test:a> <urn:test:p> "更新" } }'


def test_update_without_token_is_403(client: httpx.Client) -> None:
    for kwargs in (
        {"content": INSERT.encode(), "headers": {"Content-Type": "application/sparql-update"}},
        {"data": {"update": INSERT}},
        {"data": {"update": INSERT}, "headers": {"Authorization": "Bearer wrong"}},
    ):
        response = client.post("/sparql", **kwargs)  # type: ignore[arg-type]
        assert response.status_code == 403
    assert client.get("/sparql", params={"query": "ASK { <urn:test:a> ?p ?o }"}).json()["boolean"] is False


def test_update_with_token(client: httpx.Client, admin: dict[str, str]) -> None:
    response = client.post(
        "/sparql", content=INSERT.encode(), headers={"Content-Type": "application/sparql-update", **admin}
    )
    assert response.status_code == 204
    # A raw update writes where it says: the named graph, not the default graph's union of documents.
    ask = 'ASK { GRAPH <urn:test:update> { <urn:test:a> ?p "更新" } }'
    assert client.get("/sparql", params={"query": ask}).json()["boolean"] is True
    response = client.post("/sparql", data={"update": "DROP GRAPH <urn:test:update>"}, headers=admin)
    assert response.status_code == 204
    assert client.get("/sparql", params={"query": "ASK { GRAPH ?g { <urn:test:a> ?p ?o } }"}).json()["boolean"] is False


def test_update_by_get_is_refused(client: httpx.Client, admin: dict[str, str]) -> None:
    assert client.get("/sparql", params={"update": INSERT}, headers=admin).status_code == 400


# --- Graph Store Protocol (read-only) ------------------------------------------------------------------


def test_graph_store_named_graph(client: httpx.Client) -> None:
    graph_iri = _graphs(client)[0]
    expected = _count(client.get("/sparql", params={"query": COUNT, "default-graph-uri": graph_iri}))
    response = client.get("/rdf-graphs", params={"graph": graph_iri}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert len(rdflib.Graph().parse(data=response.text, format="nt")) == expected
    ttl = client.get("/rdf-graphs", params={"graph": graph_iri})
    assert ttl.headers["content-type"].startswith("text/turtle")


def test_graph_store_default_graph_is_the_union(client: httpx.Client) -> None:
    distinct = _count(
        client.get(
            "/sparql",
            params={"query": "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"},
        )
    )
    response = client.get("/rdf-graphs?default", headers={"Accept": "application/n-triples"})
    assert response.status_code == 200
    assert len(response.text.strip().splitlines()) == distinct


def test_graph_store_errors(client: httpx.Client) -> None:
    assert client.get("/rdf-graphs", params={"graph": "urn:no-such-graph"}).status_code == 404
    assert client.get("/rdf-graphs").status_code == 400
    graph_iri = _graphs(client)[0]
    assert client.get("/rdf-graphs", params={"graph": graph_iri}, headers={"Accept": "text/csv"}).status_code == 406
    assert client.put("/rdf-graphs", params={"graph": graph_iri}, content=b"").status_code == 405


# --- Limits ---


def test_heavy_query_is_stopped_while_health_and_other_queries_answer(client: httpx.Client) -> None:
    outcome: dict[str, httpx.Response] = {}

    def heavy() -> None:
        outcome["heavy"] = client.get("/sparql", params={"query": HEAVY})

    thread = threading.Thread(target=heavy)
    thread.start()
    answered_meanwhile = []
    while thread.is_alive():
        health = client.get("/health")
        assert health.status_code == 200 and health.json()["ok"] is True
        if thread.is_alive():
            answered_meanwhile.append(_count(client.get("/sparql", params={"query": COUNT})))
    thread.join()
    assert answered_meanwhile, "no other request was answered while the heavy query ran"
    response = outcome["heavy"]
    assert response.status_code == 503
    assert "time limit" in response.json()["error"]
    assert _count(client.get("/sparql", params={"query": COUNT})) > 0  # the pool recovered


def test_row_cap_truncates_and_flags(client: httpx.Client, settings: Settings) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.headers["x-result-truncated"] == "true"
    assert len(response.json()["results"]["bindings"]) == settings.max_rows
    small = client.get("/sparql", params={"query": LABELS})
    assert "x-result-truncated" not in small.headers


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_row_cap_holds_in_every_results_format(client: httpx.Client, settings: Settings, fmt: str) -> None:
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }", "format": fmt})
    assert response.status_code == 200, response.text
    assert response.headers["x-result-truncated"] == "true"
    if fmt == "json":
        rows = len(response.json()["results"]["bindings"])
    elif fmt == "xml":
        rows = len(ET.fromstring(response.content).findall(".//{http://www.w3.org/2005/sparql-results#}result"))
    else:
        rows = len(list(csv.reader(io.StringIO(response.text), delimiter="," if fmt == "csv" else "\t"))) - 1
    assert rows == settings.max_rows


def test_answers_are_oxigraph_s_own_serialization_up_to_the_cap() -> None:
    """Answers are written by Oxigraph (through TSV, where the row cap can stop it): the same bytes as
    Oxigraph's own JSON writer, for literals with tabs, newlines, quotes and backslashes, typed and
    language-tagged literals, blank nodes, triple terms and unbound variables."""
    from graph.oxigraph import OxigraphStore
    from graph.results import Job, run_job

    store = OxigraphStore()
    n, lit = ox.NamedNode, ox.Literal
    tricky = [
        lit('制\t度\n"规范" \\ 第一条'),
        lit("7", datatype=n("http://www.w3.org/2001/XMLSchema#integer")),
        lit("县", language="zh"),
        ox.BlankNode("b1"),
        ox.Triple(n("urn:x"), n("urn:y"), lit("z", language="en")),
    ]
    for i, term in enumerate(tricky):
        store.oxigraph.add(ox.Quad(n(f"urn:s{i}"), n("urn:p"), term, ox.DefaultGraph()))
    query = "SELECT ?s ?o ?unbound WHERE { ?s <urn:p> ?o } ORDER BY ?s"
    whole = run_job(store, Job(query, max_rows=None))
    assert whole.body == store.oxigraph.query(query).serialize(format=ox.QueryResultsFormat.JSON)
    assert (whole.rows, whole.truncated) == (5, False)
    cut = run_job(store, Job(query, max_rows=2))
    assert (cut.rows, cut.truncated) == (2, True)
    assert json.loads(cut.body)["results"]["bindings"] == json.loads(whole.body)["results"]["bindings"][:2]
    exact = run_job(store, Job(query, max_rows=5))
    assert (exact.rows, exact.truncated, exact.body) == (5, False, whole.body)
    assert run_job(store, Job("SELECT * WHERE { }")).body == b'{"head":{"vars":[]},"results":{"bindings":[{}]}}'


@pytest.mark.parametrize(
    "raw",
    [
        "query=SELECT+%3Fs+WHERE+%7B+%3Fs+%3Fp+%22%E5%8E%BF%22%40zh+%7D&default-graph-uri=urn%3Ag",
        "a=1&&b=&c&d=%zz%4&e=%5C%5Cx41+%5Cx41&f=%E5%8E",  # stray %, escaped backslashes, a cut UTF-8 sequence
        "query=%25%2525+%2B+%u0041&%3D=%26",
        "",
    ],
)
def test_form_decoding_is_parse_qsl(raw: str) -> None:
    from urllib.parse import parse_qsl

    from api.sparql.protocol import form_pairs

    assert form_pairs(raw.encode()) == parse_qsl(raw, keep_blank_values=True)


def test_body_over_the_limit_is_413(client: httpx.Client) -> None:
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 200_000
    assert (
        client.post("/sparql", content=big.encode(), headers={"Content-Type": "application/sparql-query"}).status_code
        == 413
    )
    assert client.post("/sparql", data={"query": big}).status_code == 413


def test_service_is_refused(client: httpx.Client) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 403 and "SERVICE" in response.json()["error"]
    assert client.get("/sparql", params={"query": 'SELECT ("SERVICE" AS ?x) WHERE {}'}).status_code == 200


def test_cors_is_open_for_reading_but_not_for_credentials(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert response.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in response.headers
    preflight = client.options(
        "/sparql",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization",
        },
    )
    assert preflight.status_code == 400


@pytest.mark.parametrize("origin", [None, "https://example.org"])
def test_answers_and_errors_vary_on_origin_with_or_without_one(client: httpx.Client, origin: str | None) -> None:
    """The front answers a request without an Origin itself, as the CORS policy would: every answer,
    a query's, the Service Description's or an error's, varies on Origin (caches keep the two apart)."""
    headers = {"Origin": origin} if origin else {}
    answers = [
        client.get("/sparql", params={"query": "ASK {}"}, headers=headers),
        client.get("/sparql", headers=headers),
        client.get("/sparql", params={"query": "SELECT WHERE"}, headers=headers),
        client.post("/sparql", content=b"ASK {}", headers={**headers, "Content-Type": "text/plain"}),
    ]
    assert [a.status_code for a in answers] == [200, 200, 400, 415]
    for answer in answers:
        assert "Origin" in [v.strip() for v in answer.headers["vary"].split(",")]
        assert answer.headers.get("access-control-allow-origin") == ("*" if origin else None)
    assert answers[0].headers["vary"] == "Accept, Origin"


# --- Real SPARQL clients ---


@pytest.mark.parametrize("fmt", [JSON, XML, CSV])
def test_sparqlwrapper_select(server: str, fmt: str) -> None:
    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery(COUNT)
    client.setReturnFormat(fmt)
    result = client.query().convert()
    if fmt == JSON:
        assert int(result["results"]["bindings"][0]["n"]["value"]) > 100  # type: ignore[index]
    elif fmt == XML:
        assert result.getElementsByTagName("literal")  # type: ignore[union-attr]
    else:
        assert result.decode().splitlines()[0] == "n"  # type: ignore[union-attr]


def test_sparqlwrapper_construct_post_and_update(server: str, admin: dict[str, str]) -> None:
    client = SPARQLWrapper(f"{server}/sparql")
    client.setMethod("POST")
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    assert len(graph) == 20
    updater = SPARQLWrapper(f"{server}/sparql", updateEndpoint=f"{server}/sparql")
    updater.setMethod("POST")
    updater.setQuery(INSERT)
    with pytest.raises(Exception, match="403"):
        updater.query()
    updater.addCustomHttpHeader("Authorization", admin["Authorization"])
    updater.query()
    updater.setQuery("DROP GRAPH <urn:test:update>")
    updater.query()


def test_rdflib_sparqlstore(server: str) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = rdflib.Graph(store=SPARQLStore(f"{server}/sparql", returnFormat="json"))
    rows = list(graph.query(LABELS))
    assert len(rows) == 5
    labels = list(graph.triples((None, rdflib.RDFS.label, None)))
    assert labels and all(isinstance(o, rdflib.Literal) for _, _, o in labels)
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True


def test_error_shape_is_json(client: httpx.Client) -> None:
    response = client.get("/sparql", params={"query": "SELECT"})
    assert response.status_code == 400
    body = json.loads(response.text)
    assert set(body) == {"ok", "error", "status"} and body["ok"] is False and body["status"] == 400


def test_in_memory_store_workers_see_updates(serve_app: Any) -> None:
    """An in-memory store's query workers hold a copy; it is refreshed after each write."""
    from api.app import create_app

    settings = Settings(store=":memory:", admin_token="t", query_workers=1)
    with serve_app(create_app(settings, optional=())) as url, httpx.Client(base_url=url, timeout=30) as c:
        named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        assert _count(c.get("/sparql", params={"query": named})) == 0
        response = c.post("/sparql", data={"update": INSERT}, headers={"Authorization": "Bearer t"})
        assert response.status_code == 204
        assert _count(c.get("/sparql", params={"query": named})) == 1


def test_govkg_serve_command(tmp_path: Path) -> None:
    """`govkg serve` runs the app under uvicorn; the admin token comes from its option."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [
        str(Path(sys.executable).parent / "govkg"),
        "--store",
        str(tmp_path / "store"),
        "serve",
        "--port",
        str(port),
        "--no-sample",
        "--admin-token",
        "cli-token",
        "--query-timeout",
        "5",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read()  # type: ignore[union-attr]
                time.sleep(0.1)
        assert httpx.post(f"{url}/sparql", data={"update": INSERT}).status_code == 403
        bearer = {"Authorization": "Bearer cli-token"}
        # the first update waits for a worker to start (its trial run on a checkpoint): a loaded CI is slow
        assert httpx.post(f"{url}/sparql", data={"update": INSERT}, headers=bearer, timeout=120).status_code == 204
        assert "sd:Service" in httpx.get(f"{url}/sparql").text
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_a_long_graph_answer_is_whole_up_to_the_row_cap(client: httpx.Client, settings: Settings) -> None:
    """A first-time query goes through a worker's pipe; its long answer arrives whole (cut at the cap)."""
    query = "CONSTRUCT WHERE { ?s ?p ?o } # long"
    response = client.get("/sparql", params={"query": query}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200, response.text
    assert len(response.content) > 64 * 1024
    lines = [line for line in response.text.splitlines() if line.strip()]
    assert response.headers["X-Result-Truncated"] == "true" and len(lines) == settings.max_rows


def test_a_repeated_query_follows_writes(client: httpx.Client, admin: dict[str, str]) -> None:
    """Repeats of a query see each write at once: the workers reopen the store at its new stamp."""
    ask = "ASK { GRAPH <urn:test:repeat> { <urn:test:r> ?p ?o } }"

    def asked() -> bool:
        response = client.get("/sparql", params={"query": ask})
        assert response.status_code == 200, response.text
        return bool(response.json()["boolean"])

    assert [asked() for _ in range(3)] == [False] * 3
    insert = 'INSERT DATA { GRAPH <urn:test:repeat> { <urn:test:r> <urn:test:p> "1" } }'
    assert client.post("/sparql", data={"update": insert}, headers=admin).status_code == 204
    assert [asked() for _ in range(3)] == [True] * 3
    assert client.post("/sparql", data={"update": "DROP GRAPH <urn:test:repeat>"}, headers=admin).status_code == 204
    assert asked() is False
