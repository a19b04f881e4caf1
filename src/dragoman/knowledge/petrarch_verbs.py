"""Import a PETRARCH or TABARI verb dictionary into our rule language.

A verb dictionary (format: PETRARCH2's ``dictionaries.rst``) holds synonym sets
(``&LABEL`` and ``+member`` lines), then verb blocks: a ``--- NAME [CODE] ---``
header, the block's verbs (``VERB {forms} [code]``, multi-word verbs marked
``+ASK_FOR``, ``WIRE_+TAP``), and patterns ``- [before] * [after] [CODE] # VERB``.

Each verb with a code of its own (or the block's) becomes a rule ``verb+``; each
pattern becomes ``verb+ [particle] * noun~ * prep * noun~`` with the target taken
from an empty prepositional phrase or a ``+`` slot (``prep:to``) or else ``obj``.
Synsets expand into alternatives (``aid~|loan~``); multi-word members, which one
element cannot hold, are dropped and counted. What cannot be expressed at all
(subject words before the verb, a source marker after it, verb-verb
transformations, null codes) is skipped and counted by reason in the report.

The reading of ``[a:b]`` codes is ours: ``a`` is the code of the source's act on the
target and ``b`` the code in the other direction; ``[a:a]`` becomes flag ``sym``,
``[:b]`` code ``b`` with flag ``rev``; for ``[a:b]`` the reverse code is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .inflect import Irregulars, noun_forms, verb_forms

__all__ = ["DerivedRule", "ImportReport", "import_verb_dictionary", "rules_tsv"]

COLUMNS = ("id", "code", "pattern", "target", "flags", "example", "source")
# words right after the verb that belong to it ("set out", "put forward"), matched without a gap
PARTICLES = frozenset({"out", "up", "down", "off", "forward", "back", "away", "aside", "over", "in", "on",
                       "through", "together", "ahead", "around", "apart", "open", "closed", "home"})
# subject nouns before the verb that mean "the source is armed forces" (flag ``mil``)
MILITARY = frozenset({"&military", "troop", "troops", "forces", "force", "soldier", "soldiers", "army", "&soldier"})
SOURCE_ACTOR, TARGET_ACTOR = ("Germany", "DEU"), ("France", "FRA")
_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")
_WORD = re.compile(r"^[a-z][a-z'\-]*$")


class Unexpressible(Exception):
    """A pattern our rule language cannot say; the message is the reason reported."""


@dataclass(frozen=True, slots=True)
class DerivedRule:
    id: str
    code: str
    pattern: str
    target: str
    flags: str
    example: str
    source: str

    def row(self) -> str:
        return "\t".join((self.id, self.code, self.pattern, self.target, self.flags, self.example, self.source))


@dataclass(slots=True)
class ImportReport:
    """What was derived, and what could not be expressed, by reason."""

    derived: int = 0
    skipped: Counter = field(default_factory=Counter)
    narrowed: Counter = field(default_factory=Counter)  # derived, but with part of the pattern left out
    samples: dict[str, list[str]] = field(default_factory=dict)

    def skip(self, reason: str, line: str) -> None:
        self.skipped[reason] += 1
        self.samples.setdefault(reason, [])
        if len(self.samples[reason]) < 3:
            self.samples[reason].append(line.strip())

    def text(self) -> str:
        lines = [f"derived {self.derived} rules; skipped {sum(self.skipped.values())} entries"]
        for reason, n in self.skipped.most_common():
            lines.append(f"  skipped {n:5d}  {reason}")
            lines += [f"           e.g. {s}" for s in self.samples.get(reason, [])]
        for reason, n in self.narrowed.most_common():
            lines.append(f"  narrowed {n:4d}  {reason}")
        return "\n".join(lines)


@dataclass(slots=True)
class _Verb:
    words: list[str]  # lower case, the verb word marked by index
    index: int
    forms: list[str] | None  # given forms of the verb word; [] means "no other forms"
    code: str | None


@dataclass(slots=True)
class _Block:
    name: str
    code: str | None
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[tuple[str, str]] = field(default_factory=list)  # (pattern line, noted verb)


def _strip_comment(line: str) -> tuple[str, str]:
    body, _, comment = line.partition("#")
    return body.rstrip(), comment.strip()


def _code_field(text: str) -> tuple[str, str | None]:
    """Split 'BODY [code]' into body and the code text (None when absent)."""
    m = re.search(r"\[([^\]]*)\]\s*$", text)
    if not m:
        return text.strip(), None
    return text[: m.start()].strip(), m.group(1).strip()


def _parse_verb(text: str, code: str | None) -> _Verb:
    body, own = _code_field(text)
    forms: list[str] | None = None
    m = re.search(r"\{([^}]*)\}", body)
    if m:
        forms = [_verb_word(f)[0] for f in m.group(1).split()]
        body = body[: m.start()].strip()
    words = body.split()[0].lower().split("_") if body.split() else []
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    index = marked[0] if marked else 0
    words = [w.lstrip("+") for w in words]
    return _Verb(words=[w for w in words if w], index=index, forms=forms, code=own if own is not None else code)


def _verb_word(form: str) -> tuple[str, int]:
    words = form.lower().split("_")
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    i = marked[0] if marked else 0
    return words[i].lstrip("+"), i


def parse_dictionary(text: str) -> tuple[dict[str, tuple[list[str], bool]], list[_Block], list[str]]:
    """Synsets (label -> (members, plurals?)), verb blocks, and transformation lines."""
    synsets: dict[str, tuple[list[str], bool]] = {}
    blocks: list[_Block] = []
    transforms: list[str] = []
    label: str | None = None
    for raw in text.splitlines():
        line, comment = _strip_comment(raw)
        if not line.strip():
            continue
        if line.startswith("&"):
            label = line.split()[0].lower()
            synsets[label.rstrip("_")] = ([], not label.endswith("_"))
        elif line.startswith("---"):
            label = None
            m = re.match(r"^---\s*(.*?)\s*(?:\[([^\]]*)\])?[\s-]*$", line)
            name, code = (m.group(1), m.group(2)) if m else (line.strip("- "), None)
            blocks.append(_Block(name.lower().strip("_ ").replace("_", "-").replace(" ", "-"), code))
        elif line.startswith("~"):
            transforms.append(line)
        elif line.startswith("-") and blocks:
            blocks[-1].patterns.append((line[1:].strip(), comment.split()[0].lower() if comment else ""))
        elif label is not None and line.startswith("+"):
            synsets[label.rstrip("_")][0].append(line[1:].strip().lower())
        elif blocks:
            blocks[-1].verbs.append(_parse_verb(line.strip(), blocks[-1].code))
    return synsets, blocks, transforms


def _verb_element(verb: _Verb, irregulars: Irregulars, nouns: frozenset[str]) -> str:
    """``lemma+`` with the given forms it does not make; a lemma that the dictionary
    also uses as a noun ("protest", "attack") gets its past, participle and gerund
    written out instead, so that its base counts only after "to", "will" ... and its
    noun uses ("in protest at") do not trigger the rule."""
    lemma = verb.words[verb.index]
    if verb.forms == []:  # '{}': only the form written
        return lemma
    forms = verb_forms(lemma, irregulars)
    made = set().union(*forms.values())
    extra = sorted({f for f in (verb.forms or []) if f not in made})
    if lemma in nouns:
        written = [*sorted(forms["past"] | forms["participle"]), *sorted(forms["gerund"] - forms["past"])]
        return "|".join(dict.fromkeys([*written, *extra]))
    return "|".join([f"{lemma}+", *extra])


def _verb_pattern(verbs: list[_Verb], irregulars: Irregulars, nouns: frozenset[str] = frozenset()) -> list[str]:
    """Elements for the verb(s): one alternative of single-word verbs, or a multi-word verb's words."""
    single = [v for v in verbs if len(v.words) == 1]
    if single:
        alts: list[str] = []
        for v in single:
            alts += [a for a in _verb_element(v, irregulars, nouns).split("|") if a not in alts]
        return ["|".join(alts)]
    verb = verbs[0]
    return [(_verb_element(verb, irregulars, nouns) if i == verb.index else w) for i, w in enumerate(verb.words)]


