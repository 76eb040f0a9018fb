"""A question's reply as text for the terminal (`govkg ask`): answers, their quotes and the SPARQL.

Only the command line uses this (and rich); the service returns the same reply as JSON.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.syntax import Syntax
from rich.table import Table

__all__ = ["print_reply"]


def _name(item: dict[str, Any]) -> str:
    en = item.get("label_en")
    return f"{item.get('label') or item.get('iri')}" + (f" ({en})" if en else "")


def _figure(metric: dict[str, Any]) -> str:
    amount = f"{metric['value']}{metric.get('unit') or ''}"
    return " ".join(x for x in (metric.get("period"), metric.get("measure"), amount) if x)


def _quotes(quotes: list[dict[str, Any]], limit: int = 3) -> str:
    lines = [
        f"“{q['text']}” [{q.get('document_title') or q.get('document')} {q['start']}–{q['end']}]"
        for q in quotes[:limit]
    ]
    if len(quotes) > limit:
        lines.append(f"… {len(quotes) - limit} more")
    return "\n".join(lines)


def _understood(reply: dict[str, Any]) -> str:
    u = reply["understood"]
    parts = [
        f"{key}: {v.get('label')}" + (f" / {v['label_en']}" if v.get("label_en") else "")
        for key in ("organization_class", "organization", "from", "to", "activity_class")
        if isinstance(v := u.get(key), dict)
    ]
    for other in u.get("other_classes", []):  # 区县: the district and the county-level division beside it
        parts.append(f"or: {other.get('label')}" + (f" / {other['label_en']}" if other.get("label_en") else ""))
    practice = u.get("practice")
    if practice:
        named = practice.get("concept") or (practice.get("activities") or [{}])[0]
        parts.append(f"practice: {named.get('label')} ({practice['match']} match for “{practice['words']}”)")
    return f"{reply['kind']} — " + "; ".join(parts)


def print_reply(reply: dict[str, Any], console: Console) -> None:
    """Print a reply: what was understood, a table of answers with quotes (or the help), then the SPARQL."""
    if reply["kind"] == "not_understood":
        console.print(escape(reply["message"]))
        for form in reply["help"]:
            console.print(f"  • {escape(str(form['pattern']))}   {escape(str(form['pattern_zh']))}")
            for example in form["examples"]:
                console.print(f"      {escape(example)}", style="dim")
        return
    console.print(escape(_understood(reply)), style="bold")
    table = Table(show_lines=True)
    for header in ("answer", "class", "what", "source"):
        table.add_column(header, overflow="fold")  # Chinese has no spaces to wrap at
    for item in reply["answers"]:
        if "metrics" in item:
            what = "\n".join(_figure(m) for m in item["metrics"])
        else:
            what = "\n".join(_name(a) for a in item["activities"])
        cls = (item.get("class") or "").rsplit("#", 1)[-1]
        table.add_row(escape(_name(item)), escape(cls), escape(what), escape(_quotes(item["quotes"])))
    for path in reply.get("paths", [])[:3]:
        line = path["nodes"][0]["label"]
        for step, node in zip(path["steps"], path["nodes"][1:], strict=True):
            arrows = [f"—{r['label']}→" if r["direction"] == "out" else f"←{r['label']}—" for r in step["relations"]]
            line += f" {'/'.join(arrows)} {node['label']}"
        steps = f"{path['length']} step" + ("s" if path["length"] != 1 else "")
        console.print(escape(f"path ({steps}): {line}"))
    if reply["answers"]:
        console.print(table)
    else:
        console.print("No answers in the graph.")
    console.print(Panel(Syntax(reply["sparql"], "sparql", word_wrap=True), title="SPARQL"))
    if reply.get("sparql_quotes"):
        console.print(f"(and {len(reply['sparql_quotes'])} more for the source quotes: see --format json)", style="dim")
