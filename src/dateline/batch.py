"""The batch function: articles in, Documents (or per-record errors) out.

The local engine and the Ray engine both call ``process_batch``, so they produce the same
records for the same input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from dateline.assemble import build_document
from dateline.errors import RecordError
from dateline.records import Article, Document

DEFAULT_BATCH_SIZE = 32


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.dct = article.dct
    return doc


def process_batch(nlp: Language, articles: Sequence[Article]) -> list[Document | RecordError]:
    """Run the pipeline over one batch. A record that fails is reported, the others go on."""
    try:
        docs = [make_doc(nlp, a) for a in articles]
        parsed = list(nlp.pipe(docs, batch_size=max(1, len(docs))))
        return [build_document(d, a) for d, a in zip(parsed, articles, strict=True)]
    except Exception:  # noqa: BLE001 - isolate the record that broke the batch
        return [process_one(nlp, a) for a in articles]


def process_one(nlp: Language, article: Article) -> Document | RecordError:
    if len(article.text) > nlp.max_length:
        return RecordError(article.origin or article.id, article.id, "too_long",
                           f"{len(article.text):,} characters, more than the pipeline's "
                           f"max_length {nlp.max_length:,}")
    failures: list[str] = []

    def keep_going(name: str, proc: object, docs: list[Doc], exc: Exception) -> None:
        # A dateline component that fails on this article leaves its list empty and says so
        # in the record's warnings; the article and the other components' items still land.
        failures.append(f"component {name} failed on this article: {type(exc).__name__}: {exc}")

    previous = nlp.default_error_handler
    nlp.default_error_handler = keep_going  # the model's own pipes keep raising
    try:
        document = build_document(nlp(make_doc(nlp, article)), article)
    except Exception as exc:  # noqa: BLE001 - reported per record, the batch goes on
        return RecordError(article.origin or article.id, article.id, "processing",
                           f"{type(exc).__name__}: {exc}")
    finally:
        nlp.default_error_handler = previous
    document.warnings.extend(failures)
    return document


def process_articles(nlp: Language, articles: Iterable[Article],
                     batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Document | RecordError]:
    """Stream Documents for a stream of Articles, one batch in memory at a time."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from process_batch(nlp, batch)
            batch = []
    if batch:
        yield from process_batch(nlp, batch)


def process_text(nlp: Language, text: str, dct: str | None = None,
                 article_id: str | None = None) -> Document:
    """Process one text: the simplest library entry point."""
    from dateline.ingest.ids import text_id

    article = Article(id=article_id or text_id(text), text=text, dct=dct)
    result = process_one(nlp, article)
    if isinstance(result, RecordError):
        raise RuntimeError(str(result))
    return result
