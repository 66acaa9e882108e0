"""CAMEO quad scores on the sentences of the CAMEO dev file that its NER sibling does not hold.

    python bench/cameo_outside_ner.py

``conflibert_cameo/cameo_class/train.tsv`` (scored by ``dateline eval cameo``) and
``conflibert_cameo/cameo_ner/train.txt`` (source/target actor spans) share most of their
sentences. Where the NER file served to read actor and recipient errors, the CAMEO figures on
the shared sentences are no longer an honest estimate; the sentences of the CAMEO file whose
first 60 letters and digits do not open any NER sentence are. Prints one JSON object per half
(by index parity in the CAMEO file, as ``events_halves.py``) and for all of them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from dateline.eval.cameo import quad, read_rows
from dateline.eval.metrics import accuracy, macro_f1
from dateline.events.main import main_event
from dateline.nlp.pipeline import load_pipeline

REPO = Path(__file__).resolve().parents[1]
CAMEO = REPO.parent / "shared" / "benchmarks" / "events" / "conflibert_cameo"
PREFIX = 60


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())[:PREFIX]


def ner_sentences(path: Path) -> list[str]:
    """Sentences of a token-per-line BIO file (token, space, tag; blank line between)."""
    sentences, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append(" ".join(words))
                words = []
            continue
        words.append(line.rpartition(" ")[0])
    if words:
        sentences.append(" ".join(words))
    return sentences


def main() -> None:
    shared = {_key(s) for s in ner_sentences(CAMEO / "cameo_ner" / "train.txt")}
    rows = [(i, text, label) for i, (text, label)
            in enumerate(read_rows(CAMEO / "cameo_class" / "train.tsv"))
            if _key(text) not in shared]
    nlp = load_pipeline()
    pred = [quad(main_event(doc)) for doc in nlp.pipe(text for _, text, _ in rows)]
    for name, parity in (("even", 0), ("odd", 1), ("all", None)):
        kept = [(label, p) for (i, _, label), p in zip(rows, pred, strict=True)
                if parity is None or i % 2 == parity]
        gold = [label for label, _ in kept]
        guess = [p for _, p in kept]
        print(json.dumps({"half": name, "records": len(kept),
                          "accuracy": round(accuracy(gold, guess), 4),
                          "macro_f1": round(macro_f1(gold, guess, labels=[0, 1, 2, 3, 4]), 4)}))


if __name__ == "__main__":
    main()
