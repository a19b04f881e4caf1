"""Nouns and role codes of people: one home for "is this mention, noun or role a group of people?".

Several stages ask the question, each for its own purpose, and the answers differ on purpose. Each
distinct question has its own name here; where two lists answer close questions with different
members, both are kept, named for the question (merging them would change the coder's output):

- :func:`people_code`: the agent code of a plural noun of a group of people ("community" CVL,
  "staff" LAB; by its ending "pharmacists" CVL), or ''. The doers of a protest or riot
  (:mod:`.crowds`), a lone generic noun (:mod:`.generic`), a crowd in an event's words
  (:mod:`.event_codes`). Its endings (:data:`PLURAL_ENDINGS`) take -ees, -ants, -ents.
- :func:`person_noun`: whether a role's noun names persons by its ending ("traders",
  "businessmen", not "firms"): a business role as a target of violence (:mod:`.subjects`). Its
  endings (:data:`PERSON_ENDINGS`) take -men and -people but not -ees, -ants, -ents, and it reads
  the whole mention with no length or exception list: a narrower question than :func:`people_code`'s.
- :func:`target_people_role`: a role code whose mentions are people a rule may shoot, arrest or
  release (:mod:`.subjects`); :func:`human_role`: a role whose nouns are all persons (EDU, AGR,
  HLH), people only when the mention is a role noun.
- :func:`igo_people_role`: a role of an IGO's mention that names people rather than the body
  (:mod:`.state_acts`): a wider set (EDU, REL, BUS, UAF too).
- :func:`unarmed_role`: the roles of people who protest or riot rather than fight
  (:mod:`.repressed`, :mod:`.conflict`; AGR and BUS in, REB and INS out).
- :data:`FOREIGN_PEOPLE`: the nouns of persons "foreign" modifies as people ("foreign nationals",
  not "the foreign agents law"; :mod:`.foreigners`).

Named subsets, each kept narrow on purpose for one stage's question (its docstring says why; a wider
list there would change the coder's output): :data:`PROTEST_PEOPLE` and :data:`HOME_PEOPLE`
(:mod:`.domestic`), :data:`DISASTER_PEOPLE` (:mod:`.nonevents`), :data:`PARTY_PEOPLE` (:mod:`.generic`),
:data:`CROWD_WORDS` (:mod:`.event_codes`), :data:`CIVIC_PEOPLE` and :data:`STATE_PLURAL_HEADS`
(:mod:`.coref`).

All members are ordinary English nouns and CAMEO agent codes. Look-ups only: no scan of a sentence.
"""

from __future__ import annotations

__all__ = ["CIVIC_PEOPLE", "CROWD_WORDS", "DISASTER_PEOPLE", "FOREIGN_PEOPLE", "HOME_PEOPLE", "PARTY_PEOPLE",
           "PERSON_ENDINGS", "PLURAL_ENDINGS", "PROTEST_PEOPLE", "STATE_PLURAL_HEADS", "human_role",
           "igo_people_role", "people_code", "person_noun", "target_people_role", "unarmed_role"]

# nouns of groups of people (ordinary English), with their agent code
_GROUP_NOUNS = {
    "community": "CVL", "communities": "CVL", "youth": "CVL", "relatives": "CVL", "families": "CVL",
    "kin": "CVL", "parents": "CVL", "mothers": "CVL", "widows": "CVL",
    "mourners": "CVL", "locals": "CVL", "inhabitants": "CVL", "dwellers": "CVL", "neighbours": "CVL",
    "pupils": "EDU", "pensioners": "CVL", "retirees": "CVL", "veterans": "CVL", "survivors": "CVL",
    "victims": "CVL", "worshippers": "CVL", "congregants": "CVL", "faithful": "CVL",
    "staff": "LAB", "employees": "LAB", "personnel": "LAB", "workforce": "LAB", "staffers": "LAB",
    "opponents": "CVL", "attendees": "CVL", "participants": "CVL", "passengers": "CVL",
    # adjectives used as nouns of people: "the displaced protested", "the unemployed marched"
    "displaced": "REF", "unemployed": "CVL", "jobless": "CVL", "homeless": "CVL", "landless": "CVL",
    "evicted": "CVL", "bereaved": "CVL", "disabled": "CVL", "elderly": "CVL",
}
# endings of plural nouns of people for people_code ("pharmacists", "retirees", "tenants")
PLURAL_ENDINGS = ("ists", "ians", "ers", "ors", "ees", "ants", "ents")
PROTEST_PEOPLE = frozenset({"protesters", "demonstrators", "strikers"})
"""The people of a protest or strike, whose demands a state's act may be about ("rejected protesters'
demands", :mod:`.domestic`). Narrow on purpose: only the unarmed crowds that make demands of their own
state, read in the possessive; rioters, whose acts are no demands, are not in it."""

# plurals with those endings that name no group of people here (or one the role files already have)
_NOT_PEOPLE = frozenset({"others", "papers", "numbers", "matters", "orders", "borders", "waters", "centers",
                         "centres", "quarters", "headquarters", "members", "events", "incidents", "parts",
                         "plants", "reports", "governments", "departments", "documents", "elements", "students",
                         "offices", *PROTEST_PEOPLE, "rioters"})

# endings of a role noun that names persons ("traders", "shopkeepers", "businessmen"; not "firms")
PERSON_ENDINGS = ("ers", "ors", "ists", "ians", "men", "people")

