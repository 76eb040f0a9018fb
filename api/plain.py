"""Small, fully escaped HTML pages: errors, and entities when the browser pages are not installed."""

from __future__ import annotations

from html import escape
from typing import Any

from .urls import Urls

__all__ = ["entity_html", "error_html", "page"]


def page(title: str, body: str) -> str:
    """A complete UTF-8 page around `body` (already escaped HTML)."""
    return (
        '<!doctype html>\n<html lang="zh"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
        "padding:0 1rem;line-height:1.5}"
        "blockquote{color:#444;border-left:3px solid #ccc;margin:.3rem 0;padding-left:.7rem}"
        "td,th{padding:.2rem .6rem;text-align:left;vertical-align:top}</style></head>"
        f"<body>{body}</body></html>\n"
    )


def error_html(status: int, message: str) -> str:
    """The error page: the status and the message, escaped."""
    return page(f"{status} · govkg", f'<h1>{status}</h1><p>{escape(message)}</p><p><a href="/">govkg</a></p>')


def _link(urls: Urls, node: dict[str, Any]) -> str:
    if "iri" not in node:
        return escape(str(node.get("value", "")))
    return f'<a href="{escape(urls.entity(node["iri"]))}">{escape(node.get("label") or node["iri"])}</a>'


def _quote(sources: list[dict[str, Any]]) -> str:
    return "".join(f"<blockquote>{escape(s.get('text') or '')}</blockquote>" for s in sources[:3])


def entity_html(data: dict[str, Any], urls: Urls) -> str:
    """The plain entity page: labels, classes, facts with their quotes, metrics and sources."""
    iri = data["iri"]
    head = f"<h1>{escape(data['label'])}</h1><p><code>{escape(iri)}</code>"
    if data.get("label_en"):
        head += f" · {escape(data['label_en'])}"
    head += (
        f' · <a href="{escape(urls.api_entity(iri))}">JSON</a>'
        f' · <a href="{escape(urls.resource(iri, "ttl"))}">Turtle</a></p>'
    )
    classes = ", ".join(_link(urls, c) for c in data["classes"])
    rows = "".join(
        f"<tr><td>{escape(f['property']['label'])}</td><td>{_link(urls, f['value'])}{_quote(f['sources'])}</td></tr>"
        for f in data["facts_out"]
    )
    rows += "".join(
        f"<tr><td>← {escape(f['property']['label'])}</td>"
        f"<td>{_link(urls, f['subject'])}{_quote(f['sources'])}</td></tr>"
        for f in data["facts_in"]
    )
    metrics = "".join(
        f"<tr><td>{escape(m.get('period') or '')}</td><td>{escape(m.get('measure') or '')}</td>"
        f"<td>{escape(m['value'])}</td><td>{escape(m.get('unit') or '')}</td></tr>"
        for m in data["metrics"]
    )
    sources = "".join(
        f"<blockquote>{escape(s['text'])} <small>({escape(s.get('document_title') or s['document'])},"
        f" {s['start']}–{s['end']})</small></blockquote>"
        for s in data["sources"]
    )
    body = head + f"<p>{classes}</p><h2>Facts</h2><table>{rows}</table>"
    if metrics:
        body += f"<h2>Metrics</h2><table>{metrics}</table>"
    if sources:
        body += f"<h2>Sources</h2>{sources}"
    return page(data["label"], body)
