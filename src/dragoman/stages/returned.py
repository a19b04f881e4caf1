"""", and V-ed" after a demand's or an appeal's complement returns to the main clause.

"China demanded that Japan's prime minister retract the remarks, and summoned Japan's ambassador",
"Argentina demanded that Caracas grant safe-conduct passes to six opposition figures, and accused
the Maduro government of harassing the building": a demand (10) or an appeal (02) takes its
complement in the base form ("that X retract", "X to halt"), so a verb in the past tense after
", and" cannot belong to it. It is the demander's second act, a second event for the pair: its
subject is the demander, not the last actor named inside the complement, and the demand's mood
(what is demanded is not reported as done) does not reach it.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure
from .frames import ADVERBS, Frame

__all__ = ["back_to_main"]

_DIRECTIVE = ("02", "10")  # appeals and demands
_COMPLEMENT = frozenset({"that", "to"})
_BREAKS = frozenset({";", ":"})
_JOINS = frozenset({"and", "but"})


def back_to_main(st: Structure, match: Match, matches: list[Match], frames: dict[int, Frame],
                 frame: Frame) -> Frame | None:
    """The demander's frame for a past-tense verb after ", and" that follows the complement of an
    earlier demand or appeal by a named actor; None when the sentence does not read so."""
    if not match.rule.verb or "noun" in match.rule.flags:
        return None
    lower = st.lower
    j = match.start - 1
    while j > 1 and (lower[j] in ADVERBS or lower[j].endswith("ly")):
        j -= 1
    if j < 2 or lower[j] != "and" or lower[j - 1] != ",":
        return None
    if not _past(lower[match.head], match):
        return None
    directive = next((m for m in reversed(matches) if m.head < j - 1 and m.rule.code[:2] in _DIRECTIVE
                      and m.head in frames and _past(lower[m.head], m)), None)
    if directive is None:
        return None
    first = frames[directive.head]
    if first.inherited or not first.sources or any(m.actor is None for m in first.sources):
        return None
    between = lower[directive.end:j - 1]
    if not _COMPLEMENT.intersection(between[:8]) or _BREAKS.intersection(between) \
            or any(a == "," and b in _JOINS for a, b in zip(between, between[1:])):
        return None  # no complement opens after the demand, or another clause joins in between
    mine = {m.actor.primary for m in first.sources}
    targets = [m for m in frame.targets if m.actor is not None and m.actor.primary not in mine] \
        or _object(st, match, mine)
    return Frame(list(first.sources), targets, inherited=True, subject_end=j)


def _object(st: Structure, match: Match, mine: set[str]) -> list:
    """The first actor named in the match or right after it, before any comma ("summoned Japan's
    ambassador"): found again, since the roles stage read it with the wrong subject."""
    for m in st.sentence.mentions:
        if m.start < match.start or m.start > match.end + 3:
            continue
        if any(w == "," for w in st.lower[match.end:m.start]):
            break
        if m.actor is not None and m.actor.primary not in mine and not m.locative and m.kind != "place":
            return [m]
    return []


def _past(word: str, match: Match) -> bool:
    """A past-tense form: regular "-ed", or an irregular past participle of the rule's verb."""
    return word.endswith("ed") or word in match.rule.participles
