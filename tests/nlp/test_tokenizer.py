"""The tokenizer splits a dotted abbreviation from the name it is hyphenated to."""

import pytest
import spacy

from dateline.nlp.tokenizer import split_abbreviation_pairs


@pytest.fixture(scope="module")
def tokenizer():
    nlp = spacy.blank("en")
    split_abbreviation_pairs(nlp)
    split_abbreviation_pairs(nlp)  # a second call changes nothing
    return nlp.tokenizer


@pytest.mark.parametrize("text, words", [
    ("U.S.-Peru talks", ["U.S.", "-", "Peru", "talks"]),
    ("the E.U.-Chile deal", ["the", "E.U.", "-", "Chile", "deal"]),
    ("U.K.-U.S. ties", ["U.K.", "-", "U.S.", "ties"]),
    # a hyphen before a lower-case word stays inside it, as spaCy reads it
    ("a U.S.-backed plan", ["a", "U.S.-backed", "plan"]),
    ("the U.N.-brokered truce", ["the", "U.N.-brokered", "truce"]),
    # spaCy's own rules are kept
    ("Chile-Peru border", ["Chile", "-", "Peru", "border"]),
    ("a well-known case", ["a", "well", "-", "known", "case"]),
])
def test_abbreviation_pairs(tokenizer, text, words):
    assert [t.text for t in tokenizer(text)] == words
