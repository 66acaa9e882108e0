"""The main event of a short text (a sentence or snippet), for sentence-level evaluations.

Main = the event whose trigger stands highest in its sentence's dependency tree (the clause
that carries the sentence: "X rejected Y's call to withdraw" -> REJECT), earlier sentences
first, asserted or reported events before negated ones and before events in a background
clause ("after rebels seized the town"), then the higher confidence.
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


BACKGROUND_MARKERS = frozenset({"after", "before", "since", "following", "when", "as",
                                "while", "because", "until", "amid", "amidst", "despite", "over"})
# "ahead of" and "in the wake of" put what follows at another time, as "before" and "after".
AHEAD_MARKERS = frozenset({"ahead", "wake"})
# The markers that put an event at another time or make it a mere circumstance; "as", "when"
# and "while" also join two events of the same moment ("clashed as jets bombed the town").
SCENE_MARKERS = BACKGROUND_MARKERS - {"when", "as", "while"}


def in_background(token: Token, markers: frozenset[str] = BACKGROUND_MARKERS) -> bool:
    """Inside a clause or phrase that sets the scene rather than tells the news: "... one
    day after a jet shot down a helicopter", "following clashes", "since rebels took X",
    "talks began despite air strikes"; or inside an apposition that describes a name ("near
    Aleppo, the scene of the fiercest fighting")."""
    node, steps = token, 0
    while node.head.i != node.i and steps < 50:
        if node.dep_ == "appos":
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in markers
                                        for c in node.children):
            return True
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ in markers:
            return True
        if (node.dep_ == "pobj" and node.head.lower_ == "of"
                and node.head.head.lower_ in AHEAD_MARKERS):
            return True  # "ordered police into Karachi ahead of planned protests"
        if node.dep_ == "prep" and node.lower_ in markers:
            return True
        node, steps = node.head, steps + 1
    return False


def describes_a_party(token: Token) -> bool:
    """Inside a relative clause that describes someone the sentence tells of: "The Taliban,
    who have fought the government for two decades, said they were willing to talk" tells
    the willingness; the fighting says who the Taliban are."""
    node, steps = token, 0
    while node.head.i != node.i and steps < 50:
        if node.dep_ == "relcl":
            return True
        node, steps = node.head, steps + 1
    return False


def trigger_root(doc: Doc, event: Event) -> Token | None:
    """The head token of the event's trigger in ``doc``, or None if its span does not align."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def main_event(doc: Doc, prefer: Callable[[Event], bool] | None = None,
               support: Callable[[Event], float] | None = None) -> Event | None:
    """The main event; with ``prefer``, the main one among the events it accepts, if any
    (the ACLED evaluation prefers events ACLED codes at all); ``support`` adds a score of its
    own to each event (the ACLED label adds the sentence classifier's belief in its label)."""
    events = items(doc, "events")
    if prefer is not None:
        events = [e for e in events if prefer(e)] or events
    if not events:
        return None
    sentence_starts = sorted({e.sentence[0] for e in events})

    def score(event: Event) -> float:
        root = trigger_root(doc, event)
        level = depth(root) if root is not None else 3
        order = sentence_starts.index(event.sentence[0])
        penalty = 0.3 if event.modality == "negated" else 0.0
        if root is not None and in_background(root):
            penalty += 0.6
        if root is not None and describes_a_party(root):
            penalty += 1.0
        return 0.4 * event.confidence - 0.5 * level - 0.6 * order - penalty

    return max(events, key=lambda e: score(e) + (support(e) if support is not None else 0.0))
