"""Benchmark: load the gazetteer and look names up; print the load time and the memory it takes.

    python bench/gazetteer.py [--rounds 5]

Loads data/places (places.tsv, regions.tsv, us_states.tsv) several times and reports the
slowest and the median load, the resident memory the loaded gazetteer adds, and the time
of a name look-up. The target: a load under 1 s; peak RSS of coding with the gazetteer
loaded (bench/run.py) at most 300 MB.
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import time

from dragoman.knowledge import DATA
from dragoman.knowledge.places import load_gazetteer

NAMES = [("Kandahar",), ("Borno",), ("Mogadishu",), ("Springfield",), ("Lower", "Shabeelle"), ("Nowhere",)]


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    before = _rss_mb()
    seconds, gazetteer = [], None
    for _ in range(args.rounds):
        gazetteer = None
        gc.collect()
        start = time.perf_counter()
        gazetteer = load_gazetteer(DATA / "places")
        seconds.append(time.perf_counter() - start)
    added = _rss_mb() - before
    start = time.perf_counter()
    for _ in range(2000):
        for name in NAMES:
            gazetteer._cache.clear()
            gazetteer.lookup(name)
    lookup_us = (time.perf_counter() - start) / (2000 * len(NAMES)) * 1e6
    print(f"gazetteer: {len(gazetteer.lines):,} names; load median {statistics.median(seconds):.3f} s, "
          f"slowest {max(seconds):.3f} s (target < 1 s)")
    print(f"gazetteer memory: {added:.0f} MB resident; uncached look-up {lookup_us:.1f} µs")
    return 0 if max(seconds) < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
