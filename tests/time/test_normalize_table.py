"""One fact per row: a phrase, the dct, the clause's tense (and the last date mentioned) ->
the TIMEX3 type and value. The dct 2025-11-20 is a Thursday in ISO week 47."""

from __future__ import annotations

import pytest

from dateline.time import normalize_phrase

DCT = "2025-11-20"

# phrase, tense, type, value
ROWS = [
    # explicit dates
    ("November 19, 2025", "past", "DATE", "2025-11-19"),
    ("Nov. 19, 2025", "past", "DATE", "2025-11-19"),
    ("19 November 2025", "past", "DATE", "2025-11-19"),
    ("the 19th of November", "past", "DATE", "2025-11-19"),
    ("2025-11-19", None, "DATE", "2025-11-19"),
    ("11/19/2025", None, "DATE", "2025-11-19"),
    ("March 5, 1946", "past", "DATE", "1946-03-05"),
    ("Friday, November 21", "present", "DATE", "2025-11-21"),
    ("Monday, Oct. 26", "past", "DATE", "2025-10-26"),
    ("July 1997", "past", "DATE", "1997-07"),
    ("March eighth", "past", "DATE", "2025-03-08"),
    ("January this year", "past", "DATE", "2025-01"),
    ("June last year", "past", "DATE", "2024-06"),
    ("January of 2024", "past", "DATE", "2024-01"),
    ("January nineteen ninety-seven", "past", "DATE", "1997-01"),
    # months and days without a year: the year nearest the dct, leaning with the tense
    ("August", "past", "DATE", "2025-08"),
    ("in August", "past", "DATE", "2025-08"),
    ("December", "future", "DATE", "2025-12"),
    ("January", "future", "DATE", "2026-01"),
    ("January", "past", "DATE", "2025-01"),
    ("February", "future", "DATE", "2026-02"),
    ("Oct. 23", "past", "DATE", "2025-10-23"),
    ("Sept. 30", "past", "DATE", "2025-09-30"),
    ("Dec. 2", "future", "DATE", "2025-12-02"),
    ("Jan. 14", "future", "DATE", "2026-01-14"),
    ("Nov. 25", "present", "DATE", "2025-11-25"),
    ("Jan. 20", "past", "DATE", "2025-01-20"),
    ("December 28", "past", "DATE", "2025-12-28"),
    ("last November", "past", "DATE", "2024-11"),
    ("last October", "past", "DATE", "2025-10"),
    ("next March", "future", "DATE", "2026-03"),
    ("this September", "past", "DATE", "2025-09"),
    ("Christmas", "future", "DATE", "2025-12-25"),
    ("Thanksgiving Day", "future", "DATE", "2025-11-27"),
    ("last Thanksgiving", "past", "DATE", "2024-11-28"),
    ("Election Day", "past", "DATE", "2025-11-04"),
    ("Memorial Day", "past", "DATE", "2025-05-26"),
    ("Labor Day 1998", "past", "DATE", "1998-09-07"),
    # years, decades, centuries
    ("2022", "past", "DATE", "2022"),
    ("since 2022", "past", "DATE", "2022"),
    ("fiscal 1989", "past", "DATE", "1989"),
    ("the year 2000", "past", "DATE", "2000"),
    ("nineteen ninety-six", "past", "DATE", "1996"),
    ("1990s", "past", "DATE", "199"),
    ("1960s", "past", "DATE", "196"),
    ("the '80s", "past", "DATE", "198"),
    ("early 1990s", "past", "DATE", "199"),
    ("this decade", "past", "DATE", "202"),
    ("this century", "past", "DATE", "20"),
    ("the 20th century", "past", "DATE", "19"),
    ("the nineteenth century", "past", "DATE", "18"),
    ("the nineties", "past", "DATE", "199"),
    # weekdays: back in past-tense clauses, ahead in present and future ones
    ("Wednesday", "past", "DATE", "2025-11-19"),
    ("Thursday", "past", "DATE", "2025-11-20"),
    ("Friday", "past", "DATE", "2025-11-14"),
    ("Monday", "past", "DATE", "2025-11-17"),
    ("Friday", "future", "DATE", "2025-11-21"),
    ("Friday", "present", "DATE", "2025-11-21"),
    ("Wednesday", "future", "DATE", "2025-11-26"),
    ("Thursday", "future", "DATE", "2025-11-20"),
    ("Sunday", "past", "DATE", "2025-11-16"),
    ("last Friday", "past", "DATE", "2025-11-14"),
    ("last Thursday", "past", "DATE", "2025-11-13"),
    ("next Thursday", "future", "DATE", "2025-11-27"),
    ("next Monday", "present", "DATE", "2025-11-24"),
    ("this Saturday", "present", "DATE", "2025-11-22"),
    ("late Wednesday", "past", "DATE", "2025-11-19"),
    ("early Tuesday", "past", "DATE", "2025-11-18"),
    ("late Thursday", "future", "DATE", "2025-11-20"),
    ("Wednesday night", "past", "TIME", "2025-11-19TNI"),
    ("Tuesday morning", "past", "TIME", "2025-11-18TMO"),
    ("Friday afternoon", "future", "TIME", "2025-11-21TAF"),
    ("Monday evening", "past", "TIME", "2025-11-17TEV"),
    # days around the dct
    ("today", "past", "DATE", "2025-11-20"),
    ("yesterday", "past", "DATE", "2025-11-19"),
    ("tomorrow", "future", "DATE", "2025-11-21"),
    ("tonight", "future", "TIME", "2025-11-20TNI"),
    ("last night", "past", "TIME", "2025-11-19TNI"),
    ("this morning", "past", "TIME", "2025-11-20TMO"),
    ("yesterday afternoon", "past", "TIME", "2025-11-19TAF"),
    ("late yesterday", "past", "DATE", "2025-11-19"),
    ("the day before yesterday", "past", "DATE", "2025-11-18"),
    ("the day after tomorrow", "future", "DATE", "2025-11-22"),
    # this / last / next unit
    ("this year", "past", "DATE", "2025"),
    ("last year", "past", "DATE", "2024"),
    ("next year", "future", "DATE", "2026"),
    ("the past year", "past", "DATE", "2024"),
    ("this month", "past", "DATE", "2025-11"),
    ("last month", "past", "DATE", "2025-10"),
    ("next month", "future", "DATE", "2025-12"),
    ("this week", "past", "DATE", "2025-W47"),
    ("last week", "past", "DATE", "2025-W46"),
    ("next week", "future", "DATE", "2025-W48"),
    ("this weekend", "future", "DATE", "2025-W47-WE"),
    ("last weekend", "past", "DATE", "2025-W46-WE"),
    ("the weekend", "past", "DATE", "2025-W46-WE"),
    ("the week of March 6", "past", "DATE", "2025-W10"),
    ("earlier this year", "past", "DATE", "2025"),
    ("later this month", "future", "DATE", "2025-11"),
    ("early next year", "future", "DATE", "2026"),
    ("late last year", "past", "DATE", "2024"),
    ("mid-November", "past", "DATE", "2025-11"),
    ("early December", "future", "DATE", "2025-12"),
    ("the end of 1990", "past", "DATE", "1990"),
    ("the beginning of next year", "future", "DATE", "2026"),
    ("this quarter", "present", "DATE", "2025-Q4"),
    ("the current fiscal year", "present", "DATE", "2025"),
    ("last quarter", "past", "DATE", "2025-Q3"),
    # seasons
    ("this winter", "future", "DATE", "2025-WI"),
    ("last summer", "past", "DATE", "2025-SU"),
    ("last fall", "past", "DATE", "2024-FA"),
    ("next spring", "future", "DATE", "2026-SP"),
    ("the summer of 1998", "past", "DATE", "1998-SU"),
    ("the fourth winter", "present", "DATE", "2025-WI"),
    ("in the spring", "future", "DATE", "2026-SP"),
    ("this spring", "past", "DATE", "2025-SP"),
    ("this spring", "future", "DATE", "2026-SP"),
    ("this summer", "past", "DATE", "2025-SU"),
    ("this summer", None, "DATE", "2025-SU"),
    # the end of the year
    ("year-end", "future", "DATE", "2025"),
    ("year end", "future", "DATE", "2025"),
    ("the year's end", "future", "DATE", "2025"),
    # quarters and halves
    ("the third quarter", "past", "DATE", "2025-Q3"),
    ("the fourth quarter", "future", "DATE", "2025-Q4"),
    ("the first quarter", "past", "DATE", "2025-Q1"),
    ("the first quarter of 2024", "past", "DATE", "2024-Q1"),
    ("the fiscal first quarter", "past", "DATE", "2025-Q1"),
    ("the latest quarter", "past", "DATE", "2025-Q3"),
    ("the quarter", "past", "DATE", "2025-Q3"),
    ("the year-ago quarter", "past", "DATE", "2024-Q3"),
    ("the 1988 second quarter", "past", "DATE", "1988-Q2"),
    ("the year-earlier third quarter", "past", "DATE", "2024-Q3"),
    ("the second half of 2024", "past", "DATE", "2024-H2"),
    ("the last half of 1989", "past", "DATE", "1989-H2"),
    ("Q2", "past", "DATE", "2025-Q2"),
    # offsets from the dct
    ("two days ago", "past", "DATE", "2025-11-18"),
    ("a week ago", "past", "DATE", "2025-W46"),
    ("three months ago", "past", "DATE", "2025-08"),
    ("a year ago", "past", "DATE", "2024"),
    ("five years ago", "past", "DATE", "2020"),
    ("a decade ago", "past", "DATE", "2015"),
    ("two weeks from now", "future", "DATE", "2025-W49"),
    ("this time last year", "past", "DATE", "2024"),
    ("years ago", "past", "DATE", "PAST_REF"),
    # durations
    ("nearly two years", "past", "DURATION", "P2Y"),
    ("three years", "past", "DURATION", "P3Y"),
    ("six hours", "past", "DURATION", "PT6H"),
    ("the past two months", "past", "DURATION", "P2M"),
    ("the first nine months", "past", "DURATION", "P9M"),
    ("the next 12 months", "future", "DURATION", "P12M"),
    ("two-year", "past", "DURATION", "P2Y"),
    ("16-hour", "past", "DURATION", "PT16H"),
    ("eight decades", "past", "DURATION", "P80Y"),
    ("a decade", "past", "DURATION", "P10Y"),
    ("several years", "past", "DURATION", "PXY"),
    ("a few days", "past", "DURATION", "PXD"),
    ("a couple of weeks", "past", "DURATION", "P2W"),
    ("two and a half years", "past", "DURATION", "P2Y6M"),
    ("5 1/2 hours", "past", "DURATION", "PT5H30M"),
    ("twenty four hours", "past", "DURATION", "PT24H"),
    ("about 90 minutes", "past", "DURATION", "PT90M"),
    ("more than three weeks", "past", "DURATION", "P3W"),
    ("at least 20 years", "past", "DURATION", "P20Y"),
    ("the fiscal year", "past", "DURATION", "P1Y"),
    ("the past few years", "past", "DURATION", "PXY"),
    ("the coming months", "future", "DATE", "FUTURE_REF"),
    ("recent weeks", "past", "DURATION", "PXW"),
    ("the first few days", "past", "DATE", "PAST_REF"),  # a part of a period not named
    ("two quarters", "past", "DURATION", "P2Q"),
    ("a minute and a half", "past", "DURATION", "PT1M30S"),
    ("an hour and a half", "past", "DURATION", "PT1H30M"),
    ("a year and a half", "past", "DURATION", "P1Y6M"),
    ("20 more years", "future", "DURATION", "P20Y"),
    ("an additional year", "future", "DURATION", "P1Y"),
    ("two extra days", "future", "DURATION", "P2D"),
    ("12 to 18 months", "future", "DURATION", "PXM"),
    ("the next 12 to 18 months", "future", "DURATION", "PXM"),
    ("two to three weeks", "future", "DURATION", "PXW"),
    # sets
    ("daily", "present", "SET", "P1D"),
    ("weekly", "present", "SET", "P1W"),
    ("annually", "present", "SET", "P1Y"),
    ("every day", "present", "SET", "P1D"),
    ("every Wednesday", "present", "SET", "XXXX-WXX-3"),
    ("every Friday night", "present", "SET", "XXXX-WXX-5TNI"),
    ("each year", "present", "SET", "P1Y"),
    ("every other week", "present", "SET", "P2W"),
    ("every three months", "present", "SET", "P3M"),
    ("every morning", "present", "SET", "XXXX-XX-XXTMO"),
    ("nightly", "present", "SET", "XXXX-XX-XXTNI"),
    # references
    ("now", "present", "DATE", "PRESENT_REF"),
    ("currently", "present", "DATE", "PRESENT_REF"),
    ("nowadays", "present", "DATE", "PRESENT_REF"),
    ("recently", "past", "DATE", "PAST_REF"),
    ("lately", "past", "DATE", "PAST_REF"),
    ("the past", "past", "DATE", "PAST_REF"),
    ("recent years", "past", "DATE", "PAST_REF"),
    ("soon", "future", "DATE", "FUTURE_REF"),
    ("the future", "future", "DATE", "FUTURE_REF"),
    ("the near future", "future", "DATE", "FUTURE_REF"),
    # clock times
    ("2:30 p.m.", "past", "TIME", "2025-11-20T14:30"),
    ("10 a.m.", "past", "TIME", "2025-11-20T10:00"),
    ("9 a.m. Tuesday", "past", "TIME", "2025-11-18T09:00"),
    ("noon", "future", "TIME", "2025-11-20T12:00"),
    ("8 p.m. EST", "past", "TIME", "2025-11-20T20:00"),
    ("5 p.m. EST, Nov. 6", "past", "TIME", "2025-11-06T17:00"),
    ("7 o'clock", "past", "TIME", "2025-11-20T07:00"),
]


