"""The HTTP API over a store of hand-coded records (the clustering gold set and an article
with quotes): filters, details, validation, exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from dateline.export.acled import COLUMNS as ACLED_COLUMNS

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "cluster_gold" / "articles.yaml"


def quoted_document():
    """A hand-made article with two attributed quotes and an anonymous one."""
    from dateline.records import Document, Entity, Quote, SpanRef, Speaker

    text = ('"The bridge will reopen next week," Mayor Ana Ruiz said on Friday. '
            'Two officials familiar with the plan said the repairs cost more than expected. '
            'Ruiz added: "Nobody was hurt."')
    first = text.index("The bridge")
    anon = text.index("the repairs")
    last = text.index("Nobody")
    return Document(
        id="q1", text=text, dct="2025-09-05", title="Bridge to reopen", source="Town Gazette",
        entities=[Entity("E1", "Ana Ruiz", text.index("Ana"), text.index("Ana") + 8, "PERSON",
                         "Ana Ruiz")],
        quotes=[
            Quote("Q1", "The bridge will reopen next week,", first, first + 34, "direct",
                  SpanRef("said", text.index("said"), text.index("said") + 4),
                  Speaker("Mayor Ana Ruiz", text.index("Mayor"), text.index("Mayor") + 14, "E1",
                          "Ana Ruiz"), "named"),
            Quote("Q2", "the repairs cost more than expected", anon, anon + 35, "indirect",
                  None, Speaker("Two officials familiar with the plan", text.index("Two"),
                                text.index("Two") + 36), "anonymous"),
            Quote("Q3", "Nobody was hurt.", last, last + 16, "direct", None,
                  Speaker("Ruiz", text.index("Ruiz added"), text.index("Ruiz added") + 4, "E1",
                          "Ana Ruiz"), "named"),
        ],
    )


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    from dateline.cluster import update_clusters
    from dateline.cluster.gold import load_gold
    from dateline.store.sqlite import SqliteStore, connect

    documents, _ = load_gold(GOLD)
    documents.append(quoted_document())
    path = tmp_path_factory.mktemp("api") / "store.db"
    with SqliteStore(path) as store:
        store.write(documents)
    conn = connect(path)
    update_clusters(conn)
    conn.close()
    return path


@pytest.fixture(scope="session")
def client(store_path):
    from fastapi.testclient import TestClient

    from dateline.api.app import create_app

    return TestClient(create_app(store_path))


def keys(response) -> set[str]:
    assert response.status_code == 200, response.text
    return {item["key"] for item in response.json()["items"]}


@pytest.mark.parametrize(("params", "expected"), [
    ({"type": "PROTEST"}, {"g06:V1", "g07:V1", "g08:V1", "g09:V1"}),
    ({"type": "coerce", "actor_country": "TUR"}, {"g15:V1", "g16:V1", "g17:V1"}),
    ({"type": "COERCE", "place": "ankara"}, {"g17:V1"}),
    ({"mode": "aerial"}, {"g01:V1", "g02:V1", "g03:V1", "g28:V1"}),
    ({"recipient_country": "IRN"}, {"g10:V1", "g11:V1"}),
    ({"actor_sector": "REB", "date_from": "2025-10-19"}, {"g28:V1"}),
    ({"type": "ASSAULT", "date_from": "2025-10-12", "date_to": "2025-10-12"},
     {"g25:V1", "g26:V1"}),
    ({"bbox": "30,44,35,48"}, {"g01:V2", "g02:V2", "g04:V1", "g05:V1"}),
    ({"q": "tear gas", "type": "PROTEST"}, {"g06:V1", "g07:V1"}),
    ({"q": "finance bill"}, {"g06:V1", "g06:V2", "g07:V1", "g07:V2", "g08:V1"}),  # title too
    ({"country": "ARM", "type": "AGREE"}, {"g20:V1", "g21:V1"}),
    ({"article": "g11"}, {"g11:V1", "g11:V2"}),
    ({"modality": "negated"}, set()),
])
def test_event_filters(client, params, expected) -> None:
    assert keys(client.get("/api/events", params={**params, "limit": 500})) == expected


def test_events_are_paginated_with_a_total(client) -> None:
    first = client.get("/api/events", params={"limit": 5}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] == 34
    assert len(first["items"]) == 5
    assert not {i["key"] for i in first["items"]} & {i["key"] for i in second["items"]}


@pytest.mark.parametrize(("path", "params"), [
    ("/api/events", {"limit": 501}),
    ("/api/events", {"limit": 0}),
    ("/api/events", {"offset": -1}),
    ("/api/events", {"date_from": "2025-13-01"}),
    ("/api/events", {"date_from": "yesterday"}),
    ("/api/events", {"bbox": "10,10,5,5"}),
    ("/api/events", {"bbox": "../etc/passwd"}),
    ("/api/events", {"actor_country": "Russia'--"}),
    ("/api/events", {"q": "x" * 201}),
    ("/api/quotes", {"limit": 1000}),
    ("/api/export/xlsx", {}),
])
def test_bad_parameters_are_rejected(client, path, params) -> None:
    assert client.get(path, params=params).status_code in (404, 422)


@pytest.mark.parametrize("q", ['"unbalanced', "NEAR(a b)", "a OR", "*", "drone AND -"])
def test_search_words_are_data_not_fts_syntax(client, q) -> None:
    assert client.get("/api/events", params={"q": q}).status_code == 200


def test_event_detail_has_evidence_and_cluster_sources(client) -> None:
    event = client.get("/api/events/g25:V1").json()
    fields = {span["field"]: span["text"] for span in event["evidence"]}
    assert fields == {"trigger": "shelled", "actor": "Rapid Support Forces",
                      "recipient": "a displacement camp", "place": "EL FASHER",
                      "date": "Sunday"}
    assert event["sentence"].startswith("EL FASHER, Sudan - Rapid Support Forces shelled")
    cluster = event["cluster"]
    assert {s["key"] for s in cluster["sources"]} == {"g25:V1", "g26:V1", "g27:V1"}
    assert cluster["counts"]["killed"] == {"low": 10, "best": 12, "high": 15}


def test_syndicated_copy_is_a_source_counted_once(client) -> None:
    cluster = client.get("/api/events/g01:V1").json()["cluster"]
    assert (cluster["n_articles"], cluster["n_sources"]) == (3, 2)
    copies = {s["article_id"]: s["duplicate_of"] for s in cluster["sources"]}
    assert copies == {"g01": None, "g02": "g01", "g03": None}
    assert client.get(f"/api/clusters/{cluster['id']}").json()["n_events"] == 3


@pytest.mark.parametrize("path", ["/api/events/nope:V9", "/api/articles/nope",
                                  "/api/clusters/C0000000000000000"])
def test_unknown_ids_are_404(client, path) -> None:
    assert client.get(path).status_code == 404


def test_article_has_text_and_every_span(client) -> None:
    article = client.get("/api/articles/g01").json()
    assert article["text"].startswith("RIVNE, Ukraine")
    kinds = {span["kind"] for span in article["spans"]}
    assert kinds == {"entity", "timex", "place", "trigger"}
    for span in article["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(article["text"])
    assert client.get("/api/articles/g02").json()["duplicate_of"]["article_id"] == "g01"


@pytest.mark.parametrize(("params", "expected"), [
    ({}, {"Q1", "Q2", "Q3"}),
    ({"speaker": "ana ruiz"}, {"Q1", "Q3"}),
    ({"q": "bridge"}, {"Q1"}),
    ({"q": "familiar"}, {"Q2"}),  # the speaker's words are searchable too
])
def test_quotes_by_speaker_and_text(client, params, expected) -> None:
    body = client.get("/api/quotes", params=params).json()
    assert {q["id"] for q in body["items"]} == expected
    assert body["speakers"][0] == {"speaker": "Ana Ruiz", "n": 2}


def test_articles_list_and_search(client) -> None:
    assert client.get("/api/articles").json()["total"] == 29
    found = client.get("/api/articles", params={"q": "Omdurman"}).json()
    assert [a["id"] for a in found["items"]] == ["g28"]


def test_timeline_counts_per_day_and_type(client) -> None:
    items = client.get("/api/timeline", params={"type": "PROTEST"}).json()["items"]
    assert items == [{"day": "2025-10-20", "type": "PROTEST", "n": 2},
                     {"day": "2025-10-27", "type": "PROTEST", "n": 2}]


def test_actors_and_network(client) -> None:
    body = client.get("/api/actors", params={"type": "ACCUSE"}).json()
    edges = {(e["source"], e["target"]) for e in body["edges"]}
    assert ("Britain", "Russia's military intelligence") in edges
    assert ("Russia's foreign intelligence service", "Britain") in edges
    britain = next(a for a in body["actors"] if a["name"] == "Britain")
    assert (britain["as_actor"], britain["as_recipient"]) == (1, 1)


def test_map_points_and_facets(client) -> None:
    points = client.get("/api/map", params={"type": "COERCE"}).json()["items"]
    assert {p["name"] for p in points} == {"Istanbul", "Ankara", "Nairobi"}
    facets = client.get("/api/facets").json()
    assert "ASSAULT" in facets["types"] and facets["events"] == 34


def test_export_csv_has_acled_columns(client) -> None:
    response = client.get("/api/export/csv", params={"type": "ASSAULT", "country": "SDN"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert {r["location"] for r in rows} == {"El Fasher", "Abu Shouk", "Omdurman"}


def test_export_geojson(client) -> None:
    body = json.loads(client.get("/api/export/geojson", params={"type": "PROTEST"}).text)
    assert body["type"] == "FeatureCollection"
    assert {f["id"] for f in body["features"]} == {"g06:V1", "g07:V1", "g08:V1", "g09:V1"}


def test_openapi_docs_and_no_cors(client) -> None:
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{key}", "/api/articles", "/api/articles/{article_id}",
            "/api/quotes", "/api/actors", "/api/timeline", "/api/export/{fmt}"} <= set(paths)
    response = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers


def test_the_store_is_opened_read_only(store_path) -> None:
    import sqlite3

    from dateline.store.sqlite import connect

    conn = connect(store_path, read_only=True)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM events")


@pytest.mark.parametrize(("value", "date_from", "date_to", "kept"), [
    ("2025-10-14", "2025-10-14", "2025-10-14", True),
    ("2025-10-14T23:00", "2025-10-14", "2025-10-14", True),
    ("2025-10-14", "2025-10-15", None, False),
    ("2025-10", "2025-10-01", "2025-10-31", True),
    ("2025-10", "2025-10-02", None, False),
    ("2025-W41", "2025-10-06", "2025-10-12", True),
    ("2025-W41", "2025-10-07", None, False),
    ("2025-W01", "2024-12-30", "2025-01-05", True),
    ("2024-W52", "2024-12-23", "2024-12-29", True),
    ("2025-SU", "2025-06-01", "2025-08-31", True),
    ("2025-WI", "2025-12-01", "2026-02-28", True),
    ("2025", "2025-01-01", "2025-12-31", True),
    ("2025", "2025-01-02", None, False),
    ("2025", None, "2025-12-30", False),
])
def test_date_range_keeps_events_whose_days_all_fall_in_it(tmp_path, value, date_from,
                                                           date_to, kept) -> None:
    from dateline.records import Document, Event, EventDate, SpanRef
    from dateline.store import queries
    from dateline.store.queries import EventFilter
    from dateline.store.sqlite import SqliteStore, connect

    doc = Document(id="d1", text="They met.", events=[
        Event("V1", "CONSULT", SpanRef("met", 5, 8), (0, 9), date=EventDate(value, None))])
    with SqliteStore(tmp_path / "s.db") as store:
        store.write([doc])
    conn = connect(tmp_path / "s.db", read_only=True)
    found = queries.list_events(conn, EventFilter(date_from=date_from, date_to=date_to))
    assert (found["total"] == 1) is kept
