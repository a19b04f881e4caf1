"""Filters over one sentence's events: protest reasons and demands, complement artifacts, a ground
event made redundant by a named target.
"""

from __future__ import annotations

from ..model import Event, Sentence
from .conflict import conflict_root

__all__ = ["PLACE_HEADS", "without_complement_artifacts", "without_protest_demands", "without_protest_reason",
           "without_battle_toll", "without_commemoration", "without_redundant_ground", "without_riot_toll"]


def without_protest_reason(events: list[Event], sentence: Sentence) -> list[Event]:
    """"Rioters torched shops in protest at the plan": the protest is the torching, coded once."""
    def reason(e: Event) -> bool:
        return e.code[:2] == "14" and sentence.text[:max(0, e.trigger_at)].rstrip().lower() \
            .endswith(" in")
    acts = {e.trigger_at for e in events if e.code[:2] == "14" and not reason(e)}
    return [e for e in events if not (reason(e) and acts)]


# a crowd's purpose that is no protest: remembrance, mourning, prayer or celebration
_REMEMBRANCE = ("to mark ", "to commemorate", "to remember ", "to honour", "to honor", "to mourn", "to pray",
                "to celebrate", "to pay tribute", "to pay their respects", "for a vigil", "for a memorial",
                "for prayers", "for the funeral", "in memory of", "in remembrance")


def without_commemoration(events: list[Event], sentence: Sentence) -> list[Event]:
    """"Hundreds gathered outside the old town hall to mark the anniversary of the flood": a crowd
    gathered (a 141 told only by its gathering) for remembrance, mourning, prayer or a celebration
    stated after the verb in the same clause is no demonstration."""
    def gathered_to_remember(e: Event) -> bool:
        if not e.rule.startswith(("141/gather-in-front", "141/gather-outside")):
            return False
        rest = sentence.text[max(0, e.trigger_at):].lower()
        clause = rest.split(";")[0]
        return any(p in clause for p in _REMEMBRANCE)
    return [e for e in events if not gathered_to_remember(e)]


def without_redundant_ground(events: list[Event]) -> list[Event]:
    """An act coded against its doers' own state for want of a target ("raided a village, killing
    two") adds nothing where the sentence codes the same doers' violence against someone named."""
    named = [e for e in events if conflict_root(e.code) and not e.rule.endswith("+ground")]
    # the same doers' named act at home of another root ("attacked a patrol, killing ten and looting their weapons":
    # the looting, 171, against the same state) leaves the attack (190) its own
    return [e for e in events if not (e.rule.endswith("+ground") and any(
        f.source.primary == e.source.primary and (f.target.primary != e.target.primary or f.root == e.root
                                                  or not _same_doers(f.source.code, e.source.code))
        for f in named))]


_ARMED_ROLES = frozenset({"INS", "UAF", "REB", "SEP"})


def _same_doers(one: str, other: str) -> bool:
    """Two actor codes of one state that may name the same doers: equal, or both a non-state armed
    role ("Maoist rebels" and the "gunmen" of the same attack); not the police and the rioters."""
    return one == other or one[:3] == other[:3] and one[3:] in _ARMED_ROLES and other[3:] in _ARMED_ROLES


_TOLL_ROOTS = ("18", "19", "20")


def without_riot_toll(events: list[Event]) -> list[Event]:
    """"Six people were killed as rioters torched cars": deaths the sentence names no doer for, beside a
    riot (145) and no other violence by anyone named, are the riot's toll, not an unnamed killing of
    their own (as a riot in the sentence before already keeps them, :func:`.event_pairs.unnamed_pairs`)."""
    victims = {e.target.mention for e in events if e.root in _TOLL_ROOTS and e.rule.endswith("+unnamed")}
    events = [e for e in events if not (e.source.mention in victims and e.target.mention not in victims
                                        and (e.code.startswith("145") or e.root in _TOLL_ROOTS))]
    # the dead of the toll fought or rioted against no one (they may have marched before they died)
    rioters = {e.source.mention for e in events if e.code.startswith("145")}
    if not rioters:
        return events
    named = any(e.root in ("17",) + _TOLL_ROOTS and not e.rule.endswith("+unnamed") for e in events)
    return events if named else [e for e in events if not (
        e.root in _TOLL_ROOTS and e.rule.endswith("+unnamed") and rioters - {e.target.mention})]  # not "people were set alight"


def without_battle_toll(events: list[Event]) -> list[Event]:
    """"Rebels shelled the town; 21 people were killed": a toll with no doer named, counted as a mass
    killing (20), beside fighting (19, not the taking of ground) between the same states in the
    sentence, is that fighting's toll, not a massacre of its own."""
    fought = {(e.source.primary, e.target.primary) for e in events if e.root == "19" and not e.code.startswith("192")}
    if not fought:
        return events
    return [e for e in events if not (e.root == "20" and e.rule.endswith("+unnamed")
                                      and (e.source.primary, e.target.primary) in fought)]


PLACE_HEADS = {"city", "town", "village", "port", "capital", "province", "region", "border", "coast", "island"}


_FRAMING_ROOTS = ("02", "03", "10", "11", "12", "13")


def without_complement_artifacts(events: list[Event]) -> list[Event]:
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
    to = between.find(" to ")
    return to >= 0 and not any(w in between for w in (" and ", ";", " but ", " while ", ". ")) \
        and "," not in between[to:]  # "Calling for a return to civilian rule, traders shut ...": a new clause


def without_protest_demands(events: list[Event]) -> list[Event]:
    """"Teachers marched in Harare, demanding their salaries": what a protest demands is the
    protest's cause, not a separate demand (annotators code the protest only)."""
    protesting = {e.source.primary for e in events if e.root == "14"}
    return [e for e in events if not (e.root == "10" and e.source.primary in protesting
                                      and e.trigger.lower().startswith(("demanding", "calling", "urging")))]
