"""Stage ``actors``: find the actor mentions of each sentence, resolved as of the document date.

One left-to-right pass per sentence looks up each token in the knowledge
base's name index and the role-noun index (longest match wins). A second pass
joins neighbours into one mention: a state and a role ("Russian troops",
"Iran's foreign minister", "Kazakh President Tokayev"), a title and a name
("President Joe Biden"), a role and "of" a state ("the army of Mali").
Pronouns and descriptions ("it", "the group") are marked for ``coref``.
Writes ``sentence.mentions``, ordered by position.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..knowledge.actors import Entry
from ..knowledge.lexicon import VERB_MARKERS
from ..knowledge.places import Place
from ..knowledge.roles import Role
from ..model import Actor, Doc, Mention, Sentence
from .divisions import DIVISION_WORDS, UNLOCATED, division_place
from ..pipeline import Context, stage
from .clauses import STAFF
from .crowds import crowd_heads
from .emblems import without_emblems
from .place_names import ARTICLES, OF_HEADS
from .sides import modified_pair, widen_to_members
from .stances import stance_at
from .halves import half_named
from .igo_seats import seat_as_organisation
from .far_namesakes import far_namesakes
from .publisher_state import publisher_home
from .namesakes import another_bearer
from .place_context import LOCATIVE_SKIP, SETTLEMENTS, ambiguous_here, before_what_is_now, capital_elsewhere, place_at, \
    settlement_demonym

__all__ = ["find_actors", "mentions_in"]

PRONOUNS = {"it": "it", "its": "it", "they": "they", "their": "they", "them": "they",
            "he": "he", "his": "he", "him": "he", "she": "he", "her": "he"}
DESCRIPTIONS = {
    ("group",): "group", ("movement",): "group", ("militants",): "group", ("insurgents",): "group",
    ("country",): "state", ("kingdom",): "state", ("republic",): "state", ("state",): "state",
    ("emirate",): "state", ("nation",): "state", ("bloc",): "igo", ("alliance",): "igo",
    ("organisation",): "igo", ("organization",): "igo", ("latter",): "latter", ("former",): "former",
    ("council",): "igo", ("commission",): "igo", ("fund",): "igo", ("watchdog",): "igo", ("lender",): "igo",
    ("two", "leaders"): "pair-person", ("two", "sides"): "pair", ("two", "countries"): "pair",
    ("two", "governments"): "pair", ("two", "nations"): "pair", ("two", "parties"): "pair",
    ("two", "men"): "pair-person", ("two",): "pair", ("sides",): "pair",
}
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
COLLECTIVES = {"countries", "governments", "nations", "states", "allies", "capitals"}
LOCATIVE = {"in", "near", "outside", "inside", "across", "throughout", "around", "within",
            "through", "over", "along", "towards", "toward"}
_COMPASS = {"southern", "northern", "eastern", "western", "central"}
POSSESSIVE = {"'s", "’s"}
_SOIL = frozenset({"soil", "territory", "airspace", "waters"})  # "on Kenyan soil": the state as a place
_AIMED = frozenset({"aimed", "directed", "targeted", "pointed"})  # "aimed at X": X is addressed, not a place
PLACE_NOUNS = {"airport", "region", "province", "city", "suburb", "suburbs", "district", "oblast",
               "street", "streets", "hotel", "square", "residents", "outskirts", "area", "metro",
               "university", "hospital", "port", "harbour", "harbor", "base", "prison", "stadium"}
_SKIPPABLE_ADJ = {"new", "former", "then", "top", "senior", "chief", "acting", "deputy", "outgoing",
                  "incoming", "interim", "de", "facto", "de-facto", "powerful", "reclusive", "elected",
                  "veteran", "longtime", "late", "exiled", "ousted", "deposed", "military", "own"}


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    kind: str  # kb | role | pronoun | description
    entry: Entry | None = None
    role: Role | None = None
    label: str | None = None
    place: Place | None = None
    entries: tuple[Entry, ...] = ()  # every meaning of the name; the date picks among them


@stage("actors")
def find_actors(doc: Doc, ctx: Context) -> Doc:
    triggers, bases, needs = ctx.lexicon.by_first, ctx.lexicon.by_base, ctx.lexicon.needs()
    home = publisher_home(doc, ctx)  # counted 0: a shared place name is read there when no named state has it
    states: dict[str, int] = {home: 0} if home else {}  # the states the document names so far: what it is about
    for sentence in doc.sentences:
        sentence.mentions = without_emblems(sentence, mentions_in(sentence, ctx, doc.published, states))
        for mention in sentence.mentions:
            primary = mention.actor.primary if mention.actor is not None else ""
            if mention.kind != "pronoun" and len(primary) == 3 and primary.isupper():
                states[primary] = states.get(primary, 0) + 1
        sentence.candidate = bool(sentence.mentions) and _trigger_word(sentence.tokens, triggers, bases, needs)
    return doc


def has_trigger(sentence: Sentence, ctx: Context) -> bool:
    """Whether the sentence holds a word some lexicon rule starts with (see :func:`_trigger_word`)."""
    return _trigger_word(sentence.tokens, ctx.lexicon.by_first, ctx.lexicon.by_base, ctx.lexicon.needs())


def _trigger_word(tokens: list, triggers: dict, bases: dict, needs: dict[str, frozenset[str]]) -> bool:
    """Whether a token is a word some lexicon rule starts with (and the sentence holds a word one of
    its rules needs: "was" starts rules, but only with "critical of" after it), or a base form after
    a verb marker."""
    lower = [t.lower for t in tokens]
    present = frozenset(lower)
    for word in present & triggers.keys():  # the words some rule starts with (order does not matter)
        need = needs.get(word)
        if need is None or word in bases or not need.isdisjoint(present):  # a base form may match alone
            return True  # ("jets bomb a convoy": lexicon.find's headline present)
    return not bases.keys().isdisjoint(present) \
        and any(w in bases and i and lower[i - 1] in VERB_MARKERS for i, w in enumerate(lower))


def mentions_in(sentence: Sentence, ctx: Context, date: dt.date | None,
                doc_states: dict[str, int] | None = None) -> list[Mention]:
    raws = _scan(sentence, ctx, doc_states or {})
    return seat_as_organisation(_merge(raws, sentence, ctx, date), ctx, date)


def _scan(sentence: Sentence, ctx: Context, doc_states: dict[str, int]) -> list[_Raw]:
    toks = [t.text for t in sentence.tokens]
    if "’" in sentence.text:  # curly apostrophes made straight, as in the name index (every ’ is in a token)
        toks = [t.replace("’", "'") for t in toks]
    lower = [t.lower for t in sentence.tokens]
    raws: list[_Raw] = []
    kb_first, role_first = ctx.kb.first, ctx.roles.first  # a token no name or role starts is skipped cheaply
    starts = ctx.roles.starts(_OTHER_STARTS)  # the lower-cased words a role, pronoun or description starts with
    seconds = ctx.roles.seconds()  # "the" starts a role ("the poor") only before its second word
    nxt = 0  # the first token not yet inside a found mention
    divisions = not DIVISION_WORDS.isdisjoint(lower)  # "X LGA", "Barangay Y": see stages/divisions.py
    # a token no name, role, place, pronoun or description starts is skipped: the others are found in one pass
    for i in [k for k, t in enumerate(toks) if lower[k] in starts or t in kb_first or t[:1].isupper()]:
        if i < nxt or lower[i] in seconds and lower[i] not in _OTHER_STARTS and toks[i] not in kb_first \
                and not toks[i][:1].isupper() and (i + 1 == len(lower) or lower[i + 1] not in seconds[lower[i]]):
            continue  # only a longer role could start here, and its second word does not follow
        n_kb, entries = ctx.kb.match(toks, i) if toks[i] in kb_first else (0, [])
        n_role, role = ctx.roles.match(lower, i) if lower[i] in role_first else (0, None)
        if n_kb and capital_elsewhere(ctx, toks, i, n_kb, entries):
            n_kb = 0  # "Tripoli, Lebanon": not Libya's capital
        if n_kb and (_hyphen_modifier(sentence, ctx, i, n_kb) or _whose_others(lower, i + n_kb)):
            n_kb = 0  # "PORT-AU-PRINCE", "the al Qaeda-linked al Shabaab", "Guyana's neighbours": not the actor
        if n_kb and n_kb >= n_role:
            entry = ctx.kb.best(entries, None)
            joined = bool(raws) and raws[-1].end == i
            if entry is not None and not ambiguous_here(ctx, toks, i, n_kb, entry) \
                    and not another_bearer(ctx, toks, i, n_kb, entry, joined):
                raws.append(_Raw(i, i + n_kb, "kb", entry=entry, entries=tuple(entries)))
                nxt = i + n_kb
                continue
        if n_role == 1 and lower[i] == "general" and lower[i + 1:i + 2] and lower[i + 1] in _GENERAL_ADJ:
            n_role = 0  # "a general strike", "general elections": an adjective, not an army general
        if n_role:
            raws.append(_Raw(i, i + n_role, "role", role=role))
            nxt = i + n_role
            continue
        found = place_at(ctx, toks, i, raws, doc_states) or (division_place(toks, i) if divisions else None) \
            if ctx.gazetteer and toks[i][:1].isupper() else None  # "in Ugwu-Oba LGA": Nigeria's
        if found:
            n_place, place = found
            raws.append(_Raw(i, i + n_place, "place", label=place.name, place=place))
            nxt = i + n_place
            continue
        raw = _pronoun_or_description(lower, i) or _described(lower, i, raws) or (  # "the South returned fire"
            _Raw(half[0], half[1], "description", label=half[2]) if (half := half_named(toks, lower, i)) else None)
        if raw:
            raws.append(raw)
            nxt = raw.end
    raws = _with_crowds(sentence, lower, raws)  # "the community blocked roads": people the role files lack
    raws = widen_to_members(lower, raws)  # "ministers from the two countries" act for both
    return far_namesakes(raws, ctx, doc_states, toks) if ctx.gazetteer is not None else raws


def _with_crowds(sentence: Sentence, lower: list[str], raws: list[_Raw]) -> list[_Raw]:
    """Add the nouns of people who protest or riot that no role row names (:mod:`.crowds`)."""
    heads = crowd_heads(sentence, lower, {k for r in raws for k in range(r.start, r.end)})
    if not heads:
        return raws
    added = [_Raw(j, j + 1, "role", role=Role(lower[j], code, "group")) for j, code in heads]
    return sorted(raws + added, key=lambda r: r.start)


# "Guyana's neighbours", "Ukraine's Western allies": other actors, named by their relation to this one
_OTHERS = frozenset({"neighbours", "neighbors", "allies", "partners", "critics", "rivals", "enemies", "opponents",
                     "foes", "creditors", "donors", "backers", "adversaries", "detractors"})


def _whose_others(lower: list[str], k: int) -> bool:
    if k + 1 >= len(lower) or lower[k] not in ("'s", "’s"):
        return False
    return _others_after(lower, k + 1)


def _singled_out_after(lower: list[str], k: int) -> bool:
    """"asked its European partners, and in particular Greece, to": a comma after the relation noun
    opens the member singled out (``stages/singled_out``), which reads the pronoun; it stays."""
    end = k + 1 if lower[k] in _OTHERS else k + 2
    return end < len(lower) and lower[end] == ","


def _others_after(lower: list[str], k: int) -> bool:
    """A relation noun at ``k`` or after one word ("allies", "Western allies", "closest partners")."""
    return k < len(lower) and (lower[k] in _OTHERS or (k + 1 < len(lower) and lower[k].isalpha()
                                                        and lower[k + 1] in _OTHERS))


_GENERAL_ADJ = frozenset({"strike", "strikes", "election", "elections", "amnesty", "assembly", "public",
                          "population", "shutdown", "mobilisation", "mobilization", "curfew"})
_LINKS = frozenset({"linked", "backed", "allied", "affiliated", "aligned", "inspired", "sponsored", "supported",
                    "funded", "armed", "led"})

# a name before these says where someone was born, trained or is based, not who acts (a product's
# maker stays: "a tariff on Chinese-made vehicles" is aimed at China)
_ORIGINS = frozenset({"born", "based", "bred", "raised", "educated", "trained", "headquartered"})


def _hyphen_modifier(sentence: Sentence, ctx: Context, i: int, n: int) -> bool:
    """A name inside a hyphenated word ("Port-au-Prince" has no African Union in it), one of origin
    ("the Kenyan-born senator", "a London-based rights group"), or one that
    only qualifies the group named right after it ("the al Qaeda-linked al Shabaab group", "the
    Rwanda-backed M23"): that group is the actor, as the README codes an allied group."""
    toks = sentence.tokens
    def joined(a: int, b: int) -> bool:  # tokens a and b touch, no space between
        return 0 <= a and b < len(toks) and toks[a].end == toks[b].start
    if i >= 2 and toks[i - 1].text == "-" and joined(i - 2, i - 1) and joined(i - 1, i) \
            and i + n < len(toks) and toks[i + n].text == "-" and joined(i + n - 1, i + n):
        return True
    k = i + n
    if k + 1 < len(toks) and toks[k].text == "-" and joined(k - 1, k) and toks[k + 1].lower in _ORIGINS:
        return True  # "the Kenyan-born senator", "an Egypt-based lawyer", "US-trained commandos"
    if k + 2 >= len(toks) or toks[k].text != "-" or not joined(k - 1, k) or toks[k + 1].lower not in _LINKS:
        return False
    following, _ = ctx.kb.match([t.text.replace("’", "'") for t in toks], k + 2)
    return bool(following)


_STATE_WORDS = {"country", "nation", "kingdom", "republic"}
_BOTH = {"countries": "pair", "governments": "pair", "nations": "pair", "states": "pair", "capitals": "pair",
         "leaders": "pair-person"}  # "both countries": the last two named
_NEIGHBOUR = frozenset({"neighbour", "neighbor"})  # "accused its neighbour": another state than its owner
_DESCRIPTION_FIRST = {key[0] for key in DESCRIPTIONS} | set(NUMBERS) | set(_BOTH) | _NEIGHBOUR


def _pronoun_or_description(lower: list[str], i: int) -> _Raw | None:
    word = lower[i]
    if word not in PRONOUNS and word not in _DESCRIPTION_FIRST:
        return None
    if word in PRONOUNS:
        if word in ("its", "their") and _others_after(lower, i + 1) and not _singled_out_after(lower, i + 1):
            return None  # "after consulting its allies": the allies are not "it"
        return _Raw(i, i + 1, "pronoun", label=PRONOUNS[word])
    if (i == 0 or lower[i - 1] in ("the", "all", "both")) and lower[i] in NUMBERS \
            and i + 1 < len(lower) and lower[i + 1] in COLLECTIVES:
        return _Raw(i, i + 2, "description", label=f"group-{NUMBERS[lower[i]]}")  # "the four governments"
    if i > 0 and lower[i - 1] in ("his", "her", "its", "their") and word in _STATE_WORDS:
        return _Raw(i, i + 1, "description", label="state")  # "his country": resolved through "his"
    if i > 0 and lower[i - 1] in ("its", "their") and word in _NEIGHBOUR \
            and (i + 1 >= len(lower) or lower[i + 1] != ","):  # "its neighbour, Ecuador,": the apposition names it
        return _Raw(i, i + 1, "description", label="neighbour")  # resolved in coref: not the owner
    if i > 0 and lower[i - 1] == "both" and word in _BOTH:
        return _Raw(i, i + 1, "description", label=_BOTH[word])
    if (two := modified_pair(lower, i)) is not None:  # "the two warring sides"
        return _Raw(two[0], two[1], "description", label=two[2])
    if i > 0 and lower[i - 1] in ("the", "both"):
        for key, label in sorted(DESCRIPTIONS.items(), key=lambda kv: -len(kv[0])):
            if tuple(lower[i:i + len(key)]) == key:
                return _Raw(i, i + len(key), "description", label=label)
    return None


_DESCRIBED_HEADS = {"country": "state", "kingdom": "state", "nation": "state", "emirate": "state", "state": "state",
                    "bloc": "igo", "alliance": "igo", "lender": "igo", "group": "group", "movement": "group"}
# words that may start a mention other than a name or a role: a pronoun, a description, its head
_OTHER_STARTS = frozenset(PRONOUNS) | _DESCRIPTION_FIRST | frozenset(_DESCRIBED_HEADS)
_NOT_ADJECTIVES = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "that",
                   "which", "who", ",", "'s", "’s", "said", "says", "is", "was", "has", "had", "its", "their",
                   # "the first country to ...", "the only nation that ...": not a reference back
                   "first", "second", "third", "fourth", "fifth", "last", "only", "same", "other", "next",
                   "latest", "one", "largest", "biggest", "most", "host", "member", "home"}


