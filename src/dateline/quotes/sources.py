"""``source_type`` of a speaker phrase: named, institutional, anonymous or document.

Order of the rules: an anonymity marker anywhere in the phrase ("who asked not to be named",
"familiar with the matter") makes it anonymous; then the linked entity's label (PERSON ->
named, ORG/GPE/NORP -> institutional); then a proper-noun head -> named; then the head noun's
row in ``sources_types.csv`` ("sources", "officials" -> anonymous; "authorities", "the
military" -> institutional; "a report", "a statement" -> document).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.quotes.lexicon import QuoteLexicon


def source_type(span: Span, head: Token, label: str | None, lexicon: QuoteLexicon) -> str | None:
    """The source type of the speaker phrase ``span`` with head ``head``.

    ``label`` is the entity label the speaker was linked to (directly or through a pronoun).
    """
    lowered = span.text.lower()
    if any(marker in lowered for marker in lexicon.anonymity_markers):
        return "anonymous"
    if label and label in lexicon.label_source_types:
        return lexicon.label_source_types[label]
    word = lexicon.source_words.get(head.lemma_.lower()) or lexicon.source_words.get(
        head.lower_)
    if head.pos_ == "PROPN" and word is None:
        return "named"
    if word is not None:
        return word
    if head.pos_ == "PRON":
        if head.lower_ in ("he", "she", "i"):
            return "named"
        return None
    for token in span:
        if token.pos_ == "PROPN":
            return "named"
    return None
