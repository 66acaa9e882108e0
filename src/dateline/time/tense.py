"""The tense of the clause a word sits in, read from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Span, Token

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
            if _pluperfect(head):
                return "past"  # "had been scheduled to expire Friday": that Friday is past
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


def _pluperfect(verb: Token) -> bool:
    """ "had planned", "had been scheduled", "was due ... had": a plan already overtaken."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") and c.tag_ == "VBD"
               for c in verb.children)


def clause_tense(token: Token) -> str | None:
    """The tense of the clause that governs ``token`` (past, present, future or None)."""
    verb = governing_verb(token)
    return verb_tense(verb) if verb is not None else None


# Words that put the date after them in the future whatever the clause's tense:
# "a dividend payable Dec. 15", "a pact effective June 1", "a loan due March 3".
FUTURE_CUES = frozenset({"payable", "effective", "due", "expiring", "maturing"})


def expression_tense(span: Span) -> str | None:
    """The tense a temporal expression is read in: its clause's, unless a cue word overrides it.

    A possessive ("Thursday's close", "August's figures") or a noun modifier ("a June
    agreement", "the Tuesday vote") names something that already exists, so it looks back
    unless the clause is in the future tense.
    """
    doc = span.doc
    before = span.start - 1
    if before >= 0 and doc[before].lower_ in ("on", "as", "of") and before > 0:
        before -= 1
    if before >= 0 and doc[before].lower_ in FUTURE_CUES:
        return "future"
    tense = clause_tense(span.root) if doc.has_annotation("DEP") else None
    if tense == "future":
        return tense
    if span.end < len(doc) and doc[span.end].lower_ in ("'s", "'"):
        return "past"
    root = span.root
    if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN" and \
            root.head.i >= span.end and len(span) == 1:
        return "past"
    return tense
