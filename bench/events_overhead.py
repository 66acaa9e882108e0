"""How much event coding (dateline_events, with its classifier) adds to the pipeline's time.

    python bench/events_overhead.py [--corpus PATH.jsonl] [--limit N] [--repeat R]

Runs the pipeline without ``dateline_events`` and ``dateline_stances`` over the articles
(timed), then runs those two components alone on the parsed Docs (timed per component), and
prints milliseconds per article and the overhead in percent (best of R runs each). Timing the
components on the same Docs keeps the noise of a shared machine out of the difference. The
corpus is JSON Lines with a "text" field (default: the VOA sample in
../shared/benchmarks/corpora/voa/).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dateline.nlp.pipeline import load_pipeline

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "benchmarks" / "corpora" / "voa"


def read_texts(path: Path, limit: int) -> list[str]:
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    texts: list[str] = []
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
            if len(texts) >= limit:
                return texts
    return texts


MINE = ("dateline_events", "dateline_stances")


def timed_base(nlp, texts: list[str]) -> tuple[float, list]:
    start = time.perf_counter()
    with nlp.select_pipes(disable=list(MINE)):
        docs = list(nlp.pipe(texts, batch_size=8))
    return time.perf_counter() - start, docs


def timed_component(nlp, name: str, docs: list) -> float:
    component = nlp.get_pipe(name)
    start = time.perf_counter()
    for doc in docs:
        component(doc)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    nlp = load_pipeline()
    texts = read_texts(args.corpus, args.limit)
    timed_base(nlp, texts[:3])  # warm up
    best = {"base": float("inf"), **{name: float("inf") for name in MINE}}
    for _ in range(args.repeat):
        seconds, docs = timed_base(nlp, texts)
        best["base"] = min(best["base"], seconds)
        for name in MINE:
            best[name] = min(best[name], timed_component(nlp, name, docs))
    n = len(texts)
    chars = sum(len(t) for t in texts)
    print(f"{n} articles, {chars / n:.0f} characters on average")
    for name, seconds in best.items():
        print(f"{name:>18}: {seconds / n * 1000:7.1f} ms/article")
    base = best["base"]
    print(f"events overhead: {100 * best['dateline_events'] / base:.1f}%")
    print(f"stances overhead: {100 * best['dateline_stances'] / base:.1f}%")


if __name__ == "__main__":
    main()
