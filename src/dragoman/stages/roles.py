"""Who did it to whom: the source and target of one trigger match.

Verb rules take the subject as source and search the object to the right;
passive verbs ("was expelled by X") swap them; noun rules take the possessor,
an actor adjective, or a "by" phrase as source. The rule's flags finish the
job: ``rev`` swaps, ``self`` makes a domestic act, ``ant`` falls back to the
last actor named.
"""

from __future__ import annotations


from ..knowledge.codebook import VIOLENT_ROOTS
from ..knowledge.lexicon import Match
from ..model import Mention
from ..timex.tables import WEEKDAYS
from .participle import fronted_participle_subject, fronted_phrase_subject
from .including import listed_targets
from .apposed import apposed_targets
from .listed_objects import listed_objects
from .asides import aside_length, comma_past_aside, past_aside
from .passive import in_a_text_content, own_forces_passive, passive_patient, recipient_after, reduced_passive
from .posture import posture_target
from .subject_noun import passive_agent_of_subject
from .relatives import object_slot_empty, speaker_of_relative
from .described_object import contact_object
from .origins import origin_at
from .place_context import LOCATIVE_SKIP
from .gerunds import gerund_subject, judged_doer
from .venues import destination_of_a_way, in_a_channel, venue_between
from .settings import subject_setting
from .clauses import ACTING_FOR_OF, DETERMINERS, PREPOSITIONS, Structure, clause_of, governed, group_left, group_right, in_what
from .subjects import after_that, people, verb_subject
from .frames import ADVERBS, EVENT_NOUNS, Frame, REACTIONS, others
from .subject_matter import goods_sent_elsewhere, subject_of_information
from .nationals import national_before_name
from .far_partner import far_partner

__all__ = ["Frame", "frame_for", "others"]

BE = {"is", "are", "was", "were", "been", "being", "be", "get", "got", "gets", "getting", "remain", "remains",
      "remained", "stay", "stays", "stayed"}
_NOUN_GAP = {"own", "air", "drone", "missile", "military", "first", "direct", "latest", "new", "fresh",
             "recent", "deadly", "planned", "aid", "trade", "economic", "financial", "full",
             "formal", "official", "diplomatic", "sweeping", "further", "additional", "major",
             "naval", "ground", "cross", "-", "border", "rocket", "artillery", "surprise", "state",
             "historic", "landmark", "unilateral", "joint", "humanitarian", "nuclear", "arms",
             "percent", "per", "cent", "%"}  # "Trump's 25 percent tariffs"


