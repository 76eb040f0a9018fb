"""The `govkg` command line: thin commands over loaders/, graph/ and the service.

Every command prints errors as one line and exits with the error's `exit_code`; never a traceback.
"""

from __future__ import annotations

import csv
import enum
import json
import os
import sys
from pathlib import Path
from typing import Annotated

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from typer.exceptions import TyperException

from errors import GovkgError
from graph import Store, open_store, select, text
from loaders import DEFAULT_BASE, LoadFailure, discover, load_paths, sample_corpus

__all__ = ["app", "main"]

app = typer.Typer(
    help="govkg: knowledge graphs of Chinese local-governance reports.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)


class _Options:
    """The global options, read once by the callback."""

    store: str | None = None
    update_url: str | None = None
    gsp_url: str | None = None
    base: str = DEFAULT_BASE


opts = _Options()


@app.callback()
def _global(
    store: Annotated[
        str | None,
        typer.Option(
            help="Store folder (embedded Oxigraph) or http(s) URL of a SPARQL 1.1 server.",
            envvar="GOVKG_STORE",
            show_default="./govkg-data",
        ),
    ] = None,
    update_url: Annotated[str | None, typer.Option(help="SPARQL Update URL of a remote server.")] = None,
    gsp_url: Annotated[str | None, typer.Option(help="Graph Store Protocol URL of a remote server.")] = None,
    base: Annotated[str, typer.Option(help="Base IRI of entities and documents.", envvar="GOVKG_BASE")] = DEFAULT_BASE,
) -> None:
    opts.store, opts.update_url, opts.gsp_url, opts.base = store, update_url, gsp_url, base


def open_cli_store(*, read_only: bool = False) -> Store:
    """The store named by the global options; the read commands open a folder read-only, so they
    answer while `govkg serve` (or a load) holds it."""
    return open_store(opts.store, update_url=opts.update_url, gsp_url=opts.gsp_url, read_only=read_only)


class RdfFormat(enum.StrEnum):
    nquads = "nquads"
    trig = "trig"
    turtle = "turtle"
    jsonld = "jsonld"
    ntriples = "ntriples"


class ResultFormat(enum.StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)))


@app.command()
def load(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files and folders (recursed). Default: the sample.")
    ] = None,
    workers: Annotated[
        int, typer.Option(min=0, help="Extraction processes (0, the default: the cores this process may use).")
    ] = 0,
    force: Annotated[bool, typer.Option(help="Extract again documents already loaded with the same text.")] = False,
    batch: Annotated[int, typer.Option(min=1, help="Most documents written in one batch.")] = 500,
) -> None:
    """Read documents (txt in any Chinese encoding, html, docx, pdf) into the store, one graph each.

    RDF files (.ttl .nt .nq .trig .jsonld .rdf) and CSV tables keyed by division go in as data, each
    into a graph of its own (graph/data/<file name>), checked whole before anything is written.

    Unchanged documents (same text, file name and rules) are skipped, so an interrupted load run
    again continues where it stopped; each document is written whole or not at all.
    """
    files = discover(paths or [sample_corpus()])

    def failed(failure: LoadFailure) -> None:
        err.print(f"[red]error[/red] {failure}", highlight=False, soft_wrap=True)

    store = open_cli_store()
    files, data_failed = _load_data(files, store)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("[progress.data.speed]{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=True,
        disable=len(files) < 2,
    ) as bar:
        task = bar.add_task("loading", total=len(files), rate="")

        def advance(_: Path) -> None:
            bar.advance(task)
            speed = bar.tasks[task].speed
            bar.update(task, rate=f"{speed:.1f} docs/s" if speed else "")

        report = load_paths(
            files,
            store,
            base=opts.base,
            on_error=failed,
            progress=advance,
            workers=workers or _default_workers(),
            force=force,
            batch_documents=batch,
        )
    store.close()
    table = Table(title="govkg load", show_header=False)
    unchanged = f", {len(report.skipped)} unchanged" if report.skipped else ""
    table.add_row("documents", f"{len(report.documents)} loaded, {len(report.failures)} failed{unchanged}")
    for cls, n in sorted(report.classes.items()):
        table.add_row(f"  {cls}", str(n))
    table.add_row("metrics", str(report.metrics))
    table.add_row("triples", str(report.triples))
    table.add_row("seconds", f"{report.seconds:.2f}")
    if report.seconds and report.chars:
        table.add_row("characters/s", f"{report.chars / report.seconds:,.0f}")
    out.print(table)
    if report.failures or data_failed:
        codes = [f.error.exit_code if isinstance(f.error, GovkgError) else 1 for f in report.failures]
        raise typer.Exit(code=max([*codes, data_failed]))


