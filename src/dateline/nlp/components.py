"""Import every dateline component module so that its spaCy factory is registered."""

from dateline.nlp import (  # noqa: F401
    actors,
    contractions,
    events,
    places,
    quotes,
    stances,
    timex,
    wire_header,
)
