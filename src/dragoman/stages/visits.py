"""Stage ``visits``: the full code of a meeting follows the codebook, from where it took place.

CAMEO tells visits apart by place: 042 the visitor to the host, 043 the host to the
visitor, 044 only when the two meet in a third country. A meeting ("X met Y", "held a
summit with") is coded 044 by the lexicon; once the places stage has located it, a
meeting in one side's country becomes a visit (042 from the guest, 043 from the host),
one with no place named stays a plain consultation (040). Talks held face to face
(rules in ``_TALKS``) take the same codes: in one side's country ("held talks with Kishida
in Tokyo") a visit, in a third one ("held talks in Geneva") 044; with no place they stay 040. A meeting names both sides,
so both are coded (the lexicon's ``sym`` flag); a visit ("Macron visited Berlin") names
only the guest, and the host's side is coded only when the two act together in the
visit's sentence (stages/hosts.py).
Rule ids gain ``+place`` when the place changed the code.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import Doc, Event, Sentence
from ..pipeline import Context, stage
from .events import distinct
from .deployments import armed_help
from .calls import phone_calls
from .swaps import swapped_releases
from .lodged import lodged_protests
from .charged import attributed_charges
from .hosts import hosts
from .meetings import implied_meetings, without_visits_home
from .places import dateline

__all__ = ["code_visits"]

_MEETING = "044"
_WELCOME = "051/welcome"
_CALL_ON = "020/call-on"
# what follows the person called on, before the next comma, in an appeal ("called on Netanyahu to ...",
# "called on A and B to meet", "... for restraint")
_APPEAL_AFTER = re.compile(r"\b(?:to|for|not)\b")
_VISIT_TO = re.compile(r"\b(?:visit|visits|trip|tour|journey)\s+(?:to|in)\s+(?:the\s+)?$", re.IGNORECASE)
# a round of talks or negotiations is a negotiation (046) wherever it is held (a round of consultations
# stays a consultation); its host is coded apart (stages/hosts.py)
_ROUND = re.compile(r"\bround\b(?!.*\bconsultations?\b)", re.IGNORECASE)
_PLACE_REACH = 80  # characters after a meeting's trigger where its place is looked for
_TALKS = frozenset({"040/hold-talks", "040/talks-noun", "040/hold-round-talks",  # talks held face to face
                    "040/after-talks-with", "040/after-talks", "040/end-of-talks", "040/news-conference-with"})
_GUESTS = ("president", "prime minister", "premier", "king", "queen", "leader", "chancellor", "minister",
           "emperor", "prince", "emir", "sheikh", "pope", "envoy", "delegation", "secretary", "counterpart")
# what may follow a guest who ends the object ("welcomed Putin to Pyongyang", "welcomed Lula in Brasilia",
# "welcomed Assad back to the summit")
_AFTER_GUEST = re.compile(r"\s*(?:$|[,.;]|(?:to|in|at|on|for|with|as|and|during|ahead|back)\b)")


@stage("visits")
def code_visits(doc: Doc, ctx: Context) -> Doc:
    out: list[Event] = []
    visits = {(e.sentence, e.source.primary, e.target.primary) for e in doc.events if e.code == "042"}
    datelined = _Dateline(doc, ctx)
    for event in without_visits_home(doc.events):
        sentence = doc.sentences[event.sentence]
        if event.code == _MEETING and "+" not in event.rule:
            event = _recode(event, _meeting_code(event, sentence, datelined), ctx, "+place")
        elif event.rule in _TALKS and _ROUND.search(event.trigger):  # "at the close of a round of talks"
            event = _recode(event, "046", ctx, "+round")
        elif event.rule in _TALKS and (code := _meeting_code(event, sentence, datelined)) != "040":
            event = _recode(event, code, ctx, "+place")
        elif event.rule == _WELCOME and (_welcomes_a_guest(event) or (
                event.sentence, event.target.primary, event.source.primary) in visits):
            event = _recode(event, "043", ctx, "+guest")  # "began a state visit to Astana, where he was welcomed by"
        elif event.rule == _CALL_ON and _courtesy_call(event):
            event = _recode(event, "042", ctx, "+courtesy")
        if armed_help(event, sentence.text):  # troops sent to help: 074
            event = _recode(event, "074", ctx, "+armed")
        out.append(event)
    out += hosts(out, lambda host: _recode(host, "043", ctx, "+host"))
    out += implied_meetings(doc, out, lambda e, code, mark: _recode(e, code, ctx, mark))
    out += phone_calls(doc, ctx, out)
    out += swapped_releases(doc, out)  # "freed X in exchange for Y": the other side's release too
    out += lodged_protests(doc, ctx, out)
    out = attributed_charges(doc, ctx, out)  # "..., Vilnius charged": 112, not 173
    doc.events = distinct(out)
    return doc


class _Dateline:
    """The document's dateline place, looked up once and only when a meeting needs it."""

    def __init__(self, doc: Doc, ctx: Context) -> None:
        self._doc, self._ctx, self._place, self._done = doc, ctx, None, False

    def country(self) -> str | None:
        if not self._done:
            self._place, self._done = dateline(self._doc, self._ctx), True
        return (self._place or {}).get("country")


