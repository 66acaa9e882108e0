"""Exports of hand-built events: ACLED columns, GDELT-style rows, GeoJSON, Parquet, CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from dateline.cli import main
from dateline.cluster.gold import load_gold
from dateline.export import export_events
from dateline.export.acled import COLUMNS, acled_row
from dateline.export.gdelt import COLUMNS as GDELT_COLUMNS
from dateline.export.gdelt import gdelt_row, quad_class
from dateline.store.queries import EventFilter
from dateline.store.sqlite import SqliteStore, connect

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "cluster_gold" / "articles.yaml"
EVENT = {"article_id": "abc123", "id": "V1", "key": "abc123:V1", "type": "ASSAULT",
         "mode": "aerial", "modality": "asserted", "acled": "Explosions/Remote violence|"
         "Air/drone strike", "cameo": "195", "actor_text": "Russian forces",
         "actor_country": "RUS", "actor_sector": "MIL", "recipient_text": "residents",
         "recipient_country": "UKR", "recipient_sector": "CVL", "date": "2025-10-14",
         "date_precision": "day", "place_name": "Rivne", "place_country": "UA",
         "place_admin1": "Rivne Oblast", "lat": 50.62, "lon": 26.25, "place_feature": "city",
         "place_precision": 1, "killed": 4, "cluster_killed_best": 5, "cluster_sources": 3,
         "article_source": "Northwire", "article_dct": "2025-10-15",
         "processed_at": "2025-10-15T08:00:00Z", "sentence": " A drone hit Rivne. ",
         "article_url": "https://example.org/a", "cluster_id": "C0123456789abcdef"}


@pytest.mark.parametrize(("column", "value"), [
    ("event_id_cnty", "UKR-abc123-V1"),
    ("event_date", "2025-10-14"),
    ("year", "2025"),
    ("time_precision", 1),
    ("disorder_type", "Political violence"),
    ("event_type", "Explosions/Remote violence"),
    ("sub_event_type", "Air/drone strike"),
    ("actor1", "Russian forces"),
    ("inter1", 1),
    ("inter2", 7),
    ("interaction", 17),
    ("civilian_targeting", "Civilian targeting"),
    ("country", "Ukraine"),
    ("admin1", "Rivne Oblast"),
    ("location", "Rivne"),
    ("latitude", 50.62),
    ("geo_precision", 1),
    ("fatalities", 5),  # the cluster's best figure across sources
    ("notes", "A drone hit Rivne."),
    ("timestamp", 1760515200),
])
def test_acled_row(column, value) -> None:
    assert acled_row(EVENT)[column] == value


def test_acled_row_has_every_column_in_order() -> None:
    assert tuple(acled_row(EVENT)) == COLUMNS


@pytest.mark.parametrize(("cameo", "quad"), [("042", 1), ("070", 2), ("112", 3), ("195", 4),
                                             ("1411", 4), (None, "")])
def test_quad_class(cameo, quad) -> None:
    assert quad_class(cameo) == quad


@pytest.mark.parametrize(("column", "value"), [
    ("SQLDATE", "20251014"), ("Actor1Code", "RUSMIL"), ("Actor2CountryCode", "UKR"),
    ("EventCode", "195"), ("EventRootCode", "19"), ("QuadClass", 4), ("NumSources", 3),
    ("ActionGeo_Type", 4), ("ActionGeo_Lat", 50.62), ("DatelineEventKey", "abc123:V1"),
])
def test_gdelt_row(column, value) -> None:
    row = dict(zip(GDELT_COLUMNS, gdelt_row(EVENT), strict=True))
    assert row[column] == value


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    documents, _ = load_gold(GOLD)
    path = tmp_path_factory.mktemp("export") / "s.db"
    with SqliteStore(path) as s:
        s.write(documents)
    return path


@pytest.mark.parametrize(("fmt", "filters", "n"), [
    ("jsonl", EventFilter(), 34),
    ("csv", EventFilter(type="PROTEST"), 4),
    ("tsv", EventFilter(country="TUR"), 4),
    ("geojson", EventFilter(), 27),  # events with coordinates only
])
def test_text_exports(store, fmt, filters, n) -> None:
    out = io.StringIO()
    assert export_events(connect(store, read_only=True), fmt, out, filters) == n
    text = out.getvalue()
    if fmt == "jsonl":
        assert len([json.loads(line) for line in text.splitlines()]) == n
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(text)))) == n
    elif fmt == "tsv":
        lines = text.splitlines()
        assert len(lines) == n + 1 and all(len(x.split("\t")) == len(GDELT_COLUMNS)
                                           for x in lines)
    else:
        assert len(json.loads(text)["features"]) == n


def test_parquet_export(store, tmp_path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert export_events(connect(store, read_only=True), "parquet", path) == 34
    table = pq.read_table(path)
    assert table.num_rows == 34
    assert {"key", "type", "lat", "killed", "cluster_id"} <= set(table.column_names)


@pytest.mark.parametrize(("argv", "code", "message"), [
    (["export", "xlsx"], 2, "unknown export format 'xlsx'"),
    (["export", "csv", "--db", "missing.db"], 1, "no store missing.db"),
    (["export", "csv", "--date-from", "2025-02-30"], 2, "not a valid date"),
    (["export", "parquet"], 2, "parquet needs -o FILE"),
])
def test_cli_export_errors(store, tmp_path, monkeypatch, capsys, argv, code, message) -> None:
    monkeypatch.chdir(tmp_path)
    if "--db" not in argv:
        argv = [*argv, "--db", str(store)]
    assert main(argv) == code
    assert message in capsys.readouterr().err


def test_cli_export_writes_a_file(store, tmp_path) -> None:
    out = tmp_path / "protests.csv"
    assert main(["export", "csv", "--db", str(store), "--type", "protest", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["location"] for r in rows} == {"Nairobi"} and len(rows) == 4
