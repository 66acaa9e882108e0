"""A firing from a post is not a shooting: one fact per row (full model)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_nlp():
    from dateline.nlp.pipeline import load_pipeline

    return load_pipeline(components=("dateline_actors", "dateline_events"))


@pytest.mark.parametrize(
    ("text", "assault"),
    [
        ("The parliament fired two cabinet ministers on Tuesday.", False),
        ("The club sacked its coach after the defeat.", False),
        ("The governor fired the police chief over the scandal.", False),
        ("Troops fired rockets at the village overnight.", True),
        ("Police fired on protesters outside the ministry.", True),
        ("Gunmen fired at a bus on the highway.", True),
    ],
)
def test_firing_someone_is_not_an_assault(events_nlp, text: str, assault: bool) -> None:
    doc = events_nlp(text)
    assert any(e.type == "ASSAULT" for e in doc._.events) is assault


@pytest.mark.parametrize(
    "text",
    [
        "The parliament fired two cabinet ministers on Tuesday.",
        "The governor fired the police chief over the scandal.",
        "The board sacked the chief executive last week.",
    ],
)
def test_a_dismissal_sentence_gets_no_event_from_the_classifier(events_nlp, text: str) -> None:
    assert events_nlp(text)._.events == []
