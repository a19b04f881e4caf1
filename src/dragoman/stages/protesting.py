"""People named by any role are people of their state when they protest or strike.

Roles that speak for a government (officials, lawmakers, judges: GOV, LEG, JUD) are not resolved
from a place (:mod:`.generic`): "officials in Brussels" are not Belgium's. But "judges went on
strike over pay", "lawyers marched against the new penal code", "MPs staged a sit-in" are people of
their own state protesting, as monitors code them ("Protesters (Country)"): the subject of a
protest, strike, march, sit-in, boycott or riot (root 14) takes the state of the place, the story
or the publisher like any generic actor, and keeps its own agent code (JUD, LEG, MED, EDU ...).

The subject is read by position: the role is followed, through at most a few auxiliary or light
words ("went on", "have staged a", "began their"), by a protest word. Only the few words after a role
still without a state are read.
"""

from __future__ import annotations

from ..model import Mention, Sentence

__all__ = ["GLUE", "PROTEST_WORDS", "protest_subject"]

# the heads of root-14 acts, as verbs or as the noun of a light verb ("went on strike")
PROTEST_WORDS = frozenset({
    "protest", "protests", "protested", "protesting", "demonstrate", "demonstrated", "demonstrating",
    "march", "marched", "marching", "rally", "rallied", "rallying", "strike", "strikes", "striking",
    "riot", "rioted", "rioting", "boycott", "boycotted", "boycotting", "picket", "picketed", "picketing",
    "sit-in", "sit-ins", "walkout", "walked", "downed", "down", "demonstration", "demonstrations",
})

# words that may stand between the subject and the protest word: auxiliaries, light verbs, articles,
# adverbs of time and degree ("have been on strike since", "staged a sit-in", "also marched")
GLUE = frozenset({
    "on", "went", "go", "goes", "gone", "have", "has", "had", "were", "are", "was", "is", "been", "be",
    "staged", "stage", "held", "hold", "began", "begun", "begin", "started", "start", "launched", "embarked",
    "a", "an", "their", "also", "again", "continued", "continue", "declared", "called", "out", "off",
    "today", "yesterday", "still", "reportedly", "allegedly", "indefinite", "peaceful", "sit", "-", "in",
    "mass", "street", "hunger", "general", "openly",
})
_NEEDS = {"down": "tools", "downed": "tools", "walked": "out"}  # "downed tools", "walked out"
_REACH = 5  # words after the role: "have been on an indefinite strike"


def protest_subject(mention: Mention, sentence: Sentence) -> bool:
    """Whether a role mention is the subject of a protest act in its sentence: a protest word
    follows it through glue words only ("Judges went on strike", "lawyers marched", "MPs staged a
    sit-in"); at most a few words after the mention are read."""
    toks = sentence.tokens
    for k in range(mention.end, min(len(toks), mention.end + _REACH + 1)):
        word = toks[k].lower
        if word in PROTEST_WORDS:
            return word not in _NEEDS or k + 1 < len(toks) and toks[k + 1].lower == _NEEDS[word]
        if word not in GLUE:
            return False
    return False
