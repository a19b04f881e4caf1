"""Generic actors left with no state take the one state the whole report names.

A monitor's note often places its act in one sentence and names its actors in another, or names
the state only through a party or an armed group of that state: "A clinic was set alight in a
suburb. Witnesses said the arsonists were ZANU-PF youths. Police used tear gas to disperse the
protesters." The police and the protesters are Zimbabwe's: the report names no other state.

Coreference (:mod:`.coref`) gives a role noun the state of a place in its sentence or the one
before; this pass, run once after it, gives the roles still left with none the state of the
report, when every actor the report names with a state of its own (places, states, demonyms, an
armed group or party of one state) names the same one and at least one of them is a place or such
a group (a demonym alone may name a foreign contingent: "a Senegalese peacekeeper").
"""

from __future__ import annotations

from ..knowledge.roles import Roles
from ..model import Actor, Doc, Mention, Sentence
from .generic import DOMESTIC, compound, modifier, owned, role_code
from .protesting import protest_subject

__all__ = ["document_state", "give_state", "state_of_report"]

# mentions that stand for another one: not evidence of a state of their own
_SKIP_KINDS = frozenset({"pronoun", "description"})


def state_of_report(doc: Doc) -> Mention | None:
    """The mention that gives the report's one state (a place, else a home group), or None when the
    report names no state of its own or more than one."""
    states: set[str] = set()
    anchor: Mention | None = None
    for sentence in doc.sentences:
        for m in sentence.mentions:
            actor = m.actor
            if actor is None or m.kind in _SKIP_KINDS or m.resolved_from is not None:
                continue
            primary = actor.primary or ""
            if not (len(primary) == 3 and primary.isalpha() and primary.isupper()):
                if actor.type in ("igo", "ngo"):
                    continue  # "MONUSCO", "the UN": no state of their own
                return None  # a transnational group ("ISIL") or an unknown code: no one state
            states.add(primary)
            if len(states) > 1:
                return None
            if anchor is None and (m.kind == "place" or m.locative or actor.type == "group"):
                anchor = m
    return anchor


def document_state(doc: Doc, roles: Roles) -> None:
    """Give each generic role mention still without a state the report's one state (see the module
    docstring), in a sentence that names no actor with a state (where a role beside a named actor
    is often that actor's partner or foe: "government forces backed by local clan militias"); roles with
    an owner ("its forces"), modifiers and compounds are left alone."""
    pending = [(s, m) for s in doc.sentences if all(m.actor is None for m in s.mentions)
               for m in s.mentions if m.kind == "role"]
    if not pending:
        return
    anchor = state_of_report(doc)
    if anchor is None:
        return
    primary = anchor.actor.primary
    give_state(pending, roles, anchor.actor.id if anchor.actor.type == "place" else primary, primary, anchor.text)


def give_state(pending: list[tuple[Sentence, Mention]], roles: Roles, ident: str, primary: str,
               origin: str) -> None:
    """Give each pending domestic role (police, soldiers, protesters ...) the state ``primary``, as an
    actor ``ident`` resolved from ``origin``; roles with an owner, modifiers and compounds are left."""
    for sentence, mention in pending:
        code = role_code(mention, roles)
        if code not in DOMESTIC and not (code and protest_subject(mention, sentence)) or compound(mention, sentence) or modifier(mention, sentence) \
                or owned(mention, sentence):
            continue
        mention.actor = Actor.in_role(primary, code, ident)
        mention.resolved_from = origin