def _written_out(pattern: str) -> str:
    """When no verb element has ``+``, later nouns are written out too (``decision|decisions``):
    the first ``~`` element would otherwise become the trigger."""
    if "+" in pattern:
        return pattern
    out = []
    for element in pattern.split():
        alts = [a for alt in element.split("|")
                for a in (sorted(noun_forms(alt[:-1])) if alt.endswith("~") else [alt])]
        out.append("|".join(dict.fromkeys(alts)))
    return " ".join(out)


def dictionary_nouns(synsets: dict[str, tuple[list[str], bool]], blocks: list[_Block]) -> frozenset[str]:
    """Words the dictionary uses as nouns: members of noun synsets and words of patterns
    that are not a preposition opening a phrase or a particle."""
    words = {m for members, plural in synsets.values() if plural for m in members if _WORD.match(m)}
    for block in blocks:
        for line, _ in block.patterns:
            tokens = _TOKEN.findall(_code_field(line)[0].lower())
            words |= {t for k, t in enumerate(tokens) if _WORD.match(t) and t not in PARTICLES
                      and (k == 0 or tokens[k - 1] != "(")}
    return frozenset(words)


@dataclass(slots=True)
class _Converted:
    elements: list[str]
    target: str = "obj"
    flags: set[str] = field(default_factory=set)
    slot: bool = False  # an actor slot was placed: nothing may follow it
    narrowed: list[str] = field(default_factory=list)


