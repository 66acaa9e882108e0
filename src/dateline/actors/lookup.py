"""Which of the article's entities a stretch of text or a bare name belongs to.

Kept apart from ``coding`` so that pronoun resolution (``dateline.actors.pronouns``) and actor
coding can both use it without importing each other.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.nlp.extensions import items
from dateline.records import Entity


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The dateline entity one of whose mentions overlaps the character range; the one with
    the tightest such mention when several do ("Chile and Argentina" is also a mention of a
    group, but "Argentina" is Argentina)."""
    best: tuple[int, Entity] | None = None
    for entity in items(doc, "entities"):
        for m_start, m_end in entity.mentions:
            if m_start < end and start < m_end and (best is None or m_end - m_start < best[0]):
                best = (m_end - m_start, entity)
    return best[1] if best else None


def surname_entity(doc: Doc, token: Token) -> Entity | None:
    """A bare surname the tagger missed ("Trump" after "Donald Trump"): the one PERSON entity
    whose name ends with that word and is introduced before it."""
    if token.pos_ != "PROPN" or not token.is_title:
        return None
    found = {entity.id: entity for entity in items(doc, "entities")
             if entity.label == "PERSON" and entity.start < token.idx
             and entity.canonical.split()[-1] == token.text and " " in entity.canonical}
    return next(iter(found.values())) if len(found) == 1 else None
