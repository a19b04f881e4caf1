"""Clause structure without a parser: boundaries, subjects, objects, coordination.

A sentence is cut into clauses at punctuation and subordinating words. A
trigger's source is the nearest actor to its left that stands in subject
position (not after a preposition, not a place, not a bare possessor) — or,
when its clause has none, the subject it shares with an earlier verb ("X
closed ... and froze ..."), the antecedent of a relative pronoun ("Israel,
which recalled ..."), or the sentence's main subject (", killing ...").
Targets are searched to the right, inside the clause. Coordinated actors
("Spain, Ireland and Norway") travel together as a group.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Mention, Sentence
from ..timex.tables import WEEKDAYS
from .gapped import sum_follows

__all__ = ["ACTING_FOR_OF", "Structure", "analyse", "before_phrase", "in_what", "sentence_facts"]

SUBORDINATORS = {"which", "who", "whom", "whose", "where", "while", "whereas", "although", "though",
                 "because", "but", "after", "before", "when", "that", "saying", "said", "says",
                 "told", "as", "since", "until", "amid", "despite", "following", "according",
                 "unless", "if", "whether", "so"}
HARD = {";", ":", "—", "–", "(", ")", "[", "]"}
PREPOSITIONS = {"of", "to", "with", "from", "on", "against", "at", "for", "by", "into", "over",
                "about", "between", "among", "towards", "toward", "upon", "via", "under",
                "than", "like", "including", "behind", "beyond", "across", "in", "near", "alongside",
                "beside", "besides", "along", "amid", "despite", "per", "unlike",
                "outside", "inside", "throughout", "around", "within", "through"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "some", "several", "all", "both",
               "other", "two", "three", "four", "many", "more", "than", "most", "dozens", "hundreds",
               "thousands", "scores", "of", "senior", "top", "new", "former", "fellow"}
AGENTIVE = {"decision", "move", "plan", "bid", "refusal", "attempt", "effort", "efforts", "call",
            "offer", "push", "willingness", "readiness", "announcement", "choice", "pledge",
            "vow", "promise", "intention", "leader", "leaders", "government", "president",
            "forces", "troops", "army", "military", "navy", "officials", "ministry", "decree",
            "law", "order", "policy", "ruling", "rules", "regulation", "regime", "administration",
            "governments", "ministers", "delegations", "negotiators", "forces", "armies",
            "paper", "statement", "letter", "note", "communique", "declaration", "message", "report",
            "countries", "nations"}  # "X and Y announced that their countries would restore relations"
CONNECTORS = {",", "and", "or", "as", "well"}
_GROUP_SKIP = {"the", "his", "her", "its", "their"}
_LEFT_OF_GROUP = frozenset(CONNECTORS | _GROUP_SKIP)  # what may stand between two members of a list


@dataclass(slots=True)
class Structure:
    """Per-sentence lookup tables shared by every trigger of the sentence."""

    sentence: Sentence
    lower: list[str]
    starts: list[int]  # sorted token indices where a clause starts (0 first)
    at_end: dict[int, Mention]  # last token index -> mention
    at_start: dict[int, Mention]  # first token index -> mention
    blocked: set[int]  # token indices inside mentions
    stops: set[int]  # punctuation token indices
    heads: set[int]  # token indices of verb triggers
    covered: set[int]  # token indices inside any trigger match


_NOT_STOPS = frozenset({"-", "'s", "’s", "$", "€", "£", "%"})


def analyse(sentence: Sentence, trigger_heads: list[int], covered: set[int] = frozenset(),
            facts: tuple[list[str], set[int], list[int]] | None = None) -> Structure:
    """``facts``: the sentence's lower-cased tokens, the token indices inside mentions and those of
    the tokens that start with a symbol (:func:`sentence_facts`), when the caller has them already."""
    lower, blocked, symbols = facts or sentence_facts(sentence)
    at_end = {m.end - 1: m for m in sentence.mentions}
    at_start = {m.start: m for m in sentence.mentions}
    tokens = sentence.tokens
    stops = {i for i in symbols if tokens[i].text not in _NOT_STOPS}
    starts = _clause_starts(lower, blocked, trigger_heads)
    return Structure(sentence, lower, starts, at_end, at_start, blocked, stops, set(trigger_heads),
                     set(covered))


def sentence_facts(sentence: Sentence) -> tuple[list[str], set[int], list[int]]:
    """The lower-cased tokens, the token indices inside mentions, and the indices of the tokens
    that start with a symbol (punctuation, a possessive 's) rather than a letter or digit."""
    tokens = sentence.tokens
    lower = [t.lower for t in tokens]
    blocked = {i for m in sentence.mentions for i in range(m.start, m.end)}
    symbols = [i for i, w in enumerate(lower) if not w[0].isalnum()]  # lower-casing keeps a letter a letter
    return lower, blocked, symbols


def _clause_starts(lower: list[str], blocked: set[int], heads: list[int]) -> list[int]:
    starts = [0]
    relative_open = False
    for i, word in enumerate(lower):
        if i in blocked or i == 0:
            continue
        if word == "," and relative_open:  # "X, who opened the talks, welcomed ...": back to X's clause
            starts.append(i)
            relative_open = False
            continue
        if word == "," and lower[starts[-1]] == "since" and lower[starts[-1] + 1][:1].isdigit():
            starts.append(i)  # "troops, deployed there since 2011, killed ...": a date ends at its comma
            continue
        if word in ("who", "which") and lower[i - 1] == ",":
            relative_open = True
        if word in HARD:
            starts.append(i)
        elif word in SUBORDINATORS:
            starts.append(i)
        elif word == "," and i + 1 < len(lower) and lower[i + 1].endswith("ing") and i + 1 not in blocked:
            starts.append(i)
        elif word == "and" and lower[i - 1] == "," and any(starts[-1] <= h < i for h in heads):
            starts.append(i)
        elif word == "," and _reporting_follows(lower, i, blocked):
            starts.append(i)
    return starts


REPORTING_VERBS = {"said", "says", "announced", "told", "added", "stated", "reported", "confirmed"}


def _reporting_follows(lower: list[str], i: int, blocked: set[int]) -> bool:
    """", President Biden announced": a comma before a speaker and a reporting verb."""
    j = i + 1
    while j < len(lower) and (j in blocked or lower[j] in ("the", "a", "an")):
        j += 1
    return j > i + 1 and j < len(lower) and lower[j] in REPORTING_VERBS


def before_phrase(st: Structure, start: int, words: frozenset[str], reach: int) -> int:
    """The token before the noun phrase that ends at ``start``: stepping back over ``words``
    (determiners, modifiers) and actor names, at most ``reach`` tokens; -1 at the sentence's start."""
    j = start - 1
    while j >= 0 and start - j <= reach and (st.lower[j] in words or j in st.blocked):
        j -= 1
    return j


def clause_of(st: Structure, i: int) -> tuple[int, int]:
    """(start, end) token range of the clause holding token ``i``."""
    start, end = 0, len(st.lower)
    for s in st.starts:
        if s <= i:
            start = s
        elif s > i:
            end = s
            break
    return start, end


def governed(st: Structure, mention: Mention) -> str | None:
    """The preposition in front of a mention (skipping determiners and adjectives), if any."""
    j = mention.start - 1
    skipped = 0
    while j >= 0 and skipped < 4 and (st.lower[j] in DETERMINERS and st.lower[j] not in ("of", "than")
                                       or st.lower[j].isdigit()):
        j -= 1
        skipped += 1
    if j >= 1 and st.lower[j] == "than" and st.lower[j - 1] in _COMPARED and j + 1 < mention.start \
            and (st.lower[j + 1][:1].isdigit() or st.lower[j + 1] in DETERMINERS):
        return None  # "more than 30 militants surrendered": a count, not a comparison's "than"
    if j >= 0 and st.lower[j] in PREPOSITIONS:
        return None if _leader(st.lower, j) or _count(st.lower, j, skipped) else st.lower[j]
    return None


_COMPARED = frozenset({"more", "fewer", "less"})
_NUMBER_WORDS = frozenset({"two", "three", "four", "dozens", "hundreds", "thousands", "scores", "dozen", "hundred",
                           "thousand", "several"})
_ABOUT = frozenset({"over", "about", "around"})


def _count(lower: list[str], j: int, skipped: int) -> bool:
    """"Over 100 Russian troops", "About 300 Kenyan students" opening a clause: a count before the actor,
    not a preposition (the word after it is a number; "more than 40 X" is read above)."""
    if not skipped or not (lower[j + 1][:1].isdigit() or lower[j + 1] in _NUMBER_WORDS):
        return False
    return lower[j] in _ABOUT and (j == 0 or lower[j - 1] in (",", "-", "—", "and", "but", "while"))


def _leader(lower: list[str], j: int) -> bool:
    """"donors led by the EU", "states, led by Barbados,": the leader stands for an unnamed group
    (no agent of a passive: "the talks were led by Norway" keeps its "by")."""
    return lower[j] == "by" and j > 0 and lower[j - 1] in ("led", "headed") \
        and (j < 2 or lower[j - 2] not in ("was", "were", "is", "are", "be", "been", "being"))


def usable_subject(st: Structure, mention: Mention) -> bool:
    if mention.actor is None or mention.locative or mention.kind == "place":
        return False
    prep = governed(st, mention)
    if prep == "of" and (_acts_through_of(st, mention) or _staff_of_a_body(st, mention)):
        return True  # "Thousands of Georgians filled the streets", "University of Ghana lecturers went on strike"
    if prep == "to" and mention.start >= 2 and st.lower[mention.start - 2] in ("loyal", "allied"):
        return True  # "Forces loyal to Ouattara arrested Gbagbo"
    if prep == "at" and _people_at(st, mention):
        return True  # "Judges at the ICC authorised an investigation"
    if prep is not None:
        return False
    if mention.possessive:
        j = mention.end + (0 if mention.kind == "pronoun" else 1)
        for k in range(j, min(j + 3, len(st.lower))):
            if st.lower[k] in AGENTIVE:
                return True
        return False
    return True


_ACTING_FOR_OF = {  # words before "of" whose actor acts: "thousands of Georgians", "leaders of ASEAN"
    "thousands", "hundreds", "dozens", "scores", "tens", "millions", "some", "many", "most", "all", "groups",
    "crowds", "members", "supporters", "hundred", "thousand", "group", "number", "handful", "band", "crowd",
    "delegation", "team", "contingent", "unit", "units", "squad", "battalion", "battalions", "convoy",
    "fleet", "each", "both", "none", "one", "two", "three",
    "leader", "leaders", "officials", "ministers", "heads", "head", "representatives", "envoys", "delegates",
    "chief", "chiefs", "government", "governments", "forces", "troops", "army", "soldiers", "police",
    "authorities", "spokesman", "spokeswoman", "spokesperson", "navy", "president", "prime", "minister",
    "secretary", "foreign", "militants", "fighters", "rebels",
    # a body of an organisation or state acts for it: "the board of the IMF", "the board of governors of
    # the IAEA", "the cabinet of Lebanon", "the foreign ministry of Japan"
    "board", "governors", "directors", "council", "cabinet", "ministry", "committee", "commission",
    "assembly", "parliament", "secretariat", "executive"
}


ACTING_FOR_OF = frozenset(_ACTING_FOR_OF)


STAFF = {"judges", "prosecutors", "officials", "diplomats", "experts", "negotiators", "inspectors",
         "investigators", "staff"}  # people "at" a body who act for it ("judges at the ICC")


def _people_at(st: Structure, mention: Mention) -> bool:
    j = mention.start - 1
    while j >= 0 and st.lower[j] in ("the", "a", "an"):
        j -= 1
    return j >= 1 and st.lower[j] == "at" and st.lower[j - 1] in STAFF


def _staff_of_a_body(st: Structure, mention: Mention) -> bool:
    """"University of Ghana lecturers", "Bank of Uganda staff": a role noun after the name that ends a
    body's "X of Y" name heads the whole phrase, and the people it names act."""
    j = mention.start - 1
    toks = st.sentence.tokens
    return mention.kind == "role" and mention.end - mention.start >= 2 and toks[mention.start].text[:1].isupper() \
        and j >= 1 and st.lower[j] == "of" and toks[j - 1].text[:1].isupper()


def _acts_through_of(st: Structure, mention: Mention) -> bool:
    """"Thousands of Georgians", "leaders of ASEAN": the words before "of" act for the actor after it."""
    j = mention.start - 1
    while j >= 0 and st.lower[j] in DETERMINERS - {"of"}:
        j -= 1
    if j >= 1 and st.lower[j - 1] == "members" and mention.actor is not None and mention.actor.type == "igo":
        return False  # "members of the United Nations" are its member states, not the UN
    return j >= 1 and st.lower[j] == "of" and st.lower[j - 1] in _ACTING_FOR_OF


def group_left(st: Structure, mention: Mention) -> list[Mention]:
    """The coordinated actors ending with ``mention``: "Spain, Ireland and [Norway]". "the two
    powers" after a comma and "and" names its own members, not the name before it."""
    if mention.kind == "description" and (mention.role or "").startswith(("pair", "group-")):
        return [mention]
    if mention.kind == "description" and mention.start >= 3 and st.lower[mention.start - 3:mention.start] == [",", "and", "the"]:
        return [mention]  # "... with Qatar, and the kingdom accused Doha": a new clause's subject
    group = [mention]
    current = mention
    while True:
        j = current.start - 1
        seen_connector = False
        while j >= 0 and st.lower[j] in _LEFT_OF_GROUP and not _lone_as(st.lower, j):
            seen_connector = seen_connector or st.lower[j] in CONNECTORS
            j -= 1
        previous = st.at_end.get(j)
        if not seen_connector or previous is None or previous.actor is None or previous.locative \
                or _object_of_opening_participle(st, previous, current) or _clause_after_object(st, previous, current):
            return list(reversed(group))
        group.append(previous)
        current = previous


def _lone_as(lower: list[str], j: int) -> bool:
    """"from Kigali, as M23 rebels advanced": an "as" outside "as well as" opens a clause of its own;
    it does not list the actors on its two sides."""
    if lower[j] != "as":
        return False
    return lower[j + 1:j + 3] != ["well", "as"] and lower[max(0, j - 2):j] != ["as", "well"]


def _clause_after_object(st: Structure, previous: Mention, current: Mention) -> bool:
    """"... offered $5 million to Sudan, Senegal promised $3 million": a comma alone after an actor
    governed by a preposition, before a subject with its own verb, starts a new clause."""
    return previous.start > 0 and st.lower[previous.start - 1] in PREPOSITIONS \
        and st.lower[previous.end:current.start] == [","] and starts_clause(st, current)


_MODIFIERS = 2  # lower-case words a role may carry outside its mention: "council police", "informal traders"


def _role_modifiers(st: Structure, edge: int, step: int) -> int:
    """How many lower-case words (at most two) stand beside token ``edge`` going ``step`` (-1: the
    words before a role mention; 1: the words after a connector): no mention, trigger, connector,
    determiner ("and a rebel militia" stays as it was) or punctuation among them."""
    n, k = 0, edge + step
    while n < _MODIFIERS and 0 <= k < len(st.lower):
        word = st.sentence.tokens[k].text
        if not word.isalpha() or not word[:1].islower() or st.lower[k] in _LEFT_OF_GROUP \
                or st.lower[k] in DETERMINERS or k in st.heads or k in st.blocked:
            break
        n, k = n + 1, k + step
    return n


def _object_of_opening_participle(st: Structure, previous: Mention, current: Mention) -> bool:
    """"Visiting Beijing, Macron held talks": the place ends the opening "-ing" clause that only a comma
    separates from the main clause's subject; it is not listed with that subject."""
    between = st.lower[previous.end:current.start]
    if not between or between[0] != "," or any(w not in DETERMINERS for w in between[1:]):
        return False
    first = 0
    while first < previous.start and not st.lower[first][:1].isalnum():
        first += 1
    opener = first < previous.start and st.sentence.tokens[first].text[:1].isupper() and (
        st.lower[first].endswith("ing") or st.lower[first] in _PHRASE_OPENERS)  # "During a visit to Kenya, X"
    return opener and not any(w in (",", ";") for w in st.lower[first:previous.start])


_PHRASE_OPENERS = frozenset({"during", "on", "after", "before", "at", "following", "ahead", "amid", "in", "after",
                             "upon", "with", "despite"})


def group_right(st: Structure, mention: Mention, limit: int, subject: bool = False) -> list[Mention]:
    """The coordinated actors starting with ``mention``: "[Israel] and the United States".

    For an object group, an actor followed by its own verb starts a new clause
    ("... on Chinese goods, and [Beijing] vowed") and is not part of the group.
    """
    group = [mention]
    current = mention
    while True:
        j = current.end + (1 if current.possessive and current.kind != "pronoun" else 0)
        seen_connector = False
        while j < limit and st.lower[j] in _LEFT_OF_GROUP and not _lone_as(st.lower, j):
            seen_connector = seen_connector or st.lower[j] in CONNECTORS
            j += 1
        nxt = st.at_start.get(j)
        if nxt is None and seen_connector:  # "police and informal traders"
            k = j + _role_modifiers(st, j - 1, 1)
            nxt = st.at_start.get(k) if k < limit and st.at_start.get(k) is not None \
                and st.at_start[k].kind == "role" else None
        if not seen_connector or nxt is None or nxt.actor is None or j >= limit \
                or (not subject and (starts_clause(st, nxt) or sum_follows(st.lower, nxt.end))):
            return group  # "... to Nepal, South Korea $5 million": a gapped clause's donor
        group.append(nxt)
        current = nxt


_AUX = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "may", "might",
        "did", "does", "said", "says", "must", "should"}
_TIME_WORDS = {"also", "then", "later", "earlier", "on", "last", "this", *WEEKDAYS, "today", "yesterday",
               "overnight", "quickly", "swiftly", "promptly", "immediately", "again"}


def starts_clause(st: Structure, mention: Mention) -> bool:
    """Whether a mention is the subject of a verb that follows it ("... and [Beijing] vowed")."""
    if mention.possessive:
        return False
    j = mention.end
    while j < len(st.lower) and st.lower[j] in _TIME_WORDS and j not in st.heads:
        j += 1
    return j < len(st.lower) and (j in st.heads or st.lower[j] in _AUX)


def in_what(st: Structure, subject: int) -> bool:
    """"..., in what Kyiv condemned as a war crime": the subject starting at ``subject`` opens a
    clause that judges the act it follows."""
    j = subject - 1
    while j >= 0 and st.lower[j] in ("the", "a", "an"):
        j -= 1
    return j >= 2 and st.lower[j] == "what" and st.lower[j - 1] == "in" and st.lower[j - 2] == ","
