"""The Ray engine: the same readers and the same batch function as the local engine, run by
Ray Data across a pool of actors (one pipeline per actor), written as Parquet partitioned by
the article's date.

    dateline process --engine ray INPUT... -o OUT_DIR [--address ray://host:10001]

Each output row holds one record: ``kind`` is "document" (``record`` = the Document's JSON)
or "error" (``record`` = the RecordError's JSON); ``dct`` is the partition key ("unknown" when
the article has no date). ``dateline load OUT_DIR --db FILE`` merges the rows into a store.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.errors import InputError, RecordError
from dateline.ingest.screen import ScreenOptions, screen
from dateline.records import Article, to_dict

UNKNOWN_DATE = "unknown"
PARQUET_SUFFIXES = (".parquet", ".pq")
BLOCK_BYTES = 256 * 1024  # about 50 news articles of serialized input per block


@dataclass
class RayRunStats:
    documents: int
    errors: int
    output: str


def _require_ray():  # type: ignore[no-untyped-def]
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise RuntimeError("the Ray engine needs the ray extra: pip install 'dateline[ray]'") \
            from exc
    return ray


def input_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every file the local engine would read, in the same order."""
    from dateline.ingest import READERS

    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and not p.name.startswith(".")
                and (p.suffix.lower() in READERS or p.suffix.lower() in PARQUET_SUFFIXES)
            )
        else:
            files.append(path)
    return files


def read_file_rows(row: dict[str, Any], date: str | None,
                   options: ScreenOptions | None = None) -> list[dict[str, Any]]:
    """flat_map step: one input file -> rows of serialized Articles or RecordErrors, screened
    exactly as the local engine screens them."""
    from dateline.ingest import read_file

    items = screen(read_file(Path(row["path"]), date), options)
    return [_item_row(item) for item in items]


def parquet_row(row: dict[str, Any], date: str | None,
                options: ScreenOptions | None = None) -> dict[str, Any]:
    """map step: one Parquet input row (id, date, text, ...) -> a serialized Article."""
    from dateline.ingest.readers import article_from_mapping

    clean = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
    origin = str(clean.pop("__origin", "parquet"))
    try:
        article = article_from_mapping(clean, origin, date)
        return _item_row(next(iter(screen([article], options))))
    except InputError as exc:
        return _item_row(RecordError(origin, str(clean.get("id")), exc.code, exc.message))


def _item_row(item: Article | RecordError) -> dict[str, Any]:
    if isinstance(item, RecordError):
        return {"kind": "error", "payload": json.dumps(item.as_dict(), ensure_ascii=False)}
    return {"kind": "article", "payload": json.dumps(to_dict(item), ensure_ascii=False)}


class PipelineActor:
    """map_batches step on an actor: loads the pipeline once, then processes batches."""

    def __init__(self, model: str | None = None) -> None:
        from dateline.nlp.pipeline import load_pipeline

        self.nlp = load_pipeline(model)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        from dateline.batch import process_batch

        out: dict[str, list] = {"id": [], "dct": [], "kind": [], "record": []}
        articles = []
        for kind, payload in zip(batch["kind"], batch["payload"], strict=True):
            data = json.loads(payload)
            if kind == "error":
                _append(out, data.get("record") or data["source"], UNKNOWN_DATE, "error", data)
            else:
                articles.append(Article(**data))
        for result in process_batch(self.nlp, articles):
            if isinstance(result, RecordError):
                _append(out, result.record or result.source, UNKNOWN_DATE, "error",
                        result.as_dict())
            else:
                _append(out, result.id, result.dct or UNKNOWN_DATE, "document",
                        result.as_dict())
        return out


def _append(out: dict[str, list], ident: str, dct: str, kind: str, data: dict) -> None:
    out["id"].append(ident)
    out["dct"].append(dct)
    out["kind"].append(kind)
    out["record"].append(json.dumps(data, ensure_ascii=False))


def run_ray(paths: Iterable[str | Path], output_dir: str | Path, *, workers: int = 2,
            batch_size: int = 32, date: str | None = None, model: str | None = None,
            address: str | None = None,
            options: ScreenOptions | None = None) -> RayRunStats:
    """Process the inputs on Ray and write Parquet partitioned by ``dct`` to ``output_dir``."""
    ray = _require_ray()
    if not ray.is_initialized():
        init_args: dict[str, Any] = {}
        if address is None:
            # A local Ray gets one logical CPU more than the actor pool takes, so the light
            # read and write tasks can be scheduled beside the busy actors.
            init_args["num_cpus"] = max(workers, os.cpu_count() or 1) + 1
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 ignore_reinit_error=True, **init_args)
    # Small blocks, so that one large input file still spreads over every actor of the pool
    # (Ray Data splits a map step's output into blocks of at most this size).
    context = ray.data.DataContext.get_current()
    context.target_max_block_size = BLOCK_BYTES
    # Ray Data's progress bars are redrawn by the driver all run long: on 2 cores with
    # 2 actors they cost about a tenth of the throughput (bench/throughput.py --ray 1 2).
    context.enable_progress_bars = False
    kwargs = {"date": date, "options": options}
    files = input_files(paths)
    text_files = [str(p) for p in files if p.suffix.lower() not in PARQUET_SUFFIXES]
    parquet_files = [str(p) for p in files if p.suffix.lower() in PARQUET_SUFFIXES]
    datasets = []
    if text_files:
        datasets.append(ray.data.from_items([{"path": p} for p in text_files])
                        .flat_map(read_file_rows, fn_kwargs=kwargs))
    if parquet_files:
        datasets.append(ray.data.read_parquet(parquet_files)
                        .map(parquet_row, fn_kwargs=kwargs))
    if not datasets:
        raise FileNotFoundError("no input files found")
    dataset = datasets[0] if len(datasets) == 1 else datasets[0].union(*datasets[1:])
    processed = dataset.map_batches(
        PipelineActor,
        fn_constructor_kwargs={"model": model},
        batch_size=batch_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=workers),
        num_cpus=1,
    )
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    processed.write_parquet(str(output_dir), partition_cols=["dct"], mode="overwrite")
    documents, errors = count_rows(output_dir)
    return RayRunStats(documents=documents, errors=errors, output=str(output_dir))


def count_rows(output_dir: Path) -> tuple[int, int]:
    import pyarrow.compute as pc
    import pyarrow.dataset as pads

    table = pads.dataset(str(output_dir), format="parquet", partitioning="hive").to_table(
        columns=["kind"])
    documents = pc.sum(pc.equal(table["kind"], "document")).as_py() or 0
    return documents, table.num_rows - documents
