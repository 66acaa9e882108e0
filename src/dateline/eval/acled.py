"""``dateline eval acled FILE``: CASE 2021 task 2 TSV (id, EventSnippet, SubType).

The main event's PLOVER type + mode goes through the crosswalk (``plover_crosswalk.csv``) to
its ACLED sub-event type and the shared task's label (AIR_STRIKE, ARMED_CLASH, ...; DIPLO,
ATTRIB and the disaster and crime labels for events outside ACLED). With no event at all,
the classifier's own best label stands.
ACLED records material events, so the main event is chosen among the events that have an
ACLED crosswalk or a CASE label outside DIPLO (protests, violence, arrests, disasters, crime),
falling back to the plain main event when there is none; the sentence classifier's belief in
each candidate's label weighs in (:func:`dateline.events.acled_label.snippet_label`).
Micro F1 over single-label records equals accuracy; macro F1 is over the gold labels.
"""

from __future__ import annotations

import csv
from pathlib import Path

from spacy.language import Language

from dateline.eval.metrics import accuracy, macro_f1, select
from dateline.events.acled_label import acled_relevant, case_label, snippet_label

__all__ = ["acled_relevant", "case_label", "evaluate", "read_rows"]


def read_rows(path: Path) -> list[tuple[str, str]]:
    with Path(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(row["EventSnippet"], row["SubType"].strip()) for row in reader
                if row.get("EventSnippet")]


def evaluate(path: Path, nlp: Language | None = None, limit: int | None = None,
             parity: int | None = None) -> dict:
    """``parity`` 0 or 1 keeps only the records whose index (in the file) has that parity:
    the even half is for error analysis, the odd half is the honest estimate."""
    if nlp is None:
        from dateline.nlp.pipeline import load_pipeline

        nlp = load_pipeline()
    rows = select(read_rows(path), limit, parity)
    gold = [label for _, label in rows]
    component = "dateline_events"
    classifier = getattr(nlp.get_pipe(component), "classifier", None) if (
        component in nlp.pipe_names) else None
    pred = [snippet_label(doc, classifier) for doc in nlp.pipe(text for text, _ in rows)]
    return {"records": len(rows), "micro_f1": round(accuracy(gold, pred), 4),
            "macro_f1": round(macro_f1(gold, pred), 4)}
