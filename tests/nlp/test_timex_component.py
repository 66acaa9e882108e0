"""The dateline_timex component on hand-made Docs (spacy.blank: no parser, so no tense)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import dateline.nlp.timex  # noqa: F401  (registers the factory)


def annotate(nlp, text: str, dct: str | None = "2025-11-20"):
    doc = nlp.make_doc(text)
    doc._.dct = dct
    return nlp(doc)


def test_ids_offsets_and_order(timex_only) -> None:
    text = "The talks began on Monday, November 17, and will last three days, officials said."
    doc = annotate(timex_only, text)
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
    # a cue word puts a date without a year ahead of the dct, whatever the clause's tense
    ("The pact, effective June 1, was signed.", [("June 1", "2026-06-01")]),
    ("The dividend is payable Jan. 5 to holders.", [("Jan. 5", "2026-01-05")]),
    ("The talks, held June 1, failed.", [("June 1", "2025-06-01")]),
    # "since then", "until then": the last date mentioned
    ("The offensive stalled in 2023, and since then the front has barely moved.",
     [("2023", "2023"), ("then", "2023")]),
    ("Voting ends on Nov. 30. Until then the polls stay open.",
     [("Nov. 30", "2025-11-30"), ("then", "2025-11-30")]),
    ("Then the talks failed.", []),
    # a part of a period: of the period named, else of the last year mentioned
    ("The war began in 2022. In the early months the army held the city.",
     [("2022", "2022"), ("the early months", "2022")]),
    ("Trade grew in the first weeks of 2024.", [("the first weeks of 2024", "2024")]),
    ("Rates rose in 2019. On Monday, the final months were recalled.",
     [("2019", "2019"), ("Monday", "2025-11-17"),
      ("the final months", "2019")]),
]

# sentence, the texts of the expressions found, in order
EXTENTS = [
    ("He resigned in March for health reasons.", ["March"]),
    ("Thousands joined the March for Life.", []),
    ("The deal should close by year-end.", ["year-end"]),
    ("Rates may stay low for the next 12 to 18 months.", ["the next 12 to 18 months"]),
    ("The base stays for at least 20 more years.", ["at least 20 more years"]),
    ("A minute and a half later the pilot called.", ["A minute and a half"]),
    ("Prices peaked in the late 1970s.", ["the late 1970s"]),
    ("Growth slowed in the mid-1990s.", ["the mid-1990s"]),
    ("Profit fell in the last half of 2024.", ["the last half of 2024"]),
    ("The plan evolved over three years.", ["three years"]),
    ("The strike may last over a week.", ["over a week"]),
    ("They met around Nov. 1 in Geneva.", ["around Nov. 1"]),
    ("They walked around Geneva.", []),
]


@pytest.mark.parametrize(("text", "expected"), EXTENTS)
def test_extent(timex_only, text: str, expected: list[str]) -> None:
    assert [t.text for t in annotate(timex_only, text)._.timexes] == expected


# words, the entity label of the number, expected (text, value) pairs
CARDINAL_YEARS = [
    (["The", "war", "began", "in", "2022", "."], [("2022", "2022")]),
    (["It", "stalled", "since", "2023", "."], [("2023", "2023")]),
    (["They", "sold", "2022", "."], []),
]


@pytest.mark.parametrize(("words", "expected"), CARDINAL_YEARS)
def test_year_the_tagger_calls_a_cardinal(timex_only, words, expected) -> None:
    """A year the entity recognizer labels CARDINAL counts after a word that introduces dates."""
    ents = ["B-CARDINAL" if w.isdigit() else "O" for w in words]
    doc = Doc(timex_only.vocab, words=words, ents=ents)
    doc._.dct = "2025-11-20"
    doc = timex_only(doc)
    assert [(t.text, t.value) for t in doc._.timexes] == expected


def _parsed(words, tags, pos, heads, deps) -> Doc:
    """A hand-made parsed Doc: the component reads the clause's tense from it."""
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)
    doc._.dct = "2025-11-20"
    return doc


def test_possessive_weekday_looks_back_in_a_present_clause(timex_only) -> None:
    words = ["Shares", "trade", "above", "Tuesday", "'s", "close", "."]
    tags = ["NNS", "VBP", "IN", "NNP", "POS", "NN", "."]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "PART", "NOUN", "PUNCT"]
    heads = [1, 1, 1, 5, 3, 2, 1]
    deps = ["nsubj", "ROOT", "prep", "poss", "case", "pobj", "punct"]
    doc = timex_only(_parsed(words, tags, pos, heads, deps))
    assert [(t.text, t.value) for t in doc._.timexes] == [("Tuesday", "2025-11-18")]


