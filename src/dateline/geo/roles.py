"""Metonymy: "Moscow played down", "the Kremlin said", "Kyiv's troops" name governments acting,
not the locations of events; "ministers meeting in Brussels" is a location."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dateline.resources import load_yaml

LOCATION = "location"
ACTOR = "actor"


@dataclass(frozen=True, slots=True)
class RoleRules:
    locative_verbs: frozenset[str]
    agent_nouns: frozenset[str]
    venue_nouns: frozenset[str] = frozenset()

    @classmethod
    def load(cls, resource: str = "geo_roles.yaml") -> RoleRules:
        data = load_yaml(resource)
        return cls(frozenset(data["locative_verbs"]), frozenset(data["agent_nouns"]),
                   frozenset(data.get("venue_nouns") or ()))


def place_role(span: Span, rules: RoleRules) -> str:
    """``actor`` where the place name stands for those who act there, else ``location``."""
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return LOCATION
    token = _top(span)
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    dep, head = token.dep_, token.head
    if dep == "nsubj":
        return LOCATION if _verb_lemma(head) in rules.locative_verbs else ACTOR
    if dep == "pobj" and head.dep_ == "agent":
        return ACTOR
    if dep in {"compound", "nmod"} and head.lemma_.lower() in rules.venue_nouns:
        return LOCATION  # "the Jeddah talks"
    if (dep in {"poss", "compound", "nmod", "amod"} and head.pos_ in {"NOUN", "PROPN"}
            and head.lemma_.lower() in rules.agent_nouns):
        return ACTOR
    return LOCATION


def _top(span: Span) -> Token:
    """The token of the span whose head lies outside it."""
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head is token:
            return token
    return span.root


def _verb_lemma(token: Token) -> str:
    return token.lemma_.lower()
