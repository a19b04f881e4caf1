"""The built-in pipeline stages; importing this package registers them.

Order: segment -> actors -> coref -> time -> events -> places -> visits -> listed -> learned -> subcodes. Each module
holds one stage, a plain function ``Doc -> Doc`` registered with
:func:`dragoman.pipeline.stage`.
"""

from . import actors, coref, events, learned, listed_places, places, segment, subcodes, time, visits  # noqa: F401

__all__: list[str] = []
