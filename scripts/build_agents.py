"""Build data/actors/agents.tsv, generic agent nouns and their CAMEO role codes, from the
PETRARCH2/Phoenix agents dictionary (MIT licence; the notice ships as data/NOTICE-petrarch2.txt).

    python scripts/build_agents.py ../shared/reference/petrarch2/Phoenix.agents.txt

What is taken are facts: which noun names which kind of actor ("bandits" are criminals,
CRM; "gendarmes" are police, COP). Each noun gives its singular (kind ``person``) and its
plural (kind ``group``). Entries with non-ASCII letters, punctuation, more than four words,
or nouns that name a place or a thing rather than people are left out, and so are the
nouns our own ``roles.tsv`` already lists (it is loaded after this file and wins).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from dragoman.knowledge.inflect import plural as noun_plural

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "dragoman" / "data" / "actors" / "agents.tsv"
HEADER = ("# Generic agent nouns and their CAMEO role codes, derived from the PETRARCH2/Phoenix agents\n"
          "# dictionary (MIT licence, see data/NOTICE-petrarch2.txt) by scripts/build_agents.py.\n"
          "# Our own roles.tsv is loaded after this file and overrides it. Do not edit by hand.\n"
          "# columns: phrase\trole\tkind\tsource\n")
PERSON = ("man", "men", "woman", "women", "person", "people")
_LINE = re.compile(r"^(?P<noun>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[~?(?P<code>[A-Z]{3})[A-Z]*\]")
# nouns that name places, buildings, documents or abstractions rather than people
_THINGS = ("post", "district", "station", "headquarters", "office", "building", "camp", "base", "law",
           "bill", "act", "force", "forces", "unit", "units", "ministry", "ministries", "department",
           "agency", "service", "services", "council", "committee", "commission", "party", "parties",
           "court", "union", "association", "organization", "organisation", "movement", "front",
           "group", "groups", "company", "companies", "bank", "school", "university", "hospital")
# a noun is kept when its head names people: a person suffix or a collective noun for people
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "men", "ant", "ent", "ee", "ive", "ar", "ard", "ic",
                   "ite", "ier", "eer", "ess", "ary", "al", "eur", "ot", "ai", "ado", "ista", "ero")
_COLLECTIVE = {"police", "mob", "militia", "youth", "youths", "clergy", "army", "military", "gendarmerie",
               "navy", "junta", "guerrilla", "guerrillas", "rebel", "rebels", "thug", "thugs", "crowd",
               "crowds", "gang", "gangs", "cadre", "cadres", "jihadi", "jihadis", "mujahideen", "taliban",
               "shabiha", "peshmerga", "fedayeen", "cartel", "cartels", "personnel", "staff", "folk",
               "pirate", "pirates", "convict", "convicts", "inmate", "inmates", "refugee", "refugees",
               "migrant", "migrants", "nun", "nuns", "monk", "monks", "pope", "imam", "imams",
               "rabbi", "rabbis", "priest", "priests", "bishop", "bishops", "chief", "chiefs", "bandit",
               "bandits", "nurse", "nurses", "thief", "thieves", "spy", "spies", "cop", "cops", "judge",
               "judges", "midwife", "midwives", "guide", "guides", "nomad", "nomads", "pastoralist"}
_NOT_PEOPLE = {"palace", "village", "prison", "artillery", "tank", "missile", "presence", "settlement",
               "community", "population", "public", "area", "city", "town", "region", "zone", "center",
               "centre", "border", "quarter", "sector", "corridor", "harbor", "harbour", "tower", "cellar",
               "tractor", "motor", "reactor", "vector", "monitor", "counter", "order", "number", "letter",
               "paper", "power", "water", "war", "terror", "error", "interior", "exterior", "calendar",
               "radar", "sugar", "collar", "dollar", "seminar", "pillar", "bar", "car", "star", "dinar",
               "capital", "hospital", "portal", "signal", "terminal", "tribunal", "arsenal", "canal",
               "festival", "journal", "manual", "proposal", "referral", "rival"}
_SKIP = {"bomber", "bombers", "fighter bomber", "fighter bombers", "jetfighter", "jetfighters", "destroyer",
         "destroyers", "joint strike fighter", "joint strike fighters", "strike fighter", "strike fighters",
         "carrier", "carriers", "tanker", "tankers", "raider", "raiders", "people", "person", "man", "men", "woman", "women", "member", "members", "leader", "leaders",
         "head", "chief", "official", "officials", "government", "state", "regime", "power", "powers",
         "side", "sides", "authority", "authorities", "party", "body", "administration", "staff",
         "team", "partner", "partners", "ally", "allies", "friend", "friends", "host", "guest"}


def plural(word: str) -> str:
    """The plural of an agent noun: collective nouns stay as they are, compounds of -man and
    -person take -men and -people, the rest follow the lexicon's own rule."""
    if word.endswith(("men", "people", "police", "personnel", "staff", "folk", "sheep", "militia")):
        return word  # already plural or a collective noun
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("person"):
        return word[:-6] + "people"
    return noun_plural(word)


def _people(head: str) -> bool:
    """Whether a head noun names people (not a place, a weapon or an abstraction)."""
    if head in _COLLECTIVE:
        return True
    return head not in _NOT_PEOPLE and head.endswith(_PERSON_ENDINGS)


def entries(text: str) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("!") and "=" in line:
            continue
        match = _LINE.match(line)
        if match is None:
            continue
        code = match.group("code")
        nouns = [match.group("noun").strip()]
        if "!PERSON!" in nouns[0]:
            stem = nouns[0].replace("!PERSON!", "")
            nouns = [stem + p for p in ("man", "woman")] if stem and not stem.endswith("_") else []
        for noun in nouns:
            phrase = noun.replace("_", " ").strip().lower()
            words = phrase.split()
            if not words or len(words) > 4 or not all(w.isascii() and w.replace("-", "").isalpha() for w in words):
                continue
            if words[-1] in _THINGS or phrase in _SKIP or not _people(words[-1]):
                continue
            forms = [p.replace("_", " ").strip().lower() for p in (match.group("plurals") or "").split(",")
                     if p.strip()]
            out.append((phrase, code, "person"))
            for form in forms or [" ".join(words[:-1] + [plural(words[-1])])]:
                if form not in _SKIP and form != phrase:
                    out.append((form, code, "group"))
    return out


def build(source: Path, roles: Path = ROOT / "src" / "dragoman" / "data" / "actors" / "roles.tsv") -> str:
    ours = {line.split("\t")[0] for line in roles.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}
    seen: dict[str, tuple[str, str]] = {}
    for phrase, code, kind in entries(source.read_text(encoding="utf-8", errors="replace")):
        if phrase not in ours and phrase not in seen:
            seen[phrase] = (code, kind)
    rows = "".join(f"{p}\t{c}\t{k}\tpetrarch2\n" for p, (c, k) in sorted(seen.items()))
    return HEADER + rows


if __name__ == "__main__":
    OUT.write_text(build(Path(sys.argv[1])), encoding="utf-8")
    print(f"wrote {OUT}")
