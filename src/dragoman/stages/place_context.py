"""Where a name stands: a capital followed by another country, a place read in its context,
the states named around a token."""

from __future__ import annotations

from ..knowledge.actors import Entry
from ..knowledge.ambiguity import keep
from ..knowledge.places import Place
from ..pipeline import Context
from .place_names import PlaceContext, find_place, may_start

__all__ = ["DIRECTIONS", "LOCATIVE_SKIP", "SETTLEMENTS", "ambiguous_here", "before_what_is_now", "capital_elsewhere",
           "place_at", "states_in_sentence"]


LOCATIVE_SKIP = {"the", "southern", "northern", "eastern", "western", "central", "north",
                 "south", "east", "west", "neighbouring", "neighboring", "rural", "downtown"}
DIRECTIONS = {"upper", "lower", "greater", "northeastern", "northwestern", "southeastern", "southwestern",
              "middle", "far", "al", "el"}  # ("South Kordofan", "Al Arish")
SETTLEMENTS = {"city", "town", "village", "region", "province", "district", "port", "capital", "state"}
_SETTLEMENT_PLURALS = frozenset({"resort", "cities", "towns", "villages", "regions", "provinces", "districts", "ports"})
_HOW_MANY = frozenset({"several", "many", "some", "other", "major", "various", "numerous", "two", "three", "four",
                       "five", "dozens", "the"})


def settlement_demonym(toks: list, j: int, nxt_lower: str, locative: set[str]) -> bool:
    """Whether a demonym names where an act happens: "in the Saudi city of", "in several French cities"
    (a place preposition before it, a settlement noun after it); "in Afghan detention centres" is none."""
    if nxt_lower in _SETTLEMENT_PLURALS:  # counted settlements: "across many Iranian towns"
        while j > 0 and toks[j].lower in _HOW_MANY:
            j -= 1
    return toks[j].lower in locative and (nxt_lower in SETTLEMENTS or nxt_lower in _SETTLEMENT_PLURALS)


_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "at", "around"})
_JOINERS = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du"})  # Romance name joiners


# words after a name that are no noun it modifies ("near Brits in an attack", "in Brits on Monday")
_NO_NOUN_AFTER = frozenset({"in", "on", "at", "near", "and", "or", "to", "after", "during", "when", "as", "where",
                            "with", "by", "for", "of", "from", "last", "this", "on", "early", "late", "overnight"})


def capital_elsewhere(ctx: Context, toks: list[str], i: int, n: int, entries: list[Entry]) -> bool:
    """A capital's name followed by ", <another country>" names a city there, not the government; a
    demonym that is also a city's name, right after a locative word and before no noun, is the city
    ("an attack in Oukasie near Brits": not the British)."""
    if not ctx.gazetteer:
        return False
    if i > 0 and toks[i - 1].lower() in _PLACE_PREPOSITIONS and all(e.kind in ("demonym", "plural") for e in entries) \
            and not (i + n < len(toks) and toks[i + n][:1].islower() and toks[i + n].isalpha()
                     and toks[i + n].lower() not in _NO_NOUN_AFTER):  # "near Brits in an attack": no noun
        return any(p.tier == "f" for p in ctx.gazetteer.lookup(tuple(toks[i:i + n])))
    if i + n < len(toks) and toks[i + n] == "(":  # "fighting in Barangay Bolivia (Kapalong, Davao del Norte)"
        return _parenthesis_elsewhere(ctx, toks, i, n, entries)
    if not all(e.kind in ("capital", "seat") for e in entries):
        return False
    if i >= 2 and toks[i - 1].lower() in _JOINERS and toks[i - 2][:1].isupper():
        return True  # "Mocimboa da Praia": the end of a longer name, not Cape Verde's capital
    countries, admins = _named_after(ctx, toks, i + n, i)
    if not countries and not admins and _locative(toks, i):  # "protesters in Tripoli ... the Lebanese pound"
        countries = _other_states(ctx, toks, i, n, entries)
    if not countries and not admins:
        return False
    place = ctx.gazetteer.choose(tuple(toks[i:i + n]), countries, admins)
    return place is not None and (place.country in countries or place.admin in admins) \
        and all(e.record != place.country for e in entries)


