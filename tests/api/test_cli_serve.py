"""`dateline serve`: argument checks (the server itself is exercised by tests/web)."""

from __future__ import annotations

from dateline.cli import build_parser, main


def test_serve_without_a_store_fails_with_a_message(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["serve", "--db", "absent.db"]) == 1
    assert "no store absent.db" in capsys.readouterr().err


def test_serve_binds_loopback_by_default() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, "dateline.db")
