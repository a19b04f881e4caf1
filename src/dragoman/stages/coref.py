"""Stage ``coref``: resolve pronouns, descriptions and bare roles to actors already mentioned.

Rules, in order of trust:

- a pronoun or description that opens a sentence (its subject) takes the
  subject of the previous sentence when the types agree;
- otherwise the nearest earlier compatible mention, in this sentence first;
- "he/his/she/her" want a person (or a titled office-holder), "it/its" a state,
  body or group, "they/their" anything but a person;
- "the group", "the movement" want a group; "the country", "the kingdom" a
  state; "the bloc", "the alliance" a body; "the latter"/"the former" the
  last/first actor of the previous sentence; "the two leaders", "both sides"
  the last two distinct actors;
- a bare role with no country ("the rebels", "protesters") takes the country
  of a place named in the same sentence ("marched through Tbilisi").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from ..knowledge.roles import Roles
from ..model import Actor, Doc, Mention, Sentence
from ..pipeline import Context, stage
from .appositive import described_people
from .bodies import body_of_dateline, body_of_possessor, body_of_previous_subject, body_of_speaker, country_of_speaker, \
    title_code
from .delegations import led_group_state
from .halves import HALF, resolve_half
from .neighbour import resolve_neighbour
from .told import speaker_before
from .people_nouns import CIVIC_PEOPLE, STATE_PLURAL_HEADS
from .origins import origin, scenes
from .property_owner import owner_of_place
from .described_states import passes_over
from .described_object import described_by
from .places import dateline
from .sides import one_state_sides
from .story import Story
from .document_state import document_state
from .protesting import protest_subject
from .publisher_state import publisher_fallback
from .generic import ARMED_FORCES, DOMESTIC, compound, foreign_agent, generic, home_groups, mission, modifier, owned, \
    partner, place_mentions, role_code

__all__ = ["resolve_references"]

_WANTS = {
    "he": {"person"},
    "it": {"state", "igo", "group"},
    "they": {"state", "igo", "group"},
    "group": {"group"},
    "state": {"state"},
    "igo": {"igo"},
}
_HISTORY = 300  # mentions kept for coreference
_PLACES = 6  # place mentions remembered for generic actors in later sentences

_REPORTING = {"said", "says", "saying", "told", "announced", "added", "stating", "insisted", "warned"}


@stage("coref")
def resolve_references(doc: Doc, ctx: Context) -> Doc:
    history: list[Mention] = []
    groups: dict[int, list[Mention]] = {}
    previous_subject: Mention | None = None
    previous: list[Mention] = []
    places: list[Mention] = []
    story = Story(lambda: (dateline(doc, ctx) or {}).get("country"), lambda code: ctx.kb.state(code) is not None)
    here = cache(lambda: (dateline(doc, ctx) or {}).get("country"))  # the dateline's state, read when first needed
    for sentence in doc.sentences:
        described_people(sentence)
        story.add(sentence)
        groups.update(_groups(sentence))
        del history[:-_HISTORY]  # antecedents are looked for among recent mentions only
        for position, mention in enumerate(sentence.mentions):
            if mention.actor is None and mention.kind == "role":
                _role_from_place(mention, sentence, previous, ctx.roles, places, story)
                code = role_code(mention, ctx.roles) if mention.actor is None else ""
                if not code and mention.actor is None and mention.role == "title" and mention.start == 0:
                    code = title_code(mention, ctx.roles)  # "Deputy Foreign Minister Sergei Ryabkov warned"
                if mention.actor is None and not body_of_possessor(mention, sentence, code) \
                        and not body_of_speaker(mention, sentence, code):  # "X's president said the government"
                    if not body_of_previous_subject(mention, sentence, previous_subject, code):  # "... The ministry said"
                        body_of_dateline(mention, sentence, here(), code)  # "DHAKA - The foreign ministry summoned"
            elif mention.actor is None:
                _resolve(mention, position, sentence, history, previous_subject, previous, groups)
                _add_partner(mention, sentence)
            if mention.actor is not None:
                history.append(mention)
        resolved = [m for m in sentence.mentions if m.actor is not None]
        if resolved:
            previous = resolved
            previous_subject = _subject(sentence) or previous_subject
        places = (places + place_mentions(sentence))[-_PLACES:]
    document_state(doc, ctx.roles)  # "... were ZANU-PF youths. Police used tear gas": the report's one state
    publisher_fallback(doc, ctx, ctx.roles)  # none named: the publisher's home state
    return doc


def _subject(sentence: Sentence) -> Mention | None:
    for mention in sentence.mentions:
        if mention.actor is not None and not mention.locative and not mention.possessive \
                and mention.kind != "place":
            return mention
    return None


def _owner(mention: Mention, sentence: Sentence) -> Mention | None:
    """The resolved possessive pronoun right before a description ("his country")."""
    for other in sentence.mentions:
        if other.end == mention.start and other.kind == "pronoun" and other.possessive and other.actor is not None:
            return other
    return None


def _speaker(sentence: Sentence, pronoun: Mention) -> Mention | None:
    """Who speaks in "X said it ...": the actor right before the reporting verb, else the subject."""
    verb = pronoun.start - 1
    for mention in reversed(sentence.mentions):
        if mention.end <= verb and mention.actor is not None and not mention.locative \
                and mention.kind != "place" and verb - mention.end <= 3 \
                and not (mention.kind == "pronoun" and mention.possessive):  # "its attacks and said it": no speaker
            return mention
    return _subject(sentence)


def _unnamed_speaker(sentence: Sentence, pronoun: Mention) -> bool:
    """"The junta said it ...": the mention right before the reporting verb is an actor noun left
    unresolved (no state known), and no resolved mention stands between."""
    verb = pronoun.start - 1
    before = [m for m in sentence.mentions if m.end <= verb and not m.locative and m.kind != "place"]
    return bool(before) and before[-1].actor is None and before[-1].kind in ("role", "description") \
        and verb - before[-1].end <= 3 and not before[-1].possessive


def _type(mention: Mention) -> str:
    actor = mention.actor
    if actor is None:
        return "none"
    if actor.type == "person" or mention.role in ("title", "person"):
        return "person"
    return actor.type


def _resolve(mention: Mention, position: int, sentence: Sentence, history: list[Mention],
             previous_subject: Mention | None, previous: list[Mention],
             groups: dict[int, list[Mention]]) -> None:
    if mention.kind not in ("pronoun", "description"):
        return
    label = mention.role or ""
    if label in ("latter", "former"):
        pool = [m for m in previous if _type(m) != "none"]
        if pool:
            _take(mention, pool[-1] if label == "latter" else pool[0])
        return
    if label.startswith("pair") or label == "group-2":  # "the two countries" is a pair too
        subject = _subject(sentence)  # "China urged both sides": two others, not China
        j = mention.start - 1
        while j >= 0 and sentence.tokens[j].lower in ("the", "both", "all"):
            j -= 1
        after_verb = j >= 0 and sentence.tokens[j].text.isalpha() and sentence.tokens[j].text.islower() \
            and sentence.tokens[j].lower not in ("and", "but", "while", "as", "after", "before", "when", "that",
                                                 "where", "which", "who", "whereupon")
        skip = subject.actor.primary if after_verb and subject is not None and subject is not mention \
            and subject.actor is not None and subject.start < mention.start else None
        if after_verb and _STATE_HEADS.intersection(mention.text.lower().split()):
            doer = _doer_before(sentence, mention)  # "... said Seoul had conveyed its concerns to both countries"
            skip = doer.actor.primary if doer is not None else skip
        _pair(mention, history, person=label == "pair-person", skip=skip, groups=groups)
        return
    if label.startswith("group-"):
        _numbered(mention, int(label[6:]), history, groups)
        if mention.actor is None and label == "group-2" and _heads_its_phrase(mention, sentence):
            _pair(mention, history, person=False)  # "X received Y in Z, and the two governments signed ..."
        return
    if label.startswith(HALF):  # "the South returned fire"
        resolve_half(mention, history + sentence.mentions[:position])
        return
    owner = _owner(mention, sentence)
    if label == "neighbour":  # "Kinshasa accused its neighbour": the last other state named
        if owner is not None:
            resolve_neighbour(mention, owner, history + sentence.mentions[:position])
        return
    if owner is not None and label == "state":  # "his country", "their government's country"
        primary = owner.actor.primary
        mention.actor = Actor(primary, primary, primary, primary, "state")
        mention.resolved_from = owner.text
        return
    if country_of_speaker(mention, sentence):  # "Chile's president said that the country would ..."
        return
    wants = _WANTS.get(label, {"state", "igo", "group"})
    told = speaker_before(sentence, mention)  # "Japan told Norway it was ready ...": Japan
    if told is not None and told is not mention and _type(told) in wants:
        _take(mention, told, _coordinated(told, groups))
        return
    if mention.kind == "pronoun" and mention.start > 0 and mention.text.lower() not in _OBJECT_PRONOUNS \
            and sentence.tokens[mention.start - 1].lower in _REPORTING:  # "told him": the addressee
        if _unnamed_speaker(sentence, mention):
            return  # "The junta said it would not ...": "it" is the junta, whom no code names
        speaker = _speaker(sentence, mention)  # "Beijing welcomed ..., saying it supports": the speaker
        if speaker is not None and speaker is not mention and _type(speaker) in wants:
            _take(mention, speaker, _coordinated(speaker, groups))
            return
    opens = position == 0 or all(m.actor is None for m in sentence.mentions[:position])
    if opens and mention.start <= 2 and previous_subject is not None and _type(previous_subject) in wants:
        _take(mention, previous_subject, _coordinated(previous_subject, groups))
        return
    subject = _subject(sentence)
    if label == "they" and _met_pair(mention, sentence):  # "X met Y in Beijing, and they agreed ..."
        return
    if label == "they":  # "they" is a group or several actors before it is a single state
        for earlier in reversed(history[-12:]):
            if earlier.actor is not None and (_type(earlier) == "group" or earlier.others
                                              or earlier.role == "group" or _coordinated(earlier, groups)) \
                    and not described_by(sentence, earlier, mention):  # "officials they hold responsible"
                _take(mention, earlier, _coordinated(earlier, groups))
                return
    host = _host_of_mission(mention, sentence)  # "stormed its embassy in Tehran": not Iran's own
    for earlier in reversed(history):
        if earlier.locative and (owner := owner_of_place(earlier, mention, sentence)) is not None:
            _take(mention, owner)  # "stormed the Danish embassy in Tehran and set it on fire": the embassy
            return
        if _type(earlier) not in wants or (label == "it" and earlier.kind == "demonym"):
            continue
        if host is not None and earlier.actor.primary == host:
            continue
        if _clause_mate(sentence, earlier, mention) or described_by(sentence, earlier, mention):
            continue  # "X told him": "him" is not X (X would say "himself")
        if passes_over(mention, earlier, history):
            continue  # "the North African kingdom" after Morocco and Western Sahara: Morocco
        if mention.kind == "description" and subject is not None and subject is not mention \
                and subject.actor is not None and earlier.actor.primary == subject.actor.primary \
                and not _later_clause(sentence, subject, mention):
            continue  # "Riyadh closed its border with the emirate": not Riyadh itself
        _take(mention, earlier, _coordinated(earlier, groups))
        return


_NEW_CLAUSE = {"and", "but", "while", "as", "whereas", "after", "before", "when", "then"}


def _later_clause(sentence: Sentence, subject: Mention, mention: Mention) -> bool:
    """A description in a clause after the subject's own (", and the group warned", "; the bloc ..."):
    it may stand for that subject ("Houthi rebels seized a ship, and the group warned ...")."""
    words = [t.lower for t in sentence.tokens[subject.end:mention.start]]
    return ";" in words or any(a == "," and b in _NEW_CLAUSE for a, b in zip(words, words[1:]))


_MEETING_WORDS = {"met", "meets", "hosted", "hosts", "received", "receives", "welcomed", "visited"}


def _met_pair(mention: Mention, sentence: Sentence) -> bool:
    """"they" after "X met Y" in its sentence stands for both (set in place); False when no such pair."""
    before = [m for m in sentence.mentions if m.end <= mention.start and m.actor is not None
              and not m.locative and m.kind not in ("place", "pronoun") and not m.possessive]
    for i, first in enumerate(before):
        for second in before[i + 1:]:
            words = {t.lower for t in sentence.tokens[first.end:second.start]}
            if words & _MEETING_WORDS and second.actor.primary != first.actor.primary \
                    and second.start - first.end <= 4:
                _take(mention, first)
                mention.others = [second.actor]
                return True
    return False


_OBJECT_PRONOUNS = {"him", "them"}
_CLAUSE_BREAKS = {",", ";", ":", "and", "but", "that", "while", "after", "before", "as", "when", "who", "which",
                  "whom", "because", "since", "if", "said", "says", "told", "tells"}


def _clause_mate(sentence: Sentence, earlier: Mention, mention: Mention) -> bool:
    """An object pronoun and the subject of its own clause: "Erdogan told him", "X urged them"."""
    if mention.text.lower() not in _OBJECT_PRONOUNS or earlier not in sentence.mentions \
            or earlier.end > mention.start:
        return False
    between = [t.lower for t in sentence.tokens[earlier.end:mention.start]]
    return bool(between) and not any(w in _CLAUSE_BREAKS for w in between[:-1]) \
        and not any(m.start >= earlier.end and m.end <= mention.start for m in sentence.mentions)


def _host_of_mission(mention: Mention, sentence: Sentence) -> str | None:
    """The state of the place in "its embassy in <place>": a mission is never in its own country."""
    toks = sentence.tokens
    k = mention.end
    if k + 2 >= len(toks) or toks[k].lower not in ("embassy", "consulate", "mission", "embassies") \
            or toks[k + 1].lower != "in":
        return None
    place = next((m for m in sentence.mentions if m.start == k + 2 and m.actor is not None), None)
    return place.actor.primary if place is not None else None


def _take(mention: Mention, antecedent: Mention, siblings: list[Mention] | None = None) -> None:
    mention.actor = antecedent.actor
    mention.others = list(antecedent.others)
    if siblings and mention.role == "they":
        mention.others += [m.actor for m in siblings if m is not antecedent and m.actor is not None]

    mention.resolved_from = antecedent.text


def _add_partner(mention: Mention, sentence: Sentence) -> None:
    """"Lula met Xi ..., and their governments signed": a possessive "their" with no listed
    group stands for both when the sentence named exactly two states' actors before it."""
    if mention.role != "they" or not mention.possessive or mention.others or mention.actor is None:
        return
    following = sentence.tokens[mention.end].lower if mention.end < len(sentence.tokens) else ""
    if following not in STATE_PLURAL_HEADS:  # "their governments signed", not "their government"
        return
    before = [m.actor for m in sentence.mentions if m.start < mention.start and m.actor is not None
              and m.kind not in ("place", "pronoun") and not m.locative and m.actor.type != "place"]
    primaries = {a.primary for a in before}
    if len(primaries) == 2:
        other = next(a for a in reversed(before) if a.primary != mention.actor.primary)
        mention.others = [other]