def _noun(word: str, plural: bool = True) -> str:
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) or not plural:
        return word
    return f"{word}~"


def _synset(label: str, synsets: dict[str, tuple[list[str], bool]], out: _Converted, head: bool) -> str:
    key = label.lower().rstrip("_")
    if key not in synsets:
        raise Unexpressible("undefined synset")
    members, plural = synsets[key]
    single = [m for m in members if _WORD.match(m.rstrip("_"))]
    if len(single) < len(members):
        out.narrowed.append("multi-word or non-word synset members left out")
    if not single:
        raise Unexpressible("synset of multi-word phrases only")
    alts = [_noun(m.rstrip("_"), plural and head and not m.endswith("_")) for m in single]
    return "|".join(dict.fromkeys(alts))


def _word(token: str, synsets, out: _Converted, head: bool) -> list[str]:
    token = token.lower()
    if token.startswith("&"):
        return [_synset(token, synsets, out, head)]
    parts = [p for p in token.strip("_").split("_") if p]
    if not parts or not all(_WORD.match(p) for p in parts):
        raise Unexpressible("a token that is not a word")
    words: list[str] = []
    for k, p in enumerate(parts):
        pieces = " - ".join(p.split("-")).split()
        last = k == len(parts) - 1
        words += pieces[:-1] + [_noun(pieces[-1], head and last) if "-" not in p else pieces[-1]]
    return words


def _group(tokens: list[str], i: int, close: str) -> tuple[list[str], int]:
    out = []
    while i < len(tokens) and tokens[i] != close:
        out.append(tokens[i])
        i += 1
    if i == len(tokens):
        raise Unexpressible("unbalanced brackets")
    return out, i + 1


def _phrase(tokens: list[str], synsets, out: _Converted) -> list[str]:
    """A braced noun phrase or a single noun: modifiers literal, the last word the head."""
    words: list[str] = []
    for k, t in enumerate(tokens):
        words += _word(t, synsets, out, head=k == len(tokens) - 1)
    return words


def _add(out: _Converted, words: list[str], gap: bool = True) -> None:
    if out.slot:
        raise Unexpressible("words after the target's slot")
    if gap and out.elements[-1] != "*":
        out.elements.append("*")
    out.elements += words