def _meeting_code(event: Event, sentence: Sentence, datelined: _Dateline) -> str:
    country = _place_after(event, sentence) or _located_elsewhere(event, sentence, datelined) \
        or (event.location or {}).get("country") or _visited(sentence)
    if not country:
        return "040"
    if country == event.target.primary:
        return "042"  # the source came to the target's country
    if country == event.source.primary:
        return "043"  # the source received the target at home
    return _MEETING


def _located_elsewhere(event: Event, sentence: Sentence, datelined: _Dateline) -> str | None:
    """"CAIRO - Egypt will send troops to the mission in Somalia, Sisi announced after talks with
    his Somali counterpart": a place named before the meeting's trigger, in another clause (a comma
    between), is where another act happens; the dateline tells where the two met."""
    name = (event.location or {}).get("name")
    at = sentence.text.find(name) if name and event.trigger_at >= 0 else -1
    if at < 0 or at >= event.trigger_at or "," not in sentence.text[at:event.trigger_at]:
        return None
    return datelined.country()


def _place_after(event: Event, sentence: Sentence) -> str | None:
    """The country of the place named right after a meeting's trigger ("held talks with Taliban
    officials in Kabul on Wednesday about a railway to Termez": Kabul, not the more specific Termez
    the places stage prefers); None when no place follows within the clause."""
    if event.trigger_at < 0:
        return None
    for m in sentence.mentions:
        gap = sentence.text[event.trigger_at:m.char_start]
        if m.char_start > event.trigger_at and _located(m, sentence) and m.actor is not None \
                and m.actor.type not in ("igo", "ngo") and len(gap) <= _PLACE_REACH \
                and not any(c in gap for c in ",;:"):
            return m.actor.primary
    return None


def _located(m, sentence: Sentence) -> bool:
    """A place mention, or a state's possessive after "on" or "at" ("met on Singapore's Sentosa
    island", "at Egypt's Red Sea resort of Sharm el-Sheikh")."""
    return m.locative or (m.possessive and sentence.text[:m.char_start].rstrip().lower().endswith((" on", " at")))


def _visited(sentence: Sentence) -> str | None:
    """The country a visit named in the sentence went to ("Macron, on a state visit to China, met
    Xi", "during his trip to Beijing"): where a meeting with no place of its own took place."""
    for m in sentence.mentions:
        if m.actor is not None and (m.actor.type == "state" or m.kind == "capital") \
                and _VISIT_TO.search(sentence.text[max(0, m.char_start - 40):m.char_start]):
            return m.actor.primary
    return None


def _welcomes_a_guest(event: Event) -> bool:
    """"Kim Jong Un welcomed Vladimir Putin to Pyongyang", "Lula welcomed the Chinese president in
    Brasilia": welcoming a leader or envoy, not a decision or statement of theirs, is hosting a
    visit (043), not praise (051). Not when the place is the guest's own country."""
    mention = event.target.mention
    guest = event.target.id.startswith("PER.") or any(w in mention.lower() for w in _GUESTS)
    if not guest or (event.location or {}).get("country") == event.target.primary:
        return False
    text = event.evidence.get("text", "")
    at = event.trigger_at
    if at < 0:
        return False
    after = re.match(r"\S+\s+(?:(?:the|a|his|her|their|its)\s+)?", text[at:])
    rest = text[at + after.end():] if after else ""
    if not rest.startswith(mention):
        return False
    return bool(_AFTER_GUEST.match(rest[len(mention):]))


def _courtesy_call(event: Event) -> bool:
    """"The visiting minister called on Prime Minister Sheikh Hasina in Dhaka": calling on a leader
    with no "to" or "for" after is a visit paid (042), not an appeal (020)."""
    mention = event.target.mention
    person = event.target.id.startswith("PER.") or any(w in mention.lower() for w in _GUESTS)
    text = event.evidence.get("text", "")
    at = text.find(mention, max(0, event.trigger_at))
    if not person or event.trigger_at < 0 or at < 0:
        return False
    rest = re.split(r"[,.;:]", text[at + len(mention):], maxsplit=1)[0]
    return not _APPEAL_AFTER.search(rest)


def _recode(event: Event, code: str, ctx: Context, mark: str) -> Event:
    if code == event.code:
        return event
    entry = ctx.codebook.get(code)
    return dataclasses.replace(event, **entry.event_fields(), rule=event.rule + mark)
