"""Links from an event to the other components' output: actor codes, date, place, source.

Each calls the owning component's public function when it is installed and falls back to a
minimal reading of the Doc attributes otherwise, so event coding runs on its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.nlp.extensions import items
from dateline.records import EventDate, EventPlace, Participant


def code_participant(doc: Doc, span: Span) -> Participant:
    """The participant a span names, resolved to an entity and coded country + sector."""
    try:
        from dateline.actors.coding import code_span
    except (ImportError, AttributeError):
        return _entity_participant(doc, span)
    try:
        return code_span(doc, span)
    except Exception:  # noqa: BLE001 - a coding failure must not lose the event
        return _entity_participant(doc, span)


def _entity_participant(doc: Doc, span: Span) -> Participant:
    participant = Participant(text=span.text, start=span.start_char, end=span.end_char)
    for entity in items(doc, "entities"):
        spans = [(entity.start, entity.end), *entity.mentions]
        if any(s < span.end_char and span.start_char < e for s, e in spans):
            participant.entity = entity.id
            if entity.actor is not None:
                participant.country = entity.actor.country
                participant.sector = entity.actor.sector
            break
    return participant


def event_date(doc: Doc, token: Token) -> EventDate | None:
    try:
        from dateline.time.governing import governing_date
    except (ImportError, AttributeError):
        return None  # never the publication day by default: that is GDELT's mistake
    try:
        return governing_date(doc, token)
    except Exception:  # noqa: BLE001
        return None


def event_place(doc: Doc, token: Token) -> EventPlace | None:
    try:
        from dateline.geo.locate import event_location
    except (ImportError, AttributeError):
        return None
    try:
        return event_location(doc, token)
    except Exception:  # noqa: BLE001
        return None


def event_source(doc: Doc, token: Token) -> str | None:
    """The id of the quote or reported statement the event rests on, if any."""
    try:
        from dateline.quotes.lookup import quote_for_token
    except (ImportError, AttributeError):
        return _quote_covering(doc, token)
    try:
        return quote_for_token(doc, token)
    except Exception:  # noqa: BLE001
        return None


def _quote_covering(doc: Doc, token: Token) -> str | None:
    for quote in items(doc, "quotes"):
        if quote.start <= token.idx < quote.end:
            return quote.id
    return None
