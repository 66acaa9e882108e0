"""Hostile input, one fault per row: what the readers and the screening make of it."""

from __future__ import annotations

import codecs
import datetime as dt
import json

import pytest

from dateline.errors import ERROR_CODES, RecordError
from dateline.ingest import read_bytes
from dateline.ingest.decode import clean_text, decode_bytes
from dateline.ingest.readers import read_html, read_jsonl, read_text
from dateline.ingest.screen import ScreenOptions, screen
from dateline.records import Article

BODY = "Police said 12 people were arrested in Lagos on Tuesday."
TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café in Zürich.".encode("cp1252"), "Café in Zürich."),
        ("Ça coûte cher à Nîmes".encode("latin-1"), "Ça coûte cher à Nîmes"),
        ("“Quoted” – dash".encode("cp1252"), "“Quoted” – dash"),
        (codecs.BOM_UTF16_LE + "Kyiv, Ukraine".encode("utf-16-le"), "Kyiv, Ukraine"),
        (codecs.BOM_UTF16_BE + "Kyiv, Ukraine".encode("utf-16-be"), "Kyiv, Ukraine"),
        ("Troops left the town.".encode("utf-16-le"), "Troops left the town."),
        ("Troops left the town.".encode("utf-16-be"), "Troops left the town."),
        (codecs.BOM_UTF8 + "Zürich".encode(), "Zürich"),
        # mixed: one line UTF-8, the next cp1252
        ("Zürich\n".encode() + "Genève".encode("cp1252"), "Zürich\nGenève"),
        # mixed inside one line
        ("Zürich ".encode() + "Genève".encode("cp1252"), "Zürich Genève"),
    ],
)
def test_encodings_decode(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ky\u200biv", "Kyiv"),  # zero-width space inside a name
        ("\u202eevil\u202c text", "evil text"),  # right-to-left override
        ("a\u2066b\u2069c", "abc"),  # bidi isolates
        ("\u200fHamas\u200e said", "Hamas said"),  # RTL and LTR marks
        ("co\u00adoperate", "cooperate"),  # soft hyphen
        ("word\u2060joiner", "wordjoiner"),
        ("x\u200dy", "xy"),  # a joiner between ASCII letters is noise
        ("\u0645\u200c\u0645", "\u0645\u200c\u0645"),  # a non-joiner in Persian is kept
        ("bell\x07 and\x1b escape", "bell and escape"),
        ("line\r\nbreak\rhere", "line\nbreak\nhere"),
        ("para\u2029graph", "para\n\ngraph"),
    ],
)
def test_clean_text_removes_invisible_characters(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\n", "empty"),
        ("only-invisible.txt", "\u200b\u200e\u202e".encode(), "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary"),
        ("random.txt", bytes(range(256)) * 4, "binary"),
        ("garbage.txt", bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 50, "decode"),
        ("bad-month.txt", b"date 2025-13-45 Soldiers left.", "bad_date"),
        ("bad-day.txt", b"date 2025-02-29 Soldiers left.", "bad_date"),
        ("word-date.txt", b"date tomorrow Soldiers left.", "bad_date"),
        ("bad-utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "decode"),
    ],
)
def test_bad_text_files_get_a_specific_code(name: str, data: bytes, code: str) -> None:
    [item] = list(read_text(name, data))
    assert isinstance(item, RecordError)
    assert (item.source, item.code) == (name, code)
    assert code in ERROR_CODES


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("{not json", "bad_json"),
        ('["a", "list"]', "bad_json"),
        ('"just a string"', "bad_json"),
        ('{"title": "no text field"}', "missing_field"),
        ('{"text": 42}', "missing_field"),
        ('{"text": null}', "missing_field"),
        ('{"text": "   "}', "empty"),
        ('{"text": "\\u200b"}', "empty"),
        ('{"text": "Body.", "date": "2025-13-45"}', "bad_date"),
        ('{"text": "Body.", "date": "05/01/2025"}', "bad_date"),
        ('{"text": "Body.", "date": true}', "bad_date"),
        ('{"text": "unterminated', "bad_json"),
    ],
)
def test_bad_jsonl_line_is_reported_and_the_good_ones_land(line: str, code: str) -> None:
    good = json.dumps({"id": "g1", "text": BODY, "date": "2025-05-01"})
    data = "\n".join([good, line, good.replace("g1", "g2")]).encode()
    items = list(read_jsonl("feed.jsonl", data))
    assert [type(i).__name__ for i in items] == ["Article", "RecordError", "Article"]
    assert (items[1].source, items[1].record, items[1].code) == ("feed.jsonl", "2", code)
    assert [i.id for i in items if isinstance(i, Article)] == ["g1", "g2"]


