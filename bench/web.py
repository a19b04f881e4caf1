"""Benchmark the HTTP API and pages on the generated store of 1,000,000 reports.

    python bench/web.py [--events 1000000] [--db /tmp/dragoman-bench.db] [--clients 20] [--requests 400]

The store is the one bench/store.py generates (made here if the file is missing; the same
generator). ``dragoman serve`` runs it on 127.0.0.1 (no rate limit); for each group of
requests (events, timeline and recognition endpoints, the events page) ``--clients``
async httpx clients send ``--requests`` requests in all, as fast as answers come back,
and the latency of each is measured. p50, p95 and the targets (p95 under 150 ms for the
endpoints, 300 ms for the page) are printed. Every request goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

STATES = ["USA", "RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "AFG", "GBR", "FRA", "DEU", "IND", "TUR", "SYR"]
TARGETS = {"events": 150.0, "timeline": 150.0, "recognition": 150.0, "events page": 300.0}


def _urls(group: str, rng: random.Random) -> str:
    a, b = rng.sample(STATES[:8], 2)
    if group == "events":
        return rng.choice([f"/api/v1/events?source={a}&target={b}", f"/api/v1/events?actor={a}&root=19&since=2015-01-01",
                           "/api/v1/events?code=054&since=2020-01-01&until=2020-12-31", f"/api/v1/events?actor={b}&limit=50",
                           f"/api/v1/events?source={a}&quad_class=4&goldstein_max=-5"])
    if group == "timeline":
        return f"/api/v1/timeline?a={a}&b={b}&by={rng.choice(['month', 'year'])}"
    if group == "recognition":
        entity = rng.choice(["AFG", "PSE", "TWN", "XKX"])
        return f"/api/v1/recognition/{entity}?as_of={rng.randrange(2000, 2026)}-0{rng.randrange(1, 10)}-15"
    return rng.choice([f"/events?source={a}&target={b}", f"/events?actor={a}&root=19", "/events?code=054&since=2020-01-01"])


async def _group(base: str, group: str, clients: int, requests: int) -> list[float]:
    """Latencies of ``requests`` requests sent by ``clients`` clients at once. Each client is made,
    and has its connection open, before the clock starts: making an httpx client costs the
    event loop ~15 ms (its TLS context), which would otherwise land on the first requests."""
    import httpx

    rng, times, left = random.Random(7), [], [requests]
    https = [httpx.AsyncClient(base_url=base, timeout=30) for _ in range(clients)]
    try:
        await asyncio.gather(*(http.get("/api/v1/codebook?root=01") for http in https))

        async def client(http: httpx.AsyncClient) -> None:
            while left[0] > 0:
                left[0] -= 1
                url = _urls(group, rng)
                started = time.perf_counter()
                response = await http.get(url)
                times.append((time.perf_counter() - started) * 1000)
                if response.status_code != 200:
                    raise RuntimeError(f"{url}: {response.status_code} {response.text[:200]}")

        await asyncio.gather(*(client(http) for http in https))
    finally:
        await asyncio.gather(*(http.aclose() for http in https))
    return times


def _serve(db: Path, workers: int, cache: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "dragoman", "serve", "--db", str(db), "--port", str(port),
                             "--rate", "0", "--workers", str(workers), "--cache", str(cache)])
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(base + "/api/v1/codebook", timeout=1)
            return proc, base
        except OSError:
            time.sleep(0.1)
    proc.terminate()
    raise RuntimeError("dragoman serve did not start")


def _store(db: Path, n_events: int) -> None:
    if db.exists():
        return
    from store import build_store

    from dragoman.knowledge import default_knowledge
    from run import _states

    primaries = [r["id"] for r in _states(default_knowledge().kb)][:150]
    primaries = STATES[:8] + [p for p in primaries if p not in STATES[:8]]
    seconds = build_store(db, n_events, primaries)
    print(f"store: {n_events:,} reports generated in {seconds:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "dragoman-bench.db"))
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--cache", type=int, default=512, help="the server's --cache (0: every answer worked out)")
    args = parser.parse_args(argv)
    db = Path(args.db)
    _store(db, args.events)
    proc, base = _serve(db, args.workers, args.cache)
    failed = False
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} cores)")
    try:
        for group, target in TARGETS.items():
            asyncio.run(_group(base, group, args.clients, 40))  # warm the caches
            times = sorted(asyncio.run(_group(base, group, args.clients, args.requests)))
            p95 = times[int(0.95 * (len(times) - 1))]
            ok = p95 < target
            failed |= not ok
            print(f"  {group:12s} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  max {times[-1]:6.1f} ms"
                  f"  (target p95 < {target:.0f} ms: {'ok' if ok else 'MISSED'})")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"{args.clients} concurrent clients, {args.requests} requests a group, {args.workers} server process(es), "
          f"cache {args.cache}")
    if failed:
        print("some targets missed (see above)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
