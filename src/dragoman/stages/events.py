"""Stage ``events``: lexicon triggers with their source, target, mood, code and date.

For every sentence the cheap scan kept, the lexicon is matched once left to
right (longest match per position). Each match gets a frame (who did it to
whom, :mod:`.roles`), a mood (:mod:`.mood`) that may drop it or turn its code
into a rejection, intent or threat, and a date (:func:`event_date`). One
event is kept per (source, target, code) per sentence. Writes ``doc.events``.
"""

from __future__ import annotations

import hashlib

from ..knowledge.lexicon import SKIP, Match
from ..model import ActorRef, Doc, Event, Mention, Sentence
from ..pipeline import Context, stage
from .attribution import attribute_later, blame_for_violence
from .conflict import (ahead, attributed, claimant, clash_at_home, claimed, conflict_root, main_act, nominal_ground,
                       own_ground,
                       plausible, scene,
                       riot_with_police, suspect, unnamed_doer)
from .compose import Composed, compose
from .clauses import DETERMINERS, PREPOSITIONS, Structure, analyse, clause_of, group_right, usable_subject
from .dates import event_date
from .addressee import delivered_to, proposer
from .domestic import DOMESTIC_FRAMES, addressed_to_itself, domestic_object, domestic_people, jailer
from .embedded import about_another_act, cause_of_another_act, content_of_a_blocked_text, decision_as_cause, \
    demanded_act, \
    earlier_in_a_relative, ended_or_talked_about, fronted_background, intercepted_weapons, one_violent_act, \
    protest_causes, protest_slogans, purpose_infinitive, relative_on_a_thing, toll_of_leaving, unrealised, \
    venue_of_another_act, in_an_aside
from .nonevents import ordinary_news
from .mass import mass_code
from .ultimatum import ULTIMATUM, ultimatum
from .means import means_code, police_searches
from .topics import setting_or_topic
from .mood import REPORTING, Mood, cooperative, intent_code, mood_of, refusal_code, threat_code
from .generic import party_people, role_code
from .reaction import agent_of_object, author_of_object, reacts_to_a_thing
from .selftarget import beside_another_target, described_as_its_own
from .conditions import conditioned, rumoured
from .appeals import appeal_to_no_one
from .economic import measures_in_force, measures_target
from .summary import lasting, summary_of_a_war
from .warnings import forecast_warning
from .roles import EVENT_NOUNS, Frame, frame_for, others

__all__ = ["distinct", "find_events", "triggers_in"]

_REACH = 12  # sentences back within which an earlier act can be an antecedent or anchor


@stage("events")
def find_events(doc: Doc, ctx: Context) -> Doc:
    events: list[Event] = []
    previous: list[Mention] = []
    places: list[Mention] = []
    for sentence in doc.sentences:
        if sentence.candidate:  # acts of the last few sentences are what a later one can refer to
            recent = [e for e in events[-200:] if sentence.index - e.sentence <= _REACH]
            found = _sentence_events(doc, sentence, ctx, recent, previous, places or ahead(doc, sentence))
            doer = claimant(sentence) or (suspect(sentence) if not found else None)
            if doer is not None and doer.actor is not None:
                claimed(events[-50:] + found, _ref(doer), sentence.index)
            events.extend(found)
        elif (doer := suspect(sentence)) is not None and doer.actor is not None:  # "JNIM are suspected."
            claimed(events[-50:], _ref(doer), sentence.index)
        if sentence.mentions:
            attribute_later(events[-50:], sentence)  # "... an attack claimed by ISIL", "ISIS suspected."
            previous = [m for m in sentence.mentions if m.actor is not None]
            here = scene(sentence, [])  # a capital that speaks ("Moscow said") is no scene for the next sentence
            places = (places + [here])[-6:] if here is not None and (here.kind == "place" or here.locative) else places
    kept = addressed_to_itself(blame_for_violence(protest_causes(riot_with_police(
        ordinary_news(doc, events), ctx.codebook))))
    doc.events = distinct(described_as_its_own(beside_another_target(kept)))
    return doc


def triggers_in(sentence: Sentence, ctx: Context) -> list[Match]:
    lower = [t.lower for t in sentence.tokens]
    blocked = {i for m in sentence.mentions for i in range(m.start, m.end)}
    stops = {i for i, t in enumerate(sentence.tokens) if not t.text[0].isalnum() and t.text not in _GAP_OK}
    found: list[Match] = []
    present = frozenset(lower)
    i = 0
    while i < len(lower):
        match = None if i in blocked else ctx.lexicon.find(lower, i, blocked, stops, present)
        if match is None:
            i += 1
            continue
        found.append(match)
        i = match.end
    return found


_GAP_OK = {"-", "$", "€", "£", "%", "'s", "’s", "\"", "“", "”", "'", "‘", "’"}


