"""List every false (source, target, root) the coder gives on TUNED gold files, with its
sentence, full code and rule id, so false positives can be sorted into classes by hand.

    .venv/bin/python scripts/false_triples.py [--roots 14,15,17,18,19,20] FILE...

With ``--roots``, only items whose gold or predicted events fall in those roots are read, and
only false triples of those roots are listed. A non-event file (no gold events) lists every
event it gives. Never run it on a sealed set: it prints items one by one.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from sealed_sets import is_sealed

from dragoman.coder import code_document, context
from dragoman.evaluate import gold_roots, load_gold
from dragoman.ingest.text import document_from_text


def _false_events(item, doc):
    gold = [g for g in item.events if g["root"] != "01"]
    for e in doc.events:
        if e.root == "01":
            continue
        if not any(g["source"] == e.source.primary and g["target"] == e.target.primary
                   and e.root in gold_roots(g) for g in gold):
            yield e


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--roots", default="", help="comma-separated CAMEO roots to keep")
    args = parser.parse_args(argv)
    if any(is_sealed(f) for f in args.files):
        parser.error("sealed sets are scored by their totals only")
    keep = set(filter(None, args.roots.split(",")))
    ctx = context()
    rules: Counter = Counter()
    total = 0
    for path in args.files:
        for item in load_gold(path):
            doc = code_document(document_from_text(item.text, item.published, doc_id=item.id), ctx)
            if keep and not any(g["root"] in keep for g in item.events) \
                    and not any(e.root in keep for e in doc.events):
                continue
            for e in _false_events(item, doc):
                if keep and e.root not in keep:
                    continue
                total += 1
                rules[e.rule.split("/")[0] if e.rule else "-"] += 1
                sentence = doc.sentences[e.sentence].text if e.sentence < len(doc.sentences) else ""
                gold = " ".join(f"{g['source']}>{g['target']}:{g.get('code') or g['root']}"
                                for g in item.events)
                print(f"{path.stem}:{item.id}\t{e.source.primary}>{e.target.primary} {e.root} "
                      f"({e.code}) {e.modality}\trule={e.rule}\tgold=[{gold}]\n    {sentence}")
    print(f"# {total} false triples; by rule code: "
          + ", ".join(f"{k} {n}" for k, n in rules.most_common(20)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
