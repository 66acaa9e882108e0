"""The local engine: stream articles through the batch function into the sinks.

Memory stays flat: one batch is read, processed and written at a time (with ``n_process``
workers, at most two batches per worker are in flight). The caller's process is the only
writer of the store.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from spacy.language import Language

from dateline.batch import DEFAULT_BATCH_SIZE, process_batch
from dateline.errors import RecordError
from dateline.records import Article, Document


class Sink(Protocol):
    def write(self, documents: Iterable[Document]) -> None: ...

    def close(self) -> None: ...


@runtime_checkable
class EncodedSink(Sink, Protocol):
    """A sink that can take each document's JSON (``Document.to_json``) made once per batch
    and shared by all such sinks, instead of serializing the documents again."""

    def write_encoded(self, documents: Sequence[Document], encoded: Sequence[str]) -> None: ...


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
    max_length: int | None = None,
    nlp: Language | None = None,
) -> RunStats:
    """Process everything; report each bad record through ``on_error`` and go on.

    ``max_length`` raises the pipeline's ``nlp.max_length`` (characters per article) when it
    is larger than spaCy's default. ``nlp``: a pipeline already loaded (``load_pipeline``) to
    use instead of loading ``model``; with ``n_process`` > 1 each worker loads its own.
    """
    stats = RunStats()

    def error(err: RecordError) -> None:
        stats.errors += 1
        on_error(err)

    for results in _process(batches(items, batch_size, error), model, n_process, max_length,
                            nlp):
        docs = []
        for result in results:
            if isinstance(result, RecordError):
                error(result)
            else:
                docs.append(result)
                stats.count(result)
        write(sinks, docs)
        on_progress(stats)
    return stats


def write(sinks: list[Sink], docs: list[Document]) -> None:
    """Give one batch to every sink; the documents are serialized once for all the sinks that
    take JSON (``EncodedSink``)."""
    encoded: list[str] | None = None
    for sink in sinks:
        if isinstance(sink, EncodedSink):
            if encoded is None:
                encoded = [doc.to_json() for doc in docs]
            sink.write_encoded(docs, encoded)
        else:
            sink.write(docs)


def _process(batches_in: Iterator[list[Article]], model: str | None,
             n_process: int, max_length: int | None = None, nlp: Language | None = None
             ) -> Iterator[list[Document | RecordError]]:
    if n_process <= 1:
        if nlp is None:
            nlp = _load(model, max_length)
        elif max_length and max_length > nlp.max_length:
            nlp.max_length = max_length
        for batch in batches_in:
            yield process_batch(nlp, batch)
        return
    yield from _process_in_pool(batches_in, model, n_process, max_length)


def _load(model: str | None, max_length: int | None):  # type: ignore[no-untyped-def]
    from dateline.nlp.pipeline import load_pipeline

    nlp = load_pipeline(model)
    if max_length and max_length > nlp.max_length:
        nlp.max_length = max_length
    return nlp


def _process_in_pool(batches_in: Iterator[list[Article]], model: str | None,
                     n_process: int, max_length: int | None = None
                     ) -> Iterator[list[Document | RecordError]]:
    """Spawned workers. A worker that dies (killed, out of memory) fails no good record: its
    batch is run again one article at a time, and only the article that kills a worker again
    is reported, as a ``processing`` error."""
    def _new_pool(model: str | None, n_process: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(n_process, mp_context=mp.get_context("spawn"),
                                   initializer=_worker_init, initargs=(model, max_length))

    pool = _new_pool(model, n_process)
    pending: deque[tuple[list[Article], Future]] = deque()

    def restart() -> None:
        nonlocal pool
        pool.shutdown(wait=False, cancel_futures=True)
        pool = _new_pool(model, n_process)
        for i, (batch, _) in enumerate(pending):
            pending[i] = (batch, pool.submit(_worker_process, batch))

    def alone(article: Article) -> list[Document | RecordError]:
        try:
            return pool.submit(_worker_process, [article]).result()
        except BrokenProcessPool:
            restart()
            return [RecordError(article.origin or article.id, article.id, "processing",
                                "a worker process died on this article")]

    def collect() -> list[Document | RecordError]:
        batch, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool:
            restart()
            return [result for article in batch for result in alone(article)]

    try:
        for batch in batches_in:
            pending.append((batch, pool.submit(_worker_process, batch)))
            if len(pending) >= 2 * n_process:
                yield collect()
        while pending:
            yield collect()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_WORKER_NLP = None


def _worker_init(model: str | None, max_length: int | None = None) -> None:
    global _WORKER_NLP
    _WORKER_NLP = _load(model, max_length)


def _worker_process(batch: list[Article]) -> list[Document | RecordError]:
    assert _WORKER_NLP is not None
    return process_batch(_WORKER_NLP, batch)
