"""The scaling commands: ``code --dask`` (a Parquet dataset), ``cluster DIR``, ``store load DIR``.

Thin wrappers over :mod:`dragoman.scale`; :func:`register` adds them to the main group.
"""

from __future__ import annotations

import click

__all__ = ["code_on_dask", "register"]


def _say(message: str) -> None:
    click.echo(f"dragoman: {message}", err=True)


def code_on_dask(address, output, paths, published, keep_all, include, exclude, kb_files) -> None:
    """``dragoman code --dask ADDRESS|local INPUT... --output DIR``: code, then cluster the dataset."""
    from ..scale.dask_code import code_with_dask

    if not (address and output):
        raise click.UsageError("--dask and --output go together: --dask ADDRESS|local --output DIR")
    totals = code_with_dask(address, output, paths, published=published.isoformat() if published else None,
                            keep_all=keep_all, include=include, exclude=exclude, kb_files=kb_files, say=_say)
    for error in totals["errors"]:
        _say(error)
    clustered = totals["clustered"]
    click.echo(f"coded into {output}: {totals['shards']} shards ({totals['done_before']} done before), "
               f"{totals['documents']} documents, {totals['events']} reports; "
               f"{clustered['clusters']} clustered events from {clustered['reports']} reports")


@click.command("cluster")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--batch-size", default=100, show_default=True, type=click.IntRange(1),
              help="Cluster as a store ingesting this many documents per transaction would.")
def cluster_command(folder, batch_size) -> None:
    """Cluster a Parquet dataset's reports into one record per real event (again).

    Example: dragoman cluster news-dataset/
    """
    from ..scale.cluster import cluster_dataset

    result = cluster_dataset(folder, batch_size)
    click.echo(f"{result['clusters']} clustered events from {result['reports']} reports in {folder}")


@click.group("store")
def store_group() -> None:
    """Move records between a Parquet dataset and the SQLite store."""


@store_group.command("load")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--db", "db", default="dragoman.db", show_default=True, envvar="DRAGOMAN_DB",
              type=click.Path(dir_okay=False), help="The store file (SQLite) to create.")
@click.option("--since", help="Only events that may have happened on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Only events that may have happened on or before this date (YYYY-MM-DD).")
def load_command(folder, db, since, until) -> None:
    """Bring a dataset, or the slice between --since and --until, into a new SQLite store.

    Example: dragoman store load news-dataset/ --db july.db --since 2025-07-01 --until 2025-07-31
    """
    from ..scale.load import load_dataset
    from ..store import connect

    counts = load_dataset(folder, connect(db), since, until)
    click.echo(f"loaded into {db}: {counts['documents']} documents, {counts['clusters']} clustered events, "
               f"{counts['events']} reports")


def register(group: click.Group) -> None:
    """Add the scaling commands to the main ``dragoman`` group."""
    group.add_command(cluster_command)
    group.add_command(store_group)
