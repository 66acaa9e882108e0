"""Metonymy on hand-parsed Docs: one sentence per row, the place and its role."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.geo.roles import RoleRules, place_role


def parsed(words, heads, deps, lemmas, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas,
               pos=pos)


CASES = [
    # Moscow played down the plan.
    (["Moscow", "played", "down", "the", "plan", "."], [1, 1, 1, 4, 1, 1],
     ["nsubj", "ROOT", "prt", "det", "dobj", "punct"],
     ["Moscow", "play", "down", "the", "plan", "."],
     ["PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"], 0, "actor"),
    # Ministers met in Brussels.
    (["Ministers", "met", "in", "Brussels", "."], [1, 1, 1, 2, 1],
     ["nsubj", "ROOT", "prep", "pobj", "punct"],
     ["minister", "meet", "in", "Brussels", "."],
     ["NOUN", "VERB", "ADP", "PROPN", "PUNCT"], 3, "location"),
    # Kyiv 's troops retreated.
    (["Kyiv", "'s", "troops", "retreated"], [2, 0, 3, 3],
     ["poss", "case", "nsubj", "ROOT"], ["Kyiv", "'s", "troop", "retreat"],
     ["PROPN", "PART", "NOUN", "VERB"], 0, "actor"),
    # Kremlin spokesman spoke.
    (["Kremlin", "spokesman", "spoke"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
     ["Kremlin", "spokesman", "speak"], ["PROPN", "NOUN", "VERB"], 0, "actor"),
    # Ternopil lies in the west.
    (["Ternopil", "lies", "in", "the", "west"], [1, 1, 1, 4, 2],
     ["nsubj", "ROOT", "prep", "det", "pobj"], ["Ternopil", "lie", "in", "the", "west"],
     ["PROPN", "VERB", "ADP", "DET", "NOUN"], 0, "location"),
    # Kyiv and Washington signed.
    (["Kyiv", "and", "Washington", "signed"], [3, 0, 0, 3], ["nsubj", "cc", "conj", "ROOT"],
     ["Kyiv", "and", "Washington", "sign"], ["PROPN", "CCONJ", "PROPN", "VERB"], 2, "actor"),
    # The plan was rejected by Washington.
    (["The", "plan", "was", "rejected", "by", "Washington"], [1, 3, 3, 3, 3, 4],
     ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
     ["the", "plan", "be", "reject", "by", "Washington"],
     ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN"], 5, "actor"),
    # The Lima talks resumed: the venue.
    (["The", "Lima", "talks", "resumed"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
     ["the", "Lima", "talk", "resume"], ["DET", "PROPN", "NOUN", "VERB"], 1, "location"),
    # Lima 's talks with Quito resumed: Peru's talks, an actor.
    (["Lima", "'s", "talks", "resumed"], [2, 0, 3, 3], ["poss", "case", "nsubj", "ROOT"],
     ["Lima", "'s", "talk", "resume"], ["PROPN", "PART", "NOUN", "VERB"], 0, "actor"),
    # Ternopil was hit overnight.
    (["Ternopil", "was", "hit", "overnight"], [2, 2, 2, 2],
     ["nsubjpass", "auxpass", "ROOT", "advmod"], ["Ternopil", "be", "hit", "overnight"],
     ["PROPN", "AUX", "VERB", "ADV"], 0, "location"),
]


@pytest.mark.parametrize(("words", "heads", "deps", "lemmas", "pos", "index", "role"), CASES)
def test_place_role(words, heads, deps, lemmas, pos, index, role):
    doc = parsed(words, heads, deps, lemmas, pos)
    assert place_role(doc[index:index + 1], RoleRules.load()) == role


def test_without_a_parse_a_place_is_a_location():
    doc = Doc(spacy.blank("en").vocab, words=["Moscow", "said"])
    assert place_role(doc[0:1], RoleRules.load()) == "location"
