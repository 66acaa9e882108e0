"""Import every dateline component module so that its spaCy factory is registered."""

from dateline.nlp import actors, events, places, quotes, stances, timex  # noqa: F401
