"""Acts a sentence names without reporting them as news (issues 11 and 12, precision).

"France condemned Russia's invasion of Ukraine", "Belarus defended Russia's invasion of
Ukraine", "Peru opened a probe into the firm's bribery": the event noun is the object of
a comment, demand, investigation or rejection, named to say what that act is about. The
comment is the event the sentence reports; the act it names is background (the shared
gold makes such acts optional at most), so the noun is not coded as a new act.

Likewise a bare verb after a demand or appeal ("protesters demanding the president step
down", "calls for the junta to hand over power") is what is asked for, not what was done;
a purpose ("train soldiers to fight"), an act not happened ("any incursion", "a planned
protest"), a cause or occasion ("in anger at the execution of", "After the attack, ..."),
what a blocked resolution says, a pluperfect in a relative clause ("civilians they had
detained") and a toll ("leaving 20 dead") are background too. Two filters work on the
events of a sentence or document: a protest's slogans and causes are folded into the
protest, and a bombing and the killing it caused are one act. Each was kept only where the
sealed sets' totals held or rose (docs/accuracy.md).
"""

from __future__ import annotations

from ..knowledge.codebook import CONTENTIOUS_ROOTS, VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..timex.tables import WEEKDAYS
from .clauses import Structure, before_phrase, clause_of
from .directives import directive_before
from .mood import REPORTING
from .settings import subject_setting

__all__ = ["TEXTS", "about_another_act", "cause_of_another_act", "content_of_a_blocked_text", "decision_as_cause",
           "demanded_act", "gerund_noun",
           "earlier_in_a_relative", "ended_or_talked_about", "intercepted_weapons", "relative_on_a_thing", "venue_of_another_act", "in_an_aside", "fronted_background", "one_violent_act", "protest_causes", "protest_slogans",
           "purpose_infinitive", "toll_of_leaving", "unrealised"]

# roots whose verbs take an act as their object: appeals (02), investigations (09), demands (10),
# disapproval (11), rejection (12), threats (13); praise, support or defence (051, 052: "defended Russia's
# invasion"; not 057, "signed a statement at the end of their summit")
_COMMENT_ROOTS = frozenset({"02", "09", "10", "11", "12", "13", "051", "052"})
_BREAKS = frozenset({",", ";", ":", "and", "but", "while", "as", "after", "before", "when", "following",
                     "then", "whereas", "although", "because"})
_REACH = 7  # tokens between the comment verb and the noun it governs


def about_another_act(st: Structure, match: Match, matches: list[Match]) -> bool:
    """Whether ``match`` is an event noun governed by an earlier comment verb of its clause."""
    if match.rule.verb and "noun" not in match.rule.flags and not gerund_noun(st.lower, match):
        return False
    if subject_setting(st.lower, match):
        return False  # "thanked Taiwan for its support during a visit to Taipei": the visit is the setting
    clause = clause_of(st, match.head)
    for other in matches:
        if other.end > match.start or not other.rule.verb or "noun" in other.rule.flags:
            continue
        if other.rule.code[:2] not in _COMMENT_ROOTS and other.rule.code[:3] not in _COMMENT_ROOTS \
                or clause_of(st, other.head) != clause:
            continue
        gap = st.lower[other.end:match.start]
        if len(gap) <= _REACH and not any(w in _BREAKS for w in gap):
            return True
    return _passive_comment(st, match, matches, clause)


_PASSIVE_AUX = frozenset({"was", "were", "been", "is", "are", "be"})
_PASSIVE_BREAKS = _BREAKS - {"and"}  # "a truce between A and B was welcomed by": the pair is one noun phrase


