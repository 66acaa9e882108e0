"""Pairwise precision / recall / F1 of event clustering on a hand-made gold set.

Builds a temporary store from the gold file's hand-coded records (no NLP pipeline: this
measures the clustering, not the extraction), runs dateline.cluster.update_clusters, and
compares the clusters with the gold labels.

    python bench/cluster_eval.py [GOLD.yaml ...] [--json]
    python bench/cluster_eval.py --store STORE.db [--top N] [--json]

By default the two files of tests/fixtures/cluster_gold (articles.yaml: events told alike
and differently across articles; incidents.yaml: one incident named several times in an
article, rising tolls, nested places) are scored together as one gold set.

With --store, clusters a copy of a store that `dateline process --db` filled (the store itself
is left as it is) and prints counts (events, clusters, clusters with more than one article,
near-duplicate articles) and the N largest multi-article clusters: no gold, a summary to read.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from dateline.cluster import update_clusters
from dateline.cluster.gold import load_gold, pairwise_scores
from dateline.store.sqlite import SqliteStore, connect

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests/fixtures/cluster_gold"
DEFAULT = [GOLD_DIR / "articles.yaml", GOLD_DIR / "incidents.yaml"]


def evaluate(*paths: Path) -> dict:
    documents, gold = load_gold(*paths)
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
            "seconds": round(elapsed, 4), "paths": [str(p) for p in paths]}


def summarize_store(path: Path, top: int = 10) -> dict:
    """Cluster a copy of the store at ``path``; counts and the largest multi-article
    clusters."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        shutil.copyfile(path, db)
        conn = connect(db)
        started = time.perf_counter()
        summary = update_clusters(conn)
        elapsed = time.perf_counter() - started
        multi = conn.execute(
            "SELECT count(*) FROM event_clusters WHERE n_articles > 1").fetchone()[0]
        rows = conn.execute(
            "SELECT id, type, n_articles, n_events, place_name, date_start, date_end, "
            "killed_low, killed_best, killed_high FROM event_clusters WHERE n_articles > 1 "
            "ORDER BY n_articles DESC, n_events DESC, id LIMIT ?", (top,)).fetchall()
        largest = [dict(zip(("id", "type", "articles", "events", "place", "date_start",
                             "date_end", "killed_low", "killed_best", "killed_high"),
                            tuple(r), strict=True)) for r in rows]
        conn.close()
    return {**summary, "multi_article_clusters": multi, "seconds": round(elapsed, 3),
            "largest": largest, "path": str(path)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", default=[str(p) for p in DEFAULT])
    parser.add_argument("--store", help="summarize the clusters of this store instead")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.store:
        result = summarize_store(Path(args.store), args.top)
    else:
        result = evaluate(*(Path(p) for p in args.paths))
    if args.json:
        print(json.dumps(result, sort_keys=True))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")


if __name__ == "__main__":
    main()
