"""The record in a browser: a read-only JSON API under ``/api/v1`` and server-rendered pages.

>>> from dragoman.web import Settings, create_app
>>> app = create_app(Settings(db="dragoman.db"))        # served by `dragoman serve`

Both call the same library functions as the CLI (:mod:`dragoman.store`,
:mod:`dragoman.analysis`, :mod:`dragoman.lookup`); library errors become HTTP
status codes here (422 naming the parameter, 404) and nowhere else.
"""

from .app import Settings, create_app

__all__ = ["Settings", "create_app"]
