"""The engine serializes each document once for all the sinks that take JSON."""

from __future__ import annotations

import json
import sqlite3

from dateline.engine import EncodedSink, write
from dateline.records import Document
from dateline.store import JsonlSink, SqliteStore


def make_document(ident: str) -> Document:
    return Document(id=ident, text="Troops left the town on Friday, residents said.",
                    dct="2025-07-08", title=f"Report {ident}")


class PlainSink:
    def __init__(self) -> None:
        self.docs: list[Document] = []

    def write(self, documents) -> None:  # type: ignore[no-untyped-def]
        self.docs.extend(documents)

    def close(self) -> None:
        pass


class RecordingSink(PlainSink):
    def __init__(self) -> None:
        super().__init__()
        self.encoded: list[list[str]] = []

    def write_encoded(self, documents, encoded) -> None:  # type: ignore[no-untyped-def]
        self.docs.extend(documents)
        self.encoded.append(encoded)


def test_json_sinks_share_one_serialization_and_plain_sinks_get_documents() -> None:
    docs = [make_document("a1"), make_document("a2")]
    first, second, plain = RecordingSink(), RecordingSink(), PlainSink()
    write([first, plain, second], docs)
    assert first.encoded[0] is second.encoded[0]
    assert first.encoded[0] == [doc.to_json() for doc in docs]
    assert plain.docs == docs == first.docs
    assert isinstance(first, EncodedSink) and not isinstance(plain, EncodedSink)


def test_jsonl_and_sqlite_store_the_same_json_as_write(tmp_path) -> None:
    docs = [make_document("a1"), make_document("a2")]
    jsonl, store = JsonlSink(tmp_path / "out.jsonl"), SqliteStore(tmp_path / "s.db")
    write([jsonl, store], docs)
    jsonl.close()
    store.close()
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [doc.as_dict() for doc in docs]
    stored = sqlite3.connect(tmp_path / "s.db").execute(
        "SELECT document FROM articles ORDER BY id").fetchall()
    assert [row[0] for row in stored] == lines