@pytest.mark.parametrize(("phrase", "tense", "type_", "value"), ROWS,
                         ids=[f"{r[0]}|{r[1]}" for r in ROWS])
def test_phrase_normalizes(phrase: str, tense: str | None, type_: str, value: str) -> None:
    normal = normalize_phrase(phrase.removeprefix("in ").removeprefix("since "), DCT, tense)
    assert normal is not None, f"{phrase!r} not recognized as one expression"
    assert (normal.type, normal.value) == (type_, value)


# phrase, tense, anchor (the last date mentioned), value
ANCHORED = [
    ("two days later", "past", "2025-11-10", "2025-11-12"),
    ("the next day", "past", "2025-11-10", "2025-11-11"),
    ("the following day", "past", "2025-11-10", "2025-11-11"),
    ("the day before", "past", "2025-11-10", "2025-11-09"),
    ("a week later", "past", "2025-11-10", "2025-W47"),
    ("three months later", "past", "2025-03", "2025-06"),
    ("a year earlier", "past", "2023", "2022"),
    ("a year earlier", "past", "2025-Q3", "2024-Q3"),
    ("a year ago", "past", "2025-Q3", "2024-Q3"),
    ("the year-earlier quarter", "past", "2025-Q2", "2024-Q2"),
    ("the following week", "past", "2025-11-03", "2025-W46"),
    ("the next morning", "past", "2025-11-10", "2025-11-11TMO"),
    ("two days later", "past", None, "2025-11-22"),
    ("that day", "past", "2025-11-10", "2025-11-10"),
    ("6 a.m.", "past", "2025-11-10", "2025-11-10T06:00"),
    ("6 a.m.", "past", "2025-10", "2025-11-20T06:00"),
    ("later that year", "past", "2019-03-02", "2019"),
    ("earlier that month", "past", "2019-03-02", "2019-03"),
    ("that same week", "past", "2025-11-03", "2025-W45"),
    ("the previous Friday", "past", "2025-11-14", "2025-11-07"),
    ("the following Monday", "past", "2025-11-14", "2025-11-17"),
    ("the previous Friday", "past", None, "2025-11-14"),
]


