"""Acts with no named doer, read as conflict monitors read them.

Conflict and protest reports often name no one who acted: "two soldiers were
wounded in a roadside bomb explosion near Gao", "a protest was held in Isiolo",
"three traders were arrested". A monitor codes them all the same, with an actor
of the place's state: an unidentified armed group (UAF) for violence, the police
(COP) for arrests and repression, civilians (CVL) for protest. The place is the
most specific one the sentence names, else the one named last before it.

Two guards keep non-events out: an agentless killing needs an attack word in
its sentence ("gunmen", "bomb", "shot", "ambush" ...), and a sentence about a
fire, a flood, a crash or a disease is no conflict unless such a word is there.
An attribution ("Al Shabaab suspected", "claimed by ISWAP", "blamed on the
ADF") names the doer instead.
"""

from __future__ import annotations

import dataclasses

from ..knowledge.codebook import VIOLENT_ROOTS
from ..model import ActorRef, Event, Mention, Sentence
from .origins import origin
from .people_nouns import unarmed_role
from .victim_relative import victim_relative
from .toll_notes import died_of_wounds, outbreak_clause, party_victim

__all__ = ["ahead", "attributed", "claimant", "suspect", "claimed", "conflict_root", "main_act", "own_ground", "nominal_ground", "clash_at_home", "plausible", "scene",
           "unnamed_doer", "riot_with_police", "victims_home", "armed_toll", "accused_victim"]

_ROOT_ROLE = {"14": "CVL", "17": "COP", "18": "UAF", "19": "UAF", "20": "UAF"}
ATTACK_WORDS = frozenset({
    "attack", "attacks", "attacked", "attacking", "attacker", "attackers", "gunmen", "gunman", "gunfire",
    "shot", "shooting", "shootings", "gunshot", "gunshots", "bomb", "bombs", "bombing", "bomber", "bombers",
    "ied", "ieds", "explosive", "explosives", "landmine", "landmines", "mine", "grenade", "grenades",
    "ambush", "ambushed", "raid", "raided", "airstrike", "airstrikes", "strike", "strikes", "drone",
    "drones", "shelling", "shelled", "mortar", "mortars", "rocket", "rockets", "artillery", "militants",
    "militant", "insurgents", "insurgent", "rebels", "rebel", "jihadists", "jihadist", "terrorists",
    "terrorist", "armed", "assailants", "assailant", "bandits", "clash", "clashes", "clashed", "fighting",
    "battle", "stabbed", "hacked", "machete", "machetes", "beheaded", "abducted", "kidnapped", "gunpoint",
    "suicide", "militia", "militiamen", "fighters", "soldiers", "troops", "police", "policemen",
    "security", "protest", "protests", "protesters", "demonstrators", "riot", "riots", "rioters", "mob",
    "suspected", "claimed", "responsibility", "crossfire", "sniper", "snipers", "massacre", "massacred",
    "executed", "explosion", "explosions", "blast", "blasts", "exploded", "detonated", "looted",
    "killed", "wounded", "injured", "dead", "arrested", "detained", "looted", "torched",
})
_VIOLENT_CUES = ATTACK_WORDS - {"killed", "wounded", "injured", "dead", "soldiers", "troops", "police",
                                "policemen", "security", "arrested", "detained", "strike", "strikes"}
_MISHAP_WORDS = frozenset({
    "fire", "fires", "blaze", "flames", "flood", "floods", "flooding", "storm", "cyclone", "hurricane",
    "typhoon", "earthquake", "quake", "landslide", "landslides", "mudslide", "avalanche", "drought",
    "accident", "accidents", "crash", "crashed", "collision", "collided", "derailed", "capsized",
    "drowned", "drowning", "electrocuted", "lightning", "outbreak", "cholera", "ebola", "malaria",
    "virus", "disease", "epidemic", "collapse", "collapsed", "stampede", "gas", "boiler", "cylinder",
    "fireworks", "tanker", "wildfire", "heatwave", "overdose", "match", "game", "league", "tournament",
    "cup", "season", "shares", "stocks", "prices", "market", "markets", "team", "factory", "refinery",
    "pipeline", "warehouse", "plant", "kitchen", "restaurant", "mining", "miners", "quarry",
})
# words of the economy and of work among the mishap words: a game or a market, not a disaster
_TRADE_WORDS = frozenset({"shares", "stocks", "prices", "market", "markets", "factory", "refinery", "mining",
                          "miners", "quarry", "restaurant", "kitchen", "warehouse", "plant"})