def _heads_its_phrase(mention: Mention, sentence: Sentence) -> bool:
    """"the two governments signed": not a modifier of another noun ("troops from the two countries")."""
    j = mention.start - 1
    while j >= 0 and sentence.tokens[j].lower in ("the", "both", "all"):
        j -= 1
    return j < 0 or sentence.tokens[j].lower not in ("from", "of")


def _numbered(mention: Mention, size: int, history: list[Mention], groups: dict[int, list[Mention]]) -> None:
    """"the three governments": the last coordinated list of that size; else, for three or more, the
    states named just before when there are exactly that many; otherwise unresolved."""
    for earlier in reversed(history):
        group = groups.get(id(earlier), [])
        states = [m for m in group if m.actor is not None and m.actor.type == "state"]
        if len(states) == size:
            mention.actor, mention.others = states[0].actor, [m.actor for m in states[1:]]
            mention.resolved_from = " and ".join(m.text for m in states)
            return
    if size < 3:
        return
    named: dict[str, Mention] = {}  # "Turkey lifted its veto on Finland and Sweden ... after the three countries"
    for earlier in reversed(history[-_LIST_REACH:]):
        if earlier.actor is not None and earlier.actor.type == "state" and not earlier.locative \
                and earlier.kind != "place":
            named.setdefault(earlier.actor.primary, earlier)
    if len(named) == size:  # exactly as many states as the description counts, named just before
        states = list(reversed(named.values()))
        mention.actor, mention.others = states[0].actor, [m.actor for m in states[1:]]
        mention.resolved_from = " and ".join(m.text for m in states)


