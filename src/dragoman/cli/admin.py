"""The store's upkeep and the codebook: ``check``, ``migrate``, ``failures`` and ``codes``.

Thin wrappers over :mod:`dragoman.store` and :mod:`dragoman.analysis.names`;
:func:`register` adds them to the main ``dragoman`` group.
"""

from __future__ import annotations

import json
import sys

import click

from ..ingest.outcome import printable
from ..store import DEFAULT_PATH, check, connect, open_store, recent
from ..store.failures import STAGES
from ..store.health import open_raw
from ..store.schema import LATEST, migrate, version

__all__ = ["register", "table"]

db_option = click.option("--db", "db", default=DEFAULT_PATH, show_default=True, envvar="DRAGOMAN_DB",
                         type=click.Path(dir_okay=False), help="The store file (SQLite).")


def table(rows: list[dict], columns: tuple[str, ...], widths: dict[str, int] | None = None) -> str:
    """A plain text table: a header line, then one line a row, long cells cut with an ellipsis."""
    limit = widths or {}
    cells = []
    for row in rows:
        line = []
        for c in columns:
            value = printable(str(row.get(c) if row.get(c) is not None else "-"))
            width = limit.get(c)
            line.append(value if width is None or len(value) <= width else value[:width - 1] + "…")
        cells.append(line)
    sizes = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, sizes)).rstrip(),
             "  ".join("-" * w for w in sizes)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, sizes)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


@click.command("check")
@db_option
def check_command(db) -> None:
    """Check the store: SQLite's integrity check, FTS5's integrity checks, the schema version.

    Prints one line a check; the exit status is 1 when any check fails.

    Example: dragoman check --db news.db
    """
    results = check(open_raw(db))
    for name, result in results:
        click.echo(f"{name}: {printable(result)}")
    if any(result != "ok" for _, result in results):
        click.echo(f"dragoman: the store {db} fails a check; restore it from a backup or re-ingest", err=True)
        sys.exit(1)


@click.command("migrate")
@db_option
def migrate_command(db) -> None:
    """Upgrade the store to this dragoman's schema (commands that only read never do it).

    Example: dragoman migrate --db news.db
    """
    conn = connect(db, create=False, upgrade=False)
    before = migrate(conn)
    if before == LATEST:
        click.echo(f"{db} is at schema version {LATEST}: nothing to do")
    else:
        click.echo(f"{db} upgraded from schema version {before} to {version(conn)}")


@click.command("failures")
@db_option
@click.option("--stage", type=click.Choice(STAGES), help="Only failures at this stage.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(0), help="At most this many (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="A table for people, JSON Lines for programs.")
def failures_command(db, stage, limit, fmt) -> None:
    """What failed in ingest and recode runs, newest first: file, document id, stage and reason.

    Example: dragoman failures --db news.db --stage code
    """
    rows = [{"at": f.at, "stage": f.stage, "file": f.file, "doc_id": f.doc_id, "reason": f.reason}
            for f in recent(open_store(db), limit or None, stage)]
    if fmt == "jsonl":
        click.echo("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), nl=False)
    elif rows:
        click.echo(table(rows, ("at", "stage", "file", "doc_id", "reason"), {"reason": 100}), nl=False)
    else:
        click.echo("no failures")


@click.command("codes")
@click.argument("query", required=False)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="A table for people, JSON Lines for programs.")
def codes_command(query, fmt) -> None:
    """List the CAMEO codebook, or search it: QUERY is a code prefix (05) or words of a label (recogni).

    Example: dragoman codes "ambassador"
    """
    from ..analysis.names import search_codes
    from ..knowledge import default_knowledge

    rows = search_codes(default_knowledge(), query)
    if fmt == "jsonl":
        click.echo("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), nl=False)
    elif rows:
        click.echo(table(rows, ("code", "root", "label", "goldstein", "quad", "plover")), nl=False)
    else:
        click.echo(f"no code matches {printable(query)!r}")


COMMANDS = (check_command, migrate_command, failures_command, codes_command)


def register(group: click.Group) -> None:
    """Add the upkeep commands to the main ``dragoman`` group."""
    for command in COMMANDS:
        group.add_command(command)