def distinct(events: list[Event]) -> list[Event]:
    """One event per (source, target, code) per sentence, after claims renamed doers."""
    seen: set[tuple[int, str, str, str]] = set()
    out = []
    for e in events:
        key = (e.sentence, e.source.primary, e.target.primary, e.code)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _sentence_events(doc: Doc, sentence: Sentence, ctx: Context, earlier: list[Event],
                     previous: list[Mention], places: list[Mention]) -> list[Event]:
    lower = [t.lower for t in sentence.tokens]
    matches = [m for m in triggers_in(sentence, ctx) if not _adjectival(lower, m) and not _thing_doing(sentence, m)]
    if not matches:
        return []
    st = analyse(sentence, [m.head for m in matches if m.rule.verb],
                 {k for m in matches for k in range(m.start, m.end)})
    main = _main_subject(st)
    frames: dict[int, Frame] = {}
    out: list[Event] = []
    seen: set[tuple[str, str, str]] = set()
    void: set[int] = set()  # asking matches that address no other actor
    for match in matches:
        if match.rule.code == SKIP:
            continue
        frame = frame_for(st, match, frames, main)
        frame.targets = agent_of_object(st, match) or frame.targets  # "condemned the attack by X": X
        if match.rule.verb and (frame.sources or frame.unknown):
            frames[match.head] = frame
        if _background(st, match) or _quoted(sentence, match) or _in_time_phrase(sentence, match) \
                or about_another_act(st, match, matches) or unrealised(st, match) or cause_of_another_act(st, match) \
                or content_of_a_blocked_text(st, match) or fronted_background(st, match) \
                or earlier_in_a_relative(st, match, matches) or toll_of_leaving(st, match) \
                or ended_or_talked_about(st, match) or intercepted_weapons(st, match) \
                or relative_on_a_thing(st, match) or venue_of_another_act(st, match) or in_an_aside(st, match) \
                or setting_or_topic(st, match) or forecast_warning(st, match, frame.sources) \
                or summary_of_a_war(st, match) or measures_target(st, match) or measures_in_force(st, match) \
                or decision_as_cause(st, match) or lasting(st, match) or appeal_to_no_one(st, match):
            continue
        mood = _mood(st, ctx, match, frame)
        if mood.effect == "announce" and match.rule.code[:2] != "13" and (
                conditioned(st, match) and not ultimatum(st, match) or rumoured(st)):  # an ultimatum is 139 below
            mood = Mood("hypothetical", mood.cue)  # "would recognise X unless Caracas called an election"
        code, polarity, modality = _apply(mass_code(st, match, means_code(st, match, _by_means(
            _by_civilians(match.rule.code, frame, match.rule.id), frame), _named_victims(frame))), mood)
        if modality == "announced" and ultimatum(st, match):  # "would recognise X unless Caracas ..."
            code, modality = ULTIMATUM, "actual"
        demand = _reported_demand(st, match, frame, mood, main)
        if mood.effect == "none" and not ctx.keep_all and (demanded_act(st, match, [m for m in matches if m.start not in void])
                                                           or purpose_infinitive(st, match)):
            continue
        if demand is not None:  # "X said Hamas must release the hostages": X demands it of Hamas
            frame, code, polarity, modality = demand, "100", "asserted", "actual"
            mood = Mood("demand", mood.cue)
        if modality == "actual" and _habitual(st, match):
            modality = "habitual"
        if polarity != "asserted" or modality not in ("actual", "announced"):
            if not ctx.keep_all:
                continue
        implied = _implied(st, match, frame, mood, (code, polarity, modality), matches, earlier, out, previous)
        if implied is None:
            continue
        (code, polarity, modality), fallback = implied
        code, composed = compose(st, match, matches, code, mood, ctx.composition, ctx.codebook)
        pairs = _pairs(frame, match, fallback, sentence)
        if not pairs and "other" in match.rule.flags:
            void.add(match.start)  # "ordered its troops to withdraw": no demand, the withdrawal is the act
        if not pairs and not frame.targets and not fallback and code[:2] in DOMESTIC_FRAMES \
                and domestic_object(st.lower, match):  # "demanded that the government scrap the quotas"
            refs = [_ref(m) for m in frame.sources if m.actor is not None and m.actor.type not in ("igo", "ngo")]
            pairs = [(r, _home(r), "domestic") for r in refs if ctx.kb.state(r.primary) is not None]
        if not pairs and not frame.targets and not fallback and code[:2] == "12" \
                and (to := proposer(st, match)) is not None:  # "rejected an offer from Brazil"
            pairs = [(_ref(m), _ref(to), None) for m in frame.sources if m.actor is not None]
        if not pairs and not frame.targets and not fallback and (to := delivered_to(st, match)) is not None:
            pairs = [(_ref(m), _ref(to), None) for m in frame.sources if m.actor is not None]  # "was handed to X"
        if not pairs and not fallback and domestic_people(st, match, frame, code):  # "the president pardoned rebels"
            refs = [_ref(m) for m in frame.sources if m.actor is not None and m.actor.type == "state"]
            pairs = [(r, _home(r), "domestic") for r in refs]
        if not pairs and all(m.actor is None for m in frame.sources) and conflict_root(code) \
                and frame.fallback != "home":  # no doer named, or only one we could not place
            pairs = _unnamed(sentence, st, frame, match, code, places, earlier + out, ctx)
        if mood.effect in ("intent", "refuse", "threat") and "sym" in match.rule.flags:
            speakers = {m.actor.primary for m in frame.sources if m.actor is not None}
            pairs = [p for p in pairs if p[0].primary in speakers]  # only the side that said it will (not)
        if not pairs and code[:2] == "13" and match.rule.code[:2] == "13" and match.rule.id != "130/warn" \
                and not fallback:  # "threatened to stop cooperating with the EU": aimed at the other named
            pairs = [p for p in _posture_target(sentence, match, [(_ref(m), _ref(m), "self") for m in frame.sources
                                                                  if m.actor is not None]) if p[2] == "posture"]
        if code[:3] == "142" and pairs and all(s.primary == t.primary for s, t, _ in pairs) \
                and (held := jailer(st, {s.primary for s, _, _ in pairs})) is not None:  # "prisoners held by Israel"
            pairs = [(s, _ref(held), how) for s, _, how in pairs]
        if code[:2] == "15" and pairs and all(how == "self" for _, _, how in pairs) or code[:2] in ("11", "12", "13") \
                and pairs and all(s.primary == t.primary and how != "domestic" for s, t, how in pairs):  # at another
            pairs = _posture_target(sentence, match, pairs)
        for source, target, how in pairs:
            key = (source.primary, target.primary, code)
            if key in seen or (how not in ("self", "domestic") and source.id == target.id and source.mention == target.mention):
                continue
            seen.add(key)
            out.append(_event(doc, sentence, ctx, match, (code, composed), polarity, modality, source, target,
                              frame, how, mood, earlier + out, _clause_chars(st, match)))
    return police_searches(protest_slogans(one_violent_act(_without_complement_artifacts(_without_protest_demands(
        _without_redundant_ground(_without_protest_reason(out, sentence)))))))


