"""People the knowledge base does not know, described by an appositive.

"Abdul Karim Nazari, a former deputy speaker of the Afghan parliament, condemned ...",
"Iran detained Jan Novak, a Czech citizen who taught in Tehran": a capitalised name of two
to four words that is no known actor, opening a clause or following its verb, and set off
by a comma before a description (closed by a comma, a relative pronoun or the sentence's
end), takes the state and the role of the actor the description names ("the Afghan
parliament": AFG, LEG; "a Czech citizen": CZE). The new mention is a person of that state.
"""

from __future__ import annotations

from ..model import Actor, Mention, Sentence

__all__ = ["described_people"]

_OPENERS = {"a", "an", "the", "former", "ex", "one", "another", "deputy", "senior", "veteran", "retired"}
_CLOSERS = {"who", "which", "whose", ";"}  # a description may end at a relative clause
_PARTICLES = {"al", "el", "bin", "ibn", "abu", "ould"}
_OBJECT_PREPOSITIONS = {"to", "for", "against"}  # a person the act is given to or aimed at, never a place
_NOT_NAMES = {"The", "A", "An", "On", "In", "At", "After", "Before", "But", "And", "When", "While", "Meanwhile",
              "However", "Earlier", "Later", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday", "Reuters", "AFP", "AP"}


def described_people(sentence: Sentence) -> None:
    """Add a person mention for each unknown name described by an appositive (in place)."""
    toks = sentence.tokens
    if "," not in sentence.text:  # no comma token without a comma in the text
        return
    commas = [k for k, t in enumerate(toks[:-1]) if t.text == "," and toks[k + 1].lower in _OPENERS]
    if not commas:  # no ", a/the/former ..." at all: most sentences
        return
    covered = {k for m in sentence.mentions if not (m.kind == "place" and not m.locative)
               for k in range(m.start, m.end)}  # a surname may look like a town ("Bello")
    added = []
    for comma in commas:
        start = _name_before(toks, comma, covered)
        if start is None:
            continue
        close = next((k for k in range(comma + 1, min(comma + 16, len(toks))) if toks[k].text == ","
                      or toks[k].lower in _CLOSERS or toks[k].text == "." and k == len(toks) - 1), None)
        if close is None:
            continue
        source = next((m for m in sentence.mentions if comma < m.start and m.end <= close and m.actor is not None
                       and m.actor.type in ("state", "igo", "group") and not m.locative), None)
        if source is None:
            continue
        name = " ".join(t.text for t in toks[start:comma])
        actor = Actor(f"PERSON:{name}", source.actor.primary,
                      source.actor.primary + (source.actor.role or ""), name, "person",
                      source.actor.role, country=source.actor.primary)
        added.append(Mention(start, comma, name, actor, "name", toks[start].start, toks[comma - 1].end,
                             resolved_from=" ".join(t.text for t in toks[comma + 1:close])))
    if added:
        inside = {k for m in added for k in range(m.start, m.end)}
        kept = [m for m in sentence.mentions if not (m.kind == "place" and m.start in inside)]
        sentence.mentions = sorted(kept + added, key=lambda m: m.start)


def _name_before(toks, comma: int, covered: set[int]) -> int | None:
    """Start of a run of 2-4 capitalised words, known to no actor, right before ``comma``
    and opening the sentence or a clause."""
    start, reach = comma, 4
    while start > 0 and comma - start < reach and toks[start - 1].text[:1].isupper() and toks[start - 1].text.isalpha() \
            and start - 1 not in covered and toks[start - 1].text not in _NOT_NAMES:
        start -= 1
        if reach == 4 and start >= 3 and toks[start - 1].text == "-" and toks[start - 2].text in _PARTICLES:
            start, reach = start - 2, 6  # "Omar Hassan al-Tamimi": a name particle joined to the next part
    if comma - start < 2:
        return None
    before = toks[start - 1].text if start > 0 else ""
    if before in ("", ",", "and", "said", "says", ";", "-", "(") or before in _NOT_NAMES:
        return start
    if before in _OBJECT_PREPOSITIONS:  # "granted asylum to Jan Novak, a Czech citizen, ..."
        return start
    # an object after its verb: "detained Jan Novak, a Czech citizen, ..."
    return start if before.isalpha() and before.islower() and before.endswith("ed") else None
