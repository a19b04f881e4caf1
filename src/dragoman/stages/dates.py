"""Which date an event takes: the governing expression, an anchor, or the publication date.

An event takes the temporal expression of its own sentence that is nearest to
its trigger (preferring one in the same stretch of text before the next
comma); an anchored one ("four months after the attack", "the next day") is
resolved against the date of the earlier event it points to. With no
expression, the event takes the publication date.
"""

from __future__ import annotations

from ..model import Doc, Event, Sentence, TimeRef
from ..timex import Timex, resolve_anchored

__all__ = ["event_date"]


def event_date(doc: Doc, sentence: Sentence, position: int, earlier: list[Event],
               clause: tuple[int, int] | None = None,
               past: bool = False) -> tuple[str | None, str | None, str | None]:
    """(date, precision, basis) for a trigger at char ``position`` of ``sentence``.

    ``clause`` is the trigger's clause as a char span: an expression inside it wins;
    then one fronting the sentence ("In April this year, ..."); then the nearest. A
    past-tense act (``past``) never takes a date after publication ("signed a deal on
    next year's election" is not dated next year).
    """
    times = [t for t in sentence.times if not _attributive_year(sentence.text, t)]
    if past and doc.published is not None:
        today = doc.published.isoformat()
        times = [t for t in times if t.value is None or t.value[:len(today)] <= today[:len(t.value)]]
    timex = _governing(sentence.text, times, position, clause)
    if timex is not None:
        if timex.value is not None:
            return timex.value, timex.precision, timex.basis
        if _anchors_this(timex, position):
            anchored = _anchored(timex, [e for e in earlier if e.sentence != sentence.index])
            if anchored is not None and not (past and doc.published and anchored[0] > doc.published.isoformat()):
                return anchored
    narrative = _narrative(doc, sentence)
    if narrative is not None and (not past or doc.published is None
                                  or narrative.value <= doc.published.isoformat()):
        return narrative.value, narrative.precision, "narrative"
    if doc.published is None:
        return None, None, None
    return doc.published.isoformat(), "day", "published"


_YEAR_DETERMINERS = frozenset({"the", "a", "its", "their", "his", "her", "our", "this", "that"})
# what a year before it names the making of: "the 2015 nuclear deal", "the 1987 INF Treaty", "the 2018 election"
_DOCUMENTS = frozenset({"deal", "deals", "accord", "accords", "agreement", "agreements", "treaty", "treaties", "pact",
                        "pacts", "resolution", "resolutions", "constitution", "law", "laws", "declaration",
                        "convention", "protocol", "memorandum", "charter", "framework", "roadmap", "plan",
                        "election", "elections", "vote", "referendum", "ruling", "verdict", "truce", "ceasefire",
                        "armistice", "settlement", "arrangement", "understanding", "communique", "decree"})


def _attributive_year(text: str, timex: TimeRef) -> bool:
    """"pulled out of the 2015 nuclear deal and would reimpose sanctions": a bare year between a
    determiner and a document, pact or vote it names (within three words) says when that was made,
    not when any act of the sentence happened ("destroyed in the 1940 air raid" keeps its year)."""
    if timex.precision != "year" or not timex.text.isdigit():
        return False
    before = text[:timex.start].split()
    if not before or not (before[-1].lower() in _YEAR_DETERMINERS or before[-1].lower().endswith(("'s", "’s"))):
        return False
    after = [w.strip(".,;:'\"").lower() for w in text[timex.end:].split()[:3]]
    for word in after:
        if word in _DOCUMENTS:
            return True
        if not word.replace("-", "").isalpha():
            return False
    return False


def _narrative(doc: Doc, sentence: Sentence) -> TimeRef | None:
    """The date the story is at: a day or month named in the previous sentence of the same
    paragraph ("On Monday, X did A. It also did B.")."""
    if sentence.times or sentence.index == 0:
        return None
    previous = doc.sentences[sentence.index - 1]
    if previous.paragraph != sentence.paragraph:
        return None
    dated = [t for t in previous.times if t.value and t.precision in ("day", "month") and t.basis != "anchored"]
    return dated[-1] if len(dated) == 1 else None


def _anchors_this(timex: TimeRef, position: int) -> bool:
    """An anchored expression dates the act it modifies, not the act it points to:
    "X came a day after Y recognised Z" dates "came", not "recognised"."""
    return timex.start <= 3 or position < timex.start


def _governing(text: str, times: list[TimeRef], position: int,
               clause: tuple[int, int] | None) -> TimeRef | None:
    if not times:
        return None
    if clause is not None:
        inside = [t for t in times if clause[0] <= t.start < clause[1]]
        if inside:
            return min(inside, key=lambda t: abs(t.start - position))
        fronted = [t for t in times if t.start <= 3 and t.end < position]
        if fronted:
            return fronted[0]
        times = [t for t in times if not _in_other_event(text, t, position)]
    return _nearest(text, times, position)


def _in_other_event(text: str, timex: TimeRef, position: int) -> bool:
    """"..., after the attack of October 7, 2023": a date after "after"/"before"/"since" that
    follows the trigger belongs to the act that clause names."""
    if timex.start < position:
        return False
    between = text[position:timex.start].lower().split()
    return any(w in ("after", "before", "since", "following", "until") for w in between)


def _nearest(text: str, times: list[TimeRef], position: int) -> TimeRef | None:
    if not times:
        return None

    def distance(t: TimeRef) -> tuple[int, int]:
        between = text[min(t.end, position):max(t.start, position)]
        crosses = between.count(",") + between.count(";") * 2
        return crosses, abs((t.start if t.start >= position else t.end) - position)

    return min(times, key=distance)


def _anchored(timex: TimeRef, earlier: list[Event]) -> tuple[str, str, str] | None:
    anchor = _anchor_event(timex, earlier)
    if anchor is None or anchor.date is None or timex.offset is None:
        return None
    as_timex = Timex(timex.start, timex.end, timex.text, None, timex.precision, timex.basis,
                     offset=timex.offset, anchor_text=timex.anchor_text)
    value, precision = resolve_anchored(as_timex, anchor.date, anchor.date_precision or "day")
    return value, precision, "anchored"


def _anchor_event(timex: TimeRef, earlier: list[Event]) -> Event | None:
    if not earlier:
        return None
    if timex.anchor_text:  # "four months after the attack": the last act called that, else none
        head = timex.anchor_text.lower().split()[-1].rstrip("s")
        return next((e for e in reversed(earlier) if head and head in e.trigger.lower()), None)
    return earlier[-1]
