"""Generic actors take the state of the place where they act, as conflict monitors code them.

"Gunmen in Kano", "protesters marched through Tbilisi", "police arrested ... in Nara":
a role noun with no state of its own ("gunmen", "residents", "security forces",
"bandits", "teachers") belongs to the state of the place the sentence names, else of
the place named most recently before it in the document. Its role noun gives the
CAMEO agent code (COP, MIL, REB, INS, UAF, CRM, CVL, LAB, EDU, ...), from ``roles.tsv``
and the generic agents of ``agents.tsv``. Roles that speak for a government abroad
(officials, diplomats, ministers: GOV, LEG, JUD) are not domestic actors and are left
to coreference: "officials said" in Brussels are not Belgium's.
"""

from __future__ import annotations

from ..knowledge.roles import Roles
from ..model import Mention, Sentence
from .people_nouns import PARTY_PEOPLE, people_code

__all__ = ["ARMED_FORCES", "DOMESTIC", "compound", "generic", "home_groups", "mission", "modifier", "foreign_agent", "owned",
           "partner", "party_people", "place_mentions", "role_code"]

# agent codes of actors that act where they are: police, armed forces, armed groups, people
# (criminals, CRM, are not: a robbery is no political event; bandits and kidnappers are UAF in roles.tsv)
DOMESTIC = frozenset({"COP", "MIL", "REB", "INS", "UAF", "SEP", "OPP", "CVL", "LAB", "EDU",
                      "AGR", "MED", "HLH", "BUS", "REF", "REL", "MUS", "CHR", "PTY", "NGO", "HRI", "ELI"})

# a state's own armed forces, which often act abroad ("warplanes pounded Gaza")
ARMED_FORCES = frozenset({"MIL", "SPY"})
_POSSESSIVES = {"its", "their", "his", "her", "our", "whose"}


_ARMED = frozenset({"COP", "MIL", "REB", "INS", "UAF", "CRM", "SEP"})


def generic(mention: Mention, code: str) -> bool:
    """Whether a role mention is a generic actor that takes a place's state: a group of people of
    a domestic kind, or one armed person ("a gunman", "a policeman"); not "right-wing"."""
    return code in DOMESTIC


def modifier(mention: Mention, sentence: Sentence) -> bool:
    """A singular role used as an adjective: "militant targets", "rebel positions"."""
    if mention.role != "person" or mention.end >= len(sentence.tokens):
        return False
    nxt = sentence.tokens[mention.end].text
    return nxt.isalpha() and nxt.islower() and nxt.endswith("s") and not nxt.endswith("ss") \
        and nxt not in _VERBS_IN_S  # "a soldier was killed" is no modifier


_VERBS_IN_S = frozenset({"was", "is", "has", "does", "says", "dies", "died", "lies", "remains", "goes"})


def compound(mention: Mention, sentence: Sentence) -> bool:
    """The second half of a hyphenated word ("right-wing", "pro-government") is no actor."""
    if mention.start == 0 or sentence.tokens[mention.start - 1].text not in ("-", "‑"):
        return False
    dash, word = sentence.tokens[mention.start - 1], sentence.tokens[mention.start]
    return dash.end == word.start  # "KABUL - Protesters": a dash between spaces joins no word


def owned(mention: Mention, sentence: Sentence) -> bool:
    """A role with an owner ("its warplanes", "Moscow's forces", "Russia's defence minister")."""
    if "'s" in mention.text or "’s" in mention.text:
        return True
    before = sentence.tokens[mention.start - 1].lower if mention.start > 0 else ""
    return before in _POSSESSIVES or any(m.end == mention.start and m.actor is not None
                                         for m in sentence.mentions)


def foreign_agent(mention: Mention, sentence: Sentence) -> bool:
    """Whether the sentence names an actor (not a place) that armed forces may belong to; not an
    armed group of one state, which has none ("troops dislodged Boko Haram from ...")."""
    return any(m is not mention and m.actor is not None and m.kind not in ("place", "pronoun")
               and not m.locative and m.actor.type in ("state", "igo", "group") and m.resolved_from is None
               and not _reporter(m, sentence) and m not in home_groups(sentence) for m in sentence.mentions)


