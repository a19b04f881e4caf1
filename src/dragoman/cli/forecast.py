"""The ``forecast`` commands: who may change their stance towards a contested entity, and the backtest.

Thin wrappers over :mod:`dragoman.analysis.forecast`; :func:`register` adds the group
to the main ``dragoman`` group, which turns library errors into one-line messages.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from ..store import DEFAULT_PATH, open_store

__all__ = ["register"]


@click.group("forecast")
def forecast() -> None:
    """Forecast changes of recognition, with the factors behind each, and backtest the model."""


@forecast.command("recognition")
@click.argument("entity")
@click.option("--as-of", "as_of", help="Forecast from this day (YYYY-MM-DD); the model sees only what was known before it. Default: today.")
@click.option("--horizon", default=365, show_default=True, type=click.IntRange(min=1), help="Days ahead.")
@click.option("--db", "db", default=DEFAULT_PATH, show_default=True, envvar="DRAGOMAN_DB",
              type=click.Path(dir_okay=False), help="The store whose coded events feed the event features (optional).")
@click.option("--top", default=20, show_default=True, type=int, help="Rows of the table (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A table for people, JSON for programs.")
def recognition_command(entity, as_of, horizon, db, top, fmt) -> None:
    """Rank every state whose stance towards ENTITY could change by the chance that it does within the horizon.

    ENTITY is as for `dragoman recognition` (AFG, TWN, PSE, XKX, ESH, ...).

    Example: dragoman forecast recognition AFG --as-of 2025-07-20
    """
    as_of = as_of or dt.date.today().isoformat()
    conn = open_store(db) if Path(db).exists() else None  # reading never migrates
    from ..analysis.forecast import forecast_recognition  # numpy: only the forecast commands load it
    from ..render_forecast import forecast_table

    result = forecast_recognition(conn, entity, as_of, horizon)
    click.echo(json.dumps(result, indent=2, ensure_ascii=False) if fmt == "json" else forecast_table(result, top),
               nl=fmt == "json")


@forecast.command("backtest")
@click.option("--from", "first", default=2000, show_default=True, type=int, help="First year predicted.")
@click.option("--to", "last", default=2024, show_default=True, type=int, help="Last year predicted.")
@click.option("--switches/--no-switches", default=True, show_default=True,
              help="Also rank each switch from Taiwan since 2016 a year before it (a fit per switch).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="A table for people, JSON (with every prediction) for programs.")
def backtest_command(first, last, switches, fmt) -> None:
    """Rolling-origin backtest on the shipped facts: fit before each year, predict its changes.

    Scores (AUC, Brier, top-10 hit rate) of the model and of two baselines
    (base rate; share of the region that recognizes), and a calibration table.

    Example: dragoman forecast backtest --from 2000 --to 2024
    """
    if first > last:
        raise click.BadParameter(f"--from {first} is after --to {last}")
    from ..analysis.forecast import backtest, switch_ranks
    from ..render_forecast import backtest_table

    report = backtest(first, last)
    if switches:
        report["switches"] = switch_ranks("TWN", "2016-01-01")
    click.echo(json.dumps(report, indent=1, ensure_ascii=False) if fmt == "json" else backtest_table(report),
               nl=fmt == "json")


def register(group: click.Group) -> None:
    """Add the ``forecast`` command group to the main ``dragoman`` group."""
    group.add_command(forecast)
