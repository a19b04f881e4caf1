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
from ..timex.tables import WEEKDAYS
from .clauses import Structure, usable_subject
from .act_nouns import names_an_act
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
_NOUN_ENDS = frozenset({"on", "at", "in", "as", "of", "by", "and", "but", "with", "from", "for", "to", "after",
                        "before", "during", "while", "which", "that", "a", "an", "the"})  # a word after the phrase
_ARTICLES = _DEFINITE | {"a", "an", "its", "their"}
_NOUN_REACH = 5  # tokens from the determiner to the "by" after the thing's noun ("the deadly cross-border attack by")
_GAP = frozenset({"on", *WEEKDAYS, "also",
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
    end = min(j + 4, len(st.lower))
    if any(st.lower[k] in THINGS or st.lower[k] in EVENT_NOUNS for k in range(j + 1, end)):
        return True
    head = next((k for k in range(j + 1, end) if not st.lower[k].isalpha() or st.lower[k] in _NOUN_ENDS), end) - 1
    return head > j and st.at_end.get(head) is None and st.sentence.tokens[head].text[:1].islower() \
        and names_an_act(st.lower[head])  # "welcomed the release"


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
    An act noun with an "of" phrase reaches further, and any nominal in "-ion", "-ure", "-ing", "-ment"
    or "-al" before "of" is one: "began investigating the shelling of a border village by Israeli
    forces", "denounced as unacceptable the closure of the broadcaster's bureau by Russian authorities",
    "demanded the return of two compounds seized by the United States" (the victim or the thing done
    is not the target; the doer is). Roots 09 and 10 too: an inquiry into an act, a demand to undo it.
    """
    if match.rule.code[:2] not in _AGENT_ROOTS or "noun" in match.rule.flags:
        return []
    j = _after_gap(st, match.end)
    lower = st.lower
    if j < len(lower) and lower[j] in _ARTICLES:
        noun = next((k for k in range(j + 1, min(j + 1 + _NOUN_REACH, len(lower))) if _act_noun(lower, k)), None)
    elif j == match.end < len(lower) and lower[j] in ("of", "by") and match.end - match.start > 1 \
            and _act_noun(lower, j - 1):
        noun = j - 1  # the pattern ends on the act noun: "an inquiry into the killing | of", "defied a ruling | by"
    else:
        return []
    if noun is None:
        return []
    reach = _OF_REACH if noun + 1 < len(lower) and lower[noun + 1] == "of" else _NOUN_REACH
    by = next((k for k in range(noun + 1, min(noun + 1 + reach, len(lower))) if lower[k] == "by"), None)
    if by is None or by in st.blocked or any(lower[k] in _BREAKS for k in range(match.end, by)) \
            or any(h in st.heads for h in range(noun + 1, by) if not lower[h].endswith("ed")):
        return []
    k = by + 1 + (by + 1 < len(lower) and lower[by + 1] in ("the", "a", "an"))
    agent = st.at_start.get(k)
    if agent is None or agent.actor is None or agent.locative or agent.kind == "place" or agent.actor.type == "place":
        return []
    return [agent]


_AGENT_ROOTS = frozenset({"05", "09", "10", "11", "12"})
_OF_REACH = 9  # tokens from an act noun with an "of" phrase to its "by" ("the closure of the German broadcaster's Moscow bureau by")
_NOMINAL = ("ion", "ions", "ure", "ures", "ing", "ings", "ment", "ments", "al")
_RULINGS = frozenset({"order", "orders", "verdicts", "rulings", "judgments", "judgements", "call", "calls", "request",
                      "requests", "appeal", "appeals", "offer", "offers", "plans", "terms", "use", "treatment",
                      "abuse", "abuses", "crimes", "conduct", "role", "handling"})
_PREPS = frozenset({"against", "over", "at", "to", "about", "into"})
_SPEAKERS = frozenset({"it", "they", "he", "she", "we"})
_CALLED = frozenset({"called", "described", "termed", "branded", "considered", "saw", "sees", "calls", "describes"})
_BREAKS = frozenset({",", ";", ":", "and", "but", "which", "who", "that", "after", "while"})


def _after_gap(st: Structure, j: int) -> int:
    """The first token after time words, adverbs and a predicative "as <word>" ("denounced as illegal the ...")."""
    while j < len(st.lower):
        if st.lower[j] in _GAP:
            j += 1
        elif st.lower[j] == "as" and j + 2 < len(st.lower) and st.lower[j + 1].isalpha() and st.lower[j + 2] in _ARTICLES:
            j += 2
        elif st.lower[j] in _PREPS and j + 1 < len(st.lower) and st.lower[j + 1] in _ARTICLES:
            j += 1  # "expressed outrage at the killing of ... by", "objected to the deployment of ... by"
        elif st.lower[j] == "what" and j + 2 < len(st.lower) and st.lower[j + 1] in _SPEAKERS \
                and st.lower[j + 2] in _CALLED:  # "condemned what it called a flagrant violation ... by"
            j += 3 + (j + 3 < len(st.lower) and st.lower[j + 3] == "as")
        else:
            return j
    return j


def _act_noun(lower: list[str], k: int) -> bool:
    """A thing or act noun: a listed one, or a nominal ("closure", "shelling", "removal") before "of"."""
    word = lower[k]
    if word in THINGS or word in EVENT_NOUNS or word in _RULINGS:
        return True
    return k + 1 < len(lower) and lower[k + 1] == "of" and len(word) > 5 and word.endswith(_NOMINAL)
