"""A second, spelling-tolerant index of the gazetteer's names: the fold key.

Reports spell small places in many ways: words joined or split ("Qansax Dheere",
"Qansaxdheere"), hyphens ("Obafemi-Owode"), doubled vowels ("Kuyibbo", "Kuyibo"), the Somali
letters for ayn and ḥ ("Ceel Dhere", "El Dhere"; "Xuddur", "Huddur"), "-ow" endings
("Hoosingow"), Persian connectors ("Rabat-e Sangi-ye Pain", "Rabat Sangi Pain") and French or
English forms of one sound ("Ouaddai", "Uaddai"; "Djibo", "Jibo"). :func:`fold_key` maps all
of them to one key. ``folds.tsv`` (built from ``places.tsv`` by
``scripts/build_gazetteer.py``) maps each key to the names of ``places.tsv`` that have it;
it is held as one byte string (:class:`SortedText`), looked up only when a name found no
place as written, and the caller keeps a fold only when it names one place in the state the
report is about (``stages/place_names.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .folding import ascii_fold
from .sorted_text import SortedText

__all__ = ["MIN_FOLD", "Folds", "fold_key", "fold_rows"]

MIN_FOLD = 5  # shorter keys are shared by too many places to tell one apart
MAX_SPAN = 4  # the most name words a folded name may span
_KEPT = 20_000  # spans kept before the store of them is emptied
_WORD = re.compile(r"[a-z]+")
_DOUBLED = re.compile(r"(.)\1+")
# one sound, several Latin spellings (French, English, Somali, Arabic and Persian transliterations)
_PAIRS = (("tch", "ch"), ("dj", "j"), ("kh", "k"), ("gh", "g"), ("ph", "f"), ("ck", "k"), ("q", "k"),
          ("x", "h"), ("ou", "u"), ("y", "i"))
_CONNECTORS = frozenset({"e", "i", "ye", "yi"})  # Persian ezafe between two words: "Rabat-e Sangi"


def fold_key(name: str) -> str:
    """The fold key of a place name: ASCII letters only (spaces, hyphens, apostrophes dropped),
    lower case; a connector between words dropped; a word's first "c" before a vowel dropped
    (Somali ayn: "Ceel" -> "eel"); transliteration pairs folded ("kh" -> "k", "x" -> "h",
    "ou" -> "u", "q" -> "k" ...); doubled letters single; a final "w" or "h" after a vowel
    dropped ("Hoosingow", "Azrah"). "Qansax Dheere" and "Qansaxdheere" are both 'kansahdhere'."""
    found = _WORD.findall(ascii_fold(name).lower())
    kept = [w[1:] if len(w) > 2 and w[0] == "c" and w[1] in "aeiou" else w
            for k, w in enumerate(found) if not (0 < k < len(found) - 1 and w in _CONNECTORS)]
    key = "".join(kept)
    for a, b in _PAIRS:
        key = key.replace(a, b)
    key = _DOUBLED.sub(r"\1", key)
    if len(key) > MIN_FOLD and key[-1] in "wh" and key[-2] in "aeiou":
        key = key[:-1]
    return key


def fold_rows(rows: list[str], spellings: list[str] = ()) -> list[str]:
    """The rows of ``folds.tsv`` from the rows of ``places.tsv`` (and ``spellings.tsv``): a fold key,
    then the names (first column) that have it, '|'-joined; a name of ``spellings.tsv`` (tier ``p``,
    a place only with a parent that holds it) after a '~'. Divisions named by a direction alone (tier
    ``d``) are matched only as written, so they are left out, and so are keys under ``MIN_FOLD`` letters."""
    names: dict[str, list[str]] = {}
    for mark, table in (("", rows), ("~", spellings)):
        for row in table:
            cols = row.split("\t")
            if len(cols) < 4 or cols[3] == "d":
                continue
            key = fold_key(cols[0])
            if len(key) >= MIN_FOLD:
                found = names.setdefault(key, [])
                if mark + cols[0] not in found:
                    found.append(mark + cols[0])
    return [f"{key}\t{'|'.join(found)}" for key, found in names.items()]


def _is_word(tok: str) -> bool:
    return tok[:1].isupper() and tok.replace("'", "").isalpha()


@dataclass(slots=True)
class Folds:
    """The fold index: folds.tsv (one byte string) and the regions' own keys."""

    text: SortedText = field(default_factory=SortedText)
    regions: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # fold key -> region keys
    _spans: dict[tuple[str, ...], tuple[int, list[tuple[str, ...]]]] = field(default_factory=dict)

    def add(self, key: tuple[str, ...]) -> None:
        """A region's or US state's name (``regions.tsv``), folded at load (a few hundred)."""
        fold = fold_key(" ".join(key))
        if len(fold) >= MIN_FOLD:
            self.regions.setdefault(fold, []).append(key)

    def names(self, toks: list[str], i: int) -> tuple[int, list[tuple[str, ...]]]:
        """The longest span of name words at ``i`` (a capital, then capitals, hyphens or connectors
        before capitals) whose fold key is a gazetteer name's: (tokens, the names as keys)."""
        if not _is_word(toks[i]):
            return 0, []
        end = i + 1
        while end < len(toks) and end - i < 2 * MAX_SPAN and (
                _is_word(toks[end]) or (toks[end] == "-" or toks[end] in _CONNECTORS)
                and end + 1 < len(toks) and (_is_word(toks[end + 1]) or toks[end + 1] in _CONNECTORS)):
            end += 1
        span = tuple(toks[i:end])
        kept = self._spans.get(span)
        if kept is None:
            if len(self._spans) >= _KEPT:
                self._spans.clear()
            kept = self._spans[span] = self._longest(span)
        return kept

    def _longest(self, span: tuple[str, ...]) -> tuple[int, list[tuple[str, ...]]]:
        words = 0
        for n in range(len(span), 0, -1):
            if not _is_word(span[n - 1]):
                continue  # a name ends in a word, not a hyphen or connector
            words = sum(1 for t in span[:n] if _is_word(t))
            if words > MAX_SPAN:
                continue
            key = fold_key(" ".join(span[:n]))
            if len(key) < MIN_FOLD:
                break
            found = list(self.regions.get(key, []))
            for line in self.text.lines(key.encode("ascii") + b"\t", 1):
                found += [tuple(name.split(" ")) for name in line.split(b"\t", 1)[1].decode("utf-8").split("|")]
                # a name of spellings.tsv comes as ("~Name", ...): the caller reads it there
            if found:
                return n, found
        return 0, []