def test_plain_weekday_looks_ahead_in_a_present_clause(timex_only) -> None:
    words = ["Shares", "trade", "Tuesday", "."]
    tags = ["NNS", "VBP", "NNP", "."]
    pos = ["NOUN", "VERB", "PROPN", "PUNCT"]
    heads = [1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "npadvmod", "punct"]
    doc = timex_only(_parsed(words, tags, pos, heads, deps))
    assert [(t.text, t.value) for t in doc._.timexes] == [("Tuesday", "2025-11-25")]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence(timex_only, text: str, expected: list[tuple[str, str]]) -> None:
    doc = annotate(timex_only, text)
    assert [(t.text, t.value) for t in doc._.timexes] == expected


def test_without_dct_values_stay_underspecified(timex_only) -> None:
    doc = annotate(timex_only, "Talks resumed on Friday.", dct=None)
    assert [t.value for t in doc._.timexes] == ["XXXX-WXX-5"]


def test_full_pipeline_resolves_weekdays_by_tense(nlp) -> None:
    """With the parser: a past clause looks back, a future one ahead (dct is a Thursday)."""
    doc = nlp.make_doc("Parliament fired two ministers Tuesday. The vote will be held Tuesday.")
    doc._.dct = "2025-11-20"
    doc = nlp(doc)
    assert [t.value for t in doc._.timexes] == ["2025-11-18", "2025-11-25"]


def test_plan_already_overtaken_looks_back(timex_only) -> None:
    """ "had been scheduled to expire Friday": a pluperfect plan, so the Friday is past."""
    words = ["It", "had", "been", "scheduled", "to", "expire", "Friday", "."]
    tags = ["PRP", "VBD", "VBN", "VBN", "TO", "VB", "NNP", "."]
    pos = ["PRON", "AUX", "AUX", "VERB", "PART", "VERB", "PROPN", "PUNCT"]
    heads = [3, 3, 3, 3, 5, 3, 5, 3]
    deps = ["nsubjpass", "aux", "auxpass", "ROOT", "aux", "xcomp", "npadvmod", "punct"]
    doc = _parsed(words, tags, pos, heads, deps)
    for token, lemma in zip(doc, ["it", "have", "be", "schedule", "to", "expire", "Friday", "."],
                            strict=True):
        token.lemma_ = lemma
    assert [t.value for t in timex_only(doc)._.timexes] == ["2025-11-14"]


# A short dated report written for this test (dct 2025-11-20, a Thursday), and every temporal
# expression a careful reader marks in it: text, type, value, mod.
REPORT = (
    "Negotiators met late Tuesday in Vienna, officials said on Thursday. A second round will "
    "open on Saturday, November 22. The ministers last spoke in July. The border war began in "
    "2021. In the early months of the fighting the army held the valley, but the front has "
    "barely moved for almost three years. A rebel push failed in 2023, and since then the lines "
    "have hardly shifted. Shelling hit the port early on Monday, the deadliest attack in weeks. "
    "Fuel prices have doubled this year as the third winter of the war approaches. Drones are "
    "launched nightly, and aid groups are currently short of fuel. It is the region's worst "
    "crisis in six decades."
)
REPORT_TIMEXES = [
    ("late Tuesday", "DATE", "2025-11-18", "END"),
    ("Thursday", "DATE", "2025-11-20", None),
    ("Saturday, November 22", "DATE", "2025-11-22", None),
    ("July", "DATE", "2025-07", None),
    ("2021", "DATE", "2021", None),
    ("the early months", "DATE", "2021", "START"),
    ("almost three years", "DURATION", "P3Y", "APPROX"),
    ("2023", "DATE", "2023", None),
    ("then", "DATE", "2023", None),
    ("early on Monday", "DATE", "2025-11-17", "START"),
    ("weeks", "DURATION", "PXW", None),
    ("this year", "DATE", "2025", None),
    ("the third winter", "DATE", "2025-WI", None),
    ("nightly", "SET", "XXXX-XX-XXTNI", None),
    ("currently", "DATE", "PRESENT_REF", None),
    ("six decades", "DURATION", "P60Y", None),
]


def _report(nlp, disable=()):
    doc = nlp.make_doc(REPORT)
    doc._.dct = "2025-11-20"
    with nlp.select_pipes(disable=list(disable)):
        return nlp(doc)


def test_full_pipeline_reads_every_expression_of_a_report(nlp) -> None:
    doc = _report(nlp)
    assert [(t.text, t.type, t.value, t.mod) for t in doc._.timexes] == REPORT_TIMEXES
    assert all(doc.text[t.start:t.end] == t.text for t in doc._.timexes)


def test_temporal_tagger_pipes_give_the_same_timexes(nlp) -> None:
    """tok2vec + tagger + parser are all the timex component needs: without the entity
    recognizer, attribute ruler, lemmatizer and the other components, the result is the same
    (the setup ``bench/timex_vs_heideltime.py`` times as "tagger")."""
    from dateline.eval.timex import TEMPORAL_TAGGER_PIPES

    others = [name for name in nlp.pipe_names if name not in TEMPORAL_TAGGER_PIPES]
    full = [(t.text, t.type, t.value, t.mod) for t in _report(nlp)._.timexes]
    tagger = [(t.text, t.type, t.value, t.mod) for t in _report(nlp, others)._.timexes]
    assert tagger == full
