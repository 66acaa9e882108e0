"""Event evals on the even half, the odd half and the whole of each dev file.

    python bench/events_halves.py [--tasks plover,cameo,acled] [--limit N]

Records are split by index parity in the file: errors are read only on the even half (0);
the odd half (1) is the honest estimate. Prints one JSON object per task and half.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dateline.nlp.pipeline import load_pipeline

REPO = Path(__file__).resolve().parents[1]
EVENTS = REPO.parent / "shared" / "benchmarks" / "events"
FILES = {
    "plover": EVENTS / "plover_gsr" / "PLOVER_GSR_CAMEO.dev.json",
    "cameo": EVENTS / "conflibert_cameo" / "cameo_class" / "train.tsv",
    "acled": EVENTS / "case2021_task2" / "dev.tsv",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", default="plover,cameo,acled")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    nlp = load_pipeline()
    for task in args.tasks.split(","):
        module = __import__(f"dateline.eval.{task}", fromlist=["evaluate"])
        for name, parity in (("even", 0), ("odd", 1), ("all", None)):
            result = module.evaluate(FILES[task], nlp=nlp, limit=args.limit, parity=parity)
            result.pop("label_mapping", None)
            print(json.dumps({"task": task, "half": name, **result}), flush=True)


if __name__ == "__main__":
    main()