def frame_for(st: Structure, match: Match, earlier: dict[int, Frame], main: list[Mention]) -> Frame:
    """Source and target mentions of ``match``; ``earlier`` maps previous verb heads to frames."""
    rule = match.rule
    start, _ = clause_of(st, match.head)
    _, end = clause_of(st, max(match.end - 1, match.head))
    if end < len(st.lower) and st.lower[end] == "that" and end - match.end <= 4:
        _, end = clause_of(st, end)  # "demanded on Tuesday that X resign": X is the target
    end = past_aside(st, end)  # "sent aid, including food and tents, to Myanmar"
    if "noun" in rule.flags or _nominal_use(st, match):
        sources = _noun_agent(st, match, end) or passive_agent_of_subject(st, match)
        if not sources and "sym" in rule.flags:
            sources = _between(st, match, end) or _adjunct_subject(st, match, start, earlier, main)
        frame = Frame(sources, [])
        frame.subject_end = match.start
        fronted = [] if sources else fronted_phrase_subject(st, match)
        if fronted:  # "During a visit to Lima, Chile's president ..."
            frame = Frame(fronted + [o for m in fronted for o in others(m)], [], inherited=True,
                          subject_end=match.start)
        elif not sources and (_light_verb_before(st, match, start) or _infinitive_use(st, match)):
            frame = verb_subject(st, match, start, earlier, main)  # "pledged aid", "voted to demand that"
        elif not sources and _in_protest(st, match) and main and main[-1].end <= match.start \
                and all(m.kind == "role" and m.role == "group" for m in main):
            frame = Frame(list(main), [], inherited=True, subject_end=main[-1].end)  # "X closed roads in protest"
    elif "sym" in rule.flags and _between(st, match, end):
        frame = Frame(_between(st, match, end), [], subject_end=match.start)
        return frame
    elif subject_setting(st.lower, match) and main and main[-1].end <= match.start:
        frame = Frame(list(main), [], inherited=True, subject_end=match.start)  # "thanked X during a visit to Y"
    elif _gerund_after_preposition(st, match) and main and main[0].start < match.start:
        subject = judged_doer(st, match) or gerund_subject(st, match) or list(main)  # "responded by suspending"
        frame = Frame(subject, [], inherited=True, subject_end=subject[-1].end)
    else:
        fronted = fronted_participle_subject(st, match) or fronted_phrase_subject(st, match)  # "Praising X, ..."
        frame = Frame(fronted + [o for m in fronted for o in others(m)], [], inherited=True,
                      subject_end=match.start) if fronted else verb_subject(st, match, start, earlier, main)
        if _is_passive(st, match) and not own_forces_passive(st, match, end, frame):
            agent = _by_agent(st, match.end, end) or _by_agent_past_brackets(st, end)
            if not frame.sources and agent and not frame.unknown:
                frame.sources = passive_patient(st, start, match.start) \
                    or recipient_after(st, match.head, end)  # "a loan to X was approved by Y", "aid was sent to X by Y"
            texts = [in_a_text_content(st, m.start, start) if agent else None for m in frame.sources]
            patients = [m for m, t in zip(frame.sources, texts) if t is None]
            if frame.sources and not patients:  # "a French-drafted resolution condemning X": its author
                patients = passive_patient(st, start, min(t for t in texts if t is not None) + 1)
            frame = Frame(agent, patients, frame.inherited, passive=True,
                          subject_end=frame.subject_end)  # "a resolution condemning X was vetoed by Y": not X
            if agent and not frame.targets and match.rule.target == "prep":  # "a suspect was extradited to Chile by Peru"
                frame.targets = _targets(st, match, end, agent)
            return frame
    fronted_object = _fronted_object(st, match, start, frame)
    relative = [] if fronted_object or not object_slot_empty(st, match) else _relative_object(st, match, start, frame)
    if relative:  # "Algeria, which it accused of backing the Polisario": Algeria, not the Polisario
        frame.targets, frame.sources = relative, speaker_of_relative(frame.sources, relative[0], main, start)
    else:
        frame.targets = [] if fronted_object else _targets(st, match, end, frame.sources) \
            or listed_targets(st, match) or apposed_targets(st, match, end) or posture_target(st, match, frame.sources)
        frame.targets = frame.targets + listed_objects(st, frame.targets, match, end)  # "freed a Canadian X and a German Y"
    if fronted_object:
        frame.anaphora = True  # "a show of force that Baku described as unfriendly"
    elif not frame.targets:
        frame.targets = _relative_object(st, match, start, frame) or _place_before(st, match, start, frame)
    if not frame.targets:
        frame.anaphora = fronted_object or _refers_to_event(st, match, start, end) or (
            "noun" in rule.flags and bool(frame.sources))  # "announced its own recognition"
    if "rev" in rule.flags:
        frame.sources, frame.targets = frame.targets, frame.sources
    return frame


