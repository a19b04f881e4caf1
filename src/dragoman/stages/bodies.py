"""Government bodies that name no state: the state of the person who owns them, or of the sentence before.

"President Maduro's government" is Venezuela's (:func:`body_of_possessor`).

"Kenya summoned the Ugandan ambassador on Monday. The ministry accused Kampala of
backing rebels.": "the ministry" names no state; as the subject of the next
sentence it is the previous subject's state's (its government, ``GOV``). Only a
government body or title ("the government", "the foreign ministry", "the
presidency", "the foreign minister"), never an embassy, an ambassador or an envoy
(they stand for their state abroad) nor a counterpart, only right at the start
of the sentence, and only when the previous subject is a state or one of its
people.

"Georgia's prime minister announced on Thursday that the government would suspend talks": a bare
body or title opening the clause a state or its official reports is the speaker's state's
(:func:`body_of_speaker`).

"DHAKA - ... The foreign ministry summoned Myanmar's ambassador", "LONDON - ... and the government
summoned Russia's ambassador": a bare government body or title that no sentence before gives a
state, opening its sentence or a clause joined by "and", is the government of the dateline's state
(:func:`body_of_dateline`), where a wire story's unnamed ministry sits.
"""

from __future__ import annotations

from ..knowledge.roles import Roles
from ..model import Actor, Mention, Sentence
from ..timex.tables import WEEKDAYS

__all__ = ["body_of_dateline", "body_of_possessor", "body_of_previous_subject", "body_of_speaker", "country_of_speaker",
           "title_code"]

_OPENING = {"the"}
_ADJUNCT = 6  # tokens of a short phrase fronted before the body and its comma ("In a statement,", "Later,")
# a mission and its people stand for a state abroad, a counterpart for the other side
_ABROAD = ("embass", "ambassador", "envoy", "counterpart", "consul")


def _opens(sentence: Sentence, mention: Mention) -> bool:
    """The body opens its sentence, or follows only a short fronted phrase that names no one ("In a
    statement, the ministry accused ...", "On Tuesday, the foreign ministry said")."""
    tokens = sentence.tokens[:mention.start]
    comma = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].text == ","), None)
    if comma is None:
        return all(t.lower in _OPENING for t in tokens)
    return 0 < comma <= _ADJUNCT and all(t.lower in _OPENING for t in tokens[comma + 1:]) \
        and not any(m.start < comma for m in sentence.mentions)


def body_of_previous_subject(mention: Mention, sentence: Sentence, previous_subject: Mention | None,
                             code: str) -> bool:
    """Give ``mention`` the previous subject's state as its government; True when it did."""
    words = mention.text.lower().split()
    if code != "GOV" or mention.role not in ("body", "title") or previous_subject is None \
            or any(w.startswith(_ABROAD) for w in words):
        return False
    actor = previous_subject.actor
    if actor is None or actor.type not in ("state", "person") or previous_subject.locative \
            or previous_subject.kind == "place":
        return False
    state = actor.country or actor.primary if actor.type == "person" else actor.primary
    if not state or not _opens(sentence, mention):
        return False
    mention.actor = Actor.in_role(state, code)
    mention.resolved_from = previous_subject.text
    return True


_POSSESSIVE = {"'s", "’s"}


def body_of_possessor(mention: Mention, sentence: Sentence, code: str) -> bool:
    """"President Maduro's government": a body or group right after a person's possessive is that
    person's state's; True when it gave ``mention`` an actor."""
    if not code or mention.role not in ("body", "group") or mention.start < 2 \
            or sentence.tokens[mention.start - 1].text not in _POSSESSIVE:
        return False
    owner = next((m for m in sentence.mentions if m.end == mention.start - 1), None)
    if owner is None or owner.actor is None or owner.actor.type != "person":
        return False
    state = owner.actor.country or owner.actor.primary
    if not state:
        return False
    mention.actor = Actor.in_role(state, code)
    mention.resolved_from = owner.text
    return True


_REPORTING = frozenset({"said", "says", "announced", "announces", "stated", "declared", "confirmed", "added",
                        "insisted", "indicated", "signalled", "signaled"})
_TIME_WORDS = frozenset({"on", "in", "late", "early", "last", "this", *WEEKDAYS, "night", "week", "day", "evening", "morning", "afternoon",
                         "yesterday", "today", "earlier", "later", "also"})


