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
from collections.abc import Iterable
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
    try:
        if not read_only:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.row_factory = sqlite3.Row
        if not read_only:
            migrate(conn)
    except sqlite3.OperationalError as exc:
        conn.close()
        if is_locked(exc):
            raise StoreLockedError(path, timeout) from exc
        raise
    return conn


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

        Raise StoreLockedError when another writer keeps the lock past the timeout.
        """
        inserted = skipped = 0
        try:
            with self.conn:
                self.conn.execute("BEGIN IMMEDIATE")
                for doc in documents:
                    if self._insert(doc):
                        inserted += 1
                    else:
                        skipped += 1
        except sqlite3.OperationalError as exc:
            if is_locked(exc):
                raise StoreLockedError(self.path, self.timeout) from exc
            raise
        self.inserted += inserted
        self.skipped += skipped

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _insert(self, doc: Document) -> bool:
        data = doc.as_dict()
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO articles (id, dct, title, url, source, text, meta, warnings,"
            " document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.dct, doc.title, doc.url, doc.source, doc.text,
             json.dumps(doc.meta, ensure_ascii=False), json.dumps(doc.warnings),
             json.dumps(data, ensure_ascii=False)),
        )
        if cur.rowcount == 0:
            return False
        aid = doc.id
        ex = self.conn.executemany
        ex("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
            (aid, e.id, e.text, e.start, e.end, e.label, e.canonical,
             e.actor.country if e.actor else None, e.actor.sector if e.actor else None,
             e.actor.role if e.actor else None, json.dumps(e.mentions), e.confidence)
            for e in doc.entities])
        ex("INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?,?,?)", [
            (aid, t.id, t.text, t.start, t.end, t.type, t.value, t.precision, t.mod,
             t.confidence) for t in doc.timexes])
        ex("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [
            (aid, p.id, p.text, p.start, p.end, p.name, p.country, p.admin1, p.lat, p.lon,
             p.geonameid, p.feature, p.role, p.confidence) for p in doc.places])
        ex("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", [
            (aid, q.id, q.text, q.start, q.end, q.kind, q.cue.text if q.cue else None,
             q.speaker.text if q.speaker else None, q.speaker.entity if q.speaker else None,
             q.speaker.canonical if q.speaker else None, q.source_type, q.event, q.confidence)
            for q in doc.quotes])
        ex("INSERT INTO events VALUES (" + ",".join("?" * 33) + ")", [
            (aid, v.id, v.type, v.mode, json.dumps(v.contexts), v.modality,
             v.trigger.text, v.trigger.start, v.trigger.end, v.sentence[0], v.sentence[1],
             *_participant(v.actor), *_participant(v.recipient),
             v.date.value if v.date else None, v.date.precision if v.date else None,
             v.place.place if v.place else None, v.place.precision if v.place else None,
             v.counts.killed, v.counts.injured, v.counts.missing, v.counts.arrested,
             v.counts.displaced, v.counts.released, v.cameo, v.acled, v.source, v.confidence)
            for v in doc.events])
        ex("INSERT INTO stances VALUES (?,?,?,?,?,?,?,?)", [
            (aid, n, s.holder, s.target, s.polarity, s.evidence[0], s.evidence[1], s.confidence)
            for n, s in enumerate(doc.stances, 1)])
        return True


def _participant(p) -> tuple:  # type: ignore[no-untyped-def]
    if p is None:
        return (None, None, None, None)
    return (p.text, p.entity, p.country, p.sector)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row counts per table, for summaries."""
    tables = ("articles", "entities", "timexes", "places", "quotes", "events", "stances")
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
