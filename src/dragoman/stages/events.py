"""Stage ``events``: lexicon triggers with their source, target, mood, code and date.

For every sentence the cheap scan kept, the lexicon is matched once left to
right (longest match per position). Each match gets a frame (who did it to
whom, :mod:`.roles`), a mood (:mod:`.mood`) that may drop it or turn its code
into a rejection, intent or threat, and a date (:func:`event_date`). One
event is kept per (source, target, code) per sentence. Writes ``doc.events``.
"""

from __future__ import annotations

import hashlib

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import SKIP, Match
from ..model import ActorRef, Doc, Event, Mention, Sentence
from ..pipeline import Context, stage
from .attribution import attribute_later, blame_for_violence
from .repressed import fired_on_own_people, repressed_protests, violent_repression
from .captives import armed_detentions
from .repelled import repelled_by
from .modified import noun_doer
from .local_accords import local_accord
from .unnamed_assault import unnamed_on_people
from .conflict import accused_victim, ahead, claimant, claimed, conflict_root, riot_with_police, scene, suspect
from .compose import Composed, compose
from .headline_present import one_act_present, toll_follows
from .clauses import Structure, analyse, clause_of, group_right, sentence_facts, \
    usable_subject
from .dates import event_date
from .addressee import delivered_to, proposer
from .domestic import DOMESTIC_FRAMES, RELEASE_CALLS, addressed_to_itself, domestic_object, domestic_people, jailer, \
    local_violence
from .modifiers import object_modifier, subject_modifier
from .verbal_clash import verbal_clash
from .event_codes import on_a_post
from .armed_marches import armed_march
from .whoever import anyone_who
from .arson import arson_in_attack
from .retaliation import answered
from .joint_drills import joint_exercise
from .gapped import gapped_donors
from .embedded import about_another_act, cause_of_another_act, content_of_a_blocked_text, decision_as_cause, \
    demanded_act, gerund_noun, \
    earlier_in_a_relative, ended_or_talked_about, fronted_background, intercepted_weapons, one_violent_act, \
    protest_causes, protest_slogans, purpose_infinitive, relative_on_a_thing, toll_of_leaving, unrealised, \
    venue_of_another_act, in_an_aside
from .nonevents import ordinary_news
from .earlier import earlier_in_a_relative_clause, long_before_the_news, long_held
from .private import private_doers
from .abroad import protests_abroad
from .commentary import what_it_means
from .open_subjects import backed_by, subject_of_a_modal, what_it_called
from .standing_measures import standing_sanctions
from .mass import mass_code
from .ultimatum import ULTIMATUM, conditional_threat, ultimatum
from .means import means_code, police_searches
from .topics import setting_or_topic
from .mood import REPORTING, CarriedMoods, Mood, after_subject_relative, apply_mood, mood_of, note_attribution, ruled_out
from .visiting import dateline_host, visiting_frame, visiting_guest
from .whose import whose_doer
from .reaction import agent_of_object
from .backers import backer_of_object
from .seats import seat_host
from .foreigners import named_rival, not_on_itself
from .selftarget import beside_another_target, described_as_its_own, placed_on_itself, protest_as_motive
from .victims_abroad import on_the_named_victims
from .conditions import anonymous, awaited, conditioned, in_an_open_relative, kept_from, prevented, rumoured
from .appeals import appeal_to_no_one
from .economic import measures_in_force, measures_target
from .summary import lasting, summary_of_a_war, toll_since
from .warnings import consequence_warning, forecast_warning
from .warned import warned_threat
from .spoken import quote_speaker
from .shared_target import shared_target
from .speech_participle import participle_target
from .returned import back_to_main
from .own_decision import own_state_announces
from .scheduled import scheduled
from .questions import asked
from .document_content import content_of_a_document
from .listed_targets import with_listed_targets
from .reasons import cited_accusations, participle_doer
from .roles import Frame, frame_for, others
from .implied import implied_targets
from .event_filters import (
    without_battle_toll,
    without_commemoration,
    without_complement_artifacts,
    without_protest_demands,
    without_protest_reason,
    without_redundant_ground,
    without_riot_toll,
)
from .event_checks import (
    adjectival,
    background,
    clause_chars,
    habitual,
    in_time_phrase,
    quoted,
    thing_doing,
)
from .event_codes import by_civilians, by_means, named_victims
from .state_acts import by_state
from .executions import armed_executions
from .guests import unclaimed_guests
from .possessed_act import governing_verb_mood
from .riot_sides import clash_with_crowd, crowd_side
from .passive import auxiliaries_before
from .hosted import hosted_forces
from .posture import aimed_at_the_other_side, answered as answered_posture
from .fellows import other_members
from .event_pairs import frame_pairs, home, unnamed_pairs
from .publisher_state import publisher_scene
from .actors import has_trigger
from .summaries import summarised_act
from .denied_claims import claim_start

