"""Acts addressed to a state's own institutions or people, left unnamed.

"Students in Dhaka demanded on Tuesday that the government scrap the quotas", "the
council rejected protesters' demands", "lawmakers demanded the president's resignation":
an appeal, demand or rejection whose object is "the government", "the president" or
"protesters'" and names no actor is addressed to the source's own state. A state's
non-violent act on people that no name or place assigns to a state ("pardoned rebels",
"accused opposition figures") is done to its own people.
"""

from __future__ import annotations

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..model import Event, Mention
from ..timex.tables import WEEKDAYS
from .clauses import Structure, governed
from .frames import Frame
from .people_nouns import HOME_PEOPLE, PROTEST_PEOPLE

__all__ = ["DOMESTIC_FRAMES", "RELEASE_CALLS", "addressed_to_itself", "domestic_object", "domestic_people", "jailer",
           "local_violence"]


# appeals, demands and rejections addressed to a state's own institutions or people, unnamed
DOMESTIC_FRAMES = frozenset({"02", "10", "12"})
_DOMESTIC_OBJECTS = frozenset({"government", "president", "premier", "cabinet", "authorities", "regime", "junta",
                               "parliament", *PROTEST_PEOPLE})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "keep", "kept"})
_OBJECT_SKIP = frozenset({"on", *WEEKDAYS,
                          "that", "the", "'s", "'", "prime", "minister", "country", "from", "of"})


def domestic_object(lower: list[str], match: Match) -> bool:
    """The act's object is the source's own government or protesters, not named: "demanded on
    Tuesday that the government ...", "rejected protesters' demands", "the president's resignation"."""
    if match.head and lower[match.head - 1] == "to":  # "began a hunger strike to demand ...": the protest's aim
        return False
    if match.head and lower[match.head].endswith("ing") and lower[match.head - 1] not in _AUXILIARIES:
        return False  # "fired tear gas at protesters demanding the president's resignation": who they are
    for j in range(match.head + 1, min(match.end + 6, len(lower))):
        word = lower[j]
        if word in _DOMESTIC_OBJECTS:  # "the government", "protesters' demands"
            after = lower[j + 1] if j + 1 < len(lower) else ""
            return lower[j - 1] == "the" if word not in PROTEST_PEOPLE else after in ("'", "'s")
        if j >= match.end and lower[j] not in _OBJECT_SKIP:
            return False
    return False


# appeals (02), consultations (04), demands (10), shows of force (15) and cuts in relations (16)
_NEED_ANOTHER = frozenset({"02", "04", "10", "15", "16"})


def addressed_to_itself(events: list[Event]) -> list[Event]:
    """"Israel has mobilised 300,000 reservists", "the junta demanded ...": an appeal, a meeting, a
    demand, a show of force or a cut in relations is addressed to someone else. One whose target is
    its own source (the same actor in the same role, or the same words of the text, as the fallbacks give when the
    sentence names no one else) is not coded: the annotators of unseen news do not code it (sealed
    precision rose on all four sets with no recall lost, docs/accuracy.md). Protests, threats,
    rejections and repression keep their own-state target, as the codebook's domestic codes have it."""
    return [e for e in events if not (
        e.root in _NEED_ANOTHER and e.source.primary == e.target.primary
        and (e.source.mention == e.target.mention or e.source.code == e.target.code and e.root == "04" or (
            e.source.id == e.target.id and (e.root not in DOMESTIC_FRAMES or e.source.code == e.target.code)))
        and not e.rule.endswith("+domestic")  # "demanded that the government ..."
        and e.code != "1663") and not _aid_to_itself(e)]  # "ordered three aid agencies to leave": its own territory


def _aid_to_itself(event: Event) -> bool:
    """"Australia's government pledged $50 million to rebuild towns in Queensland": aid and pledges of
    aid (033, 07) go to another actor; one whose target is its own state (from a place or a role
    of its own) is domestic spending, which the codebook's aid codes do not cover."""
    return (event.root == "07" or event.code[:3] == "033") and event.source.primary == event.target.primary




