"""Shared fixtures. The full pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
BENCHMARKS = SHARED / "benchmarks"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def nlp():
    """The default dateline pipeline (English model + all components)."""
    from dateline.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def timex_only():
    """A blank English pipeline with only dateline_timex (no tagger or parser: no tense)."""
    import spacy

    import dateline.nlp.timex  # noqa: F401  (registers the factory)
    from dateline.nlp.extensions import ensure_extensions

    ensure_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_timex")
    nlp.get_pipe("dateline_timex").initialize(lambda: [], nlp=nlp)
    return nlp


@pytest.fixture(scope="session")
def benchmarks() -> Path:
    """The shared benchmark folder; tests that need it skip in a user's fresh clone."""
    if not BENCHMARKS.is_dir():
        pytest.skip("../shared/benchmarks is not present (fresh clone)")
    return BENCHMARKS
