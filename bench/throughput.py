"""Throughput of ``dateline process`` beside bare spaCy on the same real articles.

    python bench/throughput.py [--articles 2000] [--corpus DIR] [--n-process 1 2]

Reads Reuters-21578 stories (SGML, ../shared/benchmarks/corpora/reuters21578), writes them
once as JSON Lines, then runs each configuration in its own process (so peak RSS is that
process's own) and prints articles/s, words/s, peak RSS and the ratio to bare spaCy:

- bare spaCy: the same model and the same pipes, ``nlp.pipe`` over the texts, nothing else;
- dateline: ``dateline process FILE.jsonl -o OUT.jsonl --db OUT.db`` end to end (reading,
  all dateline components, JSON and SQLite writing), at each --n-process given;
- dateline on Ray (``--ray 1 2``): the Ray engine with that many actors, Parquet output; its
  peak RSS is the largest of the actor processes' own peaks (sampled from /proc while the run
  goes on; Linux only), and each actor's peak is printed under the table. Ray itself is
  started before the clock (a cluster is up before a job comes); the actors load their
  pipelines inside the timed run.

"ratio" compares wall-clock rates; "CPU ratio" compares CPU seconds per article (bare spaCy's
over the configuration's, the process and its workers together), which a busy machine
disturbs less. Ray runs have no CPU figure (their actors are not children of the run).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "benchmarks" / "corpora" / "reuters21578"

_STORY = re.compile(r"<REUTERS.*?</REUTERS>", re.S)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_DATE = re.compile(r"<DATE>\s*(\d+)-([A-Z]{3})-(\d{4})")
_MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1)}


def reuters_articles(corpus: Path, limit: int) -> list[dict]:
    articles = []
    for path in sorted(corpus.glob("reut2-*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for story in _STORY.findall(raw):
            body = _BODY.search(story)
            date = _DATE.search(story)
            if not body or not date:
                continue
            text = html.unescape(body.group(1)).replace("\x03", "").strip()
            if len(text) < 200:
                continue
            day, month, year = date.groups()
            articles.append({"date": f"{year}-{_MONTHS[month]:02d}-{int(day):02d}",
                             "text": text})
            if len(articles) >= limit:
                return articles
    return articles


BARE_SPACY = """
import json, sys, time, resource
from dateline.nlp.pipeline import default_model_path
import spacy
nlp = spacy.load(default_model_path())
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
start, cpu = time.perf_counter(), time.process_time()
n = 0
for doc in nlp.pipe(texts, batch_size=32):
    n += 1
