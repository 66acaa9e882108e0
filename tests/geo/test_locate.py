"""event_location on hand-parsed Docs with hand-made places."""

import pytest
import spacy
from spacy.tokens import Doc

from dateline.geo.locate import event_location, main_place, place_precision
from dateline.nlp.extensions import ensure_extensions
from dateline.records import Place


def place(pid, doc, i, name, feature, admin1=None, role="location"):
    token = doc[i]
    return Place(id=pid, text=token.text, start=token.idx, end=token.idx + len(token),
                 name=name, country="UA", admin1=admin1, lat=49.0, lon=30.0, feature=feature,
                 role=role)


@pytest.fixture
def strike_doc():
    """Missiles struck a house in Ternopil . Kyiv condemned it . Officials met in Ukraine ."""
    ensure_extensions()
    words = ["Missiles", "struck", "a", "house", "in", "Ternopil", ".",
             "Kyiv", "condemned", "it", ".",
             "Officials", "met", "in", "Ukraine", "."]
    heads = [1, 1, 3, 1, 3, 4, 1, 8, 8, 8, 8, 12, 12, 12, 13, 12]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct",
            "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PRON",
           "PUNCT", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    sent_starts = [True] + [False] * 6 + [True] + [False] * 3 + [True] + [False] * 4
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=sent_starts)
    doc._.places = [
        place("P1", doc, 5, "Ternopil", "city", "Ternopil Oblast"),
        place("P2", doc, 7, "Kyiv", "city", "Kyiv", role="actor"),
        place("P3", doc, 14, "Ukraine", "country"),
    ]
    return doc


def test_place_attached_by_preposition(strike_doc):
    assert event_location(strike_doc, strike_doc[1]).place == "P1"
    assert event_location(strike_doc, strike_doc[1]).precision == 1


def test_actors_are_not_event_locations(strike_doc):
    # "Kyiv condemned it": Kyiv acts; the sentence has no location, so the article's main one.
    found = event_location(strike_doc, strike_doc[8])
    assert found.place != "P2"
    assert found.precision >= 2


def test_country_has_precision_three(strike_doc):
    assert event_location(strike_doc, strike_doc[12]).place == "P3"
    assert event_location(strike_doc, strike_doc[12]).precision == 3


def test_no_places_no_location():
    ensure_extensions()
    doc = Doc(spacy.blank("en").vocab, words=["Nothing", "happened"])
    doc._.places = []
    assert event_location(doc, doc[1]) is None
    assert main_place(doc) is None


@pytest.mark.parametrize(
    ("words", "index", "feature", "admin1", "precision"),
    [
        (["in", "Pokrovsk"], 1, "city", "Donetsk Oblast", 1),
        (["near", "Pokrovsk"], 1, "city", "Donetsk Oblast", 2),
        (["in", "Pokrovsk", "Raion"], 1, "admin", "Donetsk Oblast", 2),
        (["in", "Donetsk", "Oblast"], 1, "admin", "Donetsk Oblast", 3),
        (["in", "Ukraine"], 1, "country", None, 3),
    ],
)
def test_place_precision(words, index, feature, admin1, precision):
    ensure_extensions()
    doc = Doc(spacy.blank("en").vocab, words=words)
    name = " ".join(words[index:])
    p = Place(id="P1", text=doc[index].text, start=doc[index].idx,
              end=doc[index].idx + len(doc[index]), name=name, feature=feature, admin1=admin1)
    assert place_precision(p, doc) == precision



def test_where_a_report_was_told_is_not_where_it_happened():
    """Rebels attacked , officials in Kyiv said . Fighting spread to Lysk . -- the first
    sentence's quote holds "Rebels attacked"."""
    from dateline.records import Quote

    ensure_extensions()
    words = ["Rebels", "attacked", ",", "officials", "in", "Kyiv", "said", ".",
             "Fighting", "spread", "to", "Lysk", "."]
    heads = [1, 6, 6, 6, 3, 4, 6, 6, 9, 9, 9, 10, 9]
    deps = ["nsubj", "ccomp", "punct", "nsubj", "prep", "pobj", "ROOT", "punct",
            "nsubj", "ROOT", "prep", "pobj", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "NOUN", "ADP", "PROPN", "VERB", "PUNCT",
           "NOUN", "VERB", "ADP", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * 7 + [True] + [False] * 4)
    doc._.places = [place("P1", doc, 5, "Kyiv", "city"), place("P2", doc, 11, "Lysk", "city")]
    assert event_location(doc, doc[1]).place == "P1"  # no report known: the sentence's place
    doc._.quotes = [Quote(id="Q1", text="Rebels attacked", start=0, end=15, kind="indirect")]
    # told in Kyiv: the next sentence's place stands in, as for a sentence that names none
    assert event_location(doc, doc[1]).place == "P2"
