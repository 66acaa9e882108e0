"""How dateline types political violence in real incident reports: SATP summaries against
their attack-type labels.

    python bench/satp_attack_types.py [--split dev] [--errors N]

``conflibert_other/satp_relevant/{train,dev,test}.tsv`` holds South Asia Terrorism Portal
incident summaries (one to several sentences of the kind ACLED codes South Asia from), each
with four 0/1 labels: armed assault, bombing or explosion, kidnapping, other. A summary has a
label here when dateline finds, anywhere in it, a real event (not negated, future or
hypothetical) of the matching kind:

- armed assault: an assault by firearms, a clash, a targeted killing, or an assault of no
  stated means (``attack``, ``killed``);
- bombing or explosion: an assault by explosives, a suicide attack or a grenade, and (as the
  Global Terrorism Database counts explosive projectiles as bombings) by shells, rockets,
  mortars, aircraft or drones;
- kidnapping: an abduction.

"Other" mixes unarmed killings, arson and attacks on property, and is not scored. Per label
this prints precision, recall and F1 over the summaries, and their micro average. The train
split serves to read errors (``--errors``); dev and test are the estimate. The labels follow
the Global Terrorism Database's attack types, which are not dateline's: an assault that both
shoots and bombs counts for both, and a summary of arrests alone has no label.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from dateline.nlp.pipeline import load_pipeline
from dateline.records import Event

REPO = Path(__file__).resolve().parents[1]
SATP = REPO.parent / "shared" / "benchmarks" / "events" / "conflibert_other" / "satp_relevant"

LABELS = ("armed", "bombing", "kidnapping")
# The modes of an ASSAULT that tell each label (None: an assault of no stated means).
MODES = {
    "armed": frozenset({None, "firearms", "clash", "targeted"}),
    "bombing": frozenset({"explosives", "suicide-attack", "grenade", "shelling", "aerial",
                          "drone"}),
    "kidnapping": frozenset({"abduct"}),
}
UNREAL = frozenset({"negated", "future", "hypothetical"})


def read_rows(path: Path) -> list[tuple[str, set[str]]]:
    """(text, gold labels) per row of a SATP TSV (text, then four 0/1 columns)."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for cells in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(cells) < 5:
                continue
            gold = {label for label, flag in zip(LABELS, cells[1:4], strict=True) if flag == "1"}
            rows.append((cells[0], gold))
    return rows


def labels_of(events: list[Event]) -> set[str]:
    """The labels the real assaults among ``events`` tell."""
    found = set()
    for event in events:
        if event.type != "ASSAULT" or event.modality in UNREAL:
            continue
        found |= {label for label in LABELS if event.mode in MODES[label]}
    return found


def score(gold: list[set[str]], pred: list[set[str]]) -> dict[str, dict[str, float]]:
    counts: dict[str, Counter] = {label: Counter() for label in (*LABELS, "micro")}
    for want, got in zip(gold, pred, strict=True):
        for label in LABELS:
            key = ("tp" if label in got else "fn") if label in want else (
                "fp" if label in got else "tn")
            counts[label][key] += 1
            counts["micro"][key] += 1
    table = {}
    for label, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[label] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                        "gold": c["tp"] + c["fn"]}
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong rows")
    args = parser.parse_args()
    path = SATP / f"{args.split}.tsv"
    if not path.exists():
        print(f"skipped: {path} is not here")
        return 0
    rows = read_rows(path)
    nlp = load_pipeline()
    pred = [labels_of(doc._.events) for doc in nlp.pipe(text for text, _ in rows)]
    gold = [labels for _, labels in rows]
    print(f"SATP {args.split}: {len(rows)} summaries")
    for label, row in score(gold, pred).items():
        print(f"  {label:10s} P {row['precision']:.3f}  R {row['recall']:.3f}  "
              f"F1 {row['f1']:.3f}  (gold {row['gold']})")
    shown = 0
    for (text, want), got in zip(rows, pred, strict=True):
        if shown < args.errors and want != got:
            shown += 1
            print(f"\ngold {sorted(want)}  dateline {sorted(got)}\n  {text[:400]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
