"""Invariants over generated input (hypothesis), with bounded runs.

Readers: no exception escapes, every record is an Article or a RecordError with a documented
code. Pipeline: every span is ``text[start:end]``, inside the text, every value is TIMEX3 and
the whole output is valid against schema/document.schema.json.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_contract import schema_errors, span_errors

from dateline.batch import process_batch
from dateline.errors import ERROR_CODES, RecordError
from dateline.ingest import read_bytes
from dateline.ingest.readers import read_html, read_jsonl, read_text
from dateline.records import Article

WORDS = ("the", "army", "said", "police", "arrested", "killed", "protesters", "in", "Kyiv",
         "Lagos", "on", "Monday", "last", "week", "March", "3", "2024", "late", "Tuesday",
         "President", "Ruto", "told", "reporters", "\"We", "will", "fight\"", ",", ".", "!",
         "two", "dozen", "people", "were", "wounded", "near", "Goma", "Hamas", "NATO",
         "\u200b", "\u202e", "\u200f", "\u00ad", "\ufeff", "–", "“", "”", "'s", "\n\n", "\t",
         "ceasefire", "talks", "next", "month", "in", "1999", "tomorrow", "noon", "UN")

news_text = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)),
                     min_size=0, max_size=120).map(" ".join)
encodings = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1"])
documented = set(ERROR_CODES)
READERS = (read_text, read_jsonl, read_html)


def _check_items(items: list) -> None:
    for item in items:
        assert isinstance(item, Article | RecordError)
        if isinstance(item, RecordError):
            assert item.code in documented, item
        else:
            assert item.text.strip() and item.id
            assert not set(item.text) & {"\u200b", "\u202e", "\u200f", "\ufeff", "\x00"}


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=400), reader=st.sampled_from(READERS + (None,)))
def test_readers_take_any_bytes(data: bytes, reader) -> None:  # type: ignore[no-untyped-def]
    items = list(read_bytes("fuzz", data, None, reader))
    _check_items(items)


@settings(max_examples=100, deadline=None)
@given(text=news_text, encoding=encodings, prefix=st.sampled_from(["", "date 2025-03-04 "]))
def test_readers_take_any_text_in_any_encoding(text: str, encoding: str, prefix: str) -> None:
    data = (prefix + text).encode(encoding, errors="ignore")
    _check_items(list(read_bytes("fuzz.txt", data, None, read_text)))


@pytest.mark.model
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          derandomize=True)
@given(text=news_text, dct=st.sampled_from(["2025-03-04", "2024-02-29", "1999-12-31", None]))
def test_pipeline_output_keeps_the_contract(nlp, text: str,  # type: ignore[no-untyped-def]
                                            dct: str | None) -> None:
    items = [i for i in read_bytes("gen.txt", text.encode(), dct) if isinstance(i, Article)]
    for result in process_batch(nlp, items):
        assert not isinstance(result, RecordError), result
        data = result.as_dict()
        assert span_errors(data) == []
        assert schema_errors(data) == []
