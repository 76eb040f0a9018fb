"""GET /api/ask?q=: a question in English or Chinese, answered as JSON with quotes and the SPARQL it ran.

The /ask page and the home page's box render this same dict (see `api.questions.answer`); the links
added here (entity pages, documents, the SPARQL editor, the path page) come from `Urls`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from ..negotiate import json_response
from ..service import Service, service
from ..urls import Urls
from .answering import MAX_QUESTION, answer

__all__ = ["ask_reply", "router"]

router = APIRouter()


def _link(urls: Urls, reply: dict[str, Any]) -> dict[str, Any]:
    """Add page URLs to every entity, activity and quote of a reply, and the SPARQL editor's URL."""
    for item in reply.get("answers", []):
        item["url"] = urls.entity(item["iri"])
        for act in item.get("activities", []):
            act["url"] = urls.entity(act["iri"])
        metric_quotes = [m["quote"] for m in item.get("metrics", []) if m.get("quote")]
        for quote in [*item.get("quotes", []), *metric_quotes]:
            if quote.get("document"):
                quote["document_url"] = urls.document(quote["document"])
    for path in reply.get("paths", []):
        for node in path.get("nodes", []):
            node["url"] = urls.entity(node["iri"])
        for step in path.get("steps", []):
            for quote in step.get("quotes", []):
                if quote.get("document"):
                    quote["document_url"] = urls.document(quote["document"])
    understood = reply.get("understood", {})
    if reply.get("kind") == "connection":
        reply["path_url"] = urls.paths(understood["from"]["iri"], understood["to"]["iri"], k=3)
    if reply.get("sparql"):
        reply["sparql_url"] = urls.sparql(reply["sparql"])
    return reply


def ask_reply(svc: Service, question: str) -> dict[str, Any]:
    """The reply to a question as the /ask page and /api/ask give it, links included.

    The practice atlas answers its own questions (where, since when, what two units share) first.
    """
    from ..atlas.questions import atlas_answer

    reply = atlas_answer(svc, question) or answer(svc.store, question, projection=svc.projection.get)
    return _link(svc.urls, reply)


@router.get("/api/ask", summary="Answer a question in English or Chinese", tags=["questions"])
def ask(
    svc: Annotated[Service, Depends(service)],
    q: Annotated[
        str,
        Query(
            max_length=MAX_QUESTION,
            description=(
                "A question such as “which counties use grid governance”, “哪些县使用网格化管理”, "
                "“what does <organization> use”, “what did <organization> report”, “<A>和<B>有什么关系”."
            ),
        ),
    ] = "",
) -> Response:
    """The answers (organizations with their activities and source quotes), what was understood and the
    SPARQL that answered it; a question it cannot read gets `kind: "not_understood"` and `help`."""
    return json_response(ask_reply(svc, q))
