"""Quote extraction with the real English parser, on sentences written for these tests.

One statement per row: (text, kind, speaker words, source_type). The pipeline here is the
English model plus dateline_quotes alone, so the rows do not depend on the other components.
"""

from __future__ import annotations

import pytest

from dateline.quotes.lexicon import load_lexicon
from dateline.quotes.reported import find_non_statements


@pytest.fixture(scope="module")
def quotes_nlp():
    from dateline.nlp.pipeline import load_pipeline

    return load_pipeline(components=("dateline_quotes",))


ROWS = [
    ('"We will rebuild every school," said Education Minister Anna Kowalska.',
     "direct", "Education Minister Anna Kowalska", "named"),
    ("Kowalski told reporters: “We are not leaving.”", "direct", "Kowalski", "named"),
    ("Two officials familiar with the matter told Reuters that the convoy had turned back.",
     "indirect", "Two officials familiar with the matter", "anonymous"),
    ("An official who asked not to be named said the border would stay closed.",
     "indirect", "An official who asked not to be named", "anonymous"),
    ("The army said on Monday it had shot down 12 drones.", "indirect", "The army",
     "institutional"),
    ("Authorities said 14 people were killed in the blast.", "indirect", "Authorities",
     "institutional"),
    ("A statement posted on X said the talks had failed.", "indirect",
     "A statement posted on X", "document"),
    ("Rescuers found 40 survivors, according to the regional emergency service.",
     "indirect", "the regional emergency service", "institutional"),
    ('The mayor said the city would "never forget" the victims.', "mixed", "The mayor",
     "institutional"),
    ('The lawyer said that "the ruling will not stand."', "mixed", "The lawyer", "anonymous"),
    ("The company says it will appeal unless the fine is cut.", "indirect", "The company",
     "institutional"),
    ("The program has attracted a loyal following, said Ms. Gil.", "indirect", "Ms. Gil",
     "named"),
]


@pytest.mark.parametrize(("text", "kind", "speaker", "source_type"), ROWS)
def test_statement(quotes_nlp, text: str, kind: str, speaker: str, source_type: str) -> None:
    quotes = quotes_nlp(text)._.quotes
    assert len(quotes) == 1
    (quote,) = quotes
    assert (quote.kind, quote.speaker.text, quote.source_type) == (kind, speaker, source_type)
    assert quote.text == text[quote.start : quote.end]
    assert 0 < quote.confidence <= 1


def test_split_quote_keeps_speaker(quotes_nlp) -> None:
    text = '"We are ready," said Anna Kowalska. "But we need more time."'
    quotes = quotes_nlp(text)._.quotes
    assert [q.text for q in quotes] == ["We are ready", "But we need more time."]
    assert {q.speaker.text for q in quotes} == {"Anna Kowalska"}
    assert [q.id for q in quotes] == ["Q1", "Q2"]


def test_pronoun_speaker_after_quote(quotes_nlp) -> None:
    text = 'Maria Lopez lost her shop in the flood.\n\n"Nobody warned us," she said.'
    (quote,) = quotes_nlp(text)._.quotes
    assert (quote.speaker.text, quote.speaker.canonical) == ("she", "Maria Lopez")


def test_nested_single_quotes_stay_inside(quotes_nlp) -> None:
    text = "“What kind of ‘safe zone’ is this?” asked Maria Lopez."
    (quote,) = quotes_nlp(text)._.quotes
    assert quote.text == "What kind of ‘safe zone’ is this?"
    assert quote.speaker.text == "Maria Lopez"


def test_multi_paragraph_quote(quotes_nlp) -> None:
    text = "“The first part is here.\n\n“The second part follows,” said Anna Kowalska."
    (quote,) = quotes_nlp(text)._.quotes
    assert quote.text.startswith("The first part") and quote.text.endswith("second part follows")
    assert quote.kind == "direct"


def test_partial_quote_inside_reported_speech(quotes_nlp) -> None:
    text = ("Anna Kowalska said the plan must address the “root causes of the crisis,” "
            "a phrase she uses often.")
    quotes = quotes_nlp(text)._.quotes
    assert [q.kind for q in quotes] == ["mixed"]
    assert "“root causes of the crisis,”" in quotes[0].text


def test_unclosed_quote_does_not_swallow_the_article(quotes_nlp) -> None:
    text = ('The report said "prices rose.\n\n'
            "In the next paragraph, Anna Kowalska said the shops were closed.")
    quotes = quotes_nlp(text)._.quotes
    assert quotes[0].end <= text.index("\n")
    assert quotes[-1].text == "the shops were closed"
    assert quotes[0].confidence < quotes[-1].confidence


def test_non_statement_is_not_a_quote(quotes_nlp) -> None:
    doc = quotes_nlp("The embassy has not commented on the report.")
    assert doc._.quotes == []
    (span,) = find_non_statements(doc, load_lexicon())
    assert span.text == "The embassy has not commented"


@pytest.mark.parametrize(("text", "cue"), [
    ("The minister has repeatedly said that the plant is safe.", "has repeatedly said"),
    ("Rescuers found 40 survivors, according to the fire service.", "according to"),
    ('"We stay," Anna Kowalska told reporters.', "told"),
])
def test_cue_words(quotes_nlp, text: str, cue: str) -> None:
    (quote,) = quotes_nlp(text)._.quotes
    assert quote.cue.text == cue == text[quote.cue.start : quote.cue.end]


@pytest.mark.parametrize("text", [
    "That said, the vote was close.",
    'The so-called "peace plan" was published on Monday.',
    "The White House has not commented on the reported proposals.",
])
def test_no_statement(quotes_nlp, text: str) -> None:
    assert quotes_nlp(text)._.quotes == []