def test_jsonl_line_separator_inside_a_string_is_not_a_line_break() -> None:
    data = json.dumps({"text": "One\u2028two."}, ensure_ascii=False).encode()
    [item] = list(read_jsonl("f.jsonl", data))
    assert isinstance(item, Article) and item.text == "One\ntwo."


@pytest.mark.parametrize(
    "html",
    [
        b"<html><head><title>Menu</title></head><body></body></html>",
        b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
        b"<!doctype html><html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_html_without_body_is_no_body(html: bytes) -> None:
    [item] = list(read_html("page.html", html))
    assert isinstance(item, RecordError) and item.code == "no_body"


def test_long_unpunctuated_sentence_is_read_whole() -> None:
    text = " ".join(["convoy"] * 16_000)[:100_000]
    [item] = list(read_bytes("long.txt", f"date 2025-01-01 {text}".encode()))
    assert isinstance(item, Article) and len(item.text) == 100_000


def _screen(text: str, dct: str | None = "2025-05-01", **options) -> Article | RecordError:
    article = Article(id="a", text=text, dct=dct, origin="in.jsonl:7")
    [item] = list(screen([article], ScreenOptions(today=TODAY, **options)))
    return item


@pytest.mark.parametrize(
    ("dct", "code"),
    [
        ("2025-06-01", None),  # today
        ("2025-06-02", None),  # tomorrow: time zones
        ("2025-06-03", "future_date"),
        ("2031-01-01", "future_date"),
        ("1999-12-31", None),
        (None, None),
        ("2025-1-1", "bad_date"),
    ],
)
def test_future_dateline(dct: str | None, code: str | None) -> None:
    item = _screen(BODY, dct)
    assert getattr(item, "code", None) == code
    if code:
        assert (item.source, item.record) == ("in.jsonl", "7")


@pytest.mark.parametrize(
    ("length", "max_chars", "code"),
    [(1_000, 1_000, None), (1_001, 1_000, "too_long"), (20_000_000, 1_000_000, "too_long")],
)
def test_too_long_article(length: int, max_chars: int, code: str | None) -> None:
    item = _screen("a" * length, max_chars=max_chars)
    assert getattr(item, "code", None) == code


GERMAN = ("Die Regierung hat am Montag mitgeteilt, dass sich die Truppen aus der Stadt "
          "zurückgezogen haben und die Bewohner in ihre Häuser zurückkehren können, sagte "
          "ein Sprecher des Ministeriums in der Hauptstadt.")


@pytest.mark.parametrize(
    ("text", "policy", "code", "language"),
    [
        (GERMAN, "process", None, "de"),
        (GERMAN, "skip", "not_english", None),
        (BODY * 3, "skip", None, None),
        (BODY * 3, "process", None, None),
    ],
)
def test_non_english_policy(text: str, policy: str, code: str | None,
                            language: str | None) -> None:
    item = _screen(text, non_english=policy)
    assert getattr(item, "code", None) == code
    if isinstance(item, Article):
        assert item.meta.get("language") == language
        assert ("detected language" in item.meta.get("warning", "")) == (language is not None)


def test_errors_pass_through_screening() -> None:
    error = RecordError("x.txt", None, "binary", "not text")
    assert list(screen([error], ScreenOptions(today=TODAY))) == [error]


@pytest.mark.parametrize("bad", [{"non_english": "drop"}, {"max_chars": 0}])
def test_screen_options_are_validated(bad: dict) -> None:
    with pytest.raises(ValueError):
        ScreenOptions(**bad)
