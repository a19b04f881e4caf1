"""Acts a sentence names as what came before its news (issues 11, 12).

Two constructions of wire news describe a person, a thing or the present by an earlier act:

- a relative clause in the pluperfect ("the village that Israeli troops had bulldozed", "the
  area where militiamen had killed dozens"), a person described by what they have done ("the
  leader who has clashed with Brussels over migration"), or a relative clause dated in another
  year ("the envoy who brokered the 2018 truce");
- a clause anchored years before the news ("Ten years after Russia annexed Crimea, ...",
  "Decades after Indonesia invaded East Timor, ...", "Long before Moscow sent troops, ...").

Both are background, not the news, unless the clause names a day of the news ("the town that
rebels had seized on Friday").
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Sentence
from ..timex.tables import WEEKDAYS
from .clauses import Structure
from .mood import REPORTING

__all__ = ["earlier_in_a_relative_clause", "long_before_the_news", "long_held"]

_RELATIVES = frozenset({"who", "whom", "which", "that", "where", "whose"})
_PERSONAL = frozenset({"who", "whom"})
_ADVERBS = frozenset({"repeatedly", "already", "also", "previously", "once", "long", "reportedly", "allegedly",
                      "often", "twice", "since", "first", "just", "recently", "been", "never"})
# "that" after these opens what is said, believed or found, not a relative clause
_COMPLEMENT = REPORTING | frozenset({
    "believe", "believed", "believes", "claim", "claims", "claimed", "alleged", "alleges", "denied", "denies",
    "deny", "fear", "feared", "fears", "hope", "hoped", "know", "knew", "known", "found", "find", "finds", "show",
    "shows", "showed", "shown", "suggest", "suggests", "suggested", "evidence", "report", "reports", "reported",
    "news", "acknowledged", "admitted", "warned", "warns", "insisted", "argued", "argues", "noted", "notes",
    "recalled", "learned", "concluded", "clear", "so", "such", "now", "fact", "sign", "signs", "accused",
    "accusing", "alleging", "claiming", "saying", "telling", "tell", "tells", "informed", "assured", "ruled",
    "determined", "estimated", "thought", "felt", "realised", "realized", "convinced", "sure", "aware"})
_NEWS_DAYS = frozenset({"earlier", "yesterday", "today", "tonight", *WEEKDAYS, "overnight", "hours", "weekend"})
_SPAN = 7  # tokens between the relative word and the trigger (the clause's subject and auxiliaries)


def earlier_in_a_relative_clause(st: Structure, match: Match) -> bool:
    """A verb in a relative clause that the text marks as earlier than the news: a pluperfect,
    a present perfect describing a person ("who has clashed with"), or a year or "ago" in it."""
    if not match.rule.verb or "noun" in match.rule.flags or match.start < 2:
        return False
    lower = st.lower
    k = match.start - 1
    while k > 0 and lower[k] in _ADVERBS:
        k -= 1
    aux = lower[k] if lower[k] in ("had", "has", "have") else None
    j = _relative_word(lower, k if aux else match.start - 1)
    if j is None:
        return False
    clause = _clause_words(lower, j, match.end)
    if any(w in _NEWS_DAYS for w in clause):
        return False  # "the town that rebels had seized on Friday": dated as news
    if aux == "had" or aux is not None and lower[j] in _PERSONAL and j == k - 1:
        return True
    return "ago" in clause or any(len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") for w in clause)


def _relative_word(lower: list[str], last: int) -> int | None:
    """The relative word that opens the clause ending at token ``last``: within a few tokens, no
    comma or other clause between, attached to a word before it that does not take a complement."""
    for j in range(last, max(0, last - _SPAN) - 1, -1):
        word = lower[j]
        if word in (",", ";", ":", "(", ")", "and", "but") or (j < last and word in ("said", "says")):
            return None
        if word in _RELATIVES:
            if j == 0 or lower[j - 1] in _COMPLEMENT or word == "that" and (
                    lower[j - 1] in (",", ";") or any(w in _COMPLEMENT for w in lower[max(0, j - 6):j])):
                return None  # "said on Sunday that troops had ...": what was said
            return j
    return None


def _clause_words(lower: list[str], j: int, end: int) -> list[str]:
    """The relative clause from its relative word to the next comma (or the sentence's end)."""
    stop = next((k for k in range(end, len(lower)) if lower[k] in (",", ";", ":", ".")), len(lower))
    return lower[j:stop]


_LONG_UNITS = frozenset({"year", "decade", "century"})
_VAGUE_LEADS = frozenset({"years", "decades", "months", "long", "generations", "centuries"})
_LONG_SPANS = frozenset({"year", "years", "decade", "decades", "century", "centuries", "generation", "generations"})


def long_before_the_news(sentence: Sentence, match: Match) -> bool:
    """The trigger names the anchor of a time phrase that sets the news years after it ("Two years
    after Hamas fighters attacked Israel, the kibbutz remains empty", "..., more than a century after
    soldiers looted the artefacts"), or opens a sentence with "Years/Decades/Months/Long
    after|before ..." up to its comma."""
    at = sentence.tokens[match.head].start
    for t in sentence.times:
        if t.anchor_text and t.offset and t.offset[1] in _LONG_UNITS and t.end - len(t.anchor_text) <= at < t.end:
            return True
    toks = sentence.tokens  # read in place: this runs for every match
    if len(toks) >= 3 and toks[0].lower in _VAGUE_LEADS and toks[1].lower in ("after", "before"):
        comma = next((k for k in range(2, len(toks)) if toks[k].lower == ","), None)
        return comma is not None and match.end <= comma
    # "..., more than a century after British soldiers looted the artefacts": up to the clause's end
    k = match.start - 1
    while k > 0 and match.start - k <= _SPAN and toks[k].lower not in (",", ";", ":"):
        if toks[k].lower in ("after", "before") and toks[k - 1].lower in _LONG_SPANS:
            return True
        k -= 1
    return False


_SPANS = frozenset({"years", "decades", "months", "generations"})


def long_held(st: Structure, match: Match) -> bool:
    """"The Pentagon has long accused China of ...", "Tokyo has for years opposed ...", "have accused
    each other for decades": a present perfect with "long" or "for years" states a standing position,
    not an act of the day."""
    if not match.rule.verb or "noun" in match.rule.flags or match.start < 2:
        return False
    lower = st.lower
    k = match.start - 1
    if lower[k] == "long" and lower[k - 1] in ("has", "have", "had"):
        return True
    if k >= 2 and lower[k] in _SPANS and lower[k - 1] == "for" and lower[k - 2] in ("has", "have", "had"):
        return True
    after = lower[match.end:match.end + 8]
    return lower[k] in ("has", "have") and any(
        a == "for" and b in _SPANS for a, b in zip(after, after[1:]))
