"""Who does the act a verb names: the subject before it, across relative clauses, coordination, a speaker and a possessor."""

from __future__ import annotations

from ..knowledge.lexicon import Match
from ..model import Mention
from ..timex.tables import WEEKDAYS
from .clauses import DETERMINERS, PREPOSITIONS, Structure, governed, group_left, usable_subject

from .companions import companions
from .consequence import reported_doer
from .coordination import modifier_in_object
from .directives import directive_before
from .frames import EVENT_NOUNS, Frame, REACTIONS, ADVERBS, others
from .objects import object_of_a_verb
from .people_nouns import human_role, person_noun, target_people_role

__all__ = ["after_that", "people", "verb_subject"]


def verb_subject(st: Structure, match: Match, start: int, earlier: dict[int, Frame],
                  main: list[Mention]) -> Frame:
    j = match.start - 1
    if (directive := directive_before(st, match)) is not None:
        j = directive - 1  # "the council authorised a Kenyan-led force to help Haiti": the council helps
    while j >= start:
        mention = st.at_end.get(j)
        if mention is not None and _object_before_and(st, mention, match):
            j = mention.start - 1  # "signed X's application to join the EU on Monday and asked ..."
            continue
        if mention is not None and mention.actor is not None and mention.end == match.start \
                and governed(st, mention) in ("including", "among"):
            return Frame([mention], [], subject_end=mention.end)  # "leaders including Canada's PM travelled"
        if mention is not None and _absolute_with(st, mention, match):
            return Frame([mention], [], subject_end=mention.end)  # ", with Moscow's envoy calling the draft ..."
        if mention is not None:
            shared = _coordinated_verb(st, mention, match, earlier, main) or modifier_in_object(st, mention, match, earlier)
            if shared is not None:  # "X blamed [Israel] and vowed ...": X vowed
                return Frame(list(shared.sources), [], inherited=True, subject_end=mention.end)
            if usable_subject(st, mention) or _possessor_subject(st, mention, match.start):
                return Frame(group_left(st, mention) + others(mention) + companions(st, mention, match.start), [],
                             subject_end=mention.end)  # "Japan, along with South Korea, condemned"
            if _unknown_subject(st, mention, match):
                return Frame([], [], subject_end=mention.end, unknown=True)  # "after soldiers detained X"
            j = mention.start - 1
            continue
        if j in earlier and (joined := _participle_before(st, match, earlier, j, main)) is not None:
            return joined  # "a resolution urging X to V Y and condemning ...": the doer of "urging"
        if j in earlier:
            frame = earlier[j]
            return Frame(list(frame.sources), [], inherited=True, subject_end=j + 1, unknown=frame.unknown)
        j -= 1
    if start > 0 and st.lower[start] in ("which", "who", "that"):
        k = start - 1
        if k >= 0 and st.lower[k] == ",":
            k -= 1
        antecedent = st.at_end.get(k)
        if antecedent is not None and antecedent.actor is not None and not antecedent.locative \
                and antecedent.kind != "place":
            return Frame(group_left(st, antecedent), [], inherited=True, subject_end=start + 1)
        if antecedent is not None and antecedent.actor is None:
            return Frame([], [], subject_end=start + 1, unknown=True)  # "the soldiers who seized power"
        if antecedent is None and st.lower[start] in ("which", "who") and st.lower[k].isalpha() \
                and st.lower[k] not in EVENT_NOUNS:
            return Frame([], [], subject_end=start + 1, unknown=True)  # "the earthquakes, which killed"
        if antecedent is None and st.lower[start] == "that" and _thing_before_that(st, k):
            return Frame([], [], subject_end=start + 1, unknown=True)  # "a resolution that condemned"
        if earlier and k >= 0 and st.lower[k] in EVENT_NOUNS:  # "attacks ... that killed": the attackers
            frame = earlier[max(earlier)]
            return Frame(list(frame.sources), [], inherited=True, subject_end=start + 1)
    if start > 0 and "noun" not in match.rule.flags and _own_subject(st, start, match.start):
        return Frame([], [], subject_end=start, unknown=True)  # "a day after the leftist leader resigned"
    comma = start if st.lower[start] == "," else start - 1
    if comma > 0 and st.lower[comma] == "," and st.lower[match.head].endswith("ing") \
            and match.rule.code[:2] in REACTIONS:  # a stance, not a consequence such as ", killing ..."
        speaker = _speaker_before(st, comma)
        if speaker:  # "..., the coast guard said, condemning the manoeuvres"
            return Frame(speaker, [], inherited=True, subject_end=start)
        if speaker is None:
            return Frame([], [], subject_end=start, unknown=True)
        objects = {m.start for h in earlier if h < comma for m in earlier[h].targets}
        nearest = [h for h in earlier if h < comma and earlier[h].sources and not _complement_subject(st, earlier[h].sources[0])
                   and not any(m.start in objects for m in earlier[h].sources)  # "ordered X to leave": not X
                   and not object_of_a_verb(st, earlier[h].sources[0], h)]  # "gave X a week to leave": not X
        # ", calling the decision reckless": the subject of the last clause ("... and Ottawa said, calling"),
        # not one inside the last act's "that" clause ("demanded that the mission leave, accusing it"),
        # nor an object of an earlier act ("summoned the envoys of A and B, accusing ...")
        subject = _last_subject(st, comma, max(nearest) if nearest else -1, complements=bool(nearest),
                                objects=objects)
        if subject:
            return Frame(subject, [], inherited=True, subject_end=start)
        if nearest:
            return Frame(list(earlier[max(nearest)].sources), [], inherited=True, subject_end=start)
    if start > 0 and (doer := reported_doer(st, match, start, earlier)) is not None:
        return Frame(doer, [], inherited=True, subject_end=start)  # "said Y had shelled Z, killing four"
    if start > 0 and main and main[0].start < match.start:
        return Frame(list(main), [], inherited=True, subject_end=start)
    return Frame([], [], subject_end=start)


