"""Notes that tell an act through its victims or its toll (issue 11, ninth Africa round).

- A party's own people killed or hurt with no doer named are political violence, as soldiers and
  police killed are an act of war: "An NPP activist was stabbed in Tamale" (:func:`party_victim`).
- A main clause that only says unrest broke out leaves the act to its "when/after" clause:
  "Violence broke out near the showground when a councillor was shot dead" (:func:`outbreak_clause`).
- "A gendarme died of bullet wounds received in an ambush near Mopti": the ambush noun is the report's
  act, and a soldier or policeman dying so makes it an act of war (:func:`died_of_wounds`,
  :func:`armed_died_of_wounds`).
"""

from __future__ import annotations

from ..model import Mention, Sentence

__all__ = ["armed_died_of_wounds", "died_of_wounds", "outbreak_clause", "party_victim"]

_PLACE_WORDS = {"in", "near", "at", "outside", "on"}

_PARTY_VICTIMS = frozenset({"member", "members", "activist", "activists", "councillor", "councillors", "councilor",
                            "councilors", "candidate", "candidates", "official", "officials", "leader", "agent",
                            "organiser", "organizer", "supporter", "supporters", "cadre", "cadres", "chairman"})


def party_victim(mention: Mention, lower: list[str]) -> bool:
    """A party's own people as victims ("an ANC councillor", "two MDC activists"): killing them with
    no doer named is political violence, as killing soldiers or police is an act of war."""
    if mention.kind == "role" and (mention.actor.code or "")[3:] in ("PTY", "OPP"):
        return True  # "an opposition activist", "party agents"
    if mention.actor.role != "PTY":
        return False
    head = lower[mention.end] if mention.end < len(lower) else ""
    return mention.text.lower().split()[-1] in _PARTY_VICTIMS or head in _PARTY_VICTIMS


_UNREST = frozenset({"violence", "chaos", "pandemonium", "commotion", "panic", "unrest", "tension", "tensions",
                     "fighting", "clashes", "riots", "rioting"})
_BROKE_OUT = (["broke", "out"], ["erupted"], ["flared"], ["flared", "up"], ["ensued"])


def outbreak_clause(prefix: list[str]) -> bool:
    """A main clause that only says unrest broke out, perhaps where ("Violence broke out near the
    showground", "Chaos erupted in the market"), so the "when"/"after" clause that follows names
    the act ("... when a councillor was shot dead")."""
    k = 1 if prefix[:1] == ["the"] else 0
    if k >= len(prefix) or prefix[k] not in _UNREST:
        return False
    k += 1
    for words in _BROKE_OUT:
        if prefix[k:k + len(words)] == words:
            rest = prefix[k + len(words):]
            return len(rest) <= 8 and (not rest or rest[0] in _PLACE_WORDS) and "," not in rest
    return False


_DIED = frozenset({"died", "dies", "succumbed", "succumbs"})
_WOUNDS = frozenset({"wounds", "injuries", "wound", "injury"})
_SUSTAINED = frozenset({"sustained", "suffered", "received", "sustains", "suffers"})


def died_of_wounds(prefix: list[str]) -> bool:
    """A victim who died of wounds taken in the act a noun names ("A gendarme died of bullet wounds
    received in an ambush near Mopti", "a soldier succumbed to injuries suffered during a raid"):
    that noun is the report's act. Up to twelve words, "died ... wounds ... sustained in/during a(n)"."""
    if not 4 <= len(prefix) <= 12 or prefix[-1] not in ("a", "an", "the") or prefix[-2] not in ("in", "during"):
        return False
    died = next((k for k, w in enumerate(prefix) if w in _DIED), -1)
    wounds = next((k for k, w in enumerate(prefix) if w in _WOUNDS and k > died), -1)
    return died >= 0 and wounds > died and any(w in _SUSTAINED for w in prefix[wounds + 1:-2]) \
        and "," not in prefix


def armed_died_of_wounds(sentence: Sentence, lower: list[str], start: int, trigger_start: int) -> bool:
    """A soldier or policeman died of wounds taken in the act the noun names: an act of war with no
    other word of war needed ("A gendarme died of bullet wounds received in an ambush near Mopti")."""
    return died_of_wounds(lower[start:trigger_start]) and any(
        m.actor is not None and (m.actor.code or "")[3:] in ("MIL", "COP") and start <= m.start < trigger_start
        for m in sentence.mentions)
