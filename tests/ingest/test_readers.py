"""Readers: one fact per row."""

from __future__ import annotations

import codecs
import json

import pytest

from dateline.errors import RecordError
from dateline.ingest import read_bytes, read_inputs
from dateline.ingest.ids import text_id
from dateline.ingest.prefix import split_dateline
from dateline.records import Article


@pytest.mark.parametrize(
    ("raw", "dct", "body"),
    [
        (" date 2024-02-29 Troops moved.\n\nMore text.", "2024-02-29",
         "Troops moved.\n\nMore text."),
        ("date 2023-01-05 One line only.", "2023-01-05", "One line only."),
        ("\ufeffdate 2023-01-05\tTabbed body.", "2023-01-05", "Tabbed body."),
        ("No dateline here.\nSecond line.", None, "No dateline here.\nSecond line."),
        ("dated 2023-01-05 is not a prefix", None, "dated 2023-01-05 is not a prefix"),
        ("date 2023-01-05T10:00:00 A timestamp.", "2023-01-05", "A timestamp."),
    ],
)
def test_split_dateline(raw: str, dct: str | None, body: str) -> None:
    got_dct, got_body, _ = split_dateline(raw)
    assert (got_dct, got_body) == (dct, body)


@pytest.mark.parametrize("raw", ["date 2025-13-45 Bad month.", "date 2025-02-30 No such day.",
                                 "date yesterday Something."])
def test_bad_dateline_is_a_record_error(raw: str) -> None:
    [item] = list(read_bytes("bad.txt", raw.encode()))
    assert isinstance(item, RecordError)
    assert item.code == "bad_date" and item.source == "bad.txt"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"date 2025-01-01   ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_text_files(data: bytes, code: str) -> None:
    [item] = list(read_bytes("x.txt", data))
    assert isinstance(item, RecordError) and item.code == code


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("date 2025-01-02 Café in Zürich.".encode(), "Café in Zürich."),
        ("date 2025-01-02 Café in Zürich.".encode("cp1252"), "Café in Zürich."),
        (codecs.BOM_UTF16_LE + "date 2025-01-02 Kyiv said.".encode("utf-16-le"), "Kyiv said."),
        (b"date 2025-01-02 Line one.\r\nLine two.", "Line one.\nLine two."),
    ],
)
def test_encodings(data: bytes, expected: str) -> None:
    [item] = list(read_bytes("x.txt", data))
    assert isinstance(item, Article)
    assert item.text == expected and item.dct == "2025-01-02"


def test_plain_text_without_dateline_warns_and_takes_date_option() -> None:
    [item] = list(read_bytes("plain.txt", b"Just a body."))
    assert item.dct is None and "plain.txt" in item.meta["warning"]
    [item] = list(read_bytes("plain.txt", b"Just a body.", date="2024-05-06"))
    assert item.dct == "2024-05-06" and "warning" not in item.meta


def test_jsonl_records_keep_extra_keys_and_report_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a1", "date": "2025-03-01T12:00:00Z", "title": "T", "text": "Body A.",
                    "url": "http://x", "source": "S", "section": "World"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Body B.", "published": "2025-03-02"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Body C.", "date": "2025-02-31"}),
        "",
    ]
    items = list(read_bytes("feed.jsonl", "\n".join(lines).encode()))
    assert [type(i).__name__ for i in items] == ["Article", "RecordError", "RecordError",
                                                   "Article", "RecordError", "RecordError"]
    first, bad_json, missing, second, not_object, bad_date = items
    assert (first.id, first.dct, first.title, first.source, first.meta) == (
        "a1", "2025-03-01", "T", "S", {"section": "World"})
    assert (bad_json.code, bad_json.record) == ("bad_json", "2")
    assert (missing.code, missing.record) == ("missing_field", "3")
    assert second.id == text_id("Body B.") and second.dct == "2025-03-02"
    assert not_object.code == "bad_json"
    assert bad_date.code == "bad_date"


def test_html_page_body_and_date_from_metadata(tmp_path) -> None:
    html = (
        "<html><head><title>Headline here</title>"
        '<meta property="article:published_time" content="2025-04-05T08:00:00Z"></head>'
        "<body><nav>Home | World</nav><article><p>" + "The council met on Friday. " * 8
        + "</p><p>It agreed to reopen the border crossing for aid convoys next week.</p>"
        "</article><footer>Copyright</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [item] = list(read_inputs([path]))
    assert isinstance(item, Article)
    assert item.dct == "2025-04-05"
    assert "reopen the border crossing" in item.text and "Copyright" not in item.text


def test_html_without_body_is_reported(tmp_path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body></body></html>")
    [item] = list(read_inputs([path]))
    assert isinstance(item, RecordError) and item.code == "no_body"


def test_directories_are_walked_recursively_in_order(tmp_path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("date 2025-01-02 Second.")
    (tmp_path / "one.txt").write_text("date 2025-01-01 First.")
    (tmp_path / "notes.csv").write_text("ignored,file")
    items = list(read_inputs([tmp_path]))
    assert [i.text for i in items] == ["Second.", "First."]


def test_same_text_same_id() -> None:
    assert text_id("A  body.\n") == text_id("a body.")
    assert text_id("A body.") != text_id("Another body.")
