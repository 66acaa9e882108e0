"""End to end: the examples/ folder through the full pipeline into a store, then the API."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.model
def test_examples_store_is_browsable(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from dateline.api.app import create_app
    from dateline.cluster import update_clusters
    from dateline.engine import run
    from dateline.ingest import read_inputs
    from dateline.store.sqlite import SqliteStore, connect

    path = tmp_path / "examples.db"
    store = SqliteStore(path)
    stats = run(read_inputs([EXAMPLES]), [store])
    store.close()
    conn = connect(path)
    summary = update_clusters(conn)
    conn.close()
    assert summary["events"] == stats.items["events"]

    client = TestClient(create_app(path))
    articles = client.get("/api/articles", params={"limit": 100}).json()
    assert articles["total"] == stats.articles >= 8
    for item in articles["items"]:
        article = client.get(f"/api/articles/{item['id']}").json()
        assert article["text"]
        for span in article["spans"]:
            assert 0 <= span["start"] < span["end"] <= len(article["text"])
    events = client.get("/api/events", params={"limit": 500}).json()
    assert events["total"] == stats.items["events"]
    for event in events["items"][:5]:
        detail = client.get(f"/api/events/{event['key']}").json()
        assert detail["evidence"][0]["field"] == "trigger"
    assert client.get("/api/quotes").json()["total"] == stats.items["quotes"]