def _described(lower: list[str], i: int, raws: list[_Raw]) -> _Raw | None:
    """"the Central American country", "the oil-rich kingdom", "the 27-nation bloc": a description
    whose head follows up to three modifiers, none of them a name already found."""
    label = _DESCRIBED_HEADS.get(lower[i])
    if label is None or lower[i - 1] == "-":  # "the 27-nation bloc": "nation" only modifies
        return None
    for k in range(i - 2, max(i - 5, -1), -1):
        if lower[k] == "the":
            words = lower[k + 1:i]
            if (raws and raws[-1].end > k) or any(w in _NOT_ADJECTIVES for w in words):
                return None
            return _Raw(k + 1, i + 1, "description", label=label)
    return None


def _merge(raws: list[_Raw], sentence: Sentence, ctx: Context, date: dt.date | None) -> list[Mention]:
    """The sentence's mentions from its raw matches: a name joined to the role or name it modifies
    makes one mention (:func:`_combined`), any other match its own (:func:`_single`)."""
    out: list[Mention] = []
    k = 0
    while k < len(raws):
        mention, used = _combined(raws, k, sentence, ctx, date)
        if mention is None:
            mention, used = _single(raws, k, sentence, ctx, date)
        out.append(mention)
        k += used
    return _finish(out, sentence)


