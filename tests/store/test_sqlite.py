from __future__ import annotations

import contextlib
import json
import sqlite3

import pytest

from dateline.records import (
    ActorCode,
    Document,
    Entity,
    Event,
    EventDate,
    EventPlace,
    Participant,
    Place,
    Quote,
    SpanRef,
    Stance,
    Timex,
)
from dateline.store import sqlite as sqlite_store
from dateline.store.sqlite import SqliteStore, connect, counts, migrations, schema_version


def make_document(ident: str = "a1") -> Document:
    text = "Police said protesters were arrested in Nairobi on Monday."
    return Document(
        id=ident, text=text, dct="2025-07-08",
        entities=[Entity("E1", "Police", 0, 6, "ORG", "Police", [(0, 6)],
                         ActorCode("KEN", "COP", None))],
        timexes=[Timex("T1", "Monday", 51, 57, "DATE", "2025-07-07", "day")],
        places=[Place("P1", "Nairobi", 40, 47, "Nairobi", "KE", "Nairobi", -1.28, 36.82,
                      184745, "city")],
        quotes=[Quote("Q1", text[12:57], 12, 57, "indirect", SpanRef("said", 7, 11))],
        events=[Event("V1", "COERCE", SpanRef("arrested", 28, 36), (0, 58), mode="arrest",
                      actor=Participant("Police", 0, 6, "E1", "KEN", "COP"),
                      date=EventDate("2025-07-07", "day", "T1"), place=EventPlace("P1", 1))],
        stances=[Stance("E1", "protest", "oppose", (0, 58))],
    )


def test_new_store_is_migrated_to_the_latest_version(tmp_path) -> None:
    conn = connect(tmp_path / "s.db")
    assert schema_version(conn) == migrations()[-1][0]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_rerun_inserts_nothing_twice(tmp_path) -> None:
    path = tmp_path / "s.db"
    with SqliteStore(path) as store:
        store.write([make_document("a1"), make_document("a2")])
        assert (store.inserted, store.skipped) == (2, 0)
    with SqliteStore(path) as store:
        store.write([make_document("a1"), make_document("a3")])
        assert (store.inserted, store.skipped) == (1, 1)
    conn = connect(path)
    assert counts(conn) == {"articles": 3, "entities": 3, "timexes": 3, "places": 3,
                            "quotes": 3, "events": 3, "stances": 3}
    row = conn.execute("SELECT type, actor_country, date, place_id FROM events "
                       "WHERE article_id='a1'").fetchone()
    assert tuple(row) == ("COERCE", "KEN", "2025-07-07", "P1")


def test_a_failing_batch_leaves_no_partial_article(tmp_path) -> None:
    path = tmp_path / "s.db"
    bad = make_document("b1")
    bad.timexes.append(bad.timexes[0])  # the same item id twice violates the primary key
    store = SqliteStore(path)
    with contextlib.suppress(sqlite3.IntegrityError):
        store.write([make_document("ok1"), bad])
    store.close()
    conn = connect(path)
    assert counts(conn)["articles"] == 0  # the whole batch was rolled back


def test_read_only_connection_cannot_write(tmp_path) -> None:
    path = tmp_path / "s.db"
    SqliteStore(path).close()
    conn = connect(path, read_only=True)
    try:
        conn.execute("INSERT INTO articles (id, text, document) VALUES ('x', 't', '{}')")
    except sqlite3.OperationalError as exc:
        assert "readonly" in str(exc)
    else:
        raise AssertionError("a read-only store accepted a write")


@pytest.mark.parametrize(("batches", "inserted", "skipped"), [
    ([["a1", "a1"]], 1, 1),  # the same id twice in one batch is stored once
    ([["a1", "a2"], ["a2", "a3", "a3"]], 3, 2),
    ([["a1"], []], 1, 0),  # an empty batch writes nothing
    ([["a1", "a2", "a3", "a4", "a5"], ["a5", "a4", "a6", "a1"]], 6, 3),
])
def test_batches_insert_each_id_once(tmp_path, monkeypatch, batches, inserted,
                                     skipped) -> None:
    monkeypatch.setattr(sqlite_store, "_IDS_PER_QUERY", 2)  # known ids are looked up in chunks
    with SqliteStore(tmp_path / "s.db") as store:
        for ids in batches:
            store.write([make_document(ident) for ident in ids])
        assert (store.inserted, store.skipped) == (inserted, skipped)
    assert counts(connect(tmp_path / "s.db"))["articles"] == inserted


def test_rows_of_a_batch_belong_to_their_own_article(tmp_path) -> None:
    two = make_document("two")
    two.stances.append(Stance("E1", "curfew", "support", (0, 58)))
    with SqliteStore(tmp_path / "s.db") as store:
        store.write([make_document("one"), two])
    conn = connect(tmp_path / "s.db")
    rows = conn.execute("SELECT article_id, COUNT(*), MAX(n) FROM stances "
                        "GROUP BY article_id ORDER BY article_id").fetchall()
    assert [tuple(r) for r in rows] == [("one", 1, 1), ("two", 2, 2)]
    stored = conn.execute("SELECT document FROM articles WHERE id = 'two'").fetchone()[0]
    assert json.loads(stored) == two.as_dict()
