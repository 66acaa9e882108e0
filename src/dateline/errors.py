"""Errors that name the record they belong to, so a batch can report them and go on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class RecordError:
    """A record that could not be read or processed.

    ``code`` is stable and machine-readable (see ERROR_CODES); ``message`` is for people.
    """

    source: str  # file path, or "-" for stdin
    record: str | None  # line number, item index or id within the source; None = whole file
    code: str
    message: str

    def as_dict(self) -> dict[str, str | None]:
        return {"source": self.source, "record": self.record, "code": self.code,
                "message": self.message}

    def __str__(self) -> str:
        where = self.source if self.record is None else f"{self.source}:{self.record}"
        return f"{where}: {self.code}: {self.message}"


ERROR_CODES = {
    "empty": "the record holds no text",
    "binary": "the file is not text (NUL bytes or an unknown binary format)",
    "decode": "the bytes could not be decoded as text",
    "bad_date": "the dateline or date field is not a valid calendar date",
    "bad_json": "a JSON Lines record is not a JSON object",
    "missing_field": "a JSON Lines record has no text field",
    "no_body": "an HTML page has no article body",
    "unreadable": "the file could not be opened",
    "unsupported": "the file type is not one dateline reads",
    "processing": "the language pipeline failed on this record",
    "too_long": "the article is longer than --max-chars (default 1,000,000 characters)",
    "future_date": "the dateline or date field is later than tomorrow",
    "not_english": "the article is not in English and --non-english skip was given",
    "store_locked": "the SQLite store stayed locked by another writer past the timeout",
}


class DatelineError(Exception):
    """Base class for errors dateline raises on purpose."""


class InputError(DatelineError):
    """Raised by a reader for one record; carries the code and message for the report."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
