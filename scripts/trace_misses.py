"""Put every missed scored gold event of a TUNED gold file into one of four kinds, and say for the
second kind which step of ``stages/events.py`` dropped the trigger.

    (a) no trigger of the gold root (or one of its alt roots) matched in the item;
    (b) such a trigger matched but no event of the root came out for the pair;
        the cause is the furthest step the best such trigger reached (a pre-filter, a filter of the
        long chain, the mood, no source / no target, the pair dropped as the same actor, a later
        filter, a code changed on the way, ...);
    (c) no event of the root, but an event of another root for the gold pair;
    (d) an event of the root for another pair (checked first: the act was seen, the actors are wrong).

Usage: .venv/bin/python scripts/trace_misses.py tests/data/gold_dev7.jsonl [-v]
Never run it on a sealed file: it prints items one by one (it refuses the sealed names).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections import Counter
from pathlib import Path

from sealed_sets import is_sealed

from dragoman.coder import code_document, context
from dragoman.evaluate import gold_roots, load_gold
from dragoman.ingest.text import document_from_text
from dragoman.knowledge import default_knowledge
from dragoman.knowledge.lexicon import Match
from dragoman.stages import events as ev

PRE = ("adjectival", "thing_doing", "backed_by", "subject_modifier")
CHAIN = ("background", "quoted", "in_time_phrase", "about_another_act", "unrealised", "cause_of_another_act",
         "content_of_a_blocked_text", "fronted_background", "earlier_in_a_relative", "toll_of_leaving",
         "ended_or_talked_about", "intercepted_weapons", "relative_on_a_thing", "venue_of_another_act",
         "in_an_aside", "setting_or_topic", "forecast_warning", "summary_of_a_war", "measures_target",
         "measures_in_force", "decision_as_cause", "lasting", "appeal_to_no_one", "earlier_in_a_relative_clause",
         "long_before_the_news", "awaited", "prevented", "what_it_means", "long_held", "subject_of_a_modal",
         "standing_sanctions", "what_it_called", "scheduled", "content_of_a_document", "asked",
         "demanded_act", "purpose_infinitive")
POST = ("police_searches", "protest_slogans", "one_violent_act", "without_complement_artifacts",
        "without_protest_demands", "without_redundant_ground", "without_protest_reason", "violent_repression",
        "repressed_protests", "addressed_to_itself", "blame_for_violence", "protest_causes", "riot_with_police",
        "ordinary_news", "private_doers", "protests_abroad", "beside_another_target", "described_as_its_own",
        "on_the_named_victims", "crowd_side", "unclaimed_guests", "distinct")


class Tracer:
    """Wraps the names ``events.py`` calls so each trigger's path through the stage is recorded."""

    def __init__(self) -> None:
        self.sentence = -1
        self.log: dict[tuple, dict] = {}  # (sentence, start, rule id) -> what happened
        self.made: dict[str, tuple] = {}  # event id -> (key of its match)
        self.removed: dict[str, str] = {}  # event id -> the later filter that dropped it

    def key(self, match: Match) -> tuple:
        return (self.sentence, match.start, match.rule.id)

    def entry(self, match: Match) -> dict:
        return self.log.setdefault(self.key(match), {"match": match, "sentence": self.sentence})

    def install(self) -> None:
        self._wrap("_sentence_events", self._sentence)
        for name in PRE + CHAIN:
            self._wrap(name, functools.partial(self._test, name))
        self._wrap("frame_for", self._frame_for)
        self._wrap("_reported_demand", self._demand)
        self._wrap("implied_targets", self._implied)
        self._wrap("frame_pairs", self._frame_pairs)
        self._wrap("not_on_itself", self._not_on_itself)
        self._wrap("_event", self._event)
        for name in POST:
            self._wrap(name, functools.partial(self._post, name))

    def _wrap(self, name: str, how) -> None:
        original = getattr(ev, name)
        setattr(ev, name, functools.partial(how, original))

    def _sentence(self, original, doc, sentence, *args):
        self.sentence = sentence.index
        return original(doc, sentence, *args)

    def _test(self, name, original, *args):
        result = original(*args)
        match = next((a for a in args if isinstance(a, Match)), None)
        if match is not None and result:
            self.entry(match).setdefault("true", []).append(name)
        return result

    def _frame_for(self, original, st, match, *args):
        frame = original(st, match, *args)
        self.entry(match)["framed"] = True
        return frame

    def _demand(self, original, st, match, frame, mood, main):
        self.entry(match)["mood"] = mood.effect + ":" + str(mood.cue)
        self.entry(match)["true"] = []  # the chain passed: later tests are the demand/purpose ones
        return original(st, match, frame, mood, main)

    def _implied(self, original, st, match, frame, mood, coded, *args):
        e = self.entry(match)
        e["coded"] = coded
        result = original(st, match, frame, mood, coded, *args)
        e["implied"] = result is not None
        return result

    def _frame_pairs(self, original, frame, match, fallback, sentence):
        e = self.entry(match)
        if "sources" not in e:
            e["sources"] = [m.actor.primary if m.actor else "?" + m.text for m in frame.sources]
            e["targets"] = [m.actor.primary if m.actor else "?" + m.text for m in frame.targets]
            e["fallback"] = [r.primary for r in fallback]
        return original(frame, match, fallback, sentence)

    def _not_on_itself(self, original, st, match, pairs):
        result = original(st, match, pairs)
        e = self.entry(match)
        e["pairs_in"] = [(s.primary, t.primary) for s, t, _ in pairs]
        e["pairs"] = [(s.primary, t.primary) for s, t, _ in result]
        return result

    def _event(self, original, doc, sentence, ctx, match, coded, *args):
        event = original(doc, sentence, ctx, match, coded, *args)
        self.entry(match).setdefault("events", []).append(event.id)
        self.made[event.id] = (event.source.primary, event.target.primary, event.root)
        return event

    def _post(self, name, original, *args):
        before = next(a for a in args if isinstance(a, list))
        result = original(*args)
        kept = {e.id for e in result}
        for e in before:
            if e.id not in kept:
                self.removed.setdefault(e.id, name)
        return result


