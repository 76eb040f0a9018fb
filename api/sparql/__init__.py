"""The SPARQL side of the service: the SPARQL 1.1 Protocol at /sparql and the Graph Store reads at /rdf-graphs.

`protocol` reads the protocol (which query, which dataset, which format); `graph/` runs the query and
`api.negotiate` picks the format. `endpoint` is the ASGI front the app puts ahead of its middleware
(`front` puts it inside the CORS policy), `answers(scope)` says which requests it takes, and `router`
documents the routes.
"""

from __future__ import annotations

from .front import answers, endpoint, front
from .protocol import read_body, router

__all__ = ["answers", "endpoint", "front", "read_body", "router"]