def _absolute_with(st: Structure, mention: Mention, match: Match) -> bool:
    """"Russia and China cast vetoes, with Moscow's envoy accusing Washington": the actor after "with"
    is the doer of the participle that follows it (a title or name may stand between), not the main
    subjects, when the participle's object is named."""
    if mention.actor is None or mention.locative or not st.lower[match.head].endswith("ing") \
            or match.start - mention.end > 5 or governed(st, mention) != "with":
        return False
    tokens = st.sentence.tokens
    if not all(st.lower[k] in ("'s", "’s") or tokens[k].text.isalpha() for k in range(mention.end, match.start)):
        return False
    # the object is named ("accusing Washington", "calling the US draft ..."): a pronoun or a thing
    # ("calling it a threat") leaves the target to the earlier act, whose doers stay the main subjects
    named = next((st.at_start[k] for k in range(match.head + 1, min(match.head + 4, len(st.lower))) if k in st.at_start), None)
    return named is not None and named.actor is not None and named.kind != "pronoun"


_NOUN_DETERMINERS = {"a", "an", "the", "this", "its", "their", "his", "her", "new", "draft"}


def _thing_before_that(st: Structure, k: int) -> bool:
    """"a resolution that condemned": "that" opens a relative clause on a thing, not a complement."""
    word = st.lower[k] if k >= 0 else ""
    if not word.isalpha() or word in EVENT_NOUNS or word.endswith("ed") or word in ("said", "says", "so", "such"):
        return False
    return any(st.lower[x] in _NOUN_DETERMINERS for x in range(max(0, k - 3), k))


_OPENERS = {"after", "before", "when", "while", "as", "since", "until", "because", "though", "although",
            "once", "where", "whereas", "that", "and", "but", ","}


_SUBJECT_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "some", "several", "many", "two",
                        "three", "four", "five", "dozens", "hundreds", "thousands"}


def _own_subject(st: Structure, start: int, verb: int) -> bool:
    """A subordinate clause that opens with a noun phrase of its own ("after the leftist leader resigned",
    "when a gunman opened fire") has a subject that is no actor we know."""
    j = start
    if st.lower[j] not in _OPENERS:
        return False
    while j < verb and st.lower[j] in _OPENERS:
        j += 1
    if _unknown_name(st, j, verb):
        return True  # "a day after Morales resigned": a name we do not know, not the main subject
    if not (j < verb and st.lower[j] in _SUBJECT_DETERMINERS and verb - j <= 7):
        return False
    named = {k for m in st.sentence.mentions if m.actor is not None for k in range(m.start, m.end)}
    return not any(k in named or st.lower[k] in PREPOSITIONS - {"of"}
                   or not st.lower[k].isalpha() and st.lower[k] not in ("'s", "’s")  # "the island's president"
                   for k in range(j, verb))