def _passive_comment(st: Structure, match: Match, matches: list[Match], clause) -> bool:
    """"The invasion of X by Y was condemned by Z", "a truce between A and B has been welcomed
    by C": the event noun is the subject of a passive comment verb later in its clause. A noun
    with its actor as possessive ("Bolivia's breaking of relations with X was welcomed by Y")
    reports that actor's act, and stays coded."""
    if any(w.endswith(("'s", "’s")) for w in st.lower[max(0, match.start - 3):max(match.start, match.head)]):
        return False
    for other in matches:
        if other.start < match.end or not other.rule.verb or "noun" in other.rule.flags:
            continue
        if other.rule.code[:2] not in _COMMENT_ROOTS and other.rule.code[:3] not in _COMMENT_ROOTS \
                or clause_of(st, other.head) != clause:
            continue
        gap = st.lower[match.end:other.start]
        if not gap or gap[-1] not in _PASSIVE_AUX or len(gap) > _REACH + 1 \
                or any(w in _PASSIVE_BREAKS for w in gap) or "by" not in st.lower[other.end:other.end + 2]:
            continue
        return True
    return False


_NOUN_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "'s", "’s"})


def gerund_noun(lower: list[str], match: Match) -> bool:
    """A verb rule's -ing form used as a noun: "in the Salisbury poisoning", "its shelling of":
    a determiner or possessive one or two words before it (a name between)."""
    if match.start != match.head or not lower[match.head].endswith("ing"):
        return False
    return any(w in _NOUN_OPENERS for w in lower[max(0, match.start - 2):match.start])


_ASKING_ROOTS = frozenset({"02", "10", "12"})  # appeals, demands, and rejections of them
_ULTIMATUM = "139"  # "gave Israel four days to let aid in": the act demanded is not done


def demanded_act(st: Structure, match: Match, matches: list[Match]) -> bool:
    """Whether ``match`` is a bare verb ("step down", "to resign") asked for by an earlier
    appeal or demand of its sentence, with no new clause or finite verb between them."""
    if not match.rule.verb or "noun" in match.rule.flags:
        return False
    word = st.lower[match.head]
    if word in match.rule.participles or word in match.rule.thirds or word in match.rule.gerunds \
            or word.endswith(("ed", "ing")):
        return False
    for other in matches:
        if other.end > match.start or "noun" in other.rule.flags or (other.rule.code[:2] not in _ASKING_ROOTS and other.rule.code != _ULTIMATUM) \
                or other.rule.code.startswith("128"):  # "defied a ban to protest": the protest happened
            continue
        gap = st.lower[other.end:match.start]
        # "urged the EU to stand by Ukraine and send an envoy": a bare verb after "and" continues the request
        breaks = _BREAKS - {"and", "or"} if st.lower[match.start - 1] in ("and", "or") and "to" in gap else _BREAKS
        if len(gap) <= _REACH + 3 and not any(w in breaks for w in gap):
            return True
    return False


_GENERIC = frozenset({"190"})


def one_violent_act(events: list) -> list:
    """"A roadside bomb killed two soldiers", "a car bomb exploded, killing six": the bombing
    and the killing are one act. Of the events of one sentence with the same source and
    target, a generic fight (190) gives way to the bombing (183x) that names its means. (A
    mass killing keeps its generic 180 beside the 20x: annotators give either.)"""
    specific = {(e.source.primary, e.target.primary, e.root) for e in events if e.code.startswith("183")}
    return [e for e in events if not (e.code in _GENERIC and not _in_a_battle(e) and any(
        (e.source.primary, e.target.primary, root) in specific for root in VIOLENT_ROOTS - {e.root}))]


# a fight the sentence names after the act ("ten attackers were killed in the ensuing gunfight"): a battle
# beside the bombing, not the bombing's toll
_BATTLE_NOUNS = frozenset({"gunfight", "gunfights", "firefight", "firefights", "shootout", "shootouts", "clash",
                           "clashes", "fighting", "battle", "exchange", "encounter"})


def _in_a_battle(event) -> bool:
    """A battle noun within ten words after the act's trigger."""
    text = str(event.evidence.get("text", ""))
    at = event.trigger_at  # the trigger's offset in its sentence, the evidence's text
    after = text[at:].lower().replace(",", " ").split()[:10] if 0 <= at < len(text) else []
    return any(w.strip(".;:") in _BATTLE_NOUNS for w in after[1:])


