"""From a parsed Doc to ``list[records.Event]``: detect, merge, link, cross-walk."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.events.classifier import EventClassifier
from dateline.events.crosswalk import crosswalk
from dateline.events.cues import CueRule
from dateline.events.detect import Candidate, sentence_candidates
from dateline.events.lexicon import Lexicon
from dateline.events.links import code_participant, event_date, event_place, event_source
from dateline.events.merge import infer_actors, merge_candidates
from dateline.records import Counts, Event, Participant, SpanRef


def detect_candidates(doc: Doc, lexicon: Lexicon, classifier: EventClassifier | None = None,
                      min_classifier: float = 0.5,
                      cue_rules: list[CueRule] | None = None) -> list[Candidate]:
    candidates: list[Candidate] = []
    for sent in doc.sents:
        candidates.extend(sentence_candidates(sent, lexicon, classifier, min_classifier,
                                              cue_rules))
    candidates = merge_candidates(candidates)
    infer_actors(candidates)
    return candidates


def build_events(doc: Doc, lexicon: Lexicon, classifier: EventClassifier | None = None,
                 min_classifier: float = 0.5,
                 cue_rules: list[CueRule] | None = None) -> list[Event]:
    events = []
    found = detect_candidates(doc, lexicon, classifier, min_classifier, cue_rules)
    for n, cand in enumerate(found, 1):
        events.append(to_event(doc, cand, f"V{n}"))
    return events


def _participant(doc: Doc, span: Span | None, inferred: bool = False) -> Participant | None:
    if span is None:
        return None
    participant = code_participant(doc, span)
    if span.root.pos_ == "PRON" and participant.entity is None:
        return None  # a pronoun nobody resolved says nothing about who
    participant.inferred = participant.inferred or inferred
    return participant


def to_event(doc: Doc, cand: Candidate, event_id: str) -> Event:
    token = cand.trigger
    walk = crosswalk(cand.type, cand.mode)
    source = event_source(doc, token)
    modality = cand.modality
    if source and modality == "asserted":
        modality = "reported"
    counts = Counts(**{name: number.value for name, number in cand.counts.items()})
    sent = token.sent
    return Event(
        id=event_id,
        type=cand.type,
        trigger=SpanRef(text=token.text, start=token.idx, end=token.idx + len(token.text)),
        sentence=(sent.start_char, sent.end_char),
        mode=cand.mode,
        contexts=list(cand.contexts),
        modality=modality,
        actor=_participant(doc, cand.actor, cand.inferred_actor),
        recipient=_participant(doc, cand.recipient),
        date=event_date(doc, token),
        place=event_place(doc, token),
        counts=counts,
        cameo=(cand.cameo if cand.cameo and cand.mode is None else None) or walk.cameo,
        acled=walk.acled,
        source=source,
        confidence=cand.confidence,
    )
