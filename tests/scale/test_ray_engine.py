"""The Ray engine gives the same records as the local engine, and loading is idempotent."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


ray = pytest.importorskip("ray")
pytest.importorskip("pyarrow")

FILES = [EXAMPLES / "01_airstrike_kharkiv.txt", EXAMPLES / "07_ceasefire_talks.jsonl",
         EXAMPLES / "08_flood_relief.html"]


@pytest.fixture(scope="module")
def ray_output(tmp_path_factory):
    from dateline.scale.ray_engine import run_ray

    out = tmp_path_factory.mktemp("ray") / "parquet"
    bad = tmp_path_factory.mktemp("bad") / "bad.txt"
    bad.write_text("date 2025-13-45 A bad dateline.")
    try:
        stats = run_ray([*FILES, bad], out, workers=1, batch_size=2)
    finally:
        ray.shutdown()
    return stats, out


def test_ray_and_local_engines_give_identical_records(ray_output) -> None:
    import pyarrow.dataset as pads

    from dateline.engine import run
    from dateline.ingest import read_inputs

    stats, out = ray_output
    assert (stats.documents, stats.errors) == (4, 1)
    table = pads.dataset(str(out), format="parquet", partitioning="hive").to_table()
    from_ray = {row["id"]: json.loads(row["record"]) for row in table.to_pylist()
                if row["kind"] == "document"}

    class Collect:
        def __init__(self) -> None:
            self.docs = []

        def write(self, docs) -> None:
            self.docs.extend(d.as_dict() for d in docs)

        def close(self) -> None:
            pass

    sink = Collect()
    run(read_inputs(FILES), [sink])
    from_local = {d["id"]: d for d in sink.docs}
    assert from_ray.keys() == from_local.keys()
    for ident, doc in from_local.items():
        assert from_ray[ident] == doc


def test_partitions_are_by_document_date(ray_output) -> None:
    _, out = ray_output
    partitions = {p.name for p in out.iterdir() if p.is_dir()}
    assert {"dct=2025-10-08", "dct=2025-03-12", "dct=2025-03-13", "dct=2025-09-02"} <= partitions


def test_load_is_idempotent(ray_output, tmp_path) -> None:
    from dateline.scale.load import load_parquet

    _, out = ray_output
    db = tmp_path / "s.db"
    assert load_parquet(out, db) == (4, 0, 1)
    assert load_parquet(out, db) == (0, 4, 1)
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 4
