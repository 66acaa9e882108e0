"""One fact per row: parts of a period ("the early months", "the final days of 2024") are
DATEs with mod START or END, anchored to the period the text names or last mentioned; and the
other phenomena of a dated news report (dct 2025-11-20, a Thursday)."""

from __future__ import annotations

import pytest

from dateline.time import normalize_phrase

DCT = "2025-11-20"

# phrase, tense, anchor (last date mentioned), year (last year mentioned), type, value, mod
PARTS = [
    # anchored to the last date mentioned, when it is long enough to hold the part
    ("the early months", "past", "2022", None, "DATE", "2022", "START"),
    ("the early days", "past", "2024-03", None, "DATE", "2024-03", "START"),
    ("the first weeks", "past", "2023", None, "DATE", "2023", "START"),
    ("the first few weeks", "past", "2023-06", None, "DATE", "2023-06", "START"),
    ("the opening hours", "past", "2025-11-19", None, "DATE", "2025-11-19", "START"),
    ("the final months", "past", "2019", None, "DATE", "2019", "END"),
    ("the closing days", "past", "2025-W46", None, "DATE", "2025-W46", "END"),
    ("the early years", "past", "199", None, "DATE", "199", "START"),
    # the last date is too short to hold the part: the last year mentioned
    ("the early months", "past", "2025-11-19", "2022", "DATE", "2022", "START"),
    ("the early months", "past", "2025-WI", "2021", "DATE", "2021", "START"),
    # nothing to anchor it: a past (or future) reference, no mod
    ("the early months", "past", "2025-11-19", None, "DATE", "PAST_REF", None),
    ("the first days", "future", None, None, "DATE", "FUTURE_REF", None),
    # the period is named after "of": that date, its part
    ("the early months of 2022", "past", None, None, "DATE", "2022", "START"),
    ("the first weeks of January", "past", None, None, "DATE", "2025-01", "START"),
    ("the last days of August", "past", None, None, "DATE", "2025-08", "END"),
    ("the final months of 2019", "past", "2025-11-19", None, "DATE", "2019", "END"),
    ("the first days of next year", "future", None, None, "DATE", "2026", "START"),
    ("the final weeks of the year", "past", None, None, "DATE", "2025", "END"),
    # counted back from now, or an amount: still durations and references
    ("the last few months", "past", "2022", None, "DURATION", "PXM", None),
    ("the first nine months", "past", "2022", None, "DURATION", "P9M", None),
    ("the past two years", "past", "2022", None, "DURATION", "P2Y", None),
]


@pytest.mark.parametrize(("phrase", "tense", "anchor", "year", "type_", "value", "mod"), PARTS,
                         ids=[f"{r[0]}|{r[2]}|{r[3]}" for r in PARTS])
def test_part_of_a_period(phrase, tense, anchor, year, type_, value, mod) -> None:
    normal = normalize_phrase(phrase, DCT, tense, anchor=anchor, year=year)
    assert normal is not None, f"{phrase!r} not recognized as one expression"
    assert (normal.type, normal.value, normal.mod) == (type_, value, mod)


# phrase, tense, type, value, precision, mod: what a news report on 2025-11-20 holds
NEWS = [
    ("late Tuesday", "past", "DATE", "2025-11-18", "day", "END"),
    ("late Friday", "future", "DATE", "2025-11-21", "day", "END"),
    ("early on Monday", "past", "DATE", "2025-11-17", "day", "START"),
    ("late on Sunday", "past", "DATE", "2025-11-16", "day", "END"),
    ("Saturday, November 22", "future", "DATE", "2025-11-22", "day", None),
    ("in July", "past", "DATE", "2025-07", "month", None),
    ("almost three years", "past", "DURATION", "P3Y", None, "APPROX"),
    ("in 2021", "past", "DATE", "2021", "year", None),
    ("since 2014", "past", "DATE", "2014", "year", None),
    ("this year", "past", "DATE", "2025", "year", None),
    ("the third winter", "present", "DATE", "2025-WI", "season", None),
    ("the second summer", "future", "DATE", "2026-SU", "season", None),
    ("six decades", "past", "DURATION", "P60Y", None, None),
    ("nightly", "present", "SET", "XXXX-XX-XXTNI", None, None),
    ("currently", "present", "DATE", "PRESENT_REF", "unknown", None),
    ("the near term", "future", "DATE", "FUTURE_REF", "unknown", None),
    ("a later date", "future", "DATE", "FUTURE_REF", "unknown", None),
    ("the weeks ahead", "future", "DURATION", "PXW", None, None),
    ("the next couple of years", "future", "DURATION", "P2Y", None, None),
    ("a week or so ago", "past", "DATE", "2025-W46", "week", None),
    ("a year or two ago", "past", "DATE", "2024", "year", None),
    ("Tuesdays", "present", "SET", "XXXX-WXX-2", None, None),
    ("Friday nights", "present", "SET", "XXXX-WXX-5TNI", None, None),
    ("Christmas Eve", "future", "DATE", "2025-12-24", "day", None),
    ("New Year's Eve", "future", "DATE", "2025-12-31", "day", None),
]


@pytest.mark.parametrize(("phrase", "tense", "type_", "value", "precision", "mod"), NEWS,
                         ids=[r[0] for r in NEWS])
def test_news_report_expressions(phrase, tense, type_, value, precision, mod) -> None:
    normal = normalize_phrase(phrase.removeprefix("in ").removeprefix("since "), DCT, tense)
    assert normal is not None, f"{phrase!r} not recognized as one expression"
    assert (normal.type, normal.value, normal.precision, normal.mod) == (
        type_, value, precision, mod)