_RIOT_CUES = frozenset({"protest", "protests", "protesters", "protestors", "protesting", "protested", "demonstrators",
                        "demonstration", "demonstrations", "riot", "riots", "rioters", "rioting", "rioted", "mob",
                        "mobs", "angry", "irate", "youths", "unrest", "riotous", "supporters", "looters", "looting",
                        "strikers", "strike", "crowd", "crowds", "residents", "students"})
_ATTACK_NOUNS = {"attack", "attacks", "ambush", "ambushes", "raid", "raids", "assault", "offensive", "strike",
                 "strikes", "bombing", "shelling", "infiltrator", "incursion", "fire", "gunfire"}
_FORCES = frozenset({"MIL", "COP", "SPY"})
_MADE = {"planted", "laid", "placed", "made", "rigged", "led", "claimed", "linked", "affiliated"}
_ATTRIBUTION = {"suspected", "blamed", "claimed", "accused", "attributed", "responsible", "behind"}


def conflict_root(code: str) -> bool:
    return code[:2] in _ROOT_ROLE


def scene(sentence: Sentence, places: list[Mention], at: int = -1) -> Mention | None:
    """The place where the sentence's acts happen: the most specific place it names (a
    gazetteer place before a capital or a state), nearest token ``at`` when given, else the
    place named last before it."""
    here = [m for m in sentence.mentions if m.actor is not None and m.kind != "pronoun"
            and (m.kind in ("place", "capital") or (m.locative and m.actor.type == "state"))
            and not origin(m, sentence)]  # "flying from Athens": where a journey began
    for wanted in (lambda m: m.kind == "place", lambda m: m.locative and m.kind == "capital",
                   lambda m: m.locative, lambda m: True):  # a capital as a government comes last
        found = [m for m in here if wanted(m)]
        if found:
            return min(found, key=lambda m: abs(m.start - at)) if at >= 0 else found[0]
    return places[-1] if places else None


_HOME_ORGANS = {"COP", "SPY", "GOV", "JUD", "LEG"}


def victims_home(targets: list[Mention], sentence: Sentence) -> Mention | None:
    """The scene of an unplaced act of violence whose victims are one state's police, security
    service, officials or judges, organs that serve at home ("gunmen shot dead two Kenyan policemen"),
    or a party's people ("two MDC activists were stabbed"):
    those victims, when the sentence names no other state. Soldiers serve abroad too: not used."""
    victims = [m for m in targets if m.actor is not None and not m.locative and (
        m.actor.type == "state" and (m.actor.code or "")[3:] in _HOME_ORGANS
        or m.actor.type == "group" and m.actor.role == "PTY" and len(m.actor.primary) == 3)]  # a party's people
    states = {m.actor.primary for m in sentence.mentions if m.actor is not None and m.kind != "pronoun"}
    return victims[0] if victims and states == {victims[0].actor.primary} else None


_OTHER_ACTS = _ATTACK_NOUNS | {"fighting", "clash", "clashes", "battle", "battles", "skirmish", "skirmishes",
                               "exchange", "crossfire", "operation", "operations"}


