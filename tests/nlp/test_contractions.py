"""Typographic contractions ("isn’t", "it’s") read as the plain ones."""

import pytest


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("They’re ready to talk.", "’re", "be"),
        ("We’ve agreed to the terms.", "’ve", "have"),
        ("It’s President Ruto.", "’s", "be"),
        ("She’ll go to Nairobi.", "’ll", "will"),
        ("The army isn’t withdrawing.", "n’t", "not"),
    ],
)
def test_a_typographic_contraction_has_the_plain_forms_lemma(nlp, text, word, lemma):
    token = next(t for t in nlp(text) if t.text == word)
    assert token.lemma_ == lemma


@pytest.mark.parametrize(
    "text",
    ["The army isn’t withdrawing from the city, officials said.",
     "Russia hasn’t attacked the town."],
)
def test_a_typographic_negation_negates(nlp, text):
    doc = nlp(text)
    assert doc._.events and all(e.modality == "negated" for e in doc._.events)
    assert [e.modality for e in nlp(text.replace("’", "'"))._.events] == [
        e.modality for e in doc._.events]


def test_the_text_is_left_as_it_is(nlp):
    text = "They’re sure it isn’t over."
    assert nlp(text).text == text
