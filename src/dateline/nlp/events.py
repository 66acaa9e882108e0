"""Events: not extracted yet; an empty list is better than a wrong guess."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import ensure_extensions


@Language.factory("dateline_events", assigns=["doc._.events"], requires=["doc._.entities"])
def make_events(nlp: Language, name: str) -> EventAnnotator:
    return EventAnnotator(nlp, name)


class EventAnnotator:
    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()
        self.name = name

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        pass

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = []
        return doc
