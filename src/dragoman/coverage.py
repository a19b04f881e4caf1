"""Lexicon coverage over the CAMEO codebook: per code, its rules, its test sentences
and the coder's recall on them.

Test sentences are gold items (the format of ``../shared/gold/README.md``). An item
with a ``code`` field tests that code (the per-code test file); its events of that
code are the ones to recall (of its root, when none gives a full code). In files
without such a field, every scored gold event that gives a full code is a test of
that code, and its item the test sentence. A test event is recalled when the coder
gives an event with the same source, target and full code; ``root_recall`` counts
the same root (or an ``alt_roots`` root).

A code's rules are its lexicon rules (ours, and derived ones counted apart) and the
composition rows that can give it (``data/lexicon/composition.tsv``: "urged X to
release" is 0253). Only working rules count: a rule whose example sentence does not
give its code (from that rule, with the example's source and target) is listed apart
as ``broken`` and does not count towards the three; a composition row counts when its
example gives a code of the row (its own subcode, or for ``14*1`` one of the protest
codes). Root 01
(statements) is listed but never flagged: the gold standard does not annotate or
score it (``../shared/gold/README.md``), so neither rules nor test sentences for it
could be measured.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .evaluate import GoldItem, load_gold
from .knowledge import Knowledge

__all__ = ["CodeCoverage", "MINIMUM", "code_tests", "coverage", "read_tests", "table"]

MINIMUM = 3  # rules and test sentences a code needs not to be flagged
UNSCORED = ("01",)  # roots the gold standard does not annotate: listed, never flagged

Predict = Callable[[GoldItem], list[tuple[str, str, str]]]  # item -> [(source, target, full code)]
Fires = Callable[[str], list[tuple[str, str, str, str]]]  # sentence -> [(source, target, full code, rule id)]


@dataclass(slots=True)
class CodeCoverage:
    code: str
    label: str
    rules: list[str] = field(default_factory=list)  # our own rule ids
    derived: list[str] = field(default_factory=list)  # rule ids with a source (petrarch2)
    composed: list[str] = field(default_factory=list)  # composition row ids that can give the code
    broken: list[str] = field(default_factory=list)  # rule and row ids whose example does not give the code
    sentences: set[str] = field(default_factory=set)  # test item ids
    events: int = 0
    recalled: int = 0
    root_recalled: int = 0

    @property
    def recall(self) -> float | None:
        return self.recalled / self.events if self.events else None

    @property
    def root_recall(self) -> float | None:
        return self.root_recalled / self.events if self.events else None

    @property
    def flags(self) -> list[str]:
        out: list[str] = []
        if self.code.startswith(UNSCORED):
            return out
        if len(self.rules) + len(self.derived) + len(self.composed) < MINIMUM:
            out.append("rules")
        if len(self.sentences) < MINIMUM:
            out.append("sentences")
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "label": self.label, "rules": self.rules, "derived_rules": self.derived,
                "composed_rules": self.composed, "broken_rules": self.broken, "scored": not self.code.startswith(UNSCORED),
                "sentences": len(self.sentences), "events": self.events,
                "recall": None if self.recall is None else round(self.recall, 4),
                "root_recall": None if self.root_recall is None else round(self.root_recall, 4),
                "flags": self.flags}


@dataclass(slots=True)
class _Tested(GoldItem):
    code: str | None = None  # the code this item tests


def _derived(source: str) -> bool:
    """A rule converted from another dictionary; a source ``ours:...`` records where one of our own
    rules took its facts from (``ours:codebook``, ``ours:petrarch2-verbs``) and stays ours."""
    return bool(source) and not source.startswith("ours:")


def code_tests(items: list[GoldItem], codes: dict[str, Any]) -> list[tuple[str, GoldItem, dict]]:
    """(code, item, gold event) for every test event of a code of the codebook."""
    out = []
    for item in items:
        code = getattr(item, "code", None)
        scored = [g for g in item.events if not g.get("optional")]
        if code:
            chosen = [g for g in scored if g.get("code") == code] or [g for g in scored if g["root"] == code[:2]]
            out += [(code, item, g) for g in chosen]
        else:
            out += [(g["code"], item, g) for g in scored if g.get("code") in codes]
    return out


def read_tests(paths: list[Path]) -> list[GoldItem]:
    """Gold items from the files, keeping each item's ``code`` field (a per-code test)."""
    import json

    items: list[GoldItem] = []
    for path in paths:
        loaded = load_gold(path)
        fields = [json.loads(line).get("code") for line in path.read_text(encoding="utf-8").splitlines()
                  if line.strip()] if path.suffix != ".json" else [None]
        for item, code in zip(loaded, fields):
            items.append(_Tested(item.id, item.published, item.text, item.events, item.url, item.publisher, code)
                         if code else item)
    return items


