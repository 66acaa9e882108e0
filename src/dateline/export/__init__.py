"""Exports of a store's events: JSON Lines, ACLED-layout CSV, GDELT-style TSV, GeoJSON,
Parquet. The CLI (``dateline export``) and the API (``/api/export/{format}``) call
``export_events``."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import IO

from dateline.export.acled import acled_row, write_acled_csv
from dateline.export.formats import write_geojson, write_jsonl, write_parquet
from dateline.export.gdelt import gdelt_row, write_gdelt_tsv
from dateline.store.queries import EventFilter, iter_events

TEXT_WRITERS = {"jsonl": write_jsonl, "csv": write_acled_csv, "tsv": write_gdelt_tsv,
                "geojson": write_geojson}
FORMATS = (*TEXT_WRITERS, "parquet")
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv",
               "tsv": "text/tab-separated-values", "geojson": "application/geo+json",
               "parquet": "application/vnd.apache.parquet"}


def export_events(conn: sqlite3.Connection, fmt: str, out: IO[str] | str | Path,
                  filters: EventFilter | None = None) -> int:
    """Write the events that match ``filters`` in format ``fmt``; return how many.

    ``out`` is a text stream for the text formats, a path (or binary stream) for Parquet.
    """
    events = iter_events(conn, filters or EventFilter())
    if fmt == "parquet":
        return write_parquet(events, out)
    if fmt not in TEXT_WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return TEXT_WRITERS[fmt](events, handle)
    return TEXT_WRITERS[fmt](events, out)


__all__ = ["FORMATS", "MEDIA_TYPES", "acled_row", "export_events", "gdelt_row"]