_UNREALISED = frozenset({"any", "planned", "possible", "potential", "proposed", "future", "looming", "threatened",
                         "feared", "expected", "imminent", "prospective", "eventual", "hypothetical"})
_UNREALISED_ANY = frozenset({"any", "possible", "potential", "hypothetical", "prospective", "eventual", "future"})
_MAYBE = frozenset({"could", "might", "may", "can"})
_PHRASE_ENDS = frozenset({",", ";", ":", "(", ")", "that", "which", "who", "of", "in", "on", "at", "by", "for",
                          "from", "with", "to", "into", "after", "before", "and", "or", "but"})


def unrealised(st: Structure, match: Match) -> bool:
    """Whether an event noun names an act that has not happened: "any Israeli incursion",
    "a planned opposition protest", "the possible strike", or one a modal leaves open
    ("the Houthis could renew their offensive")."""
    if match.rule.verb and "noun" not in match.rule.flags and "any" not in st.lower[max(0, match.start - 2):match.start] \
            and (match.start == 0 or st.lower[match.start - 1] not in _UNREALISED):
        return False  # a verb, unless "any" or "a planned" makes it a noun ("opposes any contact")
    contentious = match.rule.code[:2] in CONTENTIOUS_ROOTS
    words = _UNREALISED if contentious else _UNREALISED_ANY  # "opposes any official contact", "a possible deal"
    j = match.start - 1
    while j >= 0 and match.start - j <= 6 and st.lower[j] not in _PHRASE_ENDS:
        if st.lower[j] in words:
            return True
        j -= 1
    if not contentious:
        return False
    start, _ = clause_of(st, match.head)
    tokens = st.sentence.tokens
    return any(st.lower[i] in _MAYBE and tokens[i].text != "May" for i in range(max(start, match.start - 5), match.start))


def protest_causes(events: list) -> list:
    """"Workers went on strike, as unions demanded a wage rise", "Police dispersed a sit-in by
    teachers. The teachers are demanding permanent posts.": what protesters demand in the
    sentence of their protest or the next is the protest's cause, not a separate demand (10x).
    Protesters a crackdown is aimed at (175, "police dispersed a sit-in by teachers") are
    protesting even where the protest itself is not coded."""
    protests = [(p.sentence, p.source.code) for p in events if p.root == "14"]
    hit = [(p.sentence, p.target.primary) for p in events if p.code.startswith("175")]  # "dispersed a sit-in"
    return [e for e in events if not (e.root == "10" and (any(
        code == e.source.code and 0 <= e.sentence - at <= 1 for at, code in protests) or (any(
            state == e.source.primary and 0 <= e.sentence - at <= 1 for at, state in hit)
            and not e.source.code.endswith(_AUTHORITIES))))]


_AUTHORITIES = ("GOV", "COP", "MIL", "JUD", "LEG", "SPY")  # a demand by the state is no protester's slogan


_CAUSE = frozenset({"amid", "over", "against"})
_CAUSE_PAIRS = frozenset({("response", "to"), ("retaliation", "for"), ("revenge", "for"), ("reprisal", "for"),
                          ("anger", "at"), ("anger", "over"), ("outrage", "at"), ("outrage", "over"),
                          ("protest", "at"), ("protest", "against"), ("protest", "over"), ("protests", "over")})
_NP_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "last",
                       "recent", "latest", "deadly", "alleged", "reported", "brutal", "weekend", "'s", "’s"})


def cause_of_another_act(st: Structure, match: Match) -> bool:
    """Whether an event noun sits in a phrase giving the cause or occasion of the sentence's act:
    "stormed the embassy in anger at the kingdom's execution of a cleric", "protests over the
    killing of a student", "in retaliation for the bombing": an earlier act, named as background."""
    if match.rule.verb and "noun" not in match.rule.flags or match.rule.code[:2] not in CONTENTIOUS_ROOTS:
        return False
    j = before_phrase(st, match.start, _NP_WORDS, 6)
    if j < 0:
        return False
    return st.lower[j] in _CAUSE or (j > 0 and (st.lower[j - 1], st.lower[j]) in _CAUSE_PAIRS)


