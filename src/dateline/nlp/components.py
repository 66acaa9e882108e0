"""Import every dateline component module so that its spaCy factory is registered."""

from dateline.nlp import (  # noqa: F401
    actors,
    events,
    places,
    quotes,
    stances,
    timex,
    wire_header,
)
