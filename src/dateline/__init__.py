"""dateline: dated news articles to structured, auditable event data."""

from dateline.records import Article, Document

__version__ = "0.1.0"

__all__ = ["Article", "Document", "__version__", "load_pipeline", "process_text"]


def load_pipeline(*args, **kwargs):  # type: ignore[no-untyped-def]
    """Load the English model with dateline's components (see dateline.nlp.pipeline)."""
    from dateline.nlp.pipeline import load_pipeline as _load

    return _load(*args, **kwargs)


def process_text(text: str, dct: str | None = None, nlp=None) -> Document:  # type: ignore[no-untyped-def]
    """Process one article text with a (cached) default pipeline."""
    from dateline.batch import process_text as _process

    return _process(nlp or _default_nlp(), text, dct)


_NLP = None


def _default_nlp():  # type: ignore[no-untyped-def]
    global _NLP
    if _NLP is None:
        _NLP = load_pipeline()
    return _NLP
