"""The reference dateline format: ``date YYYY-MM-DD`` followed by the body on the same line."""

from __future__ import annotations

import datetime as dt
import re

from dateline.errors import InputError

# The prefix is the first token sequence "date <something>"; the body starts after it, on the
# same line, so nothing of the first paragraph is lost.
_PREFIX = re.compile(r"\A[\s\ufeff]*date[ \t]+(\S+)[ \t]*")


def split_dateline(text: str) -> tuple[str | None, str, bool]:
    """Return (dct, body, had_prefix). Raise InputError("bad_date") on an invalid date."""
    match = _PREFIX.match(text)
    if not match:
        return None, text, False
    return parse_iso_date(match.group(1)), text[match.end():], True


def parse_iso_date(value: str) -> str:
    """Validate a YYYY-MM-DD date (a datetime's date part is accepted); return YYYY-MM-DD."""
    candidate = value.strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", candidate):
        candidate = candidate[:10]
    try:
        return dt.date.fromisoformat(candidate).isoformat()
    except ValueError:
        raise InputError("bad_date", f"not a valid date (expected YYYY-MM-DD): {value!r}") from None