def _combined(raws: list[_Raw], k: int, sentence: Sentence, ctx: Context,
              date: dt.date | None) -> tuple[Mention | None, int]:
    """The mention that ``raws[k]`` makes with the one or two matches after it, and how many it
    takes; (None, 0) when it joins none."""
    toks = sentence.tokens
    raw = raws[k]
    nxt = raws[k + 1] if k + 1 < len(raws) else None
    after = raws[k + 2] if k + 2 < len(raws) else None
    if nxt is None:
        return None, 0
    if raw.kind == "kb" and nxt.kind == "kb" and after and after.kind == "role" \
            and raw.end < len(toks) and toks[raw.end].text in POSSESSIVE and nxt.start == raw.end + 1 \
            and after.start == nxt.end and nxt.entry is not None and nxt.entry.kind == "demonym":
        return _state_role(raw, after, sentence, ctx, date, end=after.end), 3  # "IS's Afghan branch"
    if raw.kind == "kb" and nxt.kind == "role" and nxt.start == raw.end and stance_at(toks, raw.start):
        return _role_mention(nxt, sentence), 2  # "pro-Russian separatists": placed as any group is
    if raw.kind == "kb" and nxt.kind == "role" and _joins(raw, nxt, toks):
        if after and after.kind == "kb" and _is_person(ctx, after) and after.start == nxt.end:
            person = _person_mention(after, raw.start, sentence, ctx, date)
            if person.actor is not None and person.actor.role is None:  # out of office on the date
                person = _state_role(raw, nxt, sentence, ctx, date, end=after.end)
            return person, 3
        return _state_role(raw, nxt, sentence, ctx, date), 2
    if raw.kind == "kb" and nxt.kind == "kb" and _joins(raw, nxt, toks) and _is_person(ctx, nxt) \
            and not _is_person(ctx, raw):
        return _person_mention(nxt, raw.start, sentence, ctx, date), 2  # "UN chief Guterres", "Jordan's King Abdullah"
    if raw.kind == "kb" and nxt.kind == "kb" and _joins(raw, nxt, toks) \
            and _is_group(ctx, nxt) and not _is_person(ctx, raw):
        return _kb_mention(nxt, sentence, ctx, date, start=raw.start), 2  # "Yemen's Houthi movement"
    if raw.kind == "role" and nxt.kind == "kb" and nxt.start == raw.end and _is_person(ctx, nxt):
        return _person_mention(nxt, raw.start, sentence, ctx, date), 2
    if raw.kind == "role" and nxt.kind == "kb" and _of_phrase(raw, nxt, toks):
        return _state_role(nxt, raw, sentence, ctx, date, start=raw.start, end=nxt.end), 2
    return None, 0


