"""Quotes: who said what, on whose authority (direct, indirect and mixed statements)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import ensure_extensions, items
from dateline.quotes.extract import extract_quotes
from dateline.quotes.lexicon import QuoteLexicon, load_lexicon


@Language.factory("dateline_quotes", assigns=["doc._.quotes"], requires=["doc._.entities"])
def make_quotes(nlp: Language, name: str) -> QuoteAnnotator:
    return QuoteAnnotator(nlp, name)


class QuoteAnnotator:
    """Sets ``doc._.quotes`` to a list of ``records.Quote`` (ids "Q1", ... in text order).

    Needs a dependency parse for reported speech and speakers; on a Doc without one (a blank
    pipeline) only quotations with no cue are found.
    """

    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()
        self.name = name
        self.lexicon: QuoteLexicon | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            self.initialize()
        quotes = extract_quotes(doc, items(doc, "entities"), self.lexicon)
        doc._.quotes = quotes
        return doc
