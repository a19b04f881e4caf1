"""An announced act on a condition, or one only rumoured, is not yet decided.

"Spain said it would recognise the opposition leader unless Caracas called an election", "Japan
will lift the ban if the tests are clean": an act announced with "will" or "would" and then tied
to a condition ("unless", "if") after it has not been decided; the shared gold's README keeps
conditions as non-events. A condition the other side must meet ("unless ...", "if ... not") makes
an ultimatum instead (139, stages/ultimatum.py). Threats (root 13) are conditional by nature and stay, and so does
a stated readiness (an intent, root 03: "ready to help Greece if asked"), which the codebook codes
with its condition.

"Armenia will soon leave the bloc, a Moscow newspaper reported, citing unnamed sources": an act
in the future that no one who takes it has announced, only the press or unnamed sources, is a
report of what may come (the README's announcements are the deciding actor's own).
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure
from .mood import REPORTING

__all__ = ["anonymous", "awaited", "conditioned", "in_an_open_relative", "kept_from", "prevented", "rumoured"]

_REACH = 16  # tokens from the trigger to the condition
_NOT_CONDITION = frozenset({"as", "even", "asked", "ask", "asks", "whether", "see", "know"})


def conditioned(st: Structure, match: Match) -> bool:
    """Whether an "unless" or "if" follows the trigger in its sentence, with no reporting verb or
    semicolon between ("would recognise X unless Caracas called ...")."""
    for k in range(match.end, min(len(st.lower), match.end + _REACH)):
        word = st.lower[k]
        if word in (";", ":") or word in REPORTING:
            return False
        if word == "unless" or (word == "if" and st.lower[k - 1] not in _NOT_CONDITION):
            return True
    return False


_UNTIL = frozenset({"until", "till", "unless"})
_NOT_YET = frozenset({"will", "would", "wo", "not", "n't", "never", "refuse", "refused", "refuses", "refusing",
                      "could", "can", "must", "should", "may", "might"})


def awaited(st: Structure, match: Match) -> bool:
    """"Turkey said it would not approve Sweden's bid until Stockholm cracked down on Kurdish
    groups": an act in an "until" or "unless" clause of a main clause that is future, negated or
    modal is a condition still to be met, not an act done. ("Troops shelled the town until the
    rebels withdrew" has no such cue: the withdrawal happened.)"""
    k = match.start - 1
    while k >= 0 and st.lower[k] not in _UNTIL:
        if st.lower[k] in (";", ":", ".") or match.start - k > 12:
            return False
        k -= 1
    return k > 0 and any(w in _NOT_YET for w in st.lower[max(0, k - 12):k])


_HEARSAY = ("unnamed source", "anonymous source", "sources said", "sources say", "sources familiar", "citing sources",
            "newspaper reported", "newspaper said", "media reported", "media said", "reports said", "reportedly",
            "according to sources", "according to media", "according to the newspaper", "according to reports")


# unnamed people as the only source: what they say an actor plans is no one's stated intent
_ANONYMOUS = (*_HEARSAY[:6],  # the unnamed sources of hearsay, not the press
              "people familiar with", "persons familiar with", "familiar with the matter", "familiar with the plan",
              "familiar with the talks", "familiar with the negotiations", "who spoke on condition of anonymity",
              "who asked not to be named", "who declined to be named")


def anonymous(st: Structure) -> bool:
    """Whether the sentence attributes what it says to unnamed people ("two people familiar with the
    talks said", "sources said"), not to the actor or to the press."""
    text = " ".join(st.lower)
    return any(cue in text for cue in _ANONYMOUS)


def rumoured(st: Structure) -> bool:
    """Whether the sentence attributes what it says to the press or to unnamed sources."""
    text = " ".join(st.lower)
    return any(cue in text for cue in _HEARSAY)


_PREVENTING = frozenset({"block", "blocks", "blocked", "blocking", "veto", "vetoes", "vetoed", "vetoing", "prevent",
                         "prevents", "prevented", "preventing", "stall", "stalls", "stalled", "stalling", "halt",
                         "halts", "halted", "halting", "suspend", "suspends", "suspended", "suspending", "freeze",
                         "freezes", "froze", "frozen", "freezing", "stop", "stops", "stopped", "stopping", "end",
                         "ends", "ended", "ending", "oppose", "opposes", "opposed", "opposing"})
_NP = frozenset({"the", "a", "an", "its", "their", "his", "her", "any", "all", "further", "new", "more", "'s", "’s"})


def prevented(st: Structure, match: Match) -> bool:
    """"said he would veto the package, blocking EU support for Ukraine", "halted Western aid to
    Kyiv": an event noun that is the object of a verb of blocking, stopping or opposing names what
    does not happen; the blocking, where a rule codes it, is the act."""
    if match.rule.verb and "noun" not in match.rule.flags or match.start == 0:
        return False
    j = match.start - 1
    while j > 0 and (st.lower[j] in _NP or j in st.blocked):
        j -= 1
    return st.lower[j] in _PREVENTING


# verbs that keep someone from an act: "barred the government from deploying troops"
_KEEPING = frozenset(f"{stem}{end}" for stem, ends in (
    ("bar", ("", "s", "red", "ring")), ("ban", ("", "s", "ned", "ning")), ("stop", ("", "s", "ped", "ping")),
    ("prevent", ("", "s", "ed", "ing")), ("block", ("", "s", "ed", "ing")), ("prohibit", ("", "s", "ed", "ing")),
    ("forb", ("id", "ids", "ade", "idden", "idding")), ("deter", ("", "s", "red", "ring")),
    ("keep", ("", "s", "ing")), ("kept", ("",)), ("refrain", ("", "s", "ed", "ing")),
    ("restrain", ("", "s", "ed", "ing")), ("desist", ("", "s", "ed", "ing")), ("abstain", ("", "s", "ed", "ing")),
    ("dissuade", ("", "s", "d")), ("dissuading", ("",)), ("discourage", ("", "s", "d")), ("discouraging", ("",)),
    ("preclude", ("", "s", "d")), ("precluding", ("",)), ("enjoin", ("", "s", "ed", "ing"))) for end in ends)
_KEEP_REACH = 8  # tokens from the keeping verb to "from"


def kept_from(st: Structure, match: Match) -> bool:
    """"Kenya's court barred the government from deploying troops to Haiti", "a judge prevented
    Ghana from extraditing the activist", "urged Israel to refrain from attacking": an act in the
    "-ing" form after "from" that a verb of keeping governs does not happen; the keeping, where a
    rule codes it, is the act."""
    k = match.start
    if k < 2 or st.lower[k - 1] != "from" or not st.lower[match.head].endswith("ing"):
        return False
    for j in range(k - 2, max(-1, k - 2 - _KEEP_REACH), -1):
        word = st.lower[j]
        if word in (";", ":") or word == "," and j < k - 2:
            return False
        if word in _KEEPING:
            return True
    return False


_MODALS = frozenset({"could", "would", "might", "may", "can", "will"})


def in_an_open_relative(st: Structure, match: Match, start: int) -> bool:
    """"would support any agreement that Israel and Lebanon could reach", "would respond to any move
    that might threaten Russia": an actor named in a modal relative clause on "any ..." after the
    trigger belongs to what may come, not to the act; it is no target of it."""
    words = st.lower[match.end:start]
    if "any" not in words:
        return False
    k = words.index("any")
    rel = next((j for j in range(k + 1, len(words)) if words[j] in ("that", "which", "who")), None)
    return rel is not None and any(w in _MODALS for w in words[rel:]) or rel is not None and any(
        w in _MODALS for w in st.lower[start:start + 6])
