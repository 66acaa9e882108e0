"""A vow is a threat only when the vowed act harms someone: one fact per row (full model)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def events_nlp():
    from dateline.nlp.pipeline import load_pipeline

    return load_pipeline(components=("dateline_actors", "dateline_events"))


def vow_event(doc):
    return next(e for e in doc._.events if e.trigger.text.lower().startswith(
        ("vow", "pledg", "promis", "swor", "swear")))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The president vowed to end the war within months.", "AGREE"),
        ("She promised to build new schools in the north.", "AGREE"),
        ("The two leaders pledged to work together on trade.", "AGREE"),
        ("The governor vowed to restore power to every home by Friday.", "AGREE"),
        ("The new prime minister vowed to fight corruption.", "AGREE"),
        ("The mayor pledged to crush poverty in the slums.", "AGREE"),
        ("The rebels vowed to retaliate against the army.", "THREATEN"),
        ("The minister pledged to crush the insurgency.", "THREATEN"),
        ("The commander vowed revenge for the killing of his men.", "THREATEN"),
        ("He vowed to continue fighting until the last soldier.", "THREATEN"),
        ("The junta vowed to arrest the organisers of the strike.", "THREATEN"),
    ],
)
def test_a_vow_is_a_threat_only_when_the_vowed_act_harms(events_nlp, text: str,
                                                          event_type: str) -> None:
    assert vow_event(events_nlp(text)).type == event_type


@pytest.mark.parametrize(
    "text",
    [
        "The army says its capture of the town will lead to further gains.",
        "The ministry said the new rules would result in shorter queues at the border.",
    ],
)
def test_a_verb_of_consequence_carries_no_guessed_event(events_nlp, text: str) -> None:
    doc = events_nlp(text)
    assert not [e for e in doc._.events if e.trigger.text in ("lead", "result")]