def _without_protest_reason(events: list[Event], sentence: Sentence) -> list[Event]:
    """"Rioters torched shops in protest at the plan": the protest is the torching, coded once."""
    def reason(e: Event) -> bool:
        return e.code[:2] == "14" and sentence.text[:max(0, e.trigger_at)].rstrip().lower() \
            .endswith(" in")
    acts = {e.trigger_at for e in events if e.code[:2] == "14" and not reason(e)}
    return [e for e in events if not (reason(e) and acts)]


def _without_redundant_ground(events: list[Event]) -> list[Event]:
    """An act coded against its doers' own state for want of a target ("raided a village, killing
    two") adds nothing where the sentence codes the same doers' violence against someone named."""
    named = {e.source.primary for e in events if conflict_root(e.code) and not e.rule.endswith("+ground")}
    return [e for e in events if not (e.rule.endswith("+ground") and e.source.primary in named)]


def _posture_target(sentence: Sentence, match: Match, pairs: list) -> list:
    """A show of force is aimed at someone: "raised its alert after North Korea's missile test",
    "put its forces on alert as Chinese warships neared": the other state or group the sentence
    names after the trigger, else before it; its own state only when there is none. So is a
    disapproval, rejection or threat that found only its own state ("warned that Moscow would use
    nuclear weapons if Ukraine's offensive succeeded"), unless the text gave it a domestic object."""
    mine = {s.primary for s, _, _ in pairs}
    lower = [t.lower for t in sentence.tokens]
    others = [m for m in sentence.mentions if m.actor is not None and m.kind not in ("pronoun", "place")
              and m.actor.primary not in mine and m.actor.type in ("state", "group", "igo") and not m.locative
              and (m.end >= len(lower) or lower[m.end] not in _PLACE_HEADS)]  # not "the Saudi city of Jeddah"
    after = [m for m in others if m.start >= match.end] or [m for m in others if m.end <= match.start]
    if not after:
        return pairs
    return [(s, _ref(after[0]), "posture") for s, _, _ in pairs]


_PLACE_HEADS = {"city", "town", "village", "port", "capital", "province", "region", "border", "coast", "island"}
_FRAMING_ROOTS = ("02", "03", "10", "11", "12", "13")


def _without_complement_artifacts(events: list[Event]) -> list[Event]:
    """"Azerbaijan refused to halt its offensive", "Turkey appealed to X to lift its ban on rallies":
    an act an actor only refuses, asks for, threatens or intends frames the nouns after it; a noun
    there with no target of its own is no act of the speaker on itself."""
    out = []
    for e in events:
        if e.root == "07" and e.source.primary == e.target.primary:
            continue  # relief at home ("troops deployed to help flood victims") is no aid between actors
        framed = any(f.root in _FRAMING_ROOTS and not f.code.startswith("128") and f.source.primary == e.source.primary
                     and f.trigger_at < e.trigger_at and _complement(e.evidence["text"], f.trigger_at, e.trigger_at)
                     for f in events if f is not e)
        if framed and e.source.primary == e.target.primary and e.root not in _FRAMING_ROOTS:
            continue
        out.append(e)
    return out


def _complement(text: str, start: int, end: int) -> bool:
    """Whether the text between two triggers opens an infinitive and starts no new clause."""
    between = f" {text[start:end]} "
    return " to " in between and not any(w in between for w in (" and ", ";", " but ", " while ", ". "))


def _without_protest_demands(events: list[Event]) -> list[Event]:
    """"Teachers marched in Harare, demanding their salaries": what a protest demands is the
    protest's cause, not a separate demand (annotators code the protest only)."""
    protesting = {e.source.primary for e in events if e.root == "14"}
    return [e for e in events if not (e.root == "10" and e.source.primary in protesting
                                      and e.trigger.lower().startswith(("demanding", "calling", "urging")))]


_SPEECH = ("01", "02", "10", "11", "12", "13")