def armed_toll(targets: list[Mention], code: str, at: int, earlier: list[Event], lower: list[str]) -> bool:
    """Soldiers or police killed are a word of war themselves ("two soldiers killed in Wau"), unless
    the toll is that of an act of violence the sentence names ("killed in fighting with X") or the
    sentence before already reported."""
    return code[:2] in VIOLENT_ROOTS and not _OTHER_ACTS & set(lower) \
        and any(m.actor is not None and ((m.actor.code or "")[3:] in ("MIL", "COP") or party_victim(m, lower)) for m in targets) \
        and not any(e.code[:2] in VIOLENT_ROOTS and at - e.sentence <= 1 for e in earlier)


# words of war rather than of crime or mishap: one must stand in a sentence whose doer is unnamed
_WAR_WORDS = _VIOLENT_CUES - {"shot", "shooting", "shootings", "gunshot", "gunshots", "stabbed", "hacked",
                              "machete", "machetes", "beheaded", "explosion", "explosions", "blast", "blasts",
                              "exploded", "detonated", "executed", "looted", "torched", "mob", "clash",
                              "fighting", "battle", "suspected", "claimed", "responsibility", "massacred"}
_SELF_CUEING = {"bomb", "bombs", "bombing", "ied", "ieds", "landmine", "landmines", "grenade", "grenades",
                "airstrike", "airstrikes", "drone", "drones", "mortar", "mortars", "rocket", "rockets",
                "shelling", "shelled", "ambush", "ambushed", "abducted", "kidnapped", "abduct", "kidnap",
                "gunfire", "clashes", "massacre", "suicide", "raid", "raided", "artillery", "explosion",
                "explosions", "blast", "blasts", "explosive", "device", "mine", "fighting", "teargas",
                "tortured", "torture"}  # torture is coercion: no mishap, no crime of chance
# artillery and aerial weapons (shells, missiles, air strikes) are weapons of war whatever they hit
_WEAPON_CODES = frozenset({"194", "195"})
_WEAPON_NOUNS = frozenset({"missile", "missiles", "shell", "shells", "rocket", "rockets", "mortar", "mortars",
                           "artillery", "air", "airstrike", "airstrikes", "aircraft", "warplane", "warplanes",
                           "plane", "planes", "jet", "jets", "bomber", "bombers",
                           "drone", "drones", "helicopter", "helicopters", "gunship", "gunships"})
# a drill, a test or a trade story names such weapons with no strike ("missile strikes on a mock-up",
# "shares of the missile maker hit a record")
_NO_STRIKE = frozenset({"drill", "drills", "exercise", "exercises", "wargame", "wargames", "mock", "simulated",
                        "rehearsal", "test", "tests", "tested", "shares", "stocks", "prices", "markets", "index",
                        "maker", "makers", "record", "sales", "orders"})
# an assault that names its own brutality: mob justice ("beaten to death", "doused in petrol", "lynched")
_MOB_CUEING = {"lynched", "lynching", "doused", "petrol", "paraffin"}


def weapon_of_war(lower: list[str], code: str) -> bool:
    """An act coded as artillery or aerial force whose sentence names such a weapon ("shells hit a
    hospital", "an air strike hit a fuel depot", "a missile hit a market"): an act of war even with no
    doer named, unless the sentence tells of a drill, a test or trade."""
    return code[:3] in _WEAPON_CODES and not _WEAPON_NOUNS.isdisjoint(lower) and _NO_STRIKE.isdisjoint(lower)


def fight_between(words: list[str]) -> bool:
    """A clash, a fight or a skirmish between two sides ("killed during a clash between two clans",
    "injured in a fight between rival youths"): a word of war like "clashes", though the bare noun
    ("a clash of cultures", "a clash over tariffs") is none."""
    return any(w in _FIGHT_NOUNS and k + 1 < len(words) and words[k + 1] == "between"
               for k, w in enumerate(words[:-1])) if not _FIGHT_NOUNS.isdisjoint(words) else False


_FIGHT_NOUNS = frozenset({"clash", "skirmish"})