def _gives(fires: Fires | None, rule_id: str, example: str, codes: list[str]) -> bool:
    """Whether the example (``sentence || SRC>TGT``) gives one of the codes from this rule or row."""
    if fires is None:
        return True
    sentence, _, expected = example.partition("||")
    source, _, target = expected.strip().partition(">")
    for s, t, code, rule in fires(sentence.strip()):
        if (s, t) == (source, target) and code in codes and (rule.split("+")[0] == rule_id
                                                             or rule.endswith(f"compose:{rule_id}")):
            return True
    return False


def coverage(knowledge: Knowledge, items: list[GoldItem], predict: Predict,
             fires: Fires | None = None) -> list[CodeCoverage]:
    """One row per code of the codebook, in code order.

    With ``fires`` (the coder on one sentence), a rule or composition row counts only when
    its example gives its code; the others are listed as broken.
    """
    rows = {c: CodeCoverage(c, knowledge.codebook[c].label) for c in sorted(knowledge.codebook)}
    for rule in knowledge.lexicon.rules:
        if rule.code in rows:
            if not _gives(fires, rule.id, rule.example, [rule.code]):
                rows[rule.code].broken.append(rule.id)
                continue
            (rows[rule.code].derived if _derived(rule.source) else rows[rule.code].rules).append(rule.id)
    for row in knowledge.composition.rows:
        codes = row.produces(rows)
        working = _gives(fires, row.id, row.example, codes)
        for code in codes:
            (rows[code].composed if working else rows[code].broken).append(row.id)
    predicted: dict[str, list[tuple[str, str, str]]] = {}
    for code, item, gold in code_tests(items, rows):
        row = rows[code]
        row.sentences.add(item.id)
        row.events += 1
        if item.id not in predicted:
            predicted[item.id] = predict(item)
        pair = [c for s, t, c in predicted[item.id] if (s, t) == (gold["source"], gold["target"])]
        roots = {gold["root"], *gold.get("alt_roots", [])}
        row.recalled += code in pair
        row.root_recalled += any(c[:2] in roots for c in pair)
    return list(rows.values())


def table(rows: list[CodeCoverage]) -> str:
    """A fixed-width table, flagged codes marked, and a closing count."""
    lines = [f"{'code':<5} {'ours':>4} {'p2':>4} {'comp':>4} {'dead':>4} {'tests':>5} {'recall':>6} {'root':>6}  {'flag':<15} label"]
    for r in rows:
        recall = "-" if r.recall is None else f"{r.recall:.2f}"
        root = "-" if r.root_recall is None else f"{r.root_recall:.2f}"
        flag = "not scored" if r.code.startswith(UNSCORED) else ",".join(r.flags)
        lines.append(f"{r.code:<5} {len(r.rules):>4} {len(r.derived):>4} {len(r.composed):>4} {len(r.broken):>4} "
                     f"{len(r.sentences):>5} "
                     f"{recall:>6} {root:>6}  {flag:<15} {r.label[:50]}")
    flagged = sum(1 for r in rows if r.flags)
    unscored = sum(1 for r in rows if r.code.startswith(UNSCORED))
    note = f"; {unscored} of root 01 not flagged (statements are not annotated or scored)" if unscored else ""
    lines.append(f"{len(rows)} codes; {flagged} flagged (fewer than {MINIMUM} working rules, composition rows "
                 f"included, or {MINIMUM} test sentences){note}")
    return "\n".join(lines) + "\n"