LIGHT_VERBS = {"provide", "provided", "provides", "providing", "send", "sent", "sends", "sending",
               "give", "gave", "given", "gives", "giving", "offer", "offered", "offers", "pledge",
               "pledged", "pledges", "promise", "promised", "promises", "announce", "announced",
               "announces", "approve", "approved", "approves", "deliver", "delivered", "extend",
               "extended", "grant", "granted", "impose", "imposed", "imposes", "launch",
               "launched", "launches", "conduct", "conducted", "stage", "staged", "mount",
               "mounted", "unveil", "unveiled", "agree", "agreed", "agrees", "hold", "held",
               "holds", "make", "made", "makes", "begin", "began", "begins", "start", "started",
               "continue", "continued", "resume", "resumed", "expand", "expanded", "step",
               "stepped", "carry", "carried", "carries", "order", "ordered", "orders", "join",
               "joined", "arrive", "arrived", "arrives", "came", "come", "went", "go", "travel",
               "travelled", "traveled", "fly", "flew", "seek", "sought", "host", "hosted", "reach",
               "reached", "broker", "brokered", "declare", "declared", "reimposed", "reimpose",
               "pressed", "presses", "pushed", "carried", "resumed", "intensified", "escalated",
               "committed", "completed", "concluded", "finalised", "finalized", "increased", "boosted", "doubled",
               "tripled"}


def _relative_object(st: Structure, match: Match, start: int, frame: Frame) -> list[Mention]:
    """"the party of the Tigray region, which he accused of ...": the antecedent is the object."""
    if not frame.inherited and (antecedent := contact_object(st, frame.sources, match.start)) is not None:
        return group_left(st, antecedent)  # "officials [that] they hold responsible": the officials
    if frame.inherited or st.lower[start] not in ("which", "whom", "who") or start == 0:
        return []
    if not any(start < m.start < match.start for m in frame.sources):
        return []
    k = start - 1 - (st.lower[start - 1] == ",")
    antecedent = st.at_end.get(k)
    return [antecedent] if antecedent is not None and antecedent.actor is not None \
        and antecedent not in frame.sources else []


def _place_before(st: Structure, match: Match, start: int, frame: Frame) -> list[Mention]:
    """"drones launched from deep inside Russia struck air bases": violence lands where it is said to be."""
    if match.rule.code[:2] not in VIOLENT_ROOTS or not frame.sources or "who" in match.rule.flags:
        return []
    mine = {m.actor.primary for m in frame.sources if m.actor is not None}
    places = [st.at_start[k] for k in range(start, match.start) if k in st.at_start]
    places = [m for m in places if m.locative and m.actor is not None and m.actor.primary not in mine]
    return places[-1:]


def _adjunct_subject(st: Structure, match: Match, start: int, earlier: dict[int, Frame],
                     main: list[Mention]) -> list[Mention]:
    """"soldiers were killed in a clash with Chinese troops": the subject took part in the clash."""
    j = match.start - 1
    while j >= 0 and (st.lower[j] in DETERMINERS or st.lower[j] in _NOUN_GAP):
        j -= 1
    if j < 0 or st.lower[j] not in ("in", "during", "after", "following", "before", "for", "at", "amid"):
        return []  # "after talks with Britain": the subject took part in the talks
    verb = max((h for h in earlier if start <= h < j), default=None)  # "freed X in a swap with Y": who freed
    if verb is not None and earlier[verb].sources and not earlier[verb].passive:
        return list(earlier[verb].sources)
    return verb_subject(st, match, start, earlier, main).sources


def _between(st: Structure, match: Match, end: int) -> list[Mention]:
    """"a ceasefire between Israel and Hamas", "clashes between the army and the RSF"."""
    j = next((k for k in range(match.head + 1, min(end, match.end + 8)) if st.lower[k] == "between"), end)
    if j < end:  # "fighting erupted in Khartoum on Saturday between the army and the RSF"
        k = j + 1
        while k < end and st.lower[k] in DETERMINERS:
            k += 1
        mention = st.at_start.get(k)
        if mention is not None and mention.actor is not None:
            group = group_right(st, mention, end, subject=True)  # "between the army and the RSF were reported"
            return group if len(group) > 1 else []
    return []


def _in_protest(st: Structure, match: Match) -> bool:
    """"Residents blocked roads in protest against ...": the protest is the clause subject's, when
    that is a group of people (not a state that "recalled its envoy in protest")."""
    return match.rule.code[:2] == "14" and match.start > 0 and st.lower[match.start - 1] == "in"