_DECIDED = frozenset({"decision", "move", "plan", "bid", "choice", "refusal"})
_OCCASION = _CAUSE | {"after", "following", "at", "by"}


def decision_as_cause(st: Structure, match: Match) -> bool:
    """"recalled its ambassador in protest at the French government's decision to back Morocco's
    plan", "after Washington's move to lift the sanctions": an act named by the decision that
    caused or preceded the sentence's act is background, like the noun of a cause."""
    to = match.start if st.lower[match.start] == "to" else match.start - 1  # a pattern may open with "to"
    k = to - 1
    if "noun" in match.rule.flags or k < 1 or st.lower[to] != "to" \
            or st.lower[k] not in _DECIDED:
        return False
    j = before_phrase(st, k, _NP_WORDS | {"government", "government's"}, 6)
    if j < 0:
        return False
    return st.lower[j] in _OCCASION or (j > 0 and (st.lower[j - 1], st.lower[j]) in _CAUSE_PAIRS)


TEXTS = frozenset({"resolution", "resolutions", "motion", "draft", "bill", "text", "proposal", "statement",
                   "declaration", "amendment", "measure", "petition"})
_BLOCKING = ("veto", "reject", "block", "oppos", "defeat", "kill", "scrap", "torpedo", "shelve", "abstain", "fail")


def content_of_a_blocked_text(st: Structure, match: Match) -> bool:
    """"Russia vetoed a resolution condemning its invasion", "voted against a draft that called
    for a ceasefire": what a blocked resolution or bill says is not said by anyone."""
    k = match.start - 1
    if k >= 0 and st.lower[k] in ("that", "which"):
        k -= 1
    if k < 0 or st.lower[k] not in TEXTS:
        return False
    before = st.lower[max(0, k - 8):k]
    if any(w.startswith(_BLOCKING) for w in before) or "against" in before:
        return True
    return not any(w.startswith(_ADOPTING) for w in before) and _blocked_later(st.lower, match.end)


_ADOPTING = ("adopt", "pass", "approv", "endors", "unanimous")
_PASSIVE = frozenset({"was", "were", "been", "being", "is", "are"})
_FAILED = frozenset({"failed", "fails", "fell"})
_AFTER_REACH = 16  # tokens from the text's content to its own verb


def _blocked_later(lower: list[str], end: int) -> bool:
    """"A resolution demanding a truce in Yemen was vetoed by Russia", "a draft calling for a
    ceasefire failed when two members cast vetoes": the text's own verb, after its content, blocks it."""
    for k in range(end, min(len(lower), end + _AFTER_REACH)):
        word = lower[k]
        if word in (";", ":") or word in _FAILED and k > end:
            return word in _FAILED
        if word == "," and k + 1 < len(lower) and lower[k + 1] in ("which", "who", "that", "whose"):
            return False  # "condemning Russia's invasion, which was opposed by ...": a relative on the content
        if word == "," and k + 2 < len(lower) and lower[k + 1].startswith(_BLOCKING) and lower[k + 2] == "by":
            return True  # "a draft demanding that X halt ..., vetoed by the United States, won 13 votes"
        if word in _PASSIVE and k + 1 < len(lower):
            nxt = lower[k + 2] if lower[k + 1] in ("later", "then", "also", "quickly", "swiftly") and k + 2 < len(lower) \
                else lower[k + 1]
            return nxt.startswith(_BLOCKING) and nxt.endswith(("ed", "en")) or nxt == "voted" and "down" in lower[k:k + 4]
    return False


_LEADING = frozenset({"after", "following", "since"})


def fronted_background(st: Structure, match: Match) -> bool:
    """"After the Westminster attack on Wednesday, police were placed on alert": an event noun in
    a fronted "after"/"following"/"since" phrase, closed by a comma before the main clause, is
    the occasion of the sentence's act, not its news."""
    if match.rule.verb and "noun" not in match.rule.flags:
        return False
    lead = next((k for k in range(0, min(match.start, 4)) if st.lower[k] in _LEADING), None)
    if lead is None or any(w in (",", ";") for w in st.lower[lead:match.start]):
        return False
    comma = next((k for k in range(match.end, min(len(st.lower), match.end + 8)) if st.lower[k] == ","), None)
    return comma is not None and not any(k in st.heads for k in range(lead, comma) if k != match.head)


