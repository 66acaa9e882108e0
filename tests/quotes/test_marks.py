"""The quotation-mark scanner, one case per row: (text, expected quoted contents)."""

from __future__ import annotations

import pytest

from dateline.quotes.marks import scan_quotes

CASES = [
    ('"We will stay," she said.', ["We will stay"]),
    ("“We will stay,” she said.", ["We will stay"]),
    ('"A," he said. "B is next."', ["A", "B is next."]),
    ("He wants to end the “root causes of the war,” he said.", ["root causes of the war"]),
    ("“What kind of ‘safe zone’ is this?” she asked.", ["What kind of ‘safe zone’ is this?"]),
    ("\"What kind of 'safe zone' is this?\" she asked.", ["What kind of 'safe zone' is this?"]),
    ("“... and then the lights went out,” he added.", ["... and then the lights went out"]),
    ("He said ``this is old style'' today.", ["this is old style"]),
    ("He said ''this is newspaper style'' today.", ["this is newspaper style"]),
    ("“First paragraph.\n\n“Second paragraph,” he said.",
     ["First paragraph.\n\n“Second paragraph"]),
    ("'Peace is not surrender'\n\nThe talks went on.", ["Peace is not surrender"]),
    ("The officials' report is late. It's Bob's turn.", []),
    ("No quotation at all.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quoted_contents(text: str, expected: list[str]) -> None:
    found = [text[q.content_start : q.content_end] for q in scan_quotes(text)]
    assert found == expected


STRAY = [
    # (text, the paragraph the unclosed quote must stay in)
    ('He said "prices rose.\n\nThe next paragraph is plain.', 'He said "prices rose.'),
    ("“Never closed\n\nAnother paragraph “with a closed quote” here.", "“Never closed"),
]


@pytest.mark.parametrize(("text", "paragraph"), STRAY)
def test_unclosed_quote_stops_at_its_paragraph(text: str, paragraph: str) -> None:
    quotes = scan_quotes(text)
    first = quotes[0]
    assert not first.closed
    assert first.end <= len(paragraph)


STRAY_ONLY = ['"', "“", "”", '""', "”“‘’'", "\"\n\n\"\n\n”", "a \" b “ c ” d ' e"]


@pytest.mark.parametrize("text", STRAY_ONLY)
def test_stray_marks_never_crash(text: str) -> None:
    for q in scan_quotes(text):
        assert 0 <= q.start <= q.content_start <= q.content_end <= q.end <= len(text)


def test_multi_paragraph_quote_counts_paragraphs() -> None:
    text = "“One.\n\n“Two.\n\n“Three,” she said."
    (quote,) = scan_quotes(text)
    assert quote.paragraphs == 3 and quote.closed
