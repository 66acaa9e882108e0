"""Contractions written with a typographic apostrophe read as the plain ones do.

Published news writes "isn’t", "it’s", "they’re" with a right single quote (U+2019), and the
English model reads those forms worse than "isn't": "n’t" is often no negation ("advmod"
where "n't" is "neg", about half the time in the VOA stories), "’s", "’re", "’m" are no forms
of "be", "’ll" none of "will", and "’d" an adverb. So "the army isn’t withdrawing" would be
told as asserted. This component, run after the parser, gives the typographic forms the
lemma, and "n’t" the dependency label, the plain forms get; the text is left as it is.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

APOSTROPHE = "\u2019"
# Lemma of each contracted verb form by its plain spelling; "'s" only where tagged a verb.
VERB_LEMMAS = {"'s": "be", "'re": "be", "'m": "be", "'ve": "have", "'ll": "will", "'d": "would"}
NEGATION = "n't"


@Language.factory("dateline_contractions", assigns=["token.lemma", "token.dep"])
def make_contractions(nlp: Language, name: str) -> Contractions:
    return Contractions()


class Contractions:
    """Reads typographic contractions as plain ones (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if APOSTROPHE in token.text:
                plain_contraction(token)
        return doc

    def initialize(self, get_examples=None, nlp: Language | None = None) -> None:
        """Nothing to load."""


def plain_contraction(token: Token) -> None:
    """Give a typographic contraction the lemma (and, for "n’t", the label) of its plain form."""
    plain = token.lower_.replace(APOSTROPHE, "'")
    if plain == NEGATION:
        token.lemma_ = "not"
        if token.dep_ == "advmod" and token.head.pos_ in ("VERB", "AUX"):
            token.dep_ = "neg"
    elif plain in VERB_LEMMAS and token.tag_.startswith(("VB", "MD")):
        token.lemma_ = VERB_LEMMAS[plain]
    elif plain == "'d" and token.i + 1 < len(token.doc) and token.nbor().pos_ in ("VERB", "AUX"):
        token.lemma_ = VERB_LEMMAS[plain]  # "he’d left", tagged an adverb