def _coordinated(mention: Mention, groups: dict[int, list[Mention]]) -> list[Mention]:
    """Actors listed together with ``mention`` ("Britain, France and Germany"), for "they"."""
    return groups.get(id(mention), [])


def _groups(sentence: Sentence) -> dict[int, list[Mention]]:
    """Coordinated mentions of a sentence: runs joined only by commas, "and", "or", "the"."""
    out: dict[int, list[Mention]] = {}
    runs: list[list[Mention]] = []
    for mention in sentence.mentions:
        run = runs[-1] if runs else None
        if run and mention.start > run[-1].end and not run[-1].locative and not mention.locative \
                and all(t.lower in _JOINERS for t in sentence.tokens[run[-1].end:mention.start]):  # not "in Doha, the A and B"
            run.append(mention)
        else:
            runs.append([mention])
    for run in runs:
        if len(run) > 1:
            out.update((id(m), run) for m in run)
    return out


_JOINERS = {",", "and", "or", "the"}
_STATE_HEADS = frozenset({"countries", "nations", "states", "governments", "capitals"})


def _pair(mention: Mention, history: list[Mention], person: bool, skip: str | None = None,
          groups: dict[int, list[Mention]] | None = None) -> None:
    """"the two sides": the last two actors listed together ("Russia and China ..."), else the last
    two actors of different states named before; a place where something happened is not a side."""
    states = bool(_STATE_HEADS.intersection(mention.text.lower().split()))  # "both countries": not a bloc

    def side(m: Mention) -> bool:
        return m.actor is not None and m.actor.primary != skip and not m.locative and m.kind != "place" \
            and m.actor.type != "place" and (not person or _type(m) == "person") \
            and (not states or m.actor.type in ("state", "person"))

    named = [m.actor for m in reversed(history) if side(m)]
    seen = _listed_two(history, groups or {}, side) or _two(named, lambda actor: actor.primary) \
        or one_state_sides(mention.text, named)  # "the army ... the RSF ... the two warring sides"
    if len(seen) == 2:
        mention.actor, mention.others = seen[1], [seen[0]]
        mention.resolved_from = "the two"


