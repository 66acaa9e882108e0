"""Stances: an actor's stated position (oppose / support / neutral) on an issue."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.events.stance import STANCES, find_stances, stance_words
from dateline.nlp.extensions import ensure_extensions


@Language.factory("dateline_stances", assigns=["doc._.stances"],
                  requires=["token.dep", "token.lemma", "doc._.entities"],
                  default_config={"words": STANCES})
def make_stances(nlp: Language, name: str, words: str) -> StanceAnnotator:
    return StanceAnnotator(nlp, name, words=words)


class StanceAnnotator:
    def __init__(self, nlp: Language, name: str, *, words: str = STANCES) -> None:
        ensure_extensions()
        self.name = name
        self.words_name = words
        self.ready = False

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        stance_words(self.words_name)
        self.ready = True

    def __call__(self, doc: Doc) -> Doc:
        if not self.ready:
            self.initialize()
        doc._.stances = find_stances(doc)
        return doc
