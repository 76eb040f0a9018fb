"""The browser pages through the real app: every page and its JSON twin, escaping, facets, links.

The server (`pages_server` in conftest.py) holds the sample corpus and a hostile document whose names
carry <script> and <img onerror>, all loaded through the real pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import quote

import httpx
import pytest

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
GRID_QUESTION = "which counties use grid governance"


@pytest.fixture(scope="module")
def web(pages_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=pages_server, timeout=60, headers=HTML) as c:
        yield c


def _hit(web: httpx.Client, q: str) -> dict:
    hits = web.get("/api/search", params={"q": q}).json()["hits"]
    exact = [h for h in hits if h["label"] == q]
    assert exact, f"search found no {q!r}: {hits[:3]}"
    return exact[0]


@pytest.fixture(scope="module")
def county(web: httpx.Client) -> dict:
    return _hit(web, "南乐县")


@pytest.fixture(scope="module")
def hostile_doc(web: httpx.Client) -> dict:
    docs = web.get("/documents.json").json()["rows"]
    return next(d for d in docs if "__xss" in d["title"])


class _Tags(HTMLParser):
    """Every tag as a browser would parse it: event-handler attributes, script sources, tag names."""

    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[tuple[str, str]] = []
        self.scripts: list[tuple[str, str]] = []
        self.names: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.add(tag)
        found = dict(attrs)
        self.handlers += [(tag, name) for name in found if name.startswith("on")]
        if tag == "script":
            self.scripts.append((found.get("src") or "", found.get("type") or ""))


def _pages(county: dict, hostile_doc: dict) -> list[str]:
    return [
        "/",
        "/entities",
        "/entities?cls=County",
        "/documents",
        county["url"],
        county["url"] + "?hops=2",
        hostile_doc["url"],
        "/path?" + f"from={quote(county['iri'])}&to={quote(county['iri'])}",
        "/query",
        "/ask",
        "/ask?q=" + quote(GRID_QUESTION),
    ]


def _twin(path: str) -> str:
    base, _, query = path.partition("?")
    base = "/index" if base == "/" else base
    return f"{base}.json" + (f"?{query}" if query else "")


def test_every_page_has_a_json_twin(web: httpx.Client, county: dict, hostile_doc: dict) -> None:
    for path in _pages(county, hostile_doc):
        page = web.get(path)
        assert page.status_code == 200, path
        assert page.headers["content-type"].startswith("text/html")
        assert '<meta charset="utf-8">' in page.text
        twin = _twin(path)
        assert 'rel="alternate"' in page.headers["link"] and ".json" in page.headers["link"], path
        assert re.search(r'<a href="[^"]*\.json[^"]*"', page.text), f"{path} does not link to its twin"
        data = web.get(twin).json()
        assert isinstance(data, dict) and data, twin
        by_accept = web.get(path, headers={"Accept": "application/json"})
        assert by_accept.headers["content-type"].startswith("application/json")
        assert by_accept.json() == data, path


def test_pages_load_nothing_from_outside(web: httpx.Client, county: dict, hostile_doc: dict) -> None:
    for path in _pages(county, hostile_doc):
        page = web.get(path)
        csp = page.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp
        for attr, value in re.findall(r'\s(src|href|action)="([^"]*)"', page.text):
            assert value.startswith(("/", "#", "?")) or value == "", f"{path}: {attr}={value}"
        assert "<script>" not in page.text.replace('<script type="application/json"', "")


def test_hostile_names_are_escaped_everywhere(web: httpx.Client, hostile_doc: dict) -> None:
    doc = web.get(hostile_doc["url"])
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in doc.text
    data = web.get(_twin(hostile_doc["url"])).json()
    linked = [s for p in data["passages"] for s in p["segments"] if s.get("url")]
    hostile = [s for s in linked if "__xss" in s["text"]]
    assert hostile, "the extractor made no entity of a hostile name"
    entity = web.get(hostile[0]["url"])
    assert entity.status_code == 200
    for page in (doc, entity, web.get("/entities"), web.get("/documents"), web.get("/")):
        blocks = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', page.text, re.S)
        assert all("<" not in b for b in blocks)  # graph data: inert JSON, no markup at all
        tags = _Tags()
        tags.feed(page.text)
        assert not tags.handlers, (page.url, tags.handlers)
        assert "img" not in tags.names, page.url
        assert all(src.startswith("/static/") or kind == "application/json" for src, kind in tags.scripts)


def test_entity_page_facts_metrics_quotes_and_graph(web: httpx.Client, county: dict) -> None:
    data = web.get(_twin(county["url"])).json()
    assert data["label"] == "南乐县" and data["label_en"]
    assert data["code"] and data["code"].isdigit()
    assert data["parents"] and all(p["url"] for p in data["parents"])
    assert data["groups"] and all(g["items"] for g in data["groups"])
    quotes = [s for g in data["groups"] for i in g["items"] for s in i["sources"]]
    assert quotes and all(re.fullmatch(r"/document/.+#p\d+", q["url"]) for q in quotes)
    assert data["metrics"] and {"value", "unit", "measure", "period"} <= set(data["metrics"][0])
    graph = data["graph"]
    assert graph["nodes"][0]["iri"] == county["iri"] and graph["hops"] == 1
    assert {"colour", "label"} <= set(graph["legend"][0])
    page = web.get(county["url"]).text
    assert "data-govkg-graph" in page and "/static/vis/vis-network.min.js" in page
    assert "Metrics" in page and "<table" in page
    # the quote's anchor exists in the document view
    target, anchor = quotes[0]["url"].split("#")
    assert f'id="{anchor}"' in web.get(target).text


def test_entity_graph_is_capped_with_an_expand_link(web: httpx.Client, county: dict) -> None:
    small = web.get(_twin(county["url"]), params={"hops": 2, "limit": 20}).json()["graph"]
    assert small["shown_nodes"] <= 20 and small["hops"] == 2
    if small["truncated"]:
        page = web.get(county["url"], params={"hops": 2, "limit": 20}).text
        assert "Showing 20 of" in page and 'class="expand"' in page
    bigger = web.get(_twin(county["url"]), params={"hops": 2, "limit": 40}).json()["graph"]
    assert bigger["shown_nodes"] >= small["shown_nodes"]


def test_document_page_highlights_mentions(web: httpx.Client) -> None:
    docs = web.get("/documents.json").json()
    sample = max(docs["rows"], key=lambda d: d["passages"])
    data = web.get(_twin(sample["url"])).json()
    mentions = [s for p in data["passages"] for s in p["segments"] if s.get("url")]
    assert len(mentions) >= 20 and all(s["class"] for s in mentions)
    text = "".join(s["text"] for p in data["passages"] for s in p["segments"])
    assert "南乐县" in text
    page = web.get(sample["url"]).text
    assert page.count('class="mention"') == len(mentions)


def test_facets_filter_and_toggle(web: httpx.Client) -> None:
    everything = web.get("/entities.json").json()
    facets = {f["name"]: f for f in everything["facets"]}
    assert set(facets) == {"province", "county", "cls", "category"}
    county_class = next(v for v in facets["cls"]["values"] if v["value"].endswith("#CountyLevelDivision"))
    narrowed = web.get(county_class["toggle_url"].replace("/entities", "/entities.json", 1)).json()
    assert 0 < narrowed["count"] == county_class["count"] < everything["count"]
    assert all(r["class"] in ("County", "District", "CountyLevelCity") for r in narrowed["rows"])
    grid = next(v for v in facets["category"]["values"] if v["value"].endswith("GridGovernance"))
    grid_rows = web.get(grid["toggle_url"].replace("/entities", "/entities.json", 1)).json()["rows"]
    assert any(r["label"] == "南乐县" for r in grid_rows)
    documents = web.get("/documents.json").json()
    assert {f["name"] for f in documents["facets"]} == {"province", "county", "cls", "category"}
    assert documents["count"] == 2


def test_path_page_draws_labelled_paths(web: httpx.Client, county: dict) -> None:
    parent = web.get(_twin(county["url"])).json()["parents"][-1]
    data = web.get("/path.json", params={"from": county["iri"], "to": parent["iri"], "k": 3}).json()
    assert data["paths"] and data["paths"][0]["steps"][0]["relations"]
    assert all(e["label"] for e in data["graph"]["edges"])
    page = web.get("/path", params={"from": county["iri"], "to": parent["iri"]}).text
    assert "data-govkg-graph" in page and 'data-suggest="pick"' in page
    by_name = web.get("/path.json", params={"from": county["label"], "to": parent["label"], "k": 3}).json()
    assert by_name["paths"] == data["paths"]  # names are looked up like the search box does
    facts = web.get(_twin(county["url"])).json()["groups"]
    quoted = next(i for g in facts if g["direction"] == "out" for i in g["items"] if i["sources"])
    step = web.get("/path.json", params={"from": county["iri"], "to": quoted["node"]["iri"]}).json()
    quotes = step["paths"][0]["steps"][0]["quotes"]
    assert quotes and all(q["url"].startswith("/document/") and q["text"] for q in quotes)


def test_query_page_runs_examples_with_downloads(web: httpx.Client) -> None:
    query_page = web.get("/query.json").json()
    examples = query_page["examples"]
    assert len(examples) >= 5
    select = web.get("/query.json", params={"query": examples[0]["query"]}).json()["result"]
    assert select["form"] == "SELECT" and any(r[1]["text"] == "南乐县" for r in select["rows"])
    csv_link = next(d["url"] for d in select["downloads"] if d["label"] == "CSV")
    csv = web.get(csv_link)
    assert csv.headers["content-type"].startswith("text/csv") and "南乐县" in csv.text
    construct = next(e for e in examples if "CONSTRUCT" in e["query"])
    drawn = web.get("/query.json", params={"query": construct["query"]}).json()["result"]
    assert drawn["form"] == "CONSTRUCT" and drawn["graph"]["nodes"]
    assert "data-govkg-graph" in web.get("/query", params={"query": construct["query"]}).text
    broken = web.get("/query.json", params={"query": "SELECT ?x WHERE {"})
    assert broken.status_code == 400 and broken.json()["result"]["error"]
    page = web.get("/query").text
    assert "/static/vendor/yasgui.min.js" in page and "/static/js/query.js" in page


def test_ask_page_shows_answers_quotes_and_sparql(web: httpx.Client) -> None:
    data = web.get("/ask.json", params={"q": GRID_QUESTION}).json()
    nanle = next(a for a in data["answers"] if a["label"] == "南乐县")
    assert nanle["quotes"] and nanle["quotes"][0]["url"].startswith("/document/")
    assert "gk:" in data["sparql"] or "ontology#" in data["sparql"]
    page = web.get("/ask", params={"q": GRID_QUESTION}).text
    assert "南乐县" in page and 'class="quote"' in page and "SPARQL" in page
    help_page = web.get("/ask.json", params={"q": "tell me a joke"}).json()
    assert help_page["kind"] == "not_understood" and help_page["help"]


def test_static_files_are_served_and_confined(web: httpx.Client) -> None:
    js = web.get("/static/vis/vis-network.min.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert web.get("/static/vendor/yasgui.min.css").status_code == 200
    assert web.get("/static/..%2F..%2Ferrors.py").status_code == 404
    assert web.get("/static/vis/standalone.html").status_code == 404


def test_api_docs_are_served_offline(web: httpx.Client) -> None:
    docs = web.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui-bundle.js" in docs.text
    assert "cdn." not in docs.text and "https://" not in docs.text
    assert web.get("/static/vendor/swagger-ui.css").status_code == 200
    assert web.get("/redoc").status_code == 404
    assert web.get("/openapi.json").json()["paths"]["/sparql"]
