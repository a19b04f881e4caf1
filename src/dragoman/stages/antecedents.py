"""Earlier acts a sentence refers back to: the act a reaction answers, its actors, a repeated or
consequent report of the same act.
"""

from __future__ import annotations

from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..model import ActorRef, Event, Mention
from .clauses import Structure, in_what
from .act_nouns import names_an_act
from .frames import EVENT_NOUNS, Frame
from .reaction import THINGS
from .recipients import AID, aid_recipient, shared_recipient
from .head_act import decided_act_last

__all__ = ["antecedents", "consequence", "last_act_aimed_at", "repeated"]


def last_act_aimed_at(earlier: list[Event], mine: set[str], roots=None) -> Event | None:
    """The last of ``earlier`` done by another actor to one of ``mine`` (of a root in ``roots``, when
    given): the act an answer to it answers ("Seoul responded by ...", "Taiwan placed its forces on
    alert"); None when there is none."""
    return next((e for e in reversed(earlier) if e.target.primary in mine and e.source.primary not in mine
                 and (roots is None or e.code[:2] in roots)), None)


def repeated(frame: Frame, earlier: list[Event]) -> Event | None:
    """The last act, by an actor not among this one's sources, that a "took the step" repeats."""
    mine = {m.actor.primary for m in frame.sources if m.actor is not None}
    return next((e for e in reversed(earlier) if e.source.primary not in mine and e.target.primary not in mine
                 and e.code[:2] not in ("01", "02", "11", "12", "13")), None)


def consequence(st: Structure, match: Match, frame: Frame, before: Event) -> bool:
    """", killing N people" after an act of the same source: the victims are that act's target."""
    if not (st.lower[match.head].endswith("ing") and match.head > 0 and st.lower[match.head - 1] == ","):
        return False
    if any(not (m.kind == "role" and m.actor is not None and m.actor.role == "CVL") for m in frame.targets):
        return False  # a victim named: "..., killing two Russian soldiers"
    return match.rule.code[:2] in VIOLENT_ROOTS and before.code[:2] in VIOLENT_ROOTS \
        and any(m.actor is not None and m.actor.primary == before.source.primary for m in frame.sources)


_DECISIONS = {"decision", "decisions", "move", "moves", "step", "steps", "recognitions"}


def antecedents(st: Structure, match: Match, frame: Frame, earlier: list[Event],
                 previous: list[Mention]) -> list[ActorRef]:
    """Targets for an act whose object is an earlier event or actor ("condemned the move", ``ant``)."""
    mine = {m.actor.primary for m in frame.sources if m.actor is not None}
    if not (frame.anaphora or "ant" in match.rule.flags):
        return shared_recipient(st, match, mine, earlier) \
            or _doer_of_apposed_move(st, match, frame, mine)  # "..., while Y said it would send aid": the same recipient
    mine_codes = {m.actor.code for m in frame.sources if m.actor is not None}
    wanted = _event_family(st, match)
    own_noun = "noun" in match.rule.flags or any(  # "announced its own recognition": the act itself
        w in _NOUN_FAMILIES and match.rule.code.startswith(_NOUN_FAMILIES[w]) and _NOUN_FAMILIES[w]
        for w in st.lower[match.start + 1:match.end])
    if "ant" in match.rule.flags and match.rule.code.startswith(AID):  # "Japan pledged $1 million": to whom
        return aid_recipient(st, match, mine, earlier, previous)
    same = [e for e in earlier if e.sentence == st.sentence.index and e.source.code in mine_codes]
    if same and "ant" in match.rule.flags:  # "blamed Israel and vowed punishment": Israel again
        return [same[-1].target]
    judged = _judged_act(st, frame, earlier, mine)
    if judged is not None:  # "Israel struck a school, in what Egypt denounced as a massacre": Israel
        return [judged.source]
    decided = any(w in _DECISIONS for w in st.lower[match.start:match.end + 4])
    if not own_noun and any(w in _ONE_DECISION for w in st.lower[match.start:match.end + 4]):
        earlier = decided_act_last(earlier, lambda e: _judgeable(e, wanted, match, mine, mine_codes))
    for event in reversed(earlier):
        if wanted and not event.code.startswith(wanted):
            continue
        if decided and event.code[:2] in ("01", "02", "10", "11", "12", "13"):
            continue  # "welcomed the decisions": an act, not what someone said about it
        parallel = own_noun and (event.code[:3] == match.rule.code[:3] or _punishments(event, match))
        if parallel and event.target.primary not in mine:  # "Portugal announced its own recognition"
            return [event.target]
        if parallel and event.source.primary not in mine and event.source.code not in mine_codes:
            return [event.source]  # "The EU imposed sanctions on China. China hit back with sanctions": tit for tat
        if not own_noun and event.code == match.rule.code:
            continue  # another reaction of the same kind is not what this one reacts to
        if parallel or event.source.code in mine_codes or (event.source.primary in mine and event.source.code == event.source.primary):
            continue
        plural = any(w.endswith("s") and w in EVENT_NOUNS for w in st.lower[match.start:match.end + 4])
        family = [e.source for e in earlier if e.code[:3] == event.code[:3] and e.source.code not in mine_codes
                  and (e.sentence == event.sentence or plural and e.target.primary == event.target.primary)]
        return list({r.primary: r for r in family}.values())
    if "ant" in match.rule.flags:
        return _antecedent_actors(st, match, mine, previous)
    return _doer_of_apposed_move(st, match, frame, mine)


