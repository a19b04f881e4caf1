"""The store's commands: ingest, recode, events, timeline, relations, recognition, export.

Each is a thin wrapper over :mod:`dragoman.store`, :mod:`dragoman.analysis` and
:mod:`dragoman.export`; :func:`register` adds them to the main ``dragoman`` group,
which turns library errors into one-line messages.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from .analysis import graphml, recognition, relations, timeline
from .export import EXPORT_FORMATS, export
from .ingest import read_sources
from .render_store import board_table, events_text, timeline_table
from .store import DEFAULT_PATH, Filters, connect, ingest, recode, stale

__all__ = ["register"]


def _iso(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a YYYY-MM-DD date") from None


db_option = click.option("--db", "db", default=DEFAULT_PATH, show_default=True, envvar="DRAGOMAN_DB",
                         type=click.Path(dir_okay=False), help="The store file (SQLite).")
kb_option = click.option("--kb", "kb_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                         help="An extra actor file (JSON Lines) extending the shipped ones; repeatable.")
parquet_option = click.option("--parquet", "parquet", metavar="DIR", default=None,
                              help="Query a Parquet dataset (from 'code --dask') through DuckDB instead of --db.")
reports_option = click.option("--reports", is_flag=True, help="Per-article reports instead of clustered events.")


def _filters(fn):
    options = [
        click.option("--source", help="Source actor's primary code (RUS)."),
        click.option("--target", help="Target actor's primary code (AFG)."),
        click.option("--actor", help="Either side's primary code."),
        click.option("--root", help="CAMEO root code (05)."),
        click.option("--code", help="CAMEO code or prefix (054)."),
        click.option("--since", callback=_iso, help="Events that may have happened on or after this date."),
        click.option("--until", callback=_iso, help="Events that may have happened on or before this date."),
        click.option("--search", help="Words that must all appear in the evidence sentence."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _make_filters(kw: dict, limit: int | None = None) -> Filters:
    keys = ("source", "target", "actor", "root", "code", "since", "until", "search")
    return Filters(**{k: kw.pop(k) for k in keys}, limit=limit or None)


def _coder(kb_files: tuple[Path, ...]):
    from .coder import code_document, context
    from .knowledge import default_knowledge

    knowledge = default_knowledge(kb_files)
    ctx = context(knowledge)
    return (lambda document: code_document(document, ctx).events), knowledge.version


def _record(db, parquet):
    from .scale.record import open_record

    return open_record(db, parquet)


def _note(note) -> None:
    click.echo(f"dragoman: note: {note}", err=True)


def _report_failures(summary) -> None:
    for message in summary.skips:
        click.echo(f"dragoman: {message}", err=True)
    for message in summary.errors:
        click.echo(f"dragoman: {message}", err=True)
    if summary.failed:
        click.echo(f"dragoman: {summary.failed} input{'s' if summary.failed != 1 else ''} failed; "
                   "the others were stored", err=True)
        sys.exit(1)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", callback=_iso, help="Publication date for documents that carry none.")
@click.option("--batch-size", default=100, show_default=True, type=click.IntRange(1),
              help="Documents written per transaction.")
@kb_option
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Coding processes (default: the number of cores; 1 codes in this process).")
def ingest_command(paths, db, published, batch_size, kb_files, workers) -> None:
    """Code documents and store them with their events (idempotent, resumable).

    PATHS are what 'dragoman code' reads: .txt files, .jsonl files of documents, or -.
    The same document twice is stored once; a killed run is finished by running it again.
    Inputs skipped on purpose (not English) are counted apart and do not fail the run;
    notes (a file decoded as Windows-1252, a document coded in part) go to stderr.

    Example: dragoman ingest --db news.db articles/*.txt feed.jsonl
    """
    code, version = _coder(kb_files)
    conn = connect(db)
    if _ingest_scaled(conn, paths, published, batch_size, kb_files, workers, version, db):
        return
    items = list(read_sources(list(paths), dt.date.fromisoformat(published) if published else None,
                              on_note=_note))
    if not sys.stderr.isatty():
        summary = ingest(conn, items, code, version, batch_size=batch_size)
    else:
        with click.progressbar(length=len(items), label="coding", file=sys.stderr) as bar:
            summary = ingest(conn, items, code, version, batch_size=batch_size, progress=bar.update)
    click.echo(f"ingested into {db}: {summary}")
    _report_failures(summary)


def _ingest_scaled(conn, paths, published, batch_size, kb_files, workers, version, db) -> bool:
    """Ingest with coding in worker processes (streamed, bounded memory); False for one worker."""
    from .scale.parallel import default_workers, ingest_parallel

    workers = workers or default_workers()
    if workers <= 1:
        return False
    items = read_sources(list(paths), dt.date.fromisoformat(published) if published else None, on_note=_note)
    summary = ingest_parallel(conn, items, version, workers=workers, kb_files=kb_files, batch_size=batch_size)
    click.echo(f"ingested into {db}: {summary}")
    _report_failures(summary)
    return True


@click.command("recode")
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-code every document, not only stale ones.")
@kb_option
def recode_command(db, everything, kb_files) -> None:
    """Re-code stored documents coded with another knowledge or lexicon version.

    Example: dragoman recode --db news.db
    """
    code, version = _coder(kb_files)
    conn = connect(db, create=False)
    if not sys.stderr.isatty():
        summary = recode(conn, code, version, everything=everything)
    else:
        with click.progressbar(length=stale(conn, version, everything), label="re-coding", file=sys.stderr) as bar:
            summary = recode(conn, code, version, everything=everything, progress=bar.update)
    click.echo(f"re-coded {summary.new} document{'s' if summary.new != 1 else ''} "
               f"(knowledge {version}): {summary.events} events")
    _report_failures(summary)


@click.command("events")
@db_option
@_filters
@reports_option
@parquet_option
@click.option("--limit", default=100, show_default=True, type=click.IntRange(0), help="At most this many (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json", "csv"]), default="table", show_default=True,
              help="A table for people; JSON Lines, JSON or CSV for programs.")
def events_command(db, reports, parquet, limit, fmt, **kw) -> None:
    """Stored events, clustered (one per real event) unless --reports.

    Example: dragoman events --actor AFG --root 05 --since 2025-01-01 --format jsonl
    """
    from .store import events

    records = events(_record(db, parquet), _make_filters(kw, limit), reports=reports)
    click.echo(events_text(records, fmt, reports), nl=False)


@click.command("timeline")
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--by", type=click.Choice(["month", "year"]), default="month", show_default=True,
              help="The period each row counts.")
@click.option("--since", callback=_iso, help="Events that may have happened on or after this date.")
@click.option("--until", callback=_iso, help="Events that may have happened on or before this date.")
@reports_option
@parquet_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A table for people, JSON for programs.")
def timeline_command(a, b, db, by, since, until, reports, parquet, fmt) -> None:
    """Events between two actors both ways per month or year, with mean Goldstein.

    Example: dragoman timeline RUS AFG --by year
    """
    result = timeline(_record(db, parquet), a, b, by, reports=reports, since=since, until=until)
    click.echo(json.dumps(result, indent=2) if fmt == "json" else timeline_table(result), nl=fmt != "table")


@click.command("relations")
@db_option
@click.option("--as-of", "as_of", callback=_iso, required=True, help="The last day of the window.")
@click.option("--window", default=365, show_default=True, type=click.IntRange(1), help="Days up to --as-of.")
@reports_option
@parquet_option
@click.option("--format", "fmt", type=click.Choice(["json", "graphml"]), default="json", show_default=True,
              help="JSON, or GraphML for graph tools (Gephi, networkx).")
def relations_command(db, as_of, window, reports, parquet, fmt) -> None:
    """The graph of actor pairs with their event counts and summed Goldstein.

    Example: dragoman relations --as-of 2025-07-20 --window 365 --format graphml > graph.graphml
    """
    graph = relations(_record(db, parquet), as_of, window, reports=reports)
    click.echo(graphml(graph) if fmt == "graphml" else json.dumps(graph, indent=2), nl=fmt == "json")


@click.command("recognition")
@click.argument("entity")
@db_option
@click.option("--as-of", "as_of", callback=_iso, help="The date to report (default: today).")
@parquet_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A table for people, JSON for programs.")
def recognition_command(entity, db, as_of, parquet, fmt) -> None:
    """Which states recognize a contested state or government on a date, with evidence.

    ENTITY is a code or name: AFG (the Islamic Emirate), TWN, PSE, XKX, ESH, TRNC,
    ABKHAZIA, SOUTH_OSSETIA, SOMALILAND, or any state code. The baseline facts are
    updated by coded recognitions and breaks in the store, when there is one.

    Example: dragoman recognition AFG --as-of 2025-07-20
    """
    as_of = as_of or dt.date.today().isoformat()
    conn = _record(db, parquet) if parquet or Path(db).exists() else None
    board = recognition(conn, entity, as_of)
    click.echo(json.dumps(board, indent=2, ensure_ascii=False) if fmt == "json"
               else board_table(board, entity, as_of), nl=fmt == "json")


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="The file format to write.")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), help="The file to write.")
@_filters
@reports_option
@parquet_option
def export_command(db, fmt, output, reports, parquet, **kw) -> None:
    """Write stored events to a file: csv, jsonl, parquet, or gdelt (GDELT 2.0 event columns, TSV).

    Example: dragoman export --format gdelt --output events.tsv --since 2025-01-01
    """
    n = export(_record(db, parquet), fmt, output, _make_filters(kw), reports=reports)
    click.echo(f"wrote {n} {'reports' if reports else 'events'} to {output}")


COMMANDS = (ingest_command, recode_command, events_command, timeline_command, relations_command,
            recognition_command, export_command)


def register(group: click.Group) -> None:
    """Add the store commands to the main ``dragoman`` group."""
    for command in COMMANDS:
        group.add_command(command)