def _light_verb_before(st: Structure, match: Match, start: int) -> bool:
    """A verb like "pledged", "held", "agreed to" governs a nominal trigger ("pledged ... aid to"),
    unless the noun sits in a time or place phrase ("announced it at the same meeting")."""
    j = match.start - 1
    while j >= 0 and (st.lower[j] in DETERMINERS or st.lower[j] in _NOUN_ADJECTIVES or st.lower[j] in _NOUN_GAP):
        j -= 1
    if j >= 0 and st.lower[j] in _SETTING_PREPOSITIONS:
        return False
    for j in range(match.start - 1, max(start, match.start - 9) - 1, -1):
        if st.lower[j] in LIGHT_VERBS or (st.lower[j] in _RESPONSE_VERBS and st.lower[j + 1] == "with"):
            return True  # "answered with the expulsion of Chile's envoy"
        if j in st.heads or (j in st.stops and st.lower[j] not in _QUOTES and not _duration_comma(st, j)):
            return False
    return False


_DURATIONS = {"year", "month", "week", "day"}


def _duration_comma(st: Structure, j: int) -> bool:
    """The comma of "a 30-month, $4 billion loan": it parts two modifiers of the same noun."""
    return st.lower[j] == "," and j >= 2 and st.lower[j - 1] in _DURATIONS and st.lower[j - 2] == "-"


def _infinitive_use(st: Structure, match: Match) -> bool:
    """A noun rule's word used as a verb right after a verb and "to": "voted on Wednesday to demand that
    Russia halt" (not after an object: "blocked the EU quarter to protest" is the subject's purpose)."""
    j = match.start - 1
    if j < 1 or st.lower[j] != "to" or st.lower[match.start].endswith("s"):
        return False
    k = j - 1
    while k > 0 and (st.lower[k] in _WHEN or st.lower[k].endswith("ly")):
        k -= 1  # "voted unanimously on Wednesday to"
    if st.lower[k] in _GOVERNING or st.lower[k].endswith("ed") and st.at_end.get(k) is None:
        return True
    # "took to the streets to protest": no actor between the verb and "to" to be the subject instead
    return not any(m.actor is not None and not m.locative and j - 8 <= m.start < j for m in st.sentence.mentions)


_WHEN = {"on", *WEEKDAYS, "today", "also",
         "again", "later", "then", "overnight", "last", "week", "night"}
_GOVERNING = {"vote", "votes", "decide", "decides", "agree", "agrees", "plan", "plans", "want", "wants", "seek",
              "seeks", "vow", "vows", "threaten", "threatens", "promise", "promises", "pledge", "pledges"}


_RESPONSE_VERBS = {"answered", "answers", "responded", "responds", "retaliated", "retaliates", "countered",
                   "counters", "reacted", "reacts", "hit"}
_SETTING_PREPOSITIONS = {"at", "during", "after", "before", "since", "following", "amid", "despite", "under",
                         "upon", "throughout", "within"}
_QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _gerund_after_preposition(st: Structure, match: Match) -> bool:
    """"X could follow Russia in recognising ...": the gerund's subject is the clause's, not Russia."""
    j = match.start - 1
    return (st.lower[match.head].endswith("ing") and j >= 0
            and st.lower[j] in ("in", "by", "for", "while", "without", "through"))


def _fronted_object(st: Structure, match: Match, start: int, frame: Frame) -> bool:
    """"a move that the party described as a coup": a judgement whose verb is followed at once by "as"
    judges the relative clause's antecedent, not what the complement names after it."""
    if match.rule.code[:2] not in ("11", "12") or frame.inherited or not frame.sources:
        return False
    if match.head + 1 >= len(st.lower):
        return False
    if st.lower[match.head + 1] != "as" and not (object_slot_empty(st, match) and _act_antecedent(st, start)):
        return False  # "tariffs on wine, which Canberra blamed for ...": the act, not an actor, is judged
    first = min(m.start for m in frame.sources)
    return first < match.head and (start < first and st.lower[start] in ("that", "which") or in_what(st, first))


