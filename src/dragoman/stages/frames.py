"""A trigger's frame (who acts on whom) and the word lists the role finders share."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Mention

__all__ = ["EVENT_NOUNS", "Frame", "ADVERBS", "REACTIONS", "others"]


ADVERBS = {"not", "also", "reportedly", "formally", "officially", "later", "then", "already",
            "recently", "allegedly", "never", "just", "first", "now", "repeatedly", "once", "again"}


@dataclass(slots=True)
class Frame:
    sources: list[Mention]
    targets: list[Mention]
    inherited: bool = False  # the source came from another clause
    fallback: str | None = None  # how the target was found when not in the clause: self | ant
    passive: bool = False
    subject_end: int = -1  # token index where the source ends (the mood window starts after it)
    anaphora: bool = False  # the object is an earlier event ("condemned the move"): target by antecedent
    unknown: bool = False  # the subject is someone we cannot name ("soldiers detained X and seized power")


EVENT_NOUNS = {"violence", "clashes", "unrest", "riots", "crackdown", "decision", "decisions", "move", "moves", "step", "steps", "expulsion", "expulsions",
               "attack", "attacks", "strike", "strikes", "recognition", "recognitions", "annexation",
               "invasion", "killing", "killings", "arrest", "arrests", "ban", "sanctions", "tariffs",
               "deportation", "deportations", "launch", "launches", "test", "tests", "raid", "raids",
               "bombing", "bombings", "execution", "executions", "crackdown", "coup", "remarks",
               "comments", "announcement", "measure", "measures", "decree", "action", "actions",
               "offensive", "incursion", "operation", "shooting", "downing", "seizure", "detention",
               "detentions", "policy", "law", "plan", "visit", "deal", "agreement", "statement",
               "expulsion", "incident", "provocation", "provocations", "violation", "violations",
               "manoeuvres", "maneuvers", "behaviour", "behavior", "blockade", "harassment", "intrusion",
               "intrusions", "incursions", "seizures", "ramming"}


def others(mention: Mention) -> list[Mention]:
    """Extra actors a description stands for ("the two leaders")."""
    return [Mention(mention.start, mention.end, mention.text, actor, mention.kind,
                    mention.char_start, mention.char_end) for actor in mention.others]


REACTIONS = {"02", "03", "05", "10", "11", "12", "13", "14"}
