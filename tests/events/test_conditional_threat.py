"""Force announced on a condition is a threat, not the act: one fact per row (full model)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_nlp():
    from dateline.nlp.pipeline import load_pipeline

    return load_pipeline(components=("dateline_actors", "dateline_events"))


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("The rebels will attack the capital unless the government resigns.", True),
        ("The militia said it would keep fighting unless its leaders were freed.", True),
        ("The army will attack the town at dawn.", False),
        ("Rebels attacked the capital on Monday.", False),
        ("The rebels attacked the capital because the talks had failed.", False),
    ],
)
def test_force_on_a_condition_is_a_threat(events_nlp, text: str, threat: bool) -> None:
    types = {e.type for e in events_nlp(text)._.events}
    assert ("THREATEN" in types) is threat