def _act_antecedent(st: Structure, start: int) -> bool:
    """The relative clause at ``start`` follows a word that ends no actor's name (an act or a thing,
    not "Algeria, which it accused of ...")."""
    k = start - 1 - (start > 0 and st.lower[start - 1] == ",")
    return start > 0 and st.at_end.get(k) is None


def _refers_to_event(st: Structure, match: Match, start: int, end: int) -> bool:
    """The act's object is an earlier event: "condemned the expulsions", "a move Kyiv denounced"."""
    if any(w in EVENT_NOUNS for w in st.lower[match.start + 1:match.end]):
        return True  # "called the decision short-sighted"
    if any(w in EVENT_NOUNS for w in st.lower[match.end:min(end, match.end + 8)]):
        return True  # "regretted what it called an unjustified decision"
    before = st.lower[max(start - 3, 0, match.start - 16):match.start]
    return any(a in ("a", "the", "this", "that") and b in ("move", "decision", "step")
               for a, b in zip(before, before[1:]))  # "..., a move the IAEA chief condemned"


def _nominal_use(st: Structure, match: Match) -> bool:
    """A verb rule used as a noun: "the poisoning of", "its bombing of", "the same meeting"."""
    j = match.start - 1
    if j >= 0 and st.lower[j] == "of" and st.lower[match.head].endswith("ing"):
        return True  # "days of fighting", "accused of attacking"
    if j >= 1 and st.lower[j] in _NOUN_ADJECTIVES:
        j -= 1
    return j >= 0 and st.lower[j] in _DETERMINER_BEFORE_NOUN and st.lower[match.head] not in match.rule.participles


_NOUN_ADJECTIVES = {"same", "first", "last", "planned", "emergency", "joint", "special", "extraordinary",
                    "annual", "second", "next", "previous", "latest", "recent", "brief", "rare"}


_DETERMINER_BEFORE_NOUN = {"the", "a", "an", "its", "their", "his", "her", "this", "that"}


def _is_passive(st: Structure, match: Match) -> bool:
    head = match.head
    if st.lower[head] not in match.rule.participles:
        return False
    j = head - 1
    while j >= 0 and (st.lower[j] in ADVERBS or st.lower[j].endswith("ly")):
        j -= 1
    if j >= 0 and st.lower[j] in BE or match.end == head + 1 and reduced_passive(st.lower, head):
        return True  # "Farmer killed in a raid": a headline's reduced passive
    return match.end < len(st.lower) and st.lower[match.end] == "by" and j >= 0 \
        and st.lower[j] not in ("has", "have", "had") and st.at_end.get(j) is None


def _by_agent(st: Structure, begin: int, end: int) -> list[Mention]:
    for j in range(begin, end):
        if st.lower[j] == "by":
            k = j + 1
            while k < end and st.lower[k] in DETERMINERS:
                k += 1
            if k + 1 < end and st.at_start.get(k) is None and st.lower[k] in ACTING_FOR_OF and st.lower[k + 1] == "of":
                k += 2  # "shot dead by members of the West Papua National Liberation Army"
                while k < end and st.lower[k] in DETERMINERS:
                    k += 1
            mention = st.at_start.get(k) or _after_adjectives(st, k, end)
            if mention is not None and mention.actor is not None:
                return group_right(st, mention, end) + others(mention)
            return []
    return []