def _unknown_name(st: Structure, j: int, verb: int) -> bool:
    """Tokens [j, verb) are one to three capitalised words that name no actor we know."""
    tokens = st.sentence.tokens
    if not 1 <= verb - j <= 3 or any(k in st.covered for k in range(j, verb)):
        return False
    return all(tokens[k].text[:1].isupper() and tokens[k].text.isalpha() for k in range(j, verb)) \
        and not any(m.start < verb and m.end > j for m in st.sentence.mentions)


def _speaker_before(st: Structure, comma: int) -> list[Mention] | None:
    """The subject of a reporting verb that closes the previous clause: "X said, V-ing", "X said on
    Thursday, V-ing"; None when that subject is a titled person we cannot place (no one else is)."""
    k = comma - 1
    while k > 0 and st.lower[k] in _SAID_WHEN:
        k -= 1
    if k < 1 or st.lower[k] not in ("said", "says", "added", "stated"):
        return []
    mention = st.at_end.get(k - 1)  # the speaker alone: ", Prime Minister Theresa May said," is no list
    end = k - 1
    while mention is None and k - 1 - end < 3 and end > 0 and st.sentence.tokens[end].text[:1].isupper():
        end -= 1  # "police spokesman Abdi Hassan said": a name we do not know after its title
        mention = st.at_end.get(end)
    if mention is not None and mention.actor is None and mention.start > 0:  # "police spokesman": police
        mention = st.at_end.get(mention.start - 1) or mention
    if mention is not None and mention.actor is None and mention.role in ("title", "person"):
        return None  # ", Defence Minister X said, blaming ...": a speaker we cannot place, not the clause's object
    return [mention] + others(mention) if mention is not None and usable_subject(st, mention) else []


_SAID_WHEN = {"on", *WEEKDAYS, "today",
              "yesterday", "late", "early", "later", "earlier", "night", "morning", "evening", "afternoon"}


_REPORTED = {"said", "says", "stated", "added", "announced", "claimed", "alleged", "insisted", "argued",
             "reported", "confirmed", "told"}


def after_that(st: Structure, mention: Mention) -> bool:
    """The mention opens a "that" clause ("demanded that the UN mission leave")."""
    j = mention.start - 1
    while j >= 0 and st.lower[j] in ("the", "a", "an", "its", "their", "his", "her"):
        j -= 1
    return j >= 0 and st.lower[j] == "that"


def _last_subject(st: Structure, comma: int, after: int, complements: bool = False,
                  objects: frozenset[int] | set[int] = frozenset()) -> list[Mention]:
    """The nearest actor before ``comma`` (and after the verb ``after``) that opens a clause:
    "... and Seoul would take countermeasures, calling ..." -> Seoul."""
    reported: list[Mention] = []  # the subject of a reported clause, kept if no speaker opens one before
    for k in range(comma - 1, after, -1):
        mention = st.at_end.get(k)
        if mention is None or not usable_subject(st, mention) or mention.start in objects:
            continue
        before = st.lower[mention.start - 1] if mention.start > 0 else ""
        after = st.lower[mention.end] if mention.end < len(st.lower) else ""
        if after == "to":  # "wants the United States and NATO to sign": an object
            continue
        first = group_left(st, mention)[0]  # "said Sudan's army and the RSF had ...": the list's first
        if first is not mention:
            before = st.lower[first.start - 1] if first.start > 0 else ""
        if complements and after_that(st, first):
            continue
        if before in ("said", "says") or after_that(st, first) and _reported_that(st, first):
            # "Armenia said that Azerbaijani troops had shelled ..., accusing Baku": Armenia accuses
            reported = reported or group_left(st, mention) + others(mention)
            continue
        if mention.start in st.starts or before in _OPENERS or _opens_sentence(st, first):
            return group_left(st, mention) + others(mention)  # "The UN said ..., urging": the UN
    return reported