def _single(raws: list[_Raw], k: int, sentence: Sentence, ctx: Context,
            date: dt.date | None) -> tuple[Mention, int]:
    """The mention ``raws[k]`` makes on its own, and how many matches it takes (a group's name
    takes the role noun right after it: "Taliban fighters", "Hamas militants")."""
    raw = raws[k]
    nxt = raws[k + 1] if k + 1 < len(raws) else None
    if raw.kind == "kb":
        mention = _kb_mention(raw, sentence, ctx, date)
        if mention.actor is not None and nxt and nxt.kind == "role" and nxt.start == raw.end \
                and mention.actor.type == "group":
            mention.end = nxt.end
            return mention, 2
        return mention, 1
    if raw.kind == "role":
        return _role_mention(raw, sentence), 1
    if raw.kind == "place":
        place = raw.place
        country = ctx.kb.sovereign(place.country, date)  # a territory coded as its state (Guam: USA)
        actor = Actor(f"PLACE:{place.name}", country, country, place.name, "place")
        mention = _bare(raw, sentence, kind="place", actor=actor)
        mention.coords = None if place.kind == UNLOCATED else (place.lat, place.lon)
        return mention, 1
    return _bare(raw, sentence, kind=raw.kind, label=raw.label), 1


def _finish(out: list[Mention], sentence: Sentence) -> list[Mention]:
    """Drop names swallowed by a longer mention, set each mention's flags, and mark the places."""
    # a name swallowed by a title ("Prime Minister Jose Luis Rodriguez Zapatero") is not a place of its own
    # (non-empty spans in order, each ending before the next starts, the usual case, swallow none)
    if not all(a.start < a.end <= b.start for a, b in zip(out, out[1:])) or out and out[-1].start >= out[-1].end:
        out = [m for m in out if not any(o is not m and o.start <= m.start and m.end <= o.end for o in out)]
    for mention in out:
        _flags(mention, sentence)
    _between_places(out, sentence.tokens)
    for first, second in zip(out, out[1:]):  # "in Russia's Kursk region": both are the place
        if first.locative and first.possessive and second.start == first.end + 1:
            second.locative = True
    return out


