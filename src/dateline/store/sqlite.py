"""The SQLite store: versioned migrations, content-hash ids, one transaction per batch.

Re-processing an article that is already stored changes nothing (``INSERT`` is skipped for a
known id), so ``dateline process --db`` is incremental and a re-run never duplicates data.

Concurrency: the store is in WAL mode, so readers never block the writer. Every write (a
batch, or the migrations) is one ``BEGIN IMMEDIATE`` transaction: a second writer waits for
the lock up to ``LOCK_TIMEOUT`` seconds, then gets a StoreLockedError; a process killed in the
middle of a batch leaves no part of that batch behind.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from dateline.errors import DatelineError
from dateline.records import Document

LOCK_TIMEOUT = 30.0
MIGRATIONS_PACKAGE = "dateline.store.migrations"


def migrations() -> list[tuple[int, str]]:
    """(version, SQL) of every migration shipped with the package, in order."""
    found = []
    for entry in resources.files(MIGRATIONS_PACKAGE).iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), entry.read_text(encoding="utf-8")))
    return sorted(found)


class StoreLockedError(DatelineError):
    """Another process held the store's write lock for longer than the timeout."""

    code = "store_locked"

    def __init__(self, path: str | Path, timeout: float) -> None:
        super().__init__(f"the store {path} is locked by another writer (waited {timeout:g} s)")
        self.path = str(path)


def connect(path: str | Path, read_only: bool = False,
            timeout: float = LOCK_TIMEOUT) -> sqlite3.Connection:
    """Open (and, unless read-only, create and migrate) a store.

    Raise StoreLockedError when another writer holds the store for longer than ``timeout``.
    """
    if read_only:
        uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=timeout)
    else:
        conn = sqlite3.connect(str(path), timeout=timeout)
    deadline = time.monotonic() + timeout
    while True:
        try:
            if not read_only:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.row_factory = sqlite3.Row
            if not read_only:
                migrate(conn)
            return conn
        except sqlite3.OperationalError as exc:
            # Switching a new file to WAL while another process creates it can fail at once
            # without waiting for the busy timeout: try again until the timeout is spent.
            if is_locked(exc) and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            conn.close()
            if is_locked(exc):
                raise StoreLockedError(path, timeout) from exc
            raise


def is_locked(exc: sqlite3.OperationalError) -> bool:
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations newer than the store's version; return the new version.

    All pending migrations run in one ``BEGIN IMMEDIATE`` transaction, and the version is
    read again under the write lock, so two processes opening a new store at once migrate it
    once.
    """
    if all(version <= schema_version(conn) for version, _ in migrations()):
        return schema_version(conn)
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = schema_version(conn)
        for version, sql in migrations():
            if version > current:
                for statement in sql_statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version:d}")
                current = version
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return current


def sql_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (triggers' inner ``;`` included)."""
    statements: list[str] = []
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if _strip_comments(buffer).strip(" \t\n;"):
                statements.append(buffer)
            buffer = ""
    if _strip_comments(buffer).strip(" \t\n;"):
        statements.append(buffer)
    return statements


def _strip_comments(sql: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in sql.splitlines())