def _implied(st: Structure, match: Match, frame: Frame, mood: Mood, coded: tuple[str, str, str],
             matches: list[Match], earlier: list[Event], out: list[Event],
             previous: list[Mention]) -> tuple[tuple[str, str, str], list[ActorRef]] | None:
    """The code and the targets of an act whose clause names no target: a repeated act ("took the same
    step"), an earlier event or actor, the victim of the act that ", killing ..." follows, the victim's
    own state (a leader "shot dead" by no one named), the host of a visit, an elided object ("...
    while Germany expelled four"). None when the act repeats nothing it can name."""
    code, polarity, modality = coded
    if "same" in match.rule.flags:  # "... took the step": the act an earlier actor took
        following = st.lower[match.end] if match.end < len(st.lower) else ""
        copied = None if following in ("of", "to", "towards", "toward", "forward", "back", "in") \
            else _repeated(frame, earlier + out)  # "took the step of expelling": the act is named
        if copied is None:
            return None
        frame.targets = []
        return _apply(copied.code, mood), [copied.target]
    fallback = _antecedents(st, match, frame, earlier + out, previous) if not frame.targets else []
    if not fallback and not frame.targets and frame.sources and reacts_to_a_thing(st, match):
        acts = [e for e in earlier + out if e.code[:2] not in _SPEECH]  # "welcomed it": an act, not a reaction
        frame.anaphora = True
        speakers = {m.actor.primary for m in frame.sources if m.actor is not None}
        speakers |= {e.source.primary for e in out if e.code[:2] in _SPEECH}  # "X condemned it while Y welcomed it"
        fallback = [_ref(m) for m in author_of_object(st, match, speakers, previous)] \
            or _antecedents(st, match, frame, acts, previous)  # "Lima condemned it"
    prior = next((e for e in reversed(out) if e.code[:2] in ("18", "19", "20") and any(
        m.actor is not None and m.actor.primary == e.source.primary for m in frame.sources)), None)
    if not fallback and prior is not None and _consequence(st, match, frame, prior):
        frame.targets, fallback = [], [prior.target]  # "shot down a Ukrainian airliner, killing all 176 on board"
        code = prior.code  # the same act, counted once
    if not frame.sources and code[:2] in ("18", "19") and _named_victims(frame) \
            and sum(m.rule.code[:2] in ("18", "19", "20") for m in matches) == 1 \
            and not any(w in _ATTACK_WORDS for w in st.lower[match.end:match.end + 8]):  # no attack named
        frame.fallback, code = "home", "186"  # "Abe was shot dead", "a student shot dead Rabin": at home
    elif frame.sources and code in ("180", "190") and _named_victims(frame) and "kill" in match.rule.id \
            and not any(w in _ATTACK_WORDS for w in st.lower[match.end:match.end + 8]):
        code = "186"  # "Israel killed Hamas's deputy leader in Beirut": a named person killed is assassinated
    if not frame.targets and not fallback and "sym" in match.rule.flags and len(frame.sources) == 1:
        host = next((e for e in reversed(out) if e.code[:3] in ("042", "043") and frame.sources[0].actor
                     and e.source.primary == frame.sources[0].actor.primary), None)
        fallback = [host.target] if host else []  # "Xi arrived in Pakistan and signed agreements": with the host
    if not frame.targets and not fallback and out and _elliptical(st, match):
        (code, polarity, modality), fallback = _apply(out[-1].code, mood), [out[-1].target]
    return (code, polarity, modality), fallback


_BEFORE_ADJECTIVE = {"the", "a", "an", "of", "with", "for", "their", "its", "his", "her", "newly", "recently",
                     "two", "three", "four", "five", "several", "dozens", "hundreds", "thousands", "many", "some"}


def _adjectival(lower: list[str], match: Match) -> bool:
    """A bare past participle modifying a noun is not the act: "planes carrying deported migrants",
    "the detained journalists"."""
    if match.end != match.head + 1 or match.start != match.head or match.end >= len(lower):
        return False
    word, before, after = lower[match.head], lower[match.head - 1] if match.head else "", lower[match.end]
    if not word.endswith("ed") or not (word in match.rule.participles or match.rule.verb):
        return False
    follows_noun = after.isalpha() and after not in PREPOSITIONS and after not in DETERMINERS \
        and after not in ("and", "or", "by", "as", "on", "that", "who", "which")
    return follows_noun and (before in _BEFORE_ADJECTIVE or before in PREPOSITIONS or before.endswith("ing")
                             or before.isdigit())  # "comments on jailed activists"


_NOT_NOUNS = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "and", "or", "who", "which",
              "that", "it", "they", "he", "she", "we", "also", "publicly", "formally", "repeatedly", "then", "again",
              "later", "previously", "once", "not", "never", "had", "having", "officially", "openly", "directly"}


_HELD_WORDS = {"jailed", "detained", "imprisoned", "arrested", "kidnapped", "abducted", "held"}


def _thing_doing(sentence: Sentence, match: Match) -> bool:
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


def _repeated(frame: Frame, earlier: list[Event]) -> Event | None:
    """The last act, by an actor not among this one's sources, that a "took the step" repeats."""
    mine = {m.actor.primary for m in frame.sources if m.actor is not None}
    return next((e for e in reversed(earlier) if e.source.primary not in mine and e.target.primary not in mine
                 and e.code[:2] not in ("01", "02", "11", "12", "13")), None)


_ATTACK_WORDS = {"attack", "bombing", "strike", "airstrike", "blast", "explosion", "ambush", "raid", "crash"}


def _named_victims(frame: Frame) -> bool:
    """The targets are named people (a leader shot by someone the text does not name)."""
    return bool(frame.targets) and all(m.actor is not None and (m.actor.type == "person" or m.role == "title")
                                       for m in frame.targets)


def _consequence(st: Structure, match: Match, frame: Frame, before: Event) -> bool:
    """", killing N people" after an act of the same source: the victims are that act's target."""
    if not (st.lower[match.head].endswith("ing") and match.head > 0 and st.lower[match.head - 1] == ","):
        return False
    if any(not (m.kind == "role" and m.actor is not None and m.actor.role == "CVL") for m in frame.targets):
        return False  # a victim named: "..., killing two Russian soldiers"
    return match.rule.code[:2] in ("18", "19", "20") and before.code[:2] in ("18", "19", "20") \
        and any(m.actor is not None and m.actor.primary == before.source.primary for m in frame.sources)


def _habitual(st: Structure, match: Match) -> bool:
    """"The group carries out sporadic attacks": a present-tense verb with no date is a habit, not an event."""
    if "noun" in match.rule.flags or not (st.lower[match.head] in match.rule.thirds or _plural_relative(st, match)):
        return False
    start, end = _clause_chars(st, match)
    return not any(start <= t.start < end for t in st.sentence.times)


def _plural_relative(st: Structure, match: Match) -> bool:
    """"militants who carry out attacks", "groups that kidnap civilians": a base-form verb right after
    a relative pronoun is a plural present, a habit like "the group carries out attacks"."""
    word = st.lower[match.head]
    k = match.start - 1
    return match.head == match.start and k >= 1 and st.lower[k] in ("who", "that", "which") \
        and st.lower[k - 1] not in REPORTING and word not in match.rule.participles \
        and word not in match.rule.gerunds and not word.endswith(("ed", "ing"))


