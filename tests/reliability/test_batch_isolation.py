"""A bad record fails alone: the rest of its batch is processed."""

from __future__ import annotations

import pytest

from dateline.batch import process_batch
from dateline.errors import RecordError
from dateline.records import Article, Document

pytestmark = pytest.mark.model


def test_an_article_over_max_length_fails_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [Article(id="a", text="Police arrested two men in Lagos on Monday."),
                Article(id="long", text="word " * 100, origin="feed.jsonl:2"),
                Article(id="b", text="Rebels attacked a convoy near Goma on Friday.")]
    saved = nlp.max_length
    nlp.max_length = 200
    try:
        results = process_batch(nlp, articles)
    finally:
        nlp.max_length = saved
    assert [type(r).__name__ for r in results] == ["Document", "RecordError", "Document"]
    error = results[1]
    assert isinstance(error, RecordError)
    assert (error.source, error.record, error.code) == ("feed.jsonl:2", "long", "too_long")
    assert [r.id for r in results if isinstance(r, Document)] == ["a", "b"]