_REPORTING = frozenset({"said", "says", "reported", "reports", "told"})


def _reporter(mention: Mention, sentence: Sentence) -> bool:
    """An actor that only reports the act ("..., according to MONUSCO", "..., the UN said"): no owner
    of the armed men the sentence names."""
    lower = [t.lower for t in sentence.tokens[max(0, mention.start - 3):mention.end + 1]]
    before = lower[:len(lower) - (mention.end - mention.start) - (mention.end < len(sentence.tokens))]
    after = lower[-1] if mention.end < len(sentence.tokens) else ""
    return "according" in before[-3:] and "to" in before[-2:] or after in _REPORTING \
        and mention.start > 0 and sentence.tokens[mention.start - 1].lower in (",", "the")


def role_code(mention: Mention, roles: Roles) -> str:
    """The agent code of a role mention's noun ("bandits" -> CRM), or ''."""
    words = tuple(mention.text.lower().replace("-", " - ").split())
    for start in range(len(words)):  # "two armed bandits": the longest listed tail
        role = roles.index.get(words[start:])
        if role is not None:
            return role.role
    return people_code(words[0]) if len(words) == 1 else ""  # "pharmacists", "the community" (.crowds)


def place_mentions(sentence: Sentence) -> list[Mention]:
    """Mentions that name where something happens: places, and capitals or states after a place
    preposition ("in Bamako", "in Mali"); not a capital that speaks for its government ("Moscow
    hosted ...")."""
    return [m for m in sentence.mentions if m.actor is not None and m.kind != "pronoun"
            and (m.kind == "place" or (m.locative and (m.kind == "capital" or m.actor.type == "state")))
            and not mission(m)]


def mission(mention: Mention) -> bool:
    """An embassy or consulate is its state's, but it stands in another: no place for generic actors."""
    text = mention.text.lower()
    return "embass" in text or "consulate" in text or "mission" in text or "legation" in text


def home_groups(sentence: Sentence) -> list[Mention]:
    """Armed groups of one state named in the sentence ("killed by Taliban militants"): when no
    place is known, the soldiers, police and civilians of the report are that state's."""
    return [m for m in sentence.mentions if m.actor is not None and m.actor.type == "group"
            and len(m.actor.primary) == 3 and m.actor.primary.isalpha() and m.actor.primary.isupper()]


_SAID = frozenset({"said", "says", "told", "added", "stated", "announced", "confirmed"})


def partner(mention: Mention, code: str, sentence: Sentence) -> Mention | None:
    """The actor an unarmed role is paired with: "Maduro's government and the opposition signed a deal
    in Barbados", "the president, the opposition and the church met in ...": the opposition is of the
    government's state, not of the place where they met. Not armed roles, which often face a foreign
    side ("Russian troops and rebels"), and not a place or an actor named after a place preposition."""
    if code in _ARMED or mention.start < 2 or mention.end < len(sentence.tokens) \
            and sentence.tokens[mention.end].lower in _SAID:
        return None  # "..., wounding two American tourists, Defence Minister X said": a speaker, no list
    j = mention.start - 1
    if sentence.tokens[j].lower in _COUNTS:  # "X's former president and two former prime ministers"
        j -= 1
    if sentence.tokens[j].lower == "the":
        j -= 1
    if j < 1 or sentence.tokens[j].lower not in ("and", ","):
        return None
    named = next((m for m in sentence.mentions if m.end == j), None)
    if named is not None and named.actor is None:  # "Maduro's government and": the owner of the bare role
        named = next((m for m in sentence.mentions if named.start - 1 <= m.end <= named.start), None)
    if named is None or named.actor is None or named.kind in ("place", "pronoun") or named.locative \
            or named.actor.type not in ("state", "person"):
        return None
    return named


_COUNTS = frozenset({"two", "three", "four", "five", "six", "several", "other"})


def party_people(mention: Mention) -> bool:
    """A party's people ("PF cadres", "ZANU-PF youths"), not the party named as a body ("the HDP")."""
    return mention.actor is not None and mention.actor.role == "PTY" \
        and mention.text.lower().split()[-1] in PARTY_PEOPLE
