"""The JSON API (/api/...), linked data (/id/...), errors and loading while serving, on a real server.

Names are never hard-coded from the sample: tests read them from the graph over SPARQL first.
"""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pyoxigraph as ox
import pytest
import rdflib

from graph.search import normalize

GK = "https://w3id.org/govkg/ontology#"
PREFIXES = (
    f"PREFIX gk: <{GK}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
)


def _select(client: httpx.Client, query: str) -> list[dict[str, str]]:
    response = client.get("/sparql", params={"query": PREFIXES + query})
    assert response.status_code == 200, response.text
    return [{k: v["value"] for k, v in row.items()} for row in response.json()["results"]["bindings"]]


def _ask(client: httpx.Client, query: str) -> bool:
    return bool(client.get("/sparql", params={"query": PREFIXES + query}).json()["boolean"])


def _id(iri: str) -> str:
    base = "https://w3id.org/govkg/id/"
    return iri[len(base) :] if iri.startswith(base) else quote(iri, safe="")


@pytest.fixture(scope="module")
def pair(client: httpx.Client) -> tuple[str, str]:
    """Two organizations that use or implement the same activity."""
    rows = _select(
        client,
        "SELECT ?a ?b WHERE { ?a gk:uses|gk:implements ?x . ?b gk:uses|gk:implements ?x . "
        "?a a/rdfs:subClassOf* gk:Organization . ?b a/rdfs:subClassOf* gk:Organization . "
        "FILTER(STR(?a) < STR(?b)) } LIMIT 1",
    )
    assert rows, "the sample should have two organizations sharing an activity"
    return rows[0]["a"], rows[0]["b"]


# --- Search ---


