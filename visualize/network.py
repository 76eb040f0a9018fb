"""From a GraphView to a pyvis network, and from that to HTML that loads nothing from outside.

pyvis builds the node and edge records and holds the options, but its own template links CDNs even
in "local" and "in_line" mode, writes a `lib/` folder into the working directory and declares no
charset. So the HTML here comes from our own template: vis-network is served by the app
(`/static/vis/...`) or inlined into a standalone file, the graph data sits in a
`<script type="application/json">` block with `<`, `>` and `&` escaped, and one script
(`govkg-graph.js`) draws it: labels go to the canvas and tooltips through `innerText`, so nothing
from a document is ever parsed as HTML. The layout is stabilised for a bounded number of iterations
and then physics is switched off, so a 200-node view settles in about a second and stays still.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from pyvis.network import Network

from .view import GraphView

__all__ = [
    "STATIC_DIR",
    "generate_html",
    "graph_block",
    "options_for",
    "payload",
    "payload_json",
    "to_pyvis",
]

STATIC_DIR = Path(__file__).parent / "static"

_FONT = "'WenQuanYi Zen Hei', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif"


def options_for(view: GraphView) -> dict[str, Any]:
    """vis-network options: bounded stabilisation (fewer iterations for bigger views), sizes by degree."""
    n = len(view.nodes)
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n <= 100},
        "nodes": {
            "shape": "dot",
            "scaling": {"min": 8, "max": 36, "label": {"enabled": True, "min": 12, "max": 20}},
            "font": {"face": _FONT, "size": 13, "color": "#222"},
            "borderWidth": 1,
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#b5b5b5", "highlight": "#444", "hover": "#666"},
            "font": {"face": _FONT, "size": 10, "color": "#666", "strokeWidth": 3, "align": "middle"},
            "smooth": {"enabled": True, "type": "continuous", "roundness": 0.4},
            "width": 1,
        },
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -5000 if n > 60 else -6000,
                "centralGravity": 0.9,
                "springLength": 110 if n > 60 else 130,
                "springConstant": 0.04,
                "damping": 0.35,
                "avoidOverlap": 0.4,
            },
            "stabilization": {
                "enabled": True,
                "iterations": 300 if n <= 60 else 160,
                "updateInterval": 40,
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": n > 120,
            "navigationButtons": False,
            "keyboard": False,
        },
    }


def to_pyvis(view: GraphView) -> Network:
    """The view as a pyvis Network (directed: one record per relation, arrows from subject to object).

    >>> from visualize.view import GraphView, ViewNode, ViewEdge
    >>> v = GraphView(nodes=[ViewNode("a", "<b>甲</b>", "County")], edges=[])
    >>> to_pyvis(v).nodes[0]["label"]
    '<b>甲</b>'

    In a view of more than MAX_LABELS nodes only the focus and the best connected keep their names.
    """
    net = Network(directed=True, height="100%", width="100%")
    biggest = max((n.degree for n in view.nodes), default=1)
    named = view.labelled()
    for node in view.nodes:
        size = biggest if node.focus else max(node.degree, 1)  # focus drawn largest (tooltip: real degree)
        net.add_node(
            node.id,
            label=node.label,
            color=node.colour,
            title=node.tooltip,
            value=size,
            url=node.url,
            borderWidth=4 if node.focus else 1,
            cls=node.cls,  # not `group`: pyvis drops the colour of a node that has a group
        )
    for record in net.nodes:  # the rest are dots, named in their tooltip (pyvis puts the id for "")
        if record["id"] not in named:
            record["label"] = ""
    for edge in view.edges:
        options: dict[str, Any] = {"title": edge.label or edge.relation, "relation": edge.relation}
        if view.edge_labels:
            options["label"] = edge.label or edge.relation
        net.add_edge(edge.source, edge.target, **options)
    net.options = options_for(view)  # pyvis accepts a plain dict of vis options
    return net


def payload(view: GraphView) -> dict[str, Any]:
    """What govkg-graph.js needs: pyvis's node and edge records, the options, the cap note."""
    net = to_pyvis(view)
    nodes, edges, _heading, _height, _width, _options = net.get_network_data()
    return {"nodes": nodes, "edges": edges, "options": net.options, "note": view.note}


def payload_json(view: GraphView) -> str:
    """The payload as JSON that is safe inside a `<script>` element (no `<`, `>`, `&` left raw).

    >>> from visualize.view import GraphView, ViewNode
    >>> s = payload_json(GraphView(nodes=[ViewNode("x", "</script><img src=x onerror=alert(1)>")]))
    >>> "<" in s or ">" in s
    False
    """
    text = json.dumps(payload(view), ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(STATIC_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def graph_block(view: GraphView, element_id: str = "graph", *, height: str = "560px") -> Markup:
    """The HTML of one graph (container, legend, note, data) for a page that loads the scripts itself."""
    html = (
        _environment()
        .get_template("graph-block.html")
        .render(view=view, element_id=element_id, height=height, data=Markup(payload_json(view)))
    )
    return Markup(html)


@cache
def _asset(name: str) -> str:
    return (STATIC_DIR / name).read_text(encoding="utf-8")


def generate_html(view: GraphView, *, title: str | None = None, height: str = "90vh") -> str:
    """A standalone HTML document of the view with vis-network inlined: opens offline from a file.

    >>> from visualize.view import GraphView, ViewNode
    >>> html = generate_html(GraphView(nodes=[ViewNode("x", "<script>alert(1)</script>")]))
    >>> "<script>alert(1)" in html, "http://" in html.split("<script>")[0], '<meta charset="utf-8">' in html
    (False, False, True)
    """
    template = _environment().get_template("standalone.html")
    return template.render(
        title=title or view.title or "govkg graph",
        block=graph_block(view, "graph", height=height),
        vis_js=Markup(_asset("vis-network.min.js")),
        graph_js=Markup(_asset("govkg-graph.js")),
        graph_css=Markup(_asset("govkg-graph.css")),
    )
