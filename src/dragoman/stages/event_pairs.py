"""The actor pairs of a matched act: who acts on whom.

:func:`frame_pairs` reads them from the frame the roles found (sources and targets, with the rule's
flags: symmetric acts both ways, joint acts among their doers, an act on the doers' own ground,
an antecedent's actors); :func:`unnamed_pairs` gives them to a violent, coercive or protest act
whose doer the text leaves unnamed. Split from :mod:`.events`, which keeps the flow.
"""

from __future__ import annotations

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..model import ActorRef, Event, Mention, Sentence
from ..pipeline import Context
from .abroad import stationed_abroad
from .clauses import DETERMINERS, PREPOSITIONS, Structure, clause_of
from .coordinated_modifiers import armed_by_coordination
from .guests import as_guest_doer, foreign_guests
from .joint_topics import only_topics
from .protest_cause import protest_cause
from .reciprocal import each_the_other
from .conflict import (armed_toll, attributed, clash_at_home, main_act, nominal_ground, own_ground, plausible,
                       scene, unnamed_doer, victims_home)
from .toll_notes import armed_died_of_wounds
from .truce_ground import truce_sides
from .mission_ground import mission_ground, people_of_a_body, rioting_body
from .domestic import DOMESTIC_FRAMES
from .event_codes import COERCIVE, armed
from .generic import role_code
from .injuries import injured_without_doer
from .inquiries import inquiry_targets
from .vetoes import vetoed_body
from .roles import Frame
from .strikes import struck_ground
from .weapon_owner import owner_of_weapon

__all__ = ["frame_pairs", "home", "unnamed_pairs"]

# cooperation (05, 06) and yielding (08) by two states with no one else named is with each other
_JOINT = frozenset({"05", "06", "08"})
# and so are intents to cooperate, to meet, to yield or to settle (030-032, 035-037): "the two agreed to share
# intelligence", "Greece and Turkey agreed to release detained fishermen", "the two states agreed to pull back"
_JOINT_INTENTS = frozenset({"030", "031", "032", "035", "036", "037"})


# arrests, detentions and deportations are the host state's acts whoever is held: "two French
# citizens were arrested in Iran" is Iran's act, not an unclaimed attack's (``guests``)
_CUSTODY = frozenset({"173", "174"})
# a meeting named as the occasion of another act ("after talks in Tbilisi", "during a summit in Tokyo")
_OCCASIONS = frozenset({"040/after-talks", "040/after-talks-with", "040/end-of-talks", "040/news-conference-with",
                        "041/after-phone-call"})

_COURT = ("sentence", "convict", "charge", "indict", "fine", "trial", "jail", "custody", "execut", "hang")


def unnamed_pairs(sentence: Sentence, st: Structure, frame: Frame, match: Match, code: str,
             places: list[Mention], earlier: list[Event], ctx: Context) -> list[tuple[ActorRef, ActorRef, str | None]]:
    """Pairs for a violent, coercive or protest act whose doer the text leaves unnamed: a
    suspected or claimed group; else, for violence, the doer of the last violence the report
    named against the same state ("Israeli forces pressed their offensive ... Air strikes killed
    dozens"); else an unnamed actor of the scene's state (:mod:`.conflict`)."""
    start, _ = clause_of(st, match.head)
    noun = "noun" in match.rule.flags or not match.rule.verb or (
        match.start > 0 and (st.lower[match.start - 1] in DETERMINERS or st.lower[match.start - 1] in PREPOSITIONS))
    if any(w in match.rule.id for w in _COURT) \
            or not (main_act(st.lower, start, match.start, noun) or protest_cause(st.lower, start, match.start, code)) \
            or injured_without_doer(st, match) and code[:2] != "18":  # "soldiers were wounded": a toll, not a bombing
        return []
    where = scene(sentence, places, match.head)
    if noun and code[:2] in VIOLENT_ROOTS and (owner := owner_of_weapon(st, match)) is not None:
        return _owned(owner, frame, where)  # "a Russian drone struck a car in Kherson": Russia's act
    if where is None and (code[:2] in VIOLENT_ROOTS or code[:3] in _CUSTODY):  # "gunmen killed two Kenyan
        where = victims_home(frame.targets, sentence)  # policemen", "a former Kenyan minister was arrested": at home
    named = [ActorRef.of(m) for m in attributed(sentence)]
    if named and code[:2] == "14":
        return []  # a fire set by a group that claims attacks is part of its attack, not a protest
    if where is None and named and plausible(st.lower, code, True, (match.start, match.end)):
        targets = [ActorRef.of(m) for m in frame.targets if m.actor is not None and not m.locative] \
            or [home(d) for d in named if len(d.primary) == 3 and d.primary.isalpha() and d.primary.isupper()
                and d.primary not in ("AQ",)]  # "a mine planted by X": on X's own ground
        return [(d, t, "unnamed") for d in named for t in targets]  # "killed in an ambush by X": X's act
    if where is None or not (plausible(st.lower, code, True, (match.start, match.end))
                             or noun and armed_died_of_wounds(sentence, st.lower, start, match.start)
                             or armed_toll(frame.targets, code, sentence.index, earlier, st.lower)
                             and plausible(st.lower, code, False, (match.start, match.end))):
        return []
    state = where.actor.primary
    before = next((e for e in reversed(earlier) if (e.code[:2] in VIOLENT_ROOTS or e.code == "145")
                   and e.target.primary == state and e.source.primary != state
                   and e.rule.split("+")[-1] != "unnamed"), None) if code[:2] in VIOLENT_ROOTS else None
    if before is None and code[:2] in VIOLENT_ROOTS:  # "protesters clashed with police ... officers were injured"
        riot = next((e for e in reversed(earlier) if e.code == "145" and sentence.index - e.sentence <= 1), None)
        if riot is not None:
            return []  # the injuries of a riot already coded
    roles = [role_code(m, ctx.roles) for m in frame.sources if m.kind == "role"]
    doers = named or ([before.source] if before and not roles else [unnamed_doer(where, code, roles[0] if roles else "")])
    targets = [ActorRef.of(m) for m in frame.targets if m.actor is not None and not m.locative] \
        or [home(ActorRef.of(where))]
    if not named and not roles and before is None and code[:3] not in _CUSTODY and foreign_guests(targets, state, st.lower):
        doers = [as_guest_doer(d) for d in doers]  # "a drone attack on a US base in Jordan": kept only if claimed
    return [(d, t, "unnamed") for d in doers for t in targets]