# roles whose mentions are people a rule aimed at people may take as its target
_TARGET_PEOPLE_ROLES = frozenset({"CVL", "REF", "OPP", "MED", "LAB", "REB", "INS"})
# roles whose nouns are all persons (pupils and teachers, farmers and herders, health workers)
_HUMAN_ROLES = frozenset({"EDU", "AGR", "HLH"})
# roles of an IGO's mention that are people rather than the body itself
_IGO_PEOPLE_ROLES = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "MED", "BUS", "REF", "UAF", "INS", "REB"})
# people who protest or riot rather than fight (not armed groups, parties or troops)
_UNARMED_ROLES = frozenset({"CVL", "BUS", "LAB", "EDU", "AGR", "MED", "REF", "OPP"})

# "foreign" names people only before one of these ("foreign nationals"; not "the foreign agents law")
FOREIGN_PEOPLE = frozenset({
    "national", "nationals", "citizen", "citizens", "journalist", "journalists", "reporter",
    "reporters", "correspondent", "correspondents", "worker", "workers", "tourist", "tourists",
    "student", "students", "diplomat", "diplomats", "prisoner", "prisoners", "hostage", "hostages",
    "fighter", "fighters", "mercenaries", "migrant", "migrants", "visitor", "visitors", "crew",
    "sailors", "engineers", "employees", "staff", "volunteers", "missionaries", "executives",
    "businessmen", "experts", "nurses", "doctors", "teachers", "researchers", "academics"})

HOME_PEOPLE = frozenset({"rebels", "opposition", "dissidents", "activists", "journalists", "citizens", "prisoners",
                         "detainees", *PROTEST_PEOPLE, "critics", "opponents",
                         "lawmakers", "politicians", "unions", "students", "clerics", "figures", "leaders"})
"""People a state acts on at home when no name or place gives them another state ("pardoned rebels",
:mod:`.domestic`). Narrow on purpose: the dissenters, prisoners and public figures a state frees,
accuses or pardons; not victims of violence, whose unnamed side is as often abroad."""

DISASTER_PEOPLE = frozenset({"victims", "survivors", "residents", "families", "evacuees", "refugees", "farmers",
                             "workers", "villagers", "people", "patients", "relatives", "protesters", "volunteers",
                             "displaced"})
"""People a word of nature may stand before as what it struck, not as a doer ("flood victims", "storm
survivors", :mod:`.nonevents`). Narrow on purpose: the sufferers and helpers of a disaster, not every
noun of people (a wider list would change which acts are read as nature's)."""

PARTY_PEOPLE = frozenset({"cadres", "cadre", "supporters", "supporter", "youths", "youth", "members", "member",
                          "activists", "activist", "militants", "loyalists", "thugs", "followers"})
"""The last word of a party's mention that names its people, not the party as a body ("PF cadres",
"ZANU-PF youths", :mod:`.generic`). Narrow on purpose: the rank and file who may fight in the street;
not its leaders or officials, who speak and act for the party itself."""

CROWD_WORDS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "crowd", "crowds", "mob", "mobs",
                         "youths", "students", "people", "residents", "supporters", "workers", "villagers",
                         "activists", "mourners", "marchers", "fans", "traders", "women", "men"})
"""Words of a crowd in an event's own words (:mod:`.event_codes`), beside a plural :func:`people_code`
knows without guessing by its ending. Narrow on purpose: nouns that name a gathered crowd."""

CIVIC_PEOPLE = frozenset({"supporters", "crowd", "crowds", "youths", "mourners", "people", "protesters",
                          "protestors", "demonstrators", "residents", "civilians", "students", "workers",
                          "activists", "farmers", "citizens"})
"""Words of a generic mention that make it civilians (CVL) rather than the government when
:mod:`.coref` gives it a partner's state. Narrow on purpose: the plain public; other people of a
state keep the government's role."""

STATE_PLURAL_HEADS = frozenset({"governments", "leaders", "ministers", "delegations", "countries", "presidents",
                                "negotiators", "envoys", "militaries", "armies"})
"""Plural nouns after "their" that stand for two states' bodies or officials ("their governments
signed", :mod:`.coref`). Narrow on purpose: only the states' own bodies and envoys, so that "their"
stands for both states and not for some group they named."""


def people_code(word: str, suffix: bool = True) -> str:
    """The agent code of a lower-case plural noun of a group of people: a listed noun's code, or
    (when ``suffix``) CVL for a word of six letters or more ending as a noun of people does; else ''."""
    if word in _GROUP_NOUNS:
        return _GROUP_NOUNS[word]
    if not suffix or word in _NOT_PEOPLE or len(word) < 6 or not word.isalpha():
        return ""
    return "CVL" if word.endswith(PLURAL_ENDINGS) else ""


def person_noun(text: str) -> bool:
    """Whether a role mention's text ends as a noun of persons does ("traders", "businessmen")."""
    return text.lower().endswith(PERSON_ENDINGS)


def target_people_role(role: str) -> bool:
    """Whether an actor of this role code is people a rule aimed at people may take (CVL, REB ...)."""
    return role in _TARGET_PEOPLE_ROLES


def human_role(role: str) -> bool:
    """Whether every noun of this role code names persons (EDU, AGR, HLH)."""
    return role in _HUMAN_ROLES


def igo_people_role(role: str | None) -> bool:
    """Whether an IGO's mention of this role code names people rather than the body itself."""
    return role in _IGO_PEOPLE_ROLES


def unarmed_role(role: str | None) -> bool:
    """Whether this role code names people who protest or riot rather than fight."""
    return role in _UNARMED_ROLES