def domestic_people(st: Structure, match: Match, frame: Frame, code: str) -> bool:
    """"South Sudan's president pardoned rebels", "the KGB accused two opposition figures": a
    state's act whose object is people that no name or place assigns to a state is done to its
    own people (not violence, where the unnamed side is as often abroad). The people may be
    part of the pattern itself ("Nicaragua freed 222 political prisoners"), or given the doer's own
    state by its adjective ("Peruvian authorities released 14 prisoners") when they are the act's
    direct object, not in a phrase of their own ("a deal on swapping hostages for prisoners")."""
    if code[:2] in VIOLENT_ROOTS or match.rule.target == "none" or frame.targets or not frame.sources:
        return False
    if not all(m.actor is not None and m.actor.type == "state" for m in frame.sources):
        return False
    states = {m.actor.primary for m in frame.sources}
    end = next((h for h in sorted(st.heads) if match.end <= h), len(st.lower))
    for k in range(match.start + 1, min(end, match.end + 5)):  # "freed 222 political prisoners": in the pattern
        mention = st.at_start.get(k)
        if mention is not None:  # unplaced, or given the source's own state as its direct object
            # ("Peruvian authorities freed prisoners"; not "a deal on exchanging hostages for prisoners")
            own = mention.actor is None or mention.actor.primary in states and governed(st, mention) is None
            return own and mention.kind == "role" and not mention.locative \
                and bool(HOME_PEOPLE & set(mention.text.lower().split()))
        if st.lower[k] in (",", ";", "."):
            return False
    return False


# what armed men or a mob placed in a town or province attack there: its people and places, unnamed
_LOCAL_VICTIMS = frozenset({"village", "villages", "town", "towns", "man", "woman", "men", "women", "villagers",
                            "residents", "civilians", "farmers", "worshippers", "church", "mosque", "market",
                            "school", "homes", "houses", "police", "station", "checkpoint", "camp", "family"})


def local_violence(st: Structure, match: Match, frame: Frame, code: str) -> bool:
    """"Gunmen in Zamfara attacked a village", "militants in North Kivu carried out an attack on a
    village", "a mob in Karachi assaulted a man": violence by armed men or a crowd that only a
    place of a state names, against people or places that no name assigns to another state, is
    done at home (the state of that place against itself)."""
    if code[:2] not in VIOLENT_ROOTS or match.rule.target == "none" or frame.targets or not frame.sources:
        return False
    if not all(m.actor is not None and m.actor.id.startswith("PLACE:") and m.kind == "role" for m in frame.sources):
        return False
    for k in range(match.start + 1, min(len(st.lower), match.end + 4)):
        if st.at_start.get(k) is not None or st.lower[k] in (",", ";", "."):
            return False
        if st.lower[k] in _LOCAL_VICTIMS:
            return True
    return False


# appeals and demands for the release of people (0253, 1053): addressed to whoever holds them
RELEASE_CALLS = frozenset({"0253", "1053"})
_HELD = frozenset({"held", "jailed", "detained", "imprisoned", "interned"})
_JAILS = frozenset({"jail", "jails", "prison", "prisons", "custody", "detention"})
_BREAKS = frozenset({",", ";", ".", "and", "but", "after", "before", "while", "when", "who", "which"})


def _held_by(before: list[str]) -> bool:
    """The words before a state end in "held|jailed|detained ... in|by", the verb at most three
    words before the preposition and nothing between that ends the phrase."""
    if not before or before[-1] not in ("by", "in"):
        return False
    verb = max((k for k, w in enumerate(before[:-1]) if w in _HELD), default=None)
    return verb is not None and not _BREAKS.intersection(before[verb:-1])


def jailer(st: Structure, mine: set[str]) -> Mention | None:
    """"a prisoner held by Israel", "prisoners in Israeli jails", "a filmmaker jailed in Russia": the
    state that holds the people who act (a prisoners' hunger strike is aimed at it)."""
    lower = st.lower
    for mention in st.sentence.mentions:
        if mention.actor is None or mention.actor.primary in mine or mention.actor.type != "state":
            continue
        before = lower[max(0, mention.start - 5):mention.start]  # "held (without charge) in Venezuela"
        after = lower[mention.end:mention.end + 2]
        if _held_by(before) \
                or after and (after[0] in _JAILS or after[0] in ("'s", "’s") and after[1:2] and after[1] in _JAILS):
            return mention
    return None
