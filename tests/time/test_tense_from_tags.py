"""One fact per row: without a parse, the tense of an expression's clause is read from the Penn
tags of the nearest finite verb in its sentence (``nearby_tense``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dateline.time.tense import expression_tense, nearby_tense

VOCAB = spacy.blank("en").vocab

# words/tags (word/TAG, space-separated), the expression's word, expected tense
ROWS = [
    ("Troops/NNS left/VBD the/DT town/NN Friday/NNP ./.", "Friday", "past"),
    ("Talks/NNS will/MD resume/VB Friday/NNP ./.", "Friday", "future"),
    ("The/DT vote/NN is/VBZ set/VBN to/TO take/VB place/NN Friday/NNP ./.", "Friday", "future"),
    ("He/PRP expects/VBZ to/TO sign/VB Friday/NNP ./.", "Friday", "future"),
    ("Parliament/NNP has/VBZ fired/VBN two/CD ministers/NNS Friday/NNP ./.", "Friday", "past"),
    ("Shares/NNS trade/VBP higher/JJR Friday/NNP ./.", "Friday", "present"),
    ("Friday/NNP ,/, the/DT talks/NNS failed/VBD ./.", "Friday", "past"),
    # the verb of another sentence is not read
    ("They/PRP met/VBD ./. Friday/NNP talks/NNS ./.", "Friday", None),
]


def _doc(row: str) -> Doc:
    pairs = [item.rsplit("/", 1) for item in row.split()]
    return Doc(VOCAB, words=[w for w, _ in pairs], tags=[t for _, t in pairs])


@pytest.mark.parametrize(("row", "word", "tense"), ROWS, ids=[r[0] for r in ROWS])
def test_tense_from_the_nearest_verb(row: str, word: str, tense: str | None) -> None:
    doc = _doc(row)
    i = [t.text for t in doc].index(word)
    assert nearby_tense(doc[i:i + 1]) == tense


def test_expression_tense_uses_the_tags_when_there_is_no_parse() -> None:
    doc = _doc("Talks/NNS will/MD resume/VB Friday/NNP ./.")
    assert not doc.has_annotation("DEP")
    assert expression_tense(doc[3:4]) == "future"
