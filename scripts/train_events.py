"""Train dateline's event classifier: ``python scripts/train_events.py``.

1. Fill the templates of ``training/templates*.yaml`` with the slots of ``training/slots.yaml``
   (fixed seed) and write them to ``training/generated.jsonl``: data written for this project.
2. Read every ``training/*.jsonl`` ({"text", "label"}; hand-written ones included).
3. Tag them with the English model (no parser, no NER: only what the features need), fit the
   numpy softmax regression of ``dateline.events.classifier`` and save it to
   ``src/dateline/resources/models/event_classifier.npz``. Each example weighs
   ``1 / sqrt(k)``, k being the number of fine labels that share its CASE 2021 label (DIPLO
   gathers fourteen PLOVER types): a mild balance, so that the many diplomatic labels do not
   swamp the rarer ACLED ones; a sentence written whole (any file but ``generated.jsonl``)
   weighs ``--written-weight`` times more than a template's. The saved weights are the mean
   of ``--bag`` fits that differ only in the order of their mini-batches (seeds ``seed``,
   ``seed + 1``, ...): the label boundaries of one fit swing with that order, their mean is
   steadier.

The same command gives the same weights. Benchmark files are never read here.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:
    from dateline.events.classifier import EventClassifier

REPO = Path(__file__).resolve().parents[1]
TRAINING = REPO / "training"
OUTPUT = REPO / "src" / "dateline" / "resources" / "models" / "event_classifier.npz"
SLOT = re.compile(r"\{([A-Z]+)(\d?)\}")

PREFIXES = ["", "", "", "", "Officials said ", "Witnesses said ", "According to local media, ",
            "Reports said ", "A spokesman said ", "Sources said "]
SUFFIXES = ["", "", "", "", " a statement said.", " state media reported.", " police said.",
            " the ministry said.", " residents told reporters."]


def fill(template: str, slots: dict[str, list[str]], rng: random.Random, depth: int = 0) -> str:
    def draw(match: re.Match) -> str:
        value = rng.choice(slots[match.group(1)])
        return fill(value, slots, rng, depth + 1) if depth < 3 else value

    text = SLOT.sub(draw, template)
    return re.sub(r"\s+", " ", text).replace(" ,", ",").replace(" .", ".").strip()


def wrap(sentence: str, rng: random.Random) -> str:
    """Vary the frame: a sourcing prefix or suffix, as news sentences have."""
    prefix, suffix = rng.choice(PREFIXES), rng.choice(SUFFIXES)
    if prefix and sentence[:1].isupper() and not sentence.split()[0].isupper():
        first = sentence.split()[0]
        if first in {"A", "An", "The"}:
            sentence = sentence[0].lower() + sentence[1:]
        sentence = prefix + sentence
    elif suffix and sentence.endswith("."):
        sentence = sentence[:-1] + "," + suffix
    return sentence[0].upper() + sentence[1:]


def generate(per_label: int, seed: int) -> list[dict[str, str]]:
    slots = yaml.safe_load((TRAINING / "slots.yaml").read_text(encoding="utf-8"))
    templates: dict[str, list[str]] = {}
    for path in sorted(TRAINING.glob("templates*.yaml")):
        for label, patterns in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            templates.setdefault(label, []).extend(patterns)
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    for label, patterns in templates.items():
        seen: set[str] = set()
        tries = 0
        while len(seen) < per_label and tries < per_label * 20:
            tries += 1
            text = wrap(fill(rng.choice(patterns), slots, rng), rng)
            if text not in seen:
                seen.add(text)
                rows.append({"text": text, "label": label})
    return rows


def case_group(label: str) -> str:
    """The CASE 2021 label a fine "TYPE[:mode]" training label folds into."""
    from dateline.events.crosswalk import crosswalk

    event_type, _, mode = label.partition(":")
    if event_type == "NONE":
        return "OTHER"
    return crosswalk(event_type, mode or None).case2021 or "OTHER"


def balance_weights(labels: list[str], power: float) -> list[float]:
    """``k ** -power`` per example, k = the number of fine labels sharing its CASE label."""
    groups: dict[str, set[str]] = {}
    for label in set(labels):
        groups.setdefault(case_group(label), set()).add(label)
    return [len(groups[case_group(label)]) ** -power for label in labels]


def average(models: list[EventClassifier]) -> EventClassifier:
    """The mean of softmax regressions fitted on the same labels."""
    import numpy as np

    from dateline.events.classifier import EventClassifier

    return EventClassifier(labels=models[0].labels,
                           weights=np.mean([m.weights for m in models], axis=0),
                           bias=np.mean([m.bias for m in models], axis=0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-label", type=int, default=220)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--lr", type=float, default=0.02)
    parser.add_argument("--l2", type=float, default=0.0)
    parser.add_argument("--bag", type=int, default=3, help="fits averaged into the model")
    parser.add_argument("--balance", type=float, default=0.5,
                        help="example weight = k ** -balance, k fine labels per CASE label")
    parser.add_argument("--written-weight", type=float, default=3.0,
                        help="weight of a sentence written whole (not from a template)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)

    from dateline.events.classifier import featurize, train_classifier
    from dateline.nlp.pipeline import default_model_path

    rows = generate(args.per_label, args.seed)
    with (TRAINING / "generated.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    examples = []
    for path in sorted(TRAINING.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                example = json.loads(line)
                example["written"] = path.name != "generated.jsonl"
                examples.append(example)
    print(f"{len(examples)} sentences, {len(Counter(e['label'] for e in examples))} labels",
          file=sys.stderr)

    import spacy

    nlp = spacy.load(default_model_path(), exclude=["parser", "ner"])
    feats = [featurize(doc) for doc in nlp.pipe((e["text"] for e in examples), batch_size=256)]
    labels = [e["label"] for e in examples]
    weights = [w * (args.written_weight if e["written"] else 1.0)
               for w, e in zip(balance_weights(labels, args.balance), examples, strict=True)]
    fits = [train_classifier(feats, labels, epochs=args.epochs, lr=args.lr, l2=args.l2,
                             seed=args.seed + k, weights=weights) for k in range(args.bag)]
    model = average(fits)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.output)
    print(f"saved {args.output} ({args.output.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
