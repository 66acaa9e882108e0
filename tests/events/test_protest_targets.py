"""Whom a protest outside an embassy or a parliament is against: one fact per row (full model)."""

from __future__ import annotations

import pytest


def _protest(nlp, text: str):
    doc = nlp(text)
    return next(e for e in doc._.events if e.type == "PROTEST")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # an embassy or consulate is its state's, wherever it stands
        ("Hundreds of students demonstrated outside the French embassy in Dakar on Tuesday.",
         "FRA"),
        ("Dozens of fishermen protested outside the Chinese consulate in Manila.", "CHN"),
        # a parliament stands where it sits
        ("Farmers rallied outside parliament in Accra against the new land law.", "GHA"),
    ],
)
def test_a_protest_outside_a_state_body_is_against_it(nlp, text: str, country: str) -> None:
    event = _protest(nlp, text)
    assert event.recipient is not None
    assert event.recipient.country == country
    assert not event.recipient.inferred
