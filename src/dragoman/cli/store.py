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

from ..analysis import graphml, recognition, relations, timeline
from ..errors import StoreError
from ..export import EXPORT_FORMATS, export
from ..ingest import read_sources
from ..ingest.fetch import FetchOptions
from ..ingest.outcome import printable
from ..render_store import board_table, events_text, timeline_table
from ..store import DEFAULT_PATH, Filters, connect, ingest, open_store, quick_check, recode, stale

__all__ = ["register"]


def _iso(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return dt.date.today().isoformat() if param.name == "as_of" else None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a YYYY-MM-DD date") from None


db_option = click.option("--db", "db", default=DEFAULT_PATH, show_default=True, envvar="DRAGOMAN_DB",
                         type=click.Path(dir_okay=False), help="The store file (SQLite).")
kb_option = click.option("--kb", "kb_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                         help="An extra actor file (JSON Lines) extending the shipped ones; repeatable.")
def _lexicon_files(values) -> tuple[Path, ...]:
    from ..errors import DragomanError
    from ..knowledge import lexicon_file

    try:
        return tuple(lexicon_file(v) for v in values)
    except DragomanError as exc:
        raise click.BadParameter(str(exc), param_hint="--lexicon") from None


lexicon_option = click.option("--lexicon", "lexicon_files", multiple=True, callback=lambda c, p, v: _lexicon_files(v),
                              help="An extra rule file (the lexicon's TSV format) read after the shipped ones, or "
                                   "'petrarch2' for the rules derived from PETRARCH2, or 'learned' for the learned fallback "
                                   "(docs/learned.md); repeatable (codes in one process).")
parquet_option = click.option("--parquet", "parquet", metavar="DIR", default=None,
                              help="Query a Parquet dataset (from 'code --dask') through DuckDB instead of --db.")
reports_option = click.option("--reports", is_flag=True, help="Per-article reports instead of clustered events.")


def _filters(fn):
    options = [
        click.option("--source", help="Source actor: a code (RUS) or a name (Russia)."),
        click.option("--target", help="Target actor: a code (AFG) or a name (Afghanistan)."),
        click.option("--actor", help="Either side: a code or a name."),
        click.option("--root", help="CAMEO root code, 01 to 20 (05)."),
        click.option("--code", help="CAMEO code or prefix (054); see 'dragoman codes'."),
        click.option("--since", callback=_iso, help="Events that may have happened on or after this date."),
        click.option("--until", callback=_iso, help="Events that may have happened on or before this date."),
        click.option("--search", help="Words that must all appear in the evidence sentence."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def _names(conn):
    from ..analysis.names import Names
    from ..knowledge import default_knowledge

    def in_store(code: str) -> bool:
        return conn.execute("SELECT 1 FROM clusters WHERE source_primary = ? OR target_primary = ? LIMIT 1",
                            (code, code)).fetchone() is not None
    return Names(default_knowledge(), in_store)


def _make_filters(kw: dict, limit: int | None = None, conn=None) -> Filters:
    """The filters, with actor names resolved to codes and codes and roots checked."""
    keys = ("source", "target", "actor", "root", "code", "since", "until", "search")
    values = {k: kw.pop(k) for k in keys}
    if any(values[k] for k in ("source", "target", "actor", "code")):
        names = _names(conn)
        for key in ("source", "target", "actor"):
            values[key] = names.actor(values[key]) if values[key] else None
        values["code"] = names.code(values["code"]) if values["code"] else None
    if values["root"]:
        from ..analysis.names import Names
        values["root"] = Names.root(values["root"])
    if values["search"]:
        printable_search = printable(values["search"])
        if printable_search != values["search"]:
            raise StoreError(f"--search {printable_search!r} holds characters that are not text")
    return Filters(**values, limit=limit or None)


def _coder(kb_files: tuple[Path, ...], lexicon_files: tuple[Path, ...] = ()):
    from ..coder import code_document, context
    from ..knowledge import default_knowledge

    knowledge = default_knowledge(kb_files, lexicon_files)
    ctx = context(knowledge)
    return (lambda document: code_document(document, ctx).events), knowledge.version


def _record(db, parquet):
    """The record to read: a Parquet dataset through DuckDB, else the store, opened to read
    (never created, never migrated)."""
    if parquet:
        from ..scale.record import open_record

        return open_record(db, parquet)
    return open_store(db)


def _note(note) -> None:
    click.echo(f"dragoman: note: {note}", err=True)


def _report_failures(summary) -> None:
    for message in summary.skips:
        click.echo(f"dragoman: {printable(message)}", err=True)
    for message in summary.errors:
        click.echo(f"dragoman: {printable(message)}", err=True)
    if summary.failed:
        click.echo(f"dragoman: {summary.failed} input{'s' if summary.failed != 1 else ''} failed; "
                   "the others were stored", err=True)
        sys.exit(1)


_INGEST_MMAP = 32 * 2**20  # bytes of the store mapped while ingesting (the page cache is 64 MB)


class _Progress:
    """A count of documents handled on stderr: redrawn in place on a terminal, else a line each
    ``every`` documents."""

    def __init__(self, label: str, every: int = 1000) -> None:
        self.label, self.every, self.n = label, every, 0
        self.tty = sys.stderr.isatty()

    def __call__(self, n: int) -> None:
        self.n += n
        if self.tty and self.n % 10 == 0:
            click.echo(f"\r{self.label}: {self.n:,} inputs", nl=False, err=True)
        elif not self.tty and self.n % self.every == 0:
            click.echo(f"{self.label}: {self.n:,} inputs", err=True)

    def done(self) -> None:
        if self.tty and self.n >= 10:
            click.echo(f"\r{self.label}: {self.n:,} inputs", err=True)


def source_options(fn):
    """The options of every command that reads inputs: folder globs and the network."""
    options = [
        click.option("--include", multiple=True, metavar="GLOB",
                     help="In folders, read only files matching this glob (e.g. '*.html'); repeatable."),
        click.option("--exclude", multiple=True, metavar="GLOB",
                     help="In folders, skip files or folders matching this glob; repeatable."),
        click.option("--allow-network", is_flag=True, help="Fetch http(s) URLs given as PATHS (off by default)."),
        click.option("--allow-private-network", is_flag=True,
                     help="With --allow-network, also fetch from loopback, private and link-local addresses."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


progress_option = click.option("--progress/--no-progress", default=None,
                               help="A running count on stderr (default: only on a terminal).")


def _progress(flag: bool | None, label: str) -> _Progress | None:
    return _Progress(label) if flag or (flag is None and sys.stderr.isatty()) else None


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", callback=_iso, help="Publication date for documents that carry none.")
@click.option("--batch-size", default=100, show_default=True, type=click.IntRange(1),
              help="Documents written per transaction.")
@source_options
@progress_option
@kb_option
@lexicon_option
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Coding processes (default: the number of cores; 1 codes in this process).")
def ingest_command(paths, db, published, batch_size, include, exclude, allow_network, allow_private_network,
                   progress, kb_files, lexicon_files, workers) -> None:
    """Code documents and store them with their events (idempotent, resumable).

    PATHS are what 'dragoman code' reads: text (.txt, .text, .md), HTML (.html, .htm, .xhtml),
    RSS/Atom feeds (.rss, .atom, .xml), JSON Lines (.jsonl, .ndjson) of {"id", "text",
    "published", "url", "title"}, any of them .gz-compressed; folders of them (read
    recursively); - for stdin; http(s) URLs with --allow-network. Only regular files are read.
    Documents are read, coded and written in batches, so memory stays flat.
    The same document twice is stored once; a killed run is finished by running it again.
    A document that fails (to be read, coded, clustered or written) is recorded with its
    reason ('dragoman failures') and the others are stored. Inputs skipped on purpose (not
    English) are counted apart and do not fail the run; notes go to stderr.

    Example: dragoman ingest --db news.db articles/*.txt feed.jsonl
    """
    code, version = _coder(kb_files, lexicon_files)
    conn = connect(db)
    conn.execute(f"PRAGMA mmap_size={_INGEST_MMAP}")  # resident memory stays flat as the store grows
    problems = quick_check(conn)
    if problems:
        raise StoreError(f"the store {db} fails SQLite's quick check ({'; '.join(problems[:3])}); nothing was "
                         "written; run `dragoman check` and restore it from a backup")
    items = read_sources(list(paths), dt.date.fromisoformat(published) if published else None,
                         include=include, exclude=exclude, allow_network=allow_network, on_note=_note,
                         fetch_options=FetchOptions(allow_private=allow_private_network))
    if not lexicon_files and _ingest_scaled(conn, items, batch_size, kb_files, workers, version, db):
        return
    bar = _progress(progress, "ingesting")
    summary = ingest(conn, items, code, version, batch_size=batch_size, progress=bar)
    if bar:
        bar.done()
    click.echo(f"ingested into {db}: {summary}")
    _report_failures(summary)


def _ingest_scaled(conn, items, batch_size, kb_files, workers, version, db) -> bool:
    """Ingest with coding in worker processes (streamed, bounded memory); False for one worker."""
    from ..scale.parallel import default_workers, ingest_parallel

    workers = workers or default_workers()
    if workers <= 1:
        return False
    summary = ingest_parallel(conn, items, version, workers=workers, kb_files=kb_files, batch_size=batch_size)
    click.echo(f"ingested into {db}: {summary}")
    _report_failures(summary)
    return True


@click.command("recode")
@db_option
@click.option("--all", "everything", is_flag=True, help="Re-code every document, not only stale ones.")
@kb_option
@lexicon_option
def recode_command(db, everything, kb_files, lexicon_files) -> None:
    """Re-code stored documents coded with another knowledge or lexicon version.

    Example: dragoman recode --db news.db
    """
    code, version = _coder(kb_files, lexicon_files)
    conn = connect(db, create=False)
    if not sys.stderr.isatty():
        summary = recode(conn, code, version, everything=everything)
    else:
        with click.progressbar(length=stale(conn, version, everything), label="re-coding", file=sys.stderr) as bar:
            summary = recode(conn, code, version, everything=everything, progress=bar.update)
    conn.close()
    click.echo(f"re-coded {summary.new} document{'s' if summary.new != 1 else ''} "
               f"(knowledge {version}): {summary.events} events")
    _report_failures(summary)


@click.command("events")
@db_option
@_filters
@reports_option
@parquet_option
@click.option("--limit", type=click.IntRange(0),
              help="At most this many (0: all) [default: 100 in a table or JSON, all in JSON Lines or CSV].")
@click.option("--all", "everything", is_flag=True, help="Every matching event (the same as --limit 0).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json", "csv"]), default="table", show_default=True,
              help="A table for people; JSON Lines, JSON or CSV for programs.")
@click.option("--unsafe-csv", is_flag=True, help="Write CSV cells as they are (no guard against spreadsheet formulas).")
def events_command(db, reports, parquet, limit, everything, fmt, unsafe_csv, **kw) -> None:
    """Stored events, clustered (one per real event) unless --reports.

    When a table or JSON is cut at --limit, stderr says how many were shown of how many.

    Example: dragoman events --actor Afghanistan --root 05 --since 2025-01-01 --format jsonl
    """
    from ..store import count, events

    if limit is None:
        limit = 0 if fmt in ("jsonl", "csv") else 100
    conn = _record(db, parquet)
    filters = _make_filters(kw, 0 if everything else limit, conn)
    records = events(conn, filters, reports=reports)
    click.echo(events_text(records, fmt, reports, safe_csv=not unsafe_csv), nl=False)
    if filters.limit and len(records) == filters.limit:
        total = count(conn, filters, reports=reports)
        if total > len(records):
            click.echo(f"dragoman: {len(records)} of {total} shown (use --limit or --all)", err=True)


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
    """Events between two actors (codes or names) both ways per month or year, with mean Goldstein.

    Example: dragoman timeline Russia AFG --by year
    """
    conn = _record(db, parquet)
    names = _names(conn)
    result = timeline(conn, names.actor(a), names.actor(b), by, reports=reports, since=since, until=until)
    click.echo(json.dumps(result, indent=2) if fmt == "json" else timeline_table(result), nl=fmt != "table")


@click.command("relations")
@db_option
@click.option("--as-of", "as_of", callback=_iso, help="The last day of the window (default: today).")
@click.option("--window", default=365, show_default=True, type=click.IntRange(1, 3_652_059), help="Days up to --as-of.")
@reports_option
@parquet_option
@click.option("--format", "fmt", type=click.Choice(["json", "table", "graphml"]), default="json", show_default=True,
              help="JSON, a table with actor names, or GraphML for graph tools (Gephi, networkx).")
def relations_command(db, as_of, window, reports, parquet, fmt) -> None:
    """The graph of actor pairs with their event counts and summed Goldstein.

    Example: dragoman relations --as-of 2025-07-20 --window 365 --format graphml > graph.graphml
    """
    graph = relations(_record(db, parquet), as_of, window, reports=reports)
    if fmt == "table":
        from .admin import table
        from ..knowledge import default_knowledge

        kb = default_knowledge().kb
        def named(code):
            state = kb.state(code) if code else None
            return f"{code} ({state['name']})" if state and state.get("name") else code
        rows = [{**e, "source": named(e["source"]), "target": named(e["target"])} for e in graph["edges"]]
        click.echo(table(rows, ("source", "target", "events", "goldstein")) +
                   f"{len(rows)} pair{'s' if len(rows) != 1 else ''} in the {window} days to {as_of}")
        return
    click.echo(graphml(graph) if fmt == "graphml" else json.dumps(graph, indent=2), nl=fmt == "json")


@click.command("recognition")
@click.argument("entity")
@db_option
@click.option("--as-of", "as_of", callback=_iso, help="The date to report (default: today).")
@parquet_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A table for people, JSON for programs.")
def recognition_command(entity, db, as_of, parquet, fmt) -> None:
    """Which states recognize a contested state or government on a date (default: today), with evidence.

    ENTITY is a code or name: AFG (the Islamic Emirate), TWN, PSE, XKX, ESH, TRNC,
    ABKHAZIA, SOUTH_OSSETIA, SOMALILAND, or any state code. The baseline facts are
    updated by coded recognitions and breaks in the store, when there is one.

    Example: dragoman recognition AFG --as-of 2025-07-20
    """
    conn = _record(db, parquet) if parquet or Path(db).exists() else None
    board = recognition(conn, entity, as_of)
    click.echo(json.dumps(board, indent=2, ensure_ascii=False) if fmt == "json"
               else board_table(board, entity, as_of), nl=fmt == "json")


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True, help="The file format to write.")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="The file to write (- for stdout); never the store or another SQLite file.")
@click.option("--unsafe-csv", is_flag=True,
              help="Write CSV/TSV cells as they are: no quote before a cell starting with = + - @ tab or CR.")
@_filters
@reports_option
@parquet_option
def export_command(db, fmt, output, unsafe_csv, reports, parquet, **kw) -> None:
    """Write stored events to a file: csv, jsonl, parquet, or gdelt (GDELT 2.0 event columns, TSV).

    CSV and GDELT cells that a spreadsheet would run as a formula (starting with =, +, -, @,
    a tab or a CR) get a leading quote (OWASP's rule) unless --unsafe-csv.

    Example: dragoman export --format gdelt --output events.tsv --since 2025-01-01
    """
    conn = _record(db, parquet)
    n = export(conn, fmt, output, _make_filters(kw, conn=conn), reports=reports, store=db, safe_csv=not unsafe_csv)
    click.echo(f"wrote {n} {'reports' if reports else 'events'} to {'stdout' if output == '-' else output}",
               err=output == "-")


COMMANDS = (ingest_command, recode_command, events_command, timeline_command, relations_command,
            recognition_command, export_command)


def register(group: click.Group) -> None:
    """Add the store commands to the main ``dragoman`` group."""
    for command in COMMANDS:
        group.add_command(command)
