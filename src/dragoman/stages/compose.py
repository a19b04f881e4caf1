"""The subcode of a frame act from what it is about (``data/lexicon/composition.tsv``).

Two ways in:

- the mood turned an act into a frame: "refused to release the crew" (a release,
  084, refused: 1243), "vowed to send troops", "threatened to impose sanctions",
  "X said Hamas must free the hostages" (a demand). The act's own code picks the row.
- the frame is its own trigger: "urged Iran to release the sailors" (020 and an
  inner release: 0253), "accused Moscow of war crimes" (112 and a cue: 1124),
  "rallied demanding the president's resignation" (141 and an inner demand for
  leadership change: 1411). The first act after the frame that the family has a row
  for picks it; else the first cue words after the frame's trigger (within its own
  match too: "rejected military aid", 122 -> 1222); the result must refine the frame's
  own code (020 -> 0253, 141 -> 1411; never 024 -> 0253 or 0253 -> 0254).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..knowledge.composition import FRAME_ONLY, Composition, CompositionRow, family_of, refines
from ..knowledge.lexicon import Match
from .clauses import Structure
from .mood import Mood

__all__ = ["Composed", "compose", "in_name"]

_MOOD_FRAMES = ("intent", "refuse", "threat", "demand")
_PLAN = "127"  # a plan or proposal rejected (composition row 127/plan), whatever act it proposes
# what the frame is about ends at a new clause or sentence
_ABOUT_STOPS = {";", ".", "but", "while", "although", "though", "whereas", "after", "because", "since", "when",
                "amid", "despite"}
_ABOUT_REACH = 16  # tokens after the frame's trigger


@dataclass(frozen=True, slots=True)
class Composed:
    row: CompositionRow
    source: str  # the code before composition


def compose(st: Structure, match: Match, matches: list[Match], code: str, mood: Mood,
            composition: Composition | None, codebook) -> tuple[str, Composed | None]:
    """The event's code after composition, and the row that composed it (None: unchanged)."""
    family = family_of(code)
    if composition is None or family is None:
        return code, None
    own = match.rule.code
    if mood.effect in _MOOD_FRAMES and family_of(own) != family:  # "refused to release": the act is the cue
        row = composition.for_act(family, own)
        result = row.result(code) if row else code
        return (result, Composed(row, code)) if row and result in codebook else (code, None)
    end = _about_end(st, match)
    families = (FRAME_ONLY[family], family) if family in FRAME_ONLY else (family,)
    named = lambda i: in_name(st.sentence.tokens, i)  # noqa: E731
    act, row = next(((m, r) for m in matches if match.end <= m.start < end and not (family == "threaten" and _conditional(st, m))
                     and not _new_clause(st, match.end, m.start) and not _noun_reading(st, m)
                     and (r := _for_act(composition, families, m.rule.code)) is not None), (None, None))
    if act is not None and family == "reject":  # "rejected a proposal for a truce": the plan is what is rejected
        plan = composition.for_cue(family, st.lower, match.head + 1, act.start, named)
        row = plan if plan is not None and plan.code == _PLAN else row
    if row is None:  # "rejected military aid"; a plan that proposes no act named keeps the rejection's own code
        row = composition.for_cue(family, st.lower, match.head + 1, end, named)
        row = None if row is not None and row.code == _PLAN else row
    if row is None:
        return code, None
    result = row.result(code)
    return (result, Composed(row, code)) if refines(code, result) and result in codebook else (code, None)


def _for_act(composition: Composition, families: tuple[str, ...], code: str) -> CompositionRow | None:
    return next((r for f in families if (r := composition.for_act(f, code)) is not None), None)


_ANY = frozenset({"any"})


def _conditional(st: Structure, m: Match) -> bool:
    """"warned that any attack on its ships would be met with force": an act after "any" (one or
    two words before it) is the condition of the warning, not what it threatens."""
    return any(st.lower[j] in _ANY for j in range(max(0, m.start - 2), m.start))


_ARTICLES = frozenset({"the", "a", "an"})


def _noun_reading(st: Structure, m: Match) -> bool:
    """"urged London to trigger the exit process": a verb of troops' moves ("exit", "leave", a rule
    flagged ``mil``) read after an article is a noun, not the act the frame is about."""
    return "mil" in m.rule.flags and m.start > 0 and st.lower[m.start - 1] in _ARTICLES


def in_name(tokens, i: int) -> bool:
    """Whether the capitalised word at ``i`` stands in a name with a capitalised neighbour ("the Human
    Rights Council", "the Ministry of Defence"): a cue inside a name says nothing of the topic."""
    if i < 1 or not tokens[i].text[:1].isupper():
        return False
    return tokens[i - 1].text[:1].isupper() or (i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper())


def _new_clause(st: Structure, start: int, act: int) -> bool:
    """Whether a clause joined by ", and" opens between the frame and an inner act ("Warsaw accused
    Minsk of orchestrating the crisis, and Belarus's ministry answered by holding drills"): the act
    is another doer's, not what the frame is about."""
    return any(start < s <= act and st.lower[s] == "and" for s in st.starts)


def _another_doer(st: Structure, s: int) -> bool:
    """Whether the clause opened by ", and" at ``s`` starts with an actor of its own ("..., and Minsk
    lifted its ban"), not a second addressee (", and specifically the Netherlands, to share")."""
    if st.lower[s] != "and":
        return False
    j = s + 1 + (s + 1 < len(st.lower) and st.lower[s + 1] in _OWNERS)
    return j in st.at_start


_OWNERS = frozenset({"the", "its", "their", "his", "her"})


def _about_end(st: Structure, match: Match) -> int:
    end = min(len(st.lower), match.end + _ABOUT_REACH)
    end = next((s for s in st.starts if match.end < s < end and _another_doer(st, s)), end)  # ", and Minsk lifted"
    return next((j for j in range(match.end, end) if st.lower[j] in _ABOUT_STOPS), end)
