"""The two sides named by description: "the two warring sides", "the two Central Asian states", and
people of them who act for both: "ministers from the two countries signed", "envoys of the two sides
resumed talks"; and the two sides of a civil war, of one state, told apart by name (``one_state_sides``).

A description of the pair names the two actors named before it (resolved in `coref`); when it only
qualifies a plural noun of people who act for their states ("ministers", "envoys", "security chiefs"),
that phrase is the doer, so the description is widened to start at the noun: the clause then has the
pair as its subject, as "the two countries signed" has.
"""
from __future__ import annotations

__all__ = ["modified_pair", "one_state_sides", "widen_to_members"]

# heads of "the two ... HEAD": a collective of states takes the last list of two, a side the last two named
_HEADS = {"countries": "group-2", "states": "group-2", "governments": "group-2", "nations": "group-2",
          "sides": "pair", "neighbours": "pair", "neighbors": "pair", "powers": "pair", "capitals": "pair"}
# words that end a description before its head: no modifier of "the two ..." is one of these
_STOPS = frozenset({"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "that",
                    "which", "who", "said", "were", "are", "had", "have", "met", "sides", "men", "leaders"})
# plural nouns of people who act for a state: "ministers from the two countries" act for both
MEMBERS = frozenset({"ministers", "envoys", "officials", "leaders", "delegations", "delegates", "negotiators",
                     "representatives", "diplomats", "presidents", "chiefs", "heads", "commanders",
                     "mediators", "spokesmen", "premiers"})
_LINKS = frozenset({"of", "from"})
# words naming the office of those people: "foreign ministers", "security chiefs", "top diplomats"
_OFFICES = frozenset({"foreign", "defence", "defense", "security", "top", "senior", "chief", "trade", "finance",
                      "economy", "interior", "army", "military", "deputy", "intelligence", "border", "peace"})


def modified_pair(lower: list[str], i: int) -> tuple[int, int, str] | None:
    """"the two warring sides", "the two Central Asian states": (start, end, label) of a description
    of two sides with one or two modifiers between "two" and its head, at ``i`` ("two")."""
    if lower[i] != "two" or i == 0 or lower[i - 1] not in ("the", "both"):
        return None
    for k in range(i + 2, min(i + 4, len(lower))):
        words = lower[i + 1:k]
        if any(w in _STOPS or not w.replace("-", "").isalpha() for w in words):
            return None
        if lower[k] in _HEADS:
            return i, k + 1, _HEADS[lower[k]]
    return None


def widen_to_members(lower: list[str], raws: list) -> list:
    """``raws`` (found spans with start, end, kind, label) with a description of the pair that follows
    "MEMBERS of/from the" widened to start at the noun ("ministers from the two countries"); a role
    found on the noun ("foreign ministers") is taken into it."""
    out: list = []
    for raw in raws:
        label = raw.label or ""
        if raw.kind == "description" and label.startswith(("pair", "group-2")):
            start = _members_start(lower, raw.start)
            if start is not None:
                while out and out[-1].end > start and out[-1].kind == "role":
                    start = min(start, out.pop().start)
                if not out or out[-1].end <= start:
                    raw.start = start
        out.append(raw)
    return out


def _members_start(lower: list[str], start: int) -> int | None:
    j = start - 1
    if j >= 0 and lower[j] in ("the", "both"):
        j -= 1
    if j < 1 or lower[j] not in _LINKS or lower[j - 1] not in MEMBERS:
        return None
    j -= 1
    while j > 0 and lower[j - 1] in _OFFICES:  # "the security chiefs of the two states"
        j -= 1
    return j


def one_state_sides(text: str, named: list) -> list:
    """"the two warring sides" of a civil war ("the army and the RSF", "the government and the ELN"):
    when no two states were named, the last two actors told apart by name, of one state, one of them an
    armed or political group; [] otherwise. Only "sides": two "countries" or "leaders" are two states."""
    if not text.lower().endswith("sides"):
        return []
    seen: list = []
    for actor in named:  # latest first
        if all(a.id != actor.id for a in seen):
            seen.append(actor)
        if len(seen) == 2:
            break
    if len(seen) == 2 and seen[0].primary == seen[1].primary and any(a.type == "group" for a in seen):
        return seen
    return []
