"""Whether a noun names an act by its form: a nominalisation of a verb.

"Bolivia hailed the accord", "France welcomed the release", "Yemen denounced the listing", "the UN
deplored the reversal", "Berlin rejected the criticism": a reaction whose object is a definite noun
that names an act answers whoever did that act. The fixed lists of such nouns (``frames.EVENT_NOUNS``,
``reaction.THINGS``) cannot hold every one; English marks most of them by a suffix that turns a verb
into a noun (-tion, -sion, -ment, -al, -ing, -ure, -ance, -ence, -ism), and a few common ones share the
verb's form (a release, an accord, a ban). Nouns with those endings that name actors, places, times
or ordinary things are excluded (the government, the opposition, the capital, the morning).
"""

from __future__ import annotations

__all__ = ["names_an_act"]

_SUFFIXES = ("tion", "sion", "ment", "al", "ing", "ure", "ance", "ence", "ism")
# the verb's own form used as the act's noun
_SAME_FORM = frozenset({"release", "accord", "outcome", "ban", "deal", "visit", "veto", "boycott", "embargo",
                        "purge", "overhaul", "shutdown", "takeover", "crackdown", "handover", "pullout",
                        "buildup", "rebuff", "snub", "halt", "freeze"})
# nouns with an act's ending that name an actor, a place, a time or a thing
_NOT_ACTS = frozenset({
    "government", "governments", "parliament", "department", "movement", "establishment", "management",
    "opposition", "nation", "region", "union", "coalition", "commission", "delegation", "administration",
    "population", "station", "position", "situation", "organisation", "organization", "federation",
    "institution", "foundation", "mission", "section", "generation", "edition", "constitution",
    "capital", "official", "general", "tribunal", "hospital", "council", "principal", "international",
    "national", "original", "rival", "royal", "critical", "king", "building", "evening", "morning", "thing",
    "spring", "wing", "ring", "something", "nothing", "everything", "ceiling", "clothing", "housing",
    "structure", "culture", "future", "nature", "measure", "legislature", "literature", "temperature",
    "importance", "distance", "conference", "audience", "evidence", "existence", "residence", "violence",
    "sentence", "presence", "defence", "defense", "difference", "science", "tourism", "terrorism",
    "equipment", "environment", "instrument", "document", "apartment", "monument", "element", "moment",
})


def names_an_act(word: str) -> bool:
    """True when ``word`` (lower case) is a noun that names an act by its form."""
    if word in _SAME_FORM:
        return True
    return len(word) > 5 and word.endswith(_SUFFIXES) and word not in _NOT_ACTS
