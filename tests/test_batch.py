"""The batch function keeps an article when one of dateline's components fails on it."""

from __future__ import annotations

import spacy
from spacy.language import Language

from dateline.batch import process_batch
from dateline.errors import RecordError
from dateline.nlp.extensions import ensure_extensions
from dateline.records import Article, Document


@Language.component("test_fails_on_word_boom")
def fails_on_boom(doc):  # type: ignore[no-untyped-def]
    if "boom" in doc.text:
        raise ValueError("this component cannot handle 'boom'")
    return doc


def test_a_failing_component_leaves_a_warning_not_a_lost_article() -> None:
    ensure_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("test_fails_on_word_boom")
    articles = [Article(id="a", text="A quiet day."), Article(id="b", text="Then boom.")]
    results = process_batch(nlp, articles)
    assert [type(r) for r in results] == [Document, Document]
    assert results[0].warnings == []
    assert results[1].warnings == [
        "component test_fails_on_word_boom failed on this article: ValueError: this component "
        "cannot handle 'boom'"
    ]
    assert not any(isinstance(r, RecordError) for r in results)


def test_the_engine_runs_a_pipeline_it_is_given() -> None:
    from dateline.engine import run

    ensure_extensions()
    nlp = spacy.blank("en")
    got: list[Document] = []

    class Collect:
        def write(self, documents) -> None:  # type: ignore[no-untyped-def]
            got.extend(documents)

        def close(self) -> None:
            pass

    articles = [Article(id=f"a{i}", text=f"Article number {i}.") for i in range(5)]
    stats = run(articles, [Collect()], nlp=nlp, batch_size=2, max_length=2_000_000)
    assert (stats.articles, stats.errors, stats.words) == (5, 0, 15)
    assert [d.id for d in got] == ["a0", "a1", "a2", "a3", "a4"]
    assert nlp.max_length == 2_000_000
