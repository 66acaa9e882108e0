"""``dateline eval cameo FILE``: ConfliBERT CAMEO quad-class TSV (sentence<TAB>label).

Labels: 0 no event, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
4 material conflict. The main event's PLOVER type gives the quad by the PLOVER manual's own
table ("Quad categories in PLOVER": SANCTION is verbal conflict there, unlike CAMEO root 16);
no event, or an event outside PLOVER (OTHER: statements, disasters, crime), is 0. The set's
label 0 also holds CAMEO's neutral roots 01 (statements) and 02 (appeals), as in the
"PentaClass" of Parolin et al.: a REQUEST whose trigger the lexicon codes as an appeal (CAMEO
02x: urge, call on, appeal, ask) is 0; a demand (CAMEO 10x) stays verbal conflict.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from dateline.eval.metrics import accuracy, macro_f1, select
from dateline.events.crosswalk import PLOVER_QUAD
from dateline.events.main import main_event
from dateline.records import Event


def read_rows(path: Path) -> list[tuple[str, int]]:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text and label.strip().isdigit():
            rows.append((text, int(label)))
    return rows


def quad(event: Event | None) -> int:
    """CAMEO codes an intention by its own root: intent to cooperate (03) is verbal
    cooperation, a threat (13) verbal conflict, and a refused or failed cooperation a
    rejection (12, verbal conflict); see ``dateline.eval.plover.plover_type``."""
    if event is None or event.type == "OTHER":
        return 0
    if event.type == "REQUEST" and (event.cameo or "").startswith("02") and (
            event.modality != "negated"):
        return 0
    found = PLOVER_QUAD.get(event.type, 0)
    if event.modality == "negated" and found in (1, 2):
        return 3
    if event.modality in ("future", "hypothetical"):
        return {1: 1, 2: 1, 3: 3, 4: 3}.get(found, found)
    return found


def evaluate(path: Path, nlp: Language | None = None, limit: int | None = None,
             parity: int | None = None) -> dict:
    """``parity`` 0 or 1 keeps only the records whose index (in the file) has that parity:
    the even half is for error analysis, the odd half is the honest estimate."""
    if nlp is None:
        from dateline.nlp.pipeline import load_pipeline

        nlp = load_pipeline()
    rows = select(read_rows(path), limit, parity)
    gold = [label for _, label in rows]
    pred = [quad(main_event(doc)) for doc in nlp.pipe(text for text, _ in rows)]
    return {"records": len(rows), "accuracy": round(accuracy(gold, pred), 4),
            "macro_f1": round(macro_f1(gold, pred, labels=[0, 1, 2, 3, 4]), 4)}