def _doer_before(sentence: Sentence, mention: Mention) -> Mention | None:
    """The nearest actor named before ``mention`` in its sentence that is no place: the doer of the
    act whose object "both countries" is, not one of the two."""
    return next((m for m in reversed(sentence.mentions) if m.end <= mention.start and m.actor is not None
                 and not m.locative and m.kind != "place" and m.actor.type == "state"), None)


def _listed_two(history: list[Mention], groups: dict[int, list[Mention]],
                side: Callable[[Mention], bool]) -> list[Actor]:
    """The two actors of the last list of exactly two sides in the recent mentions, latest first."""
    for earlier in reversed(history[-_LIST_REACH:]):
        group = groups.get(id(earlier), [])
        sides = [m for m in group if side(m)]
        if len(group) == 2 and len(sides) == 2 and sides[0].actor.primary != sides[1].actor.primary:
            return [sides[1].actor, sides[0].actor]
    return []


_LIST_REACH = 12  # mentions back: a list further off is no longer "the two"


def _two(actors: list[Actor], key: Callable[[Actor], str]) -> list[Actor]:
    seen: list[Actor] = []
    for actor in actors:
        if all(key(a) != key(actor) for a in seen):
            seen.append(actor)
        if len(seen) == 2:
            return seen
    return []