def _prep_phrase(inner: list[str], synsets, out: _Converted, last: bool, first: bool) -> None:
    """A prepositional phrase: right after the verb when it comes first ("flew to"), else after a gap."""
    if not inner:
        raise Unexpressible("empty prepositional phrase")
    prep, rest = inner[0].lower(), inner[1:]
    if prep.startswith("&") or not _WORD.match(prep):
        raise Unexpressible("a preposition that is not a word")
    if rest in ([], ["+"]):
        if not last:
            raise Unexpressible("words after the target's slot")
        _add(out, [prep], gap=not first)
        out.target, out.slot = f"prep:{prep}", True
        return
    nouns = [t for t in rest if t not in "{}^"]
    _add(out, [prep], gap=not first)
    _add(out, _phrase(nouns, synsets, out))


def _after(tokens: list[str], synsets, out: _Converted) -> None:
    if "$" in tokens or "%" in tokens:
        raise Unexpressible("source or compound marker after the verb")
    i, first = 0, True
    while i < len(tokens):
        t = tokens[i]
        if t == "(":
            inner, i = _group(tokens, i + 1, ")")
            _prep_phrase(inner, synsets, out, last=i == len(tokens), first=first)
        elif t == "{":
            inner, i = _group(tokens, i + 1, "}")
            _add(out, _phrase(inner, synsets, out))
        elif t == "+":
            out.slot, i = True, i + 1
        elif t == "^":
            if not out.slot:
                _add(out, [])
            i += 1
        elif first and t.lower() in PARTICLES:
            _add(out, [t.lower()], gap=False)
            i += 1
        else:
            _add(out, _word(t, synsets, out, head=True))
            i += 1
        first = False
    while out.elements[-1] == "*":
        out.elements.pop()


def _before(tokens: list[str], out: _Converted) -> None:
    words = [t.lower() for t in tokens if t != "$"]
    if not words:
        return
    if all(w in MILITARY for w in words):
        out.flags.add("mil")
        return
    if "+" in words:
        raise Unexpressible("the target named before the verb")
    raise Unexpressible("words before the verb (a subject or auxiliary)")


def _code(text: str | None, out: _Converted) -> str:
    if text is None:
        raise Unexpressible("no code")
    active, colon, passive = text.partition(":")
    active, passive = active.strip(), passive.strip()
    if colon and not active:
        active = passive
        out.flags.add("rev")
    elif colon and passive == active:
        out.flags.add("sym")
    elif colon and passive and passive != "---":
        out.narrowed.append("reverse code of [a:b] left out")
    if active in ("---", ""):
        raise Unexpressible("null code (no event)")
    if not active.isdigit() or len(active) not in (3, 4):
        raise Unexpressible("not a CAMEO code")
    return active


def convert_pattern(line: str, verb: list[str], synsets, block_code: str | None) -> tuple[str, str, _Converted]:
    """One pattern line -> (code, pattern text, conversion); raises Unexpressible."""
    body, code_text = _code_field(line)
    out = _Converted(elements=list(verb))
    code = _code(code_text if code_text is not None else block_code, out)
    tokens = _TOKEN.findall(body)
    if "*" not in tokens:
        raise Unexpressible("no verb position '*'")
    star = tokens.index("*")
    _before(tokens[:star], out)
    _after(tokens[star + 1:], synsets, out)
    return code, " ".join(out.elements), out


def _example(pattern: str, target: str, flags: set[str], irregulars: Irregulars) -> str:
    """A generated sentence the rule must code: the pattern's words, first alternatives."""
    words = []
    for element in pattern.split():
        if element == "*":
            continue
        alt = element.split("|")[0]
        if alt.endswith("+"):
            alt = min(verb_forms(alt[:-1], irregulars)["past"], key=lambda f: (len(f), f))
        words.append(alt.rstrip("~"))
    text = " ".join(words).replace(" - ", "-")
    src, tgt = SOURCE_ACTOR, TARGET_ACTOR
    subject = "German troops" if "mil" in flags else src[0]
    sentence = f"{subject} {text} {tgt[0]}." if target == "obj" or target.startswith("prep") else f"{subject} {text}."
    pair = f"{tgt[1]}>{src[1]}" if "rev" in flags else f"{src[1]}>{tgt[1]}"
    return f"{sentence} || {pair}"


