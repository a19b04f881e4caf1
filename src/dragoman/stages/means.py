"""The weapon that does a violent verb names the kind of attack.

"A suicide bomb attack killed 13 soldiers", "Bombers struck churches in the capital", "a roadside
bomb struck a convoy", "two soldiers were killed by a car bomb": the verb is the generic "kill",
"strike" or "attack" (190), but the thing that does it (the subject, or the agent of a passive)
is a bomb, so the act is the bombing (183x, CAMEO "conduct suicide, car, or other non-military
bombing"), not a second, generic fight. A drone, an air strike or a warplane that strikes makes
an aerial attack (195), shelling or artillery an attack with artillery (194). Property a weapon
destroys ("Russian missiles destroyed a school") is that attack too, not the destruction of
property (1712) a crowd or a bulldozer makes.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure

# the words that end the subject phrase looking back from the verb (a new clause or a side phrase)
_SUBJECT_ENDS = frozenset({",", ";", ":", "(", ")", "that", "which", "who", "after", "before", "when", "while",
                           "as", "since", "because", "and", "or", "but", "said", "says", "."})
_BOMB = frozenset({"bomb", "bombs", "bomber", "bombers", "bombing", "bombings", "ied", "ieds", "explosive",
                   "explosives", "blast", "explosion"})
_AIR = frozenset({"airstrike", "airstrikes", "air-strike", "air-strikes", "warplane", "warplanes", "aircraft",
                  "missile", "missiles"})
_DRONE = frozenset({"drone", "drones", "uav", "uavs"})
_ARTILLERY = frozenset({"shelling", "artillery", "mortar", "mortars", "shells"})
_CHEMICAL = frozenset({"chemical", "chlorine", "sarin", "mustard", "nerve", "novichok", "vx", "biological", "toxic"})


def _with_wmd(st: Structure, end: int) -> str:
    """"... with weapons of mass destruction" (204), "... with chemical weapons / nerve agent" (2041)
    in a "with" phrase within a few tokens after the verb."""
    lower = st.lower
    for j in range(end, min(end + 8, len(lower))):
        if lower[j] in (",", ";", ".") and j > end:
            return ""
        if lower[j] == "with":
            words = lower[j + 1:j + 9]
            if "mass" in words and "destruction" in words:
                return "204"
            if any(w in _CHEMICAL for w in words[:5]) and any(w in ("weapon", "weapons", "agent", "agents", "gas",
                                                                    "munitions", "bombs", "shells") for w in words):
                return "2041"
            return ""
    return ""


_GENERIC = frozenset({"190", "1712", "145"})  # a fight; property destroyed ("a drone destroyed a school");
# a fire set ("a drone attack set fire to a depot": the weapon makes it the attack, not a riot)
_LOOK = 10  # tokens of a subject or agent phrase looked at


def means_code(st: Structure, match: Match, code: str, person_killed: bool = False) -> str:
    """The code of a generic violent verb (190) whose doer is a weapon, else ``code``. A named
    person killed stays for the assassination (186) the caller codes ("an air strike killed the
    general")."""
    if code[:2] in ("18", "19") and match.rule.verb and (wmd := _with_wmd(st, match.end)):
        return wmd  # "attacked Douma with chemical weapons": the weapon makes the act mass violence
    if code not in _GENERIC or not match.rule.verb or "noun" in match.rule.flags \
            or (person_killed and "kill" in match.rule.id):
        return code
    subject = _subject_words(st, match.start)
    named = any(i in st.blocked for i in range(max(0, match.start - len(subject)), match.start))
    return _weapon_code(subject + _agent_words(st, match.end), named) or code


def _subject_words(st: Structure, start: int) -> list[str]:
    """The words of the phrase right before the verb, back to the start of its clause."""
    out: list[str] = []
    j = start - 1
    while j >= 0 and start - j <= _LOOK and st.lower[j] not in _SUBJECT_ENDS:
        out.append(st.lower[j])
        j -= 1
    auxiliaries = {"was", "were", "been", "be", "is", "are", "had", "has", "have"}
    return [] if any(w in auxiliaries for w in out[:2]) else out  # a passive's subject is the victim


def _agent_words(st: Structure, end: int) -> list[str]:
    """The words of a passive's "by"/"in" phrase right after the verb ("killed by a car bomb",
    "wounded in an air strike")."""
    if end >= len(st.lower) or end == 0 or st.lower[end] not in ("by", "in"):
        return []
    if not any(w in ("was", "were", "been", "being") for w in st.lower[max(0, end - 4):end]):
        return []
    out: list[str] = []
    for w in st.lower[end + 1:end + 1 + 5]:
        if w in _SUBJECT_ENDS or w in ("on", "at", "near", "in", "of"):
            break
        out.append(w)
    return out


def _weapon_code(words: list[str], named: bool = False) -> str | None:
    """The code a weapon among ``words`` gives; bombers of a named state or group ("Russian
    bombers") are warplanes unless they are suicide bombers."""
    bag = set(words)
    if named and bag & {"bomber", "bombers"} and "suicide" not in bag:
        return "195"
    if bag & _BOMB and "air" not in bag:
        if "suicide" in bag:
            return "1831"
        if "car" in bag or "vehicle" in bag or "truck" in bag:
            return "1832"
        if "roadside" in bag or "ied" in bag or "ieds" in bag:
            return "1833"
        return "183"
    if bag & _DRONE:
        return "195"
    if bag & _AIR or ("air" in bag and bag & {"strike", "strikes", "raid", "raids"}):
        return "195"
    if bag & _ARTILLERY:
        return "194"
    return None


def police_searches(events: list) -> list:
    """"Police raided the homes of MEPs", "police detained 12 people in dawn raids": a raid by the
    police is a search or an arrest (coded where the text says which), not a military clash (190).
    So are raids "carried out" by the police, or by forces that arrest people in the same sentence
    ("soldiers conducted raids in Bunia, arresting dozens")."""
    arresting = {e.source.primary for e in events if e.code.startswith("173")}
    return [e for e in events if not (e.rule.startswith(("190/raid", "190/raid-noun")) and e.code == "190"
                                      and (e.source.code.endswith("COP") or _police_before(e)))
            and not (_raids_carried_out(e) and (e.source.code.endswith("COP") or _police_before(e)
                                                or e.source.primary in arresting))]


def _raids_carried_out(e) -> bool:
    """"carried out raids", "launched a raid": the raid as a noun of a light verb (rule
    ``190/launch-attack``); by the police, or with the arrests it made in the sentence, a search."""
    return e.rule.startswith("190/launch-attack") and e.code == "190" and "raid" in (e.trigger or "").lower()


def _police_before(e) -> bool:
    """Whether the police are named before the raid in its sentence ("Police detained 12 people
    in dawn raids")."""
    before = e.evidence.get("text", "")[:max(0, e.trigger_at)].lower()
    return any(w in before.split() for w in ("police", "policemen", "gendarmes", "gendarmerie"))
