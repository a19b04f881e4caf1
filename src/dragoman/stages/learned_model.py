"""The learned fallback's pairs, features and model (shared by the stage and the training script).

A candidate is an ordered pair of actor mentions of one sentence (source, target) whose actors
differ. Its features are cheap and general: crude stems of the words between and next to the two
mentions, the first content word after the source, the bigrams between them, the pair's actor
types, and whether a negation, modal or forecast word is present. The model is a multinomial
logistic regression over CAMEO roots plus ``none``; its weights are a TSV (feature, root, weight).
"""

from __future__ import annotations

from ..knowledge.learned import NONE, LearnedModel
from ..model import Mention, Sentence
from ..timex.tables import WEEKDAYS

__all__ = ["BLOCK", "NONE", "LearnedModel", "candidate_pairs", "features", "stem"]

_MAX_ACTORS = 5  # a sentence naming more actors is a list, not one act between two of them
_GAP = 14  # words between the two mentions beyond which only "far" is noted

NEGATION = frozenset({"not", "n't", "no", "never", "nor", "neither", "without", "denied", "refused", "declined"})
MODAL = frozenset({"would", "could", "might", "may", "should", "must", "will", "shall", "can", "if", "unless"})
FORECAST = frozenset({"expected", "likely", "plans", "planned", "plan", "intends", "hopes", "hope", "considering",
                      "considered", "ready", "prepared", "possible", "future", "next", "upcoming", "proposed",
                      "threatened", "threatens", "warned", "warns", "urged", "urges", "called", "calls"})
# the stage codes nothing in a sentence with one of these: a negation, a modal, a condition or a
# forecast (the rules' mood checks look at a trigger's clause; with no trigger, the whole sentence)
BLOCK = frozenset({"not", "n't", "no", "never", "neither", "nor", "without", "would", "could", "might", "should",
                   "may", "if", "unless", "whether", "hope", "hopes", "hoped", "hoping", "expected", "likely",
                   "plans", "planned", "intends", "consider", "considering", "possible", "?"})
_FUNCTION = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or",
                       "its", "their", "his", "her", "has", "have", "had", "was", "were", "is", "are", "be", "been",
                       "that", "which", "who", "as", "it", "they", "this", "these", ",", "'s", "’s", "\"",
                       "“", "”", "-", "(", ")", "also", "late", "early", *WEEKDAYS, "last", "week", "month", "year", "officials",
                       "government", "president", "minister", "foreign", "prime"})


def stem(word: str) -> str:
    """A crude stem: "signed", "signing", "signs" -> "sign"; short words and symbols unchanged."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def candidate_pairs(sentence: Sentence) -> list[tuple[Mention, Mention]]:
    """Ordered (source, target) pairs of actor mentions whose actors differ, the nearest pair of
    mentions for each pair of actors; none when the sentence names fewer than two or more than
    ``_MAX_ACTORS`` actors."""
    usable = [m for m in sentence.mentions if m.actor is not None and not m.locative and m.kind != "place"]
    if len({m.actor.primary for m in usable}) not in range(2, _MAX_ACTORS + 1):
        return []
    best: dict[tuple[str, str], tuple[int, Mention, Mention]] = {}
    for a in usable:
        for b in usable:
            if a.actor.primary == b.actor.primary:
                continue
            key = (a.actor.primary, b.actor.primary)
            gap = abs(a.start - b.start)
            if key not in best or gap < best[key][0]:
                best[key] = (gap, a, b)
    return [(a, b) for _, a, b in (best[k] for k in sorted(best))]


def features(lower: list[str], source: Mention, target: Mention, present: frozenset[str]) -> list[str]:
    """The pair's features; ``present``: the sentence's lowercased words as a set."""
    first, second = (source, target) if source.start < target.start else (target, source)
    d = "f" if first is source else "r"  # the source named first, or the target
    between = lower[first.end:second.start]
    out = [f"dir={d}", f"types={source.actor.type}>{target.actor.type}", f"skind={source.kind}",
           f"tkind={target.kind}"]
    if source.possessive:
        out.append("spos")
    if target.possessive:
        out.append("tpos")
    if len(between) > _GAP:
        out.append(f"{d}far")
        between = between[:_GAP // 2]
    stems = [stem(w) for w in between if w not in _FUNCTION]
    out += [f"{d}b:{w}" for w in dict.fromkeys(stems)]
    out += [f"b2:{x}_{y}" for x, y in dict.fromkeys(zip(stems, stems[1:]))]
    after = [stem(w) for w in lower[second.end:second.end + 8] if w not in _FUNCTION][:3]
    out += [f"{d}a:{w}" for w in after]
    before = [stem(w) for w in lower[max(0, first.start - 6):first.start] if w not in _FUNCTION][-2:]
    out += [f"{d}p:{w}" for w in before]
    if target.start > 0:
        out.append(f"{d}t-1:{lower[target.start - 1]}")  # "to", "with", "against", "on" before the target
    if source.end < len(lower):
        out.append(f"{d}s+1:{stem(lower[source.end])}")
    verb = next((stem(w) for w in lower[source.end:source.end + 8] if w not in _FUNCTION), None)
    if verb is not None:
        out.append(f"sv:{verb}")
    for name, words in (("neg", NEGATION), ("modal", MODAL), ("fcast", FORECAST), ("blk", BLOCK)):
        if not present.isdisjoint(words):
            out.append(name)
    return out