def _by_agent_past_brackets(st: Structure, end: int) -> list[Mention]:
    """A passive's agent after a short bracketed aside that names no actor: "were summarily shot
    (without trial) on Monday by a local militia"."""
    k = end
    while k < len(st.lower) and st.lower[k] in (")", ","):
        k += 1
    if k >= len(st.lower) or st.lower[k] != "(":
        return []
    close = next((j for j in range(k + 1, min(len(st.lower), k + 8)) if st.lower[j] == ")"), None)
    if close is None or any(j in st.at_start for j in range(k, close)):
        return []
    return _by_agent(st, close + 1, clause_of(st, close + 1)[1])


_NOT_ADJECTIVE = frozenset({"and", "or", "but", "of", "the", "a", "an", "to", "in", "on", "at", "with", "for"})


def _after_adjectives(st: Structure, k: int, end: int) -> Mention | None:
    """A role mention after one or two lower-case adjectives the mention leaves out ("by violent
    protesters", "by heavily armed assailants")."""
    for j in (k + 1, k + 2):
        if j >= end or not all(st.lower[i].isalpha() and st.lower[i] not in _NOT_ADJECTIVE
                               and st.sentence.tokens[i].text.islower() for i in range(k, j)):
            return None
        mention = st.at_start.get(j)
        if mention is not None:
            return mention if mention.kind == "role" else None
    return None


def _noun_agent(st: Structure, match: Match, end: int) -> list[Mention]:
    j = match.start - 1
    gap = 0
    while j >= 0 and gap < 3 and (st.lower[j] in _NOUN_GAP or st.lower[j].isdigit()):
        j -= 1
        gap += 1
    if j >= 0 and st.lower[j] in ("'s", "’s"):
        j -= 1
    mention = st.at_end.get(j)
    if mention is not None and mention.actor is not None and not mention.locative \
            and (mention.possessive or mention.kind in ("demonym", "name", "metonym", "role", "capital")) \
            and governed(st, mention) not in ("of",):
        return [mention] + others(mention)
    return _by_agent(st, match.end, min(end, match.end + 4)) or _aid_from(st, match, end)


def _aid_from(st: Structure, match: Match, end: int) -> list[Mention]:
    """The donor of an aid noun (root 07) named by "from" right after it: "rescue teams from Chile and
    Peru landed in Quito" (a state's name, not a town or a people)."""
    if match.rule.code[:2] != "07" or match.end >= end or st.lower[match.end - 1] != "from":
        return []
    mention = st.at_start.get(match.end)
    if mention is None or mention.actor is None or mention.kind != "name":
        return []
    return group_right(st, mention, end) + others(mention)