def _step(entry: dict, gold: dict, tracer: Tracer, final: set) -> tuple[int, str]:
    """How far one trigger got (higher is further) and the cause in words."""
    roots, pair = gold_roots(gold), (gold["source"], gold["target"])
    if not entry.get("framed"):
        names = [n for n in entry.get("true", []) if n in PRE]
        return (0, "prefilter " + ",".join(names) + ":") if names else (1, "skip/answered:")
    if "mood" not in entry:
        return 2, "filter " + ",".join(entry.get("true", [])[-1:]) + ":"
    if "coded" not in entry:
        names = [n for n in entry.get("true", []) if n in ("demanded_act", "purpose_infinitive")]
        return 3, ("filter " + names[-1] + ":") if names else "mood " + entry["mood"].split(":")[0] + ": " + entry["mood"]
    if not entry.get("implied"):
        return 4, "implied-none:"
    if not entry.get("pairs_in"):
        nosrc = not entry.get("sources") or all(s.startswith("?") for s in entry["sources"])
        notgt = not entry.get("targets") and not entry.get("fallback")
        what = "neither" if nosrc and notgt else "no source" if nosrc else "no target" if notgt else "no pairs"
        return 5, f"{what}: src={entry.get('sources')} tgt={entry.get('targets')} fb={entry.get('fallback')}"
    if not entry.get("pairs"):
        return 6, f"not_on_itself: {entry['pairs_in']}"
    made = [(i, tracer.made[i]) for i in entry.get("events", [])]
    if not made:
        return 7, f"same actor/duplicate: {entry['pairs']}"
    right = [i for i, t in made if t[:2] == pair and t[2] in roots]
    if right:
        gone = [tracer.removed.get(i, "renamed?") for i in right if i not in final]
        return 10, "later filter " + ",".join(gone) + ":"
    if any(t[2] in roots for _, t in made):
        return 8, "other pair: " + str([t for _, t in made])
    return 9, "recoded: " + str([t for _, t in made])


def classify(item, doc, tracer: Tracer, gold: dict) -> tuple[str, str]:
    roots, pair = gold_roots(gold), (gold["source"], gold["target"])
    predicted = {(e.source.primary, e.target.primary, e.root) for e in doc.events}
    final = {e.id for e in doc.events}
    if any(t[2] in roots and t[:2] != pair for t in predicted):
        others = sorted(t for t in predicted if t[2] in roots)
        how = "reversed" if any(t[:2] == pair[::-1] for t in others) else \
            "source wrong" if any(t[1] == pair[1] for t in others) else \
            "target wrong" if any(t[0] == pair[0] for t in others) else "both wrong"
        named = {m.actor.primary for s in doc.sentences for m in s.mentions if m.actor is not None}
        unseen = [a for a in pair if a not in named]
        return "d", f"{how}: {others}" + (f" (not named: {unseen})" if unseen else "")
    fired = [e for e in tracer.log.values() if e["match"].rule.code[:2] in roots
             or e.get("coded") and e["coded"][0][:2] in roots]
    if fired:
        step, cause = max(_step(e, gold, tracer, final) for e in fired)
        best = max(fired, key=lambda e: _step(e, gold, tracer, final)[0])
        m = best["match"]
        words = [t.text for t in doc.sentences[best["sentence"]].tokens[max(0, m.start - 2):m.end]]
        return "b", f"{cause} | rule {m.rule.id} s{best['sentence']} '{' '.join(words)}'"
    if any(t[:2] == pair for t in predicted):
        return "c", str(sorted(t for t in predicted if t[:2] == pair))
    return "a", ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per missed gold event")
    args = parser.parse_args()
    tracer = Tracer()
    tracer.install()
    ctx = context(default_knowledge())
    for path in args.gold:
        if is_sealed(path):
            sys.exit(f"{path}: a sealed file; only its totals may be read")
        kinds, causes = Counter(), Counter()
        for item in load_gold(path):
            tracer.log.clear()
            tracer.made.clear()
            tracer.removed.clear()
            doc = code_document(document_from_text(item.text, item.published, doc_id=item.id, url=item.url,
                                                    publisher=item.publisher), ctx)
            predicted = {(e.source.primary, e.target.primary, e.root) for e in doc.events}
            for g in item.events:
                if g.get("optional") or g["root"] == "01":
                    continue
                if any(t[:2] == (g["source"], g["target"]) and t[2] in gold_roots(g) for t in predicted):
                    continue
                kind, why = classify(item, doc, tracer, g)
                kinds[kind] += 1
                if kind in "bd":
                    causes[kind + " " + why.split(":")[0]] += 1
                if args.verbose:
                    print(f"{kind} {item.id} {g['source']}>{g['target']} {g['root']}: {why}")
        total = sum(kinds.values())
        print(f"{path.name}: {total} missed; " + ", ".join(f"({k}) {kinds[k]}" for k in "abcd"))
        print("  causes: " + ", ".join(f"{c} {n}" for c, n in causes.most_common()))


if __name__ == "__main__":
    main()
