"""Benchmark: read generated news-like HTML pages (ingest only, no coding); print pages/s.

    python bench/read_html.py [--pages 500] [--seed 7]

Each page wraps an article from ``bench/run.py``'s generator (about 1,000 words)
in a news site's layout: head metadata, scripts and styles, navigation, a date
line, title and byline, the body's paragraphs, an author bio, related links,
a comments footer.  Pages are written to a temporary folder and read back
through :func:`dragoman.ingest.read_sources`, one core.
"""

from __future__ import annotations

import argparse
import html
import random
import tempfile
import time
from pathlib import Path

from run import DAYS, MONTHS, _states, article  # bench/run.py's generator (this folder is on sys.path)

from dragoman.errors import InputError
from dragoman.ingest import read_sources
from dragoman.knowledge import default_knowledge

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Dispatch</title>
<meta name="author" content="{author}"><link rel="canonical" href="https://news.example/{n}">
<style>body {{ font-family: serif; }} .nav a {{ margin: 0 1em; }}</style>
<script>window.dataLayer = window.dataLayer || []; function track() {{ return 1; }}</script>
</head><body>
<nav class="nav"><a href="/">Home</a><a href="/world">World</a><a href="/politics">Politics</a></nav>
<main><article>
<p class="dateline">{weekday}, {month} {day}, {year}</p>
<h1>{title}</h1><p class="byline">By {author}</p>
{paragraphs}
<div class="bio"><p>{author} covers diplomacy for the Dispatch.</p></div>
</article>
<aside><h3>Related posts</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">More news</a></li></ul></aside>
</main>
<footer><p>{comments} comments</p><p>Share this</p><p>&copy; {year} The Daily Dispatch</p></footer>
<script src="/app.js"></script><iframe src="https://ads.example/frame"></iframe>
</body></html>
"""


def page(rng: random.Random, states: list[dict], n: int) -> str:
    """One news-like HTML page around a generated article."""
    text = article(rng, states)
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    title = html.escape(text.split(". ")[0][:80])
    return PAGE.format(title=title, author="Sam Reporter", n=n, weekday=rng.choice(DAYS),
                       month=rng.choice(MONTHS), day=rng.randint(1, 28), year=rng.randint(2015, 2025),
                       paragraphs=paragraphs, comments=rng.randint(0, 99))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    states = _states(default_knowledge().kb)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for n in range(args.pages):
            path = Path(folder) / f"page{n:04d}.html"
            path.write_text(page(rng, states, n), encoding="utf-8")
            paths.append(str(path))
        size = sum(Path(p).stat().st_size for p in paths)
        start, cpu_start = time.perf_counter(), time.process_time()
        items = list(read_sources(paths))
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    failed = sum(isinstance(i, InputError) for i in items)
    dated = sum(1 for i in items if not isinstance(i, InputError) and i.published)
    print(f"{args.pages} pages ({size / args.pages / 1024:.1f} KB each) read in {seconds:.2f} s "
          f"({cpu:.2f} s of CPU): {args.pages / cpu:.0f} pages/s per core "
          f"({args.pages / seconds:.0f} by the wall clock); {failed} failed, {dated} with a date")


if __name__ == "__main__":
    main()