def _targets(st: Structure, match: Match, end: int, sources: list[Mention]) -> list[Mention]:
    rule = match.rule
    if rule.target == "none":
        return []
    following = min((h for h in st.heads if match.end <= h < end), default=end)  # the next verb starts another act
    if following == match.end + 1 and st.lower[match.end] == "and" and (
            match.end == match.head + 1 or st.lower[match.end - 1] in PREPOSITIONS):
        # "fired on and seized three boats", "condemned and rejected the decision": one object for both
        # verbs, when the first names no object of its own ("rejected the proposal and accused Kenya")
        following = min((h for h in st.heads if following < h < end), default=end)
    end = following
    region = [st.at_start[k] for k in range(match.end, end) if k in st.at_start]
    own = {m.actor.id for m in sources if m.actor is not None}
    mine_states = {m.actor.primary for m in sources if m.actor is not None}
    region = [m for m in region if m.actor is not None and m not in sources
              and not (m.kind in ("pronoun", "description") and (m.actor.id in own or m.possessive
                                                                 and m.actor.primary in mine_states))]
    own_prep = st.lower[match.end - 1] if rule.target == "obj" else ""  # "stood by", "took aim at"
    if own_prep in PREPOSITIONS and not any(match.start < k < match.end for k in st.at_start):
        # the pattern's own preposition takes its object ("stood by China"), unless the pattern
        # names its object before it ("allowed UN teams into Darfur")
        direct = [m for m in region if m.start <= match.end + 2 and governed(st, m) == own_prep]
        if direct:
            return group_right(st, direct[0], end) + others(direct[0])
    agents = [m for m in region if governed(st, m) == "by"]
    region = [m for m in region if governed(st, m) != "by" and not _modifier(st, m, rule.code)
              and not subject_of_information(st, m, rule.code)  # "data on Chinese missile tests"
              and not in_a_channel(st, m)  # "protested through its embassy in Beijing"
              and not destination_of_a_way(st, m, rule.code) and not goods_sent_elsewhere(st.lower, st.sentence.mentions, m)]  # "the highway to Austria"
    if "who" in rule.flags:  # the target must be people: "released five Iranians"
        region = [m for m in region if people(m) or national_before_name(st, m)]
    if rule.target == "prep":
        for mention in region:
            if governed(st, mention) in rule.preps:
                return group_right(st, mention, end) + others(mention)
    if ("sym" in rule.flags or "pair" in rule.flags) and len(sources) > 1:
        for mention in region:
            if governed(st, mention) == "with" and not _onlooker(st, mention):
                return group_right(st, mention, end) + others(mention)
        direct = next((m for m in region if m.start <= match.end + 1 and not m.locative and governed(st, m) is None
                       and rule.target == "obj" and match.end == match.head + 1), None)
        if direct is not None:  # "Chile and Argentina met Peru's foreign minister": the object, not each other
            return group_right(st, direct, end) + others(direct)
        return []  # "X and Y met in Z": the subjects are each other's targets
    if rule.code[:2] in VIOLENT_ROOTS and any(_from_place(st, m) for m in region) \
            and any(governed(st, m) in _AIMED_AT for m in region):
        # "fired rockets from Gaza toward Ashkelon": the place fire comes from is no target when
        # the sentence says where it went ("a boat carrying drugs from X" keeps X)
        region = [m for m in region if not _from_place(st, m)]
    everywhere = region  # violence lands on a place named anywhere in the clause
    reach = OBJECT_REACH + aside_length(st, match.end)  # "sent aid, including food, tents and blankets, to X"
    region = [m for m in region if m.start <= match.end + reach or governed(st, m) in rule.preps
              or far_partner(st, match.end, rule.code, m)]  # "suspended sharing of data on ... with X"
    beneficiary = [m for m in region if m.start <= match.end + 3 and governed(st, m) in ("for", "to")
                   and not m.locative]
    crossed = [st.at_start[k] for k in range(match.start + 1, match.end) if k in st.at_start]
    if beneficiary and crossed and (rule.code[:2] in ("06", "07", "12", "16") or rule.code == "0842") \
            and rule.code[:3] not in _AUTHORED:
        # "blocked an EU aid package for Ukraine": Ukraine, not the EU; "handed Benin Bronzes to Nigeria"
        return group_right(st, beneficiary[0], end) + others(beneficiary[0])
    mine = {m.actor.primary for m in sources if m.actor is not None}
    crossed = [m for m in crossed if m.actor is not None and m not in sources and not _bare_role_modifier(st, m, match)
               and (m.actor.primary not in mine or m.actor.type == "person" and m.actor.id not in own)]  # "found Zuma guilty"
    if crossed:  # "expelled two Russian diplomats", "summoned the Iranian ambassador"
        return group_right(st, crossed[0], end) + others(crossed[0])
    comma = comma_past_aside(st, next((k for k in range(match.end, end) if st.lower[k] == ","), end), end)
    placed = {id(m) for p in region if p.locative for m in group_right(st, p, end)}  # "in Iraq and Syria"
    for mention in region:
        if not mention.locative and mention.start < comma and id(mention) not in placed:
            # "demanded that [Chile and Peru] halt": the whole subject of the demanded clause
            return group_right(st, mention, end, subject=after_that(st, mention)) + others(mention)
    if agents and rule.code[:2] == "09" and any(w in _WRONGS for w in st.lower[match.head + 1:agents[0].start]):
        return group_right(st, agents[0], end) + others(agents[0])  # "investigated crimes in Gaza by Israeli forces"
    own = "own" in st.lower[match.start:match.end]  # "announced its own recognition in New York": a venue
    if (rule.code[:2] != "04" or rule.code == "042") and rule.code[:3] not in _CALM_PROTESTS and "sym" not in rule.flags \
            and "who" not in rule.flags and not own:  # a rally "against the war in Gaza" is not against Gaza
        for mention in (everywhere if rule.code[:2] in VIOLENT_ROOTS else region):
            # "struck targets in Lebanon", "arrived in Pakistan" (a visit); "in Iraq and Syria": both
            if (mention.locative or mention.kind == "place") and mention.actor.type not in ("igo", "ngo") \
                    and (governed(st, mention) != "at" or rule.code[:2] in VIOLENT_ROOTS) \
                    and not venue_between(st, match, mention) and not origin_at(st.lower, mention.start):
                return group_right(st, mention, end) + others(mention)
    if agents and rule.code[:2] in REACTIONS and (
            any(w in EVENT_NOUNS for w in st.lower[max(match.start, agents[0].start - 6):agents[0].start])
            or match.head < match.end - 1 == agents[0].start - 2):  # the pattern's own noun: "urged restraint by India"
        return group_right(st, agents[0], end) + others(agents[0])  # "condemned the attack by Israel"
    return []


