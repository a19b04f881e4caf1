"""Who made the thing a reaction names again: "Kyiv adopted an education law. Hungary called the law
shameful" judges Kyiv.

A definite noun phrase after a verb of judgement ("called the law shameful", "rejected the plan",
"welcomed the resolution") repeats a noun the text introduced before with an indefinite article, as
the object of a verb whose subject made it: "<actor> adopted/unveiled/passed a(n) [...] law". That
subject is the target, before any act coded earlier (the law's adoption may give no event at all, so
the last act's actors would be taken instead). Looked for in this sentence before the trigger, then
in the previous sentence with actors; only for approval, disapproval and rejection (05, 11, 12) and
only for things an actor issues (laws, plans, resolutions, deals: ``reaction.THINGS``), not acts.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import ActorRef, Doc, Mention, Sentence
from .clauses import Structure
from .frames import Frame
from .listed import listed_with, sentence_of
from .reaction import THINGS

__all__ = ["maker_of_named_thing"]

_ROOTS = ("05", "11", "12")
# acts, not things an actor issues: their doer is found from the coded events
_NOT_ISSUED = frozenset({"decision", "move", "step", "drills", "exercises", "vote", "accusation", "accusations",
                         "allegation", "allegations", "claim", "claims", "comments", "remarks", "findings"})
_INDEFINITE = frozenset({"a", "an"})
_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "also", "recently", "formally", "just"})
_MODIFIERS = 3  # words between the article and the noun: "an education law", "a new security plan"


def maker_of_named_thing(st: Structure, match: Match, frame: Frame, doc: Doc,
                         previous: list[Mention]) -> list[ActorRef]:
    """The actor that made the thing "the <noun>" right after the trigger names, if the text said so
    with "<actor> <verb>ed a(n) ... <noun>" before; else nothing."""
    if match.rule.code[:2] not in _ROOTS or not frame.sources:
        return []
    noun = _named_thing(st, match)
    if noun is None:
        return []
    mine = {m.actor.primary for m in frame.sources if m.actor is not None}
    prior = sentence_of(doc, previous[0], st.sentence.index) if previous else None
    for sentence, until in ((st.sentence, match.start), (prior, len(prior.tokens) if prior else 0)):
        maker = _maker(sentence, noun, until, mine) if sentence is not None else None
        if maker is not None:  # "Britain, France and Germany adopted a law": all three
            return [ActorRef.of(m) for m in listed_with(maker, sentence)
                    if m.actor is not None and m.actor.primary not in mine]
    return []


def _named_thing(st: Structure, match: Match) -> str | None:
    """The noun of "the <noun>" that is the trigger's object (inside the pattern or right after it)."""
    lower = st.lower
    for k in range(match.head + 1, min(match.end + 2, len(lower) - 1)):
        if lower[k] == "the" and lower[k + 1] in THINGS and lower[k + 1] not in _NOT_ISSUED:
            return lower[k + 1]
    return None


def _maker(sentence: Sentence, noun: str, until: int, mine: set[str]) -> Mention | None:
    """The subject of "<subject> <verb> a(n) [up to three words] <noun>" in ``sentence`` before ``until``."""
    tokens = sentence.tokens
    at_end = {m.end: m for m in sentence.mentions}
    for k in range(min(until, len(tokens)) - 1, 1, -1):
        if tokens[k].lower != noun:
            continue
        a = next((j for j in range(k - 1, max(k - 2 - _MODIFIERS, 0), -1) if tokens[j].lower in _INDEFINITE), None)
        if a is None or not all(tokens[j].text.isalpha() or tokens[j].text == "-" for j in range(a + 1, k)):
            continue
        verb = a - 1
        if not (tokens[verb].text.isalpha() and tokens[verb].text.islower() and tokens[verb].lower.endswith("ed")):
            continue
        j = verb
        while j > 0 and tokens[j - 1].lower in _AUXILIARIES:
            j -= 1
        subject = at_end.get(j)
        if subject is None or subject.actor is None or subject.locative or subject.kind == "place" \
                or subject.actor.primary in mine:  # the speaker's own law is no reaction's target
            return None
        return subject
    return None