def _opens_sentence(st: Structure, mention: Mention) -> bool:
    """Only determiners stand before ``mention`` in its sentence ("The UN said ...")."""
    return all(w in DETERMINERS for w in st.lower[:mention.start])


def _complement_subject(st: Structure, mention: Mention) -> bool:
    """``mention`` opens a "that" clause, or a reported clause right after "said"."""
    return after_that(st, mention) or mention.start > 0 and st.lower[mention.start - 1] in ("said", "says")


def _reported_that(st: Structure, mention: Mention) -> bool:
    """The "that" before ``mention`` follows a reporting verb ("said on Tuesday that")."""
    j = mention.start - 1
    while j >= 0 and st.lower[j] != "that":
        j -= 1
    j -= 1
    while j > 0 and st.lower[j] in _SAID_WHEN:
        j -= 1
    return j >= 0 and st.lower[j] in _REPORTED


_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "had", "reportedly"}


def _unknown_subject(st: Structure, mention: Mention, match: Match) -> bool:
    """A role or description with no actor standing as the verb's own subject ("soldiers detained")."""
    if mention.actor is not None or mention.kind not in ("role", "description") or mention.locative \
            or mention.possessive or governed(st, mention) is not None:
        return False
    between = st.lower[mention.end:match.start]
    if not all(w in ADVERBS or w in _AUXILIARIES or w.endswith("ly") for w in between):
        return False
    j = mention.start - 1
    while j >= 0 and st.lower[j] in ("the", "some", "several", "many"):
        j -= 1
    return j < 0 or st.lower[j] in _CLAUSE_OPENERS  # its own clause, not "a military offensive"


_CLAUSE_OPENERS = _OPENERS - {"and", "but"}  # "and soldiers" may continue a list of subjects


_NOT_VERBS = PREPOSITIONS | DETERMINERS | {"and", "or", "but", "that", "as", "while", "when", "after",
                                           "before", "if", "said", "says", "say", "told", "announced",
                                           "added", "warned", "stated", "'s", "’s", ","}


def _object_before_and(st: Structure, mention: Mention, match: Match) -> bool:
    """In "X V1 [Y] (time) and V2", Y is V1's object, not V2's subject: a lower-case verb-like word
    stands right before Y and only time words and "and" come between Y and V2."""
    words, k = [], mention.end
    while k < match.start:  # "stormed [the embassy] in Baghdad and set it on fire": a place may follow
        place = st.at_start.get(k)
        if place is not None and place.locative:
            k = place.end
            continue
        words.append(st.lower[k])
        k += 1
    between = [w for w in words if w not in ADVERBS and not w.endswith("ly")]
    if not between or between[-1] != "and" or any(w not in _TIME_OR_AND for w in between) \
            and not _rest_of_object(st, mention, match, between):
        return False
    j = mention.start - 1
    if j >= 1 and st.lower[j] == "-" and st.lower[j - 1] in ("pro", "anti"):
        j -= 2  # "declared the pro-Russian party unconstitutional and banned it"
    while j >= 0 and (st.lower[j] in DETERMINERS or st.lower[j][:1].isdigit()):  # "ordered 60 Russian diplomats"
        j -= 1
    word = st.sentence.tokens[j].text if j >= 0 else ""
    return word.isalpha() and word.islower() and word not in _NOT_VERBS


def _rest_of_object(st: Structure, mention: Mention, match: Match, between: list[str]) -> bool:
    """"ordered [Russian diplomats] out of the country and shut ...", "declared the pro-[Russian] party
    unconstitutional and banned it": a short lower-case rest of the object, no clause, verb or actor in it."""
    if len(between) > _REST or any(w in _NOT_REST or not (w.isalpha() or w in _REST_MARKS) for w in between[:-1]) \
            or between.count(",") > 0:
        return False
    return not any(k in st.heads or (st.at_start.get(k) is not None and not st.at_start[k].locative
                                     and st.at_start[k].kind != "description")
                   for k in range(mention.end, match.start))