def _joins(first: _Raw, second: _Raw, toks) -> bool:
    """``first`` directly modifies ``second``: adjacent, or through 's and a few adjectives."""
    j = first.end
    if j < len(toks) and toks[j].text in POSSESSIVE:
        j += 1
    skipped = 0
    while j < second.start and skipped < 2 and toks[j].lower in _SKIPPABLE_ADJ:
        j += 1
        skipped += 1
    return j == second.start


_NAME_WORDS = 4  # words of a person's name after a title


def _of_phrase(role: _Raw, kb: _Raw, toks) -> bool:
    """"the army of Mali", "gunmen from the Islamic State", "Defence Minister Ivo Karlsson of Estonia"."""
    j = role.end
    if role.role and role.role.kind == "title":  # the name a title swallows stands before "of"
        while j < min(role.end + _NAME_WORDS, kb.start) and toks[j].text[:1].isupper() and toks[j].text.isalpha():
            j += 1
    if j < len(toks) and (toks[j].lower == "of" or toks[j].lower == "from" and role.role and role.role.kind == "group"):
        j += 1
        if j < len(toks) and toks[j].lower == "the":
            j += 1
        return j == kb.start
    return False


def _is_person(ctx: Context, raw: _Raw) -> bool:
    return raw.entry is not None and ctx.kb.records[raw.entry.record].get("type") == "person"