elapsed = time.perf_counter() - start
print(json.dumps({"articles": n, "seconds": elapsed, "cpu_s": time.process_time() - cpu,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_bare(jsonl: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", BARE_SPACY, str(jsonl)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


DATELINE = """
import json, sys, time, resource
from dateline.engine import run
from dateline.ingest import read_inputs
from dateline.nlp.pipeline import load_pipeline
from dateline.store import JsonlSink, SqliteStore
src, out_dir, n_process = sys.argv[1], sys.argv[2], int(sys.argv[3])
# Like the bare run, the pipeline is loaded before the clock starts (n-process 1; workers
# load their own inside the timed run).
nlp = load_pipeline() if n_process == 1 else None
def cpu_seconds():
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in usage)
sinks = [JsonlSink(out_dir + "/out.jsonl"), SqliteStore(out_dir + "/out.db")]
start, cpu = time.perf_counter(), cpu_seconds()
stats = run(read_inputs([src]), sinks, n_process=n_process, nlp=nlp)
for sink in sinks:
    sink.close()
elapsed = time.perf_counter() - start
cpu = cpu_seconds() - cpu
self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"articles": stats.articles, "seconds": elapsed, "cpu_s": cpu,
                  "peak_rss_mb": max(self_kb, child_kb) / 1024}))
"""


def run_dateline(jsonl: Path, n_process: int) -> dict:
    with tempfile.TemporaryDirectory() as out_dir:
        out = subprocess.run([sys.executable, "-c", DATELINE, str(jsonl), out_dir,
                              str(n_process)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


RAY = """
import json, os, sys, threading, time
from dateline.scale.ray_engine import run_ray

def ray_processes():
    # pid -> (process title, peak RSS in kB) of every Ray process on this machine
    found = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                title = handle.read().split(b"\\0")[0].decode(errors="replace")
            if not title.startswith("ray::"):
                continue
            with open(f"/proc/{pid}/status") as handle:
                hwm = next(int(line.split()[1]) for line in handle if line.startswith("VmHWM"))
        except (OSError, StopIteration, ValueError):
            continue
        found[int(pid)] = (title, hwm)
    return found

actor_peaks = {}
stop = threading.Event()

def sample():
    while not stop.is_set():
        for pid, (title, hwm) in ray_processes().items():
            if "PipelineActor" in title:
                actor_peaks[pid] = max(hwm, actor_peaks.get(pid, 0))
        stop.wait(2.0)  # VmHWM is a high-water mark: a slow poll loses nothing

src, out_dir, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
# Ray itself starts before the clock, as a cluster is already up when a job comes (the same
# arguments run_ray would use); the actors' pipeline loads stay inside the timed run.
import ray
began = time.perf_counter()
ray.init(num_cpus=max(workers, os.cpu_count() or 1) + 1, include_dashboard=False,
         log_to_driver=False)
ray_start_s = time.perf_counter() - began
sampler = threading.Thread(target=sample, daemon=True)
sampler.start()
start = time.perf_counter()
stats = run_ray([src], out_dir, workers=workers)
elapsed = time.perf_counter() - start
stop.set()
sampler.join()
peaks = sorted(actor_peaks.values(), reverse=True)[:workers]
print(json.dumps({"articles": stats.documents, "seconds": elapsed,
                  "peak_rss_mb": max(peaks, default=float("nan")) / 1024,
                  "actor_rss_mb": [round(kb / 1024) for kb in peaks],
                  "ray_start_s": round(ray_start_s, 1)}))
"""


def run_on_ray(jsonl: Path, workers: int) -> dict:
    with tempfile.TemporaryDirectory() as out_dir:
        out = subprocess.run([sys.executable, "-c", RAY, str(jsonl), out_dir + "/pq",
                              str(workers)], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--n-process", type=int, nargs="+", default=[1])
    parser.add_argument("--ray", type=int, nargs="*", default=[],
                        help="also run the Ray engine with these worker counts")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found: {args.corpus}")
    articles = reuters_articles(args.corpus, args.articles)
    words = sum(len(a["text"].split()) for a in articles)
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "articles.jsonl"
        jsonl.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        print(f"corpus: {len(articles)} Reuters-21578 stories, {words} words")
        rows = [("bare spaCy (same model, same pipes)", run_bare(jsonl))]
        for n in args.n_process:
            rows.append((f"dateline process, n-process {n}", run_dateline(jsonl, n)))
        for n in args.ray:
            rows.append((f"dateline on Ray, {n} worker(s)", run_on_ray(jsonl, n)))
    base = rows[0][1]["articles"] / rows[0][1]["seconds"]
    base_cpu = rows[0][1]["cpu_s"] / rows[0][1]["articles"]
    print(f"{'configuration':40} {'art/s':>8} {'words/s':>9} {'peak RSS MB':>12} {'ratio':>6} "
          f"{'CPU s':>7} {'CPU ratio':>9}")
    for name, r in rows:
        rate = r["articles"] / r["seconds"]
        cpu = r.get("cpu_s", float("nan"))
        print(f"{name:40} {rate:8.1f} {words / r['seconds']:9.0f} {r['peak_rss_mb']:12.0f} "
              f"{rate / base:6.2f} {cpu:7.1f} {base_cpu * r['articles'] / cpu:9.2f}")
    for name, r in rows:
        if "actor_rss_mb" in r:
            print(f"{name}: peak RSS per actor process (MB): {r['actor_rss_mb']}; "
                  f"Ray started in {r['ray_start_s']} s before the clock")


if __name__ == "__main__":
    main()
