"""Which trigger tells the news: background clauses (hand-made parses, no model)."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.events.main import in_background

NLP = spacy.blank("en")

# "Peru recalled its envoy after Chile expelled two diplomats"
AFTER = Doc(NLP.vocab,
            words=["Peru", "recalled", "its", "envoy", "after", "Chile", "expelled", "two",
                   "diplomats"],
            heads=[1, 1, 3, 1, 6, 6, 1, 8, 6],
            deps=["nsubj", "ROOT", "poss", "dobj", "mark", "nsubj", "advcl", "nummod", "dobj"])
# "Troops withdrew following clashes"
FOLLOWING = Doc(NLP.vocab, words=["Troops", "withdrew", "following", "clashes"],
                heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"])
# "Peru recalled its envoy to protest the expulsion"
PURPOSE = Doc(NLP.vocab,
              words=["Peru", "recalled", "its", "envoy", "to", "protest", "the", "expulsion"],
              heads=[1, 1, 3, 1, 5, 1, 7, 5],
              deps=["nsubj", "ROOT", "poss", "dobj", "aux", "advcl", "det", "dobj"])

# "Talks began despite airstrikes", "Rebels retreated amid clashes"
DESPITE = Doc(NLP.vocab, words=["Talks", "began", "despite", "airstrikes"],
              heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"])
AMID = Doc(NLP.vocab, words=["Rebels", "retreated", "amid", "clashes"],
           heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"])


# "Rebels freed hostages near Idlib, the scene of heavy fighting": the apposition describes
SCENE = Doc(NLP.vocab,
            words=["Rebels", "freed", "hostages", "near", "Idlib", ",", "the", "scene", "of",
                   "heavy", "fighting"],
            heads=[1, 1, 1, 1, 3, 4, 7, 4, 7, 10, 8],
            deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "det", "appos", "prep",
                  "amod", "pobj"])


@pytest.mark.parametrize(
    ("doc", "index", "background"),
    [(AFTER, 1, False), (AFTER, 6, True), (FOLLOWING, 3, True), (FOLLOWING, 1, False),
     (PURPOSE, 5, False), (DESPITE, 3, True), (DESPITE, 1, False), (AMID, 3, True),
     (AMID, 1, False), (SCENE, 10, True), (SCENE, 1, False)],
)
def test_in_background(doc, index, background):
    assert in_background(doc[index]) is background
