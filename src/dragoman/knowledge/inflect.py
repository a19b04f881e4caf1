"""English word forms for lexicon patterns: a verb lemma's inflections, a noun's plural.

Regular rules are here; irregular verbs come from ``data/lexicon/irregular.tsv``.
British and American spellings (-ise/-ize, -isation/-ization, -yse/-yze,
-our/-or, -ll-/-l-) are both produced, so a lexicon writes a word once.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["Irregulars", "load_irregulars", "noun_forms", "plural", "spellings", "verb_forms"]

Irregulars = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]

_VOWELS = set("aeiou")
# Verbs whose final consonant doubles (stressed last syllable) beyond the one-syllable rule.
_DOUBLE = {"ban", "bar", "plan", "stop", "drop", "ship", "step", "grab", "rob", "shun", "tap",
           "trap", "slam", "jam", "scrap", "strip", "spur", "stab", "nab", "commit",
           "admit", "submit", "permit", "omit", "refer", "prefer", "confer", "deter", "transfer",
           "occur", "compel", "expel", "repel", "propel", "control", "patrol", "regret",
           "equip", "rebut", "upset", "abet", "outstrip", "kidnap", "handicap", "format",
           "swap", "snub", "wed", "cancel", "travel", "label", "fuel", "model", "signal",
           "level", "channel", "rival", "total", "dial", "pedal", "quarrel", "shovel", "tunnel",
           "counsel", "marshal", "annul", "extol", "instil", "fulfil", "distil", "enrol"}
_PREFIXES = ("un", "re", "air", "out", "over", "under", "up")
_NO_DOUBLE = {"open", "visit", "limit", "exit", "edit", "target", "budget", "offer", "enter", "order", "answer", "listen", "happen", "threaten", "weaken", "deepen", "widen", "broaden", "strengthen", "lessen", "worsen", "harden", "tighten", "loosen", "shorten", "sharpen", "soften", "fasten", "flatten", "award", "heal", "seal", "veto", "fix", "mix", "tax", "box", "flex", "relax", "show", "grow", "know", "row", "vow", "bow", "sew", "view", "chew", "stew", "brew", "mow", "tow", "sow", "row", "blow", "slow", "crow", "glow", "flow"}
_BRITISH_LL = {"cancel", "travel", "label", "fuel", "model", "signal", "level", "channel",
               "rival", "total", "dial", "pedal", "quarrel", "shovel", "tunnel", "counsel",
               "marshal"}


def load_irregulars(path: Path) -> Irregulars:
    table: Irregulars = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lemma, past, participle = line.split("\t")[:3]
        table[lemma] = (tuple(past.split("|")), tuple(participle.split("|")))
    return table


def spellings(word: str) -> set[str]:
    """The word in British and American spelling."""
    out = {word}
    for a, b in (("ize", "ise"), ("ization", "isation"), ("yze", "yse"), ("our", "or"),
                 ("izing", "ising"), ("ized", "ised"), ("izes", "ises")):
        for w in list(out):
            if a in w:
                out.add(w.replace(a, b))
            if b in w and not w.endswith(("rise", "vise", "wise", "cise", "mise", "tise")):
                out.add(w.replace(b, a))
    return out


def _third(lemma: str) -> str:
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def _doubles(lemma: str) -> bool:
    if lemma in _NO_DOUBLE:
        return False
    if lemma in _DOUBLE:
        return True
    if any(lemma.startswith(p) and lemma[len(p):] in _DOUBLE for p in _PREFIXES):
        return True  # "unban", "airdrop", "overstep": as the verb they are built on
    return (len(lemma) >= 3 and lemma[-1] not in _VOWELS | set("wxy") and lemma[-2] in _VOWELS
            and lemma[-3] not in _VOWELS and (len(lemma) <= 4 or sum(c in _VOWELS for c in lemma) == 1))  # "shrug"


def _regular(lemma: str) -> tuple[str, str]:
    """(past, -ing) of a regular verb."""
    if lemma.endswith("ee"):
        return lemma + "d", lemma + "ing"
    if lemma.endswith("ie"):
        return lemma + "d", lemma[:-2] + "ying"
    if lemma.endswith("e"):
        return lemma + "d", lemma[:-1] + "ing"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied", lemma + "ing"
    if lemma.endswith("c") and lemma not in ("sync",):
        return lemma + "ked", lemma + "king"
    if _doubles(lemma):
        return lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    return lemma + "ed", lemma + "ing"


def verb_forms(lemma: str, irregulars: Irregulars) -> dict[str, set[str]]:
    """Forms of a verb by kind: base, third, past, participle, gerund (each in both spellings)."""
    past, gerund = _regular(lemma)
    pasts: tuple[str, ...] = (past,)
    participles: tuple[str, ...] = (past,)
    if lemma in irregulars:
        pasts, participles = irregulars[lemma]
    forms = {
        "base": {lemma},
        "third": {_third(lemma)},
        "past": set(pasts),
        "participle": set(participles),
        "gerund": {gerund},
    }
    if lemma in _BRITISH_LL:  # cancelled/canceled, travelling/traveling
        forms["past"] |= {lemma + "ed"}
        forms["participle"] |= {lemma + "ed"}
        forms["gerund"] |= {lemma + "ing"}
    return {kind: set().union(*(spellings(w) for w in ws)) for kind, ws in forms.items()}


_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "child": "children", "person": "people",
                      "crisis": "crises", "analysis": "analyses", "thesis": "theses",
                      "basis": "bases", "criterion": "criteria", "leaf": "leaves",
                      "life": "lives", "chief": "chiefs", "ally": "allies"}


def plural(noun: str) -> str:
    """A noun's plural by the regular rules and the irregular nouns listed here."""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def noun_forms(noun: str) -> set[str]:
    """A noun and its plural, in both spellings."""
    return spellings(noun) | spellings(plural(noun))
