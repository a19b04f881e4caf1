"""The publisher's home state: the last fallback state of a report's generic actors.

"Three masked gunmen on a pickup shot dead two customs officers", from a national paper, names no state, no
place and no group the coder knows; a human coder, like ICEWS and GDELT, knows who published it:
a local radio station or a national paper reports on its own country. The outlet's home state
(:mod:`..knowledge.publishers`: its table, its name, its web address) is read once per report,
by the actors stage, and only when the input gives a publisher or a URL:

- the actors stage ranks it last among the states the report is about, so a place name shared
  by several states is read in the publisher's state when the report names none before it;
- after every other fallback (a place, coreference, the story's and the report's one state), a
  generic role still without a state (protesters, gunmen, soldiers, police ...) takes it, when
  the report names no actor with a state of its own (a state, a place, a demonym, an armed
  group of one state, a dateline; an ISIL or AQ group fights in many): the publisher never overrides
  what the text says. Such an actor's id is ``PUBLISHER:<ISO3>``, so the event record tells where its
  state came from;
- in such a report, an act of violence (18-20) or a protest (14, not a blockade, 144) whose doer
  goes unnamed ("two killed in an air raid", "a grenade attack on a stadium") takes its scene from
  the publisher (:func:`publisher_scene`, called by the events stage), as it takes it from a place
  the text names; a clash of unnamed sides does not.
"""

from __future__ import annotations

from ..knowledge.roles import Roles
from ..model import Actor, Doc, Mention
from ..pipeline import Context
from .document_state import give_state
from .places import dateline

__all__ = ["PREFIX", "publisher_home", "publisher_fallback", "publisher_scene"]

PREFIX = "PUBLISHER:"
_NO_STATE_OF_THEIR_OWN = frozenset({"igo", "ngo"})  # "the UN", "MSF": named, but no state's


def publisher_home(doc: Doc, ctx: Context) -> str | None:
    """The home state of the report's publisher (set on ``doc``), or None; nothing is read when the
    input gives neither a publisher nor a URL."""
    document = doc.document
    if (document.publisher is None and document.url is None) or ctx.publishers is None:
        return None
    state = ctx.publishers.home(document.publisher, document.url, ctx.kb, ctx.gazetteer)
    doc.publisher_state = state if state is not None and ctx.kb.state(state) is not None else None
    return doc.publisher_state


def publisher_fallback(doc: Doc, ctx: Context, roles: Roles) -> None:
    """Give each generic role still without a state the publisher's home state, in a report that
    names no actor with a state of its own (see the module docstring)."""
    state = doc.publisher_state
    if state is None:
        return
    pending = [(s, m) for s in doc.sentences for m in s.mentions if m.kind == "role" and m.actor is None]
    if not pending or _names_a_state(doc) or (dateline(doc, ctx) or {}).get("country"):
        return
    give_state(pending, roles, PREFIX + state, state, "publisher")


def _names_a_state(doc: Doc, own: bool = False) -> bool:
    """Whether the report names an actor with a state: any resolved mention but an intergovernmental
    or non-governmental body, or a group of the transnational codes (ISIL, AQ and their provinces and
    branches), which fight in many states: "Daesh claimed the attack" in a national paper leaves its
    gunmen the paper's state (with ``own``, nor a role that took the publisher's state)."""
    return any(m.actor is not None and m.actor.type not in _NO_STATE_OF_THEIR_OWN
               and not (m.actor.type == "group" and len(m.actor.primary) != 3)
               and not (own and m.actor.id.startswith(PREFIX))
               for s in doc.sentences for m in s.mentions)


def publisher_scene(doc: Doc, ctx: Context) -> list[Mention]:
    """The publisher's home state as the scene of acts whose doer goes unnamed (a one-item list of a
    mention that no sentence holds), in a report that names no actor with a state of its own and has
    no dateline; else an empty list."""
    state = doc.publisher_state
    if state is None or _names_a_state(doc, own=True) or (dateline(doc, ctx) or {}).get("country"):
        return []
    actor = Actor(PREFIX + state, state, state, state, "state")
    return [Mention(-1, -1, state, actor, "place", resolved_from="publisher")]
