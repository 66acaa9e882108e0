"""Pronoun participants -> the nearest compatible entity mention before them (no model)."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.actors.pronouns import antecedent
from dateline.nlp.extensions import ensure_extensions
from dateline.records import ActorCode, Entity

NLP = spacy.blank("en")


def doc_with_entities(words, pos, sent_starts, entities):
    """``entities``: (id, first word, last word + 1, label)."""
    ensure_extensions()
    doc = Doc(NLP.vocab, words=words, pos=pos, sent_starts=sent_starts)
    doc._.entities = [
        Entity(id=eid, text=doc[s:e].text, start=doc[s].idx, end=doc[e - 1].idx + len(doc[e - 1]),
               label=label, canonical=doc[s:e].text,
               mentions=[(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))],
               actor=ActorCode(country="CHL", sector="GOV", role=None))
        for eid, s, e, label in entities
    ]
    return doc


# "Gabriel Boric met Peru . He then visited Bolivia ." -> he = Boric; a later "it" = Peru
WORDS = ["Gabriel", "Boric", "met", "Peru", ".", "He", "said", "it", "agreed", "."]
POS = ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "PRON", "VERB", "PRON", "VERB", "PUNCT"]
STARTS = [True, False, False, False, False, True, False, False, False, False]
ENTITIES = [("E1", 0, 2, "PERSON"), ("E2", 3, 4, "GPE")]


@pytest.mark.parametrize(
    ("index", "expected"),
    [(5, "E1"),  # he -> the person, although Peru is nearer
     (7, "E2")],  # it -> the state
)
def test_pronoun_antecedent(index, expected):
    doc = doc_with_entities(WORDS, POS, STARTS, ENTITIES)
    assert antecedent(doc, doc[index]).id == expected


def test_no_compatible_mention_gives_none():
    doc = doc_with_entities(WORDS, POS, STARTS, [("E2", 3, 4, "GPE")])
    assert antecedent(doc, doc[5]) is None


def test_mentions_beyond_the_window_are_ignored():
    words = ["Boric", "spoke", ".", "Rain", "fell", ".", "Snow", "fell", ".", "He", "left", "."]
    pos = ["PROPN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "PUNCT", "PRON",
           "VERB", "PUNCT"]
    starts = [True, False, False, True, False, False, True, False, False, True, False, False]
    doc = doc_with_entities(words, pos, starts, [("E1", 0, 1, "PERSON")])
    assert antecedent(doc, doc[9], window=1) is None
    assert antecedent(doc, doc[9], window=3).id == "E1"


def test_a_bare_surname_stands_for_the_full_name():
    words = ["Gabriel", "Boric", "spoke", ".", "Boric", "left", ".", "He", "returned", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"]
    starts = [True, False, False, False, True, False, False, True, False, False]
    doc = doc_with_entities(words, pos, starts, [("E1", 0, 2, "PERSON")])
    doc._.entities[0].mentions = [(0, 13)]  # the tagger missed the second "Boric"
    assert antecedent(doc, doc[7], window=1).id == "E1"


# "Gabriel Boric met Peru . His aide said its army left ." -> his = Boric; its = Peru
POSSESSIVE_WORDS = ["Gabriel", "Boric", "met", "Peru", ".", "His", "aide", "said", "its", "army",
                    "left", "."]
POSSESSIVE_POS = ["PROPN", "PROPN", "VERB", "PROPN", "PUNCT", "PRON", "NOUN", "VERB", "PRON",
                  "NOUN", "VERB", "PUNCT"]
POSSESSIVE_STARTS = [True, False, False, False, False, True, False, False, False, False, False,
                     False]


@pytest.mark.parametrize(("index", "pronoun", "expected"),
                         [(5, None, "E1"), (8, None, "E2"), (8, "he", "E1")])
def test_possessive_antecedent(index, pronoun, expected):
    doc = doc_with_entities(POSSESSIVE_WORDS, POSSESSIVE_POS, POSSESSIVE_STARTS, ENTITIES)
    assert antecedent(doc, doc[index], pronoun=pronoun).id == expected