def _role_from_place(mention: Mention, sentence: Sentence, previous: list[Mention], roles: Roles,
                     places: list[Mention], story: Story) -> None:
    """People with no country named take it from "his supporters", a place, or a state named
    in the sentence, else from the place named most recently before (generic actors, see
    :mod:`.generic`), else from a story about one state (:mod:`.story`)."""
    code = role_code(mention, roles)
    head = mention.text.lower()
    region = _region_right_before(mention, sentence)
    if region is not None:  # "Amhara forces", "Darfur militias": the state of the region named before
        _with_role(mention, region, _ROLE_OF.get(head) or code or "GOV")
        return
    if compound(mention, sentence) or modifier(mention, sentence):
        return
    civic = any(w in CIVIC_PEOPLE for w in head.split())
    paired = partner(mention, code, sentence)
    if paired is not None and paired.actor.primary:  # "Maduro's government and the opposition"
        _with_role(mention, paired, code or ("CVL" if civic else "GOV"))
        return
    body = _body_in_parenthesis(mention, sentence)
    if body is not None:  # "lawmakers (PDP)", "youths (ZANU-PF)": the party or group they belong to says the state
        _with_role(mention, body, code or ("CVL" if civic else "GOV"))
        return
    at_place = _place_right_after(mention, sentence)
    if at_place is not None and not (mention.role != "body" and owned(mention, sentence)):  # not "their envoys in Delhi"
        _with_role(mention, at_place, _ROLE_OF.get(head) or code or ("CVL" if civic else "GOV"))
        return
    led = led_group_state(mention, sentence) if mention.role == "title" else None
    if led is not None:  # "a Chinese delegation led by Vice Premier X"
        _with_role(mention, led, code or "GOV")
        return
    if mention.role == "title" and any(w[:1].isupper() for w in mention.text.split()[-1:]) \
            and (pool := [m for m in place_mentions(sentence) if m.locative]):
        _with_role(mention, pool[0], code or "GOV")  # "Prime Minister Yitzhak Rabin ... in Tel Aviv": a name we
        return                                       # do not know, with a title, in the place where it acts
    if not civic:
        if owned(mention, sentence):
            return  # "its warplanes", "Moscow's forces": the owner's, resolved elsewhere
        if head not in _ROLE_OF and code in ARMED_FORCES and foreign_agent(mention, sentence):
            return  # "Israel said its reservists ... warplanes pounded Gaza": not Gaza's forces
        protesting = bool(code) and protest_subject(mention, sentence)  # "judges went on strike": people of the state
        if head in _ROLE_OF or generic(mention, code) or protesting:  # "security forces killed ... in Homs": the state's forces there
            pool = scenes(place_mentions(sentence), sentence) or [m for m in previous if m.actor is not None and (
                m.locative or m.kind in ("place", "capital"))] or home_groups(sentence)
            if pool:  # else a place named before ("... in Nara. Police arrested ...")
                _with_role(mention, pool[0], _ROLE_OF.get(head) or code)
                return
        story.place(mention, _ROLE_OF.get(head) or code, protesting)  # "Nepal's premier resigned as police ...", "lawmakers"
        return
    at = sentence.mentions.index(mention) if mention in sentence.mentions else 0
    owner = sentence.mentions[at - 1] if at > 0 else None
    if owner is not None and owner.kind == "pronoun" and owner.end == mention.start and owner.actor is not None:
        _with_role(mention, owner, code if code in DOMESTIC else "CVL")  # "his supporters"
        return
    for pool in ([m for m in sentence.mentions if (m.locative or m.kind == "place") and not mission(m)
                  and not origin(m, sentence)],
                 [m for m in sentence.mentions if m.actor is not None and m.actor.type == "state"],
                 [m for m in previous if m.locative or m.kind in ("place", "capital")], places[-1:],
                 home_groups(sentence)):
        for other in pool:
            if other.actor is not None and other is not mention:
                _with_role(mention, other, code if code in DOMESTIC else "CVL")
                return
    story.place(mention, code if code in DOMESTIC else "CVL")


