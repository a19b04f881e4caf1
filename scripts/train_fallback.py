"""Train the learned fallback (a root classifier over actor pairs) from our TUNED gold sets.

    .venv/bin/python scripts/train_fallback.py            # writes src/dragoman/data/learned/fallback.tsv
    .venv/bin/python scripts/train_fallback.py --cv       # leave-one-set-out curve, writes nothing

An example is an ordered (source, target) pair of actor mentions that the coder's own actor stage
finds in a sentence, labelled with the gold root of that ordered pair in the item (or ``none``).
The model is a multinomial logistic regression trained by plain stochastic gradient descent in a
fixed order (no randomness): the same input gives the same file. Only the tuned sets below are
read; the sealed sets and ../shared never are.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import math
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from dragoman.coder import code_document, context  # noqa: E402
from dragoman.evaluate import GoldItem, Score, load_gold, score_item  # noqa: E402
from dragoman.ingest.text import document_from_text  # noqa: E402
from dragoman.knowledge.learned import model_text, write_model  # noqa: E402
from sealed_sets import is_sealed  # noqa: E402
from dragoman.stages.learned_model import NONE, LearnedModel, candidate_pairs, features  # noqa: E402

TUNED = ("gold_own", "examples_gold", "gold_heldout", "gold_dev3", "gold_dev4", "gold_dev5", "gold_dev6",
         "gold_dev7", "gold_dev8", "gold_conflict", "codes_gold", "nonevents_tuned")
OUT = ROOT / "src" / "dragoman" / "data" / "learned" / "fallback.tsv"
EPOCHS, RATE, L2, MIN_COUNT, MIN_WEIGHT = 8, 0.2, 1e-4, 5, 0.1


def tuned_files(data: Path) -> list[Path]:
    """The tuned sets present under ``data``, in a fixed order; never a sealed one."""
    files = [data / f"{name}.jsonl" for name in TUNED if (data / f"{name}.jsonl").exists()]
    assert not any(is_sealed(f) for f in files)
    return files


def gold_pairs(item: GoldItem) -> dict[tuple[str, str], str]:
    """The gold root of each ordered pair (a scored event's first, else an optional one's)."""
    out: dict[tuple[str, str], str] = {}
    for optional in (False, True):
        for g in item.events:
            if g["root"] != "01" and bool(g.get("optional")) == optional:
                out.setdefault((g["source"], g["target"]), g["root"])
    return out


def examples_of(item: GoldItem, ctx) -> dict:
    """The item's rule predictions and its candidate pairs: (sentence, sentence has events, source,
    target, features, label)."""
    doc = code_document(document_from_text(item.text, item.published, doc_id=item.id), ctx)
    labels = gold_pairs(item)
    busy = {e.sentence for e in doc.events}
    pairs = []
    for sentence in doc.sentences:
        lower = [t.lower for t in sentence.tokens]
        present = frozenset(lower)
        for a, b in candidate_pairs(sentence):
            key = (a.actor.primary, b.actor.primary)
            pairs.append([sentence.index, sentence.index in busy, key[0], key[1], features(lower, a, b, present),
                          labels.get(key, NONE)])
    predicted = [[[e.source.primary, e.target.primary, e.root], e.date, e.code] for e in doc.events]
    return {"id": item.id, "predicted": predicted, "pairs": pairs}


def stamp_of(files: list[Path]) -> str:
    """The SHA-1 of the tuned files' bytes, in order: which gold the model was trained from."""
    return hashlib.sha1(b"".join(f.read_bytes() for f in files)).hexdigest()


def extract(files: list[Path], cache: Path | None) -> dict[str, list[dict]]:
    """Examples per tuned file, from ``cache`` when it holds them for the same files and coder."""
    stamp = stamp_of(files)
    if cache is not None and cache.exists():
        saved = json.loads(cache.read_text())
        if saved.get("stamp") == stamp:
            return saved["sets"]
    ctx = dataclasses.replace(context(), learned=None)  # the rules alone
    sets = {f.stem: [examples_of(item, ctx) for item in load_gold(f)] for f in files}
    if cache is not None:
        cache.write_text(json.dumps({"stamp": stamp, "sets": sets}))
    return sets


def training_rows(sets: dict[str, list[dict]], names: list[str]) -> list[tuple[list[str], str]]:
    return [(p[4], p[5]) for name in names for item in sets[name] for p in item["pairs"]]