def plausible(lower: list[str], code: str, agentless: bool, trigger: tuple[int, int] = (0, 0)) -> bool:
    """Whether an act with no named doer is a conflict event and not a crime, a mishap or a game:
    its trigger is an act of war ("a bomb", "an ambush"), or another word of war stands beside
    it ("killed ... by gunmen"); a fire, a flood or a gas explosion needs such a word too."""
    lower = ["teargas" if w == "gas" and k and lower[k - 1] == "tear" else
             "arson" if w == "fire" and k and lower[k - 1] in _SETTING_FIRE else w  # "set fire to": no mishap
             for k, w in enumerate(lower)]
    if code[:3] == "145" and not any(w in _RIOT_CUES for w in lower):
        return False  # "windows were shattered by the blast", "a fire burnt homes": no riot without rioters
    if code[:2] == "14":  # a protest needs no word of war; only a game is none
        return not any(w in ("match", "game", "league", "tournament", "cup", "season", "team") for w in lower)
    if code[:2] == "17":  # an arrest or a crackdown needs none either, but an earthquake toppling temples is none;
        # a word of trade or work is no mishap here ("riots over fuel prices; 30 people were arrested")
        return not any(w in _MISHAP_WORDS and w not in _TRADE_WORDS for w in lower)
    rest = lower[:trigger[0]] + lower[trigger[1]:]
    own = lower[trigger[0]:trigger[1]]
    war = weapon_of_war(lower, code) or any(w in _SELF_CUEING for w in own) or any(w in _WAR_WORDS for w in rest) \
        or (code[:2] == "18" and any(w in _MOB_CUEING for w in own)) or fight_between(rest)
    if any(w in _MISHAP_WORDS for w in lower):
        return war and not any(w in ("gas", "cylinder", "boiler", "fireworks") for w in lower)
    return war or not agentless


_SAYING_THAT = frozenset({"said", "says", "saying", "added", "adding", "adds", "stated", "reported"})
_SETTING_FIRE = frozenset({"set", "sets", "setting", "opened", "open", "opens", "opening"})
_SUBORDINATE = {"who", "whom", "whose", "which", "that", "after", "since", "following", "before", "as",
                "because", "while", "if", "although", "though", "until", "amid", "despite", "over", "when",
                "to", "for", "of", "in", "at", "against"}
_FRAMING = {"accused", "accusing", "accuse", "accuses", "alleged", "allegedly", "denied", "denying", "denies",
            "blamed", "blaming", "blames", "condemned", "condemning", "response", "retaliation", "ending",
            "confirmed", "investigating", "investigation", "probe", "anniversary", "commemorate", "mark",
            "marked", "marking", "recalled", "recalling", "remembered"}


_SETTING = {"in", "on", "near", "outside", "around", "inside", "during", "overnight", "late", "early"}


_COUNTS = {"hundreds", "thousands", "tens", "dozens", "scores", "millions"}


_ACCUSED = {"accused", "suspected", "convicted"}
_NO_NOUN = {"was", "were", "is", "are", "be", "been", "has", "have", "had", "they", "he", "she", "it", "who",
            "we", "and", "or", "not", "also", "been", "being"}


def accused_victim(lower: list[str], end: int) -> int:
    """The index of "accused" in a reduced relative that says who the victim of a passive is: "a man
    accused of stealing goats was beaten to death", "two men suspected of theft were shot" ("accused"
    right after a common noun, "of" after it, and "was"/"were" before ``end``); -1 when there is none."""
    for k in range(1, end - 2):
        if lower[k] in _ACCUSED and lower[k + 1] == "of" and lower[k - 1].isalpha() \
                and lower[k - 1] not in _NO_NOUN and any(w in ("was", "were") for w in lower[k + 2:end]):
            return k
    return -1