def _region_right_before(mention: Mention, sentence: Sentence) -> Mention | None:
    """The region in "<region> <role>" ("Amhara forces"): a place, not a capital or a state, right before."""
    return next((m for m in sentence.mentions if m.end == mention.start and m.actor is not None
                 and m.kind == "place"), None)


def _body_in_parenthesis(mention: Mention, sentence: Sentence) -> Mention | None:
    """The party or armed group of one state in "<role> (<group>)" right after the role."""
    toks = sentence.tokens
    if mention.end + 2 >= len(toks) or toks[mention.end].text != "(":
        return None
    return next((m for m in sentence.mentions if m.start == mention.end + 1 and m.actor is not None
                 and m.actor.type == "group" and len(m.actor.primary) == 3 and m.actor.primary.isalpha()
                 and m.end < len(toks) and toks[m.end].text == ")"), None)


def _place_right_after(mention: Mention, sentence: Sentence) -> Mention | None:
    """The place in "<role> in <place>" right after the role."""
    toks = sentence.tokens
    if mention.end + 1 >= len(toks) or toks[mention.end].lower != "in":
        return None
    return next((m for m in sentence.mentions if m.start == mention.end + 1 and m.actor is not None
                 and m.kind in ("place", "capital", "name")), None)


def _civilians(mention: Mention, source: Mention) -> None:
    _with_role(mention, source, "CVL")


def _with_role(mention: Mention, source: Mention, role: str) -> None:
    actor = source.actor
    mention.actor = Actor.in_role(actor.primary, role, actor.id)
    mention.resolved_from = source.text


_ROLE_OF = {"security forces": "COP", "police": "COP", "riot police": "COP", "police officers": "COP",
            "officers": "COP", "authorities": "GOV", "gangs": "UAF", "army": "MIL", "military": "MIL",
            "junta": "MIL", "armed forces": "MIL"}