def _load_data(files: list[Path], store: Store) -> tuple[list[Path], int]:
    """Load the RDF and CSV files among `files` (each into its own graph); the documents left, and the
    exit code of the data files that failed (0 when none did)."""
    from loaders.reading.user_data import is_data, load_data

    failed = 0

    def refused(path: Path, error: GovkgError) -> None:
        nonlocal failed
        failed = max(failed, error.exit_code)
        err.print(f"[red]error[/red] {error}", highlight=False, soft_wrap=True)

    data = [f for f in files if is_data(f)]
    for path, graph, count in load_data(data, store, base=opts.base, on_error=refused):
        out.print(f"data {path}: {count} triples into <{graph}>", highlight=False, soft_wrap=True)
    return [f for f in files if not is_data(f)], failed


@app.command()
def export(
    format: Annotated[RdfFormat, typer.Option("--format", "-f", help="RDF serialization.")] = RdfFormat.nquads,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
) -> None:
    """Write the whole graph (every document's graph and the ontology) in an RDF format."""
    data = open_cli_store(read_only=True).dump(format.value)
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL 1.1 query (default graph: the union of all documents).")],
    format: Annotated[ResultFormat, typer.Option("--format", "-f")] = ResultFormat.table,
) -> None:
    """Run a SPARQL query against the store."""
    result = open_cli_store(read_only=True).query(sparql)
    if isinstance(result, ox.QueryBoolean):
        out.print(json.dumps({"boolean": bool(result)}) if format is ResultFormat.json else str(bool(result)))
        return
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [[text(v) if (v := s[n]) is not None else "" for n in names] for s in result]
    else:  # CONSTRUCT / DESCRIBE
        names = ["subject", "predicate", "object"]
        rows = [[text(t.subject), text(t.predicate), text(t.object)] for t in result]
    if format is ResultFormat.json:
        sys.stdout.write(json.dumps([dict(zip(names, r, strict=True)) for r in rows], ensure_ascii=False, indent=1))
        sys.stdout.write("\n")
    elif format is ResultFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows(rows)
    else:
        table = Table(*names)
        for r in rows:
            table.add_row(*r)
        out.print(table)


_STATS = """
PREFIX gk: <https://w3id.org/govkg/ontology#>
SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  ?x a ?class . FILTER(STRSTARTS(STR(?class), STR(gk:)))
  FILTER(?class NOT IN (gk:Passage, gk:Mention))
} GROUP BY ?class ORDER BY ?class
"""


@app.command()
def stats() -> None:
    """Count documents, graphs, quads and entities by class."""
    store = open_cli_store(read_only=True)
    table = Table("what", "count")
    table.add_row("graphs", str(len(store.graphs())))
    table.add_row("quads", str(store.count()))
    for row in select(store, _STATS):
        table.add_row(text(row["class"]).split("#")[-1], text(row["n"]))
    out.print(table)


@app.command()
def validate(
    shapes: Annotated[bool, typer.Option(help="Check the SHACL shapes too (--no-shapes: only the union).")] = True,
) -> None:
    """Check that the default graph is the union of the named graphs, then the SHACL shapes (pySHACL).

    Opening the store finishes a bulk write that a crash cut short (graph/journal.py) first.
    """
    from rdflib import Graph

    from graph import union_difference
    from ontology import validate as shacl_validate

    store = open_cli_store()
    difference = union_difference(store)
    conforms, report, checked = True, "", 0
    if shapes:
        data = Graph()
        ontology_graph = f"{opts.base}graph/ontology"
        for graph in store.graphs():
            if graph != ontology_graph:
                data.parse(data=store.dump("ntriples", graph=graph), format="nt")
        conforms, report = shacl_validate(data)
        checked = len(data)
    if not conforms:
        out.print(report, highlight=False, markup=False)
    if difference:
        err.print(f"[red]error[/red] {difference}", highlight=False, soft_wrap=True)
    if difference or not conforms:
        raise typer.Exit(code=1)
    checked_text = f"{checked} triples checked against the shapes; " if shapes else ""
    out.print(f"conforms: {checked_text}{difference}")


@app.command()
def remove(doc: Annotated[str, typer.Argument(help="A document's file name, id, IRI or graph IRI.")]) -> None:
    """Remove one document's graph from the store (and what only it stated from the default graph)."""
    from graph.documents import document_graph_named

    store = open_cli_store()
    store.remove_graph(document_graph_named(store, doc))
    out.print(f"removed {doc}")


