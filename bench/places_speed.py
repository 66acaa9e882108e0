"""Cost of places: gazetteer start-up (time, resident memory) and place resolution's share of
pipeline time per article.

    python bench/places_speed.py [--articles 40] [--corpus FILE.jsonl] [--pipeline full|places]

1. In a fresh subprocess: time and RSS growth of ``open_gazetteer()`` with the index already
   built (the index is built first if missing; that one-off build time is printed too), and RSS
   after a few thousand lookups.
2. In this process: the pipeline (default: all dateline components) over real articles (VOA
   stories from ../shared/benchmarks/corpora/voa), timing each pipe separately; prints each
   pipe's share of the time and dateline_places' median share per article.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "benchmarks" / "corpora" / "voa" / "voa_stories.jsonl"

STARTUP = r"""
import json, time
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
import dateline.geo.gazetteer as g
before = rss_mb()
t = time.perf_counter()
gaz = g.open_gazetteer()
seconds = time.perf_counter() - t
after_open = rss_mb()
names = ["Kyiv", "Moscow", "Paris", "Springfield", "Georgia", "Pokrovsk", "Lviv", "Texas"]
for i in range(5000):
    gaz.lookup(names[i % len(names)] + ("" if i < 8 else str(i)))
print(json.dumps({"open_s": round(seconds, 3), "rss_open_mb": round(after_open - before, 1),
                  "rss_after_lookups_mb": round(rss_mb() - before, 1),
                  "rss_process_mb": round(rss_mb(), 1)}))
"""


def gazetteer_startup() -> dict:
    from dateline.geo.gazetteer import build, index_path

    result: dict = {}
    path = index_path()
    if not path.is_file():
        t = time.perf_counter()
        build(path)
        result["build_s"] = round(time.perf_counter() - t, 1)
    out = subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True,
                         check=True)
    result.update(json.loads(out.stdout.strip().splitlines()[-1]))
    result["index_mb"] = round(path.stat().st_size / 2**20, 1)
    return result


def pipe_shares(texts: list[str], pipeline: str) -> dict:
    from dateline.nlp.pipeline import load_pipeline

    components = ("dateline_places",) if pipeline == "places" else None
    nlp = load_pipeline(components=components) if components else load_pipeline()
    for text in texts[:2]:  # warm-up
        nlp(text)
    totals: Counter = Counter()
    shares = []
    for text in texts:
        doc = nlp.make_doc(text)
        times = {}
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            times[name] = time.perf_counter() - t
        totals.update(times)
        shares.append(times["dateline_places"] / sum(times.values()))
    total = sum(totals.values())
    return {
        "pipeline": pipeline,
        "articles": len(texts),
        "seconds_per_article": round(total / len(texts), 4),
        "places_seconds_per_article": round(totals["dateline_places"] / len(texts), 4),
        "places_share_total": round(totals["dateline_places"] / total, 4),
        "places_share_median_article": round(statistics.median(shares), 4),
        "places_share_max_article": round(max(shares), 4),
        "pipe_shares": {k: round(v / total, 4) for k, v in totals.most_common()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pipeline", choices=["full", "places"], default="full")
    args = parser.parse_args()
    print(json.dumps({"gazetteer": gazetteer_startup()}))
    with args.corpus.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()][: args.articles]
    print(json.dumps({"share": pipe_shares(texts, args.pipeline)}))


if __name__ == "__main__":
    main()
