"""Stage ``subcodes``: a root-level code takes the codebook's subcode from its sentence.

Reads the events and the sentences' tokens; rewrites an event's code (same root) when a
row of ``data/lexicon/subcodes.tsv`` (``knowledge/subcodes.py``) matches: its ``from`` is
the event's code or rule, and its cue words stand in the trigger's clause (``after``: from
the word after the trigger's head to the end of the clause, the rule's own object words
included ("ordered the departure of the UN peacekeepers"); ``before``: from the start of the clause to the
trigger; ``around``: the whole clause, trigger included; ``sentence``: the whole sentence). An event
composed from what a frame is about, or already refined, is left alone; an event whose code
another stage chose (an attack by gunmen made an assault, 180) takes only the rows for that
code, not those for its rule. A capture of a named place that no row refines occupies territory
(192, ``captured_place``). The rule id gains ``+sub:ROW``.
"""

from __future__ import annotations

import dataclasses

from ..model import Doc, Event, Sentence
from ..pipeline import Context, stage
from .captured_place import OCCUPY, ROW as OCCUPY_ROW, captured_place
from .in_kind import answered_in_kind
from .truce_deal import ROW as TRUCE_ROW, TRUCE, truce_deal

__all__ = ["refine_subcodes"]

_AFTER = 16  # tokens after the trigger looked at
_BEFORE = 10  # tokens before it (scope ``around``)
_NOTE = 8  # tokens a parenthesised place note after the trigger may hold
_HARD = frozenset({";", ":", "—", "–", "(", ")", "[", "]", ".", "!", "?"})
# words that open another clause after the trigger ("..., after talks in Beijing")
_FORWARD_ENDS = _HARD | {",", "after", "before", "while", "whereas", "although", "though", "because", "but",
                         "when", "since", "until", "despite", "following", "amid", "saying", "said", "says"}
_BACKWARD_ENDS = _FORWARD_ENDS | {"that", "which", "who", "told"}


@stage("subcodes")
def refine_subcodes(doc: Doc, ctx: Context) -> Doc:
    table = ctx.subcodes
    if table is None or not table.rows:
        return doc
    doc.events = [_refined(event, doc.sentences[event.sentence], ctx) for event in doc.events]
    doc.events = answered_in_kind(doc.events, lambda e, code, row: _recode(e, code, row, ctx))
    return doc


def _refined(event: Event, sentence: Sentence, ctx: Context) -> Event:
    base = event.rule.split("+")[0]
    if "+compose" in event.rule or "+sub" in event.rule or event.trigger_at < 0:
        return event  # a frame's subcode came from what it is about
    if base.split("/")[0] != event.code:  # another stage chose the code (an assault, not a fight)
        base = ""  # only rows for the code apply, not those for the rule
    rows = ctx.subcodes.for_event(event.code, base)
    captured = event.code == "190" and captured_place(event, ctx.gazetteer, sentence)  # "recaptured Kidal"
    if not rows and event.code != "057" and not captured:
        return event
    lower = [t.lower for t in sentence.tokens]
    head = next((i for i, t in enumerate(sentence.tokens) if t.start == event.trigger_at), None)
    if head is None:
        return event
    end = _trigger_end(sentence, head, event.trigger_at + len(event.trigger))
    spans = {"after": (head + 1, _clause_end(lower, end)), "before": (_clause_start(lower, head), head),
             "around": (_clause_start(lower, head), _clause_end(lower, end)), "sentence": (0, len(lower))}
    for row in rows:
        if row.found(lower, *spans[row.scope]):
            return _recode(event, row.code, row.id, ctx)
    if captured:  # no row named the weapon or what was taken: a named place is territory
        return _recode(event, OCCUPY, OCCUPY_ROW, ctx)
    if event.code == "057" and truce_deal(event.trigger, lower, *spans["after"]):  # "signed a deal ... to end the fighting"
        return _recode(event, TRUCE, TRUCE_ROW, ctx)
    return event


def _trigger_end(sentence: Sentence, head: int, char_end: int) -> int:
    """The token index just after the trigger's text."""
    j = head + 1
    while j < len(sentence.tokens) and sentence.tokens[j].start < char_end:
        j += 1
    return j


def _clause_end(lower: list[str], start: int) -> int:
    j = start
    while j < len(lower) and j - start < _AFTER and lower[j] not in _FORWARD_ENDS:
        j += 1
    if j < len(lower) and lower[j] == "(":  # a place note "(District, Province)" does not end the clause
        close = next((k for k in range(j + 1, min(j + _NOTE, len(lower))) if lower[k] == ")"), None)
        if close is not None:
            return _clause_end(lower, close + 1)
    return j


def _clause_start(lower: list[str], head: int) -> int:
    j = head
    while j > 0 and head - j < _BEFORE and lower[j - 1] not in _BACKWARD_ENDS:
        j -= 1
    return j


def _recode(event: Event, code: str, row_id: str, ctx: Context) -> Event:
    entry = ctx.codebook.get(code)
    if entry is None or code == event.code:
        return event
    return dataclasses.replace(event, **entry.event_fields(), rule=f"{event.rule}+sub:{row_id}")
