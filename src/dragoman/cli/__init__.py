"""The ``dragoman`` command: thin wrappers over the library.

Library errors become CLI errors here and nowhere else: a bad input file is
reported on one line (``dragoman: FILE: problem``), the other files go on,
and the exit status is 1 when any input failed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click

from .. import __version__
from ..coder import code_document, context
from ..errors import DragomanError, InputError, StageError
from ..evaluate import NEAR_KM, GoldItem, Score, confusion_table, load_gold, point, score
from ..ingest import read_sources
from ..ingest.outcome import printable
from ..store.failures import one_line
from ..ingest.text import document_from_text
from ..knowledge import default_knowledge
from ..render import FORMATS, render
from .store import _lexicon_files, source_options  # one --lexicon callback, one set of input options

__all__ = ["main"]


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a YYYY-MM-DD date") from None


def _fail(message: str) -> None:
    click.echo(f"dragoman: {printable(message)}", err=True)


kb_option = click.option("--kb", "kb_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                         help="An extra actor file (JSON Lines, YAML, CSV, PETRARCH .actors/.agents) overriding or extending the shipped ones, or a .tsv table of news outlets and their states; repeatable.")
lexicon_option = click.option("--lexicon", "lexicon_files", multiple=True, callback=lambda c, p, v: _lexicon_files(v),
                              help="An extra rule file (the lexicon's TSV format) read after the shipped ones, or "
                                   "'petrarch2' for the rules derived from PETRARCH2; repeatable (codes in one process).")


class _Group(click.Group):
    """Turns any error that escapes a command into one line and exit status 1: a dragoman error
    as it is, an unexpected one with a pointer to ``--debug`` (which shows the traceback)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except DragomanError as exc:
            raise click.ClickException(printable(" ".join(str(exc).split()))) from None
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt, SystemExit):
            raise
        except BrokenPipeError:  # the reader went away (| head): nothing more to say
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
            sys.exit(1)
        except Exception as exc:  # noqa: BLE001 - the one place an unexpected error becomes a line
            if ctx.params.get("debug") or os.environ.get("DRAGOMAN_DEBUG"):
                raise
            raise click.ClickException(_unexpected(exc)) from None


def _unexpected(exc: Exception) -> str:
    import sqlite3

    text = printable(" ".join(str(exc).split()))[:300]
    if isinstance(exc, sqlite3.DatabaseError):
        return (f"the store could not be read or written ({text}); `dragoman check` tells what is wrong "
                "(run again with --debug for the traceback)")
    return f"unexpected error ({type(exc).__name__}: {text}); run again with --debug for the traceback"


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dragoman")
@click.option("--debug", is_flag=True, help="Show the full traceback of an unexpected error.")
def main(debug: bool) -> None:
    """Read news about international politics and turn it into CAMEO events with evidence."""


@main.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_date, help="Publication date (YYYY-MM-DD) for relative dates; default: the document's own.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="How to print the events.")
@click.option("--all", "keep_all", is_flag=True, help="Also output negated and hypothetical events, marked as such.")
@source_options
@click.option("--unsafe-csv", is_flag=True, help="CSV cells as they are (no quote before = + - @ tab CR).")
@click.option("--progress/--no-progress", default=None, help="A running count on stderr (default: on a terminal).")
@kb_option
@lexicon_option
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Coding processes (default: the number of cores; 1 codes in this process).")
@click.option("--dask", "dask_address", metavar="ADDRESS|local",
              help="Code on a Dask cluster (or a local one) into a Parquet dataset in --output.")