def _is_group(ctx: Context, raw: _Raw) -> bool:
    return raw.entry is not None and ctx.kb.records[raw.entry.record].get("type") == "group"


def _span(sentence: Sentence, start: int, end: int) -> tuple[str, int, int]:
    a, b = sentence.tokens[start].start, sentence.tokens[end - 1].end
    return sentence.text[a:b], a, b


def _bare(raw: _Raw, sentence: Sentence, kind: str, label: str | None = None,
          actor: Actor | None = None, start: int | None = None, end: int | None = None) -> Mention:
    start = raw.start if start is None else start
    end = raw.end if end is None else end
    text, a, b = _span(sentence, start, end)
    return Mention(start, end, text, actor, kind, a, b, role=label)


_ENTRY_KINDS = {"name": "name", "former": "name", "alias": "name", "person": "name",
                "capital": "capital", "seat": "capital", "demonym": "demonym",
                "plural": "demonym", "metonym": "metonym"}


def _entry_kind(entry: Entry) -> str:
    return _ENTRY_KINDS.get(entry.kind, "name")


def _kb_mention(raw: _Raw, sentence: Sentence, ctx: Context, date: dt.date | None,
                start: int | None = None) -> Mention:
    entry = ctx.kb.best(list(raw.entries), date) if raw.entries else raw.entry
    actor = ctx.kb.resolve(entry, date) if entry else None
    kind = _entry_kind(entry) if entry else "name"
    return _bare(raw, sentence, kind=kind, actor=actor, start=start)


