"""Modality of an event trigger: asserted, negated, future, hypothetical or reported."""

from __future__ import annotations

from spacy.tokens import Token

FUTURE_AUX = frozenset({"will", "shall", "'ll"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should"})
# Heads whose complement is intended or expected rather than done: "expected to meet".
INTENT_HEADS = frozenset({
    "expect", "plan", "poise", "intend", "prepare", "aim", "hope", "schedule", "set", "due",
    "threaten", "vow", "pledge", "promise", "agree", "want", "seek", "try", "attempt", "mull",
    "consider", "propose", "offer", "go", "likely", "ready", "about", "urge", "ask", "call",
    "demand", "willing", "prepared", "poised", "determined", "eager",
})
# Subjects that say the act befell no one.
NOBODY = frozenset({"nobody", "none", "noone"})
NEGATING_HEADS = frozenset({"refuse", "fail", "decline", "deny", "reject", "avoid", "unable"})
# Heads whose object noun is wanted, not done: "demanded the release of X", "called for a
# ceasefire".
WANTING_HEADS = frozenset({"demand", "call", "urge", "seek", "press", "ask", "request", "want",
                           "await"})
# "lacks the capability to halt them": a means that is missing negates what it would do.
MEANS_NOUNS = frozenset({"capability", "ability", "capacity", "means", "power", "strength"})
LACKING_VERBS = frozenset({"lack", "miss"})
REPORTING_HEADS = frozenset({
    "say", "tell", "report", "claim", "state", "announce", "add", "allege", "according",
    "insist", "confirm", "note", "write", "believe", "accuse", "quote",
})
CONDITION_MARKS = frozenset({"if", "unless"})


def _clause_children(token: Token) -> list[Token]:
    return list(token.children)


def is_negated(token: Token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    return any(c.dep_ == "det" and c.lower_ in ("no",) for c in token.children)


def modality(token: Token) -> str:
    """The modality of the event a trigger token evokes (first rule that applies wins)."""
    children = _clause_children(token)
    aux = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if is_negated(token) or any(c.dep_ in ("nsubj", "nsubjpass") and (
            is_negated(c) or c.lower_ in NOBODY) for c in children):
        return "negated"  # "no one was killed", "nobody was hurt", "none were injured"
    head = token.head if token.dep_ in ("xcomp", "ccomp", "pobj", "dobj", "acl", "relcl") else None
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        head = token.head.head
    if head is not None and head.i != token.i:
        if head.lemma_.lower() in NEGATING_HEADS and token.dep_ == "xcomp":
            return "negated"
        if is_negated(head) and token.dep_ in ("xcomp", "dobj"):
            return "negated"
        if token.dep_ in ("acl", "relcl") and _missing_means(head):
            return "negated"
        if token.dep_ == "acl" and token.tag_ == "VBN" and is_negated(head):
            return "negated"  # "with no shots fired", "no casualties reported"
    if token.dep_ == "pcomp" and token.head.lower_ == "without":
        return "negated"  # "without sharing details"
    if aux & HYPOTHETICAL_AUX or any(c.lower_ in CONDITION_MARKS for c in children
                                     if c.dep_ == "mark"):
        return "hypothetical"
    if aux & FUTURE_AUX or ("going" in aux and "to" in aux):
        return "future"
    if (head is not None and head.i != token.i and token.dep_ in ("dobj", "pobj")
            and head.lemma_.lower() in WANTING_HEADS):
        return "future"  # "demanded the release of X": the release is wanted
    if head is not None and head.i != token.i and token.dep_ == "xcomp":
        if head.lemma_.lower() in INTENT_HEADS:
            return "future"
        head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if head_aux & FUTURE_AUX:
            return "future"
        if head_aux & HYPOTHETICAL_AUX:
            return "hypothetical"
    if is_reported(token):
        return "reported"
    return "asserted"


def _missing_means(noun: Token) -> bool:
    """ "lacks the capability to ...", "has no means to ...": the act cannot happen."""
    if noun.lemma_.lower() not in MEANS_NOUNS and noun.lower_ not in MEANS_NOUNS:
        return False
    return is_negated(noun) or (noun.dep_ == "dobj" and (
        noun.head.lemma_.lower() in LACKING_VERBS or is_negated(noun.head)))


def is_reported(token: Token) -> bool:
    """The trigger's clause is the complement of a reporting verb ("X said that ...")."""
    node = token
    for _ in range(4):
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in REPORTING_HEADS:
            return True
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
            node = node.head
            continue
        break
    return any(c.lower_ == "according" for c in token.sent
               if c.dep_ == "prep" and c.head.i == token.sent.root.i)