@pytest.mark.parametrize("word", ["网格", "党建"])
def test_search_finds_two_character_words(client: httpx.Client, word: str) -> None:
    hits = client.get("/api/search", params={"q": word}).json()["hits"]
    assert hits
    for hit in hits:
        assert word in normalize(hit["matched"])
        assert hit["iri"] and hit["url"].startswith("/entity/") and hit["api"].startswith("/api/entities/")
        assert hit["label"] and hit["match"] in ("exact", "prefix", "substring")
    scores = [h["score"] for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_finds_whole_names_first(client: httpx.Client) -> None:
    rows = _select(
        client,
        "SELECT DISTINCT ?s ?l WHERE { ?s a/rdfs:subClassOf* gk:Organization ; rdfs:label ?l "
        'FILTER(lang(?l) = "zh") } ORDER BY ?l LIMIT 8',
    )
    assert rows
    for row in rows:
        hits = client.get("/api/search", params={"q": row["l"]}).json()["hits"]
        assert hits[0]["match"] == "exact" and normalize(hits[0]["matched"]) == normalize(row["l"])
        assert row["s"] in [h["iri"] for h in hits if h["match"] == "exact"]


def test_search_english_labels_class_filter_and_snippets(client: httpx.Client) -> None:
    rows = _select(
        client,
        'SELECT ?s ?l WHERE { ?s a gk:County ; rdfs:label ?l FILTER(langMatches(lang(?l), "en")) } LIMIT 1',
    )
    assert rows
    hits = client.get("/api/search", params={"q": rows[0]["l"].lower()}).json()["hits"]
    assert hits[0]["iri"] == rows[0]["s"]
    word = rows[0]["l"].split()[0]
    counties = client.get("/api/search", params={"q": word, "class": "County"}).json()["hits"]
    assert counties and all(h["class"] == GK + "County" for h in counties)
    with_snippet = [h for h in client.get("/api/search", params={"q": "党"}).json()["hits"] if h["snippet"]]
    assert with_snippet
    for hit in with_snippet:
        if hit["snippet_match"]:
            start, end = hit["snippet_match"]
            assert normalize(hit["snippet"][start:end]) == "党"


def test_search_without_match_and_bad_parameters(client: httpx.Client) -> None:
    assert client.get("/api/search", params={"q": "zzzxqj"}).json()["hits"] == []
    response = client.get("/api/search")
    assert response.status_code == 400 and response.json()["ok"] is False


# --- Entities ---


def test_entity_json(client: httpx.Client, pair: tuple[str, str]) -> None:
    a, _ = pair
    data = client.get(f"/api/entities/{_id(a)}").json()
    assert data["iri"] == a and data["label"] and data["labels"]["zh"]
    assert any(c["iri"].startswith(GK) and c["label"] for c in data["classes"])
    acts = [f for f in data["facts_out"] if f["property"]["name"] in ("gk:uses", "gk:implements")]
    assert acts and all(f["value"]["label"] and f["value"]["url"] for f in acts)
    assert any(f["sources"] for f in acts)
    for source in data["sources"] + [s for f in acts for s in f["sources"]]:
        assert source["text"] and source["document"] and 0 <= source["start"] < source["end"]
        assert source["end"] - source["start"] == len(source["text"])
    activity = acts[0]["value"]["iri"]
    back = client.get(f"/api/entities/{_id(activity)}").json()
    assert a in [f["subject"]["iri"] for f in back["facts_in"]]


def test_entity_metrics(client: httpx.Client) -> None:
    rows = _select(client, "SELECT ?o WHERE { ?o gk:reports ?m } LIMIT 1")
    assert rows
    data = client.get(f"/api/entities/{_id(rows[0]['o'])}").json()
    assert data["metrics"]
    for metric in data["metrics"]:
        assert metric["value"] and isinstance(metric["number"], float) and metric["unit"] is not None


def test_unknown_entity_is_404(client: httpx.Client) -> None:
    response = client.get("/api/entities/org/" + quote("没有这个组织"))
    assert response.status_code == 404
    assert response.json() == {"ok": False, "error": response.json()["error"], "status": 404}


# --- Paths and neighbours ---


def _check_steps(client: httpx.Client, path: dict[str, object]) -> None:
    for step in path["steps"]:  # type: ignore[attr-defined]
        for rel in step["relations"]:
            s, o = (step["from"], step["to"]) if rel["direction"] == "out" else (step["to"], step["from"])
            assert _ask(client, f"ASK {{ <{s}> <{rel['property']}> <{o}> }}")


def test_shortest_path_with_relations_and_directions(client: httpx.Client, pair: tuple[str, str]) -> None:
    a, b = pair
    data = client.get("/api/paths", params={"from": _id(a), "to": _id(b)}).json()
    assert data["count"] == 1
    path = data["paths"][0]
    assert 1 <= path["length"] <= 2
    assert path["nodes"][0]["iri"] == a and path["nodes"][-1]["iri"] == b
    assert all(n["label"] and n["url"] for n in path["nodes"])
    _check_steps(client, path)


def test_k_shortest_paths(client: httpx.Client, pair: tuple[str, str]) -> None:
    a, b = pair
    data = client.get("/api/paths", params={"from": a, "to": b, "k": 4}).json()
    assert 1 <= data["count"] <= 4
    lengths = [p["length"] for p in data["paths"]]
    assert lengths == sorted(lengths)
    assert len({tuple(n["iri"] for n in p["nodes"]) for p in data["paths"]}) == data["count"]
    for path in data["paths"]:
        _check_steps(client, path)
    shortest = lengths[0]
    if shortest > 1:
        short = client.get("/api/paths", params={"from": a, "to": b, "max_hops": shortest - 1}).json()
        assert short["paths"] == []


def test_path_errors(client: httpx.Client, pair: tuple[str, str]) -> None:
    a, b = pair
    assert client.get("/api/paths", params={"from": a, "to": b, "k": 11}).status_code == 400
    assert client.get("/api/paths", params={"from": a, "to": "org/" + quote("没有")}).status_code == 404
    assert client.get("/api/paths", params={"from": a}).status_code == 400


def test_neighbors(client: httpx.Client, pair: tuple[str, str]) -> None:
    a, _ = pair
    one = client.get(f"/api/neighbors/{_id(a)}", params={"depth": 1}).json()
    two = client.get(f"/api/neighbors/{_id(a)}", params={"depth": 2}).json()
    assert one["center"]["iri"] == a
    near = {n["iri"] for n in one["nodes"]}
    assert a in near and len(near) > 1 and near <= {n["iri"] for n in two["nodes"]}
    for edge in one["edges"]:
        assert edge["source"] in near and edge["target"] in near and edge["name"].startswith(("gk:", "skos:"))
    assert client.get(f"/api/neighbors/{_id(a)}", params={"depth": 4}).status_code == 400


# --- Documents, stats, health, docs ---


def test_documents_stats_health(client: httpx.Client) -> None:
    docs = client.get("/api/documents").json()
    assert docs["count"] >= 1 and all(d["iri"] and d["graph"] and d["passages"] > 0 for d in docs["documents"])
    stats = client.get("/api/stats").json()
    quads = _select(client, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"]
    assert stats["quads"] == int(quads) and stats["documents"] == docs["count"]
    assert stats["projection"]["nodes"] > 0 and any(c["name"] == "County" for c in stats["classes"])
    assert client.get("/health").json() == {
        "ok": True,
        "status": "ok",
        "store": "embedded",
        "query_workers": 2,
    }
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/sparql", "/api/search", "/api/paths", "/api/entities/{entity_id}"} <= set(paths)


# --- Loading while serving: search, paths and SPARQL follow ---

TEXT = "星河县推进“云帆网格”工程\n\n星河县坚持网格化管理，推行“云帆网格”工程，全县划分单元网格120个。\n"


def test_upload_needs_the_admin_token(client: httpx.Client) -> None:
    files = {"file": ("report.txt", TEXT.encode(), "text/plain")}
    assert client.post("/api/documents", files=files).status_code == 403
    bad = client.post("/api/documents", files=files, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 403 and bad.json()["ok"] is False


def test_upload_then_remove_follows_everywhere(client: httpx.Client, admin: dict[str, str]) -> None:
    before = client.get("/api/documents").json()["count"]
    loaded = client.post(
        "/api/documents", files={"file": ("星河县.txt", TEXT.encode(), "text/plain")}, headers=admin
    ).json()
    assert loaded["ok"] is True and len(loaded["loaded"]) == 1 and loaded["triples"] > 0
    graph = loaded["loaded"][0]["graph"]
    try:
        docs = client.get("/api/documents").json()
        assert docs["count"] == before + 1
        title = next(d["title"] for d in docs["documents"] if d["graph"] == graph)
        hits = client.get("/api/search", params={"q": title}).json()["hits"]
        assert hits and hits[0]["match"] == "exact"
        assert _ask(client, f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    finally:
        doc_id = graph.rsplit("/", 1)[-1]
        assert client.delete(f"/api/documents/{doc_id}", headers=admin).json()["ok"] is True
    assert client.get("/api/documents").json()["count"] == before
    assert not _ask(client, f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert client.delete(f"/api/documents/{doc_id}", headers=admin).status_code == 404


def test_projection_follows_updates(client: httpx.Client, admin: dict[str, str]) -> None:
    a, b, c = "urn:test:path:a", "urn:test:path:b", "urn:test:path:c"
    triples = (
        f"<{a}> <{GK}uses> <{b}> . <{c}> <{GK}uses> <{b}> . "
        f'<{a}> <http://www.w3.org/2000/01/rdf-schema#label> "甲"@zh .'
    )
    insert = f"INSERT DATA {{ GRAPH <urn:test:paths> {{ {triples} }} }}"  # the default graph follows
    assert client.get("/api/paths", params={"from": a, "to": c}).status_code == 404
    assert client.post("/sparql", data={"update": insert}, headers=admin).status_code == 204
    try:
        path = client.get("/api/paths", params={"from": a, "to": c}).json()["paths"][0]
        assert [s["relations"][0]["direction"] for s in path["steps"]] == ["out", "in"]
        assert path["nodes"][0]["label"] == "甲"
    finally:
        client.post("/sparql", data={"update": "DROP GRAPH <urn:test:paths>"}, headers=admin)
    assert client.get("/api/paths", params={"from": a, "to": c}).status_code == 404


# --- Linked data ---


def test_entity_iri_dereferences_by_accept_and_suffix(client: httpx.Client, pair: tuple[str, str]) -> None:
    a, _ = pair
    path = f"/id/{_id(a)}"
    turtle = client.get(path, headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=turtle.text, format="turtle")
    assert (rdflib.URIRef(a), rdflib.RDFS.label, None) in graph
    jsonld = client.get(path, headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"] == "application/ld+json"
    triples = list(ox.parse(jsonld.content, format=ox.RdfFormat.JSON_LD))
    assert len(triples) == len(graph)
    assert client.get(f"{path}.ttl").text == turtle.text
    assert client.get(f"{path}.json").json() == client.get(f"/api/entities/{_id(a)}").json()
    html = client.get(path, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert html.headers["content-type"].startswith("text/html")
    label = client.get(f"/api/entities/{_id(a)}").json()["label"]
    assert label in html.text


def test_linked_data_errors(client: httpx.Client, pair: tuple[str, str]) -> None:
    missing = "/id/org/" + quote("<script>alert(1)</script>")
    assert client.get(missing, headers={"Accept": "text/turtle"}).status_code == 404
    page = client.get(missing, headers={"Accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "<script" not in page.text
    assert client.get(f"/id/{_id(pair[0])}", headers={"Accept": "image/png"}).status_code == 406