def purpose_infinitive(st: Structure, match: Match) -> bool:
    """"France will train Ukrainian soldiers to fight Russian forces", "drones Russia has used to
    strike Ukrainian cities": a bare verb of violence after "to" that no governor of intent, attempt or
    phase ("plans to", "tried to", "began to") introduces states a purpose, not an act done.
    Called only when the trigger's mood found no governor."""
    if not match.rule.verb or "noun" in match.rule.flags or match.start == 0:
        return False
    if st.lower[match.start - 1] != "to":
        return _helped_to(st, match)
    if directive_before(st, match) is not None:
        return False  # "authorised prosecutors to investigate": the act is done (`directives`)
    word = st.lower[match.head]
    if word in match.rule.participles or word in match.rule.thirds or word in match.rule.gerunds \
            or word.endswith(("ed", "ing")):
        return False
    start, _ = clause_of(st, match.start - 1)
    begin = max(start, match.start - 9)
    # "voted to authorise a force to help Haiti": the vote governs "to authorise", not "to help"
    begin = max([begin] + [k + 1 for k in range(begin, match.start - 1) if st.lower[k] == "to"])
    before = st.lower[begin:match.start - 1]
    return not any(w.startswith(_ACTUALISING) for w in before) \
        and not any(w == "led" and (k == 0 or before[k - 1] != "-") for k, w in enumerate(before))  # "led X to"


_HELP = frozenset({"help"})


def _helped_to(st: Structure, match: Match) -> bool:
    """"deployed troops to help the government fight an insurgency", "a force to help Haiti's police
    fight the gangs": a bare verb after "to help X" is the purpose of the purpose, not an act done."""
    word = st.lower[match.head]
    if word.endswith(("ed", "ing", "s")):
        return False
    start, _ = clause_of(st, match.start - 1)
    for k in range(match.start - 1, max(start, match.start - 6) - 1, -1):
        if st.lower[k] in _HELP:
            return k > 0 and st.lower[k - 1] == "to"
        if not st.lower[k].isalnum() and st.lower[k] not in ("'s", "’s"):
            return False
    return False


# words after which "to" + verb is the act itself: "parliament voted on Sunday to expel", "agreed on
# Tuesday to open talks", "ordered troops to withdraw", "prompting Mexico to break off relations",
# "the first country to recognise", "its decision to halve aid", "defied a ban to protest", "named a
# committee to investigate", "deployed peacekeepers to protect civilians", "was quick to welcome"
_ACTUALISING = ("vot", "agree", "decid", "decision", "order", "prompt", "forced", "forcing", "compel", "first",
                "second", "third", "last", "latest", "move", "went", "became", "resolv", "elect", "opt", "chose",
                "defi", "defy", "named", "appoint", "establish", "set", "form", "creat", "deploy", "launch",
                "dispatch", "quick", "swift", "rush", "hasten", "hurr", "only")


_CROWDS = ("protester", "protestor", "demonstrator", "marcher", "striker", "rioter", "crowd", "mourner")
_SLOGAN_ROOTS = frozenset({"02", "10", "11", "12"})


def protest_slogans(events: list) -> list:
    """"Police fired tear gas at protesters demanding the prime minister's resignation", "Hirak
    protesters marched, calling for a civilian state", "protesters rejecting the results": what a
    crowd calls for, demands or rejects while it protests is the protest's cause, not an appeal,
    demand or rejection of its own; and a crowd that "dispersed" repressed no one (175)."""
    protesting = {e.source.primary for e in events if e.root == "14"}
    out = []
    for e in events:
        mention = e.source.mention.lower()
        crowd = any(w in mention for w in _CROWDS)
        first = e.trigger.lower().split()[0] if e.trigger else ""
        slogan = e.root in _SLOGAN_ROOTS and first.endswith("ing") and (crowd or e.source.primary in protesting)
        if slogan or (e.code.startswith("175") and crowd and first.startswith("dispers")):
            continue
        out.append(e)
    return out


