"""The custom attributes dateline's components read and write on a spaCy Doc, in one place.

Each component declares in its factory which of these it assigns and requires.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_ATTRIBUTES = (
    "dct",  # str | None: the document creation time, YYYY-MM-DD (set before the pipeline)
    "wire_header",  # list[tuple[int, int]]: character spans of wire headers, dateline_wire_header
    "entities",  # list[records.Entity]: dateline_actors
    "timexes",  # list[records.Timex]: dateline_timex
    "places",  # list[records.Place]: dateline_places
    "quotes",  # list[records.Quote]: dateline_quotes
    "events",  # list[records.Event]: dateline_events
    "stances",  # list[records.Stance]: dateline_stances
)


def ensure_extensions() -> None:
    """Register the Doc attributes once (idempotent). Lists default to None: unset."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def items(doc: Doc, name: str) -> list:
    """The list a component stored under ``doc._.<name>``, or an empty list if none ran."""
    value = getattr(doc._, name)
    return value if value is not None else []
