"""Peak resident memory of ``dateline process`` as the number of articles grows.

    python bench/memory.py [--sizes 1000 5000 20000] [--n-process 1]

Repeats Reuters-21578 stories (each copy made distinct by a numbered first line, so nothing
is skipped as already stored) to each size, runs ``dateline process`` on the JSON Lines file
in a fresh process writing JSON Lines and SQLite, and prints the peak RSS of that process and
its workers, and the resident memory of the calling process at the end of the run. Flat
memory means the peak does not grow with the size.

The place-name index is built (once per data version, see docs/scaling.md) before the first
run, so that no run's peak includes that one-time build.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from throughput import DEFAULT_CORPUS, reuters_articles  # noqa: E402

CHILD = """
import json, resource, sys, time
from dateline.engine import run
from dateline.ingest import read_inputs
from dateline.store import JsonlSink, SqliteStore
src, out_dir, n_process = sys.argv[1], sys.argv[2], int(sys.argv[3])
sinks = [JsonlSink(out_dir + "/out.jsonl"), SqliteStore(out_dir + "/out.db")]
start = time.perf_counter()
stats = run(read_inputs([src]), sinks, n_process=n_process)
for sink in sinks:
    sink.close()
with open("/proc/self/status") as handle:
    end_kb = next((int(line.split()[1]) for line in handle if line.startswith("VmRSS")), 0)
print(json.dumps({"articles": stats.articles, "seconds": time.perf_counter() - start,
                  "end_mb": end_kb / 1024,
                  "self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    base = reuters_articles(args.corpus, 5000)
    subprocess.run([sys.executable, "-c", "from dateline.geo.gazetteer import open_gazetteer; "
                    "open_gazetteer()"], check=True)
    print(f"{'articles':>9} {'seconds':>8} {'art/s':>6} {'peak RSS MB':>12} {'end RSS MB':>11}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in.jsonl"
            with src.open("w", encoding="utf-8") as handle:
                for i in range(size):
                    article = base[i % len(base)]
                    text = f"Copy {i // len(base)}.\n{article['text']}"
                    handle.write(json.dumps({"date": article["date"], "text": text}) + "\n")
            out = subprocess.run([sys.executable, "-c", CHILD, str(src), tmp,
                                  str(args.n_process)], check=True, capture_output=True,
                                 text=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            peak = max(r["self_mb"], r["children_mb"])
            print(f"{r['articles']:9d} {r['seconds']:8.1f} {r['articles'] / r['seconds']:6.1f} "
                  f"{peak:12.0f} {r['end_mb']:11.0f}", flush=True)


if __name__ == "__main__":
    main()