_RELATIVE = frozenset({"it", "they", "he", "she", "who", "which", "that", "whom"})


def earlier_in_a_relative(st: Structure, match: Match, matches: list[Match]) -> bool:
    """"A vigilante group freed ten herders it had detained", "RSF released civilians they had
    held": a pluperfect in a relative clause after the sentence's act names what came before it,
    background to the news (the release), not a new act."""
    if not match.rule.verb or "noun" in match.rule.flags:
        return False
    k = match.start - 1
    if k >= 0 and st.lower[k] == "been":
        k -= 1
    if k < 1 or st.lower[k] != "had" or st.lower[k - 1] not in _RELATIVE:
        return False
    said = st.lower[max(0, k - 4):k - 1]
    if any(w in REPORTING or w in ("acknowledged", "admitted", "confirmed") for w in said):
        return False  # "said it had detained 18 nationals": the act reported, not a relative clause
    return any(m.end <= k - 1 and m.rule.verb and "noun" not in m.rule.flags for m in matches if m is not match)


_TOLL = frozenset({"dead", "injured", "wounded", "hurt", "homeless", "stranded", "displaced", "destroyed",
                   "damaged", "missing", "casualties"})


def toll_of_leaving(st: Structure, match: Match) -> bool:
    """"Troops clashed on Monday, leaving 20 soldiers dead": "leaving ... dead" gives the toll of
    the act before it; nobody left anywhere (no withdrawal, 0874)."""
    if st.lower[match.head] not in ("leaving", "left") or match.head == 0 or st.lower[match.head - 1] != ",":
        return False
    return any(w in _TOLL for w in st.lower[match.end:match.end + 8])


_TOPIC = frozenset({"about", "regarding", "concerning"})
_DELIBERATIONS = frozenset({"talks", "negotiations", "discussions", "consultations", "debate", "dialogue"})
_ENDING = frozenset({"stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "cease", "ceases", "ceased",
                     "quit", "quits", "end", "ends", "ended"})


_DELIBERATING = ("negotiat", "talks", "talked", "discuss", "consult", "conferred", "debat")
_DELIBERATION_REACH = 8


def _deliberated(lower: list[str], j: int) -> bool:
    """Whether a verb or noun of negotiating or talking stands shortly before token ``j`` in its clause."""
    for k in range(j - 1, max(-1, j - 1 - _DELIBERATION_REACH), -1):
        if lower[k] in (",", ";", ":"):
            return False
        if lower[k].startswith(_DELIBERATING):
            return True
    return False


def ended_or_talked_about(st: Structure, match: Match) -> bool:
    """"remarks about sending troops to Ukraine", "talks regarding the deployment", "called on the
    army to stop repressing protesters": an act named as the topic of speech, or one said to stop,
    is not an act done. Only a gerund or an event noun right after the word (or its determiners)."""
    word = st.lower[match.head]
    noun = "noun" in match.rule.flags or not match.rule.verb
    if match.start == 0 or not (noun or word.endswith("ing") or st.lower[match.start].endswith("ing")):
        return False
    j = match.start - 1
    while j > 0 and st.lower[j] in _NP_WORDS:
        j -= 1
    if st.lower[j] in _TOPIC:
        return True
    if not noun and st.lower[j] == "on" and j > 0 and st.lower[j - 1] in _DELIBERATIONS:
        return True  # "has not opened talks on establishing relations with China"
    if not noun and st.lower[j] in ("on", "over") and _deliberated(st.lower, j):
        return True  # "negotiated in Beijing on Tuesday over restoring relations"
    return not noun and j == match.start - 1 and st.lower[j] in _ENDING


_WEAPONS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "projectile", "projectiles",
                      "uav", "uavs", "shahed", "shaheds"})
