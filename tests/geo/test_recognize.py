"""Toponym recognition on hand-made Docs (spacy.blank with entities set by hand)."""

import pytest
import spacy
from spacy.tokens import Doc, Span

from dateline.geo.recognize import NameFilters, find_mentions


@pytest.fixture(scope="module")
def gazetteer():
    """The gazetteer (built into the user cache on first use, then shared in the process)."""
    from dateline.geo.gazetteer import open_gazetteer

    return open_gazetteer()


def make_doc(words: list[str], ents: list[tuple[int, int, str]], pos: list[str] | None = None):
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words, pos=pos)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        (["Strikes", "hit", "Kyiv", "."], [(2, 3, "GPE")], ["Kyiv"]),
        (["Ukrainian", "forces", "advanced", "."], [(0, 1, "NORP")], []),
        (["Ukrainian", "forces", "advanced", "."], [(0, 1, "GPE")], []),  # demonym, mis-tagged
        (["in", "the", "Donetsk", "region"], [(1, 3, "GPE")], ["Donetsk"]),
        (["Fog", "over", "the", "Black", "Sea"], [(2, 5, "LOC")], ["Black Sea"]),
        (["Peskov", "spoke", "."], [(0, 1, "PERSON")], []),
        (["fighting", "near", "Pokrovsk", "."], [(2, 3, "PERSON")], ["Pokrovsk"]),
        (["Pokrovsk", "said", "."], [(0, 1, "PERSON")], []),  # no place context
        (["the", "Kremlin", "said"], [(0, 2, "ORG")], ["Kremlin"]),
        (["the", "eastern", "railway"], [(1, 3, "LOC")], []),  # no proper name
        (["on", "Wednesday"], [(1, 2, "DATE")], []),
        # an organization that acts is no hamlet that shares its name, tagged or not
        (["a", "threat", "to", "NATO", "defences"], [(3, 4, "ORG")], []),
        (["a", "threat", "to", "NATO", "defences"], [], []),
        (["farmers", "rallied", "in", "the", "EU"], [(3, 5, "ORG")], ["EU"]),  # a region too
        # one name the model split in two
        (["a", "brief", "for", "Burkina", "Faso", "'s", "government"],
         [(3, 4, "GPE"), (4, 5, "GPE")], ["Burkina Faso"]),
    ],
)
def test_mentions(gazetteer, words, ents, expected):
    mentions = find_mentions(make_doc(words, ents), gazetteer)
    assert [m.text for m in mentions] == expected


def test_division_word_is_noted(gazetteer):
    doc = make_doc(["in", "the", "Donetsk", "region"], [(2, 3, "GPE")])
    (mention,) = find_mentions(doc, gazetteer)
    assert mention.division and (mention.start, mention.end) == (7, 14)


def test_offsets_are_character_offsets(gazetteer):
    doc = make_doc(["Rain", "in", "Ternopil", "today"], [(2, 3, "GPE")])
    (mention,) = find_mentions(doc, gazetteer)
    assert doc.text[mention.start:mention.end] == "Ternopil"


def test_untagged_name_after_locative_preposition(gazetteer):
    doc = make_doc(["Shelling", "near", "Pokrovsk", "."], [],
                   pos=["NOUN", "ADP", "PROPN", "PUNCT"])
    assert [m.text for m in find_mentions(doc, gazetteer)] == ["Pokrovsk"]


@pytest.mark.parametrize(
    ("words", "ents"),
    [
        (["Gov.", "Henry", "spoke"], [(1, 2, "PERSON")]),  # a title before the name
        (["to", "the", "North", "."], []),  # a compass point
        # an organization named like a hamlet, after a locative preposition
        (["handed", "to", "the", "Red", "Cross", "."], [(2, 5, "ORG")]),
    ],
)
def test_filters_reject(gazetteer, words, ents):
    pos = ["PROPN" if w[0].isupper() else "ADP" for w in words]
    doc = make_doc(words, ents, pos=pos)
    assert find_mentions(doc, gazetteer, NameFilters.load()) == []


def test_second_reading_takes_names_that_fit_the_article(gazetteer):
    from dateline.geo.recognize import Mention, find_in_context
    from dateline.geo.resolve import fits_context, resolve

    words = ["Floods", "hit", "Moorhead", ";", "Fargo", "Police", "closed", "roads", "."]
    pos = ["NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"]
    doc = make_doc(words, [(2, 3, "GPE"), (4, 6, "ORG")], pos=pos)
    known = find_mentions(doc, gazetteer)
    assert [m.text for m in known] == ["Moorhead"]
    judge = fits_context(resolve(known, gazetteer, doc.text))
    more = find_in_context(doc, gazetteer, known, judge)
    assert [m.text for m in more] == ["Fargo"]
    assert isinstance(more[0], Mention) and more[0].source == "context"


@pytest.mark.parametrize(
    ("words", "ents"),
    [
        (["Hillary", "Clinton", "met", "Clinton", "voters"], [(0, 2, "PERSON"), (3, 4, "PERSON")]),
        (["Police", "arrived"], []),
    ],
)
def test_second_reading_skips_people_and_common_words(gazetteer, words, ents):
    from dateline.geo.recognize import find_in_context

    pos = ["PROPN" if w[0].isupper() else "VERB" for w in words]
    doc = make_doc(words, ents, pos=pos)
    assert find_in_context(doc, gazetteer, [], lambda candidates: True) == []


@pytest.mark.parametrize(
    ("text", "name", "division"),
    [
        ("a cow from a Washington state farm", "Washington", True),
        ("in the state of Washington last year", "Washington", True),
        ("fighting in the Donetsk region went on", "Donetsk", True),
        ("Ohio State won the game", "Ohio", False),  # a university, not "the state"
        ("officials in Washington said", "Washington", False),
    ],
)
def test_names_division(text, name, division):
    from dateline.geo.recognize import names_division

    doc = spacy.blank("en")(text)
    start = text.index(name)
    assert names_division(doc.char_span(start, start + len(name))) is division
