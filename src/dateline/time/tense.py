"""The tense of the clause a word sits in, read from the dependency parse.

Only the parse and the Penn tags are read (no coarse POS, no lemmas), so the tense is the same
whether or not the model's attribute ruler and lemmatizer ran: a temporal tagger needs just the
tagger and the parser.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would", "'d"})
# Verbs that put an infinitive after them in the future ("expected to meet"), every form.
FUTURE_VERBS = frozenset({
    "expect", "expects", "expected", "expecting", "plan", "plans", "planned", "planning",
    "schedule", "schedules", "scheduled", "scheduling", "due", "set", "sets", "setting",
    "hope", "hopes", "hoped", "hoping", "intend", "intends", "intended", "intending",
    "aim", "aims", "aimed", "aiming", "want", "wants", "wanted", "wanting",
    "seek", "seeks", "sought", "seeking", "prepare", "prepares", "prepared", "preparing",
    "go", "goes", "went", "gone", "going",
})
BE_FORMS = frozenset({"be", "is", "are", "was", "were", "am", "been", "being", "'s", "'re",
                      "'m"})
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
PERFECT_AUX = frozenset({"has", "have", "'ve", "'s", "had"})


def is_verb(token: Token) -> bool:
    """A verb or an auxiliary, by its Penn tag."""
    return token.tag_ in VERB_TAGS


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) above a token, the token itself excluded."""
    current = token
    for _ in range(12):
        if current.head.i == current.i:
            return None
        current = current.head
        if is_verb(current):
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
        if head.i != verb.i and depth < 4 and head.lower_ in FUTURE_VERBS:
            if _pluperfect(head):
                return "past"  # "had been scheduled to expire Friday": that Friday is past
            return "future"
        if any(a.tag_ == "MD" for a in auxes):
            return "future"
        if head.i != verb.i and depth < 4 and is_verb(head):
            return verb_tense(head, depth + 1)
        return None
    if verb.tag_ == "VBG" and any(a.lower_ in BE_FORMS for a in auxes):
        return "future" if any(a.tag_ in ("VBZ", "VBP") for a in auxes) else "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBG" or verb.tag_ == "VB":
        head = verb.head
        if head.i != verb.i and depth < 4 and is_verb(head):
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
    if doc.has_annotation("DEP"):
        tense = clause_tense(span.root)
    elif doc.has_annotation("TAG"):
        tense = nearby_tense(span)
    else:
        tense = None
    if tense == "future":
        return tense
    if span.end < len(doc) and doc[span.end].lower_ in ("'s", "'"):
        return "past"
    root = span.root
    if root.dep_ in ("compound", "nmod") and root.head.tag_ in ("NN", "NNS") and \
            root.head.i >= span.end and len(span) == 1:
        return "past"
    return tense


SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def nearby_tense(span: Span, reach: int = 12) -> str | None:
    """The tense of the nearest finite verb in the expression's sentence, from the Penn tags
    alone (a Doc without a parse): the verb before the expression first, else the one after.
    """
    doc = span.doc
    for step, start in ((-1, span.start - 1), (1, span.end)):
        i = start
        while 0 <= i < len(doc) and abs(i - start) < reach and doc[i].text not in SENTENCE_ENDS:
            if doc[i].tag_ in FINITE_TAGS:
                return _group_tense(doc, i)
            i += step
    return None


def _group_tense(doc, i: int) -> str:
    """past | present | future for the verb group that starts with the finite verb at i."""
    word = doc[i]
    if word.tag_ == "MD":
        return "future"
    if word.tag_ == "VBD":
        return "past"
    # present: "has fired" (perfect) reads as past, "is going to" / "is set to" as future,
    # "expects to hold" as future
    j = i + 1
    while j < len(doc) and doc[j].tag_ in ("RB", "VBN", "VBG", "VB", "TO") and j - i < 5:
        if doc[j].tag_ == "VBN" and word.lower_ in PERFECT_AUX:
            return "past"
        if doc[j].tag_ == "TO" and (word.lower_ in FUTURE_VERBS or
                                   doc[j - 1].lower_ in FUTURE_VERBS):
            return "future"
        j += 1
    return "present"
