"""governing_date: the timex attached to an event's clause, else the sentence's, else the dct."""

from __future__ import annotations

import pytest

from dateline.records import EventDate
from dateline.time.governing import governing_date

DCT = "2025-11-20"

# text, trigger word, expected (value, precision)
CASES = [
    ("Parliament fired two ministers Wednesday.", "fired", ("2025-11-19", "day")),
    ("Officials met on Thursday, and talks resumed in August.", "met", ("2025-11-20", "day")),
    ("Officials met on Thursday, and talks resumed in August.", "resumed", ("2025-08", "month")),
    ("The strike killed 26 people.", "killed", (DCT, "reported")),
    ("The strike, which began last week, killed 26 people.", "killed", ("2025-W46", "week")),
    ("Talks have lasted three years and resumed now.", "resumed", (DCT, "reported")),
    # only vaguely elsewhen: not the dct's news, and no date to give
    ("Gunmen recently attacked a depot in the north.", "attacked", (None, "vague")),
    ("Days later, a bomb killed nine miners.", "killed", (None, "vague")),
    ("Gunmen recently attacked a depot on Monday.", "attacked", ("2025-11-17", "day")),
    # a habit is no event of the day
    ("Officials routinely deny providing arms to the rebels.", "providing", (None, "vague")),
    ("Officials denied providing arms to the rebels.", "providing", (DCT, "reported")),
    # a date inside a clause that describes a noun is that clause's, not the event's
    ("Chile, which signed the treaty in 2019, says it will withdraw.", "withdraw",
     (DCT, "reported")),
    ("Chile, which signed the treaty in 2019, says it will withdraw.", "signed",
     ("2019", "year")),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_governing_date(nlp, text: str, trigger: str, expected: tuple[str, str]) -> None:
    doc = nlp.make_doc(text)
    doc._.dct = DCT
    doc = nlp(doc)
    token = next(t for t in doc if t.text == trigger)
    date = governing_date(doc, token)
    assert isinstance(date, EventDate)
    assert (date.value, date.precision) == expected
    assert date.timex is not None or date.precision in ("reported", "vague")
    if date.timex is not None:
        timex = next(t for t in doc._.timexes if t.id == date.timex)
        assert timex.value == date.value or (date.value is None
                                             and timex.value in ("PAST_REF", "FUTURE_REF"))


def test_no_dct_no_date(nlp) -> None:
    doc = nlp.make_doc("The strike killed 26 people.")
    doc._.dct = None
    doc = nlp(doc)
    assert governing_date(doc, doc[2]) == EventDate(value=None, precision=None, timex=None)