def _owned(owner: Mention, frame: Frame, where: Mention | None) -> list[tuple[ActorRef, ActorRef, str | None]]:
    """The weapon owner's act on the frame's targets, else on the scene's state; never on itself."""
    mine = owner.actor.primary
    targets = [ActorRef.of(m) for m in frame.targets if m.actor is not None and not m.locative
               and m.actor.primary != mine] \
        or ([home(ActorRef.of(where))] if where is not None and where.actor.primary != mine else [])
    return [(ActorRef.of(owner), t, None) for t in targets]


def home(source: ActorRef) -> ActorRef:
    """The source's own state as an actor: the target of an act on its own ground or people."""
    return ActorRef(source.primary, source.primary, source.primary, source.primary, source.mention)


def _named_groups(frame: Frame) -> bool:
    """Whether every side of a clash is an armed group known by its own name (not a role of a place's
    state, not "rival cartels"), so two of one code are still two sides."""
    return all(m.actor is not None and m.actor.type == "group" and m.kind in ("name", "role")
               and m.actor.id != m.actor.primary and not m.actor.id.startswith("PLACE:") for m in frame.sources)


def frame_pairs(frame: Frame, match: Match, fallback: list[ActorRef],
           sentence: Sentence) -> list[tuple[ActorRef, ActorRef, str | None]]:
    flags = match.rule.flags
    coercive = match.rule.code[:2] in COERCIVE
    sources = [ActorRef.of(m) for m in frame.sources if m.actor is not None
               and not (coercive and m.actor.type == "ngo")  # aid groups do not fight or arrest
               and not rioting_body(m, match.rule.code)  # "surrendered to UN peacekeepers and residents looted"
               and ("mil" not in flags or armed(m) or armed_by_coordination(m, frame.sources, sentence))]
    targets = [people_of_a_body(m, sentence, match.head) or ActorRef.of(m) for m in frame.targets
               if m.actor is not None and ("other" not in flags or _named(m))]
    if only_topics(match.rule.code, frame.sources, frame.targets, sentence):
        targets = []  # "A, B and C began sharing intelligence on Venezuelan gangs": with each other
    how: str | None = None
    if match.rule.id in _OCCASIONS and frame.sources and all(
            armed_by_coordination(m, frame.sources, sentence) for m in frame.sources):
        return []  # "Chinese and Russian bombers flew a patrol during the G7 summit": a time, no meeting of theirs
    if not sources and frame.fallback == "home":
        return [(home(t), t, "self") for t in targets]
    if not sources:
        return []
    if "pair" in flags and len(sources) > 1:  # "Armenia and Azerbaijan agreed to talks": each with the other
        flags = flags | {"sym"}
    if len(sources) > 1 and _reciprocal(sentence, match):  # "Russia and Ukraine accused each other of ..."
        return [(a, b, None) for a in sources for b in sources if a.primary != b.primary]
    if not targets and "sym" in flags and len(sources) > 1:  # "fighting between the army and the RSF"
        between = "between" in [t.lower for t in sentence.tokens[match.start:match.end + 1]] \
            or _named_groups(frame)  # "Nyatura and Mai-Mai militiamen fought each other": two groups of one code
        return truce_sides([(a, b, None) for a in sources for b in sources
                            if a.code != b.code or between and a.id != b.id], match, sentence)  # "clashes between the army and the RSF"
    if not targets and not fallback and (match.rule.code[:2] in _JOINT or match.rule.code[:3] in _JOINT_INTENTS) \
            and len({s.primary for s in sources}) > 1:
        return truce_sides([(a, b, None) for a in sources for b in sources if a.primary != b.primary],
                           match, sentence)  # "A and B began sharing", "A, B and C agreed a truce in B"
    if not targets and "sym" in flags and not fallback and not frame.inherited and clash_at_home(
            match.rule.code, [m for m in frame.sources if m.actor is not None], sentence, match.start):
        targets, how = [home(s) for s in sources], "ground"  # "Al Shabaab fighters clashed near Afgoye"
    if not targets and fallback:
        targets, how = fallback, "antecedent"
    if not targets and match.rule.code[:2] == "09" and not frame.inherited:  # "opened an inquiry into the strike"
        targets, how = inquiry_targets(sentence, match, frame.sources)
    if not targets and not fallback and match.rule.code == "129":  # "was vetoed by China at the UN"
        targets = [ActorRef.of(m) for m in vetoed_body(sentence, frame.sources)]
    if not targets and "self" in flags and (away := stationed_abroad(sentence, frame.sources)):
        targets = [ActorRef.of(away)]  # "Turkish authorities in northern Syria banned protests": in Syria
    if not targets and "self" in flags \
            and (ground := mission_ground(frame.sources, sentence, match.rule.code, match.head)) is not None:
        targets, how = [ground], "ground"  # "UN peacekeepers fired tear gas in Malakal": on South Sudan's people
    if not targets and "self" in flags:  # an appeal or demand to its own protesters is domestic (0252, 1052)
        targets = [home(s) for s in sources]
        how = "domestic" if match.rule.code[:2] in DOMESTIC_FRAMES else "self"
    shared = frame.inherited and match.start > 0 and sentence.tokens[match.start - 1].lower == "and"  # "shot and killed"
    if not targets and "noun" not in flags and (not frame.inherited or shared) and own_ground(match.rule.code, [m for m in frame.sources if m.actor is not None],
                                      sentence, match.start, match.end):
        targets, how = [home(s) for s in sources], "ground"  # "Boko Haram raided a village": against NGA
    if not targets and "noun" in flags and not frame.inherited and nominal_ground(
            match.rule.code, [m for m in frame.sources if m.actor is not None], sentence, match.start):
        targets, how = [home(s) for s in sources], "ground"  # "killed in a Boko Haram raid": against NGA
    if not targets and not frame.inherited and (where := struck_ground(
            match.rule.code, [m for m in frame.sources if m.actor is not None], sentence, match.start, match.end)) is not None:
        targets, how = [home(ActorRef.of(where))], "struck"  # "an Israeli drone struck a car in Tulkarm"
    pairs = [(s, t, how) for s in sources for t in targets if not (how in ("self", "domestic") and s.mention != t.mention)]
    if "other" in flags:  # "the ICJ ordered Israel to": only an order to another state or body is a demand
        pairs = [(s, t, how) for s, t, how in pairs if s.primary != t.primary]
    if "sym" in flags and not _one_sided(sentence, match) and not _one_doer_to(frame, match, sources, sentence):
        places = {m.text for m in frame.targets if m.locative or m.kind == "place"}
        pairs += [(t, s, how) for s, t, how in pairs if t.mention not in places]
    return pairs


def _one_doer_to(frame: Frame, match: Match, sources: list[ActorRef], sentence: Sentence) -> bool:
    """"Rabat agreed to normalise relations with Israel", "she instructed her minister to establish
    relations with China": a joint act in an infinitive that one state agrees, decides or is told to do
    is that state's step; the other side is not said to act. "Russia agreed with China to hold drills"
    (the other side named before the infinitive) stays joint."""
    if match.start == 0 or sentence.tokens[match.start - 1].lower != "to" or len({s.primary for s in sources}) != 1:
        return False
    return not any(m.end <= match.start and m.actor is not None for m in frame.targets)


def _reciprocal(sentence: Sentence, match: Match) -> bool:
    """Whether "each other" or "one another" follows the trigger's verb as its object, or "each ... the other"."""
    after = " ".join(t.lower for t in sentence.tokens[match.head + 1:match.head + 3])
    return after in ("each other", "one another") or each_the_other(sentence, match)


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