def body_of_speaker(mention: Mention, sentence: Sentence, code: str) -> bool:
    """"Georgia's prime minister announced on Thursday that the government would ...": a bare
    government body or title right after "(said|announced) (that) the" takes the state of the
    speaker named at most three tokens before the verb (time words between verb and "that" are
    skipped); True when it gave ``mention`` an actor. Never a mission abroad or a counterpart."""
    if code != "GOV" or mention.role not in ("body", "title") \
            or any(w.startswith(_ABROAD) for w in mention.text.lower().split()):
        return False
    return _speakers_state(mention, sentence, code)


def country_of_speaker(mention: Mention, sentence: Sentence) -> bool:
    """"Chile's president announced on Sunday that the country would apply for membership": "the
    country" (a description of a state) opening the clause a state or its official reports is the
    speaker's state, as a bare body is (:func:`body_of_speaker`); True when it gave ``mention`` an actor."""
    return mention.kind == "description" and mention.role == "state" and _speakers_state(mention, sentence, "")


def _speakers_state(mention: Mention, sentence: Sentence, code: str) -> bool:
    """Give ``mention`` (right after "(said|announced) (on Monday) (that) the") the state of the
    speaker named at most three tokens before the verb, with agent code ``code``."""
    toks = sentence.tokens
    if mention.start < 3:
        return False
    j = mention.start - 1
    if toks[j].lower != "the":
        return False
    j -= 1
    if toks[j].lower == "that":
        j -= 1
    limit = max(0, j - 4)
    while j > limit and toks[j].lower in _TIME_WORDS:  # "announced on Thursday that"
        j -= 1
    if toks[j].lower not in _REPORTING:
        return False
    speaker = next((m for m in reversed(sentence.mentions) if m.end <= j and j - m.end <= 3), None)
    if speaker is None or speaker.actor is None or speaker.locative or speaker.kind in ("place", "pronoun") \
            or speaker.actor.type not in ("state", "person"):
        return False
    actor = speaker.actor
    state = actor.country or actor.primary if actor.type == "person" else actor.primary
    if not state or not (len(state) == 3 and state.isalpha() and state.isupper()):
        return False
    mention.actor = Actor(state, state, state + code, f"{state} ({code})" if code else state, "state",
                         code or None)
    mention.resolved_from = speaker.text
    return True


def title_code(mention: Mention, roles: Roles) -> str:
    """The agent code of the title in a titled name we do not know ("Deputy Foreign Minister Sergei
    Ryabkov": the code of "foreign minister"), the longest listed title before the name; '' if none."""
    words = tuple(mention.text.lower().replace("-", " - ").split())
    for end in range(len(words) - 1, 0, -1):
        for start in range(end):
            role = roles.index.get(words[start:end])
            if role is not None:
                return role.role
    return ""


def body_of_dateline(mention: Mention, sentence: Sentence, here: str | None, code: str) -> bool:
    """Give a bare government body or title the dateline's state ``here``; True when it did."""
    words = mention.text.lower().split()
    if not here or code != "GOV" or mention.role not in ("body", "title") \
            or any(w.startswith(_ABROAD) for w in words):
        return False
    joined = mention.start >= 2 and sentence.tokens[mention.start - 1].lower in _OPENING \
        and sentence.tokens[mention.start - 2].lower == "and"  # "..., and the government summoned"
    if not (joined or _opens(sentence, mention) or _after_dateline(sentence, mention)):
        return False
    mention.actor = Actor.in_role(here, code)
    mention.resolved_from = "dateline"
    return True


_DASHES = frozenset({"-", "–", "—", "--"})
_DATELINE = 10  # tokens of a wire dateline at most ("KATHMANDU, May 18 (Reuters) -")


def _after_dateline(sentence: Sentence, mention: Mention) -> bool:
    """The body opens the first sentence right after its dateline ("DHAKA - The foreign ministry ...")."""
    tokens = sentence.tokens[:mention.start]
    dash = next((k for k, t in enumerate(tokens[:_DATELINE]) if t.text in _DASHES), None)
    return dash is not None and tokens[0].text.isupper() and all(t.lower in _OPENING for t in tokens[dash + 1:])
