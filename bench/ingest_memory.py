"""Peak memory of streaming ingest: ``dragoman ingest`` of a generated JSON Lines corpus.

    python bench/ingest_memory.py [--documents 200000] [--dir /tmp/dragoman-bench-mem]

Writes ``--documents`` short news items (one or two sentences each, distinct texts) to one
JSON Lines file, runs ``dragoman ingest`` on it in a child process, and reports the child's
peak resident memory (``ru_maxrss``) and its wall time. Ingest reads, codes and writes in
batches, so the peak should not grow with the corpus: the figure is printed beside the
peak for a corpus a tenth the size, to show it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

STATES = ["Sweden", "Chile", "Peru", "Kenya", "Brazil", "Norway", "Spain", "Ireland", "Japan", "Mexico",
          "Ghana", "Chad", "Laos", "Fiji", "Oman", "Qatar", "Nepal", "Italy", "Egypt", "India"]
VERBS = ["condemned", "praised", "recalled its ambassador from", "met", "criticised", "recognised"]


def corpus(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            a, b = STATES[i % 20], STATES[(i * 7 + 3) % 20]
            if a == b:
                b = STATES[(i + 1) % 20]
            text = f"{a} {VERBS[i % 6]} {b} on Monday, officials said in statement {i}."
            day = dt.date(2000, 1, 1) + dt.timedelta(days=(i * 37) % 9000)  # news over 25 years
            fh.write(json.dumps({"id": str(i), "text": text, "published": day.isoformat()}) + "\n")


def peak(path: Path, db: Path) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of one ``dragoman ingest`` child process."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    start = time.monotonic()
    # a fresh interpreter per run, so RUSAGE_CHILDREN's maximum is this run's
    code = ("import resource, subprocess, sys; "
            "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "dragoman", "ingest", "--db", str(db),
                          str(path), "--batch-size", "200"], capture_output=True, text=True, check=True)
    kb, status = out.stdout.split()
    if status != "0":
        raise SystemExit(f"ingest failed with status {status}")
    return int(kb) / 1024, time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/dragoman-bench-mem"))
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    results = []
    for n in (args.documents // 10, args.documents):
        path = args.dir / f"corpus-{n}.jsonl"
        corpus(path, n)
        mb, seconds = peak(path, args.dir / "bench.db")
        results.append((n, mb, seconds))
        print(f"streaming ingest of {n:,} documents ({path.stat().st_size / 2**20:.0f} MB of JSON Lines): "
              f"peak RSS {mb:.0f} MB, {seconds:.0f} s ({n / seconds:.0f} documents/s)")
    (small, small_mb, _), (big, big_mb, _) = results
    print(f"peak memory grows {big_mb / small_mb:.2f}x for {big / small:.0f}x the documents "
          f"(target: under 300 MB whatever the corpus size)")


if __name__ == "__main__":
    main()
