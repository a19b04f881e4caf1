"""The author of what a reaction is about, when the text names only the thing.

"Chile's parliament passed a law ..., and Lima condemned it", "A Chilean inquiry
concluded ... Lima dismissed the inquiry": a condemnation, rejection or welcome
whose object is a pronoun or a definite noun for a text or decision (a law, a
ruling, an inquiry) that no earlier event coded is aimed at whoever made that
thing: the subject of an earlier clause of the sentence, else the subject of the
previous sentence. The events stage asks this only when the act has no target
and no earlier event to refer to.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention, Sentence
from .clauses import Structure, usable_subject
from .frames import EVENT_NOUNS
from .listed import listed_with

__all__ = ["REACTION_ROOTS", "agent_of_object", "author_of_object", "reacts_to_a_thing"]

REACTION_ROOTS = ("05", "11", "12")  # approve, disapprove, reject
_PRONOUNS = frozenset({"it", "this", "them"})
# things that someone makes or issues and others react to (not events in themselves)
THINGS = frozenset({"law", "laws", "bill", "ruling", "verdict", "inquiry", "investigation", "report", "findings",
                    "proposal", "proposals", "plan", "resolution", "decree", "referendum", "vote", "judgment",
                    "judgement", "accusation", "accusations", "allegation", "allegations", "claim", "claims",
                    "demand", "demands", "ultimatum", "offer", "announcement", "decision", "move", "step",
                    "statement", "remarks", "comments", "measure", "measures", "plans", "pact", "treaty",
                    "drills", "exercises"})
_PERSONAL = frozenset({"his", "her", "their"})
# what is done to people, whose author a reaction to "his/her/their <fate>" answers
_FATES = frozenset({"release", "freedom", "arrest", "detention", "jailing", "imprisonment", "sentencing",
                    "conviction", "expulsion", "deportation", "extradition", "pardon", "execution", "killing"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_ARTICLES = _DEFINITE | {"a", "an", "its", "their"}
_NOUN_REACH = 5  # tokens from the determiner to the "by" after the thing's noun ("the deadly cross-border attack by")
_GAP = frozenset({"on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also",
                  "swiftly", "quickly", "immediately", "strongly", "sharply", "firmly", "flatly", "new", "latest"})


def reacts_to_a_thing(st: Structure, match: Match) -> bool:
    """The trigger is a reaction whose object is "it" or "the <thing>" right after it."""
    if match.rule.code[:2] not in REACTION_ROOTS or "noun" in match.rule.flags:
        return False
    if match.end - match.start >= 3 and st.lower[match.end - 2] in _DEFINITE and st.lower[match.end - 1] in THINGS:
        return True  # the pattern names the thing itself: "rejected the proposal" (127/reject-plan)
    j = match.end
    while j < len(st.lower) and st.lower[j] in _GAP:
        j += 1
    if j >= len(st.lower):
        return False
    if st.lower[j] in _PRONOUNS:
        return True
    if st.lower[j] in _PERSONAL and j + 1 < len(st.lower) and st.lower[j + 1] in _FATES:
        return True  # "welcomed her release": an act done to someone, the act's author is reacted to
    if st.lower[j] not in _DEFINITE:
        return False
    return any(st.lower[k] in THINGS or st.lower[k] in EVENT_NOUNS for k in range(j + 1, min(j + 4, len(st.lower))))


def author_of_object(st: Structure, match: Match, speakers: set[str], previous: list[Mention],
                     prior: Sentence | None = None) -> list[Mention]:
    """The subject of an earlier clause (the last one before the trigger), else the previous sentence's
    (``prior`` holds it); a subject listed with others ("A, B and C held drills") brings the list."""
    def other(m: Mention) -> bool:
        return m.actor is not None and m.actor.primary not in speakers

    here = [m for m in st.sentence.mentions if m.end <= match.start and other(m) and usable_subject(st, m)]
    if here:
        return [m for m in listed_with(here[-1], st.sentence) if other(m)]
    before = [m for m in previous if other(m) and not m.locative and m.kind != "place" and not m.possessive]
    if before and prior is not None:
        return [m for m in listed_with(before[0], prior) if other(m)]
    return before[:1]


def agent_of_object(st: Structure, match: Match) -> list[Mention]:
    """"condemned the attack by Pakistani forces": the doer named by "by" after the thing reacted to.

    Only an actor that is no place ("the attack by the border" names no doer) and only right after "by"
    (after a determiner at most); "by drones", "by air" name no actor and leave the target alone.
    """
    if match.rule.code[:2] not in REACTION_ROOTS or "noun" in match.rule.flags:
        return []
    j = match.end
    while j < len(st.lower) and st.lower[j] in _GAP:
        j += 1
    if j >= len(st.lower) or st.lower[j] not in _ARTICLES:
        return []
    by = next((k for k in range(j + 1, min(j + 1 + _NOUN_REACH, len(st.lower))) if st.lower[k] == "by"), None)
    if by is None or by in st.blocked or any(st.lower[k] in (",", ";", ":") for k in range(j, by)) or not any(
            st.lower[k] in THINGS or st.lower[k] in EVENT_NOUNS for k in range(j + 1, by)):
        return []
    k = by + 1 + (by + 1 < len(st.lower) and st.lower[by + 1] == "the")
    agent = st.at_start.get(k)
    if agent is None or agent.actor is None or agent.locative or agent.kind == "place" or agent.actor.type == "place":
        return []
    return [agent]