def _person_mention(person: _Raw, start: int, sentence: Sentence, ctx: Context,
                    date: dt.date | None) -> Mention:
    mention = _kb_mention(person, sentence, ctx, date, start=start)
    mention.kind = "name"
    return mention


def _state_role(state: _Raw, role: _Raw, sentence: Sentence, ctx: Context, date: dt.date | None,
                start: int | None = None, end: int | None = None) -> Mention:
    base = _kb_mention(state, sentence, ctx, date)
    actor = base.actor
    if actor is not None and role.role is not None:
        if actor.type == "person":
            actor = Actor(actor.id, actor.country or actor.primary, (actor.country or actor.primary)
                          + role.role.role, actor.name, "state", role.role.role)
        elif actor.type == "group":
            pass  # a group's own role stands ("Taliban fighters")
        else:
            actor = Actor(actor.id, actor.primary, actor.primary + role.role.role,
                          f"{actor.name} ({role.role.phrase})", actor.type, role.role.role)
    s = state.start if start is None else start
    e = role.end if end is None else end
    e = _swallow_name(sentence, e) if role.role and role.role.kind == "title" else e
    return _bare(state, sentence, kind="role", actor=actor, start=s, end=e, label=role.role.kind if role.role else None)


def _swallow_name(sentence: Sentence, end: int) -> int:
    """After a title, an unknown capitalised name belongs to the mention ("General Qassem Soleimani")."""
    toks = sentence.tokens
    j = end
    while j < len(toks) and toks[j].text[:1].isupper() and toks[j].text.isalpha() and j - end < 4:
        j += 1
    return j


def _role_mention(raw: _Raw, sentence: Sentence) -> Mention:
    end = _swallow_name(sentence, raw.end) if raw.role and raw.role.kind == "title" else raw.end
    text, a, b = _span(sentence, raw.start, end)
    return Mention(raw.start, end, text, None, "role", a, b, role=raw.role.kind if raw.role else None)


_CONTROL = {"controlled", "held", "occupied", "run", "ruled", "annexed"}


def _before_child(toks, j: int) -> int:
    """"in Highfields, Harare", "in X district, Kabul": a capital named as the parent of an unknown
    place is as located as that place (``j``: the token before the capital; returns the new one)."""
    def part(k: int) -> bool:
        return toks[k].text[:1].isupper() or (toks[k].lower in PLACE_NOUNS or toks[k].lower in SETTLEMENTS)

    if j < 2 or toks[j].text != "," or not part(j - 1):
        return j
    k = j - 1
    while k > 0 and part(k - 1) and j - k < 4:
        k -= 1
    return k - 1 if k > 0 and (toks[k - 1].lower in LOCATIVE or toks[k - 1].lower in ("at", "from")) else j


