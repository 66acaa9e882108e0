"""One reader per input format. Each yields Articles, or RecordErrors for records it rejects."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from dateline.errors import InputError, RecordError
from dateline.ingest.decode import clean_text, decode_bytes
from dateline.ingest.ids import text_id
from dateline.ingest.prefix import parse_iso_date, split_dateline
from dateline.records import Article

Item = Article | RecordError

JSON_DATE_KEYS = ("date", "dct", "published", "date_published", "publication_date")
JSON_KNOWN_KEYS = {"id", "text", "title", "url", "source", *JSON_DATE_KEYS}
# What trafilatura keeps of a page with no article (a menu, a cookie notice) is a few words.
MIN_HTML_WORDS = 5


def read_text(source: str, data: bytes, date: str | None = None) -> Iterator[Item]:
    """A text file: the reference ``date YYYY-MM-DD`` format, or plain text without a date."""
    try:
        raw = clean_text(decode_bytes(data))
        dct, body, had_prefix = split_dateline(raw)
    except InputError as exc:
        yield RecordError(source, None, exc.code, exc.message)
        return
    body = body.strip("\ufeff")
    if not body.strip():
        yield RecordError(source, None, "empty", "the file holds no article text")
        return
    article = Article(id=text_id(body), text=body, dct=dct or date, origin=source)
    if not had_prefix and date is None:
        article.meta["warning"] = f"{source}: no 'date YYYY-MM-DD' dateline; dct is null"
    yield article


def read_jsonl(source: str, data: bytes, date: str | None = None) -> Iterator[Item]:
    """JSON Lines with id, date, title, text, url, source; other keys are kept in meta."""
    try:
        content = decode_bytes(data)
    except InputError as exc:
        yield RecordError(source, None, exc.code, exc.message)
        return
    # split on newlines only: U+2028 may appear raw inside a JSON string
    yield from jsonl_items(source, enumerate(content.split("\n"), 1), date)


def read_jsonl_file(path: Path, date: str | None = None) -> Iterator[Item]:
    """JSON Lines from a file, one line in memory at a time, so a file of any size streams.

    UTF-8 and cp1252 lines are decoded line by line; a file that starts with a byte-order
    mark or holds NUL bytes (UTF-16, UTF-32) is read whole by ``read_jsonl``.
    """
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield RecordError(source, None, "unreadable", f"cannot read the file: {exc.strerror}")
        return
    with handle:
        head = handle.read(_SNIFF)
        if b"\x00" in head or head.startswith(_BOMS):
            yield from read_jsonl(source, head + handle.read(), date)
            return
        handle.seek(0)
        yield from jsonl_items(source, _decoded_lines(handle), date)


_SNIFF = 8192
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE,
         codecs.BOM_UTF16_BE)


def _decoded_lines(handle: IO[bytes]) -> Iterator[tuple[int, str | InputError]]:
    for number, raw in enumerate(handle, 1):  # binary lines end at b"\n" only
        try:
            yield number, decode_bytes(raw)
        except InputError as exc:
            yield number, exc


def jsonl_items(source: str, lines: Iterable[tuple[int, str | InputError]],
                date: str | None = None) -> Iterator[Item]:
    """One Article or RecordError per non-blank numbered line."""
    for number, line in lines:
        if isinstance(line, InputError):
            yield RecordError(source, str(number), line.code, line.message)
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordError(source, str(number), "bad_json", f"invalid JSON: {exc.msg}")
            continue
        try:
            yield article_from_mapping(obj, f"{source}:{number}", date)
        except InputError as exc:
            yield RecordError(source, str(number), exc.code, exc.message)


def article_from_mapping(obj: Any, origin: str, date: str | None = None) -> Article:
    """Build an Article from one JSON object; raise InputError for what cannot be used."""
    if not isinstance(obj, dict):
        raise InputError("bad_json", f"expected a JSON object, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError("missing_field", "no 'text' field holding a string")
    text = clean_text(text)
    if not text.strip():
        raise InputError("empty", "the 'text' field is empty")
    dct = date
    for key in JSON_DATE_KEYS:
        value = obj.get(key)
        if value:
            dct = parse_iso_date(str(value))
            break
    own_id = obj.get("id")
    meta = {k: v for k, v in obj.items() if k not in JSON_KNOWN_KEYS}
    return Article(
        id=str(own_id) if own_id not in (None, "") else text_id(text),
        text=text,
        dct=dct,
        title=_str_or_none(obj.get("title")),
        url=_str_or_none(obj.get("url")),
        source=_str_or_none(obj.get("source")),
        meta=meta,
        origin=origin,
    )


def read_html(source: str, data: bytes, date: str | None = None) -> Iterator[Item]:
    """An HTML page: body text and metadata through trafilatura."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    try:
        html = decode_bytes(data)
    except InputError as exc:
        yield RecordError(source, None, exc.code, exc.message)
        return
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        yield RecordError(source, None, "no_body", "trafilatura found no article body")
        return
    doc = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = clean_text(doc.get("text") or "")
    words = len(text.split())
    if words < MIN_HTML_WORDS:
        yield RecordError(source, None, "no_body", f"the page's body text has {words} words: "
                          "navigation or boilerplate, not an article")
        return
    dct = date
    if doc.get("date"):
        try:
            dct = parse_iso_date(str(doc["date"]))
        except InputError:
            dct = date
    meta = {k: doc[k] for k in ("author", "hostname", "sitename", "categories", "tags")
            if doc.get(k)}
    article = Article(
        id=text_id(text),
        text=text,
        dct=dct,
        title=_str_or_none(doc.get("title")),
        url=_str_or_none(doc.get("url")),
        source=_str_or_none(doc.get("sitename") or doc.get("hostname")),
        meta=meta,
        origin=source,
    )
    if dct is None:
        article.meta["warning"] = f"{source}: no date in the page metadata; dct is null"
    yield article


def _str_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)
