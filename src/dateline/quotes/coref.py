"""Simple, documented coreference rules for speaker pronouns (no coreference model).

A speaker pronoun ("he said", "it added") is resolved to an earlier mention, in this order:

0. inside reported speech, the subject of the clause that reports it ("Smith said he told
   them ..." -> Smith), when that subject is a compatible mention or earlier speaker;
1. the nearest earlier mention of a compatible label that is a grammatical subject, in the
   pronoun's sentence or the two before it ("Peskov said ... . He said Russia ...");
2. otherwise the most recent earlier speaker of a compatible label, within ``SPEAKER_WINDOW``
   characters (news writing keeps the speaker of consecutive quotes);
3. otherwise the nearest earlier mention of a compatible label within ``MENTION_WINDOW``.

Compatible labels come from ``quote_rules.yaml`` (``he``/``she`` -> PERSON, ``it`` -> ORG, GPE,
...). Mentions are the aliases of ``doc._.entities`` when the actors component has run, else
spaCy's named entities. Gender, number and cataphora are not modelled.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.records import Entity

SPEAKER_WINDOW = 1500
MENTION_WINDOW = 1000
SUBJECT_SENTENCES = 3
NAMED_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    label: str
    entity: str | None = None
    canonical: str | None = None
    is_subject: bool = False


def mentions_of(doc: Doc, entities: list[Entity]) -> list[Mention]:
    """Every mention an antecedent can be, in text order."""
    found: list[Mention] = []
    if entities:
        for entity in entities:
            spans = list(entity.mentions) or [(entity.start, entity.end)]
            for start, end in spans:
                found.append(Mention(start, end, entity.label, entity.id, entity.canonical,
                                     _is_subject(doc, start, end)))
    else:
        for ent in doc.ents:
            if ent.label_ in NAMED_LABELS:
                found.append(Mention(ent.start_char, ent.end_char, ent.label_, None, ent.text,
                                     any(t.dep_ in ("nsubj", "nsubjpass") for t in ent)))
    return sorted(set(found), key=lambda m: (m.start, m.end))


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets where the Doc's sentences start (just 0 without sentence boundaries)."""
    if not doc.has_annotation("SENT_START"):
        return [0]
    return [sent.start_char for sent in doc.sents]


def resolve_pronoun(pronoun: Token, labels: tuple[str, ...], mentions: list[Mention],
                    speakers: list[Mention], starts: list[int] | None = None
                    ) -> Mention | None:
    """The antecedent of a speaker pronoun under the rules above, or None.

    ``starts`` are the sentence starts of the Doc (``sentence_starts``), computed once per Doc.
    """
    if not labels:
        return None
    at = pronoun.idx
    governing = _governing_subject(pronoun, labels, mentions + speakers)
    if governing is not None:
        return governing
    starts = starts if starts is not None else sentence_starts(pronoun.doc)
    sentence_start = starts[max(0, bisect.bisect_right(starts, at) - SUBJECT_SENTENCES)]
    earlier = [m for m in mentions if m.end <= at and m.label in labels]
    subjects = [m for m in earlier if m.is_subject and m.start >= sentence_start]
    if subjects:
        return subjects[-1]
    recent = [s for s in speakers if s.end <= at and s.label in labels
              and at - s.end <= SPEAKER_WINDOW]
    if recent:
        return recent[-1]
    near = [m for m in earlier if at - m.end <= MENTION_WINDOW]
    return near[-1] if near else None


def _governing_subject(pronoun: Token, labels: tuple[str, ...],
                       candidates: list[Mention]) -> Mention | None:
    """The mention that is the subject of a verb above the pronoun's clause, if compatible."""
    token = pronoun.head
    for _ in range(4):
        if token.dep_ == "ccomp":
            verb = token.head
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i and \
                        child.pos_ != "PRON":
                    for m in candidates:
                        if m.start <= child.idx < m.end and m.label in labels:
                            return m
            return None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.dep_ in ("nsubj", "nsubjpass") for t in span)