@dataclass(slots=True)
class _Builder:
    irregulars: Irregulars
    source: str
    codes: frozenset[str] | None
    nouns: frozenset[str] = frozenset()
    report: ImportReport = field(default_factory=ImportReport)
    rules: list[DerivedRule] = field(default_factory=list)
    seen: set[tuple[str, str, str, str]] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)

    def add(self, rule_id: str, code: str, pattern: str, target: str, flags: set[str], line: str) -> None:
        if self.codes is not None and code not in self.codes:
            self.report.skip("code not in the codebook", line)
            return
        pattern = _written_out(pattern)
        key = (code, pattern, target, ",".join(sorted(flags)))
        if key in self.seen:
            self.report.skip("same rule as an earlier entry", line)
            return
        self.seen.add(key)
        base, n = rule_id, 1
        while rule_id in self.ids:
            n += 1
            rule_id = f"{base}-{n}"
        self.ids.add(rule_id)
        example = _example(pattern, target, flags, self.irregulars)
        self.rules.append(DerivedRule(rule_id, code, pattern, target, ",".join(sorted(flags)), example, self.source))
        self.report.derived += 1


def _block_rules(block: _Block, synsets, build: _Builder, noted: bool) -> None:
    for verb in block.verbs:
        if not verb.words or not all(_WORD.match(w) for w in verb.words):
            build.report.skip("verb: not a word", " ".join(verb.words))
            continue
        line = f"{'_'.join(verb.words)} [{verb.code}] in {block.name}"
        out = _Converted(elements=[])
        try:
            code = _code(verb.code, out)
        except Unexpressible as exc:
            build.report.skip(f"verb: {exc}", line)
            continue
        pattern = " ".join(_verb_pattern([verb], build.irregulars, build.nouns))
        build.add(f"{code}/p2-{'-'.join(verb.words)}", code, pattern, "obj", out.flags, line)
    block_verb = _verb_pattern(block.verbs, build.irregulars, build.nouns) if block.verbs else []
    for n, (line, noted_verb) in enumerate(block.patterns, 1):
        verbs = [v for v in block.verbs if "_".join(v.words) == noted_verb] if noted else []
        verb = _verb_pattern(verbs, build.irregulars, build.nouns) if verbs else block_verb
        if not verb:
            build.report.skip("pattern of a block without verbs", line)
            continue
        try:
            code, pattern, out = convert_pattern(line, verb, synsets, block.code)
        except Unexpressible as exc:
            build.report.skip(f"pattern: {exc}", line)
            continue
        for note in out.narrowed:
            build.report.narrowed[note] += 1
        build.add(f"{code}/p2-{block.name}-{n}", code, pattern, out.target, out.flags, line)


def import_verb_dictionary(text: str, irregulars: Irregulars, *, noted: bool = False,
                           source: str = "petrarch2",
                           codes: frozenset[str] | None = None) -> tuple[list[DerivedRule], ImportReport]:
    """Convert a PETRARCH/TABARI verb dictionary's text into rules and a report.

    ``noted``: a pattern applies only to the verb named in its comment (``# RUSH``)
    when that verb is in the block, instead of to every verb of the block as
    PETRARCH reads it. ``codes``: when given, rules whose code is not among them are
    skipped. ``source`` fills the provenance column.
    """
    synsets, blocks, transforms = parse_dictionary(text)
    build = _Builder(irregulars, source, codes, dictionary_nouns(synsets, blocks))
    for line in transforms:
        build.report.skip("verb-verb transformation (~)", line)
    for block in blocks:
        _block_rules(block, synsets, build, noted)
    return build.rules, build.report


def rules_tsv(rules: list[DerivedRule], header: str = "") -> str:
    """The rules as a rule file (with our columns and an optional comment header)."""
    lines = [f"# {h}" if h else "#" for h in header.splitlines()] if header else []
    lines.append("\t".join(COLUMNS))
    lines += [r.row() for r in rules]
    return "\n".join(lines) + "\n"
