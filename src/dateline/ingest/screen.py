"""Checks between reading and parsing: size, dateline in the future, language.

Readers say what a record holds; screening decides, by the user's options, which records the
pipeline gets. Every record it stops becomes a RecordError with a specific code, so nothing
is dropped silently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dateline.errors import RecordError
from dateline.ingest.readers import Item
from dateline.language import detect_language
from dateline.records import Article

# spaCy's default nlp.max_length: the parser and NER need about 1 GB per 100,000 characters
# of one Doc at worst, so longer articles are rejected with "too_long" rather than cut.
DEFAULT_MAX_CHARS = 1_000_000
NON_ENGLISH_POLICIES = ("process", "skip")


@dataclass(frozen=True, slots=True)
class ScreenOptions:
    """What the pipeline accepts. ``today`` defaults to the UTC date when screening runs."""

    max_chars: int = DEFAULT_MAX_CHARS
    non_english: str = "process"  # process: best effort, flagged in warnings; skip: rejected
    future_days: int = 1  # a dateline up to this many days ahead is tolerated (time zones)
    today: dt.date | None = None

    def __post_init__(self) -> None:
        if self.non_english not in NON_ENGLISH_POLICIES:
            raise ValueError(f"non_english must be one of {NON_ENGLISH_POLICIES}")
        if self.max_chars < 1:
            raise ValueError("max_chars must be at least 1")


def screen(items: Iterable[Item], options: ScreenOptions | None = None) -> Iterator[Item]:
    """Pass RecordErrors through; turn each Article that fails a check into a RecordError."""
    options = options or ScreenOptions()
    today = options.today or dt.datetime.now(dt.UTC).date()
    latest = today + dt.timedelta(days=options.future_days)
    for item in items:
        if isinstance(item, RecordError):
            yield item
        else:
            yield check_article(item, options, latest)


def check_article(article: Article, options: ScreenOptions, latest: dt.date) -> Item:
    """The article itself, possibly with a language warning, or the RecordError that stops it."""
    source, record = _where(article)
    if len(article.text) > options.max_chars:
        return RecordError(source, record, "too_long",
                           f"{len(article.text):,} characters, more than --max-chars "
                           f"{options.max_chars:,}: split the article or raise the limit")
    try:
        dct = dt.date.fromisoformat(article.dct) if article.dct else None
    except ValueError:
        return RecordError(source, record, "bad_date", f"not a valid date: {article.dct!r}")
    if dct and dct > latest:
        return RecordError(source, record, "future_date",
                           f"the date {article.dct} is after {latest.isoformat()}")
    language = detect_language(article.text)
    if not language.is_english:
        if options.non_english == "skip":
            return RecordError(source, record, "not_english",
                               f"detected language {language.code} "
                               f"(confidence {language.confidence:.2f}); skipped by option")
        article.meta["language"] = language.code
        _warn(article, f"detected language {language.code}: the English pipeline ran best-effort")
    return article


def _where(article: Article) -> tuple[str, str | None]:
    origin = article.origin or article.id
    path, sep, line = origin.rpartition(":")
    if sep and line.isdigit():
        return path, line
    return origin, None


def _warn(article: Article, message: str) -> None:
    previous = article.meta.get("warning")
    article.meta["warning"] = f"{previous}; {message}" if previous else message