def main_act(lower: list[str], start: int, trigger_start: int, noun: bool) -> bool:
    """Whether a trigger is the act a report is about, not background: it opens no subordinate or
    relative clause ("who was arrested", "after the killing of"), no accusation or reaction frames
    it ("accused each other of attacking", "in response to a chemical attack"), and a nominal one
    ("a bomb explosion", "heavy fighting") heads its clause."""
    dash = next((k for k in range(start, min(start + 10, trigger_start)) if lower[k] in ("-", "--", "—")), None)
    if dash is not None:  # a dateline: "KABUL (Reuters) - A bomb ..."
        start = dash + 1
    for _ in range(3):  # "On 9 May, a bomb ...", "In a hamlet near Kidal, a bomb ...", "On 9 May, in Gao, ..."
        if not (lower[start] in _SETTING and "," in lower[start:min(trigger_start, start + 16)]):
            break
        start = lower.index(",", start) + 1
    if lower[start] == "that" and start and lower[start - 1] in _SAYING_THAT:  # "police said that 22 people ..."
        start += 1
    if lower[start:start + 2] in (["at", "least"], ["at", "most"]):  # "At least four were killed": a count
        start += 2
    counted = start
    while counted + 1 < trigger_start and lower[counted] in _COUNTS and lower[counted + 1] == "of":
        counted += 2
    if trigger_start - counted <= 2:  # "Hundreds of thousands marched ...": a count, no "of" phrase (not
        start = counted               # "Hundreds of people detained during protests")
    if lower[start] in ("when", "after", "as") and (toll_clause(lower[:start]) or outbreak_clause(lower[:start])):
        start += 1  # "One dead and three injured when a minibus hit a landmine": the act is in the clause
    comma = max((k for k in range(start, trigger_start) if lower[k] == ","), default=-1)
    if lower[start] in ("who", "which") and 0 < trigger_start - comma <= 2:
        start = comma + 1  # "Friends of a driver who was assaulted, marched outside ...": the main verb
    victim = accused_victim(lower, trigger_start)  # "a man accused of theft was beaten": no framing
    described = victim_relative(lower, trigger_start)  # "a youth who allegedly snatched X was killed"
    if described and start == described.start:
        start = described.stop  # the clause read from "who" is the subject's description; the verb is after it
    if lower[start] in _SUBORDINATE or any(w in _FRAMING for k, w in enumerate(lower[:trigger_start])
                                           if k != victim and k not in described and k != trigger_start - 1):
        return False
    if noun:
        return (trigger_start - start <= 5 and not any(w in _SUBORDINATE for w in lower[start:trigger_start])) \
            or _toll_first(lower[start:trigger_start]) or died_of_wounds(lower[start:trigger_start])
    return True


_TOLL_COUNTS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
           "dozens", "scores", "several", "hundreds", "many", "some", "a", "dozen"}
_TOLL_NOTE = {"dead", "killed", "injured", "wounded", "hurt", "people", "persons", "civilians", "and", "others",
         "more", "than", "at", "least", ",", "in", "after", "during", "due", "to", "a", "an", "the", "fierce",
         "heavy", "renewed", "fresh", "deadly", "suspected", "seriously", "critically", "were", "are",
         "reported", "reportedly", "including", "least"} | _TOLL_COUNTS


_PLACE_WORDS = {"in", "near", "at", "outside", "on"}


def toll_clause(prefix: list[str]) -> bool:
    """A main clause that only gives a toll ("One dead and three injured", "Five villagers died in
    <a town>"), so the "when"/"after" clause that follows names the act. A place after "in",
    "near", "at" or "on" may stand in it (up to three words)."""
    k, toll = 0, False
    while k < len(prefix):
        word = prefix[k]
        if word in _PLACE_WORDS and k + 1 < len(prefix):
            k += min(4, len(prefix) - k)
            continue
        if not (word in _TOLL_NOTE or word.isdigit()):
            return False
        toll = toll or word in ("dead", "killed", "injured", "wounded", "hurt")
        k += 1
    return toll and 2 <= len(prefix) <= 14


