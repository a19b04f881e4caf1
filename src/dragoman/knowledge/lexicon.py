"""The event lexicon: patterns that signal CAMEO codes, compiled for one-pass matching.

A rule is a line of ``data/lexicon/rules.tsv``::

    id  code  pattern  target  flags  example  [source]

The pattern language (documented in docs/lexicon.md): ``word+`` a verb lemma
(all inflections), ``word~`` a noun (singular and plural), a plain word a
literal token, ``a|b`` alternatives, ``*`` a gap of 0-3 tokens. ``target`` is
``obj``, ``prep:on,against`` or ``none``; ``flags`` among ``sym``, ``rev``,
``noun``, ``self``, ``ant``; the optional ``source`` column names where a derived
rule came from (``petrarch2``). Every event names the rule id that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import KnowledgeBaseError
from ..timex.tables import WEEKDAYS
from .inflect import Irregulars, noun_forms, verb_forms
from .tsv import tsv_records

__all__ = ["Lexicon", "Match", "Rule", "load_lexicon"]

GAP = 3  # content tokens a gap may hold; determiners and possessive pronouns are free, a name counts once
MAX_GAP = 8  # tokens a gap may hold in all
FREE_IN_GAP = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those",
                         "-", "$", "€", "£", "%", "'s", "’s", "\"", "“", "”", "'", "‘", "’"}) | frozenset(
    # number words are free like digits: "test-fired two short-range missiles", "sent three warships"
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds "
    "thousand thousands dozen dozens".split())
FLAGS = frozenset({"sym", "rev", "noun", "self", "ant", "who", "mass", "mil", "same", "pair", "other", "base"})
SKIP = "skip"  # a rule with this code consumes an idiom that is not an event ("battle tanks")
# Words after which a bare verb form is a verb, not a noun: "to support", "would ban".
VERB_MARKERS = frozenset({"to", "will", "would", "could", "can", "may", "might", "must", "should",
                          "shall", "did", "does", "do", "not", "n't", "'ll", "also", "jointly"})


@dataclass(frozen=True, slots=True)
class Element:
    forms: frozenset[str]  # empty for a gap
    gap: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    code: str
    elements: tuple[Element, ...]
    head: int  # index of the trigger element
    target: str  # obj | prep | none
    preps: tuple[str, ...]
    flags: frozenset[str]
    example: str
    participles: frozenset[str] = frozenset()  # the head verb's past participles (passive test)
    bases: frozenset[str] = frozenset()  # base forms valid only after a verb marker ("to support")
    gerunds: frozenset[str] = frozenset()
    thirds: frozenset[str] = frozenset()  # present tense, third person ("attacks")
    verb: bool = False
    order: int = 0
    source: str = ""  # provenance of a derived rule ("petrarch2"); empty for our own
    # the forms of each literal element after the first: a sentence without one of them cannot match
    later: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False, default=())
    # a domestic rule about a strike (labour action), which a weapon word before "strike" rules out
    labour: bool = field(init=False, repr=False, compare=False, default=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "later", tuple(e.forms for e in self.elements[1:] if not e.gap))
        object.__setattr__(self, "labour", "self" in self.flags and any("strike" in e.forms for e in self.elements))


@dataclass(frozen=True, slots=True)
class Match:
    rule: Rule
    start: int  # token index of the first matched token
    end: int  # token index after the last matched token
    head: int  # token index of the trigger token


@dataclass(slots=True)
class Lexicon:
    rules: list[Rule] = field(default_factory=list)
    by_first: dict[str, list[Rule]] = field(default_factory=dict)
    version: str = ""

    by_base: dict[str, list[Rule]] = field(default_factory=dict)
    # per first word, its rules keyed by the forms of their later literal elements (see _candidates);
    # built on first use, rebuilt when the word's rules change
    _keyed: dict[str, _Keyed] = field(default_factory=dict, repr=False, compare=False)
    # per first word, the words one of which a sentence must have for any of its rules to match
    # (see needs); built on first use, dropped when a rule is added
    _needs: dict[str, frozenset[str]] | None = field(default=None, repr=False, compare=False)

    def add(self, rule: Rule) -> None:
        self._keyed.clear()
        self._needs = None
        self.rules.append(rule)
        for form in () if "base" in rule.flags else rule.elements[0].forms:  # a base form only: see ``bases``
            self.by_first.setdefault(form, []).append(rule)
        for form in rule.bases:
            self.by_base.setdefault(form, []).append(rule)

    def find(self, lower: list[str], i: int, blocked: set[int], stops: set[int],
             present: frozenset[str] | None = None) -> Match | None:
        """The longest rule match starting at token ``i`` (earlier rule on a tie).

        Gaps and later elements may run through actor names ("expelled two Russian
        diplomats"); the events stage then takes such a name as the target. ``present``:
        the sentence's tokens (``frozenset(lower)``), given to skip at once the rules
        that need a word the sentence lacks.
        """
        best: Match | None = None
        rules = first = self.by_first.get(lower[i], ())
        if i > 0 and lower[i] in self.by_base and (lower[i - 1] in VERB_MARKERS or _after_subject(lower, i, blocked)):
            rules = [*rules, *self.by_base[lower[i]]]
        kept = rules is first and present is not None and len(first) > _FEW
        tried = self._candidates(lower[i], first, present) if kept else rules
        for rule in tried:
            if not kept and present is not None and any(map(present.isdisjoint, rule.later)):
                continue  # some later element has none of its forms in the sentence (no Python call per rule)
            end = _match_from(rule.elements, 1, lower, i + 1, blocked, stops)
            if end is None or (rule.labour and _armed_strike(lower, i, end)):
                continue
            if best is None or end > best.end and not _headline_prep(best, rule, end, lower, blocked) \
                    or end == best.end and ((i - 1) in blocked or lower[i - 1] in _PLACE_PHRASE) \
                    and _headline_verb(best.rule, rule, lower, i, blocked) \
                    or end == best.end - 1 \
                    and _headline_prep(Match(rule, i, end, i), best.rule, best.end, lower, blocked):
                head = _head_position(rule, lower, i, end)
                best = Match(rule, i, end, head)
        if 0 < i < len(lower) - 1 and lower[i - 1] in BE:
            by = _by_after(lower, i)
            if by is not None and (best is None or best.end == i + 1 or best.end == by):
                best = _fronted(rules, lower, i, blocked, stops, True, _between(lower, i, by)) or best
            elif (best is None or best.end == i + 1) and lower[i + 1] in _FORCE_PLACES:
                best = _fronted(rules, lower, i, blocked, stops, _by_after_recipient(lower, i)) or best
        return best

    def needs(self) -> dict[str, frozenset[str]]:
        """For each first word all of whose rules have a later literal element: the forms of one
        such element per rule (its longest-worded one, the least common), pooled. A sentence with
        none of them cannot match a rule of that word, forwards or as a fronted passive (every
        literal element must be among its tokens), so :meth:`find` need not be called there."""
        if self._needs is None:
            self._needs = {word: frozenset().union(*(max(r.later, key=_rarity) for r in rules))
                           for word, rules in self.by_first.items() if all(r.later for r in rules)}
        return self._needs

    def _candidates(self, word: str, rules: list[Rule], present: frozenset[str]) -> list[Rule]:
        """``rules`` (the rules starting with ``word``), in order, less those with a later literal
        element none of whose forms is in ``present``: what the loop of :meth:`find` would skip.
        Which rules pass depends only on which of the rules' later forms the sentence has: the
        answer is kept per set of them found (the same few recur from sentence to sentence)."""
        keyed = self._keyed.get(word)
        if keyed is None or keyed.rules is not rules or keyed.size != len(rules):
            keyed = self._keyed[word] = _Keyed.of(rules)
        key = keyed.forms & present
        kept = keyed.answers.get(key)
        if kept is None:
            if len(keyed.answers) >= _ANSWERS:
                keyed.answers.clear()
            candidates = sorted(keyed.always_set.union(*(keyed.by_form[f] for f in key if f in keyed.by_form)))
            kept = keyed.answers[key] = [rules[k] for k in candidates
                                         if not any(map(key.isdisjoint, rules[k].later))]
        return kept


def _rarity(forms: frozenset[str]) -> int:
    """A literal element's forms ranked by their shortest: "a|an" and "to" are everywhere, "strike" is not."""
    return min(map(len, forms), default=0)


_FEW = 4  # rules per first word below which testing each rule is as quick as the index
_ANSWERS = 512  # candidate lists kept per first word (one per set of second-element forms found)


@dataclass(frozen=True, slots=True)
class _Keyed:
    """The rules of one first word by the forms of their second literal element (positions in
    ``rules``); ``always_set``: the rules with no later literal element."""

    rules: list[Rule]
    size: int
    by_form: dict[str, frozenset[int]]
    always_set: frozenset[int] = frozenset()
    forms: frozenset[str] = frozenset()  # every form of a later literal element of the rules
    answers: dict[frozenset[str], list[Rule]] = field(default_factory=dict)  # per set of forms found

    @classmethod
    def of(cls, rules: list[Rule]) -> _Keyed:
        always: list[int] = []
        by_form: dict[str, set[int]] = {}
        for k, rule in enumerate(rules):
            if not rule.later:
                always.append(k)
                continue
            for form in rule.later[0]:
                by_form.setdefault(form, set()).add(k)
        return cls(rules, len(rules), {f: frozenset(ks) for f, ks in by_form.items()},
                   frozenset(always), frozenset().union(*(forms for rule in rules for forms in rule.later)))


_OBJECT_OPENERS = frozenset({"a", "an", "the", "two", "three", "four", "five", "several", "their", "its"})


def _after_subject(lower: list[str], i: int, blocked: set[int]) -> bool:
    """A base form right after a plural actor and before an object is a headline's present tense:
    "militants shell a market", "air force jets bomb the convoy", "jets bomb <a named place>"."""
    return (i - 1) in blocked and i not in blocked and lower[i - 1].endswith("s") and i + 1 < len(lower) \
        and (lower[i + 1] in _OBJECT_OPENERS or lower[i + 1][:1].isdigit() or (i + 1) in blocked)


def _headline_verb(noun: Rule, verb: Rule, lower: list[str], i: int, blocked: set[int]) -> bool:
    """A base form right after a plural actor is a headline's present tense, not a noun: "Farmers in
    Kano protest land sales" (the verb rule wins the tie with the noun rule of the same word)."""
    word = lower[i]
    if "noun" not in noun.flags or not verb.verb or "noun" in verb.flags \
            or (i - 1) not in blocked and lower[i - 1] not in _PLACE_PHRASE \
            or i in blocked or word.endswith(("s", "ed", "ing")) or word in verb.participles or word in verb.gerunds:
        return False
    k = i - 1
    while k > 1 and k in blocked and not lower[k].endswith("s"):
        k -= 1  # "Farmers in Kano protest": past the place after the subject
    if k != i - 1 and lower[k] not in ("in", "of", "from"):
        return _placed_subject(lower, i, blocked)
    k -= k != i - 1
    return k in blocked and lower[k].endswith("s") or _placed_subject(lower, i, blocked)


# the words of a phrase that places a headline's subject ("Farmers on the border of X and Y states protest"),
# with the article of a name the mention may leave out ("El", "Al")
_PLACING = frozenset({"in", "of", "from", "on", "near", "at", "around", "outside"})
_PLACE_PHRASE = _PLACING | frozenset({"and", ",", "the", "el", "al", "state", "states", "province", "provinces",
                                      "region", "regions", "district", "districts", "county", "counties", "area",
                                      "areas", "border", "borders", "outskirts", "town", "towns", "village",
                                      "villages"})


def _placed_subject(lower: list[str], i: int, blocked: set[int]) -> bool:
    """A plural actor, then a phrase of places (places, place nouns, "and", "the", prepositions) that
    opens with a preposition, right before the base form at ``i``: "Farmers on the border of Kassala
    and Gedaref states protest land sales"."""
    for k in range(i - 1, max(0, i - 11), -1):
        if lower[k] in _PLACING and (k - 1) in blocked and lower[k - 1].endswith("s") and any(
                j in blocked for j in range(k + 1, i)):
            return True
        if not (k in blocked or lower[k] in _PLACE_PHRASE):
            return False
    return False


def _headline_prep(verb: Match, noun: Rule, end: int, lower: list[str], blocked: set[int]) -> bool:
    """A headline's present tense before its preposition: "Rebels in Kidal clash with soldiers" is the
    verb "clash" (with its object after "with"), not the noun rule "clash with" one word longer."""
    return end == verb.end + 1 and lower[verb.end] == "with" and verb.end == verb.start + 1 \
        and _headline_verb(noun, verb.rule, lower, verb.start, blocked)


# words that make "strike" an armed attack, not a labour action ("a drone strike", "an air strike")
_ARMED = frozenset({"air", "drone", "drones", "missile", "missiles", "rocket", "rockets", "artillery", "military",
                    "precision", "nuclear", "emptive", "preemptive", "retaliatory", "surgical", "naval", "aerial",
                    "ballistic", "targeted", "punitive", "airborne", "counter", "tactical", "cruise", "mortar"})
_STRIKE = frozenset({"strike", "strikes"})


def _armed_strike(lower: list[str], i: int, end: int) -> bool:
    """Whether a matched "strike" is led by a weapon or means word: "staged a drone strike", "called in an air
    strike", "a pre-emptive strike" are attacks, not stoppages of work."""
    for k in range(i, end):
        if lower[k] in _STRIKE:
            j = k - 1
            while j >= 0 and lower[j] == "-":
                j -= 1
            if j >= 0 and lower[j] in _ARMED:
                return True
    return False


BE = frozenset({"was", "were", "been", "be", "is", "are", "being"})
_WEEKDAYS = frozenset(WEEKDAYS)
_PARTICLES = frozenset({"out", "off", "over", "up", "down", "back"})  # "was carried out by", "was handed over by"
_OPENERS = frozenset({"the", "a", "an", "some", "all", "two", "three", "several"})
_FORCE_PLACES = frozenset({"to", "along", "near", "on", "at", "in", "into"})  # "troops were sent to ..."
FRONT = 12  # tokens before the verb in which a passive's fronted object may stand


def _by_after(lower: list[str], i: int) -> int | None:
    """The "by" right after a passive verb, or after one particle or preposition ("was carried out by",
    "were fired on by") or a weekday ("were blocked on Tuesday by")."""
    k = i + 1
    if lower[k:k + 1] == ["on"] and lower[k + 1:k + 2] and lower[k + 1] in _WEEKDAYS:
        k += 2  # "were blocked on Tuesday by protesters"
    if lower[k:k + 1] == ["by"]:
        return k
    return k + 1 if lower[k + 1:k + 2] == ["by"] and lower[k].isalpha() and k == i + 1 else None


def _between(lower: list[str], i: int, by: int) -> list[str]:
    """The words between a passive verb and its "by", a weekday phrase left out."""
    return [w for w in lower[i + 1:by] if w != "on" and w not in _WEEKDAYS] if by > i + 2 else lower[i + 1:by]


def _by_after_recipient(lower: list[str], i: int) -> bool:
    """"Aid was sent to Libya by Egypt": a recipient after the verb, then the doer."""
    if lower[i + 1] not in ("to", "for"):
        return False
    for k in range(i + 2, min(len(lower), i + 8)):
        if lower[k] == "by":
            return k > i + 2
        if lower[k] in (",", ";", ".", ":", "and", "after", "on", "in"):
            return False
    return False


def _fronted(rules, lower: list[str], i: int, blocked: set[int], stops: set[int], by: bool = True,
             between: list[str] | tuple[str, ...] = ()) -> Match | None:
    """A passive whose object, named in the pattern, stands before the verb: "a loan for Ethiopia
    was approved by the World Bank" (``approve+ * loan~``), "the curfew was lifted by ...", "a
    nuclear test was carried out by ...", "protesters were fired on by police" (``fire+ on * protester~``:
    ``between`` holds the words between the verb and "by").
    Without "by", only a show of force (root 15, domestic rule) whose forces open the sentence:
    "Russian troops were deployed to the border with Ukraine" (the name before them is their owner).

    The match is the verb alone, so the engine reads it as any passive ("by" names the doer)."""
    # the object opens the sentence: "The curfew in Lagos was lifted by ..." (only openers before
    # it, no punctuation between it and the verb); these positions are the same for every rule
    starts = [j for j in range(max(0, i - 1 - FRONT), i - 1)
              if not any(lower[t] in (";", ".", ":", ",") for t in range(j, i - 1))
              and all(lower[t] in _OPENERS for t in range(j))]
    if not starts:
        return None
    for rule in rules:
        rest = rule.elements[1:]  # with the rule's gap: "A fisheries agreement was signed by ..."
        if not rule.verb or rule.head != 0 or not rest or lower[i] not in rule.participles:
            continue
        if not by and (rule.code[:2] != "15" or "self" not in rule.flags):
            continue
        if between and between[0] not in _PARTICLES:
            if rest[0].gap or between[0] not in rest[0].forms or len(rest) < 2:
                continue
            rest = rest[1:]  # the pattern's preposition stays after the verb
        for j in starts:
            end = _match_from(rest, 0, lower, j, blocked, stops)
            if end is not None and end <= i - 1 and not (by and _possessed(rest, lower, j, end, blocked)):
                return Match(rule, i, i + 1, i)
    return None


def _possessed(rest: tuple[Element, ...], lower: list[str], j: int, end: int, blocked: set[int]) -> bool:
    """Whether the rule's gap before the fronted object's noun holds a name or a possessive: the
    possessor is no doer's target ("Chile's envoy was expelled by Peru" is not a diplomatic act)."""
    noun = next((e for e in rest if not e.gap), None)
    for t in range(j, end):
        if noun is not None and lower[t] in noun.forms:
            return False
        if t in blocked or lower[t] in ("'s", "’s"):
            return True
    return False


def _match_from(elements: tuple[Element, ...], k: int, lower: list[str], j: int,
                blocked: set[int], stops: set[int]) -> int | None:
    """Match elements[k:] at token j; returns the end token index or None."""
    if k == len(elements):
        return j
    element = elements[k]
    if element.gap:
        pos, content = j, 0
        while True:
            end = _match_from(elements, k + 1, lower, pos, blocked, stops)
            if end is not None:
                return end
            if pos >= len(lower) or pos in stops or pos - j >= MAX_GAP:
                return None
            if pos == j and k == 1 and lower[pos] == "by":
                return None  # "attacked by protesters": the passive's agent, not the verb's object
            content += lower[pos] not in FREE_IN_GAP and pos not in blocked and not lower[pos][:1].isdigit()
            if pos in blocked and (pos == j or pos - 1 not in blocked) and lower[pos] not in FREE_IN_GAP:
                content += 1
            if content > GAP:
                return None
            pos += 1
    if j < len(lower) and lower[j] in element.forms:
        return _match_from(elements, k + 1, lower, j + 1, blocked, stops)
    return None


def _head_position(rule: Rule, lower: list[str], start: int, end: int) -> int:
    head_forms = rule.elements[rule.head].forms
    for j in range(start, end):
        if lower[j] in head_forms:
            return j
    return start


def _element(text: str, irregulars: Irregulars) -> tuple[Element, dict[str, set[str]] | None]:
    if text == "*":
        return Element(frozenset(), gap=True), None
    forms: set[str] = set()
    verb: dict[str, set[str]] | None = None
    for alt in text.split("|"):
        alt = alt.lower()
        if alt.endswith("+"):
            vf = verb_forms(alt[:-1], irregulars)
            verb = vf if verb is None else {k: verb[k] | vf[k] for k in vf}
            forms |= set().union(*vf.values())
        elif alt.endswith("~"):
            forms |= noun_forms(alt[:-1])
        else:
            forms.add(alt)
    return Element(frozenset(forms)), verb


def parse_rule(row: list[str], path: str, line: int, irregulars: Irregulars, order: int) -> Rule:
    if len(row) < 5:
        raise KnowledgeBaseError(path, line, f"a rule needs 6 tab-separated fields, found {len(row)}")
    rule_id, code, pattern, target, flags = (c.strip() for c in row[:5])
    example = row[5].strip() if len(row) > 5 else ""
    source = row[6].strip() if len(row) > 6 else ""
    if code != SKIP and (not code.isdigit() or len(code) not in (3, 4)):
        raise KnowledgeBaseError(path, line, f"rule {rule_id}: '{code}' is not a CAMEO code")
    parts = pattern.split()
    if not parts or parts[0] == "*":
        raise KnowledgeBaseError(path, line, f"rule {rule_id}: empty pattern or pattern starting with *")
    elements, head, verb = [], None, None
    for k, part in enumerate(parts):
        element, vf = _element(part, irregulars)
        elements.append(element)
        if head is None and ("+" in part or "~" in part):
            head, verb = k, vf
    flag_set = frozenset(f for f in flags.split(",") if f)
    if flag_set - FLAGS:
        raise KnowledgeBaseError(path, line, f"rule {rule_id}: unknown flags {sorted(flag_set - FLAGS)}")
    kind, preps = _target(target, rule_id, path, line)
    bases = frozenset() if verb is not None else elements[0].forms if "base" in flag_set \
        else _base_of_literals(parts[0], irregulars)
    return Rule(id=rule_id, code=code, elements=tuple(elements), head=head or 0, target=kind,
                preps=preps, flags=flag_set, example=example,
                participles=frozenset(verb["participle"]) if verb else _participles(bases, irregulars),
                gerunds=frozenset(verb["gerund"]) if verb else frozenset(),
                thirds=frozenset(verb["third"]) if verb else frozenset(),
                verb=(verb is not None or bool(bases)) and "noun" not in flag_set, order=order,
                bases=bases, source=source)


def _base_of_literals(element: str, irregulars: Irregulars) -> frozenset[str]:
    """The base forms behind literal inflections ("banned|banning|bans" -> "ban";
    "released|freed" -> "release", "free"), where two or more forms agree."""
    forms = {f.lower() for f in element.split("|") if not f.endswith(("+", "~"))}
    if len(forms) < 2:
        return frozenset()
    candidates: set[str] = set()
    for f in forms:
        for suffix, add in (("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("s", ""), ("es", "")):
            if f.endswith(suffix):
                stem = f[: -len(suffix)] + add
                candidates.add(stem)
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    candidates.add(stem[:-1])
    bases = set()
    for stem in candidates:  # every stem that explains two or more of the forms
        made = set().union(*verb_forms(stem, irregulars).values())
        if len(made & forms) >= 2 and stem not in forms:
            bases.add(stem)
    return frozenset(bases)


def _participles(bases: frozenset[str], irregulars: Irregulars) -> frozenset[str]:
    return frozenset().union(*(verb_forms(b, irregulars)["participle"] for b in bases)) if bases else frozenset()


def _target(text: str, rule_id: str, path: str, line: int) -> tuple[str, tuple[str, ...]]:
    if text in ("obj", "none"):
        return text, ()
    if text.startswith("prep:"):
        return "prep", tuple(p.strip().lower() for p in text[5:].split(",") if p.strip())
    raise KnowledgeBaseError(path, line, f"rule {rule_id}: target must be obj, none or prep:..., not '{text}'")


def load_lexicon(paths: list[Path], irregulars: Irregulars) -> Lexicon:
    """Read rule files in order; a malformed line raises KnowledgeBaseError naming file and line.

    A rule id repeated within one file is an error; a later file may redefine a rule
    of an earlier one by its id (the new rule takes the old one's place).
    """
    rules: dict[str, Rule] = {}
    for path in paths:
        for rule in tsv_records(path, lambda row, name, number: parse_rule(row, name, number, irregulars,
                                                                          len(rules)), "rule"):
            rules[rule.id] = replace(rule, order=rules[rule.id].order) if rule.id in rules else rule
    lexicon = Lexicon()
    for rule in rules.values():
        lexicon.add(rule)
    return lexicon
