"""A place named by a kind of division that only one state has.

Monitors name villages and districts the gazetteer lacks, but the word for the division often
says the state: a local government area ("X LGA") is Nigeria's, a woreda or kebele Ethiopia's,
a payam South Sudan's, a groupement or chefferie the Congo's, a barangay the Philippines', an
upazila Bangladesh's, a gewog or dzongkhag Bhutan's, a kecamatan or kabupaten Indonesia's, a
vereda Colombia's, a hromada Ukraine's, a village development committee (VDC) Nepal's. Such a
name ("in Ugwu-Oba LGA") is a place of that state with no coordinates: the generic actors acting
there take its state (:mod:`.actors`), as they take a gazetteer place's. Division words several
states use (county, district, commune, prefecture, wilaya, oblast, township) say nothing.
"""

from __future__ import annotations

from ..knowledge.places import Place

__all__ = ["DIVISION_WORDS", "UNLOCATED", "division_place", "division_state"]

UNLOCATED = "unlocated"  # the kind of a place known only by its state

# division nouns after the name, each used by one state alone (facts of each state's administration)
_AFTER = {"lga": "NGA", "lgas": "NGA", "woreda": "ETH", "wereda": "ETH", "woredas": "ETH", "kebele": "ETH",
          "sub-city": "ETH", "payam": "SSD", "payams": "SSD", "groupement": "COD", "chefferie": "COD",
          "upazila": "BGD", "upazilla": "BGD", "gewog": "BTN", "dzongkhag": "BTN", "kecamatan": "IDN",
          "kabupaten": "IDN", "vereda": "COL", "hromada": "UKR", "vdc": "NPL"}
# division nouns before the name ("Barangay San Roque")
_BEFORE = {"barangay": "PHL", "brgy": "PHL", "kecamatan": "IDN", "kabupaten": "IDN", "vereda": "COL"}
_LONGEST = 4  # words in a name
# a sentence with none of these (lower case) names no such place: the actors stage skips the search
DIVISION_WORDS = frozenset(_AFTER) | frozenset(_BEFORE) | {"sub"}


def division_state(noun: str) -> str | None:
    """The one state whose division a noun after a name names ("lga" -> NGA), else None."""
    return _AFTER.get(noun.lower())


def division_place(toks: list[str], i: int) -> tuple[int, Place] | None:
    """The unknown place named at token ``i`` with a division word of one state: (tokens, place)."""
    if i and toks[i - 1].lower() in _BEFORE and toks[i - 1][:1].isupper():
        n = _name_length(toks, i)
        if n:
            return n, _place(toks, i, n, _BEFORE[toks[i - 1].lower()])
    if i and toks[i - 1][:1].isupper() and toks[i - 1].isalpha() and toks[i - 1].lower() not in _BEFORE:
        return None  # inside a longer name that did not start here
    n = _name_length(toks, i)
    if not n or i + n >= len(toks):
        return None
    after = toks[i + n].lower()
    end, state = (i + n + 3, "ETH") if _sub_city(toks, i + n) else (i + n + 1, _AFTER.get(after))
    if state is None or toks[end:end + 1] == ["of"] and toks[end + 1:end + 2] and toks[end + 1][:1].isupper():
        return None  # "X Sub-city of Addis Ababa": the parent named says where
    return n, _place(toks, i, n, state)


def _name_length(toks: list[str], i: int) -> int:
    """Tokens of a capitalised name at ``i``, its words joined by spaces or hyphens ("Ugwu-Oba")."""
    k, words = i, 0
    while k < len(toks) and words < _LONGEST and toks[k][:1].isupper() and toks[k].replace("'", "").isalpha() \
            and toks[k].lower() not in _AFTER and not _sub_city(toks, k):
        words += 1
        k += 1
        if k + 1 < len(toks) and toks[k] == "-" and toks[k + 1][:1].isupper():
            k += 1
    return k - i if words else 0


def _sub_city(toks: list[str], k: int) -> bool:
    return toks[k].lower() == "sub" and [t.lower() for t in toks[k + 1:k + 3]] == ["-", "city"]


def _place(toks: list[str], i: int, n: int, state: str) -> Place:
    name = "".join(t if t == "-" or k == 0 or toks[i + k - 1] == "-" else " " + t
                   for k, t in enumerate(toks[i:i + n]))
    return Place(name, state, 0.0, 0.0, kind=UNLOCATED, tier="n")
