"""Teams, troupes and firms named by their country (issues 11, 12).

"Japan's Olympic team arrived in Paris", "Indian cricketers toured Australia", "Japanese
carmakers fought off their rivals", "Korean shipbuilders captured orders": the country's name
only says whose team or industry it is. A team, a troupe or a firm is no state actor, so an
event whose doer is named only that way is dropped. Only the doer: a firm as the target of a
state's act ("sanctioned Chinese companies") is aimed at its state.
"""

from __future__ import annotations

from ..model import Doc, Event, Mention, Sentence

__all__ = ["private_doers"]

_HEADS = frozenset({
    # sport and the arts
    "team", "teams", "squad", "squads", "cricketers", "footballers", "players", "athletes", "swimmers", "runners",
    "sprinters", "cyclists", "skaters", "skiers", "gymnasts", "boxers", "wrestlers", "golfers", "rowers",
    "olympians", "orchestra", "orchestras", "choir", "choirs", "troupe", "troupes", "dancers", "musicians",
    "tourists", "fans",
    # trade and industry
    "carmakers", "automakers", "shipbuilders", "chipmakers", "drugmakers", "manufacturers", "producers",
    "exporters", "importers", "firms", "firm", "companies", "company", "brands", "retailers", "meatpacker",
    "meatpackers", "startups", "start-ups", "airline", "airlines", "investors", "traders", "exports"})
_FUNCTION = frozenset({"and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "has", "have", "had",
                       "is", "are", "was", "were", "will", "would", "said", "says", "the", "a", "an", "who", "which",
                       "that", "as"})
_REACH = 3  # modifiers between the name and the head: "Japan's Olympic team", "the Pakistani cricket team"


def private_doers(doc: Doc, events: list[Event]) -> list[Event]:
    """The events, less those whose source is named only as the country of a team or a firm."""
    triggers: dict[int, set[int]] = {}  # sentence -> where its acts' triggers start
    for e in events:
        triggers.setdefault(e.sentence, set()).add(e.trigger_at)
    return [e for e in events if e.sentence >= len(doc.sentences)
            or not _named_as_private(doc.sentences[e.sentence], e, triggers[e.sentence])]


def _named_as_private(sentence: Sentence, event: Event, triggers: set[int]) -> bool:
    named = [m for m in sentence.mentions if m.actor is not None and m.text == event.source.mention
             and m.actor.primary == event.source.primary]
    return bool(named) and all(_private(sentence, m, event.trigger_at, triggers) for m in named)


def _private(sentence: Sentence, mention: Mention, trigger_at: int, triggers: set[int]) -> bool:
    """The name modifies a team's or a firm's noun before the act's trigger (not "Japan sent
    medical teams", where the teams are what is sent), and before any act's trigger: in "Russia
    barred Turkish airlines ... and demanded an apology" the airlines are the first act's object."""
    toks = sentence.tokens
    k = mention.end
    if k < len(toks) and toks[k].lower in ("'s", "’s"):
        k += 1
    for j in range(k, min(len(toks), k + _REACH)):
        word = toks[j].lower
        if 0 <= trigger_at <= toks[j].start or toks[j].start in triggers:
            return False
        if word in _HEADS:
            return True
        if not word.replace("-", "").isalpha() or word in _FUNCTION:
            return False
    return False