_CALM_PROTESTS = ("140", "141", "142", "143", "144")
_AIMED_AT = frozenset({"toward", "towards", "into", "at", "on", "onto", "against"})


def _from_place(st: Structure, mention: Mention) -> bool:
    """A mention after "from", a direction or "the" between ("from southern Lebanon")."""
    k = mention.start - 1
    while k > 0 and st.lower[k] in LOCATIVE_SKIP:
        k -= 1
    return k >= 0 and st.lower[k] == "from"
# rejecting a proposal, plan or talks is addressed to their author: "rejected a US proposal for a
# Palestinian state" is Israel against the US, not against the state proposed
_AUTHORED = {"125", "126", "127"}
_WRONGS = {"crimes", "abuses", "violations", "atrocities", "killings", "attacks", "crime", "misconduct", "torture",
           "killing", "attack", "downing", "shooting", "bombing", "poisoning", "assassination", "murder"}


_COOPERATION = frozenset({"03", "04", "05", "06"})


def _bare_role_modifier(st: Structure, mention: Mention, match: Match) -> bool:
    """"held joint military exercises", "deepen security cooperation": a bare role word (no name, no
    demonym) that modifies a noun of the pattern is no actor there; its state came only from a place."""
    return match.rule.code[:2] in _COOPERATION and mention.kind == "role" and mention.end < match.end \
        and all(t.text.islower() for t in st.sentence.tokens[mention.start:mention.end])


def _modifier(st: Structure, mention: Mention, code: str = "") -> bool:
    """"the Russian-led CSTO", "Iran-backed militias": the actor only qualifies the noun after it. A backer
    never stands for its proxies; a broker or leader does when no actor follows ("US-brokered talks")."""
    k = mention.end
    if k + 1 >= len(st.lower) or st.lower[k] != "-":
        return False
    word, after = st.lower[k + 1], st.at_start.get(k + 2)
    if word == "made" and code[:2] == "16":
        return False  # "a tariff on Chinese-made cars" falls on China
    if word in ("backed", "allied", "aligned", "sponsored", "funded", "supplied", "armed", "trained", "made",
                "designed", "built", "based", "owned"):
        return True  # "French-designed vessels", "US-made missiles"
    return after is not None and after.actor is not None and word in (
        "led", "brokered", "controlled", "held", "run", "declared")


def _onlooker(st: Structure, mention: Mention) -> bool:
    """"with President Clinton looking on": a witness, not a party."""
    return mention.end < len(st.lower) and st.lower[mention.end] in ("looking", "watching", "present", "attending")
OBJECT_REACH = 8  # tokens after the trigger within which an object is looked for