class AskFormat(enum.StrEnum):
    table = "table"
    json = "json"


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="“which counties use grid governance”, “哪些县有双报到”")],
    format: Annotated[AskFormat, typer.Option("--format", "-f")] = AskFormat.table,
) -> None:
    """Answer a question in English or Chinese, with the source quotes and the SPARQL it ran."""
    from .atlas.host import StoreHost
    from .atlas.questions import atlas_answer
    from .questions import answer
    from .questions.text import print_reply

    store = open_cli_store(read_only=True)
    reply = atlas_answer(StoreHost.over(store, opts.base), question) or answer(store, question)
    if format is AskFormat.json:
        sys.stdout.write(json.dumps(reply, ensure_ascii=False, indent=1) + "\n")
    else:
        print_reply(reply, out)
    if reply["kind"] == "not_understood":
        raise typer.Exit(code=1)  # scripts can tell an answer from the help


@app.command()
def view(
    entity: Annotated[str, typer.Argument(help="An entity's IRI or name (南乐县, Nanle County).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    hops: Annotated[int, typer.Option(min=1, max=2, help="Relations away from the entity: 1 or 2.")] = 1,
    limit: Annotated[int, typer.Option(min=10, max=2000, help="Most nodes to draw (nearest first).")] = 200,
) -> None:
    """Write an entity's neighbourhood as one HTML file (vis-network inlined: opens offline)."""
    from visualize import neighbourhood_html

    html, drawn = neighbourhood_html(open_cli_store(read_only=True), entity, hops=hops, cap=limit)
    output.write_text(html, encoding="utf-8")
    out.print(f"wrote {output}: {drawn.title}, {len(drawn.nodes)} of {drawn.total} nodes")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    admin_token: Annotated[
        str | None,
        typer.Option(
            help="Enables SPARQL Update and POST /api/documents for requests bearing it.",
            envvar="GOVKG_ADMIN_TOKEN",
            show_default=False,
        ),
    ] = None,
    query_timeout: Annotated[float, typer.Option(help="Seconds before a SPARQL query is stopped.")] = 10.0,
    query_memory: Annotated[
        int | None, typer.Option(help="MB a SPARQL query may use before it is stopped.", show_default="1024")
    ] = None,
    allow_load: Annotated[
        bool, typer.Option("--allow-load", help="Let admin updates LOAD from URLs (off: no request leaves).")
    ] = False,
    sample: Annotated[bool, typer.Option(help="Build the bundled sample corpus into an empty store.")] = True,
) -> None:
    """Serve the SPARQL endpoint, the JSON API, linked data and the pages (OpenAPI docs at /docs)."""
    from .serve import serve as run_server
    from .settings import Settings

    settings = Settings.from_env(
        store=opts.store,
        base=opts.base,
        update_url=opts.update_url,
        gsp_url=opts.gsp_url,
        admin_token=admin_token,
        query_timeout=query_timeout,
        query_memory_mb=query_memory,
        allow_load=allow_load or None,
    )
    err.print(f"govkg serving on http://{host}:{port}/ (SPARQL at /sparql, docs at /docs)")
    run_server(settings, host, port, build_sample=sample)


_GLOBAL_OPTIONS = ("--store", "--update-url", "--gsp-url", "--base")


def hoist_global_options(args: list[str]) -> list[str]:
    """The global options moved ahead of the command, so that they work after it too.

    >>> hoist_global_options(["stats", "--store", "data"])
    ['--store', 'data', 'stats']
    >>> hoist_global_options(["query", "--base=https://x/", "ASK {}", "--", "--store"])
    ['--base=https://x/', 'query', 'ASK {}', '--', '--store']
    """
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest += args[i:]
            break
        if arg.split("=", 1)[0] in _GLOBAL_OPTIONS:
            width = 1 if "=" in arg else 2
            front += args[i : i + width]
            i += width
            continue
        rest.append(arg)
        i += 1
    return front + rest


def main() -> None:
    """Entry point: run the app and turn every error into one line and an exit code."""
    try:
        # returns a typer.Exit's code instead of raising it
        code = app(args=hoist_global_options(sys.argv[1:]), standalone_mode=False)
    except GovkgError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False, soft_wrap=True)
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print("aborted")
        sys.exit(130)
    except TyperException as exc:  # usage errors: typer's own message and exit status 2
        exc.show()  # type: ignore[attr-defined]  # every TyperException here is a ClickException
        sys.exit(exc.exit_code)
    except Exception as exc:  # the last resort: one line, never a traceback
        err.print(f"[red]internal error[/red] {type(exc).__name__}: {exc}", highlight=False, soft_wrap=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
