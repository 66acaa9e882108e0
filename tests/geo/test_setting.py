"""The country an article is set in, from its vocabulary: one text per row."""

import re

import pytest

from dateline.geo.setting import MAX_HINTS, HomeCues


@pytest.fixture(scope="module")
def cues():
    return HomeCues.load()


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The county sheriff told the school board that deputies would patrol the lot.", "US"),
        ("Councilman Ortiz said the city manager had not answered; the school district agreed.",
         "US"),
        ("The borough council raised council tax, and the NHS trust closed a ward.", "GB"),
        ("A detective constable said the crown court would sit on Monday.", "GB"),
        ("RCMP officers said the provincial government had been told.", "CA"),
        ("The minister said talks would resume in Geneva.", None),  # no setting told
        ("The sheriff arrived.", None),  # one cue is not enough
        ("The sheriff and the school board met the borough council and a councillor.", None),  # tie
    ],
)
def test_setting_of_an_article(cues, text, country):
    found = cues.countries(text)
    assert (found[0] if found else None) == country


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Sheriffs were there.", 0),  # "sheriff" is a word, not a prefix ...
        ("The sheriff's office", 1),
        ("Democrats and a Democrat", 1),  # ... unless written as a prefix ("democrat*")
        ("Democrats and Republicans", 2),
        ("The SCHOOL   BOARD met.", 1),  # case and spacing do not matter
    ],
)
def test_cues_are_matched_on_word_boundaries(text, count):
    cues = HomeCues({"US": HomeCues.load().patterns["US"]}, min_cues=1)
    assert cues.counts(text).get("US", 0) == count


def test_hints_are_capped():
    cues = HomeCues({"XX": tuple(re.compile(rf"\b{w}\b") for w in "abcdef")}, min_cues=2)
    assert cues.countries("a b c d e f") == ["XX"] * MAX_HINTS


@pytest.mark.parametrize(
    ("text", "lone", "country"),
    [
        ("The Athens City Council met on Wednesday.", True, "US"),  # a bound cue, one place
        ("The Athens City Council met on Wednesday.", False, None),  # not enough with others
        ("Berea Police Department officers are searching.", True, "US"),
        ("The police department is searching for a suspect.", True, None),  # "The" is no name
        ("Berea police are searching for a suspect.", True, None),  # police are everywhere
        ("The sheriff arrived.", True, "US"),  # one cue is enough where one place is named
        ("The minister arrived in Geneva.", True, None),
    ],
)
def test_an_article_naming_one_place_needs_fewer_cues(cues, text, lone, country):
    found = cues.countries(text, lone=lone)
    assert (found[0] if found else None) == country
