"""``dateline load PARQUET_DIR --db FILE``: merge the Ray engine's output into a store.

Idempotent: documents already in the store (same id) are skipped, so loading the same
directory twice, or two overlapping runs, never duplicates data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from dateline.errors import RecordError
from dateline.records import document_from_dict
from dateline.store.sqlite import SqliteStore


def load_parquet(directory: str | Path, db: str | Path, *, batch_size: int = 256,
                 on_error: Callable[[RecordError], None] = lambda e: None) -> tuple[int, int, int]:
    """Return (inserted, already stored, error rows)."""
    import pyarrow.dataset as pads

    dataset = pads.dataset(str(directory), format="parquet", partitioning="hive")
    errors = 0
    with SqliteStore(db) as store:
        for batch in dataset.to_batches(columns=["kind", "record"], batch_size=batch_size):
            docs = []
            for kind, record in zip(batch.column("kind").to_pylist(),
                                    batch.column("record").to_pylist(), strict=True):
                data = json.loads(record)
                if kind == "document":
                    docs.append(document_from_dict(data))
                else:
                    errors += 1
                    on_error(RecordError(data.get("source", "?"), data.get("record"),
                                         data.get("code", "unknown"), data.get("message", "")))
            store.write(docs)
        return store.inserted, store.skipped, errors