def _toll_first(prefix: list[str]) -> bool:
    """A verbless note that opens with its toll and names the act after it: "Eight dead in clan
    fighting in Galkayo", "3 killed, 2 wounded in a car ambush near Abyei"."""
    for _ in range(2):  # the act noun's own modifiers ("clan fighting", "car ambush")
        if prefix and prefix[-1].isalpha() and prefix[-1] not in _TOLL_NOTE:
            prefix = prefix[:-1]
    return 2 <= len(prefix) <= 12 and prefix[-1] in ("in", "after", "during", "to", "a", "an", "the") \
        and (prefix[0].isdigit() or prefix[0] in _TOLL_COUNTS or prefix[:2] == ["at", "least"]) \
        and any(w in ("dead", "killed", "injured", "wounded") for w in prefix) \
        and all(w in _TOLL_NOTE or w.isdigit() for w in prefix)


def unnamed_doer(place: Mention, code: str, role: str = "") -> ActorRef:
    """The actor of the place's state who did an act of this kind: of the role the text gives
    ("people staged a protest" where no place was known for "people": CVL), else the role a
    monitor assumes (UAF for violence, COP for coercion, CVL for protest, MIL for shelling)."""
    state = place.actor.primary
    role = role or ("MIL" if code[:3] in ("194", "195") else _ROOT_ROLE.get(code[:2], "UAF"))
    names = {"UAF": "unidentified armed group", "COP": "police", "CVL": "civilians", "MIL": "armed forces"}
    return ActorRef(state, state, state + role, f"{state} ({names.get(role, role)})", "unnamed")


_NO_OBJECT = {".", ",", ";", ":", "in", "on", "at", "by", "during", "when", "near", "after", "while", "as",
              "and", "or", "but", "last", "yesterday", "today", "overnight", "early", "late", "-", "(", ")"}
_PASSIVE = {"was", "were", "been", "being", "is", "are", "be", "got", "get"}
_RELATIVE = {"who", "whom", "which", "that", "whose"}
_NOMINAL = {"the", "a", "an", "led", "-", "'s", "its", "their", "of", "this", "that", "deadly", "latest"}


def own_ground(code: str, doers: list[Mention], sentence: Sentence, start: int, end: int) -> bool:
    """Violence by actors of one state that names no target ("ISWAP fighters stormed a market
    in Yobe, burning stalls", "a soldier was killed by Taliban snipers") is done on that state's ground
    and coded against it, as monitors code it. The doers are armed groups of one state or generic
    actors placed there, never a state or its government; they are the subject of an act with an
    object ("raided a village"), or the agent after "by" — not the subject of a passive, who is the
    victim ("four soldiers killed"); and the sentence names no other state ("Houthis attacked
    ships bound for Israel" is no act on Yemen)."""
    if code[:2] not in VIOLENT_ROOTS or not doers:
        return False
    homes = {m.actor.primary for m in doers if m.actor is not None}
    if any(m.actor is not None and m.actor.primary not in homes for m in sentence.mentions):
        return False
    lower = [t.lower for t in sentence.tokens]
    agents = all(m.start >= end and "by" in lower[end:m.start] for m in doers)
    active = all(m.end <= start and not _RELATIVE & set(lower[:m.start]) for m in doers) and end < len(lower) and lower[end] not in _NO_OBJECT \
        and not (start > 0 and (lower[start - 1] in _PASSIVE or lower[start - 1] in _NOMINAL))
    if not (agents or active):
        return False
    return all(_home_doer(m) or agents and _militia_agent(m) for m in doers)


def _militia_agent(m: Mention) -> bool:
    """A militia named as such and placed, as the agent after "by" ("shot dead by a local militia in
    Sabha"): it acts on its own ground, as an armed group of one state does."""
    return m.kind == "role" and m.actor is not None and m.actor.role == "MIL" and m.resolved_from is not None \
        and "militia" in m.text.lower()