@pytest.mark.parametrize(("phrase", "tense", "anchor", "value"), ANCHORED)
def test_relative_expressions_chain_from_the_last_date(phrase, tense, anchor, value) -> None:
    normal = normalize_phrase(phrase, DCT, tense, anchor=anchor)
    assert normal is not None and normal.value == value


# phrase, tense, precision, mod
DETAILS = [
    ("late Wednesday", "past", "day", "END"),
    ("year-end", "future", "year", "END"),
    ("around Nov. 1", "past", "day", "APPROX"),
    ("around 7:15 p.m.", "past", "time", "APPROX"),
    ("early Tuesday", "past", "day", "START"),
    ("mid-November", "past", "month", "MID"),
    ("the end of 1990", "past", "year", "END"),
    ("the beginning of next year", "future", "year", "START"),
    ("early 1990s", "past", "decade", "START"),
    ("nearly two years", "past", None, "APPROX"),
    ("about 90 minutes", "past", None, "APPROX"),
    ("more than three weeks", "past", None, "MORE_THAN"),
    ("less than a decade", "past", None, "LESS_THAN"),
    ("at least 20 years", "past", None, "EQUAL_OR_MORE"),
    ("August", "past", "month", None),
    ("last week", "past", "week", None),
    ("this winter", "future", "season", None),
    ("the third quarter", "past", "quarter", None),
    ("1990s", "past", "decade", None),
    ("2022", "past", "year", None),
    ("Friday, November 21", "present", "day", None),
]


