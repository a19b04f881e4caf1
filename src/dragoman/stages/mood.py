"""Polarity and modality of a trigger, and the codes they turn an act into.

The governors (``data/lexicon/modality.tsv``) found between a trigger and its
subject decide: a negated act and a forecast are not asserted; "refused to
recognise" becomes a rejection (root 12); "vowed to retaliate", "pledged to
send aid" become an intent (root 03) or a threat (root 13); "X said it would
support Y" is X's stated intent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .clauses import Structure

__all__ = ["CarriedMoods", "Mood", "for_an_open_act", "intent_code", "mood_of", "refusal_code", "ruled_out", "threat_code"]

_SIGNALS = {"signalled", "signaled", "signalling", "signaling", "hinted", "indicated"}
_PRECEDENCE = ("block", "refuse", "negate", "threat", "hypothetical", "intent", "announce", "actual")
REPORTING = {"said", "says", "say", "told", "tells", "announced", "announces", "stated", "added",
             "insisted", "declared", "confirmed", "saying", "announcing", "decided", "signalled", "signaled",
             "indicated", "vowed", "vows", "pledged", "pledges", "promised", "promises"}
_SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we", "i"}
_STANCE = {"continue", "keep", "seek", "try", "work", "strive", "consider", "support", "help", "stand", "remain",
           "not", "never", "like", "prefer", "welcome", "be", "do", "have"}
_COOPERATIVE = {"02", "03", "04", "05", "06", "07", "08", "09"}


@dataclass(frozen=True, slots=True)
class Mood:
    effect: str  # one of _PRECEDENCE or "none"
    cue: str | None = None  # the governing words


_NONE = Mood("none")  # frozen: one instance serves every call
_ACHIEVED = frozenset({"was", "were", "been"})
_OWN = {"its", "his", "her", "their", "our", "my"}
_GOVERNMENTS = {"government", "administration", "cabinet", "country"}  # "said her country would recall"


def _own_government(lower: list[str], i: int) -> bool:
    """"Kenya's president said his government would withdraw the bill": the speaker's own government."""
    return i > 1 and lower[i - 1] in _GOVERNMENTS and lower[i - 2] in _OWN


# a speaker's hope, expectation or belief about what someone will do: "said he hoped the rivals would meet"
_HOPES = frozenset({"hope", "hoped", "hopes", "hoping", "expect", "expected", "expects", "expecting", "believe",
                    "believed", "believes", "predicted", "predicts", "feared", "fears", "doubted", "doubts",
                    "think", "thinks", "thought", "wished", "wishes", "trusted", "trusts"})


def _hoped(lower: list[str], would: int) -> bool:
    """A hope or expectation stands between the last reporting verb and "would"."""
    k = would - 1
    while k >= 0 and lower[k] not in REPORTING:
        if lower[k] in _HOPES:
            return True
        k -= 1
    return False


def mood_of(st: Structure, governors, start: int, end: int) -> Mood:
    """The strongest governor in tokens [start, end) of the sentence."""
    found = []
    for i, gov in governors.find(st.lower, start, end):
        token = st.sentence.tokens[i].text
        if token == "May" or (token == "will" and i + 1 < len(st.lower) and st.lower[i + 1] == "of"):
            continue  # the month, "the will of"
        if gov.pattern == "able to" and i > 0 and st.lower[i - 1] in _ACHIEVED:
            continue  # "troops were able to repel the attack": done, not a capability
        effect = gov.effect
        if gov.pattern == "would" and any(w in REPORTING for w in st.lower[:start]):
            # "Berlin said it would expel four diplomats", "announced that it would lift": the speaker's
            # own decision, announced, is the act; "Moscow said Kabul would ...": the speaker's intent
            announced = any(w.startswith("announc") or w.startswith("decid") for w in st.lower[:start])
            own = i > 0 and (st.lower[i - 1] in _SPEAKER_PRONOUNS or _own_government(st.lower, i)) and (
                i + 1 >= len(st.lower) or st.lower[i + 1] not in _STANCE)  # "it would continue to support"
            effect = "announce" if announced or own else "intent"
            if _hoped(st.lower, i):
                effect = "hypothetical"  # "Ruto said he hoped the two commanders would meet": a wish, no one's intent
        if gov.pattern in ("might", "may", "could") and i > 0 and st.lower[i - 1] in _SPEAKER_PRONOUNS \
                and any(w in _SIGNALS for w in st.lower[:start]):
            effect = "intent"  # "China signalled that it might ease visa rules": a signalled intent
        found.append((effect, gov.pattern))
    if not found:
        return _NONE
    effect, cue = min(found, key=lambda f: _PRECEDENCE.index(f[0]))
    return Mood(effect, cue)


_RELATIVE_OPENERS = frozenset({"who", "whom", "which", "whose"})
_AUXILIARY_SPAN = 3  # "did not", "would not have": the words before the verb that can still govern it


def after_subject_relative(lower: list[str], start: int, verb: int) -> int:
    """Where the mood of a verb is read after its subject: a relative clause right after the subject
    ("nurses who said they had gone unpaid for months marched to ...") describes the
    subject and does not govern the main verb; only the few words before the verb still do."""
    opens = lower[start] in _RELATIVE_OPENERS or start > 0 and lower[start - 1] in _RELATIVE_OPENERS
    if start < verb - _AUXILIARY_SPAN and opens and "," not in lower[start:verb]:
        return verb - _AUXILIARY_SPAN
    comma = max((k for k in range(start, verb) if lower[k] == ","), default=-1)
    if comma >= 0 and verb - comma <= _AUXILIARY_SPAN + 1 and _RELATIVE_OPENERS & set(lower[start:comma]):
        return comma + 1  # "nurses, some of whom had not been paid, held a march"
    return start


