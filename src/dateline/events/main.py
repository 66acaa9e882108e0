"""The main event of a short text (a sentence or snippet), for sentence-level evaluations.

Main = the event whose trigger stands highest in its sentence's dependency tree (the clause
that carries the sentence: "X rejected Y's call to withdraw" -> REJECT), earlier sentences
first, asserted or reported events before negated ones, then the higher confidence.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from dateline.nlp.extensions import items
from dateline.records import Event


def depth(token: Token) -> int:
    n = 0
    while token.head.i != token.i and n < 50:
        token = token.head
        n += 1
    return n


def main_event(doc: Doc, prefer: Callable[[Event], bool] | None = None) -> Event | None:
    """The main event; with ``prefer``, the main one among the events it accepts, if any
    (the ACLED evaluation prefers events ACLED codes at all)."""
    events = items(doc, "events")
    if prefer is not None:
        events = [e for e in events if prefer(e)] or events
    if not events:
        return None
    sentence_starts = sorted({e.sentence[0] for e in events})

    def score(event: Event) -> float:
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        level = depth(span.root) if span is not None else 3
        order = sentence_starts.index(event.sentence[0])
        penalty = 0.3 if event.modality == "negated" else 0.0
        return 0.4 * event.confidence - 0.5 * level - 0.6 * order - penalty

    return max(events, key=score)
