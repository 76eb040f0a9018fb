"""Graph pictures: views picked from the graph, drawn with pyvis/vis-network, served or standalone.

`build_view` picks what to draw from a networkx graph; `generate_html` makes a standalone file with
vis-network inlined (the `govkg view` command); `graph_block` is the fragment pages embed, with the
scripts served by the app from `STATIC_DIR`. Nothing here writes files or loads anything from outside.
"""

from __future__ import annotations

from .network import STATIC_DIR, generate_html, graph_block, options_for, payload, payload_json, to_pyvis
from .palette import class_colour
from .source import ego_view, neighbourhood_html, overview_view, path_view
from .view import DEFAULT_CAP, GraphView, ViewEdge, ViewNode, build_view, local_name

__all__ = [
    "DEFAULT_CAP",
    "STATIC_DIR",
    "GraphView",
    "ViewEdge",
    "ViewNode",
    "build_view",
    "class_colour",
    "ego_view",
    "generate_html",
    "graph_block",
    "local_name",
    "neighbourhood_html",
    "options_for",
    "overview_view",
    "path_view",
    "payload",
    "payload_json",
    "to_pyvis",
]
