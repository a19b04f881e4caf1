"""Benchmark: code generated news-like articles on one core; print throughput and memory.

    python bench/run.py [--articles 2000] [--seed 7]

Articles are generated (not shipped): about 1,000 words each, a mix of event
sentences (actors from the knowledge base, a variety of verbs, passives,
coordination, relative dates) and background sentences with no event, in
roughly the proportion of wire copy. Prints sentences/s, articles/s, events,
peak RSS, and the share of time spent in each pipeline stage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import time

from dragoman.coder import code_document, context
from dragoman.ingest.text import document_from_text
from dragoman.knowledge import default_knowledge

EVENT_TEMPLATES = [
    "{A} recognised {B} on {day}, the foreign ministry said.",
    "{A} imposed new sanctions on {B} last week over its nuclear programme.",
    "{A} and {B} held talks in {city} on {day} to discuss trade and security.",
    "The {dem} foreign minister condemned {B} for the attack, calling it a violation of international law.",
    "{A} expelled two {dem2} diplomats on {day}, accusing them of spying.",
    "{A} was accused by {B} of supplying weapons to rebels in the region.",
    "{A} refused to recognise the new government in {B}.",
    "{A} could impose tariffs on {B} if talks fail, analysts said.",
    "{A} pledged to send humanitarian aid to {B} after the floods.",
    "{dem} troops shelled positions in {B} overnight, killing three soldiers.",
    "{A} welcomed the agreement and praised {B} for its role in the negotiations.",
    "{A} signed a trade deal with {B} in {city} on {day}.",
    "Thousands of people protested in {city} on {day} against the new law.",
    "{A} recalled its ambassador from {B} in protest at the decision.",
    "{A} did not attend the summit hosted by {B} in early {month}.",
]
BACKGROUND = [
    "The economy grew by {n} percent in the last quarter, according to official figures.",
    "Prices of fuel and food have risen sharply since the start of the year.",
    "The region has been struggling with drought and rising unemployment for a decade.",
    "Analysts say the outcome of the vote remains difficult to predict.",
    "The report, published on the ministry's website, runs to more than {n} pages.",
    "Heavy rain is forecast for the coming days across much of the north.",
    "The city of {city} has a population of around {n} million people.",
    "Officials have not given further details about the timing of the project.",
    "The currency has lost almost a fifth of its value against the dollar this year.",
    "Local media reported long queues at petrol stations in the capital.",
    "The company said its profits rose by {n} percent, beating forecasts.",
    "Schools in several districts will reopen next month after the holidays.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _states(kb) -> list[dict]:
    return [r for r in kb.records.values()
            if r.get("type", "state") == "state" and not r.get("valid_to") and r.get("demonyms") and r.get("capital")]


def article(rng: random.Random, states: list[dict], words: int = 1000, event_share: float = 0.35) -> str:
    sentences: list[str] = []
    count = 0
    while count < words:
        a, b = rng.sample(states, 2)
        fill = {"A": a["name"], "B": b["name"], "dem": a["demonyms"][0], "dem2": b["demonyms"][0],
                "city": rng.choice(states)["capital"], "day": rng.choice(DAYS),
                "month": rng.choice(MONTHS), "n": rng.randint(2, 40)}
        pool = EVENT_TEMPLATES if rng.random() < event_share else BACKGROUND
        sentence = rng.choice(pool).format(**fill)
        sentences.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    return "\n\n".join(paragraphs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    knowledge = default_knowledge()
    ctx = context(knowledge)  # the stages' modules are imported here: start-up, not coding
    load_seconds = time.perf_counter() - started
    rng = random.Random(args.seed)
    states = _states(knowledge.kb)
    texts = [article(rng, states) for _ in range(args.articles)]
    words = sum(len(t.split()) for t in texts)
    timings: dict[str, float] = {}
    sentences = events = 0
    published = dt.date(2025, 7, 20)
    started = time.perf_counter()
    for i, text in enumerate(texts):
        doc = code_document(document_from_text(text, published, doc_id=f"bench-{i}"), ctx, timings)
        sentences += len(doc.sentences)
        events += len(doc.events)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = sum(timings.values()) or 1.0
    print(f"knowledge and stages loaded in {load_seconds:.2f} s "
          f"({len(knowledge.kb.records)} actors, {len(knowledge.lexicon.rules)} lexicon rules)")
    print(f"articles: {args.articles}  words: {words}  sentences: {sentences}  events: {events}")
    print(f"time: {seconds:.1f} s on one core")
    print(f"throughput: {sentences / seconds:,.0f} sentences/s  {args.articles / seconds:,.1f} articles/s")
    print(f"peak RSS: {peak_mb:.0f} MB")
    print("stage split: " + "  ".join(f"{name} {100 * t / total:.1f}%" for name, t in timings.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