__all__ = ["distinct", "find_events", "triggers_in"]

_REACH = 12  # sentences back within which an earlier act can be an antecedent or anchor


@stage("events")
def find_events(doc: Doc, ctx: Context) -> Doc:
    events: list[Event] = []
    previous: list[Mention] = []
    places: list[Mention] = []
    unplaced = None  # a report that names no state: its acts with no actor named are the publisher's state's
    for sentence in doc.sentences:
        if not sentence.candidate and not sentence.mentions and doc.publisher_state is not None:
            unplaced = bool(publisher_scene(doc, ctx)) if unplaced is None else unplaced
            sentence.candidate = unplaced and has_trigger(sentence, ctx)  # "Two killed in an air raid."
        if sentence.candidate:  # acts of the last few sentences are what a later one can refer to
            recent = _recent(events, sentence.index)
            found = _sentence_events(doc, sentence, ctx, recent, previous, places or ahead(doc, sentence))
            doer = claimant(sentence) or (suspect(sentence) if not found else None)
            if doer is not None and doer.actor is not None:
                claimed(events[-50:] + found, ActorRef.of(doer), sentence.index)
            events.extend(found)
        elif (doer := suspect(sentence)) is not None and doer.actor is not None:  # "JNIM are suspected."
            claimed(events[-50:], ActorRef.of(doer), sentence.index)
        if sentence.mentions:
            attribute_later(events[-50:], sentence)  # "... an attack claimed by ISIL", "ISIS suspected."
            previous = [m for m in sentence.mentions if m.actor is not None]
            here = scene(sentence, [])  # a capital that speaks ("Moscow said") is no scene for the next sentence
            places = (places + [here])[-6:] if here is not None and (here.kind == "place" or here.locative) else places
    kept = violent_repression(repressed_protests(addressed_to_itself(blame_for_violence(protest_causes(crowd_side(clash_with_crowd(riot_with_police(
        unnamed_on_people(ordinary_news(doc, private_doers(doc, unclaimed_guests(events))), ctx.codebook), ctx.codebook), ctx.codebook),
        ctx.codebook)))), ctx.codebook),
        ctx.codebook)
    kept = fired_on_own_people(kept, ctx.codebook)
    doc.events = distinct(on_the_named_victims(described_as_its_own(beside_another_target(protest_as_motive(doc, placed_on_itself(doc, protests_abroad(doc, kept)))))))
    return doc


def _recent(events: list[Event], index: int) -> list[Event]:
    """Of the last 200 events, those of the last ``_REACH`` sentences (the events are in sentence order)."""
    k, first = len(events), max(0, len(events) - 200)
    while k > first and index - events[k - 1].sentence <= _REACH:
        k -= 1
    return events[k:]