_LOCAL_HEADS = {"barangay", "village", "town", "commune", "hamlet", "district", "neighbourhood", "neighborhood",
                "municipality", "township", "locality", "colonia", "aldea", "kebele", "woreda", "sector", "cell"}


def _parenthesis_elsewhere(ctx: Context, toks: list[str], i: int, n: int, entries: list[Entry]) -> bool:
    """A state's or capital's name followed by a parenthesis of places in one other country, as
    monitors locate a village "(district, province)", names a place of that country."""
    close = next((k for k in range(i + n + 1, min(len(toks), i + n + 10)) if toks[k] == ")"), None)
    if close is None:
        return False
    cuts = [i + n] + [k for k in range(i + n + 1, close) if toks[k] == ","] + [close]
    countries: set[str] = set()
    for a, b in reversed(list(zip(cuts, cuts[1:]))):  # the last part, the province, says the most
        countries = {p.country for p in ctx.gazetteer.lookup(tuple(toks[a + 1:b]))}
        if countries:
            break
    if len(countries) != 1 or any(e.record in countries for e in entries):
        return False
    if i > 0 and toks[i - 1].lower() in _LOCAL_HEADS:  # "Barangay Bolivia (...)": a local place, known or not
        return True
    place = ctx.gazetteer.choose(tuple(toks[i:i + n]), countries, set(), strict=True)
    return place is not None and place.country in countries


def place_at(ctx: Context, toks: list[str], i: int, raws: list,
              doc_states: dict[str, int]) -> tuple[int, Place] | None:
    """A gazetteer place named at token ``i`` (see :mod:`.place_names`): its country named with it
    ("Tripoli, Lebanon", "the Lebanese city of Tripoli"), else by the sentence, the document."""
    if not may_start(ctx.gazetteer, toks, i):
        return None
    nearby = _named_before(ctx, toks, i)
    for raw in raws:
        if raw.kind == "kb" and raw.entry is not None:
            record = ctx.kb.records[raw.entry.record]
            if record.get("type", "state") == "state":
                nearby.add(record["id"])
            elif record.get("type") == "group" and _is_state_code(record.get("primary")):
                nearby.add(record["primary"])  # "Boko Haram raided X": a group's home state
        elif raw.kind == "place" and raw.place is not None:
            nearby.add(raw.place.country)
    if toks[i] in ctx.kb.first and _locative(toks, i):  # a capital's name read as a place: the states the
        n, entries = ctx.kb.match(toks, i)                 # sentence names later count too ("in Tripoli ... Lebanese")
        if n and all(e.kind in ("capital", "seat") for e in entries):
            nearby |= _other_states(ctx, toks, i, n, entries)
    after_place = bool(raws) and raws[-1].kind == "place" and raws[-1].end == i - 1
    name_before = i >= 2 and toks[i - 1][:1].isupper() and toks[i - 1].isalpha() \
        and toks[i - 1].lower() not in LOCATIVE_SKIP | DIRECTIONS \
        and not (raws and raws[-1].end == i)  # "the Paie Nawa area": part of an unknown name
    context = PlaceContext(nearby, sorted((s for s in doc_states if doc_states[s]), key=lambda s: -doc_states[s]),
                           lambda t, j: _state_at(ctx, t, j), tuple(s for s in doc_states if not doc_states[s]))
    return find_place(ctx.gazetteer, toks, i, context, after_place, name_before)


def _locative(toks: list[str], i: int) -> bool:
    """A name after a place preposition, or after "the city of": a place, not a government."""
    k = i - 1
    while k > 0 and toks[k].lower() in LOCATIVE_SKIP:
        k -= 1
    return k >= 0 and (toks[k].lower() in _PLACE_PREPOSITIONS
                       or toks[k] == "of" and k > 0 and toks[k - 1].lower() in SETTLEMENTS)


def _other_states(ctx: Context, toks: list[str], i: int, n: int, entries: list[Entry]) -> set[str]:
    """The states the sentence names that hold a prominent namesake of the capital (a city matched
    freely: Lebanon's Tripoli, not a small Lima in Ohio), when the capital's own is not named."""
    named = states_in_sentence(ctx, toks, i, i + n)
    if not named or named & {e.record for e in entries}:
        return set()
    return {p.country for p in ctx.gazetteer.lookup(tuple(toks[i:i + n])) if p.tier == "f" and p.country in named}


