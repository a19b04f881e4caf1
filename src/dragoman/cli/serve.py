"""``dragoman serve``: the record in a browser (the HTTP API and the pages), read-only by default."""

from __future__ import annotations

import click

from ..store import DEFAULT_PATH

__all__ = ["register", "serve_command"]


@click.command("serve")
@click.option("--db", "db", default=DEFAULT_PATH, show_default=True, envvar="DRAGOMAN_DB",
              type=click.Path(dir_okay=False), help="The store file (SQLite), opened read-only.")
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on (keep it local).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="The port to listen on.")
@click.option("--allow-ingest", is_flag=True, help="Add the ingest page (upload or paste articles); needs --token.")
@click.option("--token", envvar="DRAGOMAN_TOKEN", help="The token the ingest page asks for (or DRAGOMAN_TOKEN).")
@click.option("--rate", default=50.0, show_default=True, type=click.FloatRange(0),
              help="Requests a second each client may make (0: no limit).")
@click.option("--max-body", default=5 * 2**20, show_default=True, type=click.IntRange(1024),
              help="The largest request body accepted, in bytes.")
@click.option("--cache", default=512, show_default=True, type=click.IntRange(0),
              help="Answers kept in memory per process (events pages, totals, timelines) until the store changes; 0: none.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 16),
              help="Server processes, each with a socket of its own where the system allows (connections spread evenly).")
def serve_command(db, host, port, allow_ingest, token, rate, max_body, cache, workers) -> None:
    """Serve the JSON API (/api/v1, schema at /api/v1/openapi.json) and the pages on HOST:PORT.

    Example: dragoman serve --db news.db --port 8000   (then open http://127.0.0.1:8000/)
    """
    import dataclasses
    import json
    import os

    from ..store import connect_readonly
    from ..web import Settings, create_app
    from ..web.processes import serve

    connect_readonly(db).close()  # a missing or old store is said now, not on the first request
    settings = Settings(db=db, allow_ingest=allow_ingest, token=token, rate=rate, max_body=max_body, cache=cache)
    create_app(settings)  # a bad setting fails here, before the port is taken
    os.environ["DRAGOMAN_WEB_SETTINGS"] = json.dumps(dataclasses.asdict(settings))
    click.echo(f"dragoman: serving {db} on http://{host}:{port}/ (API: http://{host}:{port}/api/v1/docs)", err=True)
    try:
        serve(host, port, workers, log_level="warning", server_header=False)
    except OSError as exc:  # the port is taken, or the address is not this machine's
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def register(group: click.Group) -> None:
    """Add ``serve`` to the main ``dragoman`` group."""
    group.add_command(serve_command)
