"""A pronoun actor or recipient -> the entity it most likely stands for.

Rule (a deliberately simple, documented heuristic, no coreference model): walking back from
the pronoun through its own sentence and the ``window`` sentences before, the first entity
mention whose label agrees with the pronoun: "he"/"she"/"him"/"her"/"his" -> PERSON; "it"/"its"
-> a state or organization (GPE, ORG); "they"/"them"/"their"/"we" -> a state, organization or
people (GPE, ORG, NORP). A bare surname the tagger missed counts as a mention of the full name
introduced earlier ("Donald Trump ... Trump ... he"). A definite "the bloc", "the alliance",
"the Fund" stands the same way for the nearest intergovernmental organization before it
("the regional bloc ECOWAS ... the bloc").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.actors.lookup import entity_at, surname_entity
from dateline.records import Entity

PRONOUN_LABELS: dict[str, frozenset[str]] = {
    "he": frozenset({"PERSON"}), "him": frozenset({"PERSON"}),
    "she": frozenset({"PERSON"}), "her": frozenset({"PERSON"}),
    "his": frozenset({"PERSON"}),
    "it": frozenset({"GPE", "ORG"}), "its": frozenset({"GPE", "ORG"}),
    "they": frozenset({"GPE", "ORG", "NORP"}), "them": frozenset({"GPE", "ORG", "NORP"}),
    "their": frozenset({"GPE", "ORG", "NORP"}),
    "we": frozenset({"GPE", "ORG", "NORP"}),
}


def antecedent(doc: Doc, token: Token, window: int = 2,
               pronoun: str | None = None) -> Entity | None:
    """The entity a personal pronoun refers to, or None when no compatible mention is near.
    ``pronoun`` reads the token as another pronoun of the same person ("his" as "he")."""
    labels = PRONOUN_LABELS.get(pronoun or token.lower_)
    if labels is None:
        return None
    for i in range(token.i - 1, _window_start(doc, token, window) - 1, -1):
        tok = doc[i]
        if tok.pos_ != "PROPN" and not tok.ent_type_:
            continue
        entity = entity_at(doc, tok.idx, tok.idx + len(tok.text)) or surname_entity(doc, tok)
        if entity is not None and entity.label in labels:
            return entity
    return None


# Nouns by which news names again an intergovernmental organization it has named: any
# ("the bloc"), or one whose own name holds the noun ("the Fund" for the IMF, not for a
# national fund; "the union" for the European Union, not for a trade union).
ORGANIZATION_ANAPHORS = frozenset({"bloc", "alliance", "grouping"})
NAME_ANAPHORS = frozenset({"union", "fund", "commission", "organization", "organisation",
                           "community", "council"})
# Nouns by which news names again a group that is no state, and the sectors such a group has:
# "Hezbollah ... the movement", "Human Rights Watch ... the group", "the ANC ... the party".
GROUP_ANAPHORS = {
    "group": frozenset({"REB", "UAF", "NGO", "PTY", "OPP"}),
    "movement": frozenset({"REB", "UAF", "NGO", "PTY", "OPP"}),
    "militia": frozenset({"REB", "UAF"}),
    "party": frozenset({"PTY", "OPP"}),
}


def named_again(doc: Doc, token: Token, window: int = 2) -> Entity | None:
    """The organization a definite "the bloc" / "the Fund" / "the group" names again, if one
    is near."""
    noun = token.lemma_.lower()
    if (noun not in ORGANIZATION_ANAPHORS | NAME_ANAPHORS | GROUP_ANAPHORS.keys()
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)):
        return None
    for i in range(token.i - 1, _window_start(doc, token, window) - 1, -1):
        tok = doc[i]
        if tok.pos_ != "PROPN" and not tok.ent_type_:
            continue
        entity = entity_at(doc, tok.idx, tok.idx + len(tok.text))
        if entity is None or entity.actor is None or (
                noun in GROUP_ANAPHORS and entity.label != "ORG"):
            continue
        if entity.actor.sector == "IGO" and (
                noun in ORGANIZATION_ANAPHORS or noun in entity.text.lower().split()):
            return entity
        if entity.actor.sector in GROUP_ANAPHORS.get(noun, ()):
            return entity
    return None


def _window_start(doc: Doc, token: Token, window: int) -> int:
    """The first token of the ``window``-th sentence before the token's own."""
    sents = list(doc.sents)
    index = next((k for k, s in enumerate(sents) if s.start <= token.i < s.end), 0)
    return sents[max(0, index - window)].start
