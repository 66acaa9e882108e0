"""The server, locked down: read-only store, capped parameters, request limits, no CORS,
loopback by default and a warning otherwise."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dateline.api import is_loopback
from dateline.api.app import create_app
from dateline.api.limits import MAX_BODY_BYTES, MAX_URL_BYTES
from dateline.records import Document
from dateline.store.sqlite import SqliteStore, connect


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hardening") / "store.db"
    with SqliteStore(path) as writer:
        writer.write([Document(id="a1", text="Police arrested 3 people in Lagos.",
                               dct="2025-03-04")])
    return path


@pytest.fixture(scope="module")
def client(store: Path) -> TestClient:
    return TestClient(create_app(store))


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [
        ("GET", "/api/events?limit=100000", 422),
        ("GET", "/api/events?limit=0", 422),
        ("GET", "/api/events?offset=-1", 422),
        ("GET", "/api/events?offset=99999999999", 422),
        ("GET", "/api/events?date_from=2025-02-30", 422),
        ("GET", "/api/events?date_from=2025-03-01&date_to=2025-02-01", 422),
        ("GET", "/api/articles?date_from=2025-03-01&date_to=2025-02-01", 422),
        ("GET", "/api/events?date_from=2025-02-01&date_to=2025-03-01", 200),
        ("GET", "/api/articles/..%2F..%2Fetc%2Fpasswd", 404),
        ("GET", "/api/articles/a1;DROP TABLE articles", 422),
        ("GET", "/api/events?q=" + "x" * 201, 422),
        ("GET", "/api/events?q=%22%27%29%20OR%201%3D1%20--", 200),
        ("GET", "/vendor/..%2F..%2Fpyproject.toml", 404),
        ("GET", "/static/../../pyproject.toml", 404),
        ("GET", "/api/events?type=" + "A" * (MAX_URL_BYTES + 1), 414),
        ("POST", "/api/events", 405),
        ("PUT", "/api/articles/a1", 405),
        ("DELETE", "/api/articles/a1", 405),
    ],
)
def test_requests_are_validated(client: TestClient, method: str, url: str, status: int) -> None:
    assert client.request(method, url).status_code == status


def test_request_body_over_the_limit_is_refused(client: TestClient) -> None:
    response = client.request("GET", "/api/events", content=b"x" * (MAX_BODY_BYTES + 1))
    assert response.status_code == 413


def test_store_is_unchanged_after_hostile_requests(client: TestClient, store: Path) -> None:
    client.get("/api/events", params={"q": "'; DELETE FROM articles; --"})
    client.get("/api/quotes", params={"speaker": "x' OR '1'='1"})
    conn = sqlite3.connect(store)
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    conn.close()


def test_no_cors_headers_by_default(client: TestClient) -> None:
    response = client.get("/api/facets", headers={"Origin": "https://evil.example"})
    assert response.status_code == 200
    assert not [h for h in response.headers if h.lower().startswith("access-control-")]
    preflight = client.options("/api/facets", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers


def test_api_connection_is_read_only(store: Path) -> None:
    conn = connect(store, read_only=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM articles")
    conn.close()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.8.9.1", True), ("::1", True), ("[::1]", True),
     ("localhost", True), ("0.0.0.0", False), ("::", False), ("192.168.1.20", False),
     ("example.org", False)],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(("host", "warned"), [("127.0.0.1", False), ("0.0.0.0", True)])
def test_serve_warns_when_not_on_loopback(store: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture, host: str,
                                          warned: bool) -> None:
    import dateline.api
    from dateline import cli

    calls = []
    monkeypatch.setattr(dateline.api, "serve", lambda db, host, port: calls.append(host))
    code = cli.main(["serve", "--db", str(store), "--host", host, "--no-cluster"])
    assert code == cli.EXIT_OK and calls == [host]
    err = " ".join(capsys.readouterr().err.split())
    assert ("WARNING: binding 0.0.0.0 exposes the store" in err) is warned


def test_serve_binds_loopback_by_default() -> None:
    from dateline.cli import build_parser

    args = build_parser().parse_args(["serve"])
    assert args.host == "127.0.0.1"
