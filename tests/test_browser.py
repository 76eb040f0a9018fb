"""The pages in a real headless Chromium: search, graph clicks, questions, the SPARQL editor, hostile names.

Every page must load with no console error and no request to any host but the server (read from
Chromium's performance log). A screenshot of each page goes to screenshots/ (git-ignored) for people
to look at. Needs Debian's chromium and chromium-driver (and fonts-wqy-zenhei for Chinese).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
GRID_QUESTION = "which counties use grid governance"
WAIT = 30  # seconds; an upper bound for a page on a loaded machine, not a speed assertion

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() or not CHROMEDRIVER.exists(),
        reason="needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--lang=zh-CN",
    ):
        options.add_argument(arg)
    profile = tempfile.TemporaryDirectory(prefix="govkg-chromium-")
    options.add_argument(f"--user-data-dir={profile.name}")
    options.binary_location = str(CHROMIUM)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(WAIT * 2)
    try:
        yield driver
    finally:
        driver.quit()
        profile.cleanup()


@pytest.fixture(scope="module")
def site(pages_server: str) -> dict[str, Any]:
    """URLs of the pages to open, found through the JSON API as a user would find them."""
    with httpx.Client(base_url=pages_server, timeout=60) as web:
        nanle = next(h for h in web.get("/api/search", params={"q": "南乐县"}).json()["hits"] if h["label"] == "南乐县")
        docs = web.get("/documents.json").json()["rows"]
        parent = web.get(nanle["url"] + ".json").json()["parents"][-1]
    sample = max(docs, key=lambda d: d["passages"])
    hostile = next(d for d in docs if "__xss" in d["title"])
    return {"base": pages_server, "nanle": nanle, "sample": sample, "hostile": hostile, "parent": parent}


def _wait(driver: Any, condition: Any, timeout: float = WAIT) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def _graphs_ready(driver: Any) -> bool:
    return bool(
        driver.execute_script(
            "return document.readyState === 'complete' && Array.from(document.querySelectorAll("
            "'[data-govkg-graph]')).every(f => f.getAttribute('data-ready') === 'true')"
        )
    )


def _open(driver: Any, url: str) -> None:
    driver.get(url)
    _wait(driver, _graphs_ready)


def _shot(driver: Any, name: str) -> None:
    """The first screen of the page, and the first graph on it when there is one."""
    SHOTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))
    if driver.execute_script(
        "const g = document.querySelector('[data-govkg-graph]');"
        "if (!g || g.getBoundingClientRect().top < 500) { return false; }"
        "g.scrollIntoView(); return true;"
    ):
        driver.save_screenshot(str(SHOTS / f"{name}-graph.png"))
        driver.execute_script("window.scrollTo(0, 0)")


def _problems(driver: Any, base: str, *, csp_blocks: bool = False) -> dict[str, list[str]]:
    """Console errors, requests to other hosts, and any sign that hostile markup ran.

    `csp_blocks` lets pass the reports of our Content-Security-Policy blocking an inline handler:
    YASR sanitizes result values with DOMPurify, whose parse of `<img onerror=...>` Chromium reports
    (and blocks) even though DOMPurify then strips the attribute.
    """
    errors = [
        e["message"]
        for e in driver.get_log("browser")
        if e["level"] == "SEVERE"
        and not (csp_blocks and "Content Security Policy" in e["message"] and "blocked" in e["message"])
    ]
    host = urlsplit(base).netloc
    foreign = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] != "Network.requestWillBeSent":
            continue
        url = message["params"]["request"]["url"]
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != host:
            foreign.append(url)
    ran = driver.execute_script("return window.__xss === undefined ? [] : [String(window.__xss)]")
    return {"console errors": errors, "requests elsewhere": foreign, "hostile markup ran": ran}


def _clean(driver: Any, base: str, *, csp_blocks: bool = False) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    problems = _problems(driver, base, csp_blocks=csp_blocks)
    assert not any(problems.values()), problems
    with pytest.raises(NoAlertPresentException):
        _ = driver.switch_to.alert.text


def test_every_page_opens_cleanly(browser: Any, site: dict[str, Any]) -> None:
    base = site["base"]
    nanle, parent = site["nanle"], site["parent"]
    pages = {
        "home": "/",
        "entities": "/entities",
        "entities-county": "/entities?cls=CountyLevelDivision",
        "documents": "/documents",
        "entity": nanle["url"],
        "entity-2-hops": nanle["url"] + "?hops=2",
        "document": site["sample"]["url"],
        "document-hostile": site["hostile"]["url"],
        "path": f"/path?from={quote(nanle['iri'])}&to={quote(parent['iri'])}",
        "query": "/query",
        "ask": "/ask?q=" + quote(GRID_QUESTION),
    }
    for name, path in pages.items():
        _open(browser, base + path)
        assert browser.find_element("css selector", "h1").text.strip(), name
        _shot(browser, name)
        _clean(browser, base)


def test_search_suggests_and_opens_an_entity(browser: Any, site: dict[str, Any]) -> None:
    _open(browser, site["base"] + "/")
    box = browser.find_element("css selector", "#home-search input[type=search]")
    box.send_keys("网格")
    first = _wait(browser, lambda d: next(iter(d.find_elements("css selector", "#home-search .suggestions li")), None))
    label = first.find_element("css selector", ".label").text
    assert "网格" in label
    _shot(browser, "search-suggestions")
    first.click()
    _wait(browser, lambda d: "/entity/" in d.current_url and d.find_element("css selector", "h1").text)
    assert label in browser.find_element("css selector", "h1").text
    _wait(browser, _graphs_ready)
    _clean(browser, site["base"])


def test_clicking_a_graph_node_opens_its_page(browser: Any, site: dict[str, Any]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    _open(browser, site["base"] + site["nanle"]["url"])
    state = browser.execute_script("return window.govkgGraphs['ego-graph'].physics.options.enabled")
    assert state is False  # the layout was stabilised, then frozen
    canvas = browser.find_element("css selector", "#ego-graph canvas")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", canvas)
    target = browser.execute_script(
        """
        const net = window.govkgGraphs['ego-graph'];
        const rect = arguments[0].getBoundingClientRect();
        const nodes = net.body.data.nodes.get().filter(n => n.url && n.borderWidth === 1);
        for (const node of nodes) {
            const p = net.canvasToDOM(net.getPositions([node.id])[node.id]);
            if (p.x > 30 && p.y > 30 && p.x < rect.width - 30 && p.y < rect.height - 30
                && net.getNodeAt(p) === node.id) {
                return {id: node.id, url: node.url, x: p.x, y: p.y, w: rect.width, h: rect.height};
            }
        }
        return null;""",
        canvas,
    )
    assert target, "no clickable neighbour in the ego graph"
    ActionChains(browser).move_to_element_with_offset(
        canvas, int(target["x"] - target["w"] / 2), int(target["y"] - target["h"] / 2)
    ).click().perform()
    _wait(browser, lambda d: urlsplit(d.current_url).path == urlsplit(target["url"]).path)
    _wait(browser, _graphs_ready)
    assert browser.find_element("css selector", "h1").text.strip()
    _shot(browser, "entity-after-graph-click")
    _clean(browser, site["base"])


def test_asking_the_grid_governance_question(browser: Any, site: dict[str, Any]) -> None:
    _open(browser, site["base"] + "/")
    box = browser.find_element("css selector", "#home-ask input[name=q]")
    box.send_keys(GRID_QUESTION)
    box.submit()
    _wait(browser, lambda d: "/ask" in d.current_url and d.find_elements("css selector", ".answer"))
    answers = browser.find_elements("css selector", ".answer")
    nanle = next(a for a in answers if "南乐县" in a.find_element("css selector", "strong").text)
    quote_text = nanle.find_element("css selector", "blockquote.quote").text
    assert "南乐县" in quote_text or "网格" in quote_text
    _shot(browser, "ask-grid-governance")
    _clean(browser, site["base"])
    nanle.find_element("css selector", "blockquote.quote a.source").click()
    _wait(browser, lambda d: "/document/" in d.current_url)
    anchor = urlsplit(browser.current_url).fragment
    assert anchor and browser.find_element("id", anchor).text
    _clean(browser, site["base"])


def test_hostile_names_never_run(browser: Any, site: dict[str, Any]) -> None:
    _open(browser, site["base"] + site["hostile"]["url"])
    text = browser.find_element("css selector", "article.doctext").text
    assert "<script>window.__xss=1</script>" in browser.find_element("css selector", "h1").text
    assert "<img src=x onerror=window.__xss=3>" in text
    mention = next(a for a in browser.find_elements("css selector", "a.mention") if "__xss" in a.text)
    mention.click()
    _wait(browser, lambda d: "/entity/" in d.current_url)
    _wait(browser, _graphs_ready)
    _shot(browser, "entity-hostile")
    _clean(browser, site["base"])
    box = browser.find_element("css selector", "header form input[type=search]")
    box.send_keys("xss")
    _wait(browser, lambda d: d.find_elements("css selector", "header .suggestions li"))
    _clean(browser, site["base"])


def test_hostile_names_stay_text_in_the_sparql_editor(browser: Any, site: dict[str, Any]) -> None:
    query = (
        "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label "
        'FILTER(CONTAINS(?label, "__xss")) }'
    )
    _open(browser, site["base"] + "/query?query=" + quote(query))
    assert "<script>window.__xss=1</script>" in browser.find_element("css selector", "table.results").text
    browser.find_element("css selector", ".yasqe_queryButton").click()
    _wait(browser, lambda d: "onerror=window.__xss" in d.find_element("css selector", ".yasr").text)
    _shot(browser, "query-hostile")
    _clean(browser, site["base"], csp_blocks=True)


def test_path_page_picks_both_ends(browser: Any, site: dict[str, Any]) -> None:
    _open(browser, site["base"] + "/path")
    for field, words in (("#from-name", site["nanle"]["label"]), ("#to-name", site["parent"]["label"])):
        browser.find_element("css selector", field).send_keys(words)
        choice = _wait(
            browser,
            lambda d, f=field: next(iter(d.find_elements("css selector", f"{f} + .suggestions li")), None),
        )
        choice.click()
    browser.find_element("css selector", "#path-form button[type=submit]").click()
    _wait(browser, lambda d: "from=" in d.current_url)
    _wait(browser, _graphs_ready)
    assert browser.find_elements("css selector", "section.path")
    _shot(browser, "path-picked")
    _clean(browser, site["base"])


def test_query_editor_runs_a_query(browser: Any, site: dict[str, Any]) -> None:
    _open(browser, site["base"] + "/query")
    _wait(browser, lambda d: d.find_elements("css selector", ".yasqe .CodeMirror"))
    browser.find_element("css selector", ".yasqe_queryButton").click()
    _wait(browser, lambda d: "南乐县" in d.find_element("css selector", ".yasr").text)
    _shot(browser, "query-results")
    _clean(browser, site["base"])
    browser.find_element("css selector", ".yasr a.iri").click()  # an IRI under the base opens here
    _wait(browser, lambda d: urlsplit(d.current_url).path.startswith("/id/"))
    _wait(browser, _graphs_ready)
    assert "南乐县" in browser.find_element("css selector", "h1").text
    _open(browser, site["base"] + "/query")
    with httpx.Client(base_url=site["base"], timeout=60) as web:
        construct = next(e for e in web.get("/query.json").json()["examples"] if "CONSTRUCT" in e["query"])
    _open(browser, site["base"] + construct["url"])  # the server draws the result under the editor
    assert browser.find_elements("css selector", "#construct-graph canvas")
    browser.find_element("css selector", ".yasqe_queryButton").click()
    graph_tab = _wait(
        browser,
        lambda d: next((b for b in d.find_elements("css selector", ".yasr .select_graph") if b.is_enabled()), None),
    )
    graph_tab.click()
    _wait(browser, lambda d: d.find_elements("css selector", ".yasr .govkg-graph-canvas canvas"))
    _shot(browser, "query-construct")
    _clean(browser, site["base"])


def test_api_docs_load_offline(browser: Any, site: dict[str, Any]) -> None:
    _open(browser, site["base"] + "/docs")
    _wait(browser, lambda d: d.find_elements("css selector", ".swagger-ui .opblock"))
    assert "/sparql" in browser.find_element("css selector", ".swagger-ui").text
    _shot(browser, "docs")
    _clean(browser, site["base"])
