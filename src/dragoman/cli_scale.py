"""The scaling commands: ``code --dask`` (a Parquet dataset), ``cluster --parquet``, ``store load``.

Thin wrappers over :mod:`dragoman.scale`; :func:`register` adds them to the main group.
"""

from __future__ import annotations

import click

__all__ = ["code_on_dask", "register"]


def code_on_dask(address, output, paths, published, keep_all, include, exclude, kb_files) -> None:
    raise click.UsageError("--dask is not built yet")


def register(group: click.Group) -> None:
    """Add the scaling commands to the main ``dragoman`` group."""
