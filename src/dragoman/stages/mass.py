"""Mass killings (202) and expulsions (201): many noncombatants killed, by the codebook's "killing of a large
number of noncombatants", or thousands expelled.

"Gunmen killed hundreds of people", "troops killed dozens of villagers", "At least 40 civilians were killed":
a plain killing (the generic 190, or 180 by irregulars) becomes a mass killing when it names hundreds killed,
or fifteen or more (or "dozens") noncombatants. Attacks of a kind (an air strike 195, a suicide bombing 1831)
keep their kind, as the tuned annotations code them.
"""

from __future__ import annotations

from ..knowledge.lexicon import Match
from .clauses import Structure, clause_of

__all__ = ["mass_code"]


def mass_code(st: Structure, match: Match, code: str) -> str:
    """Killing hundreds of people is mass violence (202), expelling thousands a mass expulsion (201), for
    rules flagged ``mass``; so is a plain killing (180, 190) of fifteen or more noncombatants ("killed dozens
    of villagers", "40 civilians were killed"), CAMEO's "killing of a large number of noncombatants"."""
    if "mass" not in match.rule.flags:
        return code
    mass, least = ("201", 1000) if code[:3] == "174" else ("202", 100)
    after = st.lower[match.end:match.end + 6]
    for word in after:
        if word in ("hundreds", "thousands") and (least == 100 or word == "thousands"):
            return mass
        number = word.replace(",", "")
        if number.isdecimal() and number.isascii():
            if int(number) >= least:
                return mass
            break
    if code in ("180", "190") and not st.lower[match.head].endswith("ing") and not _by_fighting(st, match) \
            and (_many_noncombatants(after + st.lower[match.end + 6:match.end + 9])
                 or _many_noncombatants_before(st, match)):
        return "202"
    return code


_NONCOMBATANTS = frozenset({"civilians", "villagers", "people", "residents", "worshippers", "worshipers", "women",
                            "children", "farmers", "fishermen", "herders", "mourners", "refugees", "migrants",
                            "displaced", "passengers", "pilgrims", "students", "schoolchildren", "men", "traders",
                            "miners", "wedding", "guests", "patients", "inhabitants", "unarmed"})
_MANY = frozenset({"dozens", "scores"})
_MASS_FLOOR = 15  # tuned annotations code 19 civilians killed in a village as mass killing, 10 as an assault


# subjects that make the dead the toll of fighting or of a blast, not victims singled out for killing
_TOLL = frozenset({"fighting", "clashes", "battle", "battles", "war", "shelling", "bombardment", "strike", "strikes",
                   "airstrike", "airstrikes", "bomb", "bombs", "blast", "blasts", "explosion", "explosions",
                   "bombing", "bombings", "violence", "unrest", "crossfire", "missile", "missiles", "drone",
                   "drones", "rocket", "rockets"})


def _by_fighting(st: Structure, match: Match) -> bool:
    """"Fighting between the army and the RSF killed scores of people": a toll, not a massacre; "killing at
    least 30" after "a car bomb exploded" is likewise the blast's toll (and "killing" is left out above)."""
    start, _ = clause_of(st, match.head)
    if st.lower[start] in ("that", "which") and start > 0:  # "two bombings that killed 40 people"
        start = max(0, start - 3)
    return any(w in _TOLL for w in st.lower[start:match.start])


def _many_noncombatants(words: list[str]) -> bool:
    """"dozens of civilians", "at least 35 villagers", "40 unarmed men": many, then a noncombatant noun."""
    for k, word in enumerate(words):
        number = word.replace(",", "")
        many = word in _MANY or (number.isdecimal() and number.isascii() and int(number) >= _MASS_FLOOR)
        if many:
            return any(w in _NONCOMBATANTS for w in words[k + 1:k + 5])
        if word in (",", ";", "and", "in", "on", "with", "by"):
            return False
    return False


def _many_noncombatants_before(st: Structure, match: Match) -> bool:
    """"At least 40 villagers, among them women, were killed": the passive's subject names the victims."""
    if match.start == 0 or st.lower[match.start - 1] not in ("were", "been"):
        return False
    start = max(0, match.start - 14)
    words = st.lower[start:match.start]
    return any(_many_noncombatants(words[k:k + 5]) for k in range(len(words)))