@click.option("--output", "output", metavar="DIR", help="With --dask: the dataset folder, seen by every worker (local or shared).")
def code_command(paths: tuple[str, ...], published: dt.date | None, fmt: str, keep_all: bool,
                 include: tuple[str, ...], exclude: tuple[str, ...], allow_network: bool,
                 allow_private_network: bool, unsafe_csv: bool, progress: bool | None,
                 kb_files: tuple[Path, ...], lexicon_files: tuple[Path, ...], workers: int | None,
                 dask_address: str | None, output: str | None) -> None:
    """Code articles into events.

    PATHS are text (.txt), HTML (.html, .htm), RSS/Atom feed (.rss, .atom, .xml) or
    JSON Lines (.jsonl, of {"id", "text", "published"}) files, any of them .gz-compressed,
    folders of them (read recursively), - for stdin, or URLs with --allow-network.
    Bad files are reported one a line and the others coded; a summary of coded,
    skipped and failed documents ends the run on stderr; the exit status is 1 when any failed.
    Events are printed as each document is coded (a table every 1,000 events), so memory
    stays flat however large the input; CSV cells that start like a formula get a quote.

    Example: dragoman code article.txt news/ --published 2025-07-20 --format jsonl
    Example: dragoman code article.txt --lexicon my_rules.tsv
    """
    from ..ingest import Tally  # imported here: this command's body is the ingest layer's only hook in cli.py
    from ..ingest.fetch import FetchOptions
    from ..render import render_stream

    from .scale import code_on_dask
    from ..scale.parallel import coded_items

    if lexicon_files and (dask_address or output):
        raise click.UsageError("--lexicon is not available with --dask")
    if dask_address or output:
        return code_on_dask(dask_address, output, paths, published, keep_all, include, exclude, kb_files)
    ctx = context(default_knowledge(kb_files, lexicon_files), keep_all=keep_all)
    workers = 1 if lexicon_files else workers  # extra rule files are read in this process only
    tally = Tally()
    show = _progress(progress)

    def sources():
        for item in read_sources(list(paths), published, include=include, exclude=exclude,
                                 allow_network=allow_network, on_note=lambda note: _fail(f"note: {note}"),
                                 fetch_options=FetchOptions(allow_private=allow_private_network)):
            if show:
                show()
            if isinstance(item, InputError):
                _fail(str(item))
                tally.add_error(item)
                continue
            yield item

    def coded():
        for item, outcome in coded_items(sources(), workers, kb_files, keep_all, ctx):
            if isinstance(outcome, Exception):  # a document's failure is that document's
                _fail(f"{item.source}: {one_line(outcome)}")
                tally.add_error(outcome)
                continue
            if outcome is None:
                continue
            tally.coded += 1
            yield outcome

    for piece in render_stream(coded(), fmt, safe_csv=not unsafe_csv):
        click.echo(piece, nl=False)
    _fail(tally.summary())
    if tally.any_failed:
        sys.exit(1)


def _progress(flag: bool | None):
    """A count of inputs on stderr: on a terminal by default, anywhere with --progress."""
    if not (flag or (flag is None and sys.stderr.isatty())):
        return None
    seen = [0]

    def tick() -> None:
        seen[0] += 1
        if seen[0] % 100 == 0:
            click.echo(f"coding: {seen[0]:,} inputs", err=True)
    return tick


def _predictor(predictions: Path | None, lexicon_files: tuple[Path, ...] = ()):
    if predictions is not None:
        by_doc: dict[str, list] = {}
        for line in predictions.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                triple = (record["source"]["primary"], record["target"]["primary"], record["root"])
                by_doc.setdefault(str(record["doc_id"]), []).append((triple, record.get("date"), record.get("code"),
                                                                     point(record.get("location"))))
        return lambda item: by_doc.get(item.id, [])
    ctx = context(default_knowledge((), lexicon_files))

    def predict(item: GoldItem):
        doc = code_document(document_from_text(item.text, item.published, doc_id=item.id, url=item.url,
                                               publisher=item.publisher), ctx)
        return [((e.source.primary, e.target.primary, e.root), e.date, e.code, point(e.location)) for e in doc.events]

    return predict


def _guarded(predict, path: Path):
    """``predict`` that names the file and item when the coder fails on one, and scores that item
    as giving no events, so the rest of the file is still scored."""
    def guarded(item: GoldItem):
        try:
            return predict(item)
        except StageError as exc:
            click.echo(f"warning: {path}: item {item.id}: {exc}; scored as giving no events", err=True)
            return []
    return guarded


