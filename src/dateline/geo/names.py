"""Normalize place names so that "Kyiv", "KYIV" and "Kyïv" share one lookup key."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Latin letters (Basic, Latin-1, Extended-A/B, IPA, Extended Additional); others are skipped.
_NON_LATIN = re.compile(r"[^\u0000-\u024f\u1e00-\u1eff\u2018-\u201f]")


def name_key(name: str) -> str:
    """Lookup key of a place name: accents stripped, lower case, punctuation to single spaces."""
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.lower().replace("'", "")
    return _NON_ALNUM.sub(" ", stripped).strip()


def is_latin(name: str) -> bool:
    """True if the name is in Latin script (alternate names in other scripts are skipped)."""
    return bool(name) and not _NON_LATIN.search(name)