def _between_places(mentions: list[Mention], toks) -> None:
    """"a bus between Afgooye and Mogadishu": the places of a road or a stretch are where it
    happened. A town right after "between" is located, and so is a town or a capital after
    "and" when the first of the two is a town or a name we do not know ("talks between Moscow
    and Kyiv" are two governments)."""
    for m in mentions:
        if m.locative or m.kind not in ("place", "capital") or m.start < 2:
            continue
        if toks[m.start - 1].lower == "between":
            m.locative = m.kind == "place"
            continue
        if toks[m.start - 1].lower != "and":
            continue
        b = m.start - 2
        while b >= 0 and m.start - b <= 6 and (toks[b].text[:1].isupper() or toks[b].text == "-"):
            b -= 1
        if b < 0 or b == m.start - 2 or toks[b].lower != "between":
            continue
        first = [o for o in mentions if b < o.start < m.start - 1]
        modifies = {o.start for o in mentions if o.kind == "role"}  # "between Kano and Kaduna youths"
        if all(o.kind == "place" for o in first) and not {o.end for o in first + [m]} & modifies:
            m.locative = True
            for o in first:
                o.locative = True


def _flags(mention: Mention, sentence: Sentence) -> None:
    toks = sentence.tokens
    if mention.end < len(toks) and toks[mention.end].text in POSSESSIVE:
        mention.possessive = True
    if mention.kind == "pronoun" and mention.text.lower() in ("its", "their", "his", "her"):
        mention.possessive = True
    j = mention.start - 1
    while j >= 0 and toks[j].lower in LOCATIVE_SKIP:
        j -= 1
    j = before_what_is_now(toks, j)  # "in what is now Namibia": as located as "in Namibia"
    if j >= 2 and toks[j].lower in _CONTROL and toks[j - 1].text == "-":
        j -= 3  # "in Houthi-controlled Yemen": located as much as "in Yemen"
        while j >= 0 and toks[j].lower in LOCATIVE_SKIP:
            j -= 1
    if j >= 1 and toks[j].text == "-" and toks[j - 1].lower in ARTICLES and mention.kind == "place":
        j -= 2  # "in el-Obeid": as located as "in Obeid"
    if mention.kind == "capital":
        j = _before_child(toks, j)
    if j >= 2 and toks[j].lower == "of" and toks[j - 1].lower in SETTLEMENTS:
        j -= 2  # "the northern Lebanese city of Tripoli", "in X sub-city of Y": as located as the city
        while j >= 0 and (toks[j].lower in LOCATIVE_SKIP or toks[j].text[:1].isupper() or toks[j].text == "-"):
            j -= 1
    nxt_lower = toks[mention.end].lower if mention.end < len(toks) else ""
    if j >= 0 and mention.kind not in ("pronoun", "description"):
        prep = toks[j].lower
        if mention.kind == "demonym":  # "in Afghan detention centres" is not a place name, but
            mention.locative = settlement_demonym(toks, j, nxt_lower, LOCATIVE) \
                or prep in LOCATIVE | {"on", "into", "onto"} and nxt_lower in _SOIL  # "in several French cities", "on Rwandan soil"
        elif prep in LOCATIVE or (prep in ("at", "from") and mention.kind in ("capital", "place")
                                  and not (prep == "at" and j > 0 and toks[j - 1].lower in _AIMED)):
            mention.locative = True  # not "a show of force aimed at Pyongyang": that is its target
        elif prep == "," and mention.kind in ("name", "place") and toks[j + 1].lower in _COMPASS:
            mention.locative = True  # "in Ogossagou, central Mali": a region of the country, a place
        elif prep == "at" and mention.kind == "metonym" and j > 0 and toks[j - 1].lower not in STAFF:
            mention.locative = True  # "talks at the White House", "met at the Kremlin": a seat of government
        elif prep == "of" and j > 0 and toks[j - 1].lower in OF_HEADS and mention.kind in ("capital", "place"):
            mention.locative = True  # "the Hodan district of Mogadishu", "a suburb of Tunis"
        elif prep == "at" and mention.actor is not None and mention.actor.type in ("igo", "ngo") \
                and not (j > 0 and (toks[j - 1].lower in STAFF or toks[j - 1].lower in _AIMED)):
            mention.locative = True  # "filed a case at the ICJ": a venue ("judges at the ICC" are its own)
    nxt = toks[mention.end].text if mention.end < len(toks) else ""
    if mention.kind in ("capital", "place") and nxt.lower() in PLACE_NOUNS:
        mention.locative = True  # "Kabul airport", "Moscow region"
    if mention.kind == "demonym" and nxt[:1].islower() and nxt.isalpha():
        mention.modifier = True
