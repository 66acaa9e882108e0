"""The ACLED / CASE 2021 label of a short text (a news snippet of one to three sentences).

The lexicon proposes, the classifier chooses: the candidates are the snippet's events that
ACLED codes at all (:func:`acled_relevant`), ranked as :func:`dateline.events.main.main_event`
ranks them, plus the sentence classifier's belief in each candidate's label (the classifier
reads the whole snippet). With no event at all, the classifier's own best label stands.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.events.classifier import EventClassifier
from dateline.events.crosswalk import crosswalk
from dateline.events.main import main_event
from dateline.records import Event

# Weight of the classifier's probability against main_event's score (0.5 per tree level).
SUPPORT_WEIGHT = 4.0
NO_EVENT = "OTHER"


def case_label(event: Event | None) -> str:
    """The CASE 2021 task 2 label of an event ("OTHER" for none or one outside the table)."""
    if event is None:
        return NO_EVENT
    return crosswalk(event.type, event.mode).case2021 or NO_EVENT


# ACLED codes what happened: not what was denied, threatened, planned or supposed.
UNREAL = frozenset({"negated", "future", "hypothetical"})


def acled_relevant(event: Event) -> bool:
    """A real event with an ACLED crosswalk, or a CASE label outside DIPLO and OTHER."""
    label = crosswalk(event.type, event.mode).case2021
    return event.modality not in UNREAL and (event.acled is not None or label not in (
        None, "DIPLO", "OTHER"))



def case_probabilities(probs: dict[str, float]) -> dict[str, float]:
    """Fold the classifier's "TYPE[:mode]" probabilities into CASE labels, keeping the largest
    (a sum would favour labels that many PLOVER types share, such as DIPLO)."""
    folded: dict[str, float] = {}
    for label, p in probs.items():
        event_type, _, mode = label.partition(":")
        case = NO_EVENT if event_type == "NONE" else (
            crosswalk(event_type, mode or None).case2021 or NO_EVENT)
        folded[case] = max(folded.get(case, 0.0), p)
    return folded


def snippet_label(doc: Doc, classifier: EventClassifier | None = None) -> str:
    """The CASE 2021 label of a snippet whose events the pipeline has set."""
    if classifier is None or not len(doc):
        return case_label(main_event(doc, prefer=acled_relevant))
    belief = case_probabilities(classifier.predict_proba(doc[:]))
    event = main_event(doc, prefer=acled_relevant,
                       support=lambda e: SUPPORT_WEIGHT * belief.get(case_label(e), 0.0))
    if event is None:
        return max(belief, key=belief.get)
    return case_label(event)