_ONE_DECISION = frozenset({"decision", "move", "step"})


def _judgeable(event: Event, wanted: str, match: Match, mine: set[str], mine_codes: set[str]) -> bool:
    """Whether "the decision" a reaction judges may be ``event``: an act (not words, 01-02 and
    10-13) by another actor, of the family the trigger names, not a reaction of the same kind."""
    return (not wanted or event.code.startswith(wanted)) and event.code[:2] not in _WORDS \
        and event.code != match.rule.code and event.source.code not in mine_codes \
        and not (event.source.primary in mine and event.source.code == event.source.primary)


_WORDS = frozenset({"01", "02", "10", "11", "12", "13"})


_APPOSED = frozenset({"move", "decision", "step"})


def _apposed(st: Structure, k: int) -> bool:
    """A common noun that names an act or a thing an actor issued: "a move", "a plan", "a listing"."""
    word = st.lower[k]
    return word in _APPOSED or word in THINGS or word in EVENT_NOUNS \
        or names_an_act(word) and st.sentence.tokens[k].text[:1].islower()


def _after_comma(st: Structure, k: int) -> int:
    """The determiner of ", a (rare) <noun>" whose noun is at ``k``, else -1."""
    k -= 1 + (k > 0 and st.lower[k - 1] not in _ARTICLES)  # "a rare move", "a decision"
    return k if k >= 1 and st.lower[k] in _ARTICLES and st.lower[k - 1] == "," else -1


_ARTICLES = frozenset({"a", "an", "the"})


def _doer_of_apposed_move(st: Structure, match: Match, frame: Frame, mine: set[str]) -> list[ActorRef]:
    """"Australia cancelled a submarine deal with France, a move French officials condemned": the
    move a reaction apposed after a comma judges is the act of the sentence's doer, also when that
    act gave no event (its subject before the comma; not a reporter, "X said", nor a place). Only
    for approval, disapproval and rejection (05, 11, 12)."""
    if not frame.sources or match.rule.code[:2] not in ("05", "11", "12"):
        return []
    first = min(m.start for m in frame.sources)
    k = first - 1
    while k > max(0, first - 15) and not (_apposed(st, k) and _after_comma(st, k) > 0) \
            and (st.lower[k] != "," or st.at_start.get(k + 1) is not None):
        k -= 1  # "a decision that the leaders of A, B and C said in a statement they regretted"
    if k < 2 or not _apposed(st, k) or (k := _after_comma(st, k)) < 1:
        return []
    doer = next((m for m in st.sentence.mentions if m.end <= k - 1 and m.actor is not None and m.kind != "place"
                 and not m.locative and m.actor.type != "place" and not _reporter(st, m)), None)
    if doer is None or doer.actor.primary in mine:
        return []
    return [ActorRef.of(doer)]


