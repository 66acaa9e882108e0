"""Stances: who states which position on what (``records.Stance``).

A stance word (``event_stances.yaml``: "oppose", "opposition to", "support for", "welcome")
with a holder (its subject, or the subject of the light verb it is the object of: "voiced
their opposition to the plan") and a target (its object, or the object of to/for/of/on/with).
The holder is the entity id the coded participant resolves to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from dateline.events.links import code_participant
from dateline.events.modality import is_negated
from dateline.events.participants import actor_span, phrase
from dateline.records import Stance
from dateline.resources import load_yaml

STANCES = "event_stances.yaml"
TARGET_PREPS = ("to", "against", "for", "of", "on", "over", "about", "with")  # preferred first
TIME_ENTS = frozenset({"DATE", "TIME"})
FLIP = {"oppose": "support", "support": "oppose", "neutral": "neutral"}


@dataclass(frozen=True, slots=True)
class StanceWords:
    polarity: dict[str, str]


@cache
def stance_words(name: str = STANCES) -> StanceWords:
    data = load_yaml(name)
    polarity = {word: pol for pol in ("oppose", "support", "neutral") for word in data[pol]}
    return StanceWords(polarity=polarity)


def _target(token: Token) -> Span | None:
    found = _own_target(token)
    if found is None and token.pos_ == "NOUN" and token.dep_ == "dobj":
        # "voiced their opposition on Thursday to the plan": "to" hangs on the verb
        verb = token.head
        found = _own_target(verb, skip=token)
    return found


def _own_target(token: Token, skip: Token | None = None) -> Span | None:
    for child in token.children:
        if skip is not None and child.i == skip.i:
            continue
        if child.dep_ in ("dobj", "nsubjpass", "pobj") and child.pos_ != "PRON":
            return phrase(child)
        if child.dep_ in ("ccomp", "oprd") and child.pos_ in ("NOUN", "PROPN"):
            return phrase(child)  # a parser slip: "welcomed the deal" as a clause
    found = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ != "PRON" and obj.ent_type_ not in TIME_ENTS:
                found.append((TARGET_PREPS.index(child.lower_), obj))
    return phrase(min(found, key=lambda pair: pair[0])[1]) if found else None


def _holder(token: Token) -> Span | None:
    if token.pos_ == "NOUN":
        for child in token.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return phrase(child)
        if token.dep_ in ("dobj", "pobj") and token.head.pos_ in ("VERB", "AUX", "ADP"):
            verb = token.head if token.dep_ == "dobj" else token.head.head
            return actor_span(verb)
        return None
    if token.pos_ == "ADP":  # "X is against Y"
        return actor_span(token.head)
    return actor_span(token)


def find_stances(doc: Doc) -> list[Stance]:
    words = stance_words().polarity
    stances: list[Stance] = []
    for token in doc:
        polarity = words.get(token.lemma_.lower())
        if polarity is None or token.pos_ not in ("VERB", "NOUN", "ADJ", "ADP"):
            continue
        if token.pos_ == "ADP" and token.head.lemma_ != "be":
            continue
        target = _target(token)
        if target is None:
            continue
        if is_negated(token):
            polarity = FLIP[polarity]
        holder_span = _holder(token)
        holder = code_participant(doc, holder_span).entity if holder_span is not None else None
        sent = token.sent
        stances.append(Stance(holder=holder, target=target.text, polarity=polarity,
                              evidence=(sent.start_char, sent.end_char),
                              confidence=0.6 if holder else 0.4,
                              holder_text=holder_span.text if holder_span is not None else None))
    return stances