def _clause_chars(st: Structure, match: Match) -> tuple[int, int]:
    start, end = clause_of(st, match.head)
    tokens = st.sentence.tokens
    return tokens[start].start, tokens[end - 1].end if end > start else tokens[start].end


def _reported_demand(st: Structure, match: Match, frame: Frame, mood: Mood,
                     main: list[Mention]) -> Frame | None:
    if mood.effect != "hypothetical" or mood.cue not in ("must", "should") or not frame.sources:
        return None
    first = min(m.start for m in frame.sources)
    if not main or main[0].start >= first or not any(w in REPORTING for w in st.lower[main[-1].end:first]):
        return None
    speakers = {m.actor.primary for m in main if m.actor is not None}
    if speakers & {m.actor.primary for m in frame.sources if m.actor is not None}:
        return None
    return Frame(list(main), list(frame.sources), inherited=True)


_CROWD_WORDS = {"protesters", "protestors", "demonstrators", "rioters", "crowd", "crowds", "mob", "mobs",
                "youths", "students", "people", "residents", "supporters", "workers", "villagers", "activists",
                "mourners", "marchers", "fans", "traders", "women", "men"}


def _crowd(mention: Mention) -> bool:
    """A crowd whose force is a violent protest, not armed settlers, a gang or a militia."""
    return any(w in _CROWD_WORDS for w in mention.text.lower().split())


_PROPERTY = {"vandalise", "torch", "burn", "set", "loot", "tear"}


def _by_civilians(code: str, frame: Frame, match_id: str = "x/x") -> str:
    """Fighting by protesters or crowds is a violent protest (145), not a military act; a crowd
    beating or assaulting people keeps its assault (18x), as the codebook's 1823 and 182 code a mob."""
    if code[:2] in ("19",) and frame.sources and all(
            m.actor is not None and m.actor.role == "CVL" and _crowd(m) for m in frame.sources):
        return "145"
    if code == "145" and frame.sources and all(_armed(m) or (m.actor is not None and m.actor.role == "UAF")
                                               for m in frame.sources):  # gunmen, attackers, assailants
        # gunmen looting or burning homes seize or damage property (171); other force is an assault
        return "171" if match_id.split("/")[1].split("-")[0] in _PROPERTY else "180"
    if code in ("190", "193") and frame.sources and all(
            m.actor is not None and (m.actor.role in ("INS", "UAF", "CVL") or party_people(m) or _militia(m))
            for m in frame.sources) \
            and not (frame.targets and all(m.role in ("group", "person", "body") and (_armed(m) or (
                m.actor is not None and m.actor.role == "COP")) for m in frame.targets)):  # fighting troops is battle
        return "180"  # an attack by insurgents, gangs, party militants or armed civilians is unconventional violence
    return code


def _militia(mention: Mention) -> bool:
    """A militia named as such ("a local militia", "militiamen"), not a state's army: its attacks on
    people or villages are unconventional violence, as an armed gang's are."""
    return mention.actor is not None and mention.actor.role == "MIL" and "militia" in mention.text.lower()


_AIR = ("air force", "warplane", "jet", "helicopter", "gunship", "drone", "bomber")


def _by_means(code: str, frame: Frame) -> str:
    """An attack by a suicide bomber is a suicide bombing (1831); a strike by warplanes, drones or
    an air force is an aerial attack (195)."""
    if code[:2] not in ("18", "19") or not frame.sources:
        return code
    texts = [m.text.lower() for m in frame.sources]
    if all("suicide" in t for t in texts):
        return "1831"
    if code == "190" and all(any(w in t for w in _AIR) for t in texts) and not all("suicide" in t for t in texts):
        return "195"
    return code


_NOT_SUBJECT_WORDS = {"and", "or", "but", "then", "also", "not", "never", "had", "has", "have", "was", "were",
                      "is", "are", "will", "would", "to", "reportedly", "jointly", "formally", "officially",
                      "who", "which", "that", "later", "again", "already", "just", "it", "they", "he", "she"}


def _main_subject(st: Structure) -> list[Mention]:
    """The first subject-like actor of the sentence (outside quotations) and those coordinated with it."""
    quotes = st.sentence.quotes
    first = min(st.heads, default=-1)
    thing = first > 0 and first - 1 not in st.blocked and st.lower[first - 1].isalpha() \
        and st.lower[first - 1] not in _NOT_SUBJECT_WORDS  # "A strong earthquake struck Nepal": no actor acts
    for mention in st.sentence.mentions:
        if any(a <= mention.char_start < b for a, b in quotes):
            continue
        if thing and mention.start > first:
            return []
        if usable_subject(st, mention):
            return group_right(st, mention, len(st.lower), subject=True) + others(mention)
    return []


def _mood(st: Structure, ctx: Context, match: Match, frame: Frame) -> Mood:
    if "noun" in match.rule.flags and frame.subject_end == match.start:
        return mood_of(st, ctx.governors, max(0, match.start - 2), match.start)
    if match.start > 0 and st.lower[match.start - 1] == "to" and frame.inherited:
        # "appealed to Congress to help ... and to impose sanctions": the first verb governs
        main = _main_subject(st)
        begin = main[-1].end if main and main[-1].end <= match.start else 0
        outer = mood_of(st, ctx.governors, begin, match.start)
        if outer.effect in ("block", "hypothetical", "negate", "refuse", "threat"):
            return outer
    start = frame.subject_end if 0 <= frame.subject_end <= match.start else max(0, match.start - 6)
    if frame.passive and proposer(st, match) is not None:  # "X's request to ... was rejected": no mood of the request
        start = max(start, match.start - 3)
    if frame.sources and not frame.inherited:  # "hoping it will ...", "if X ...": just before the subject
        first = min(m.start for m in frame.sources if m.end <= match.start) if any(
            m.end <= match.start for m in frame.sources) else start
        clause_start, _ = clause_of(st, first)
        before = mood_of(st, ctx.governors, max(clause_start, first - 3), first)
        if before.effect in ("hypothetical", "negate", "block"):
            return before
    clause_start, _ = clause_of(st, match.head)
    if st.lower[clause_start] == "that" and clause_start > 0:  # "demanded that X halt ..."
        before = mood_of(st, ctx.governors, max(0, clause_start - 3), clause_start)
        if before.effect in ("hypothetical", "negate", "block"):
            return before
    return mood_of(st, ctx.governors, start, match.start)


