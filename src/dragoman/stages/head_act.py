"""The act "the decision" refers back to: the act a sentence reports as decided.

"Trump said the United States would recognise Morocco's sovereignty, as part of a deal under which
the kingdom agreed to normalise relations with Israel. The Polisario Front rejected the decision."
A singular "the decision", "the move" or "the step" names one act that someone decided, and the
sentence before presents one act as decided: the one it reports as announced ("said it would",
"announced that ..."). The acts after it that are only reported as done ("under which the kingdom
agreed to ...") describe it. So the decision is the last announced act of the last sentence that
has an act the reaction can judge; when that sentence announces none, the last act as before
("Canberra said it would scrap a contract. Paris called the decision a stab in the back": the
scrapping is both the last and the announced act).
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Event

__all__ = ["decided_act_last"]


def decided_act_last(earlier: list[Event], judgeable: Callable[[Event], bool]) -> list[Event]:
    """``earlier`` reordered so that a backward scan meets first the last announced act of the last
    sentence with a judgeable act: that act moves to the end, the other acts keep their order."""
    last = next((e for e in reversed(earlier) if judgeable(e)), None)
    if last is None or last.modality == "announced":
        return earlier
    decided = next((e for e in reversed(earlier) if e.sentence == last.sentence and judgeable(e)
                    and e.modality == "announced"), None)
    if decided is None:
        return earlier
    return [e for e in earlier if e is not decided] + [decided]
