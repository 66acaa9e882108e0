"""Numbers and casualty counts, on hand-made parses (no model needed)."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.events.counts import read_number, sentence_counts, word_value

NLP = spacy.blank("en")


def parsed(words, heads, deps, pos, lemmas):
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(
    ("text", "value"),
    [("26", 26), ("1,000", 1000), ("twelve", 12), ("twenty-six", 26), ("dozens", 24),
     ("Three", 3), ("several", None), ("1,00", None)],
)
def test_word_value(text, value):
    assert word_value(text) == value


@pytest.mark.parametrize(
    ("text", "index", "value", "low", "high", "qualifier"),
    [
        ("at least 26 people", 2, 26, 26, None, "low"),
        ("more than 40 houses", 2, 40, 40, None, "low"),
        ("up to 50 fighters", 2, 50, None, 50, "high"),
        ("about 30 people", 1, 30, None, None, "approx"),
        ("20 to 30 soldiers", 0, 20, 20, 30, "range"),
        ("two hundred people", 0, 200, None, None, None),
        ("7 civilians", 0, 7, None, None, None),
    ],
)
def test_read_number(text, index, value, low, high, qualifier):
    number = read_number(NLP(text)[index])
    assert (number.value, number.low, number.high, number.qualifier) == (
        value, low, high, qualifier)


def test_killed_object_of_the_verb():
    # "Gunmen killed 12 villagers"
    doc = parsed(["Gunmen", "killed", "12", "villagers"], [1, 1, 3, 1],
                 ["nsubj", "ROOT", "nummod", "dobj"], ["NOUN", "VERB", "NUM", "NOUN"],
                 ["gunman", "kill", "12", "villager"])
    assert [(f, n.value) for f, n, _ in sentence_counts(doc[:])] == [("killed", 12)]


def test_missing_as_predicate():
    # "22 are missing"
    doc = parsed(["22", "are", "missing"], [1, 1, 1], ["nsubj", "ROOT", "acomp"],
                 ["NUM", "AUX", "ADJ"], ["22", "be", "missing"])
    assert [(f, n.value) for f, n, _ in sentence_counts(doc[:])] == [("missing", 22)]


def test_passive_injured():
    # "Five people were wounded"
    doc = parsed(["Five", "people", "were", "wounded"], [1, 3, 3, 3],
                 ["nummod", "nsubjpass", "auxpass", "ROOT"], ["NUM", "NOUN", "AUX", "VERB"],
                 ["five", "people", "be", "wound"])
    assert [(f, n.value) for f, n, _ in sentence_counts(doc[:])] == [("injured", 5)]


def test_a_number_that_counts_nothing():
    # "Three ministers met"
    doc = parsed(["Three", "ministers", "met"], [1, 2, 2], ["nummod", "nsubj", "ROOT"],
                 ["NUM", "NOUN", "VERB"], ["three", "minister", "meet"])
    assert sentence_counts(doc[:]) == []