def _report(name: str, result: Score, verbose: bool) -> str:
    if not result.gold:  # a file of non-events: the share of items given an event is its score
        share = result.alarmed / result.items if result.items else 0.0
        conflict = result.alarmed_conflict / result.items if result.items else 0.0
        lines = [f"{name}: {result.items} items, no gold events (non-events)",
                 f"  false alarms: {result.alarmed} items with an event ({share:.3f}); "
                 f"{result.alarmed_conflict} with an event in roots 14-20 ({conflict:.3f})"]
        if result.spurious_by_root:
            lines.append("  false positives by root: " + ", ".join(
                f"{r}: {n}" for r, n in sorted(result.spurious_by_root.items())))
        if verbose:
            lines += [f"    false {item} {s}>{t} {r}" for item, (s, t, r) in result.spurious]
        return "\n".join(lines)
    lines = [f"{name}: {result.items} items, {result.gold} scored gold events",
             f"  F1 {result.f1:.3f}  precision {result.precision:.3f}  recall {result.recall:.3f}"
             f"  date agreement {result.date_agreement:.3f}"
             f"  full-code agreement {result.code_agreement:.3f} (of {result.coded})"
             + (f"  location within {NEAR_KM} km {result.place_agreement:.3f} (of {result.placed})" if result.placed else "")]
    if result.missed_by_root:
        lines.append("  missed by root: " + ", ".join(f"{r}: {n}" for r, n in sorted(result.missed_by_root.items())))
    if result.spurious_by_root:
        lines.append("  false positives by root: " + ", ".join(f"{r}: {n}" for r, n in sorted(result.spurious_by_root.items())))
    if verbose:
        lines += [f"    miss {item} {s}>{t} {r}" for item, (s, t, r) in result.misses]
        lines += [f"    false {item} {s}>{t} {r}" for item, (s, t, r) in result.spurious]
    return "\n".join(lines)


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score these event records (JSON Lines with doc_id) instead of running the coder.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Scores as text or as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List every miss and false positive.")
@click.option("--confusion", is_flag=True, help="Also print the root confusion table (Markdown).")
@lexicon_option
def eval_command(gold: tuple[Path, ...], predictions: Path | None, fmt: str, verbose: bool,
                 confusion: bool, lexicon_files: tuple[Path, ...]) -> None:
    """Score the coder against gold files (JSON Lines of items, or one .json item with its text file).

    Root F1 is printed with date agreement and full-code agreement on the matched
    events (of the gold events that give a full code), and, for files whose gold
    events carry a place with lat and lon, the share placed within 50 km of it.

    Example: dragoman eval ../shared/gold/dev.jsonl
    Example: dragoman eval tests/data/gold_own.jsonl --lexicon candidate_rules.tsv
    """
    predict = _predictor(predictions, lexicon_files)
    results = {}
    for path in gold:
        try:
            items = load_gold(path)
        except (DragomanError, ValueError, KeyError) as exc:
            raise click.ClickException(f"{path}: cannot read gold file ({exc})") from None
        results[str(path)] = score(items, _guarded(predict, path))
    if fmt == "json":
        click.echo(json.dumps({k: v.as_dict() for k, v in results.items()}, indent=2))
    else:
        click.echo("\n".join(_report(k, v, verbose) for k, v in results.items()))
        if confusion:
            for name, result in results.items():
                click.echo(f"\nroot confusion, {name} (rows: gold root, columns: predicted root, '-': none)\n")
                click.echo(confusion_table(result))

from .store import register as _register_store
_register_store(main)
from .actors import register as _register_actors
_register_actors(main)
from .lexicon import register as _register_lexicon
_register_lexicon(main)
from .admin import register as _register_admin
_register_admin(main)
from .forecast import register as _register_forecast; _register_forecast(main)  # noqa: E402,E702
from .serve import register as _register_web
_register_web(main)
from .scale import register as _register_scale
_register_scale(main)
