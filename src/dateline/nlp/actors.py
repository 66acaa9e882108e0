"""Actors: named entities, grouped by alias within the article, and coded country + sector."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import ensure_extensions


@Language.factory("dateline_actors", assigns=["doc._.entities"], requires=["doc.ents"])
def make_actors(nlp: Language, name: str) -> ActorAnnotator:
    return ActorAnnotator(nlp, name)


class ActorAnnotator:
    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()
        self.name = name

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        pass

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = []
        return doc
