"""The command line: exit codes, outputs and exact error texts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dateline.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    code = main(["process", str(EXAMPLES), "--db", str(out / "x.db"), "-o",
                 str(out / "x.jsonl"), "--quiet"])
    return code, out


def test_examples_are_processed_into_store_and_jsonl(processed) -> None:
    code, out = processed
    assert code == EXIT_OK
    records = [json.loads(line) for line in (out / "x.jsonl").read_text().splitlines()]
    assert len(records) == 9
    for record in records:
        for key in ("id", "dct", "text", "entities", "timexes", "places", "quotes", "events"):
            assert key in record
        for entity in record["entities"]:
            assert record["text"][entity["start"]:entity["end"]] == entity["text"]
            assert 0.0 <= entity["confidence"] <= 1.0
    assert {r["dct"] for r in records} >= {"2025-10-08", "2025-03-13", "2025-09-02"}
    conn = sqlite3.connect(out / "x.db")
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 9


def test_rerun_adds_nothing(processed) -> None:
    _, out = processed
    assert main(["process", str(EXAMPLES), "--db", str(out / "x.db"), "--quiet"]) == EXIT_OK
    conn = sqlite3.connect(out / "x.db")
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 9


def test_bad_records_are_reported_and_the_run_goes_on(tmp_path) -> None:
    (tmp_path / "good.txt").write_text("date 2025-01-02 Police arrested two men in Kano.")
    (tmp_path / "bad.txt").write_text("date 2025-13-45 A bad dateline.")
    (tmp_path / "empty.txt").write_text("")
    errors = tmp_path / "errors.jsonl"
    code = main(["process", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--errors",
                 str(errors), "--quiet"])
    assert code == EXIT_PARTIAL
    reported = [json.loads(line) for line in errors.read_text().splitlines()]
    assert sorted(r["code"] for r in reported) == ["bad_date", "empty"]
    assert all(r["source"].endswith(".txt") for r in reported)
    assert len((tmp_path / "o.jsonl").read_text().splitlines()) == 1


def test_bad_date_option_is_a_usage_error(capsys) -> None:
    assert main(["process", "x.txt", "--date", "2025-02-30", "--quiet"]) == EXIT_USAGE
    assert "not a valid date" in capsys.readouterr().err


def test_unknown_eval_task(capsys) -> None:
    assert main(["eval", "nonsense", "x"]) == EXIT_USAGE
    assert "unknown eval task 'nonsense'" in capsys.readouterr().err


def test_show_renders_an_article(tmp_path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2025-02-03 French President Emmanuel Macron met NATO officials.")
    assert main(["show", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Emmanuel Macron" in out and "FRA" in out and "2025-02-03" in out
