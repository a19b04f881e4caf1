"""Is a text English? A stopword-ratio heuristic, with no model to download.

Two checks on a sample of the text (its first :data:`SAMPLE_CHARS` characters):

1. Script: when over a quarter of its characters are letters outside the Latin
   script (A-Z with or without accents), it is not English (Cyrillic, Arabic, Chinese ...).
2. Function words: the share of its words that are common English function
   words ("the", "of", "and", "said" ...; words that are also common in
   French, Spanish, German or Dutch, such as "a", "in", "on", "is", are left out).
   English news scores about 0.25-0.40; French, Spanish, German, Italian and
   Portuguese news under 0.05.  At :data:`MIN_ENGLISH_RATIO` (0.12) or more it is English.
3. Below that, telegraphic English ("On 12 March, two airstrikes reportedly targeted
   farms in a district of Al Bayda. No fatalities reported.") is told from another
   language by the function words of French, Spanish, Portuguese, Italian, German and
   Dutch: the text is English unless one of them outweighs English and reaches
   :data:`MIN_OTHER_RATIO`.

Texts of fewer than :data:`MIN_WORDS` words are too short to judge and count as English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MIN_ENGLISH_RATIO", "MIN_OTHER_RATIO", "MIN_WORDS", "SAMPLE_CHARS", "Language", "guess_english"]

MIN_ENGLISH_RATIO = 0.12
MIN_OTHER_RATIO = 0.08
MIN_WORDS = 20
SAMPLE_CHARS = 5_000
_FUNCTION_WORDS = frozenset("""
    the of and to for that with by as at from was were are has have had said says its his her
    their they he she it be been being will would not an this which who after over but also
    more than into about or these those there when what while would could should other new
    our we you your them him can may one two three last first between against during under
    because before since where how all some such only just its out up year years government
    minister president told""".split())
# function words of other languages that English news does not use
_OTHER_WORDS = {
    "French": frozenset("le la les des du une est sont dans pour par avec sur qui que ont été "
                        "au aux ce cette ces il elle ils leur selon mais plus".split()),
    "Spanish": frozenset("el la los las del una es son por para con que fue han sido al su sus "
                         "según pero más este esta entre desde como".split()),
    "Portuguese": frozenset("o os as do da dos das uma é são por para com que foi foram ao seu sua "
                            "segundo mas mais este esta entre desde como não".split()),
    "Italian": frozenset("il lo gli le del della dei delle una è sono per con che è stato ha hanno "
                         "al alla suo sua secondo ma più questo questa tra come non".split()),
    "German": frozenset("der die das den dem des ein eine einen und ist sind mit für von auf "
                        "nicht sich auch wurde wurden hat haben nach bei aus wie".split()),
    "Dutch": frozenset("de het een en van is zijn met voor op niet ook werd werden heeft hebben "
                       "naar bij uit zoals die dat".split()),
}
_WORD = re.compile(r"[^\W\d_]+")
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True, slots=True)
class Language:
    """The verdict and the evidence for it."""

    english: bool
    reason: str  # "too short to judge", "non-Latin script", "English function words 0.31"


def guess_english(text: str) -> Language:
    """Whether ``text`` looks like English; see the module docstring for the rule."""
    sample = text[:SAMPLE_CHARS]
    if len(_NON_LATIN.findall(sample)) > len(sample) / 4:
        return Language(False, "mostly in a non-Latin script")
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return Language(True, "too short to judge")
    ratio = sum(w in _FUNCTION_WORDS for w in words) / len(words)
    verdict = f"English function words {ratio:.2f} of its words (threshold {MIN_ENGLISH_RATIO})"
    if ratio >= MIN_ENGLISH_RATIO:
        return Language(True, verdict)
    name, other = max(((n, sum(w in fw for w in words) / len(words)) for n, fw in _OTHER_WORDS.items()),
                      key=lambda x: x[1])
    if other >= MIN_OTHER_RATIO and other > ratio:
        return Language(False, f"{verdict}; {name} function words {other:.2f}")
    return Language(True, f"{verdict}, but no other language's are more ({name} {other:.2f})")