def _home_doer(m: Mention) -> bool:
    """An armed group of one state, or a generic actor placed in one; never a state, its government,
    its army (which fights abroad too) or a crowd (a mob's violence is a riot, 145)."""
    actor = m.actor
    if actor is None or actor.role in ("GOV", "MIL", "SPY", "CVL"):
        return False
    group = actor.type == "group" and len(actor.primary) == 3 and actor.primary.isalpha() \
        and actor.primary.isupper()
    placed = m.kind == "role" and m.resolved_from is not None and actor.role is not None
    return group or placed


def clash_at_home(code: str, doers: list[Mention], sentence: Sentence, start: int) -> bool:
    """A clash whose other side goes unnamed ("Al Shabaab fighters clashed near Afgoye", "rival
    gunmen clashed in Kalehe"), fought by one armed group of one state or generic actors placed
    there as the subject, in a sentence that names no other state: fought on that state's ground."""
    if code[:2] not in ("18", "19") or len(doers) != 1 or start == 0:
        return False
    home = doers[0].actor.primary if doers[0].actor is not None else None
    if any(m.actor is not None and m.actor.primary != home for m in sentence.mentions):
        return False
    lower = [t.lower for t in sentence.tokens]
    return doers[0].end <= start and lower[start - 1] not in _PASSIVE and lower[start - 1] not in _NOMINAL \
        and not _RELATIVE & set(lower[:doers[0].start]) and (_home_doer(doers[0]) or _placed_crowd(doers[0]))


def _placed_crowd(m: Mention) -> bool:
    """People placed where they clash ("supporters of rival candidates clashed in Kaya"): with no
    other side named they fight each other, a riot (145, :func:`riot_with_police`)."""
    return m.kind == "role" and m.resolved_from is not None and m.actor is not None and m.actor.role == "CVL"


_TOLL = frozenset({"killed", "killing", "dead", "died", "wounded", "wounding", "injured", "injuring", "toll"})


def nominal_ground(code: str, doers: list[Mention], sentence: Sentence, start: int) -> bool:
    """An act named by a noun whose doer is an armed group of one state standing right before it,
    in a sentence that gives its toll ("two were killed in a Boko Haram raid on a hamlet", "an
    al Shabaab ambush left four dead"), is done on that state's ground, like the same act told
    with a verb; not one mentioned as a topic ("the anniversary of the Hamas-led attack")."""
    if code[:2] not in VIOLENT_ROOTS or not doers or start == 0:
        return False
    lower = [t.lower for t in sentence.tokens]
    if not _TOLL & set(lower):
        return False
    homes = {m.actor.primary for m in doers if m.actor is not None}
    if len(homes) != 1 or any(m.actor is not None and m.actor.primary not in homes for m in sentence.mentions):
        return False
    return all(m.end == start and m.kind == "name" and m.actor is not None and m.actor.type == "group"
               and len(m.actor.primary) == 3 and m.actor.primary.isupper() for m in doers)


def attributed(sentence: Sentence) -> list[Mention]:
    """Actors a sentence names as the suspected or claimed doers ("Al Shabaab suspected",
    "claimed by ISWAP", "blamed on the ADF")."""
    found: list[Mention] = []
    lower: list[str] = []
    for m in sentence.mentions:
        if m.actor is None or m.kind in ("place", "pronoun") or m.locative:
            continue
        lower = lower or [t.lower for t in sentence.tokens]
        by_attack = m.start >= 2 and lower[m.start - 1] == "by" and lower[m.start - 2] in _ATTACK_NOUNS
        if m.actor.type != "group" and not (by_attack and m.actor.type == "state" and m.actor.role in _FORCES):
            continue  # "died after an assault by Afghan commandos": the commandos' act
        window = lower[max(0, m.start - 3):m.start] + lower[m.end:m.end + 2]
        made = m.end + 1 < len(lower) and lower[m.end] == "-" and lower[m.end + 1] in _MADE  # "Taliban-planted"
        if any(w in _ATTRIBUTION for w in window) or by_attack or made:
            found.append(m)
    return found


