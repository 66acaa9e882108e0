"""JSON Lines, GeoJSON and Parquet exports of event rows."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

GEO_PROPERTIES = ("key", "type", "mode", "modality", "date", "date_precision", "actor_text",
                  "actor_country", "recipient_text", "recipient_country", "place_name",
                  "killed", "injured", "cameo", "acled", "cluster_id", "article_id",
                  "article_title", "article_source")


def write_jsonl(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
        n += 1
    return n


def geojson_feature(event: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "id": event["key"],
            "geometry": {"type": "Point", "coordinates": [event["lon"], event["lat"]]},
            "properties": {k: event.get(k) for k in GEO_PROPERTIES}}


def write_geojson(events: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """A FeatureCollection of the located events (events without coordinates are left out),
    written feature by feature so memory stays flat."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for event in events:
        if event.get("lat") is None or event.get("lon") is None:
            continue
        out.write((",\n" if n else "") + json.dumps(geojson_feature(event), ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


INT_COLUMNS = {"trigger_start", "trigger_end", "sentence_start", "sentence_end",
               "place_precision", "killed", "injured", "missing", "arrested", "displaced",
               "released", "cluster_sources", "cluster_killed_best"}
FLOAT_COLUMNS = {"confidence", "lat", "lon"}


def write_parquet(events: Iterable[dict[str, Any]], path: Any, batch: int = 10000) -> int:
    """Parquet via pyarrow (an optional dependency: ``pip install pyarrow``): one row group
    per batch, so memory stays flat."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("Parquet export needs pyarrow: pip install pyarrow") from exc
    writer = None
    schema = None
    n = 0
    rows: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer, schema
        if schema is None:
            names = list(rows[0]) if rows else ["key"]
            schema = pa.schema([
                pa.field(name, pa.int64() if name in INT_COLUMNS else
                         pa.float64() if name in FLOAT_COLUMNS else pa.string())
                for name in names])
            writer = pq.ParquetWriter(path, schema)
        for row in rows:
            row["contexts"] = json.dumps(row.get("contexts") or [])
        writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        rows.clear()

    for event in events:
        rows.append(dict(event))
        n += 1
        if len(rows) >= batch:
            flush()
    if rows or writer is None:
        flush()
    assert writer is not None
    writer.close()
    return n
