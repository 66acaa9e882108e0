"""The dateline_timex component on hand-made Docs (spacy.blank: no parser, so no tense)."""

from __future__ import annotations

import pytest
import spacy

import dateline.nlp.timex  # noqa: F401  (registers the factory)
from dateline.nlp.extensions import ensure_extensions


@pytest.fixture(scope="module")
def blank():
    ensure_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_timex")
    nlp.get_pipe("dateline_timex").initialize(lambda: [], nlp=nlp)
    return nlp


def annotate(nlp, text: str, dct: str | None = "2025-11-20"):
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return nlp(doc)


def test_ids_offsets_and_order(blank) -> None:
    text = "The talks began on Monday, November 17, and will last three days, officials said."
    doc = annotate(blank, text)
    timexes = doc._.timexes
    assert [t.id for t in timexes] == ["T1", "T2"]
    assert all(t.text == doc.text[t.start:t.end] for t in timexes)
    assert [(t.text, t.type, t.value) for t in timexes] == [
        ("Monday, November 17", "DATE", "2025-11-17"),
        ("three days", "DURATION", "P3D"),
    ]


# sentence, expected (text, value) pairs in order
SENTENCES = [
    ("Officials met late Wednesday in Kyiv.", [("late Wednesday", "2025-11-19")]),
    ("The deadline is Friday, November 21.", [("Friday, November 21", "2025-11-21")]),
    ("He said in August that talks would go on.", [("August", "2025-08")]),
    ("The city fell after nearly two years of fighting.", [("nearly two years", "P2Y")]),
    ("Prices rose 3% last month and are now stable.",
     [("last month", "2025-10"), ("now", "PRESENT_REF")]),
    ("The market opened on Nov. 3. Two days later it closed.",
     [("Nov. 3", "2025-11-03"), ("Two days later", "2025-11-05")]),
    ("She may resign, the report said.", []),
    ("The 14-day strike ended.", [("14-day", "P14D")]),
    ("The third-quarter profit fell.", [("third-quarter", "2025-Q3")]),
    ("It has happened every Wednesday since 2022.",
     [("every Wednesday", "XXXX-WXX-3"), ("2022", "2022")]),
    ("The minister will leave as soon as possible.", []),
    ("Jan Kowalski spoke for the government.", []),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence(blank, text: str, expected: list[tuple[str, str]]) -> None:
    doc = annotate(blank, text)
    assert [(t.text, t.value) for t in doc._.timexes] == expected


def test_without_dct_values_stay_underspecified(blank) -> None:
    doc = annotate(blank, "Talks resumed on Friday.", dct=None)
    assert [t.value for t in doc._.timexes] == ["XXXX-WXX-5"]


def test_full_pipeline_resolves_weekdays_by_tense(nlp) -> None:
    """With the parser: a past clause looks back, a future one ahead (dct is a Thursday)."""
    doc = nlp.make_doc("Parliament fired two ministers Tuesday. The vote will be held Tuesday.")
    doc._.dct = "2025-11-20"
    doc = nlp(doc)
    assert [t.value for t in doc._.timexes] == ["2025-11-18", "2025-11-25"]
