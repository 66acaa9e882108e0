"""Modality from hand-made dependency parses (no model)."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.events.modality import modality

NLP = spacy.blank("en")

CASES = [
    # words, heads, deps, lemmas, trigger index, modality
    (["Troops", "attacked", "Gao"], [1, 1, 1], ["nsubj", "ROOT", "dobj"],
     ["troop", "attack", "Gao"], 1, "asserted"),
    (["Troops", "did", "not", "attack", "Gao"], [3, 3, 3, 3, 3],
     ["nsubj", "aux", "neg", "ROOT", "dobj"], ["troop", "do", "not", "attack", "Gao"], 3,
     "negated"),
    (["He", "will", "visit", "Lima"], [2, 2, 2, 2], ["nsubj", "aux", "ROOT", "dobj"],
     ["he", "will", "visit", "Lima"], 2, "future"),
    (["He", "is", "expected", "to", "meet", "her"], [2, 2, 2, 4, 2, 4],
     ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "dobj"],
     ["he", "be", "expect", "to", "meet", "she"], 4, "future"),
    (["It", "would", "force", "a", "surrender"], [2, 2, 2, 4, 2],
     ["nsubj", "aux", "ROOT", "det", "dobj"], ["it", "would", "force", "a", "surrender"], 2,
     "hypothetical"),
    (["Police", "said", "gunmen", "killed", "two"], [1, 1, 3, 1, 3],
     ["nsubj", "ROOT", "nsubj", "ccomp", "dobj"], ["police", "say", "gunman", "kill", "two"], 3,
     "reported"),
    (["They", "refused", "to", "withdraw"], [1, 1, 3, 1], ["nsubj", "ROOT", "aux", "xcomp"],
     ["they", "refuse", "to", "withdraw"], 3, "negated"),
    # a missing means: "Peru lacks the capability to strike"
    (["Peru", "lacks", "the", "capability", "to", "strike"], [1, 1, 3, 1, 5, 3],
     ["nsubj", "ROOT", "det", "dobj", "aux", "acl"],
     ["Peru", "lack", "the", "capability", "to", "strike"], 5, "negated"),
    # "Peru has the capability to strike": the means is there
    (["Peru", "has", "the", "capability", "to", "strike"], [1, 1, 3, 1, 5, 3],
     ["nsubj", "ROOT", "det", "dobj", "aux", "acl"],
     ["Peru", "have", "the", "capability", "to", "strike"], 5, "asserted"),
    # "No one was killed": a subject that is no one negates the act
    (["No", "one", "was", "killed"], [1, 3, 3, 3], ["det", "nsubjpass", "auxpass", "ROOT"],
     ["no", "one", "be", "kill"], 3, "negated"),
    (["One", "was", "killed"], [2, 2, 2], ["nsubjpass", "auxpass", "ROOT"],
     ["one", "be", "kill"], 2, "asserted"),
    # "They demanded the release of X": a release wanted, not done
    (["They", "demanded", "the", "release"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["they", "demand", "the", "release"], 3, "future"),
    (["They", "announced", "the", "release"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["they", "announce", "the", "release"], 3, "asserted"),
    # "They left without firing"
    (["They", "left", "without", "firing"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pcomp"],
     ["they", "leave", "without", "fire"], 3, "negated"),
]


@pytest.mark.parametrize(("words", "heads", "deps", "lemmas", "index", "expected"), CASES)
def test_modality(words, heads, deps, lemmas, index, expected):
    doc = Doc(NLP.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert modality(doc[index]) == expected


@pytest.mark.parametrize("text", ["However, nobody was injured in the blast.",
                                  "None were hurt when the grenade went off."])
def test_an_act_that_befell_nobody_is_negated(nlp, text: str) -> None:
    events = nlp(text)._.events
    assert events
    assert not [e for e in events if e.trigger.text in ("injured", "hurt")
                and e.modality != "negated"]
