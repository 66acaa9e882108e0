"""Interrupted runs and concurrent writers, with real ``dateline process`` subprocesses."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_articles import write_articles

ITEM_TABLES = ("entities", "timexes", "places", "quotes", "events", "stances")


def dateline(*args: str) -> list[str]:
    return [sys.executable, "-m", "dateline.cli", "process", *args, "--quiet"]


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created or not migrated yet
        return 0


def check_store(db: Path) -> int:
    """Every stored article has exactly the items of its document: no partial article, no
    duplicate. Return the number of articles."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        documents = [json.loads(row[0]) for row in conn.execute("SELECT document FROM articles")]
        for table in ITEM_TABLES:
            expected = sum(len(d[table]) for d in documents)
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == expected, table
            orphans = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE article_id NOT IN "
                                   "(SELECT id FROM articles)").fetchone()[0]
            assert orphans == 0, table
        return len(documents)
    finally:
        conn.close()


def test_kill_9_leaves_no_partial_article_and_a_rerun_completes(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_articles(inputs, range(16))
    db = tmp_path / "store.db"
    command = dateline(str(inputs), "--db", str(db), "--batch-size", "2")
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while stored(db) < 4 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    before = check_store(db)
    assert 4 <= before < 16
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert check_store(db) == 16  # the rest added, nothing twice


def test_two_writers_on_one_store_both_succeed(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    write_articles(first, range(0, 8))
    write_articles(second, range(4, 12))  # 4 articles overlap
    db = tmp_path / "shared.db"
    procs = [subprocess.Popen(dateline(str(folder), "--db", str(db), "--batch-size", "1"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for folder in (first, second)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    assert check_store(db) == 12


def test_a_store_locked_past_the_timeout_gives_a_clear_error(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture) -> None:
    from dateline import cli
    from dateline.store import sqlite as store_module
    from dateline.store.sqlite import SqliteStore, StoreLockedError

    write_articles(tmp_path / "in", range(2))
    db = tmp_path / "locked.db"
    SqliteStore(db).close()
    holder = sqlite3.connect(db)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreLockedError, match="locked by another writer"), SqliteStore(
                db, timeout=0.1) as store:
            store.write([])
        monkeypatch.setattr(store_module, "LOCK_TIMEOUT", 0.1)
        code = cli.main(["process", str(tmp_path / "in"), "--db", str(db), "--quiet"])
    finally:
        holder.rollback()
        holder.close()
    assert code == cli.EXIT_FAIL
    message = "".join(capsys.readouterr().err.split())  # rich wraps long paths anywhere
    expected = f"dateline: the store {db} is locked by another writer (waited 0.1 s)"
    assert "".join(expected.split()) in message
    assert check_store(db) == 0


def test_a_store_that_cannot_be_opened_is_a_clear_failure(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture) -> None:
    from dateline import cli

    write_articles(tmp_path / "in", range(1))
    db = tmp_path / "no" / "such" / "dir" / "store.db"
    code = cli.main(["process", str(tmp_path / "in"), "--db", str(db), "--quiet"])
    assert code == cli.EXIT_FAIL
    message = "".join(capsys.readouterr().err.split())  # rich wraps long paths anywhere
    expected = f"dateline: cannot open the store {db}: unable to open database file"
    assert "".join(expected.split()) in message