def claimant(sentence: Sentence) -> Mention | None:
    """The armed group a sentence says claimed an attack ("Al-Shabaab claimed responsibility",
    "claimed by ISWAP")."""
    lower: list[str] = []
    for m in sentence.mentions:
        if m.actor is None or m.actor.type != "group" or m.locative:
            continue
        lower = lower or [t.lower for t in sentence.tokens]
        after = lower[m.end:m.end + 3]
        before = lower[max(0, m.start - 2):m.start]
        if any(w in ("claimed", "claims", "claim", "claiming") for w in after) or before[-2:] == ["claimed", "by"]:
            return m
    return None


def suspect(sentence: Sentence) -> Mention | None:
    """The group a sentence of its own says is suspected of the act before ("Boko Haram is thought to
    be behind it.", "The ADF are the suspected perpetrators.")."""
    if not any(m.actor is not None and m.actor.type == "group" and not m.locative for m in sentence.mentions):
        return None  # the test every sentence gets: most name no armed group
    lower = [t.lower for t in sentence.tokens]
    if _ATTRIBUTION.isdisjoint(lower):
        return None
    for m in sentence.mentions:
        if m.actor is not None and m.actor.type == "group" and not m.locative \
                and any(w in _ATTRIBUTION for w in lower[max(0, m.start - 3):m.end + 5]):
            return m
    return None


def ahead(doc, sentence: Sentence, reach: int = 2) -> list[Mention]:
    """For a report that names no place before this sentence: the place the next sentences name
    ("A grenade was thrown at a patrol. The patrol was passing a market in Garowe.")."""
    for later in doc.sentences[sentence.index + 1:sentence.index + 1 + reach]:
        here = scene(later, [])
        if here is not None:
            return [here]
    return []


def claimed(events: list, doer: ActorRef, sentence: int) -> None:
    """A claim of responsibility names the doer of the violence an unnamed or generic armed actor
    did in the claim's sentence or the one before: that violence is the claimant's."""
    for event in events:
        if sentence - event.sentence not in (0, 1) or event.code[:2] not in VIOLENT_ROOTS:
            continue
        if event.source.code[3:] in ("UAF", "INS") and event.source.code[:3] == event.source.primary:
            event.source = doer


_RIOT_WORDS = frozenset({"riot", "riots", "rioting", "rioted", "rioters"})


def _riot_at_home(event: Event) -> bool:
    """Unarmed people in a clash whose other side goes unnamed, in a sentence that calls it a riot
    ("two miners were hurt in clashes with mine guards during a riot"), or a crowd of people who clash
    with no other side named ("rival supporters clashed in Kaya"): they riot (145)."""
    text = str(event.evidence.get("text", "")).lower().replace(",", " ").replace(".", " ").split()
    return event.rule.endswith("+ground") and (event.source.code[3:] == "CVL" or not _RIOT_WORDS.isdisjoint(text))


def riot_with_police(events: list[Event], codebook) -> list[Event]:
    """A clash between the police and unarmed people of one state ("traders clashed with police
    in Oran", "clashes between riot police and students in Kisumu") is a riot, not a battle: the
    people's side protests violently (145) and the police's side represses (175)."""
    out = []
    for e in events:
        kind = e.rule.split("/")[1] if "/" in e.rule else ""
        sides = (e.source.code[3:], e.target.code[3:])
        if e.code != "190" or not ("clash" in kind or "fighting" in kind) \
                or e.source.primary != e.target.primary or len(e.source.primary) != 3:
            out.append(e)
            continue
        code = "145" if unarmed_role(sides[0]) and (sides[1] == "COP" or _riot_at_home(e)) else \
            "175" if sides[0] == "COP" and unarmed_role(sides[1]) else ""
        entry = codebook.get(code) if code else None
        out.append(e if entry is None else dataclasses.replace(
            e, **entry.event_fields(), rule=e.rule + "+riot"))
    return out