def _apply(code: str, mood: Mood) -> tuple[str, str, str]:
    """(code, polarity, modality) after the mood."""
    effect = mood.effect
    if effect == "block":
        return code, "asserted", "reported"
    if effect == "refuse":
        return (refusal_code(code), "asserted", "actual") if cooperative(code) else (code, "negated", "actual")
    if effect == "negate":
        return code, "negated", "actual"
    if effect == "threat":
        return threat_code(code), "asserted", "actual"
    if effect == "hypothetical":
        return code, "asserted", "hypothetical"
    if effect == "intent":
        return intent_code(code), "asserted", "announced"
    if effect == "announce":
        return code, "asserted", "announced"
    return code, "asserted", "actual"


_COURT = ("sentence", "convict", "charge", "indict", "fine", "trial", "jail", "custody", "execut", "hang")


def _unnamed(sentence: Sentence, st: Structure, frame: Frame, match: Match, code: str,
             places: list[Mention], earlier: list[Event], ctx: Context) -> list[tuple[ActorRef, ActorRef, str | None]]:
    """Pairs for a violent, coercive or protest act whose doer the text leaves unnamed: a
    suspected or claimed group; else, for violence, the doer of the last violence the report
    named against the same state ("Israeli forces pressed their offensive ... Air strikes killed
    dozens"); else an unnamed actor of the scene's state (:mod:`.conflict`)."""
    start, _ = clause_of(st, match.head)
    noun = "noun" in match.rule.flags or not match.rule.verb or (
        match.start > 0 and (st.lower[match.start - 1] in DETERMINERS or st.lower[match.start - 1] in PREPOSITIONS))
    if any(w in match.rule.id for w in _COURT) or not main_act(st.lower, start, match.start, noun):
        return []
    where = scene(sentence, places, match.head)
    named = [_ref(m) for m in attributed(sentence)]
    if named and code[:2] == "14":
        return []  # a fire set by a group that claims attacks is part of its attack, not a protest
    if where is None and named and plausible(st.lower, code, True, (match.start, match.end)):
        targets = [_ref(m) for m in frame.targets if m.actor is not None and not m.locative]
        return [(d, t, "unnamed") for d in named for t in targets]  # "killed in an ambush by X": X's act
    if where is None or not plausible(st.lower, code, True, (match.start, match.end)):
        return []
    state = where.actor.primary
    before = next((e for e in reversed(earlier) if (e.code[:2] in ("18", "19", "20") or e.code == "145")
                   and e.target.primary == state and e.source.primary != state
                   and e.rule.split("+")[-1] != "unnamed"), None) if code[:2] in ("18", "19", "20") else None
    if before is None and code[:2] in ("18", "19", "20"):  # "protesters clashed with police ... officers were injured"
        riot = next((e for e in reversed(earlier) if e.code == "145" and sentence.index - e.sentence <= 1), None)
        if riot is not None:
            return []  # the injuries of a riot already coded
    roles = [role_code(m, ctx.roles) for m in frame.sources if m.kind == "role"]
    doers = named or ([before.source] if before and not roles else [unnamed_doer(where, code, roles[0] if roles else "")])
    targets = [_ref(m) for m in frame.targets if m.actor is not None and not m.locative] \
        or [_home(_ref(where))]
    return [(d, t, "unnamed") for d in doers for t in targets]


def _ref(mention: Mention) -> ActorRef:
    actor = mention.actor
    assert actor is not None
    return ActorRef(actor.id, actor.primary, actor.code, actor.name, mention.text)


def _home(source: ActorRef) -> ActorRef:
    return ActorRef(source.primary, source.primary, source.primary, source.primary, source.mention)



_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                 "several", "some", "more", "another", "others"}


def _elliptical(st: Structure, match: Match) -> bool:
    """"... and Germany expelled four": the object is left out and repeats an earlier act's."""
    j = match.end
    while j < len(st.lower) and st.lower[j] in ("each", "also", "too"):
        j += 1
    if j >= len(st.lower) or not (st.lower[j].isdigit() or st.lower[j] in _NUMBER_WORDS):
        return False
    k = j + 1
    return k >= len(st.lower) or not st.lower[k].isalpha() or st.lower[k] in ("of", "in", "on", "from", "each")


def _in_time_phrase(sentence: Sentence, match: Match) -> bool:
    """"Two months after the attack": the trigger names the anchor, it is not a new act."""
    at = sentence.tokens[match.head].start
    return any(t.start <= at < t.end - len(t.anchor_text or "") for t in sentence.times)


def _quoted(sentence: Sentence, match: Match) -> bool:
    """A trigger inside quotation marks is someone's words ("a stab in the back"), not an act."""
    at = sentence.tokens[match.head].start
    return any(a < at < b for a, b in sentence.quotes)


def _background(st: Structure, match: Match) -> bool:
    """A trigger in a "since ..." clause is background ("since the junta took power")."""
    start, _ = clause_of(st, match.head)
    return st.lower[start] == "since" and start < match.start


_DECISIONS = {"decision", "decisions", "move", "moves", "step", "steps", "recognitions"}