_REST = 7
_REST_MARKS = frozenset({",", "-", "'s", "’s"})  # "a Maltese-flagged ship", "from the bloc's airspace"
_NOT_REST = frozenset({"that", "which", "who", "whom", "while", "as", "after", "before", "when", "because", "but",
                       "said", "says", "where", "if", "since", "until", "to", "was", "were", "is", "are", "had",
                       "has", "have", "by", "would", "will", "could"})
_TIME_OR_AND = {"and", ",", "on", "in", "at", "near", "outside", *WEEKDAYS, "today", "yesterday", "earlier", "later", "then", "last", "this", "week", "month",
                "year", "night", "morning"}


def _coordinated_verb(st: Structure, mention: Mention, match: Match,
                      earlier: dict[int, Frame], main: list[Mention]) -> Frame | None:
    """The frame of an earlier verb whose object ``mention`` is, when ``match`` is joined to it by "and"."""
    between = [w for k, w in enumerate(st.lower[mention.end:match.start], mention.end)
               if w not in ADVERBS and not w.endswith("ly") and k not in st.covered]
    if not between or between[-1] != "and" or (any(w not in ("and", ",") for w in between)
                                               and not _complement_of_earlier(st, mention, match, between)):
        return None
    heads = [h for h in earlier if h < mention.start]
    if not heads:
        return None
    h = max(heads)
    if any(st.at_end.get(k) is not None for k in range(h + 1, mention.start)) or h in st.stops:
        return None
    return _participle_before(st, match, earlier, h, main) or earlier[h]


def _participle_before(st: Structure, match: Match, earlier: dict[int, Frame], h: int,
                       main: list[Mention]) -> Frame | None:
    """"a resolution urging Serbia to recognise Kosovo and condemning the attacks": a participle joined
    by "and" shares the doer of the participle before it (or, when that one is no trigger, the main
    subject), not the doer of the infinitive that participle governs; None when the form is not this."""
    if not st.lower[match.head].endswith("ing") or st.lower[h].endswith("ing") or h < 2 or st.lower[h - 1] != "to":
        return None
    participle = next((k for k in range(h - 2, max(0, h - 9), -1) if st.lower[k].endswith("ing")
                       and st.lower[k].isalpha() and st.sentence.tokens[k].text.islower()), None)
    if participle is None or any(st.lower[k] in (",", ";", "and") for k in range(participle, h)):
        return None
    if participle in earlier:
        frame = earlier[participle]
        return Frame(list(frame.sources), [], inherited=True, subject_end=participle + 1, unknown=frame.unknown)
    if main and main[-1].end <= participle:
        return Frame(list(main), [], inherited=True, subject_end=participle + 1)
    return None


_COMPLEMENT_PREPS = frozenset({"for", "over", "of", "about"})


def _complement_of_earlier(st: Structure, mention: Mention, match: Match, between: list[str]) -> bool:
    """"Iran blamed Israel for the killing and vowed revenge": a short complement of the earlier verb
    ("for the killing") separates its object from the next finite verb, which shares the earlier subject."""
    return 2 <= len(between) <= 6 and between[0] in _COMPLEMENT_PREPS and not st.lower[match.head].endswith("ing") \
        and all(w.isalpha() and w not in ("that", "which", "who", "whom") for w in between[:-1]) \
        and not any(k in st.at_start for k in range(mention.end, match.start))


def people(mention: Mention) -> bool:
    actor = mention.actor
    if actor is None:
        return False
    role = actor.role or ""
    return actor.type == "person" or mention.kind == "demonym" and mention.text.endswith("s") \
        or target_people_role(role) or mention.kind == "role" and (
            human_role(role) or role == "BUS" and person_noun(mention.text))


def _possessor_subject(st: Structure, mention: Mention, verb: int) -> bool:
    """"The IMF's executive board on Wednesday approved", "Kenya's anti-graft agency accused": the possessor
    acts through its organ (hyphenated modifiers included)."""
    if not mention.possessive or mention.kind == "pronoun" or mention.locative:
        return False
    if governed(st, mention) is not None:
        return False
    between = st.lower[mention.end + 1:verb]  # "Kenya's anti-graft agency", "Russia's state-run gas company"
    return 0 < len(between) <= 6 and not any(
        w in PREPOSITIONS - {"on"} or w in (",", "and", "or") or not w.isalpha() and w != "-" for w in between)
