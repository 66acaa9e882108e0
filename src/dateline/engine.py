"""The local engine: stream articles through the batch function into the sinks.

Memory stays flat: one batch is read, processed and written at a time (with ``n_process``
workers, at most two batches per worker are in flight). The caller's process is the only
writer of the store.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from dateline.batch import DEFAULT_BATCH_SIZE, process_batch
from dateline.errors import RecordError
from dateline.records import Article, Document


class Sink(Protocol):
    def write(self, documents: Iterable[Document]) -> None: ...

    def close(self) -> None: ...


@dataclass
class RunStats:
    articles: int = 0
    errors: int = 0
    words: int = 0
    items: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("entities", "timexes", "places", "quotes", "events", "stances"), 0))

    def count(self, doc: Document) -> None:
        self.articles += 1
        self.words += len(doc.text.split())
        for name in self.items:
            self.items[name] += len(getattr(doc, name))


def batches(items: Iterable[Article | RecordError], size: int,
            on_error: Callable[[RecordError], None]) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        if isinstance(item, RecordError):
            on_error(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run(
    items: Iterable[Article | RecordError],
    sinks: list[Sink],
    *,
    model: str | None = None,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_error: Callable[[RecordError], None] = lambda e: None,
    on_progress: Callable[[RunStats], None] = lambda s: None,
) -> RunStats:
    """Process everything; report each bad record through ``on_error`` and go on."""
    stats = RunStats()

    def error(err: RecordError) -> None:
        stats.errors += 1
        on_error(err)

    for results in _process(batches(items, batch_size, error), model, n_process):
        docs = []
        for result in results:
            if isinstance(result, RecordError):
                error(result)
            else:
                docs.append(result)
                stats.count(result)
        for sink in sinks:
            sink.write(docs)
        on_progress(stats)
    return stats


def _process(batches_in: Iterator[list[Article]], model: str | None,
             n_process: int) -> Iterator[list[Document | RecordError]]:
    if n_process <= 1:
        from dateline.nlp.pipeline import load_pipeline

        nlp = load_pipeline(model)
        for batch in batches_in:
            yield process_batch(nlp, batch)
        return
    ctx = mp.get_context("spawn")
    with ctx.Pool(n_process, initializer=_worker_init, initargs=(model,)) as pool:
        pending: deque = deque()
        for batch in batches_in:
            pending.append(pool.apply_async(_worker_process, (batch,)))
            if len(pending) >= 2 * n_process:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


_WORKER_NLP = None


def _worker_init(model: str | None) -> None:
    global _WORKER_NLP
    from dateline.nlp.pipeline import load_pipeline

    _WORKER_NLP = load_pipeline(model)


def _worker_process(batch: list[Article]) -> list[Document | RecordError]:
    assert _WORKER_NLP is not None
    return process_batch(_WORKER_NLP, batch)