def _antecedents(st: Structure, match: Match, frame: Frame, earlier: list[Event],
                 previous: list[Mention]) -> list[ActorRef]:
    """Targets for an act whose object is an earlier event or actor ("condemned the move", ``ant``)."""
    if not (frame.anaphora or "ant" in match.rule.flags):
        return []
    mine = {m.actor.primary for m in frame.sources if m.actor is not None}
    mine_codes = {m.actor.code for m in frame.sources if m.actor is not None}
    wanted = _event_family(st, match)
    own_noun = "noun" in match.rule.flags or any(  # "announced its own recognition": the act itself
        w in _NOUN_FAMILIES and match.rule.code.startswith(_NOUN_FAMILIES[w]) and _NOUN_FAMILIES[w]
        for w in st.lower[match.start + 1:match.end])
    same = [e for e in earlier if e.sentence == st.sentence.index and e.source.code in mine_codes]
    if same and "ant" in match.rule.flags:  # "blamed Israel and vowed punishment": Israel again
        return [same[-1].target]
    decided = any(w in _DECISIONS for w in st.lower[match.start:match.end + 4])
    for event in reversed(earlier):
        if wanted and not event.code.startswith(wanted):
            continue
        if decided and event.code[:2] in ("01", "02", "10", "11", "12", "13"):
            continue  # "welcomed the decisions": an act, not what someone said about it
        parallel = own_noun and (event.code[:3] == match.rule.code[:3] or _punishments(event, match))
        if parallel and event.target.primary not in mine:  # "Portugal announced its own recognition"
            return [event.target]
        if not own_noun and event.code == match.rule.code:
            continue  # another reaction of the same kind is not what this one reacts to
        if parallel or event.source.code in mine_codes or (event.source.primary in mine and event.source.code == event.source.primary):
            continue
        plural = any(w.endswith("s") and w in EVENT_NOUNS for w in st.lower[match.start:match.end + 4])
        family = [e.source for e in earlier if e.code[:3] == event.code[:3] and e.source.code not in mine_codes
                  and (e.sentence == event.sentence or plural and e.target.primary == event.target.primary)]
        return list({r.primary: r for r in family}.values())
    if "ant" in match.rule.flags:
        return _antecedent_actors(st, match, mine, previous)
    return []


def _punishments(event: Event, match: Match) -> bool:
    """"The AU suspended Niger, and ECOWAS imposed sanctions": a penalty after another penalty (a
    cut in relations, 16, or sanctions, 163) joins it against the same target; it does not punish
    the first penalty's author."""
    return event.root == "16" and match.rule.code.startswith(("16", "163"))


def _names_its_own(st: Structure, match: Match, mine: set[str]) -> bool:
    """Whether the sentence names, after the trigger, an actor other than the doer's: then what the
    act answers is in this sentence, not in the one before."""
    return any(m.start >= match.end and m.actor is not None and m.actor.primary not in mine
               and m.kind != "place" and not m.locative for m in st.sentence.mentions)


def _antecedent_actors(st: Structure, match: Match, mine: set[str], previous: list[Mention]) -> list[ActorRef]:
    """The last other actor named before the trigger; for violence claimed afterwards ("X claimed
    the attack"), every victim named in the previous sentence."""
    def usable(m: Mention) -> bool:
        return m.actor is not None and m.actor.primary not in mine and m.kind != "place" and not m.locative

    here = [m for m in st.sentence.mentions if m.start < match.start and usable(m)]
    if here:  # the nearest, preferring an actor that is not a mere possessor ("NATO's member")
        plain = [m for m in here if not m.possessive]
        return [_ref((plain or here)[-1])]
    before = [m for m in previous if usable(m)]
    if not before or _names_its_own(st, match, mine):
        return []  # "... vowed revenge for a strike that Tehran blamed on Israel": no actor of the sentence before
    if match.rule.code[:2] in ("18", "19", "20"):
        return list({r.primary: r for r in map(_ref, before)}.values())
    subjects = [m for m in before if not m.possessive]  # the previous sentence's subject
    return [_ref((subjects or before)[0])]


_NOUN_FAMILIES = {"recognition": "054", "recognitions": "054", "sanctions": "163", "tariffs": "163",
                  "expulsion": "1", "expulsions": "1", "annexation": "192", "invasion": "19",
                  "attack": "1", "attacks": "1", "strike": "19", "strikes": "19", "arrest": "173",
                  "arrests": "173", "deportation": "", "deportations": ""}


def _event_family(st: Structure, match: Match) -> str:
    """The code prefix an event noun after the trigger points to ("welcomed the recognitions")."""
    for j in range(match.end, min(match.end + 5, len(st.lower))):
        if st.lower[j] in _NOUN_FAMILIES:
            return _NOUN_FAMILIES[st.lower[j]]
    if "noun" in match.rule.flags:
        return match.rule.code[:3]
    return ""


_COERCIVE = {"15", "17", "18", "19", "20"}
_ARMED_WORDS = {"troops", "forces", "soldiers", "army", "military", "paratroopers", "marines", "peacekeepers",
                "fighters", "militants", "rebels", "tanks", "units", "contingent", "battalion", "battalions"}


def _armed(mention: Mention) -> bool:
    """Armed forces: a military role, or a word for troops in the mention."""
    role = mention.actor.role if mention.actor is not None else None
    return role in ("MIL", "REB", "INS") or any(w in _ARMED_WORDS for w in mention.text.lower().split())