@pytest.mark.parametrize(("phrase", "tense", "precision", "mod"), DETAILS)
def test_precision_and_mod(phrase, tense, precision, mod) -> None:
    normal = normalize_phrase(phrase, DCT, tense)
    assert normal is not None
    assert (normal.precision, normal.mod) == (precision, mod)


# without a dct, values keep what the words say and leave the rest unknown
NO_DCT = [
    ("Friday", "past", "XXXX-WXX-5"),
    ("November 19", "past", "XXXX-11-19"),
    ("August", "past", "XXXX-08"),
    ("2024", "past", "2024"),
    ("last week", "past", "PAST_REF"),
    ("two years", "past", "P2Y"),
]


@pytest.mark.parametrize(("phrase", "tense", "value"), NO_DCT)
def test_without_a_dct(phrase, tense, value) -> None:
    normal = normalize_phrase(phrase, None, tense)
    assert normal is not None and normal.value == value


NOT_TIMEX = [
    "may",  # the modal verb, lower case
    "a second",  # an ordinal: "a second time"
    "1,000",
    "the march",
    "summer camp",
    "the March for Life",
    "the last half",  # a half of something not named
]


@pytest.mark.parametrize("phrase", NOT_TIMEX)
def test_not_a_single_expression(phrase: str) -> None:
    assert normalize_phrase(phrase, DCT, "past") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-19", ("2025-11-19", "day")),
        ("2025-08", ("2025-08-01", "month")),
        ("2025-W47", ("2025-11-17", "week")),
        ("1986-09-31", None),  # a date written in the source that no calendar has
        ("PAST_REF", None),
    ],
)
def test_parse_value(value: str, expected) -> None:
    from dateline.time.calendar import parse_value

    got = parse_value(value)
    assert (None if got is None else (got[0].isoformat(), got[1])) == expected


def test_an_impossible_date_in_the_text_does_not_fail_the_component(nlp) -> None:
    doc = nlp("The company said its third quarter ended September 31, up from a year earlier.")
    assert any(t.text.startswith("September 31") for t in doc._.timexes)


@pytest.mark.parametrize(
    ("phrase", "dct", "tense"),
    [
        ("Wednesday", "9999-12-31", "future"),
        ("February 31", "0001-01-01", "future"),
        ("Christmas", "9999-12-31", "past"),
        ("summer", "9999-12-31", "future"),
        ("next year", "9999-06-01", "future"),
        ("last year", "0001-06-01", "past"),
    ],
)
def test_calendar_edges_give_an_unresolved_value_not_an_error(phrase, dct, tense) -> None:
    from dateline.time import normalize_phrase

    normal = normalize_phrase(phrase, dct, tense)
    assert normal is not None
    assert normal.value == "XXXX" and normal.precision == "unknown"
