"""The coder's output does not depend on the order Python iterates a set in (PYTHONHASHSEED)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import datetime as dt, json, sys
from dragoman.coder import code_document, context
from dragoman.ingest.text import document_from_text
doc = code_document(document_from_text(sys.stdin.read(), dt.date(2025, 1, 1)), context())
print(json.dumps([[e.code, e.source.primary, e.target.primary, e.location] for e in doc.events], sort_keys=True))
"""

# a town name several states share, in a sentence that names two of them
TEXT = "Soldiers from Peru and Bolivia clashed near San Pedro on Monday, officials in both countries said."


def _coded(seed: int) -> str:
    env = dict(os.environ, PYTHONHASHSEED=str(seed))
    done = subprocess.run([sys.executable, "-c", SCRIPT], input=TEXT, capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    return done.stdout


def test_a_place_shared_by_the_states_a_sentence_names_is_chosen_the_same_way_every_run():
    runs = {_coded(seed) for seed in (0, 1, 2, 4)}
    assert len(runs) == 1, runs
    assert "San Pedro" in next(iter(runs))
