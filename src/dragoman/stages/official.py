"""A government that "protests" complains officially (114); only people demonstrate (14x).

"Morocco protested against Algeria's decision", "the Indian government protested the
Chinese move": a state, its government or an international body does not take to the
streets; in the codebook its protest is an official complaint (114). People, parties,
unions and crowds ("Kenyan youths protested against the bill") keep the demonstration.
"""

from __future__ import annotations

from ..model import Mention

__all__ = ["official_protest"]

_DEMONSTRATIONS = frozenset({"140", "141"})
_OFFICIAL_KINDS = frozenset({"name", "capital", "metonym"})
_OFFICIAL_ROLES = frozenset({"GOV", "MIL"})


def official_protest(code: str, sources: list[Mention], targets: list[Mention]) -> str:
    """114 for a demonstration code whose doers are all states, governments or IGOs and whose
    target is another actor (a government's rally at home stays what it was)."""
    if code not in _DEMONSTRATIONS or not sources or not targets:
        return code
    mine = {m.actor.primary for m in sources if m.actor is not None}
    if not all(m.actor is not None and m.actor.primary not in mine for m in targets):
        return code
    return "114" if all(_official(m) for m in sources) else code


def _official(mention: Mention) -> bool:
    actor = mention.actor
    if actor is None or actor.type not in ("state", "igo"):
        return False
    if mention.kind in _OFFICIAL_KINDS:
        return actor.role is None or actor.role in _OFFICIAL_ROLES
    return mention.kind == "role" and mention.role in ("body", "title") and actor.role in _OFFICIAL_ROLES
