"""``dragoman actors``: look up the actor knowledge base from the command line.

Thin commands over :mod:`dragoman.knowledge`: ``resolve`` (what a text denotes
on a date), ``list`` (actors by type and country) and ``show`` (one record).
Every command takes ``--kb FILE`` (repeatable) to lay user files over the
shipped data: JSON Lines, YAML, CSV, or PETRARCH ``.actors`` / ``.agents``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from ..knowledge import default_knowledge
from ..knowledge.actors import Entry
from ..knowledge.resolve import resolve_text
from ..lookup import actor_belongs, actor_row
from ..model import Actor

__all__ = ["actors", "register"]

_TYPES = ("state", "igo", "group", "person")
_FIELDS = ("id", "primary", "code", "role", "name", "valid_from", "valid_to")

kb_option = click.option(
    "--kb", "kb_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A user actor file (.jsonl, .yaml, .csv, PETRARCH .actors/.agents) or a .tsv table of news outlets, laid over the shipped data; repeatable.")


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a YYYY-MM-DD date") from None


def _actor_dict(actor: Actor) -> dict[str, Any]:
    return {field: getattr(actor, field) for field in _FIELDS}


def _table(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> str:
    """A plain text table: a header line, then one line a row, columns padded."""
    cells = [[str(row.get(c) if row.get(c) is not None else "-") for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


@click.group("actors")
def actors() -> None:
    """Look up actors: states, bodies, armed groups and office-holders, as of a date."""


@actors.command("resolve")
@click.argument("text")
@click.option("--date", callback=_date, help="Resolve as of this day (YYYY-MM-DD); default: today.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A readable table or JSON.")
@kb_option
def resolve_command(text: str, date: dt.date, fmt: str, kb_files: tuple[Path, ...]) -> None:
    """The actor(s) TEXT denotes on a date, best first; unknown text gives nothing.

    Example: dragoman actors resolve "Joe Biden" --date 2014-05-01 --format json
    """
    found = [_actor_dict(a) for a in resolve_text(text, date, default_knowledge(kb_files))]
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
    elif found:
        click.echo(_table(found, _FIELDS))
    else:
        click.echo(f"no actor: '{text}' denotes nothing known on {date.isoformat()}")


@actors.command("list")
@click.option("--type", "kind", type=click.Choice(_TYPES), help="Only actors of this type.")
@click.option("--country", help="Only actors of this state (ISO 3166 alpha-3, e.g. AFG) or body code (UN).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A readable table or JSON.")
@kb_option
def list_command(kind: str | None, country: str | None, fmt: str, kb_files: tuple[Path, ...]) -> None:
    """List actors, filtered by type and country.

    Example: dragoman actors list --type group --country SYR
    """
    records = default_knowledge(kb_files).kb.records.values()
    rows = [actor_row(r) for r in records
            if (kind is None or r.get("type", "state") == kind)
            and (country is None or actor_belongs(r, country.upper()))]
    rows.sort(key=lambda r: (r["type"], r["id"]))
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        click.echo(_table(rows, ("id", "type", "primary", "code", "name")))
        click.echo(f"{len(rows)} actor{'s' if len(rows) != 1 else ''}")


@actors.command("show")
@click.argument("actor_id", metavar="ID")
@click.option("--date", callback=_date, help="Also show what the actor is on this day (YYYY-MM-DD); default: today.")
@kb_option
def show_command(actor_id: str, date: dt.date, kb_files: tuple[Path, ...]) -> None:
    """Show one actor's record (JSON) and what it resolves to on a date.

    Example: dragoman actors show TALIBAN --date 2019-06-01
    """
    kb = default_knowledge(kb_files).kb
    record = kb.records.get(actor_id)
    if record is None:
        raise click.ClickException(f"no actor with id '{actor_id}'; find ids with 'dragoman actors list'")
    as_of = _actor_dict(kb.resolve(Entry(actor_id, "name"), date))
    click.echo(json.dumps({"record": record, "as_of": {"date": date.isoformat(), "actor": as_of}},
                          ensure_ascii=False, indent=2))


def register(group: click.Group) -> None:
    """Add the ``actors`` command group to the main ``dragoman`` group."""
    group.add_command(actors)
