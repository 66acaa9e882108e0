"""Pairwise precision / recall / F1 of event clustering on a hand-made gold set.

Builds a temporary store from the gold file's hand-coded records (no NLP pipeline: this
measures the clustering, not the extraction), runs dateline.cluster.update_clusters, and
compares the clusters with the gold labels.

    python bench/cluster_eval.py [tests/fixtures/cluster_gold/articles.yaml] [--json]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from dateline.cluster import update_clusters
from dateline.cluster.gold import load_gold, pairwise_scores
from dateline.store.sqlite import SqliteStore, connect

DEFAULT = Path(__file__).resolve().parents[1] / "tests/fixtures/cluster_gold/articles.yaml"


def evaluate(path: Path) -> dict:
    documents, gold = load_gold(path)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "gold.db"
        with SqliteStore(db) as store:
            store.write(documents)
        conn = connect(db)
        started = time.perf_counter()
        summary = update_clusters(conn)
        elapsed = time.perf_counter() - started
        predicted = {(r[0], r[1]): r[2] for r in conn.execute(
            "SELECT article_id, event_id, cluster_id FROM event_cluster_members")}
        duplicates = {r[0]: r[1] for r in conn.execute(
            "SELECT article_id, duplicate_of FROM article_duplicates")}
        conn.close()
    scores = pairwise_scores(predicted, gold)
    return {**scores, **{f"store_{k}": v for k, v in summary.items()},
            "gold_events": len(set(gold.values())), "duplicates": duplicates,
            "seconds": round(elapsed, 4), "path": str(path)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = evaluate(Path(args.path))
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")


if __name__ == "__main__":
    main()