def _pairs(frame: Frame, match: Match, fallback: list[ActorRef],
           sentence: Sentence) -> list[tuple[ActorRef, ActorRef, str | None]]:
    flags = match.rule.flags
    coercive = match.rule.code[:2] in _COERCIVE
    sources = [_ref(m) for m in frame.sources if m.actor is not None
               and not (coercive and m.actor.type == "ngo")  # aid groups do not fight or arrest
               and ("mil" not in flags or _armed(m))]
    targets = [_ref(m) for m in frame.targets if m.actor is not None and ("other" not in flags or _named(m))]
    how: str | None = None
    if not sources and frame.fallback == "home":
        return [(_home(t), t, "self") for t in targets]
    if not sources:
        return []
    if "pair" in flags and len(sources) > 1:  # "Armenia and Azerbaijan agreed to talks": each with the other
        flags = flags | {"sym"}
    if len(sources) > 1 and _reciprocal(sentence, match):  # "Russia and Ukraine accused each other of ..."
        return [(a, b, None) for a in sources for b in sources if a.primary != b.primary]
    if not targets and "sym" in flags and len(sources) > 1:  # "fighting between the army and the RSF"
        return [(a, b, None) for a in sources for b in sources if a.code != b.code]
    if not targets and "sym" in flags and not fallback and not frame.inherited and clash_at_home(
            match.rule.code, [m for m in frame.sources if m.actor is not None], sentence, match.start):
        targets, how = [_home(s) for s in sources], "ground"  # "Al Shabaab fighters clashed near Afgoye"
    if not targets and fallback:
        targets, how = fallback, "antecedent"
    if not targets and "self" in flags:  # an appeal or demand to its own protesters is domestic (0252, 1052)
        targets = [_home(s) for s in sources]
        how = "domestic" if match.rule.code[:2] in DOMESTIC_FRAMES else "self"
    if not targets and "noun" not in flags and not frame.inherited and own_ground(match.rule.code, [m for m in frame.sources if m.actor is not None],
                                      sentence, match.start, match.end):
        targets, how = [_home(s) for s in sources], "ground"  # "Boko Haram raided a village": against NGA
    if not targets and "noun" in flags and not frame.inherited and nominal_ground(
            match.rule.code, [m for m in frame.sources if m.actor is not None], sentence, match.start):
        targets, how = [_home(s) for s in sources], "ground"  # "killed in a Boko Haram raid": against NGA
    pairs = [(s, t, how) for s in sources for t in targets if not (how in ("self", "domestic") and s.mention != t.mention)]
    if "other" in flags:  # "the ICJ ordered Israel to": only an order to another state or body is a demand
        pairs = [(s, t, how) for s, t, how in pairs if s.primary != t.primary]
    if "sym" in flags and not _one_sided(sentence, match):
        places = {m.text for m in frame.targets if m.locative or m.kind == "place"}
        pairs += [(t, s, how) for s, t, how in pairs if t.mention not in places]
    return pairs


def _reciprocal(sentence: Sentence, match: Match) -> bool:
    """Whether "each other" or "one another" follows the trigger's verb as its object."""
    after = " ".join(t.lower for t in sentence.tokens[match.head + 1:match.head + 3])
    return after in ("each other", "one another")


_APPROVING = ("approv", "accept", "ratif", "endors")


def _one_sided(sentence: Sentence, match: Match) -> bool:
    """"Israel's cabinet approved a ceasefire with Hezbollah": approving or accepting a joint act
    named by its noun is the approver's own step; the other side is not said to act."""
    if "noun" not in match.rule.flags:
        return False
    before = [t.lower for t in sentence.tokens[max(0, match.start - 3):match.start]]
    return any(w.startswith(_APPROVING) for w in before)


def _named(mention: Mention) -> bool:
    """A mention that names its actor ("Israel", "Ukraine's forces", "the Malian army"), not a bare
    role whose state was guessed from the scene ("the army")."""
    return any(w[:1].isupper() for w in mention.text.split()[1:]) or mention.text[:1].isupper() \
        and mention.text.split()[0].lower() not in ("the", "a", "an")


def _event(doc: Doc, sentence: Sentence, ctx: Context, match: Match, coded: tuple[str, Composed | None],
           polarity: str, modality: str, source: ActorRef, target: ActorRef, frame: Frame, how: str | None,
           mood: Mood, earlier: list[Event], clause: tuple[int, int]) -> Event:
    code, composed = coded
    entry = ctx.codebook.get(code) or ctx.codebook.get(code[:3]) or ctx.codebook[code[:2] + "0"]
    tokens = sentence.tokens
    trigger = sentence.text[tokens[match.start].start:tokens[match.end - 1].end]
    past = tokens[match.head].lower in match.rule.participles
    date, precision, basis = event_date(doc, sentence, tokens[match.head].start, earlier, clause, past)
    before = composed.source if composed is not None else code  # the code before composition
    rule = match.rule.id if before == match.rule.code else f"{match.rule.id}+{mood.effect}"
    if composed is not None:
        rule += f"+compose:{composed.row.id}"
    if how in ("unnamed", "ground", "domestic"):
        rule += "+" + how
    key = f"{doc.id}|{sentence.index}|{match.head}|{code}|{source.id}|{target.id}"
    trigger_at = tokens[match.head].start
    confidence = 0.9 - 0.15 * frame.inherited - 0.1 * (how is not None) \
        - 0.05 * ("noun" in match.rule.flags) - 0.1 * (modality != "actual")
    return Event(
        id=hashlib.sha1(key.encode()).hexdigest()[:16], doc_id=doc.id, sentence=sentence.index,
        source=source, target=target, code=entry.code, root=entry.root, label=entry.label,
        quad_class=entry.quad, goldstein=entry.goldstein, plover=entry.plover,
        date=date, date_precision=precision, date_basis=basis, location=None,
        polarity=polarity, modality=modality,
        evidence={"text": sentence.text, "start": sentence.start, "end": sentence.end},
        trigger=trigger, rule=rule, confidence=round(max(confidence, 0.1), 2), trigger_at=trigger_at,
    )