def triggers_in(sentence: Sentence, ctx: Context,
                facts: tuple[list[str], set[int], list[int]] | None = None) -> list[Match]:
    """The lexicon's matches in the sentence, left to right; ``facts``: :func:`.clauses.sentence_facts`."""
    lower, blocked, symbols = facts or sentence_facts(sentence)
    tokens = sentence.tokens
    stops = {i for i in symbols if tokens[i].text not in _GAP_OK}
    found: list[Match] = []
    present = frozenset(lower)
    by_first, by_base, needs = ctx.lexicon.by_first, ctx.lexicon.by_base, ctx.lexicon.needs()
    # a word no rule starts with gives no match (the engine needs a first form or a base form
    # there), nor one whose rules all need a word the sentence lacks: the positions left are found
    # in one pass, and the search jumps from one to the next
    end = 0
    for i, word in enumerate(lower):
        if i < end or i in blocked or (word not in by_first or word in needs and present.isdisjoint(needs[word])) \
                and word not in by_base:
            continue
        match = ctx.lexicon.find(lower, i, blocked, stops, present)
        if match is not None:
            found.append(match)
            end = match.end
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
    facts = sentence_facts(sentence)
    lower = facts[0]
    matches = [m for m in triggers_in(sentence, ctx, facts) if not adjectival(lower, m, sentence.mentions)
               and not thing_doing(sentence, m) and not backed_by(lower, m)]
    matches = [m for m in matches if not subject_modifier(lower, m, matches)  # "Protesting farmers demanded"
               or visiting_guest(sentence, lower, m)]
    matches = [m for m in matches if not object_modifier(lower, m, sentence.mentions)]  # "with striking doctors"
    matches = answered(lower, matches)  # "hit back, blacklisting ten Europeans": the act, not 190
    if not matches:
        return []
    st = analyse(sentence, [m.head for m in matches if m.rule.verb and not gerund_noun(lower, m)],
                 {k for m in matches for k in range(m.start, m.end)}, facts)
    main = _main_subject(st)
    frames: dict[int, Frame] = {}
    out: list[Event] = []
    seen: set[tuple[str, str, str]] = set()
    void: set[int] = set()  # asking matches that address no other actor
    carried = CarriedMoods()  # moods that pass from a verb to its complement or "for" phrase
    for match in matches:
        if match.rule.code == SKIP:
            continue
        frame = frame_for(st, match, frames, main)
        returned = back_to_main(st, match, matches, frames, frame)  # "demanded that X ..., and summoned Y"
        frame = returned or frame
        frame.targets = agent_of_object(st, match) or frame.targets or backer_of_object(st, match) \
            or seat_host(st, match, frame.sources)  # "by X", "X-backed", "talks at the Kremlin"
        spoken = quote_speaker(st, sentence, match)  # '"We condemn this attack by X," the minister said'
        if spoken is not None:
            frame.sources, frame.subject_end, frame.inherited = [spoken[0]], spoken[1], False
            frame.targets = [m for m in frame.targets if m is not spoken[0]]
        frame.targets = hosted_forces(st, match) or frame.targets  # "fired at bases in Iraq housing US troops"
        frame.targets = repelled_by(st, match, frame.sources) or frame.targets  # "troops repelled an attack by X"
        frame = noun_doer(st, match, frame) or frame  # "soldiers were wounded in an Al Shabaab ambush"
        if (summed := summarised_act(st, match, main, frame.targets)) is not None:
            frame.sources, frame.targets = summed  # "..., an unusual rebuke from the bloc": the main act again
        if frame.targets and "any" in st.lower[match.end:frame.targets[0].start]:  # "any deal that X could reach"
            frame.targets = [m for m in frame.targets if not in_an_open_relative(st, match, m.start)]
        if match.rule.verb and (frame.sources or frame.unknown):
            frames[match.head] = frame
        frame = visiting_frame(sentence, lower, match) or visiting_guest(sentence, lower, match) or frame  # X came to Y
        if not frame.sources and (owner := whose_doer(st, match)) is not None:
            frame.sources = [owner]  # "X, whose visit to Budapest ...": X's visit
        if background(st, match) or quoted(sentence, match) and spoken is None or in_time_phrase(sentence, match) \
                or about_another_act(st, match, matches) or unrealised(st, match) or cause_of_another_act(st, match) \
                or content_of_a_blocked_text(st, match) or fronted_background(st, match) \
                or earlier_in_a_relative(st, match, matches) or toll_of_leaving(st, match) \
                or ended_or_talked_about(st, match) or intercepted_weapons(st, match) \
                or relative_on_a_thing(st, match) or venue_of_another_act(st, match) or in_an_aside(st, match) \
                or setting_or_topic(st, match) or forecast_warning(st, match, frame.sources) \
                or summary_of_a_war(st, match) or toll_since(st, match) or measures_target(st, match) or measures_in_force(st, match) \
                or decision_as_cause(st, match) or lasting(st, match) or appeal_to_no_one(st, match) \
                or earlier_in_a_relative_clause(st, match) or long_before_the_news(sentence, match) \
                or awaited(st, match) or prevented(st, match) or what_it_means(st, match) or long_held(st, match) \
                or subject_of_a_modal(st, match) or standing_sanctions(st, match) or what_it_called(st, match) \
                or scheduled(st, match) or content_of_a_document(st, match) or asked(st, match) \
                or verbal_clash(st, match, frame.sources + frame.targets) \
                or armed_march(st.lower, match, frame.sources) \
                or kept_from(st, match):  # "clashed over fishing quotas", "soldiers marched into", "barred X from sending"
            continue
        mood = _mood(st, ctx, match, frame) if returned is None else mood_of(st, ctx.governors, frame.subject_end, match.start)
        mood = carried.adjust(st, match, frame.inherited, mood)  # "ready to help mediate", "visit X for talks"
        if own_state_announces(st, match, frame.sources, mood):  # "X's premier said Norway would recognise"
            mood = Mood("announce", mood.cue)
        if mood.effect == "announce" and match.rule.code[:2] != "13" and (
                conditioned(st, match) and not ultimatum(st, match) or rumoured(st)):  # an ultimatum is 139 below
            mood = Mood("hypothetical", mood.cue)  # "would recognise X unless Caracas called an election"
        if mood.effect == "intent" and anonymous(st):
            mood = Mood("hypothetical", mood.cue)  # "X plans to ask the IMF for a loan, people familiar said"
        if mood.effect == "announce" and (match.rule.code[:2] in VIOLENT_ROOTS
                                          or match.rule.code[:2] == "17" and anyone_who(st.lower, match)):
            mood = Mood("threat", mood.cue)  # "Iran said it would retaliate against Israel": a threat (138)
        if mood.effect == "hypothetical" and conditional_threat(st, match, mood.cue):
            mood = Mood("threat", mood.cue)  # "said it could withhold funds unless the violence stopped"
        if warned_threat(st, match, frame, mood):
            mood = Mood("threat", mood.cue)  # "Morocco warned it could sever ties with Germany"
        code, polarity, modality = apply_mood(mass_code(st, match, means_code(st, match, by_means(
            by_state(armed_executions(armed_detentions(on_a_post(st.lower, match, by_civilians(match.rule.code, frame, match.rule.id)), frame,
                                                       match.rule.id), frame, match.rule.id),
                     frame, match.rule.id), frame),
            named_victims(frame))), mood)
        if modality == "announced" and ultimatum(st, match):  # "would recognise X unless Caracas ..."
            code, modality = ULTIMATUM, "actual"
        demand = _reported_demand(st, match, frame, mood, main)
        if mood.effect == "none" and not ctx.keep_all and (demanded_act(st, match, [m for m in matches if m.start not in void])
                                                           or purpose_infinitive(st, match)):
            continue
        if demand is not None:  # "X said Hamas must release the hostages": X demands it of Hamas
            frame, code, polarity, modality = demand, "100", "asserted", "actual"
            mood = Mood("demand", mood.cue)
        if modality == "actual" and habitual(st, match) and not one_act_present(st.lower, match, code) \
                and not toll_follows(doc, sentence, code):  # "Cadres beats residents in X. 5 injured."
            modality = "habitual"
        if polarity != "asserted" or modality not in ("actual", "announced"):
            if not ctx.keep_all:
                continue
        implied = implied_targets(st, match, frame, mood, (code, polarity, modality), matches, earlier, out, previous, doc)
        if implied is None:
            continue
        (code, polarity, modality), fallback = implied
        fallback = fallback or dateline_host(doc, ctx, lower, match, frame, sentence)  # "KYIV - Visiting X pledged"
        code, composed = compose(st, match, matches, code, mood, ctx.composition, ctx.codebook)
        code, joint = joint_exercise(match, frame, code, lower)  # "American and Filipino marines staged drills"
        frame = with_listed_targets(st, match, frame)  # "the terms set by the EU and the IMF": both
        pairs = joint or frame_pairs(frame, match, fallback, sentence)
        if not pairs and "other" in match.rule.flags:
            void.add(match.start)  # "ordered its troops to withdraw": no demand, the withdrawal is the act
        if not pairs and not frame.targets and not fallback and code[:2] in DOMESTIC_FRAMES \
                and domestic_object(st.lower, match):  # "demanded that the government scrap the quotas"
            refs = [ActorRef.of(m) for m in frame.sources if m.actor is not None and m.actor.type not in ("igo", "ngo")]
            pairs = [(r, home(r), "domestic") for r in refs if ctx.kb.state(r.primary) is not None]
        if not pairs and not frame.targets and not fallback and code[:2] == "12" \
                and (to := proposer(st, match)) is not None:  # "rejected an offer from Brazil"
            pairs = [(ActorRef.of(m), ActorRef.of(to), None) for m in frame.sources if m.actor is not None]
        if not pairs and not frame.targets and not fallback and (to := delivered_to(st, match)) is not None:
            pairs = [(ActorRef.of(m), ActorRef.of(to), None) for m in frame.sources if m.actor is not None]  # "was handed to X"
        if not pairs and not fallback and (domestic_people(st, match, frame, code)  # "the president pardoned rebels"
                                           or local_violence(st, match, frame, code)):  # "gunmen in Zamfara attacked a village"
            refs = [ActorRef.of(m) for m in frame.sources if m.actor is not None and m.actor.type == "state"]
            pairs = [(r, home(r), "domestic") for r in refs]
        if not pairs and all(m.actor is None for m in frame.sources) and conflict_root(code) \
                and frame.fallback != "home":  # no doer named, or only one we could not place
            scenes = places or (publisher_scene(doc, ctx) if (code[:2] in VIOLENT_ROOTS or code[:2] == "14"
                                                              and code[:3] != "144")  # an act of war or a protest, not
                                and "sym" not in match.rule.flags else [])  # a road blocked by boulders, nor a clash of no sides
            pairs = unnamed_pairs(sentence, st, frame, match, code, scenes, earlier + out, ctx)
        if not pairs and not fallback:  # "elders of two clans signed a peace accord in Mandera"
            pairs = local_accord(st, match, frame, code, sentence, places)
        if not pairs and not fallback and (shared := shared_target(st, match, frame, out)
                                           or participle_target(st, match, frame, out)):  # ", accusing its commanders"
            pairs = frame_pairs(frame, match, shared, sentence)  # "returned fire and scrambled jets": at whom the first act was
        if not pairs and not fallback and (doer := participle_doer(st, match, frame, out)) is not None:
            pairs = [(doer, ActorRef.of(m), None) for m in frame.targets if m.actor is not None]  # ", X said, accusing Y"
        if mood.effect in ("intent", "refuse", "threat") and "sym" in match.rule.flags:
            speakers = {m.actor.primary for m in frame.sources if m.actor is not None}
            pairs = [p for p in pairs if p[0].primary in speakers]  # only the side that said it will (not)
        if not pairs and code[:2] == "13" and match.rule.code[:2] == "13" and (match.rule.id != "130/warn" or consequence_warning(st, match)) \
                and not fallback:  # "threatened to stop cooperating with the EU": aimed at the other named
            pairs = [p for p in aimed_at_the_other_side(sentence, match, [(ActorRef.of(m), ActorRef.of(m), "self") for m in frame.sources
                                                                  if m.actor is not None]) if p[2] == "posture"]
        if code[:3] == "142" and pairs and all(s.primary == t.primary for s, t, _ in pairs) \
                and (held := jailer(st, {s.primary for s, _, _ in pairs})) is not None:  # "prisoners held by Israel"
            pairs = [(s, ActorRef.of(held), how) for s, _, how in pairs]
        if code in RELEASE_CALLS and frame.sources and all(s.primary == t.primary for s, t, _ in pairs) \
                and (held := jailer(st, {m.actor.primary for m in frame.sources if m.actor is not None})) is not None:
            pairs = [(ActorRef.of(m), ActorRef.of(held), None) for m in frame.sources  # "demanded the release of two
                     if m.actor is not None]  # French teachers held in Iran": of Iran, which holds them
        if code[:2] == "15" and pairs and all(how == "self" or s.primary == t.primary for s, t, how in pairs) \
                or code[:2] in ("11", "12", "13") \
                and pairs and all(s.primary == t.primary and how != "domestic" for s, t, how in pairs) \
                and not named_rival(st, match, pairs):  # at another; not "the minister blamed ELN rebels"
            pairs = aimed_at_the_other_side(sentence, match, pairs, st.heads if code[:2] == "15" else frozenset())
            if code[:2] == "15":  # "... Taiwan placed its forces on alert": at the doer of the act before
                pairs = answered_posture(earlier, pairs)
        pairs = not_on_itself(st, match, pairs)  # "Iran detained eight foreign nationals": not on Iran
        for source, target, how in pairs:
            key = (source.primary, target.primary, code)
            if key in seen or (how not in ("self", "domestic") and source.id == target.id and source.mention == target.mention
                               and not other_members(st.lower, frame.targets, target.mention)):
                continue  # not "ZANU-PF youths attacked other ZANU-PF youths"
            seen.add(key)
            out.append(_event(doc, sentence, ctx, match, (code, composed), polarity, modality, source, target,
                              frame, how, mood, earlier + out, clause_chars(st, match)))
    out += gapped_donors(sentence, out)  # "..., and Kenya $2 million": the act before, by Kenya
    out += cited_accusations(sentence, lower, out, ctx.codebook)  # "expelled X, citing evidence that Y had ..."
    kept = police_searches(protest_slogans(one_violent_act(without_complement_artifacts(without_protest_demands(without_battle_toll(without_riot_toll(without_redundant_ground(without_commemoration(without_protest_reason(out, sentence), sentence)))))))))
    return arson_in_attack(kept, ctx.codebook)


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
    if "noun" in match.rule.flags and frame.subject_end == match.start:  # "would resume their attacks"
        return governing_verb_mood(st, ctx.governors, match, frame) \
            or mood_of(st, ctx.governors, max(0, match.start - 2), match.start)
    if match.start > 0 and st.lower[match.start - 1] == "to" and frame.inherited:
        # "appealed to Congress to help ... and to impose sanctions": the first verb governs
        main = _main_subject(st)
        begin = main[-1].end if main and main[-1].end <= match.start else 0
        outer = mood_of(st, ctx.governors, begin, match.start)
        if outer.effect in ("block", "hypothetical", "negate", "refuse", "threat"):
            return outer
    if "rev" in match.rule.flags and st.lower[match.start + 1:match.start + 2] == ["by"] and (
            aux := auxiliaries_before(st.lower, match.start, max(0, match.start - 6))) is not None \
            and (own := mood_of(st, ctx.governors, aux, match.start)).effect in ("negate", "hypothetical", "block"):
        return own  # a rule of the passive, "<participle> by": "X was not told by Y to ..."
    if frame.passive and frame.sources and all(m.start >= match.end for m in frame.sources) and (
            aux := auxiliaries_before(st.lower, match.start, clause_of(st, match.head)[0])) is not None:
        return mood_of(st, ctx.governors, aux, match.start)  # "X's request to ... was rejected by Y"
    if frame.inherited and (left := ruled_out(st, ctx.governors, match)) is not None:
        return left  # "ruled out sending troops" (refused), "has not ruled out restoring ties" (open)
    start = frame.subject_end if 0 <= frame.subject_end <= match.start else max(0, match.start - 6)
    start = after_subject_relative(st.lower, start, match.start)  # "nurses who said they were not paid marched"
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
        claim = claim_start(st.lower, clause_start)  # "denied reports on rebel websites that X had ..."
        before = mood_of(st, ctx.governors, max(0, claim - 3), claim) if claim < clause_start - 1 \
            else mood_of(st, ctx.governors, max(0, clause_start - 3), clause_start)
        if before.effect in ("hypothetical", "negate", "block") \
                and not note_attribution(st.lower, clause_start + 1, match.end):  # "Reports that X attacked Y."
            return before
    victim = accused_victim(st.lower, match.start) if frame.passive else -1
    if victim >= start:  # "a man accused of theft was beaten to death": the accusation describes the victim
        start = max(k for k in range(victim, match.start) if st.lower[k] in ("was", "were"))
    return mood_of(st, ctx.governors, start, match.start)


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
        source=source, target=target, **entry.event_fields(),
        date=date, date_precision=precision, date_basis=basis, location=None,
        polarity=polarity, modality=modality,
        evidence={"text": sentence.text, "start": sentence.start, "end": sentence.end},
        trigger=trigger, rule=rule, confidence=round(max(confidence, 0.1), 2), trigger_at=trigger_at,
    )