class SqliteStore:
    """Writes Documents to a SQLite file; other writers wait for its lock (see the module)."""

    def __init__(self, path: str | Path, timeout: float | None = None) -> None:
        self.path = Path(path)
        self.timeout = LOCK_TIMEOUT if timeout is None else timeout
        self.conn = connect(self.path, timeout=self.timeout)
        self.inserted = 0
        self.skipped = 0

    def write(self, documents: Iterable[Document]) -> None:
        """Write a batch in one transaction: all of it lands, or none of it.

        Documents whose id is already stored (or repeated within the batch) are skipped. The
        rows of all new documents go in with one ``executemany`` per table.
        Raise StoreLockedError when another writer keeps the lock past the timeout.
        """
        docs = list(documents)
        self.write_encoded(docs, [doc.to_json() for doc in docs])

    def write_encoded(self, documents: Sequence[Document], encoded: Sequence[str]) -> None:
        """``write``, given each document's JSON (``Document.to_json``) made once for all sinks."""
        try:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                new = self._unseen(documents, encoded)
                if new:
                    for sql, rows in _rows(new):
                        self.conn.executemany(sql, rows)
        except sqlite3.OperationalError as exc:
            if is_locked(exc):
                raise StoreLockedError(self.path, self.timeout) from exc
            raise
        self.inserted += len(new)
        self.skipped += len(documents) - len(new)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _unseen(self, docs: Sequence[Document], encoded: Sequence[str]
                ) -> list[tuple[Document, str]]:
        """(document, JSON) of the batch's documents whose id is not stored yet, first copy of
        each id."""
        stored: set[str] = set()
        ids = list(dict.fromkeys(doc.id for doc in docs))
        for i in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[i:i + _IDS_PER_QUERY]
            stored.update(row[0] for row in self.conn.execute(
                f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        new = []
        for doc, text in zip(docs, encoded, strict=True):
            if doc.id not in stored:
                stored.add(doc.id)
                new.append((doc, text))
        return new


_IDS_PER_QUERY = 500  # well under SQLite's limit on the number of parameters of one statement


def _rows(new: list[tuple[Document, str]]) -> list[tuple[str, list[tuple]]]:
    """(INSERT statement, rows) for every table, over all the documents of a batch."""
    dumps = json.dumps
    docs = [doc for doc, _ in new]
    return [
        ("INSERT INTO articles (id, dct, title, url, source, text, meta, warnings, document)"
         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
             (d.id, d.dct, d.title, d.url, d.source, d.text, dumps(d.meta, ensure_ascii=False),
              dumps(d.warnings), text) for d, text in new]),
        ("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
            (d.id, e.id, e.text, e.start, e.end, e.label, e.canonical,
             e.actor.country if e.actor else None, e.actor.sector if e.actor else None,
             e.actor.role if e.actor else None, dumps(e.mentions), e.confidence)
            for d in docs for e in d.entities]),
        ("INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?,?,?)", [
            (d.id, t.id, t.text, t.start, t.end, t.type, t.value, t.precision, t.mod,
             t.confidence) for d in docs for t in d.timexes]),
        ("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [
            (d.id, p.id, p.text, p.start, p.end, p.name, p.country, p.admin1, p.lat, p.lon,
             p.geonameid, p.feature, p.role, p.confidence) for d in docs for p in d.places]),
        ("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", [
            (d.id, q.id, q.text, q.start, q.end, q.kind, q.cue.text if q.cue else None,
             q.speaker.text if q.speaker else None, q.speaker.entity if q.speaker else None,
             q.speaker.canonical if q.speaker else None, q.source_type, q.event, q.confidence)
            for d in docs for q in d.quotes]),
        ("INSERT INTO events VALUES (" + ",".join("?" * 33) + ")", [
            (d.id, v.id, v.type, v.mode, dumps(v.contexts), v.modality,
             v.trigger.text, v.trigger.start, v.trigger.end, v.sentence[0], v.sentence[1],
             *_participant(v.actor), *_participant(v.recipient),
             v.date.value if v.date else None, v.date.precision if v.date else None,
             v.place.place if v.place else None, v.place.precision if v.place else None,
             v.counts.killed, v.counts.injured, v.counts.missing, v.counts.arrested,
             v.counts.displaced, v.counts.released, v.cameo, v.acled, v.source, v.confidence)
            for d in docs for v in d.events]),
        ("INSERT INTO stances VALUES (?,?,?,?,?,?,?,?)", [
            (d.id, n, s.holder, s.target, s.polarity, s.evidence[0], s.evidence[1],
             s.confidence) for d in docs for n, s in enumerate(d.stances, 1)]),
    ]


def _participant(p) -> tuple:  # type: ignore[no-untyped-def]
    if p is None:
        return (None, None, None, None)
    return (p.text, p.entity, p.country, p.sector)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts per table, for summaries."""
    tables = ("articles", "entities", "timexes", "places", "quotes", "events", "stances")
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