_STATE_NAME_KINDS = frozenset({"name", "former", "alias", "demonym"})


def states_in_sentence(ctx: Context, toks: list[str], start: int, end: int) -> set[str]:
    """The states the sentence names by name or demonym outside ``toks[start:end]`` (one index
    look-up per capitalised word; called only for a capital's name read as a place)."""
    found: set[str] = set()
    k = 0
    while k < len(toks):
        if start <= k < end or toks[k] not in ctx.kb.first:
            k += 1
            continue
        m, entries = ctx.kb.match(toks, k)
        entry = ctx.kb.best(entries, None) if m else None
        if entry is not None and entry.kind in _STATE_NAME_KINDS \
                and ctx.kb.records[entry.record].get("type", "state") == "state":
            found.add(ctx.kb.records[entry.record]["id"])
        k += max(m, 1)
    return found


def _is_state_code(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code.isalpha() and code.isupper()


def _state_at(ctx: Context, toks: list[str], j: int) -> tuple[int, str | None]:
    m, entries = ctx.kb.match(toks, j)
    entry = ctx.kb.best(entries, None) if m else None
    if entry is None or entry.kind not in ("name", "former", "alias") \
            or ctx.kb.records[entry.record].get("type", "state") != "state":
        return 0, None
    return m, ctx.kb.records[entry.record]["id"]


def _named_before(ctx: Context, toks: list[str], i: int) -> set[str]:
    """"the northern Lebanese city of Tripoli": the demonym names the country."""
    if i < 2 or toks[i - 1] != "of" or toks[i - 2].lower() not in SETTLEMENTS:
        return set()
    for j in range(i - 3, max(-1, i - 6), -1):
        m, entries = ctx.kb.match(toks, j)
        entry = ctx.kb.best(entries, None) if m else None
        if entry is not None and entry.kind == "demonym":
            return {ctx.kb.records[entry.record]["id"]}
    return set()


def _named_after(ctx: Context, toks: list[str], j: int, i: int | None = None) -> tuple[set[str], set[str]]:
    """Countries and US states named right with a place: ", Lebanon", "in northern Lebanon",
    or before it, "the Lebanese city of" (``i`` is the place's first token)."""
    countries: set[str] = _named_before(ctx, toks, i) if i is not None else set()
    admins: set[str] = set()
    if countries:
        return countries, admins
    if j < len(toks) and toks[j] == ",":
        j += 1
    elif j + 1 < len(toks) and toks[j] == "in":
        j += 1
        while j < len(toks) and toks[j].lower() in LOCATIVE_SKIP:
            j += 1
    else:
        return countries, admins
    if j < len(toks):
        m, entries = ctx.kb.match(toks, j)
        entry = ctx.kb.best(entries, None) if m else None
        if entry is not None and ctx.kb.records[entry.record].get("type", "state") == "state":
            countries.add(ctx.kb.records[entry.record]["id"])
        m, near = ctx.gazetteer.match(toks, j)
        if m and any(p.kind == "state" for p in near):
            admins.update(p.admin for p in near if p.kind == "state")
    return countries, admins


def ambiguous_here(ctx: Context, toks: list[str], i: int, n: int, entry: Entry) -> bool:
    """A name listed as ambiguous whose context says it means something else here."""
    record = ctx.kb.records[entry.record]
    if not record.get("ambiguous") and not record.get("ambiguous_aliases"):
        return False  # most records list no ambiguous name: no surface to build
    surface = " ".join(toks[i:i + n])
    if surface not in record.get("ambiguous", ()) and surface not in record.get("ambiguous_aliases", ()):
        return False
    return not keep(toks, i, i + n, record)


_NOW = frozenset({"now", "today"})


def before_what_is_now(toks, j: int) -> int:
    """"in what is now Namibia", "in what is today Congo": the word before "what", so that the name is as
    located as "in Namibia"; ``j`` itself when the words before the name are not these."""
    if j >= 3 and toks[j].lower in _NOW and toks[j - 1].lower in ("is", "was") and toks[j - 2].lower == "what":
        return j - 3
    return j
