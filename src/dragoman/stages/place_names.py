"""Place names in text: which capitalised words name a gazetteer place, and which place.

Precise rather than greedy. A name the gazetteer matches freely (a city of 100,000+,
a capital, a first-level division, a listed region) is a place wherever it stands.
A smaller place (a town, a village, a district) is a place only where the context
marks one:

- after a locative word: "in", "near", "at", "outside", "around", "from" ... or "of"
  after a settlement noun ("the village of X", "residents of X");
- after a verb of assault whose object is the place ("raided X", "jets bomb X", "overran X");
- before a place noun: "X district", "X province", "X village", "X LGA";
- inside a parenthesis: "(X, Y)";
- before its parent: "X, <its first-level division or country>", "X in <country>";
- joined to a place by "and": "in Kano and X".

A name that is an ordinary English word is a place only with a place noun or its
parent. When a name belongs to several places, the choice is: one in the parent
named with it; the kind a place noun asks for ("X province" is the division, "X
district" the district); one in a country named earlier in the sentence; one in
the country the document is about (its most mentioned state so far); the most
populous. A name whose parent is named but does not contain it ("Hodan district
of Mogadishu" where only another Hodan is known) is left for the parent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..knowledge.places import Gazetteer, Place, ascii_fold, listed
from ..timex.tables import MONTH_NAMES, WEEKDAYS
from .divisions import division_state

__all__ = ["ARTICLES", "PlaceContext", "find_place", "may_start"]

LOCATIVE_BEFORE = {"in", "near", "at", "outside", "around", "from", "inside", "nearby", "towards", "toward", "leaving",
                   "across", "throughout", "within", "outskirts", "into", "via", "between", "along"}
# verbs whose object is the place assailed: "militants raided X", "jets bomb X", "troops recaptured X"
ASSAILED_BEFORE = {"attacked", "attack", "attacks", "raided", "raid", "raids", "bombed", "bomb", "bombs",
                   "shelled", "shell", "shells", "stormed", "storm", "storms", "overran", "overrun", "overruns",
                   "besieged", "besiege", "besieges", "recaptured", "recapture", "recaptures", "retook", "retake",
                   "retakes", "invaded", "invade", "invades", "looted", "loot", "loots", "torched", "torch", "torches"}
_SKIP_BEFORE = {"the", "southern", "northern", "eastern", "western", "central", "north", "south", "east",
                "west", "northeastern", "northwestern", "southeastern", "southwestern", "north-east",
                "rural", "downtown", "neighbouring", "neighboring", "nearby", "remote", "upper", "lower",
                "a", "an", "village", "town", "area", "city", "district", "locality",
                "\"", "“", "‘", "'"}  # in "Nyanza region": a quoted place name is as located
OF_HEADS = {"village", "villages", "town", "towns", "district", "districts", "area", "areas", "city", "region",
            "province", "county", "locality", "outskirts", "suburb", "suburbs", "neighbourhood",
            "neighborhood", "residents", "people", "vicinity", "municipality", "commune", "governorate",
            "state", "capital", "environs", "part", "parts", "centre", "center", "heart", "streets",
            "hospital", "university", "prison", "port", "airport", "market", "stadium", "mosque",
            "junction", "roundabout", "quarter", "quarters", "township", "townships", "estate", "slum", "slums"}
ADMIN1_NOUNS = {"province", "state", "region", "governorate", "oblast", "prefecture", "department",
                "provinces", "states", "regions", "krai", "wilaya", "emirate"}
ADMIN2_NOUNS = {"district", "county", "lga", "municipality", "woreda", "zone", "sub-county", "subcounty",
                "division", "commune", "raion", "rayon", "chiefdom", "territory", "sector", "districts",
                "counties", "local", "tehsil", "upazila", "cercle", "circle", "departement", "ward"}
TOWN_NOUNS = {"village", "town", "city", "locality", "settlement", "villages", "towns", "market",
              "neighbourhood", "neighborhood", "suburb", "area", "camp", "township", "hamlet", "kebele"}
PLACE_NOUNS = ADMIN1_NOUNS | ADMIN2_NOUNS | TOWN_NOUNS


@dataclass(slots=True)
class PlaceContext:
    """What the rest of the document says about where it is."""

    sentence_states: set[str]  # states named earlier in the sentence
    doc_states: list[str]  # states the document is about, most mentioned first
    is_state: Callable[[list[str], int], tuple[int, str | None]]  # a country name at a token: (length, ISO3)
    home: tuple[str, ...] = ()  # the publisher's home state, not (yet) named: preferred after the named ones


def find_place(gaz: Gazetteer, toks: list[str], i: int, ctx: PlaceContext,
               after_place: bool = False, name_before: bool = False) -> tuple[int, Place] | None:
    """The place named at token ``i``, if the name and its context make one: (length, place).
    ``name_before``: the word before is part of an unknown name ("the Paie Nawa area"), so this is
    no name of its own; nor is one that goes on ("Dih Yak", "Dara i Pech", "Auckland Park").
    A name after a hyphenated Arabic article ("in el-Obeid") is looked up with the article
    ("El Obeid"), else without it, in the context before the article."""
    if _after_article(toks, i):
        glued = toks[:i - 2] + [toks[i - 2].capitalize()] + toks[i:]
        found = _find(gaz, glued, i - 2, ctx, after_place, False)
        if found is not None and found[0] > 1:
            return found[0] - 1, found[1]
        return _find(gaz, toks[:i - 2] + toks[i:], i - 2, ctx, after_place, False)
    return _find(gaz, toks, i, ctx, after_place, name_before)


def may_start(gaz: Gazetteer, toks: list[str], i: int) -> bool:
    """Whether a place's name may start at token ``i`` at all (the gazetteer has a name, or a
    spelling of one, there): the cheap test before :func:`find_place` weighs the context."""
    return _after_article(toks, i) or gaz.longest(toks, i)[0] > 0 or gaz.loosely(toks, i, True)[0] > 0 \
        or (gaz.spells(toks, i) and not _PARENT_CUES.isdisjoint(toks[i + 1:i + 7]) and gaz.spelled(toks, i)[0] > 0) \
        or (_fold_context(toks, i) and gaz.folded(toks, i)[0] > 0)


def _fold_context(toks: list[str], i: int) -> bool:
    """The cheap test before a fold look-up: a locative word right before the name ("in", "near",
    "of" after a settlement noun: "the village of X"), or a place noun within the four words after it."""
    return i > 0 and (toks[i - 1].lower() in LOCATIVE_BEFORE
                      or toks[i - 1] == "of" and i > 1 and toks[i - 2].lower() in OF_HEADS) \
        or not PLACE_NOUNS.isdisjoint(map(str.lower, toks[i + 1:i + 5]))


_PARENT_CUES = frozenset({",", "of", "in", "("})  # another spelling is a place only with its parent after it


def _after_article(toks: list[str], i: int) -> bool:
    return i >= 2 and toks[i - 1] == "-" and toks[i - 2].lower() in ARTICLES and toks[i][:1].isupper() \
        and (i < 3 or not (toks[i - 3][:1].isupper() or toks[i - 3] == "-"))


ROAD_NOUNS = {"road", "highway", "expressway", "express", "route", "axis", "corridor", "motorway", "freeway",
              "roads", "highways", "railway", "pipeline"}


def on_road(toks: list[str], i: int) -> bool:
    """The name at ``i`` is one end of a stretch named by its two ends: "the Kano-Zaria road",
    "along the Mandera-Wajir highway" (names joined by hyphens, then a road noun)."""
    k, hyphens = i, 0
    while k < len(toks) and k - i < 8 and (toks[k] == "-" or (toks[k][:1].isupper() and toks[k].isalpha())):
        hyphens += toks[k] == "-"
        k += 1
    back = i - 1
    while back >= 0 and i - back < 8 and (toks[back] == "-" or (toks[back][:1].isupper() and toks[back].isalpha())):
        hyphens += toks[back] == "-"
        back -= 1
    return hyphens > 0 and k < len(toks) and toks[k].lower() in ROAD_NOUNS


def _find(gaz: Gazetteer, toks: list[str], i: int, ctx: PlaceContext,
          after_place: bool, name_before: bool) -> tuple[int, Place] | None:
    road = on_road(toks, i)
    if not road and (name_before or _joined_before(toks, i)):
        return None
    n, every = gaz.longest(toks, i)
    while n:
        twin = _twin(gaz, toks, i + n, every) if toks[i + n:i + n + 1] == ["-"] else []
        if twin:
            every = twin  # "at Gamboru-Ngala": a twin town named by two places of one state, the first
        elif _goes_on(toks, i + n) and not (road and toks[i + n] == "-"):
            n -= 1
            every = gaz.lookup(tuple(toks[i:i + n])) if n else []
            continue
        found = _decide(gaz, toks, i, n, every, ctx, after_place)
        if found is not None:
            return n, found
        n -= 1
        every = gaz.lookup(tuple(toks[i:i + n])) if n else []
    # "Lower Shabelle" for "Lower Shabeelle", in a place context only; a skeleton ("Nimruz") only
    # where a place context may be: a locative word, a parent's comma, a place noun, a parenthesis
    skeleton = (i > 0 and toks[i - 1] == ",") or any(t.lower() in PLACE_NOUNS for t in toks[i + 1:i + 4]) \
        or _in_parenthesis(toks, i) or _marked_before(toks, i, after_place)
    n, every = gaz.loosely(toks, i, skeleton)
    if n and not _goes_on(toks, i + n):
        found = _decide(gaz, toks, i, n, every, ctx, after_place)
        if found is not None:
            return n, found
    return _spelled(gaz, toks, i, ctx) or _folded(gaz, toks, i, ctx, after_place)


def _folded(gaz: Gazetteer, toks: list[str], i: int, ctx: PlaceContext,
            after_place: bool) -> tuple[int, Place] | None:
    """A name spelt another way, found by its fold key ("in Qansax Dheere" for Qansaxdheere, "at
    Obafemi-Owode"), in a place context, kept only when it names one place: the one inside the
    parent named with it, else the one in the state the sentence or report is about (a town and its
    district of one name count as one). A report that names no state keeps no fold: the one place of
    a key anywhere is as often a namesake on another continent ("in Mesel" is no Eritrean village)."""
    if not _fold_context(toks, i):
        return None
    n, every = gaz.folded(toks, i)
    if not n or _goes_on(toks, i + n) or "(" in toks[i + n:i + n + 3]:
        return None  # not before a monitor's parenthesis, as another spelling (see _spelled)
    noun = _noun_after(toks, i + n)
    parent = _parent(gaz, toks, i + n, ctx)
    marked = _marked_before(toks, i, after_place) and not _modifies_after_between(toks, i, n)
    if not (parent or marked or noun in PLACE_NOUNS or _in_parenthesis(toks, i)):
        return None
    every = [p for p in every if p.tier != "n" or noun in PLACE_NOUNS or parent]
    known = ctx.sentence_states | set(ctx.doc_states[:1]) | {division_state(noun)}  # "X LGA" is Nigeria's
    # another spelling (tier p) only inside its parent, as in _spelled
    pool = [p for p in every if any(_within(p, one) and (p.tier != "p" or one[1] is not None and (
        not listed(one[1]) or _same_name(p.admin, one[1].name))) for one in parent)] if parent \
        else [p for p in every if p.country in known and p.tier != "p"]
    return (n, _prefer(pool, noun, ctx)) if pool and _one_place(pool) else None


def _one_place(places: list[Place]) -> bool:
    """All of ``places`` are one place: one state, within about 30 km of each other (a town and
    the district named after it)."""
    first = places[0]
    return all(p.country == first.country and abs(p.lat - first.lat) < 0.3 and abs(p.lon - first.lon) < 0.3
               for p in places[1:])


def _spelled(gaz: Gazetteer, toks: list[str], i: int, ctx: PlaceContext) -> tuple[int, Place] | None:
    """Another spelling of a place (tier ``p``), only with a parent right after it that holds it:
    a division or town, not a country nor one of our regions (which hold every place of their state)
    unless it is a division spelt another way ("in Obe district, Herat", "the village of Kalakan in Herat").
    Not before a parenthesis: "wounded by shelling near X (district, province)" at a front line would
    give the unnamed shelling to X's own state (the unnamed-doer fallback), which is worse than no place."""
    n, every = gaz.spelled(toks, i)
    if not n or _goes_on(toks, i + n):
        return None
    noun = toks[i + n].lower() if i + n < len(toks) else ""
    if "(" in toks[i + n:i + n + 3]:
        return None  # not with a monitor's "(district, province)" after it: see the docstring
    inside = [p for p in every for one in _parent(gaz, toks, i + n, ctx)
              if one[1] is not None and _within(p, one) and (not listed(one[1]) or _same_name(p.admin, one[1].name))]
    return (n, _prefer(inside, noun, ctx)) if inside else None


def _same_name(admin: str, region: str) -> bool:
    """A region of ours that is a first-level division spelt another way ("Ghor" for "Ghowr"): the
    first letter and the consonants but h, w and y agree (the division's may have a word before)."""
    def key(name: str) -> str:
        folded = "".join(c for c in ascii_fold(name).lower() if c.isalpha())
        return folded[:1] + "".join(c for c in folded[1:] if c not in "aeiouhwy") if folded else ""
    a, r = key(admin), key(region)
    return bool(r) and (a == r or a.endswith(r) and len(r) >= 4)


def _twin(gaz: Gazetteer, toks: list[str], j: int, every: list[Place]) -> list[Place]:
    """The places of the name before a hyphen that share a state with a known place named right
    after it and ending there ("Gamboru-Ngala"); none otherwise."""
    m, after = gaz.longest(toks, j + 1) if j + 1 < len(toks) else (0, [])
    if not m or _goes_on(toks, j + 1 + m) or (j + 1 + m < len(toks) and toks[j + 1 + m] == "-"):
        return []
    states = {p.country for p in after}
    return [p for p in every if p.country in states]


_CONNECTORS = {"i", "e", "ye", "al", "el", "ul", "ud", "ad", "ar", "as", "an", "de", "du", "da", "do", "dos",
               "das", "del", "la", "le", "les", "-", "bin", "ibn", "abu", "sur", "am", "an", "y"}
_NAME_NOUNS = {"airport", "port", "university", "hospital", "prison", "stadium", "square", "street", "road",
               "bridge", "market", "camp", "base", "mosque", "church", "hotel", "station", "police", "governor",
               "mayor", "residents", "city", "state", "municipality", "metropolitan", "valley", "river",
               "island", "islands", "medical", "centre", "center", "college", "school", "court", "barracks",
               "showground", "showgrounds", "refinery", "mine", "dam", "junction", "bypass", "highway"}


_INSTITUTIONS = frozenset({"court", "hospital", "college", "school", "prison", "barracks", "university",
                           "stadium", "polytechnic", "academy", "seminary", "clinic"})


def _goes_on(toks: list[str], j: int) -> bool:
    """The name goes on after token ``j - 1``: a capitalised word that is no place noun, or a
    name connector before one ("Dih Yak", "Dara i Pech", "Band-e-Sharan"). Not the words of an
    institution named after its town ("Tamale Chief Magistrate Court", "Wenchi District Hospital"):
    there the town's name ends at the institution's own words."""
    if j >= len(toks):
        return False
    word = toks[j]
    if word[:1].isupper() and word.isalpha() and word.lower() not in PLACE_NOUNS and word.lower() not in _NAME_NOUNS:
        return not _institution_after(toks, j)
    if word == "-" and j + 3 < len(toks) and toks[j + 1].lower() in _CONNECTORS and toks[j + 2] == "-" \
            and toks[j + 3][:1].isupper():
        return True  # "Qala-i-Nasro", "Deh-e-Naw": a hyphenated connector joins a longer name
    return word.lower() in _CONNECTORS and j + 1 < len(toks) and toks[j + 1][:1].isupper() \
        and (word == "-" or toks[j + 1].isalpha())


def _institution_after(toks: list[str], j: int) -> bool:
    """One to three capitalised words from ``j`` end in an institution's noun: "Chief Magistrate
    Court", "Teaching Hospital", "Senior High School"."""
    for k in range(j + 1, min(len(toks), j + 4)):
        word = toks[k]
        if not (word[:1].isupper() and word.isalpha()):
            return False
        if word.lower() in _INSTITUTIONS:
            return True
    return False


ARTICLES = {"al", "el", "ad", "ed", "as", "es", "ar", "er", "an", "at", "ash", "az", "adh", "ath"}


def _joined_before(toks: list[str], i: int) -> bool:
    """The name is the end of a longer one joined by a connector ("Band-e-Sharan", "Dara i Pech")."""
    return i >= 2 and toks[i - 1].lower() in _CONNECTORS and toks[i - 1] != "-" and toks[i - 2][:1].isupper() \
        or i >= 2 and toks[i - 1] == "-" and (toks[i - 2][:1].isupper() or toks[i - 2].lower() in _CONNECTORS)


def _decide(gaz: Gazetteer, toks: list[str], i: int, n: int, every: list[Place], ctx: PlaceContext,
            after_place: bool) -> Place | None:
    noun = _noun_after(toks, i + n)
    if noun not in PLACE_NOUNS and i >= 2 and toks[i - 1] == "," and toks[i - 2].lower() in PLACE_NOUNS:
        noun = "province"  # "X district, Kandahar": the parent named after a place is its province
    parent = _parent(gaz, toks, i + n, ctx)
    marked = (_marked_before(toks, i, after_place) and not _modifies_after_between(toks, i, n)) \
        or noun in PLACE_NOUNS or _in_parenthesis(toks, i) or on_road(toks, i) or _based_or_road(toks, i, n)
    known = ctx.sentence_states | set(ctx.doc_states[:1])
    about = known or set(ctx.home)  # a report naming no state is about its publisher's
    allowed = [p for p in every if p.tier == "f" or (p.tier == "c" and marked)
               or (p.tier == "n" and (noun in PLACE_NOUNS or bool(parent)))
               or (p.tier == "s" and marked and p.country in about)
               or (p.tier == "d" and noun in ADMIN1_NOUNS and p.country in about)]
    if parent:
        inside = [p for p in every if any(_within(p, one) for one in parent)]
        if inside:
            return _prefer(inside, noun, ctx)
        # "Hodan district of Mogadishu" where only another Hodan is known: the parent is the place;
        # a list in one country ("in Assiut, Alexandria and Suez") keeps its big cities
        allowed = [p for p in allowed if p.tier == "f" and any(p.country == one[0] for one in parent)]
    if not allowed:
        return None
    if known and all(p.tier != "f" and p.country not in known for p in allowed):
        return None  # a village elsewhere, in a report about another state: not this place
    return _prefer(allowed, noun, ctx)


def _modifies_after_between(toks: list[str], i: int, n: int) -> bool:
    """"clashes between X herders and farmers": after "between", a name before a common noun that is no
    place or road noun modifies the side it names, and marks no place."""
    after = toks[i + n] if i + n < len(toks) else ""
    return i > 0 and toks[i - 1].lower() == "between" and after.isalpha() and after.islower() \
        and after not in PLACE_NOUNS and after not in ROAD_NOUNS and after not in ("and", "or")


def _based_or_road(toks: list[str], i: int, n: int) -> bool:
    """Two constructions that mark a name as a place: "X-based" ("Kidal-based fighters") and a road
    or front named by one end after a locative word ("along the Gao axis", "on the Kidal road")."""
    after = toks[i + n:i + n + 2]
    if len(after) == 2 and after[0] == "-" and after[1].lower() == "based":
        return True
    return bool(after) and after[0].lower() in ROAD_NOUNS and i >= 2 and toks[i - 1].lower() == "the" \
        and toks[i - 2].lower() in _ROAD_BEFORE


_ROAD_BEFORE = frozenset({"along", "on", "in", "near", "at", "off", "via"})
_PLURAL_ADMIN1 = {"provinces", "states", "regions"}
_SEAT_WORDS = {"center", "centre", "headquarters", "seat"}


def _noun_after(toks: list[str], j: int) -> str:
    """The place noun after a name, also after a second name in "the Eastern and Central regions"."""
    noun = toks[j].lower() if j < len(toks) else ""
    if noun == "and":
        k = j + 1
        while k < min(len(toks), j + 4) and toks[k][:1].isupper():
            k += 1
        if j + 1 < k < len(toks) and toks[k].lower() in _PLURAL_ADMIN1:
            return toks[k].lower()  # "the North West and South West regions"
    return noun


def _prefer(places: list[Place], noun: str, ctx: PlaceContext) -> Place:
    """The kind a place noun asks for, then a country named in the sentence, then the document's
    country, then the most populous (``places`` come most populous first)."""
    wanted = ({"admin1", "region", "state"} if noun in ADMIN1_NOUNS else {"admin2"} if noun in ADMIN2_NOUNS
              else {"town", "city"} if noun in TOWN_NOUNS else set())
    pool = [p for p in places if p.kind in wanted] or places
    if noun in ADMIN2_NOUNS and not any(p.kind == "admin2" for p in pool):
        pool = [p for p in places if p.kind != "admin1"] or places
    # the states the sentence names are an unordered set: of their places take the most populous,
    # so the choice never depends on the order a set is iterated in
    named = [p for p in pool if p.country in ctx.sentence_states]
    if named:
        pool = named
    else:
        for country in (*ctx.doc_states, *ctx.home):
            chosen = [p for p in pool if p.country == country]
            if chosen:
                pool = chosen
                break
    if not wanted:  # "in Kandahar": the city, not the province of the same name
        cities = [p for p in pool if p.kind in ("city", "town")]
        if cities and cities[0].population * 4 >= pool[0].population:
            return cities[0]
    return pool[0]


def _within(place: Place, parent: tuple[str, Place | None]) -> bool:
    country, host = parent
    if place.country != country:
        return False
    if host is None:
        return True
    if host.kind == "region" or listed(host):  # a zone whose first-level division we list holds only its places
        return not (listed(host) and host.admin and host.admin != host.name) or place.admin == host.admin
    return bool(host.admin) and place.admin == host.admin and place is not host


def _parenthesis_parent(gaz: Gazetteer, toks: list[str], j: int) -> list[tuple[str, Place | None]]:
    """A monitor's "(district, province)" after a name: its last part, a first-level division,
    holds the place ("in Sangre Grande (Sangre Grande, Trinidad)"), also with its division noun
    ("(Kole district, Lira province)")."""
    close = next((k for k in range(j + 1, min(len(toks), j + 12)) if toks[k] == ")"), None)
    if close is None or "," not in toks[j + 1:close]:
        return []
    last = max(k for k in range(j + 1, close) if toks[k] == ",") + 1
    m, places = gaz.longest(toks, last)
    if not m or last + m != close and not (last + m + 1 == close and toks[last + m].lower() in PLACE_NOUNS):
        return []
    return [(p.country, p) for p in places if p.kind in ("admin1", "admin2")][:5]


def _parent(gaz: Gazetteer, toks: list[str], j: int, ctx: PlaceContext) -> list[tuple[str, Place | None]]:
    """The places or country a name right after may mean: ", Y", "of Y", "in Y", "in northern Y",
    "X district, Y", also past a division we do not know ("X area of <unknown> district, Y") — each
    (its country, the place or None for a country)."""
    if j < len(toks) and toks[j].lower() in PLACE_NOUNS:
        j += 1
        if j < len(toks) and toks[j].lower() in _SEAT_WORDS:
            j += 1  # "X district centre, Herat": the district's seat, in Herat
    if j < len(toks) and toks[j].lower() == "local" and toks[j + 1:j + 3] == ["government", "area"]:
        j += 3
    if j < len(toks) and toks[j] == "(":
        return _parenthesis_parent(gaz, toks, j)
    if j >= len(toks) or toks[j] not in (",", "of", "in"):
        return []
    j += 1
    m, places = 0, []
    while j < len(toks) and toks[j].lower() in _SKIP_BEFORE:
        m, places = gaz.longest(toks, j)  # "in the Northern Cape", "in Upper Nile": the name, not "Cape"
        if m:
            break
        j += 1
    if j >= len(toks):
        return []
    parents: list[tuple[str, Place | None]] = []
    n, country = ctx.is_state(toks, j)
    if n and country:
        parents.append((country, None))
    if not m:
        m, places = gaz.longest(toks, j)
    if not m:
        m, places = gaz.loosely(toks, j)
    if not m and not parents:
        return _parent_beyond(gaz, toks, j, ctx)
    known = [p for p in places if p.tier in ("f", "n") or p.kind in ("admin1", "admin2")] if m else []
    if toks[j + m:j + m + 1] in (["and"], ["or"]):
        return parents  # "in X, Y and Z" is a list, not X in Y
    return parents + [(p.country, p) for p in known[:5]]


def _parent_beyond(gaz: Gazetteer, toks: list[str], j: int, ctx: PlaceContext) -> list[tuple[str, Place | None]]:
    """The parent named after a parent we do not know: "the X area of <unknown> district, Herat" is in
    Herat (one to three capitalised words and a place noun, then the parent)."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k][:1].isupper() and toks[k].isalpha() \
            and toks[k].lower() not in PLACE_NOUNS:
        k += 1
    if k == j or k >= len(toks) or toks[k].lower() not in PLACE_NOUNS:
        return []
    return _parent(gaz, toks, k, ctx)


def _marked_before(toks: list[str], i: int, after_place: bool) -> bool:
    """A locative word before the name ("in X", "near the town of X", "residents of X"), or a military
    site's noun ("an insurgent position X", "the rebel stronghold X"); never "the X" ("in the Red Sea", "the Westgate mall": a name used as a noun's modifier)."""
    if i > 0 and toks[i - 1].lower() == "the":
        return False
    if i > 0 and toks[i - 1].lower() in _SITE_NOUNS:
        return True  # "struck a militant position X": a military site's name apposed to its noun
    j = i - 1
    while j >= 0 and toks[j].lower() in _SKIP_BEFORE:
        if (toks[j].lower() in TOWN_NOUNS or toks[j].lower() in ADMIN2_NOUNS) and j > 0 and toks[j - 1].lower() != "the":
            break
        j -= 1
    if j < 0:
        return False
    word = toks[j].lower()
    if word in LOCATIVE_BEFORE or word in ASSAILED_BEFORE:
        return True
    if word == "of" and j > 0 and toks[j - 1].lower() in OF_HEADS:
        return True
    if word == "of" and j > 0 and toks[j - 1].lower() in _DIRECTIONS:
        return True  # "west of Galkayo", "30 km north of Gao"
    return after_place and word in ("and", "or", ",") or word == "," and _after_unknown_place(toks, j)


_SITE_NOUNS = frozenset({"position", "positions", "stronghold", "strongholds", "hideout", "hideouts"})
_DIRECTIONS = {"west", "east", "north", "south", "northwest", "northeast", "southwest", "southeast",
               "north-west", "north-east", "south-west", "south-east"}
_CALENDAR_WORDS = frozenset({*MONTH_NAMES, *WEEKDAYS})


def _after_unknown_place(toks: list[str], comma: int) -> bool:
    """The parent of a place we do not know: "in Dombora, Kayes", "at Mibu village, Manica" — one
    to three capitalised words (and a place noun) after a locative word, then a comma."""
    j = comma - 1
    if j >= 0 and (toks[j].lower() in TOWN_NOUNS or toks[j].lower() in ADMIN2_NOUNS):
        j -= 1
    names = 0
    while j >= 0 and names < 3 and toks[j][:1].isupper() and toks[j].isalpha() and toks[j].lower() not in _CALENDAR_WORDS:
        j -= 1
        names += 1
    return names > 0 and j >= 0 and toks[j].lower() in LOCATIVE_BEFORE


def _in_parenthesis(toks: list[str], i: int) -> bool:
    """"(X, Y)" or "(X)" — an open parenthesis before, with no close and a few words between."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if toks[j] == ")":
            return False
        if toks[j] == "(":
            return True
    return False
