"""The wire-service header of a story: "NAIROBI, Oct 4 (Reuters) - ", "KYIV, Ukraine (AP) — ".

A header names where the story was filed and who filed it, not who acted. Left inside the
first sentence, the parser makes its city the subject ("NAIROBI ... agreed") and the agency an
actor ("(AFP" coded as France). This component, run before the parser, ends a sentence after
the header, so that the story's first clause is parsed on its own; the header's span is kept
on ``doc._.wire_header`` (character offsets) for whoever wants the filing place.

A header starts the text or a line: a place in capitals ("NEW DELHI", "THE HAGUE"), or in
title case when an agency follows; then optionally its region or country and a date; then
optionally the agency in brackets; then a dash or colon. A name in capitals alone needs the
dash ("WASHINGTON — "): a headline ending in a colon is no header.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

_CAPS_WORD = r"[A-Z][A-Z.'\-]+"
_TITLE_WORD = r"[A-Z][A-Za-z.'\-]+"
_PLACE_CAPS = rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}"
_PLACE_TITLE = rf"{_TITLE_WORD}(?: {_TITLE_WORD}){{0,3}}"
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_DATE = rf"{_MONTH} \d{{1,2}}(?:, \d{{4}})?"
_AGENCY = r"\((?:[A-Z][\w&.\-]*)(?: [A-Z][\w&.\-]*){0,3}\)"
_DASH = r"(?:--?|—|–)"
_TAIL = rf"(?:, {_PLACE_TITLE}){{0,2}}(?:,? {_DATE})?"

# A place in capitals, its tail, an optional agency and a dash; or any place with an agency.
HEADER = re.compile(
    rf"(?:^|(?<=\n))[ \t]*(?:"
    rf"{_PLACE_CAPS}{_TAIL}(?: ?{_AGENCY})?[ \t]*{_DASH}"
    rf"|{_PLACE_TITLE}{_TAIL} ?{_AGENCY}[ \t]*(?:{_DASH}|:)"
    rf")[ \t]+(?=\S)"
)


SENTENCE_ENDS = frozenset({".", "!", "?"})


def find_headers(text: str) -> list[tuple[int, int]]:
    """Character spans of the wire headers in ``text`` (the separator and space included)."""
    return [(m.start(), m.end()) for m in HEADER.finditer(text)
            if any(c.islower() or c.isdigit() for c in text[m.end():m.end() + 40])]


@Language.factory("dateline_wire_header", assigns=["doc._.wire_header", "token.is_sent_start"])
def make_wire_header(nlp: Language, name: str) -> WireHeader:
    return WireHeader()


class WireHeader:
    """Sets a sentence start after each wire header; records the headers' spans."""

    def __call__(self, doc: Doc) -> Doc:
        spans = find_headers(doc.text)
        doc._.wire_header = spans
        for start, end in spans:
            header = doc.char_span(start, end, alignment_mode="expand")
            if header is None or header.end >= len(doc):
                continue
            for token in header:
                token.is_sent_start = token.i == header.start
            doc[header.end].is_sent_start = True
            # The story's first sentence runs at least to its first full stop: left free,
            # the parser may cut "Mortar | rounds struck ..." after a capitalised first word.
            for token in doc[header.end + 1:]:
                if token.is_sent_start or token.text in SENTENCE_ENDS or "\n" in token.text:
                    break
                token.is_sent_start = False
        return doc

    def initialize(self, get_examples=None, nlp: Language | None = None) -> None:
        """Nothing to load."""


def in_wire_header(span: Span) -> bool:
    """Whether ``span`` lies inside one of its document's wire headers."""
    spans = span.doc._.wire_header if span.doc.has_extension("wire_header") else None
    start, end = span.start_char, span.end_char
    return any(s <= start and end <= e for s, e in spans or ())