_NOTE_OPENERS = (["reports", "that"], ["reports", "say"], ["reports", "said"])
_LATER_VERBS = frozenset({"was", "were", "is", "are", "been", "be", "have", "has", "had", "denied", "said"})


def note_attribution(lower: list[str], subject: int, end: int) -> bool:
    """A monitor's note that opens "Reports that X attacked Y in Z." with no main verb after the
    act attributes the act to its sources; it does not report a rumour ("Reports that X attacked
    Y were denied" does)."""
    return subject == 2 and lower[:2] in _NOTE_OPENERS and not _LATER_VERBS & set(lower[end:])


def ruled_out(st: Structure, governors, match) -> Mood | None:
    """"ruled out sending troops" is a refusal; "has not ruled out restoring ties", "refused to rule
    out recognising" leave a possibility open (not asserted). The act after "rule out" takes its mood
    from these words, not from its inherited subject onward; None when no "rule out" precedes it."""
    k = match.start
    if k < 2 or st.lower[k - 1] != "out" or st.lower[k - 2] not in ("rule", "rules", "ruled", "ruling"):
        return None
    before = mood_of(st, governors, max(0, k - 8), k - 2)
    if before.effect in ("negate", "refuse", "hypothetical", "block"):
        return Mood("hypothetical", "not rule out")
    return Mood("refuse", "rule out")


_PURPOSE_WORDS = frozenset({"his", "her", "its", "their", "the", "a", "an", "first", "new", "second", "further",
                            "official", "bilateral", "formal", "fresh", "more", "direct", "possible", "planned"})


def for_an_open_act(st: Structure, match, open_heads: list[int]) -> bool:
    """"is expected to visit Washington for his first summit with the president", "may travel to
    Cairo for talks with": an event noun in a "for" phrase of an act not asserted (hypothetical) in
    the same clause is as open as that act."""
    if match.rule.verb and "noun" not in match.rule.flags:
        return False
    k = match.start - 1
    while k > 0 and st.lower[k] in _PURPOSE_WORDS:
        k -= 1
    if k <= 0 or st.lower[k] != "for":
        return False
    return any(h < k and "," not in st.lower[h:k] and ";" not in st.lower[h:k] for h in open_heads)


_CARRIED = frozenset({"intent", "hypothetical", "negate", "refuse", "threat", "block"})


@dataclass(slots=True)
class CarriedMoods:
    """The moods of one sentence's verb triggers that pass on: to a bare complement right after the
    verb ("was ready to help mediate": the intent of "ready to"), and to an event noun in a "for"
    phrase of a hypothetical act ("is expected to visit X for his first summit with Y")."""
    after: dict[int, Mood] = field(default_factory=dict)  # by the token after a verb trigger
    open_heads: list[int] = field(default_factory=list)  # heads of hypothetical verb triggers

    def adjust(self, st: Structure, match, inherited: bool, mood: Mood) -> Mood:
        if mood.effect == "none" and inherited and (outer := self.after.get(match.start) or (
                self.after.get(match.start - 1) if st.lower[match.start - 1] == "to" else None)) is not None:
            mood = outer
        if match.rule.verb and mood.effect in _CARRIED:
            self.after[match.end] = mood
        if mood.effect == "hypothetical" and match.rule.verb:
            self.open_heads.append(match.head)
        elif mood.effect == "none" and self.open_heads and for_an_open_act(st, match, self.open_heads):
            mood = Mood("hypothetical", "for")
        return mood


# the subcodes of refusals, intents and threats follow the act refused, intended or threatened
# (refusing military cooperation, 062, is 1212); those come from the composition table
# (stages/compose.py). Here only the codes of a whole category.
def refusal_code(code: str) -> str:
    root = code[:2]
    return {"04": "125", "06": "121", "07": "122", "08": "124"}.get(root, "120")


def threat_code(code: str) -> str:
    root = code[:2]
    if root == "13":
        return code
    return {"16": "131", "17": "137", "18": "138", "19": "138", "20": "138", "15": "138", "14": "133"}.get(root, "130")


def intent_code(code: str) -> str:
    root = code[:2]
    if root not in _COOPERATIVE:
        return threat_code(code)
    if root == "03":
        return code
    return {"04": "036", "05": "032", "07": "033", "08": "035"}.get(root, "030")  # 06: the domain (0311-0314) comes from composition and subcodes


def cooperative(code: str) -> bool:
    return code[:2] in _COOPERATIVE or code[:2] == "01"


def apply_mood(code: str, mood: Mood) -> tuple[str, str, str]:
    """(code, polarity, modality) after the mood."""
    effect = mood.effect
    if effect == "block":
        return code, "asserted", "reported"
    if effect == "refuse":
        return (refusal_code(code), "asserted", "actual") if cooperative(code) else (code, "negated", "actual")
    if effect == "negate":
        return code, "negated", "actual"
    if effect == "threat":
        return threat_code(code), "asserted", "actual"
    if effect == "hypothetical":
        return code, "asserted", "hypothetical"
    if effect == "intent":
        return intent_code(code), "asserted", "announced"
    if effect == "announce":
        return code, "asserted", "announced"
    return code, "asserted", "actual"
