"""Text matching for search: insensitive to case and to diacritics."""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter plus a mark, so NFKD alone
# would leave them alone: "Azərbaycan" must still match "Azerbaycan".
_NO_DECOMPOSITION = str.maketrans(
    {
        "ə": "e",
        "ı": "i",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ħ": "h",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
        "ŋ": "n",
    }
)


def fold(text: str) -> str:
    """Lower-case, strip accents and marks, and collapse whitespace, for comparing search terms."""
    folded = text.casefold()
    if folded.isascii():
        # Most text has no accent to strip: this runs for every event when a file opens, and
        # going through it character by character took 12 s for a million events.
        return " ".join(folded.split())
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.translate(_NO_DECOMPOSITION).split())
