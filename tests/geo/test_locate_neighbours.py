"""event_location: a sentence with no place takes a town from the sentence before or after."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.geo.locate import event_location
from dateline.nlp.extensions import ensure_extensions
from dateline.records import Place


def _doc(sentences: list[list[str]]) -> Doc:
    ensure_extensions()
    words = [w for s in sentences for w in s]
    starts = [i == 0 for s in sentences for i in range(len(s))]
    heads, offset = [], 0
    for s in sentences:  # a flat parse: every word hangs off the sentence's second word
        heads += [offset + 1] * len(s)
        offset += len(s)
    return Doc(spacy.blank("en").vocab, words=words, heads=heads,
               deps=["dep"] * len(words), sent_starts=starts)


def _place(doc: Doc, i: int, pid: str, feature: str) -> Place:
    token = doc[i]
    return Place(id=pid, text=token.text, start=token.idx, end=token.idx + len(token),
                 name=token.text, country="XX", admin1=None, lat=1.0, lon=1.0,
                 feature=feature, role="location")


@pytest.mark.parametrize(
    ("sentences", "places", "trigger", "expected"),
    [
        # the town is named in the next sentence
        ([["Far", "away", "."], ["Rockets", "hit", "a", "market", "."],
          ["Malovka", "lies", "near", "Zembla", "."]],
         [(0, "country"), (8, "city"), (11, "country")], 4, ("P8", 2)),
        # the town is named in the sentence before
        ([["Malovka", "woke", "."], ["Rockets", "hit", "a", "market", "."]],
         [(0, "city")], 4, ("P0", 2)),
        # two sentences away is too far: the article's main place instead
        ([["Malovka", "woke", "."], ["Nothing", "moved", "."], ["Rockets", "hit", "it", "."],
          ["Zembla", "mourns", "."], ["Zembla", "weeps", "."]],
         [(0, "city"), (10, "country"), (13, "country")], 7, ("P10", 3)),
        # only a country next door: not used, the main place decides
        ([["Zembla", "grieves", "."], ["Rockets", "hit", "a", "market", "."],
          ["Osterlich", "waits", "."], ["Osterlich", "waits", "."]],
         [(0, "country"), (8, "country"), (11, "country")], 4, ("P8", 3)),
    ],
)
def test_neighbouring_sentence_place(sentences, places, trigger, expected):
    doc = _doc(sentences)
    doc._.places = [_place(doc, i, f"P{i}", feature) for i, feature in places]
    found = event_location(doc, doc[trigger])
    assert (found.place, found.precision) == expected
