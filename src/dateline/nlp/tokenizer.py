"""Tokenizer tweak: split the hyphen that joins a dotted abbreviation to a capitalised name.

spaCy keeps "U.S.-Ukraine talks" and "E.U.-Turkey deal" as one word (its hyphen rule wants a
letter before the hyphen, and here there is a period), so neither party is an entity. It
already splits "Israel-Hamas ceasefire"; this makes the dotted pairs behave the same.
"U.S.-backed" keeps its hyphen inside the word, like spaCy's own reading.
"""

from __future__ import annotations

import re

from spacy.language import Language

ABBREVIATION_PAIR = r"(?<=[A-Z]\.)-(?=[A-Z][a-z]|[A-Z]\.)"


def split_abbreviation_pairs(nlp: Language) -> None:
    """Add the abbreviation-pair hyphen to ``nlp``'s infixes (once)."""
    finder = nlp.tokenizer.infix_finditer
    pattern = finder.__self__.pattern if finder is not None else ""
    if ABBREVIATION_PAIR in pattern:
        return
    combined = f"{pattern}|{ABBREVIATION_PAIR}" if pattern else ABBREVIATION_PAIR
    nlp.tokenizer.infix_finditer = re.compile(combined).finditer
