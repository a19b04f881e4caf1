"""ASCII folding of names, shared by the gazetteer and its fold index."""

from __future__ import annotations

import unicodedata

__all__ = ["ascii_fold"]

# letters Unicode does not decompose into an ASCII base letter and a mark: without these,
# folding drops them ("Wrocław" would become "Wrocaw", "Diyarbakır" "Diyarbakr")
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th",
                               "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H", "ŧ": "t", "ŋ": "ng"})


def ascii_fold(text: str) -> str:
    """ASCII letters for a name: marks dropped, other letters spelled as English writes them
    ("Kandahār" -> "Kandahar", "Wrocław" -> "Wroclaw", "Diyarbakır" -> "Diyarbakir")."""
    text = text.translate(_UNDECOMPOSED)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
