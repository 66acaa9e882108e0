"""One event told in several sentences of an article becomes one event.

A later candidate joins an earlier one of the same type (and compatible mode) when it refers
back to it: a definite or demonstrative noun trigger ("the strike", "this attack") or the same
trigger lemma with the same recipient. Its counts fill the earlier event's empty fields.
An event without an actor takes the actor of the closest earlier event of the same type in
the article, marked as inferred ("Russia pounded cities ... airstrikes that destroyed ...").
"""

from __future__ import annotations

from dateline.events.detect import Candidate

ANAPHORIC_DETS = frozenset({"the", "this", "that", "these", "those", "its", "their"})
INFER_WINDOW = 3  # sentences back


def _compatible(early: Candidate, late: Candidate) -> bool:
    if early.type != late.type:
        return False
    if early.mode and late.mode and early.mode != late.mode:
        return False
    return (early.modality == "negated") == (late.modality == "negated")


def _refers_back(early: Candidate, late: Candidate) -> bool:
    trigger = late.trigger
    nouns = [t for t in (trigger, *late.absorbed) if t.pos_ == "NOUN"]
    if any(c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETS
           for noun in nouns for c in noun.children):
        return late.actor is None or early.actor is None or (
            late.actor.text.lower() == early.actor.text.lower())
    same_lemma = trigger.lemma_.lower() == early.trigger.lemma_.lower()
    same_target = (late.recipient is not None and early.recipient is not None
                   and late.recipient.text.lower() == early.recipient.text.lower())
    return same_lemma and same_target


def merge_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Merge candidates (in text order) that tell the same event; keep the first mention."""
    kept: list[Candidate] = []
    for cand in candidates:
        target = None
        for early in reversed(kept):
            if early.sentence == cand.sentence:
                continue
            if _compatible(early, cand) and _refers_back(early, cand):
                target = early
                break
        if target is None:
            kept.append(cand)
            continue
        for name, number in cand.counts.items():
            target.counts.setdefault(name, number)
        if target.mode is None:
            target.mode = cand.mode
        target.recipient = target.recipient or cand.recipient
        target.confidence = round(min(0.95, target.confidence + 0.05), 3)
    return kept


def infer_actors(candidates: list[Candidate]) -> None:
    """Give an actorless event the actor of a close earlier event of the same type."""
    sentence_index = {}
    for cand in candidates:
        sentence_index.setdefault(cand.sentence.start, len(sentence_index))
    for i, cand in enumerate(candidates):
        if cand.actor is not None and cand.actor.root.pos_ != "PRON":
            continue
        here = sentence_index[cand.sentence.start]
        for early in reversed(candidates[:i]):
            if here - sentence_index[early.sentence.start] > INFER_WINDOW:
                break
            if early.type == cand.type and early.actor is not None and not early.inferred_actor:
                cand.actor = early.actor
                cand.inferred_actor = True
                cand.confidence = round(cand.confidence * 0.8, 3)
                break