def _judged_act(st: Structure, frame: Frame, earlier: list[Event], mine: set[str]) -> Event | None:
    """The act of the same sentence that ", in what X condemned as ..." judges: the last one before it
    by another actor (any kind of act: the judgement names it anew, "a massacre", "a coup")."""
    if not frame.sources or not in_what(st, min(m.start for m in frame.sources)):
        return None
    return next((e for e in reversed(earlier) if e.sentence == st.sentence.index and e.source.primary not in mine
                 and e.code[:2] not in ("01", "02", "10", "11", "12", "13")), None)


def _punishments(event: Event, match: Match) -> bool:
    """"The AU suspended Niger, and ECOWAS imposed sanctions": a penalty after another penalty (a
    cut in relations, 16, or sanctions, 163) joins it against the same target; it does not punish
    the first penalty's author."""
    return event.root == "16" and match.rule.code.startswith(("16", "163"))


def _names_its_own(st: Structure, match: Match, mine: set[str]) -> bool:
    """Whether the sentence names, after the trigger, an actor other than the doer's: then what the
    act answers is in this sentence, not in the one before."""
    return any(m.start >= match.end and m.actor is not None and m.actor.primary not in mine
               and m.kind != "place" and not m.locative for m in st.sentence.mentions)


def _antecedent_actors(st: Structure, match: Match, mine: set[str], previous: list[Mention]) -> list[ActorRef]:
    """The last other actor named before the trigger; for violence claimed afterwards ("X claimed
    the attack"), every victim named in the previous sentence."""
    def usable(m: Mention) -> bool:
        return m.actor is not None and m.actor.primary not in mine and m.kind != "place" and not m.locative

    here = [m for m in st.sentence.mentions if m.start < match.start and usable(m) and not _reporter(st, m)]
    if here:  # the nearest, preferring an actor that is not a mere possessor ("NATO's member")
        plain = [m for m in here if not m.possessive]
        return [ActorRef.of((plain or here)[-1])]
    before = [m for m in previous if usable(m)]
    if not before or _names_its_own(st, match, mine):
        return []  # "... vowed revenge for a strike that Tehran blamed on Israel": no actor of the sentence before
    if match.rule.code[:2] in VIOLENT_ROOTS:
        return list({r.primary: r for r in map(ActorRef.of, before)}.values())
    subjects = [m for m in before if not m.possessive]  # the previous sentence's subject
    return [ActorRef.of((subjects or before)[0])]


_SAID = frozenset({"said", "says", "reported", "added", "told"})


def _reporter(st: Structure, m: Mention) -> bool:
    """"..., the United States said, adding that Manila had protested": who reports the act is not
    what the act answers."""
    return m.end < len(st.lower) and st.lower[m.end] in _SAID


_NOUN_FAMILIES = {"recognition": "054", "recognitions": "054", "sanctions": "163", "tariffs": "163",
                  "expulsion": "1", "expulsions": "1", "annexation": "192", "invasion": "19",
                  "attack": "1", "attacks": "1", "strike": "19", "strikes": "19", "arrest": "173",
                  "arrests": "173", "deportation": "", "deportations": ""}


def _event_family(st: Structure, match: Match) -> str:
    """The code prefix an event noun after the trigger points to ("welcomed the recognitions")."""
    for j in range(match.end, min(match.end + 5, len(st.lower))):
        if st.lower[j] in _NOUN_FAMILIES:
            return _NOUN_FAMILIES[st.lower[j]]
    if "noun" in match.rule.flags:
        return match.rule.code[:3]
    return ""
