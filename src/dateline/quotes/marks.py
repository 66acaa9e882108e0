"""The quotation-mark scanner: where direct speech starts and ends in raw text.

Works on characters, not tokens, so it never depends on the tokenizer or the parser. Rules:

- Double marks open and close a quote: curly (“ ” and the doubled ’’), low („), guillemets
  (« »), TeX-style (`` '') and straight ("), the straight ones classified by their
  neighbours (an opening mark follows a space or a bracket and precedes a word; a closing one
  does the reverse).
- Single marks (‘ ’ and ') inside a double quote are nested quotes and stay part of the content.
  Outside a double quote they open a quote only where they cannot be an apostrophe (after a
  space, before a letter) and must close within the same paragraph.
- A quote may run over several paragraphs only where each new paragraph starts with an opening
  mark (the newspaper convention); otherwise an unclosed quote stops at the end of its
  paragraph, is marked ``closed=False``, and never swallows the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = frozenset({"“", "„", "«", "``"})
DOUBLE_CLOSE = frozenset({"”", "»", "’’"})
SINGLE_OPEN = frozenset({"‘"})
SINGLE_CLOSE = frozenset({"’"})
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"

_MARK = re.compile(r"``|''|’’|[\"“”„«»‘’']")
_PARAGRAPH = re.compile(r"[^\n]+")
_OPEN_BEFORE = set(" \t([{—–-/\u00a0") | DOUBLE_OPEN | SINGLE_OPEN | {'"', "'"}
_CLOSE_AFTER = set(" \t)]}.,;:!?—–-/…\u00a0") | DOUBLE_CLOSE | SINGLE_CLOSE | {'"', "'"}
_CONTENT_TRIM = " \t\u00a0,"
MAX_SINGLE_QUOTE_CHARS = 400


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One quotation: the marks (``start``/``end``) and the words inside (``content_*``)."""

    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end if unclosed)
    content_start: int
    content_end: int
    closed: bool = True
    paragraphs: int = 1
    single: bool = False  # delimited by single marks at the top level


def scan_quotes(text: str) -> list[QuotedSpan]:
    """All top-level quotations in ``text``, in text order (nested quotes are inside them)."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    marks = [(m.start(), m.group()) for m in _MARK.finditer(text)]
    spans: list[QuotedSpan] = []
    mark_index = 0
    open_at: int | None = None  # the opening double mark of the quote in progress
    open_len = 0
    n_paragraphs = 0
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        single_at: int | None = None
        first_in_paragraph = True
        while mark_index < len(marks) and marks[mark_index][0] < p_end:
            pos, mark = marks[mark_index]
            mark_index += 1
            role = _double_role(text, pos, mark)
            if role is not None:
                single_at = None  # a double mark ends any single-quoted guess
                if open_at is None:
                    if role in ("open", "either"):
                        open_at, open_len, n_paragraphs = pos, len(mark), 1
                elif first_in_paragraph and pos == _skip_space(text, p_start) and role != "close":
                    n_paragraphs += 1  # the re-opening mark of a continued paragraph
                elif role in ("close", "either"):
                    spans.append(_make(text, open_at, open_len, pos, len(mark), True, n_paragraphs))
                    open_at = None
                else:  # a second opening mark: the first quote was never closed
                    spans.append(_make(text, open_at, open_len, pos, 0, False, n_paragraphs))
                    open_at, open_len, n_paragraphs = pos, len(mark), 1
                first_in_paragraph = False
                continue
            first_in_paragraph = False
            if open_at is not None:
                continue  # single marks inside a double quote are nested quotes or apostrophes
            single_role = _single_role(text, pos, mark)
            if single_role == "open" and single_at is None:
                single_at = pos
            elif single_role == "close" and single_at is not None:
                if pos - single_at <= MAX_SINGLE_QUOTE_CHARS and pos - single_at > 2:
                    span = _make(text, single_at, 1, pos, 1, True, 1)
                    spans.append(QuotedSpan(span.start, span.end, span.content_start,
                                            span.content_end, True, 1, single=True))
                single_at = None
        if open_at is not None and not _continues(text, paragraphs, p_index):
            end = p_end
            while end > open_at + open_len and text[end - 1].isspace():
                end -= 1
            spans.append(_make(text, open_at, open_len, end, 0, False, n_paragraphs))
            open_at = None
    return sorted(spans, key=lambda s: s.start)


def _double_role(text: str, pos: int, mark: str) -> str | None:
    """'open', 'close' or 'either' for a double mark; None for a single mark or apostrophe."""
    if mark in DOUBLE_OPEN:
        return "open"
    if mark in DOUBLE_CLOSE:
        return "close"
    if mark not in (STRAIGHT_DOUBLE, "''"):
        return None
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + len(mark)] if pos + len(mark) < len(text) else " "
    opens = (before in _OPEN_BEFORE or before == "\n") and not after.isspace()
    closes = (after in _CLOSE_AFTER or after == "\n") and not before.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _single_role(text: str, pos: int, mark: str) -> str | None:
    """'open' or 'close' for a single mark that cannot be an apostrophe, else None."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if mark not in SINGLE_OPEN and mark not in SINGLE_CLOSE and mark != STRAIGHT_SINGLE:
        return None
    if mark != "’" and (before.isspace() or before in "([{—–\n") and after.isalpha():
        return "open"
    if mark != "‘" and (after.isspace() or after in ".,;:!?)—–\n") and (
        before.isalpha() or before in ".,!?…"
    ):
        return "close"
    return None


def _continues(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """True if the next paragraph reopens the quote (a multi-paragraph quotation)."""
    if index + 1 >= len(paragraphs):
        return False
    start = _skip_space(text, paragraphs[index + 1][0])
    return text.startswith(("“", "„", "«", "``"), start) or (
        text.startswith('"', start) and _double_role(text, start, '"') in ("open", "either")
    )


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos


def _make(text: str, open_at: int, open_len: int, close_at: int, close_len: int,
          closed: bool, paragraphs: int) -> QuotedSpan:
    c_start, c_end = open_at + open_len, close_at
    while c_start < c_end and text[c_start] in _CONTENT_TRIM:
        c_start += 1
    while c_end > c_start and (text[c_end - 1] in _CONTENT_TRIM or text[c_end - 1] == "\n"):
        c_end -= 1
    return QuotedSpan(open_at, close_at + close_len, c_start, c_end, closed, paragraphs)
