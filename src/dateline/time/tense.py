"""The tense of the clause a word sits in, read from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Token

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
FUTURE_VERBS = frozenset({"expect", "plan", "schedule", "due", "set", "hope", "intend", "aim",
                          "want", "seek", "prepare", "go"})
PERFECT_AUX = frozenset({"has", "have", "'ve", "'s", "had"})


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) above a token, the token itself excluded."""
    current = token
    for _ in range(12):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def verb_tense(verb: Token, depth: int = 0) -> str | None:
    """past | present | future for a verb and its auxiliaries, or None if it has no tense."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN":
        return "past"
    if verb.tag_ == "VB" and ("to" in words or any(a.tag_ == "MD" for a in auxes)):
        head = verb.head
        if head.i != verb.i and depth < 4 and head.lemma_ in FUTURE_VERBS:
            return "future"
        if any(a.tag_ == "MD" for a in auxes):
            return "future"
        if head.i != verb.i and depth < 4 and head.pos_ in ("VERB", "AUX"):
            return verb_tense(head, depth + 1)
        return None
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes):
        return "future" if any(a.tag_ in ("VBZ", "VBP") for a in auxes) else "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBG" or verb.tag_ == "VB":
        head = verb.head
        if head.i != verb.i and depth < 4 and head.pos_ in ("VERB", "AUX"):
            return verb_tense(head, depth + 1)
    return None


def clause_tense(token: Token) -> str | None:
    """The tense of the clause that governs ``token`` (past, present, future or None)."""
    verb = governing_verb(token)
    return verb_tense(verb) if verb is not None else None
