"""Grammar checks on one trigger: an adjective, a habit, a plural relative, an elliptical number, a
time phrase, a quotation or background that makes a match no new act.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Sentence
from .clauses import DETERMINERS, PREPOSITIONS, Structure, clause_of
from .mood import REPORTING

__all__ = ["adjectival", "background", "clause_chars", "elliptical", "habitual", "in_time_phrase", "quoted", "thing_doing"]


_BEFORE_ADJECTIVE = {"the", "a", "an", "of", "with", "for", "their", "its", "his", "her", "newly", "recently",
                     "two", "three", "four", "five", "several", "dozens", "hundreds", "thousands", "many", "some"}


_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "these", "those", "this"})


def adjectival(lower: list[str], match: Match, mentions=()) -> bool:
    """A bare past participle modifying a noun is not the act: "planes carrying deported migrants",
    "the detained journalists". A name ending in -ing before it is a subject, not a participle
    ("Beijing hosted Pakistan's army chief")."""
    if match.start != match.head or match.head + 1 >= len(lower):
        return False
    word, before = lower[match.head], lower[match.head - 1] if match.head else ""
    if match.end != match.head + 1:  # "the occupied city of Kherson", "the annexed regions": no verb after "the"
        return before in _ARTICLES and word.endswith("ed") and lower[match.head + 1].isalpha() \
            and lower[match.head + 1] not in PREPOSITIONS and lower[match.head + 1] not in DETERMINERS
    after = lower[match.end]
    if not word.endswith("ed") or not (word in match.rule.participles or match.rule.verb):
        return False
    follows_noun = after.isalpha() and after not in PREPOSITIONS and after not in DETERMINERS \
        and after not in ("and", "or", "by", "as", "on", "that", "who", "which")
    counted = before.isdigit() and not (match.head >= 2 and lower[match.head - 2] == "/")  # "on 27/06 attacked X": a date
    return follows_noun and (before in _BEFORE_ADJECTIVE or before in PREPOSITIONS or counted
                             or before.endswith("ing")  # "comments on jailed activists"
                             and not any(m.start <= match.head - 1 < m.end for m in mentions))


_NOT_NOUNS = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "and", "or", "who", "which",
              "that", "it", "they", "he", "she", "we", "also", "publicly", "formally", "repeatedly", "then", "again",
              "later", "previously", "once", "not", "never", "had", "having", "officially", "openly", "directly"}


_HELD_WORDS = {"jailed", "detained", "imprisoned", "arrested", "kidnapped", "abducted", "held"}


def thing_doing(sentence: Sentence, match: Match) -> bool:
    """"new units targeting Russia", "sanctions targeting its banks": "targeting" right after a plain
    plural noun (no actor) describes the thing; it is not an attack. (Every -ing form of violence
    after such a noun was tried: the shared dev set lost two events.) So does "accused of" right after
    a plain noun ("recruiters accused of luring Kenyans"), or "jailed in", "held by" ("a filmmaker jailed in
    Russia"): a reduced relative that says who the people are, no act of the clause's subject."""
    k = match.head
    if k >= 1 and (sentence.tokens[k].lower == "accused" and match.rule.code.startswith("112")
                   and k + 1 < len(sentence.tokens) and sentence.tokens[k + 1].lower == "of"
                   or sentence.tokens[k].lower in _HELD_WORDS and match.rule.code[:2] in ("17", "18")
                   and k + 1 < len(sentence.tokens) and sentence.tokens[k + 1].lower in ("in", "by", "since", "for")):
        before = sentence.tokens[k - 1]  # "recruiters accused of luring Kenyans": who they are, no accusation
        held = sentence.tokens[k].lower in _HELD_WORDS  # "a Ukrainian writer jailed in Russia"
        return before.text.isalpha() and before.text.islower() and before.lower not in _NOT_NOUNS \
            and (held or not any(m.start <= k - 1 < m.end for m in sentence.mentions))
    if match.rule.id != "190/target" or k < 1 \
            or not sentence.tokens[k].lower.endswith("ing"):
        return False
    before = sentence.tokens[k - 1]
    named = any(m.start <= k - 1 < m.end for m in sentence.mentions)
    return not named and before.text.islower() and before.lower.endswith("s") and before.lower.isalpha() \
        and before.lower not in ("was", "is", "has", "this", "its", "his", "as", "thus", "plus")


def habitual(st: Structure, match: Match) -> bool:
    """"The group carries out sporadic attacks": a present-tense verb with no date is a habit, not an event."""
    if "noun" in match.rule.flags or not (st.lower[match.head] in match.rule.thirds or _plural_relative(st, match)):
        return False
    start, end = clause_chars(st, match)
    return not any(start <= t.start < end for t in st.sentence.times)


def _plural_relative(st: Structure, match: Match) -> bool:
    """"militants who carry out attacks", "groups that kidnap civilians": a base-form verb right after
    a relative pronoun is a plural present, a habit like "the group carries out attacks"."""
    word = st.lower[match.head]
    k = match.start - 1
    return match.head == match.start and k >= 1 and st.lower[k] in ("who", "that", "which") \
        and st.lower[k - 1] not in REPORTING and word not in match.rule.participles \
        and word not in match.rule.gerunds and not word.endswith(("ed", "ing")) \
        and (not match.rule.thirds or _base_form(word, match.rule.thirds))  # not "workers who took to the streets"


def _base_form(word: str, thirds: frozenset[str]) -> bool:
    """A verb's base form, known by its third person ("take": "takes"); an irregular past ("took",
    "shot", "fled") has none."""
    return word + "s" in thirds or word + "es" in thirds or word[-1:] == "y" and word[:-1] + "ies" in thirds


def clause_chars(st: Structure, match: Match) -> tuple[int, int]:
    start, end = clause_of(st, match.head)
    tokens = st.sentence.tokens
    return tokens[start].start, tokens[end - 1].end if end > start else tokens[start].end


_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                 "several", "some", "more", "another", "others"}


def elliptical(st: Structure, match: Match) -> bool:
    """"... and Germany expelled four": the object is left out and repeats an earlier act's."""
    j = match.end
    while j < len(st.lower) and st.lower[j] in ("each", "also", "too"):
        j += 1
    if j >= len(st.lower) or not (st.lower[j].isdigit() or st.lower[j] in _NUMBER_WORDS):
        return False
    k = j + 1
    return k >= len(st.lower) or not st.lower[k].isalpha() or st.lower[k] in ("of", "in", "on", "from", "each")


def in_time_phrase(sentence: Sentence, match: Match) -> bool:
    """"Two months after the attack": the trigger names the anchor, it is not a new act."""
    at = sentence.tokens[match.head].start
    return any(t.start <= at < t.end - len(t.anchor_text or "") for t in sentence.times)


def quoted(sentence: Sentence, match: Match) -> bool:
    """A trigger inside quotation marks is someone's words ("a stab in the back"), not an act."""
    at = sentence.tokens[match.head].start
    return any(a < at < b for a, b in sentence.quotes)


def background(st: Structure, match: Match) -> bool:
    """A trigger in a "since ..." clause is background ("since the junta took power")."""
    start, _ = clause_of(st, match.head)
    return st.lower[start] == "since" and start < match.start
