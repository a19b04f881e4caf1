"""Analysis over the store: dyad timelines, the relations graph, the recognition tracker.

Functions here take a store connection (or Event records) and never import the
pipeline stages.
"""

from .recognition import (STATUSES, Tracker, load_baseline, recognition, recognition_history,
                          resolve_entity)
from .relations import graphml, relations
from .timeline import PERIODS, timeline

__all__ = ["PERIODS", "STATUSES", "Tracker", "graphml", "load_baseline", "recognition", "recognition_history",
           "relations", "resolve_entity", "timeline"]
