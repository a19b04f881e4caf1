"""Accuracy floors on gold sets, a little under what was measured when each was set.

Measure with ``make eval``. The project's own sets are always present; the shared
development files are scored when ``../shared`` is beside the project.
"""

from pathlib import Path

import pytest

from dragoman.coder import code_document
from dragoman.evaluate import load_gold, score
from dragoman.ingest.text import document_from_text

DATA = Path(__file__).resolve().parent / "data"

# file, F1 floor, date agreement floor (figures and method: docs/accuracy.md)
OWN = [
    ("gold_own.jsonl", 0.90, 0.91),        # measured 0.931 / 0.93 (tuned on)
    ("examples_gold.jsonl", 0.83, 0.77),   # measured 0.854 / 0.80
    ("gold_heldout.jsonl", 0.92, 0.95),    # measured 0.949 / 0.97 (0.692 before it was tuned on)
    ("gold_heldout2.jsonl", 0.81, 0.87),   # measured 0.839 / 0.90 (sealed)
    ("gold_dev3.jsonl", 0.79, 0.89),       # measured 0.820 / 0.92 (0.471 when first measured, then tuned on)
    ("gold_dev4.jsonl", 0.85, 0.93),       # measured 0.878 / 0.96 (0.638 when first measured, written blind; tuned on)
    ("gold_dev5.jsonl", 0.79, 0.92),       # measured 0.815 / 0.94 (0.586 when first measured, written blind; tuned on)
    ("gold_dev6.jsonl", 0.77, 0.88),       # measured 0.800 / 0.92 (0.649 when first measured, written blind; tuned on)
    ("gold_dev7.jsonl", 0.70, 0.91),       # measured 0.724 / 0.94 (0.593 when first measured, written blind, main e70fa4f; tuned on from then)
    ("gold_dev8.jsonl", 0.74, 0.87),       # measured 0.770 / 0.90 at the end of the tenth session (0.656 / 0.90 when first measured, written blind, 2026-12-07, main 0911ab5; tuned on from then)
    ("gold_dev9.jsonl", 0.66, 0.94),       # measured 0.722 at the end of the tenth session; 0.662 / 0.977 when first measured (written blind, second or third way to say each act, tenth session, main bfaf038; tuned on from then)
    ("gold_heldout3.jsonl", 0.77, 0.88),   # measured 0.800 / 0.92 (sealed)
    ("gold_heldout4.jsonl", 0.72, 0.92),   # measured 0.751 / 0.95 at the end of the tenth session, 0.730 before (sealed, current README; 0.550 at first)
    ("gold_heldout5.jsonl", 0.70, 0.91),   # measured 0.732 / 0.94 (sealed, written blind; 0.609 at first)
    ("gold_heldout6.jsonl", 0.60, 0.91),   # measured 0.626 / 0.94 (sealed, written blind at the end of the seventh session; 0.529 on 1999ded, 0.610 on e70fa4f)
    ("gold_conflict.jsonl", 0.88, 0.93),   # measured 0.912 / 0.96 at the end of the tenth session (conflict reports; 0.468 at first, tuned on)
    ("gold_conflict_sealed.jsonl", 0.80, 0.77),  # measured 0.831 / 0.81 (sealed; 0.434 at first)
    ("gold_conflict_sealed2.jsonl", 0.77, 0.94),  # measured 0.804 / 0.97 at the end of the tenth session, 0.777 before (sealed; other regions, written blind)
    ("gold_conflict_sealed3.jsonl", 0.74, 0.94),  # measured 0.772 / 0.97 (sealed; written blind with publishers, main bd21899)
    ("gold_conflict_dev2.jsonl", 0.71, 0.90),  # measured 0.751 at the end of the tenth session; 0.654 / 0.938 when first measured (written blind with places, tenth session, main 69d82d5; tuned on from then)
    ("gold_conflict_sealed4.jsonl", 0.75, 0.87),  # measured 0.790 / 0.902 (sealed; written blind with places, tenth session, main 5a260f6)
    ("gold_heldout7.jsonl", 0.70, 0.93),   # measured 0.737 / 0.958 (sealed, written blind at the start of the tenth session, main 9f1f590)
    ("codes_gold.jsonl", 0.88, 0.97),      # measured 0.907 / 1.00 (three sentences a code; 0.559 at first, tuned on)
]
NONEVENT_FALSE_ALARMS = 0.045  # measured 0.026 (3 of 115; sealed); 0.070 before stages/nonevents.py
# 200 non-political stories with violent words written blind (sport, business, disaster, weather, crime,
# accident, medical, entertainment, science/animals, history); tuned on
NONEVENT_TUNED_FALSE_ALARMS = 0.02  # measured 0.005 (1 of 200 in roots 14-20); 0.145 (29 of 200) when first measured
SHARED = [
    ("dev.jsonl", 0.93, 0.97),                  # measured 0.960 / 1.000
    ("blog-post-2025-07-20.json", 0.84, 0.88),  # measured 0.889 / 0.917
]


def _score(ctx, path):
    def predict(item):
        doc = code_document(document_from_text(item.text, item.published, doc_id=item.id, url=item.url,
                                               publisher=item.publisher), ctx)  # as `dragoman eval` reads an item
        return [((e.source.primary, e.target.primary, e.root), e.date) for e in doc.events]

    return score(load_gold(path), predict)


@pytest.mark.parametrize("name,f1,dates", OWN)
def test_own_gold_sets_stay_above_their_floor(ctx, name, f1, dates):
    result = _score(ctx, DATA / name)
    assert result.f1 >= f1, f"{name}: F1 {result.f1:.3f} < {f1}"
    assert result.date_agreement >= dates, f"{name}: dates {result.date_agreement:.3f} < {dates}"


@pytest.mark.parametrize("name,f1,dates", SHARED)
def test_shared_dev_gold_stays_above_its_floor(ctx, shared_gold, name, f1, dates):
    result = _score(ctx, shared_gold / name)
    assert result.f1 >= f1, f"{name}: F1 {result.f1:.3f} < {f1}"
    assert result.date_agreement >= dates, f"{name}: dates {result.date_agreement:.3f} < {dates}"


def test_own_test_sets_are_big_enough_and_cover_every_root():
    items = [i for name in ("gold_own.jsonl", "gold_heldout.jsonl", "gold_heldout2.jsonl", "gold_dev3.jsonl",
                            "gold_heldout3.jsonl")
             for i in load_gold(DATA / name)]
    assert len(items) >= 350
    scored = [e["root"] for i in items for e in i.events if not e.get("optional")]
    assert all(scored.count(f"{r:02d}") >= 5 for r in range(2, 21))
    assert sum(1 for i in items if not i.events) >= 60


def _false_alarms(ctx, items) -> int:
    return sum(1 for i in items if any(
        e.root in {"14", "15", "16", "17", "18", "19", "20"}
        for e in code_document(document_from_text(i.text, i.published, doc_id=i.id), ctx).events))


@pytest.mark.parametrize("name,ceiling", [("nonevents.jsonl", NONEVENT_FALSE_ALARMS),
                                          ("nonevents_tuned.jsonl", NONEVENT_TUNED_FALSE_ALARMS)])
def test_non_political_stories_with_violent_words_rarely_give_conflict_events(ctx, name, ceiling):
    items = load_gold(DATA / name)
    assert len(items) >= 100 and all(not i.events for i in items)
    alarms = _false_alarms(ctx, items)
    assert alarms / len(items) <= ceiling, f"{name}: {alarms} of {len(items)} non-events coded"
