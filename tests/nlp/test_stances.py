"""Stances through the full pipeline, on sentences written for dateline."""

import pytest


@pytest.mark.parametrize(
    ("text", "target", "polarity"),
    [
        ("Several governments voiced their opposition to the proposed mining code.",
         "the proposed mining code", "oppose"),
        ("The Kenyan government welcomed the ceasefire deal.", "the ceasefire deal", "support"),
        ("Brazil does not support the proposal.", "the proposal", "oppose"),
        ("The union is against the pension reform.", "the pension reform", "oppose"),
    ],
)
def test_stance(nlp, text, target, polarity):
    stances = nlp(text)._.stances
    assert [(s.target, s.polarity) for s in stances] == [(target, polarity)]
    assert stances[0].evidence == (0, len(text))


def test_no_stance_in_a_plain_report(nlp):
    assert nlp("The minister arrived in Accra on Monday.")._.stances == []


@pytest.mark.parametrize(
    ("text", "holder_text"),
    [
        ("Several governments voiced their opposition to the proposed mining code.",
         "Several governments"),
        ("The Kenyan government welcomed the ceasefire deal.", "The Kenyan government"),
    ],
)
def test_holder_text_is_kept_also_without_an_entity(nlp, text, holder_text):
    assert [s.holder_text for s in nlp(text)._.stances] == [holder_text]
