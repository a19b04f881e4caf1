"""A generated corpus on disk: JSON Lines shards of short news-like articles over several months.

    python bench/corpus.py OUT_DIR [--articles 300] [--shards 3] [--words 120] [--states 8]

Each line is ``{"id", "text", "published"}``; publication dates run over about
four months, so events fall in several months and near month edges; ``--states``
draws the actors from a few states so that the same dyad is reported by several
articles (clustering has work to do); ``--duplicates`` repeats that many articles
in a later shard. Used by the scaling tests and ``make bench``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import _states, article  # noqa: E402

START = dt.date(2024, 11, 20)


def articles(n: int, seed: int = 7, words: int = 120, states: int = 8, days: int = 120):
    """``n`` (id, text, published) triples, reproducible from ``seed``."""
    from dragoman.knowledge import default_knowledge

    rng = random.Random(seed)
    pool = _states(default_knowledge().kb)
    pool = rng.sample(pool, min(states, len(pool))) if states else pool
    for i in range(n):
        published = START + dt.timedelta(days=rng.randrange(days))
        yield f"a{seed}-{i}", article(rng, pool, words=words), published.isoformat()


def write_corpus(folder: Path, articles_n: int = 300, shards: int = 3, seed: int = 7, words: int = 120,
                 states: int = 8, duplicates: int = 0, days: int = 120) -> list[Path]:
    """Write the shards (shard-000.jsonl ...) into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [{"id": i, "text": t, "published": p} for i, t, p in articles(articles_n, seed, words, states, days)]
    rows += [dict(r, id=r["id"] + "-again") for r in rows[:duplicates]]
    size = -(-len(rows) // shards)
    paths = []
    for s in range(shards):
        path = folder / f"shard-{s:03d}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows[s * size:(s + 1) * size]), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--shards", type=int, default=3)
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--states", type=int, default=8)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    paths = write_corpus(args.out, args.articles, args.shards, args.seed, args.words, args.states)
    print(f"wrote {args.articles} articles in {len(paths)} shards to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
