"""visualize/: views picked from the real graph, capped and escaped, drawn from vis-network served locally."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from errors import EntityNotFound
from graph import open_store
from graph.catalog import Catalog
from graph.project import Projection
from loaders import load_paths
from visualize import (
    STATIC_DIR,
    GraphView,
    ViewNode,
    build_view,
    generate_html,
    graph_block,
    options_for,
    payload_json,
    to_pyvis,
)
from visualize.source import ego_view, overview_view, path_view
from visualize.view import MAX_LABELS

HOSTILE = "<script>alert(1)</script>"
SNIPPET = (
    "南乐县推行网格化管理，划分单元网格120个。\n"
    "范县开展“双报到”活动，在职党员下沉社区。范县隶属濮阳市。\n"
    "华龙区运用网格化管理。\n"
)


@pytest.fixture(scope="module")
def projection(tmp_path_factory: pytest.TempPathFactory) -> Projection:
    """A small real graph: a short report through the real pipeline into an in-memory store."""
    path = tmp_path_factory.mktemp("vis") / "report.txt"
    path.write_text("经验交流材料\n" + SNIPPET, encoding="utf-8")
    store = open_store(":memory:")
    load_paths([path], store)
    return Projection.build(store, Catalog.build(store))


def _star(n: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("hub", label="中心", cls="County")
    for i in range(n):
        g.add_node(f"n{i}", label=f"{HOSTILE}{i}", cls="Mechanism")
        g.add_edge("hub", f"n{i}", relation="https://w3id.org/govkg/ontology#uses")
    g.add_node("far", label="远处", cls="Initiative")
    g.add_edge("n0", "far", relation="uses")
    return g


def test_build_view_caps_nearest_first_and_says_so() -> None:
    view = build_view(_star(300), focus=["hub"], cap=200)
    assert len(view.nodes) == 200 and view.total == 302 and view.truncated
    assert view.nodes[0].id == "hub" and view.nodes[0].focus
    assert "far" not in {n.id for n in view.nodes}  # two hops away: left out before any one-hop node
    assert "200" in view.note and "302" in view.note
    assert all(e.source in {n.id for n in view.nodes} for e in view.edges)
    assert not build_view(_star(3), focus=["hub"]).truncated


def test_degree_sizes_and_class_colours() -> None:
    view = build_view(_star(5), focus=["hub"])
    hub = next(n for n in view.nodes if n.id == "hub")
    assert hub.degree == 5
    records = {r["id"]: r for r in to_pyvis(view).nodes}
    assert records["hub"]["value"] == 5 and records["n1"]["value"] == 1
    assert records["hub"]["color"] != records["n1"]["color"]  # county and mechanism differ
    assert {e["cls"] for e in view.legend()} == {"County", "Mechanism", "Initiative"}


def test_payload_is_inert_inside_a_script_element() -> None:
    text = payload_json(build_view(_star(3), focus=["hub"]))
    assert not set("<>&") & set(text)
    data = json.loads(text)
    assert any(n["label"] == f"{HOSTILE}0" for n in data["nodes"])  # the label survives, as text
    stabilization = data["options"]["physics"]["stabilization"]
    assert stabilization["enabled"] and stabilization["iterations"] <= 300


def test_options_bound_the_layout_work() -> None:
    big = options_for(build_view(_star(199), focus=["hub"]))
    assert big["physics"]["stabilization"]["iterations"] <= 200
    assert big["layout"]["improvedLayout"] is False  # the slow initial layout only for small views


def test_graph_block_escapes_labels_and_legend() -> None:
    html = str(graph_block(build_view(_star(3), focus=["hub"]), "g1"))
    assert HOSTILE not in html
    assert "data-govkg-graph" in html and 'id="g1"' in html


def test_standalone_html_loads_nothing_from_outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    html = generate_html(build_view(_star(250), focus=["hub"], title=HOSTILE))
    assert list(tmp_path.iterdir()) == []  # pyvis would have written lib/ here
    assert '<meta charset="utf-8">' in html
    assert HOSTILE not in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    assert "Showing 200 of 252 nodes" in html
    assert (STATIC_DIR / "vis-network.min.js").read_text(encoding="utf-8")[:2000] in html


def test_ego_view_of_a_real_entity(projection: Projection) -> None:
    catalog = projection.catalog
    county = next(iri for iri, info in catalog.nodes.items() if info.zh == "范县")
    one = ego_view(projection.graph, catalog, county, hops=1, url_for=lambda i: "/e/" + i)
    two = ego_view(projection.graph, catalog, county, hops=2, url_for=lambda i: "/e/" + i)
    assert one.nodes[0].id == county and one.nodes[0].label == "范县"
    assert {n.id for n in one.nodes} <= {n.id for n in two.nodes}
    assert all(n.url == "/e/" + n.id for n in one.nodes)
    relations = {e.relation for e in one.edges}
    assert relations and all(e.label for e in one.edges)
    assert any("county" in (n.class_label or "") for n in one.nodes)


def test_overview_and_path_views(projection: Projection) -> None:
    catalog = projection.catalog
    overview = overview_view(projection.graph, catalog)
    assert overview.nodes and {e.relation for e in overview.edges} <= {"uses", "implements"}
    a = next(iri for iri, info in catalog.nodes.items() if info.zh == "南乐县")
    b = next(iri for iri, info in catalog.nodes.items() if info.zh == "华龙区")
    paths = projection.paths(a, b, k=2)
    assert paths
    view = path_view(projection.graph, catalog, paths, [a, b])
    assert {a, b} <= {n.id for n in view.nodes}
    assert all(e.label for e in view.edges)  # every edge is labelled with its relation


def test_empty_view_renders() -> None:
    html = generate_html(GraphView(nodes=[ViewNode("x", "唯一")]))
    assert "唯一" in html


def test_view_command_writes_a_standalone_file(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from api.cli import app

    report = tmp_path / "report.txt"
    report.write_text("经验交流材料\n" + SNIPPET, encoding="utf-8")
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(app, ["--store", store, "load", str(report)]).exit_code == 0
    output = tmp_path / "fan.html"
    result = runner.invoke(app, ["--store", store, "view", "范县", "--output", str(output), "--hops", "2"])
    assert result.exit_code == 0, result.output
    html = output.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in html and "范县" in html and "vis.Network" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    nowhere = str(tmp_path / "x.html")
    missing = runner.invoke(app, ["--store", store, "view", "没有这个地方", "--output", nowhere])
    assert isinstance(missing.exception, EntityNotFound)  # main() turns it into one line and exit 2
    assert missing.exception.exit_code == 2
    assert not (tmp_path / "x.html").exists()


def test_big_views_name_only_their_hubs() -> None:
    view = build_view(_star(120), focus=["hub"], cap=200)
    records = {r["id"]: r for r in to_pyvis(view).nodes}
    named = {i for i, r in records.items() if r["label"]}
    assert named == {"hub", "n0"}  # the focus, and the one leaf with a second relation
    assert all(records[i]["title"].startswith(f"{HOSTILE}") for i in records if i not in named and i != "far")
    many = GraphView(nodes=[ViewNode(f"n{i}", f"名{i}", "County", degree=2 + i) for i in range(3 * MAX_LABELS)])
    assert {r["label"] for r in to_pyvis(many).nodes if r["label"]} == {
        f"名{i}" for i in range(2 * MAX_LABELS, 3 * MAX_LABELS)
    }
    small = to_pyvis(build_view(_star(5), focus=["hub"])).nodes
    assert all(r["label"] for r in small)  # a small view names every node
