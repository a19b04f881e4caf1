"""The mood of an act named by a noun its doer possesses, when the noun is the object of a verb
("said they would resume their attacks on Israeli shipping", "could step up its strikes on the
ports"): the auxiliaries of that verb govern the act. Without this the noun's mood was read in the
two tokens before it ("resume their"), and the act was coded as done.
"""

from __future__ import annotations

from .mood import Mood, mood_of
from .passive import auxiliaries_before
from .clauses import clause_of

__all__ = ["governing_verb_mood"]

_PARTICLES = frozenset({"up", "down", "off", "out", "back"})
_BEFORE_OWNER = frozenset({"a", "an", "the", "new", "fresh", "renewed", "major", "wider", "further"})
_REACH = 8  # tokens before an infinitive searched for the modal of the verb that governs it
_ADVERBS = frozenset({"otherwise", "soon", "again", "further", "probably", "immediately"})  # "would otherwise resume"


def governing_verb_mood(st, governors, match, frame) -> Mood | None:
    """The mood of the verb whose object is the possessed act noun at ``match``, when auxiliaries
    stand before that verb and one of them governs (would, could, may ...); else None."""
    owners = [m.start for m in frame.sources if m.end <= match.start and m.start >= match.start - 4]
    owner = min(owners) if owners else match.start - 1
    verb = owner - 1
    while verb > 0 and st.lower[verb] in _BEFORE_OWNER:
        verb -= 1  # "order a new military offensive"
    if verb > 0 and st.lower[verb] in _PARTICLES:
        verb -= 1  # "step up its strikes"
    if verb <= 0 or not st.lower[verb].isalpha():
        return None
    clause_start, _ = clause_of(st, match.head)
    if verb <= clause_start:
        return None
    first = verb
    while first - 1 > clause_start and st.lower[first - 1] in _ADVERBS:
        first -= 1
    aux = auxiliaries_before(st.lower, first, clause_start)
    if aux is None:
        return None
    mood = mood_of(st, governors, aux, first)
    if mood.effect == "none" and st.lower[first - 1] == "to":  # "could push Petro to order a new offensive"
        outer = mood_of(st, governors, max(clause_start, first - _REACH), first - 1)
        mood = outer if outer.effect == "hypothetical" else mood
    return mood if mood.effect != "none" else None