def train(rows: list[tuple[list[str], str]], min_count: int = MIN_COUNT,
          min_weight: float = MIN_WEIGHT) -> LearnedModel:
    """Softmax regression by SGD in the rows' order; features seen fewer than ``min_count`` times
    are dropped, and weights under ``min_weight`` are pruned from the result."""
    counts = Counter(f for feats, _ in rows for f in set(feats))
    labels = sorted({label for _, label in rows} | {NONE})
    weights: dict[str, dict[str, float]] = {}
    bias = {label: 0.0 for label in labels}
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch)
        for feats, label in rows:
            kept = [f for f in feats if counts[f] >= min_count]
            total = dict(bias)
            for f in kept:
                for r, w in weights.get(f, {}).items():
                    total[r] += w
            top = max(total.values())
            exp = {r: math.exp(v - top) for r, v in total.items()}
            norm = sum(exp.values())
            for r in labels:
                grad = exp[r] / norm - (r == label)
                if abs(grad) < 1e-4:
                    continue
                bias[r] -= rate * grad
                for f in kept:
                    row = weights.setdefault(f, {})
                    row[r] = row.get(r, 0.0) * (1 - rate * L2) - rate * grad
    pruned = {f: {r: round(w, 3) for r, w in sorted(row.items()) if abs(w) >= min_weight}
              for f, row in sorted(weights.items())}
    return LearnedModel({f: row for f, row in pruned.items() if row}, {r: round(w, 3) for r, w in bias.items()})


def added_events(model: LearnedModel, item: dict, threshold: float) -> list:
    """The fallback's events for one coded item, as the stage gives them: in each sentence with no
    rule event and no blocking word, the best pair when it reaches ``threshold``."""
    best: dict[int, tuple[float, str, str, str]] = {}
    for sentence, busy, source, target, feats, _ in item["pairs"]:
        if busy or "blk" in feats:
            continue
        root, p = model.best(feats)
        if p >= threshold and (sentence not in best or p > best[sentence][0]):
            best[sentence] = (p, source, target, root)
    return [((s, t, r), None, r + "0") for _, s, t, r in best.values()]


def evaluate(sets: dict[str, list[dict]], items: dict[str, list[GoldItem]], models: dict[str, LearnedModel],
             thresholds: list[float]) -> None:
    """Per threshold: the added events' precision and count, and F1 before -> after per set."""
    for t in thresholds:
        added = correct = gained = 0
        line = []
        for name, coded in sets.items():
            before, after = Score(), Score()
            for gold, item in zip(items[name], coded):
                rules = [(tuple(p[0]), p[1], p[2]) for p in item["predicted"]]
                extra = added_events(models[name], item, t)
                have = {p[0] for p in rules}
                extra = [e for e in extra if e[0] not in have]
                score_item(gold, rules, before)
                score_item(gold, rules + extra, after)
                for e in extra:
                    added += 1
                    correct += any(g["source"] == e[0][0] and g["target"] == e[0][1]
                                   and e[0][2] in {g["root"], *g.get("alt_roots", [])} for g in gold.events)
            gained += after.recalled - before.recalled
            line.append(f"{name} {before.f1:.3f}->{after.f1:.3f} P {before.precision:.3f}->{after.precision:.3f}"
                        if before.gold else
                        f"{name} alarm {before.alarmed}->{after.alarmed}")
        print(f"t={t:.2f} added={added} precision={correct / added if added else 0:.3f} correct={correct} recalled+{gained} | "
              + ", ".join(line))


def build(sets: dict[str, list[dict]], files: list[Path]) -> tuple[LearnedModel, list[str]]:
    """The model trained on every example of ``sets``, and its header lines (provenance)."""
    rows = training_rows(sets, list(sets))
    model = train(rows)
    header = [f"{len(rows)} ordered actor pairs from our tuned sets "
              f"({', '.join(f.name for f in files)}), built by scripts/train_fallback.py.",
              f"Softmax regression by SGD in file order: {EPOCHS} epochs, rate {RATE}/(1+epoch), L2 {L2}, "
              f"features seen at least {MIN_COUNT} times, weights under {MIN_WEIGHT} pruned.",
              "Columns: feature, root (or none), weight; __bias__ rows are the per-root bias.",
              f"Gold SHA-1: {stamp_of(files)}"]
    return model, header


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--cache", type=Path, default=None, help="keep the coded examples here between runs")
    parser.add_argument("--cv", action="store_true", help="print the leave-one-set-out curve; write nothing")
    parser.add_argument("--without", action="append", default=[], help="leave this tuned set out (repeatable)")
    parser.add_argument("--check", action="store_true",
                        help="rebuild in memory and exit 1 if the shipped model differs (the coder or the gold changed)")
    args = parser.parse_args()
    files = [f for f in tuned_files(args.data) if f.stem not in args.without]
    sets = extract(files, args.cache)
    if args.cv:
        items = {f.stem: load_gold(f) for f in files}
        models = {name: train(training_rows(sets, [n for n in sets if n != name])) for name in sets}
        evaluate(sets, items, models, [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
        return
    model, header = build(sets, files)
    if args.check:
        same = model_text(model, header) == args.out.read_text(encoding="utf-8")
        print(f"{args.out}: {'up to date' if same else 'stale: rebuild it with scripts/train_fallback.py'}")
        raise SystemExit(0 if same else 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_model(args.out, model, header)
    print(f"{args.out}: {len(model.weights)} features, {sum(map(len, model.weights.values()))} weights")


if __name__ == "__main__":
    main()
