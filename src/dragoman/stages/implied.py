"""The targets of an act whose clause names none, and the code it then takes.

Tried in order, first hit wins: an act repeated from an earlier actor ("took the same step"), the
thing a reaction names again ("called the law shameful") or an antecedent ("the decision"), the
author of what a reaction answers, the victim of the violence a ", killing ..." clause follows, a
named person killed (186), the host of a visit, the addressee told before, a target in a fronted or
trailing clause, the doer of what a response answers, an elided object ("... and Germany expelled
four"), and last the other side named in the story. Split out of ``events`` (its ``_implied``).
"""

from __future__ import annotations

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..model import ActorRef, Doc, Event, Mention
from .antecedents import antecedents, consequence, repeated
from .clauses import Structure
from .counterpart import other_side
from .event_checks import elliptical
from .event_codes import ATTACK_WORDS, named_victims
from .fronted import clause_target
from .listed import sentence_of
from .mood import Mood, apply_mood
from .named_thing import maker_of_named_thing
from .reaction import author_of_object, reacts_to_a_thing
from .responses import responded_to
from .roles import Frame
from .told import addressee_before

__all__ = ["implied_targets"]


_SPEECH = ("01", "02", "10", "11", "12", "13")
# acts the codebook names as other than a killing: an attempt on a named person's life stays an
# attempt (185), an abduction, a beating, torture or a human shield are not an assassination (186)
_NOT_KILLING = frozenset({"181", "182", "1821", "1822", "184", "185"})


def implied_targets(st: Structure, match: Match, frame: Frame, mood: Mood, coded: tuple[str, str, str],
             matches: list[Match], earlier: list[Event], out: list[Event],
             previous: list[Mention], doc: Doc) -> tuple[tuple[str, str, str], list[ActorRef]] | None:
    """The code and the targets of an act whose clause names no target: a repeated act ("took the same
    step"), an earlier event or actor, the victim of the act that ", killing ..." follows, the victim's
    own state (a leader "shot dead" by no one named), the host of a visit, an elided object ("...
    while Germany expelled four"). None when the act repeats nothing it can name."""
    code, polarity, modality = coded
    if "same" in match.rule.flags:  # "... took the step": the act an earlier actor took
        following = st.lower[match.end] if match.end < len(st.lower) else ""
        copied = None if following in ("of", "to", "towards", "toward", "forward", "back", "in") \
            else repeated(frame, earlier + out)  # "took the step of expelling": the act is named
        if copied is None:
            return None
        frame.targets = []
        return apply_mood(copied.code, mood), [copied.target]
    fallback = (maker_of_named_thing(st, match, frame, doc, previous)  # "called the law shameful"
                or antecedents(st, match, frame, earlier + out, previous)) if not frame.targets else []
    if not fallback and not frame.targets and frame.sources and reacts_to_a_thing(st, match):
        acts = [e for e in earlier + out if e.code[:2] not in _SPEECH]  # "welcomed it": an act, not a reaction
        frame.anaphora = True
        speakers = {m.actor.primary for m in frame.sources if m.actor is not None}
        speakers |= {e.source.primary for e in out if e.code[:2] in _SPEECH}  # "X condemned it while Y welcomed it"
        prior = sentence_of(doc, previous[0], st.sentence.index) if previous else None
        fallback = [ActorRef.of(m) for m in author_of_object(st, match, speakers, previous, prior)] \
            or antecedents(st, match, frame, acts, previous)  # "Lima condemned it"
    prior = next((e for e in reversed(out) if e.code[:2] in VIOLENT_ROOTS and any(
        m.actor is not None and m.actor.primary == e.source.primary for m in frame.sources)), None)
    if not fallback and prior is not None and consequence(st, match, frame, prior):
        frame.targets, fallback = [], [prior.target]  # "shot down a Ukrainian airliner, killing all 176 on board"
        code = prior.code  # the same act, counted once
    if not frame.sources and code[:2] in ("18", "19") and named_victims(frame) \
            and sum(m.rule.code[:2] in VIOLENT_ROOTS for m in matches) == 1 \
            and not any(w in ATTACK_WORDS for w in st.lower[match.end:match.end + 8]):  # no attack named
        frame.fallback = "home"  # "Abe was shot dead", "a student shot dead Rabin": at home
        code = code if code in _NOT_KILLING else "186"  # "an attempt on the life of X" stays 185
    elif frame.sources and code in ("180", "190") and named_victims(frame) and "kill" in match.rule.id \
            and not any(w in ATTACK_WORDS for w in st.lower[match.end:match.end + 8]):
        code = "186"  # "Israel killed Hamas's deputy leader in Beirut": a named person killed is assassinated
    if not frame.targets and not fallback and "sym" in match.rule.flags and len(frame.sources) == 1:
        host = next((e for e in reversed(out) if e.code[:3] in ("042", "043") and frame.sources[0].actor
                     and e.source.primary == frame.sources[0].actor.primary), None)
        fallback = [host.target] if host else []  # "Xi arrived in Pakistan and signed agreements": with the host
    if not frame.targets and not fallback and frame.sources:  # "X told Y it was ready to cooperate": with Y
        told = addressee_before(st.sentence, match.start, {m.actor.primary for m in frame.sources if m.actor})
        fallback = [ActorRef.of(told)] if told is not None else []
    if not fallback and frame.sources and (aimed := clause_target(st, match, frame, code)):
        fallback = [ActorRef.of(m) for m in aimed]  # "Demanding ..., X told Y", "..., X said, demanding"
    if not frame.targets and not fallback and (back := responded_to(st, match, frame, earlier + out)):
        fallback = back  # "... and Belarus answered by holding drills": at the doer of what it answers
    if not frame.targets and not fallback and out and elliptical(st, match):  # "... and Germany expelled four"
        fallback = [out[-1].target]  # the same act by another state; "... and police arrested dozens of them" keeps its own
        doers = {m.actor.primary for m in frame.sources if m.actor}
        own_act = doers == {out[-1].source.primary} and out[-1].rule.split("+")[0] != match.rule.id  # "dispersed ... and arrested 33 of them"
        if out[-1].code[:2] == code[:2] and not own_act or st.lower[match.head].endswith("ing") \
                or doers != {out[-1].source.primary}:
            code, polarity, modality = apply_mood(out[-1].code, mood)
    if not frame.targets and not fallback:  # "India shut the crossing. Islamabad warned ...": at India
        fallback = other_side(st, match, frame, code, earlier + out)
    return (code, polarity, modality), fallback