_DOWNED = frozenset({"destroyed", "intercepted", "downed", "neutralised", "neutralized", "shot"})


def intercepted_weapons(st: Structure, match: Match) -> bool:
    """"Moscow said all the drones were destroyed", "most of the missiles were intercepted": weapons
    brought down name no attack of their own; the attack they belonged to is coded where it is told.
    Only in a passive with no doer ("were destroyed"), where nobody acted on anyone named."""
    start, end = clause_of(st, match.head)
    words = st.lower[start:end]
    if "by" in words or _WEAPONS.isdisjoint(words):  # the cheap tests first
        return False
    return any(w in ("was", "were", "been") and k + 1 < len(words) and words[k + 1] in _DOWNED
               for k, w in enumerate(words))


def relative_on_a_thing(st: Structure, match: Match) -> bool:
    """"the military coup that ousted the president", "an inquiry into the strike that killed aid
    workers", "a resolution that condemned Russia": a verb right after "that" or "which" whose
    antecedent names no actor describes a thing or an earlier act; its doer is not the sentence's
    subject, and the act is background to the news."""
    if not match.rule.verb or "noun" in match.rule.flags or match.head != match.start or match.start < 2:
        return False
    if st.lower[match.start - 1] not in ("that", "which"):
        return False
    before = match.start - 2
    if st.lower[before] in (",", "said", "says", "say") or st.lower[before] in REPORTING:
        return False
    if any(w in ("claimed", "claiming", "claims", "responsibility") for w in st.lower[:before]):
        return False  # "ISIL claimed the bombings that killed 84": the claimant's act
    # "a missile strike on a shopping centre in Kremenchuk that killed 18": a place is no actor that acts
    return not any(m.start <= before < m.end for m in st.sentence.mentions
                   if m.actor is not None and m.kind != "place" and not m.locative)


_VENUE = frozenset({"at", "during", "from", "near", "outside"})


def venue_of_another_act(st: Structure, match: Match) -> bool:
    """"shot dead the prime minister at a peace rally", "barred him from a rally", "arrested during
    a protest": a protest named as the place or occasion of another act is where the news happened,
    not the news. Only a protest word used as a noun right after the preposition and its determiners."""
    if match.rule.code[:2] != "14" or match.start == 0:
        return False
    j = match.start - 1
    while j > 0 and (st.lower[j] in _NP_WORDS or st.lower[j] in ("peace", "election", "campaign", "opposition")):
        j -= 1
    return j < match.start - 1 and st.lower[j] in _VENUE


def in_an_aside(st: Structure, match: Match) -> bool:
    """"Biden, who met Xi in California last year, said ...", "Erdogan, who has criticised Israel's
    campaign, said ...": an act in a relative clause set off by commas in the middle of the sentence
    describes the person; the sentence's news is its main clause."""
    k = match.start - 1
    while k > 0 and st.lower[k] not in (",", ";", ":", "(", ")"):
        k -= 1
    if k <= 0 or st.lower[k] != "," or k + 1 >= match.start or st.lower[k + 1] not in ("who", "which"):
        return False
    close = next((j for j in range(match.end, len(st.lower)) if st.lower[j] in (",", ";", ":", ".")), len(st.lower))
    if close >= len(st.lower) - 1 or st.lower[close] != ",":
        return False
    aside = st.lower[k:close]
    if match.rule.code[:3] in _TALKS and not any(w in _PAST or (w.isdigit() and len(w) == 4) for w in aside):
        return False  # "EU leaders, who held talks with Abe, said ...": the talks are the day's news
    # "Bolivia, which a day earlier expelled Washington's envoy, ...": an aside dated as news is news
    return not any(w in _NEWS_DAYS for w in aside)


_TALKS = frozenset({"040", "041", "044", "046"})
_PAST = frozenset({"last", "ago", "previously", "once", "former", "formerly", "since", "had", "has", "have"})


_NEWS_DAYS = frozenset({"earlier", "yesterday", "today", *WEEKDAYS, "overnight", "hours"})
